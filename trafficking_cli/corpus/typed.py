"""Offences as people type them: any case, with or without accents, by id or by name in either language.

``mendicité`` and ``Traite`` are ids typed as words; ``traite des personnes`` and ``begging`` are names.
A name answers when it names one offence, or when among the names it fits exactly one begins with it:
``trafficking`` fits "Trafficking in persons" and "Child trafficking", and is the first; ``trafic`` begins
"Trafic illicite de migrants" and "Trafic d’enfant", so it is a question back, never a guess. Suggestions
come from the names the words fit before any look-alike spelling (``trafficking`` is never
``trafic_migrants``, the smuggling offence).
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Mapping

from trafficking_cli import models as m

_SMALL_WORDS = {"d", "de", "des", "du", "la", "le", "les", "l", "of", "the", "in", "a", "an", "et", "and"}


def fold_words(text: str) -> list[str]:
    """Lower case, no accents, no parenthesised aside, no small words: ``Trafic d’enfant (Code pénal 2001)``
    → ``["trafic", "enfant"]``."""
    text = unicodedata.normalize("NFKD", re.sub(r"\([^)]*\)", " ", text.lower()))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return [w for w in re.split(r"[^a-z0-9]+", text) if w and w not in _SMALL_WORDS]


def as_id(text: str) -> str:
    return "_".join(fold_words(text.replace("_", " ")))


def find_offence(offences: Mapping[str, m.Offence], given: str) -> m.Offence | None:
    """The one offence ``given`` names, by id or name; None when it names none, or several."""
    if given in offences:
        return offences[given]
    by_id = {as_id(ident): offence for ident, offence in offences.items()}
    if as_id(given) in by_id:
        return by_id[as_id(given)]
    fitting = offences_named(offences, given)
    if len(fitting) > 1:  # « trafficking »: the one whose name begins so (Trafficking in persons), not Child t.
        fitting = [offence for offence in fitting if _name_begins(offence, given)]
    return fitting[0] if len(fitting) == 1 else None


def _name_begins(offence: m.Offence, given: str) -> bool:
    words = fold_words(given)
    return any(fold_words(name)[:len(words)] == words for name in (offence.name.fr, offence.name.en) if name)


def offences_named(offences: Mapping[str, m.Offence], given: str) -> list[m.Offence]:
    """The offences whose name, in French or English, holds every word of ``given``."""
    words = set(fold_words(given))
    if not words:
        return []
    return [offence for offence in offences.values()
            if any(words <= set(fold_words(name)) for name in (offence.name.fr, offence.name.en) if name)]


def suggest_offences(offences: Mapping[str, m.Offence], given: str) -> list[str]:
    """Ids to offer: the offences the words name first; else the look-alikes of the id or the name."""
    named = [offence.id for offence in offences_named(offences, given)]
    if named:
        return named
    labels = {as_id(ident): ident for ident in offences}
    for offence in offences.values():
        for name in (offence.name.fr, offence.name.en):
            if name:
                labels.setdefault(as_id(name), offence.id)
    close = difflib.get_close_matches(as_id(given), list(labels), n=3, cutoff=0.6)
    return list(dict.fromkeys(labels[c] for c in close))
