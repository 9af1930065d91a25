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


VICTIM_CODE = re.compile(r"\bV\d+\b")


def merge_by_victim(texts: Iterable[str]) -> list[str]:
    """Sentences that differ only by the one victim code they name become one sentence naming them all
    (``… établi pour V1 …`` ×60 → ``… établi pour V1–V60 …``); the others are kept as they are."""
    merged: dict[str, list[str]] = {}
    for text in texts:
        found = VICTIM_CODE.findall(text)
        key = VICTIM_CODE.sub("\x00", text) if len(set(found)) == 1 else text
        merged.setdefault(key, []).extend(found[:1] if len(set(found)) == 1 else [])
    return [key.replace("\x00", codes(victims)) if victims else key for key, victims in merged.items()]


# A sentence ends at . ! ? (or a closing quote or bracket after them) followed by a capital: "art. 6" stays whole.
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀÂÉÈÊÎÔÙÛÇ«])")


def shared_sentences(texts: Iterable[str]) -> list[str]:
    """The sentences found in two or more of ``texts``, in first-seen order: said once, then referred to."""
    seen: dict[str, int] = {}
    for text in texts:
        for sentence in dict.fromkeys(SENTENCE_END.split(text)):
            seen[sentence] = seen.get(sentence, 0) + 1
    return [sentence for sentence, count in seen.items() if count >= 2 and len(sentence) > 40]


def without(text: str, refs: dict[str, str]) -> tuple[str, list[str]]:
    """``text`` without its shared sentences, and the references (``R4``) that stand for them."""
    kept, cited = [], []
    for sentence in dict.fromkeys(SENTENCE_END.split(text)):
        if sentence in refs:
            cited.append(refs[sentence])
        else:
            kept.append(sentence)
    return " ".join(kept), cited
