"""The memo's one outline: which sections, in which order, numbered how, holding which blocks.

Decided once here for every format; the renderers (Markdown, DOCX, PDF, terminal) only map blocks to their
typography. The order is the one a court office files: the court header, the conclusions on their own
page (who is charged with what, for which victims, how sure), the facts, the reasoning, then the annexes
(provisions cited, sources ranked, detail per victim) and a signature block. Pure: a ``Memo`` in, blocks out.
"""

from __future__ import annotations

from .blocks import Block, Bullets, Fields, Heading, PageBreak, Para, one_line
from .groups import (
    ChargeGroup,
    codes,
    group_rows,
    merge_by_victim,
    shared_sentences,
    without,
)
from .model import Memo, MemoCharge, MemoPenalty
from .outline_annexes import AnnexParts
from .outline_base import NONE, status_tone
from .outline_suspects import SuspectParts

# The order charges are listed in the conclusions: what is proposed first, what to investigate after.
STATUS_ORDER = {"established": 0, "conditional": 1, "incomplete": 2, "not_established": 3}


def outline(memo: Memo) -> list[Block]:
    return _Outline(memo).blocks()


class _Outline(SuspectParts, AnnexParts):
    """The whole outline: the parts in the order a court office files them."""

    def blocks(self) -> list[Block]:
        for section in (self.header, self.conclusions, self.facts, self.reasoning, self.by_suspect,
                        self.concurrence, self.other_offences, self.drafts, self.penalties, self.law,
                        self.gaps, self.protection, self.general_warnings, self.annex_provisions,
                        self.annex_sources, self.annex_detail, self.signature):
            section()
        return self.out

    def header(self) -> None:
        m, L = self.memo, self.L
        dates = m.facts_date + (f" → {m.facts_end_date}" if m.facts_end_date else "")
        to_fill = L("to_fill")
        self.add(Heading(0, f"{m.title} — {m.reference}"),
                 Fields(((L("court"), m.court or to_fill), (L("office"), m.office or to_fill),
                         (L("reference"), m.reference), (L("memo_date"), m.date), (L("prepared_by"), m.author),
                         (L("facts_date"), dates), (L("places"), ", ".join(m.places) or NONE),
                         (L("classification"), L("confidential")))),
                 Para(f"{L('confidential')} — {L('confidential_note')}", tone="alert"),
                 Para(L("disclaimer"), tone="note"))

    def conclusions(self) -> None:
        L = self.L
        self.numbered("h.conclusions")
        if not self.memo.charges:
            self.add(Para(L("no_charge"), tone="strong"), PageBreak())
            return
        if self.attributed:
            self.suspect_conclusions()
            return
        self.add(Para(L("conclusions_intro")))
        rows: dict[tuple[str, str, str, str], list[str]] = {}
        for c in sorted(self.memo.charges, key=lambda c: STATUS_ORDER.get(c.status, 9)):
            cites = _cites(c, self.memo.semicolon)
            rows.setdefault((c.name, c.status_label, cites, status_tone(c.status, c.proof)), []).append(c.victim)
        self.table([L("charge"), L("victims"), L("status"), L("basis")],
                   [(name, codes(victims), status, cites) for (name, status, cites, _), victims in rows.items()],
                   (26, 12, 26, 36), tone_col=2, tones=tuple(key[3] for key in rows))
        self.add(Para(L("conclusions_reasoning", part=3), tone="note"), PageBreak())

    def facts(self) -> None:
        m, L = self.memo, self.L
        self.numbered("h.summary")
        self.add(Para(m.summary or L("none")),
                 Para(L("parties_line", victims=len(m.victims), victim_codes=codes(v["id"] for v in m.victims)
                        or NONE, suspects=codes(s["id"] for s in m.suspects) or NONE,
                        exhibits=len(m.evidence)), tone="note"))

    def reasoning(self) -> None:
        L = self.L
        self.numbered("h.charges")
        self.add(Para(L("examined", offences=self.memo.examined), tone="note"))
        if not self.memo.charges:
            self.add(Para(L("no_charge"), tone="strong"))
        for n, group in enumerate(self.groups, start=1):
            self.charge_group(f"{self.part}.{n}", group)
        if self.memo.considered:
            self.add(Heading(2, L("h.considered")))
            rows = group_rows((c.victim, (c.name, c.reason)) for c in self.memo.considered)
            self.table([L("offence"), L("victims"), L("decision")],
                       [(cells[0], victims, cells[1]) for victims, cells in rows], (28, 18, 54))

    def charge_group(self, number: str, g: ChargeGroup) -> None:
        c, L = g.first, self.L
        key = "alleged" if c.status == "established" and c.proof == "none" else c.status
        self.add(Heading(2, f"{number} {c.name} — {codes(g.victims)}{self.memo.sep}{c.status_label}"),
                 Para(self.qualification_sentence(key, g)))
        if c.notes:  # period, conditions, proof, mitigated range, limitation (contracts §5)
            self.say_notes(number, c.notes)
        self.add(
                 Para(f"{L('legal_basis')}{self.memo.sep}{_cites(c, self.memo.semicolon)}", tone="note"),
                 Heading(3, L("h.elements")))
        self.table([L("element"), L("status"), L("facts"), L("basis")],
                   [(e.label, e.status_label, ", ".join(e.fact_labels) or NONE,
                     self.memo.semicolon.join(x.short for x in e.provisions)) for e in c.elements],
                   (20, 18, 36, 26), tone_col=1, tones=tuple(e.status for e in c.elements))
        self.victims_by_element(g)
        self.aggravating(c)
        self.penalty(c, number)
        if c.warnings:
            self.add(Heading(3, L("h.charge_warnings")))
            self.say_caveats(c.warnings)

    def qualification_sentence(self, key: str, g: ChargeGroup) -> str:
        """What the victim's charge is worth for charging. Where acts are attributed, a qualification made out for
        the victim is « retenue » only when a suspect carries it on an exhibit; otherwise it is possible for the
        victim, and the sentence says that no suspect is chargeable with it yet, or only on alleged facts
        (review 3, defect 4b). The charge's ``status`` and ``proposed`` (contracts §5) are the victim's, unchanged."""
        c, L = g.first, self.L
        victims = codes(g.victims) + (f" ({c.person})" if c.person else "")
        if key not in ("established", "conditional", "alleged") or not self.attributed:
            return L(f"qualification_group.{key}", name=c.name, victims=victims)
        carried = [(s.id, sc.proof) for s in self.memo.per_suspect.suspects for sc in s.charges  # type: ignore[union-attr]
                   if sc.offence == c.offence and set(sc.victims) & set(g.victims)
                   and sc.status in ("established", "conditional")]
        if any(proof != "none" for _, proof in carried):
            return L(f"qualification_group.{key}", name=c.name, victims=victims)
        said = L(f"qualification_group.victim_only.{key}", name=c.name, victims=victims)
        alleged = list(dict.fromkeys(code for code, _ in carried))
        return f"{said} " + (L("no_suspect_on_exhibits", suspects=codes(alleged)) if alleged
                             else L("no_suspect_chargeable"))

    def victims_by_element(self, g: ChargeGroup) -> None:
        """Victims × elements: each cell says the element's status for that victim and the exhibits for it."""
        L = self.L
        self.add(Heading(3, L("h.victims_elements")))
        headers = [L("victim"), *(e.label for e in g.first.elements)]
        rows = group_rows((c.victim, tuple(_cell(self.memo, e.status_label, e.note, e.evidence)
                                           for e in c.elements)) for c in g.charges)
        self.table(headers, [(victims, *cells) for victims, cells in rows], dense=True)

    def aggravating(self, c: MemoCharge) -> None:
        if not c.aggravating:
            self.add(Para(f"{self.L('h.aggravating')}{self.memo.sep}{self.L('none_recorded')}", tone="note"))
            return
        self.add(Heading(3, self.L("h.aggravating")))
        self.add(Bullets(tuple(f"{a.label} — {a.verified_label} — {a.effect}"
                               + (f" — {a.provision.short}" if a.provision else "") + (f" ({a.why})" if a.why else "")
                               for a in c.aggravating),
                         tone="" if all(a.verified for a in c.aggravating) else "warn"))

    def penalty(self, c: MemoCharge, number: str) -> None:
        L = self.L
        self.add(Heading(3, L("h.penalty")))
        penalties = [p for p in (c.penalty, *c.other_penalties) if p]
        if not penalties:
            self.add(Para(L("none")))
        for p in penalties:
            self.add(Para(f"{p.summary} — {_basis(p)}", tone="strong"))
            said = self.penalties_said.setdefault((p.summary, _basis(p), p.source_text), number)
            if said != number:  # the same penalty's source text was quoted under an earlier charge
                self.add(Para(L("penalty_seen", number=said), tone="note"))
                continue
            if p.source_text:
                self.add(Para(_source_says(self.memo, p), tone="note"))
            if p.additional:
                self.add(Para(f"{L('additional')} {p.additional}", tone="note"))

    def penalties(self) -> None:
        L = self.L
        self.numbered("h.penalties")
        self.table([L("charge"), L("victims"), L("penalty"), L("basis")],
                   [(g.first.name, codes(g.victims), g.first.penalty.summary if g.first.penalty else L("none"),
                     _basis(g.first.penalty)) for g in self.groups], (28, 18, 26, 28))

    def law(self) -> None:
        m, L = self.memo, self.L
        self.numbered("h.law")
        self.add(Para(L("facts_date_line", date=m.facts_date)))
        self.table([L("instrument"), L("applies"), L("reason")],
                   [(i.name, i.applies_label, " ".join((i.reason, *i.notes))) for i in m.instruments],
                   (24, 10, 66), tone_col=1, tones=tuple("met" if i.applies else "unmet" for i in m.instruments))
        for i in m.instruments:
            if i.caveats:
                self.add(Para(L("caveats_of", name=i.name), tone="strong"))
                self.say_caveats(i.caveats)

    def gaps(self) -> None:
        L = self.L
        self.numbered("h.gaps")
        # One row per investigative step, with every gap it answers: a long case does not repeat the step.
        by_step: dict[str, dict[str, list[str]]] = {}
        for g in self.memo.gaps:
            by_step.setdefault(g.step, {}).setdefault(g.subject, []).append(g.victim)
        self.table(["#", L("step"), L("gaps_for")],
                   [(str(n), step, self._gap_list(subjects))
                    for n, (step, subjects) in enumerate(by_step.items(), start=1)], (5, 40, 55), dense=True)

    def _gap_list(self, subjects: dict[str, list[str]]) -> str:
        """« V1 : …, qui repose sur … ; V1, V2 : … . »: one enumeration, not sentences each closed by a full
        stop and then a semicolon."""
        entries = [f"{codes(victims)}{self.memo.sep}{subject.rstrip().rstrip('.')}" for subject, victims in
                   subjects.items()]
        return (" ; " if self.memo.lang == "fr" else "; ").join(entries) + "."

    def protection(self) -> None:
        L = self.L
        self.numbered("h.protection")
        self.add(Para(L("protection_intro")))
        # a caveat sentence several duties share is said once, above the table, and referred to in it
        shared = shared_sentences(d.caveat for d in self.memo.protection)
        self.say_caveats(shared)
        refs = {x: L("caveat_ref", n=self.caveats.numbers[x]) for x in shared}
        self.table([L("measure"), L("why"), L("basis"), L("status"), L("caveat")],
                   [(d.label, d.why, self.memo.semicolon.join(x.short for x in d.basis) or d.basis_note or NONE,
                     d.status_label,
                     self.caveat_cell(d.caveat, refs)) for d in self.memo.protection], (18, 20, 22, 12, 28))

    def caveat_cell(self, caveat: str, refs: dict[str, str]) -> str:
        """The duty's own caveat, then « voir R20, R21 » for the sentences said above the table."""
        rest, cited = without(caveat, refs)
        see = self.L("see_caveat", ref=", ".join(sorted(cited, key=lambda r: int(r[1:])))) if cited else ""
        return " ".join(x for x in (rest, see) if x) or NONE

    def general_warnings(self) -> None:
        if self.memo.warnings:
            self.numbered("h.warnings")
            self.say_caveats(merge_by_victim(self.memo.warnings))


def _cites(c: MemoCharge, semicolon: str) -> str:
    return semicolon.join(x.short for x in c.provisions)


def _basis(p: MemoPenalty | None) -> str:
    return p.provision.short if p and p.provision else NONE


def _cell(memo: Memo, status: str, note: str, evidence: tuple[str, ...]) -> str:
    """``établi — E1, E2``: the status, why (if said), and the exhibits, in one cell."""
    parts = [status + (f" : {note}" if note and memo.lang == "fr" else f": {note}" if note else "")]
    parts.append(", ".join(evidence) if evidence else memo.label("no_exhibit"))
    return " — ".join(parts)


def _source_says(memo: Memo, p: MemoPenalty) -> str:
    """The penalty's text with what it is worth; our translation apart, labelled, never inside « »."""
    is_law = p.text_status in ("verbatim", "partial")
    text = one_line(p.source_text)
    said = f"{memo.label('as_source_says', status=p.status_label)} {'« ' + text + ' »' if is_law else f'({text})'}"
    if p.translation:
        said += f" [{memo.label('our_translation')}{memo.sep}{one_line(p.translation)}]"
    return said
