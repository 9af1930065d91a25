"""Case names: never a person's name, and the closest existing names when one is mistyped. Pure."""

from __future__ import annotations

import difflib
import re
from pathlib import PurePath

# A capitalised word of letters (Awa, Traoré, N'Diaye, Keïta-Sidibé): what a name looks like, not a reference.
_NAME_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:['’-][A-Za-zÀ-ÖØ-öø-ÿ]+)*")
_CASE_SUFFIXES = (".yaml", ".yml", ".enc")


def stem(name: str) -> str:
    """The name a case is known by: no folder, no ``.yaml`` / ``.enc``."""
    base = PurePath(name).name
    for suffix in _CASE_SUFFIXES:
        if base.endswith(suffix):
            return base[: -len(suffix)]
    return base


def looks_like_a_person(name: str) -> bool:
    """``Awa Traoré``, ``Moussa_Keita``: two or more capitalised words and no digit (a reference has some)."""
    base = stem(name)
    if re.search(r"\d", base):
        return False
    words = [w for w in re.split(r"[\s_.]+", base) if w]
    return len(words) >= 2 and all(_NAME_WORD.fullmatch(w) for w in words)


def closest(name: str, known: list[str], limit: int = 3) -> list[str]:
    """The existing case names nearest to a mistyped one (``rp-2019-01`` for ``rp-2019-10``)."""
    wanted = stem(name).lower()
    by_lower = {k.lower(): k for k in known}
    return [by_lower[k] for k in difflib.get_close_matches(wanted, list(by_lower), n=limit, cutoff=0.6)]
