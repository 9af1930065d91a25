"""A single "yes" is not a legal means (issue 8, point 14).

Some interview questions ask about a means in words a victim can answer "yes" to without the legal element
being shown: threats against the family (B17), threats of denunciation (B21), money or a gift to a person
with authority (B26, which says nothing of the purpose "to obtain the consent"), being taken by force (B27).
When such a "yes" is the only thing behind a means — the answers added it, no one wrote it by hand, no exhibit
but the interview record and no suspect's act carries it — the means is not counted as alleged: it stays to
be established, with a gap saying what to record and corroborate. The rule and its reason: docs/legal-rules.md.
"""

from __future__ import annotations

from typing import Any

from trafficking_cli import models as m
from trafficking_cli.corpus.lookup import Corpus

SINGLE_ANSWER_ITEMS = frozenset({"B.B17", "B.B21", "B.B26", "B.B27"})


def single_answer_means(case: m.Case, corpus: Corpus) -> list[tuple[str, str, str]]:
    """``(victim, element, item)`` for each means that rests on one such answer alone."""
    derived = case.extra.get("derived")
    if not isinstance(derived, dict) or not isinstance(derived.get("victims"), dict):
        return []
    index = corpus.element_index()
    derived_exhibits = set(derived.get("evidence") or [])
    out = []
    for victim, entry in derived["victims"].items():
        if not isinstance(entry, dict):
            continue
        for element, items in _answer_only(entry).items():
            if element not in index or index[element][1].category != "means":
                continue
            if len(items) == 1 and items[0] in SINGLE_ANSWER_ITEMS \
                    and not _other_support(case, victim, element, derived_exhibits):
                out.append((victim, element, items[0]))
    return out


def _answer_only(entry: dict[str, Any]) -> dict[str, list[str]]:
    """The established elements the answers added (not also written by hand), with their items."""
    added = set((entry.get("added") or {}).get("established") or [])
    established = entry.get("established") or {}
    return {e: list(items) for e, items in established.items() if e in added and isinstance(items, list)}


def _other_support(case: m.Case, victim: str, element: str, derived_exhibits: set[str]) -> bool:
    exhibit = any(f"{victim}.{element}" in e.supports and e.id not in derived_exhibits for e in case.evidence)
    act = any(a.element == element for _s, a in case.acts_on(victim))
    return exhibit or act
