"""Grouping for long cases: victims who share the same findings read as one charge with a longer table,
and every caveat is said once, numbered, then referred to.

Pure: ``Memo`` parts in, groups and numbers out. Used by ``memo.outline`` only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .model import MemoCharge, MemoProvision, MemoSource


@dataclass(frozen=True, slots=True)
class ChargeGroup:
    """Charges of one offence whose findings are the same for every victim in it (evidence apart)."""

    charges: tuple[MemoCharge, ...]

    @property
    def first(self) -> MemoCharge:
        return self.charges[0]

    @property
    def victims(self) -> tuple[str, ...]:
        return tuple(c.victim for c in self.charges)


def _findings(c: MemoCharge) -> tuple[object, ...]:
    """What must be equal for two victims to share one write-up: everything but the exhibits and notes."""
    return (c.offence, c.status, c.status_label, c.notes,
            tuple((e.category, e.status, e.fact_labels) for e in c.elements),
            tuple((a.id, a.verified) for a in c.aggravating), c.penalty.summary if c.penalty else "",
            bool(c.child_rule), c.warnings)


def group_charges(charges: Iterable[MemoCharge]) -> list[ChargeGroup]:
    """Groups in the order of their first charge; within a group, victims in the case's order."""
    groups: dict[tuple[object, ...], list[MemoCharge]] = {}
    for c in charges:
        groups.setdefault(_findings(c), []).append(c)
    return [ChargeGroup(tuple(cs)) for cs in groups.values()]


def group_rows(rows: Iterable[tuple[str, tuple[str, ...]]]) -> list[tuple[str, tuple[str, ...]]]:
    """``(victim, cells)`` rows with the same cells merged: ``(["V1", "V2"] joined, cells)``."""
    merged: dict[tuple[str, ...], list[str]] = {}
    for victim, cells in rows:
        merged.setdefault(cells, []).append(victim)
    return [(codes(victims), cells) for cells, victims in merged.items()]


def codes(ids: Iterable[str]) -> str:
    """``V1, V2, V3, V4, V7`` → ``V1–V4, V7``: runs of three or more consecutive codes are shortened."""
    parsed = []
    for ident in dict.fromkeys(ids):
        match = re.fullmatch(r"(.*?)(\d+)", ident)
        parsed.append((match.group(1), int(match.group(2)), ident) if match else (ident, -1, ident))
    out: list[str] = []
    i = 0
    while i < len(parsed):
        j = i
        while (j + 1 < len(parsed) and parsed[j + 1][1] >= 0 and parsed[j + 1][0] == parsed[i][0]
               and parsed[j + 1][1] == parsed[j][1] + 1):
            j += 1
        if j - i >= 2:
            out.append(f"{parsed[i][2]}–{parsed[j][2]}")
        else:
            out += [p[2] for p in parsed[i:j + 1]]
        i = j + 1
    return ", ".join(out)


class Caveats:
    """Every caveat is written out once, numbered (R1, R2 …), where it first applies; later places refer to it."""

    def __init__(self) -> None:
        self.numbers: dict[str, int] = {}

    def split(self, texts: Iterable[str]) -> tuple[list[tuple[int, str]], list[int]]:
        """(new caveats to write out with their numbers, numbers of caveats already said)."""
        new, seen = [], []
        for text in dict.fromkeys(texts):
            if text in self.numbers:
                seen.append(self.numbers[text])
            else:
                self.numbers[text] = len(self.numbers) + 1
                new.append((self.numbers[text], text))
        return new, seen


def ranked_sources(provisions: Iterable[MemoProvision]) -> list[MemoSource]:
    """Every source the memo shows, once, best first (official and UN/ILO, …, press, copies)."""
    seen: dict[str, MemoSource] = {}
    for p in provisions:
        for s in p.source_refs:
            seen.setdefault(s.key, s)
    return sorted(seen.values(), key=lambda s: (s.rank, s.weak, s.title.casefold()))
