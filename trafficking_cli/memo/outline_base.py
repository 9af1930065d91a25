"""What every part of the memo's outline shares: the blocks so far, the part number, and the registries that
make each caveat, shared note and penalty text said once (``memo.outline`` assembles the parts).
"""

from __future__ import annotations

from collections.abc import Sequence

from .blocks import Block, Bullets, Heading, Para, Table
from .groups import Caveats, group_charges, ranked_sources
from .model import Memo

NONE = "—"
SHORT_NOTE = 90  # characters: a note this short is repeated rather than referred to


class OutlineBase:
    """One memo's outline in the making: numbers its parts and caveats as it goes, so every format numbers alike."""

    def __init__(self, memo: Memo) -> None:
        self.memo, self.L = memo, memo.label
        self.part = 0
        self.caveats = Caveats()
        self.penalties_said: dict[tuple[str, str, str], str] = {}
        self.notes_said: dict[str, str] = {}
        self.groups = group_charges(memo.charges)
        self.sources = ranked_sources(memo.annex)
        self.source_number = {s.key: n for n, s in enumerate(self.sources, start=1)}
        self.out: list[Block] = []

    def add(self, *blocks: Block) -> None:
        self.out.extend(blocks)

    def numbered(self, key: str) -> None:
        self.part += 1
        self.add(Heading(1, f"{self.part}. {self.L(key)}"))

    def table(self, headers: list[str], rows: Sequence[tuple[str, ...]], widths: tuple[int, ...] = (),
              tone_col: int = -1, tones: tuple[str, ...] = (), dense: bool = False) -> None:
        if rows:
            self.add(Table(tuple(headers), tuple(rows), widths, tone_col, tones, dense))
        else:
            self.add(Para(self.L("none")))

    def say_caveats(self, texts: tuple[str, ...] | list[str]) -> None:
        """New caveats written out with their number; those already said, referred to by number."""
        new, seen = self.caveats.split(texts)
        if new:
            self.add(Bullets(tuple(f"{self.L('caveat_ref', n=n)} — {text}" for n, text in new), tone="warn"))
        if seen:
            refs = ", ".join(self.L("caveat_ref", n=n) for n in seen)
            self.add(Para(self.L("caveats_seen", refs=refs), tone="note"))

    def say_notes(self, number: str, notes: tuple[str, ...]) -> None:
        """A charge's notes; a long one already written under an earlier charge is referred to by that charge's
        number (a short one — the period, the proof — is the charge's own and always said)."""
        new = [n for n in notes if n not in self.notes_said or len(n) <= SHORT_NOTE]
        earlier = sorted({self.notes_said[n] for n in notes if n in self.notes_said and len(n) > SHORT_NOTE},
                         key=number_order)
        for n in new:
            self.notes_said[n] = number
        if new:
            self.add(Bullets(tuple(new)))
        if earlier:
            self.add(Para(self.L("notes_seen", numbers=", ".join(earlier)), tone="note"))

    @property
    def attributed(self) -> bool:
        return self.memo.per_suspect is not None and self.memo.per_suspect.attributed


def status_tone(status: str, proof: str) -> str:
    """A status cell's colour: green for "established" only when the proof is corroborated; elements met on
    the allegations alone or on a single piece read amber (nobody signs a warrant on the colour green)."""
    return "established_weak" if status == "established" and proof != "corroborated" else status


def number_order(number: str) -> tuple[int, ...]:
    """« 3.10 » after « 3.2 »."""
    return tuple(int(x) for x in number.split(".") if x.isdigit())


def code_order(code: str) -> tuple[str, int]:
    """V2 before V10: codes sorted by their number."""
    head = code.rstrip("0123456789")
    tail = code[len(head):]
    return head, int(tail) if tail else -1
