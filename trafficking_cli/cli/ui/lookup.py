"""What a failed lookup offers instead: citations (or offence names) a reader recognises, each with the
command that shows it.

``disposition inconnue`` used to suggest raw ids (``ml-cp-2001:art_3``); a magistrate reads
« Code pénal 2001, art. 3 » and types ``trafficking show 'cp2001 3'``. An ambiguous name (« code pénal »)
lists the texts it may mean, with their dates in force, and what each has under that number.
"""

from __future__ import annotations

import shlex
from typing import TYPE_CHECKING

from trafficking_cli.i18n import t

if TYPE_CHECKING:
    from trafficking_cli.corpus.lookup import Corpus
    from trafficking_cli.errors import UnknownIdError


def suggestion_lines(corpus: Corpus, error: UnknownIdError, lang: str) -> list[str]:
    """The lines under the error: one per suggested provision, or per instrument an ambiguous name fits."""
    if error.instruments:
        return [_instrument_line(corpus, ident, error, lang) for ident in error.instruments]
    if error.kind == "offence":  # by name, with what to type: « Trafic d’enfant — trafficking elements trafic_enfant »
        offences = [corpus.offences[i] for i in error.suggestions if i in corpus.offences]
        if not offences:
            return []
        return [t("error.suggested_provisions", lang),
                *(f"  • {o.name.get(lang) or o.id} — trafficking elements {o.id}" for o in offences)]
    provisions = [corpus.provisions[i] for i in error.suggestions if i in corpus.provisions]
    if not provisions:
        return []
    return [t("error.suggested_provisions", lang),
            *(f"  • {corpus.citation(p, lang)} — {show_command(corpus, p)}" for p in provisions)]


def show_command(corpus: Corpus, provision: object) -> str:
    return f"trafficking show {shlex.quote(corpus.typed_ref(provision))}"  # type: ignore[arg-type]


def _instrument_line(corpus: Corpus, ident: str, error: UnknownIdError, lang: str) -> str:
    """``• Code pénal 2001 (en vigueur du 2001-08-20 au 2024-12-12) : art. 244 — trafficking show 'cp2001 244'``."""
    instrument = corpus.instruments[ident]
    title = t("error.instrument_in_force", lang, title=instrument.short.get(lang) or ident,
              period=in_force_words(instrument.in_force.start, instrument.in_force.end, lang))
    found = [corpus.provisions[i] for i in error.suggestions if i.startswith(ident + ":") and i in corpus.provisions]
    if error.kind == "instrument":
        return f"  • {title} — {instrument.aliases[0] if instrument.aliases else ident}"
    if not found:
        return f"  • {t('error.instrument_lacks', lang, title=title)}"
    colon = " : " if lang == "fr" else ": "
    short = (instrument.short.get(lang) or ident) + ", "
    return "  • " + title + colon + "; ".join(
        f"{corpus.citation(p, lang).removeprefix(short)} — {show_command(corpus, p)}" for p in found)


def in_force_words(start: str | None, end: str | None, lang: str) -> str:
    """« du 2001-08-20 au 2024-12-12 », « depuis le 2024-12-13, sans fin connue », « dates inconnues »."""
    if start and end:
        return t("error.period.between", lang, start=start, end=end)
    if start:
        return t("error.period.since", lang, start=start)
    return t("error.period.unknown", lang)
