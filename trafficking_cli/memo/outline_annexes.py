"""The annexes of the outline: the provisions cited (their text and worth), the sources ranked, the detail
per victim (victims, suspects, exhibits), and the signature block.
"""

from __future__ import annotations

from .blocks import Heading, Para, Quote, one_line
from .model import Memo, MemoProvision, MemoSource
from .outline_base import OutlineBase


class AnnexParts(OutlineBase):
    def annex_provisions(self) -> None:
        L = self.L
        self.add(Heading(1, L("h.annex")), Para(L("annex_intro"), tone="note"))
        for p in self.memo.annex:
            self.provision(p)

    def provision(self, p: MemoProvision) -> None:
        L = self.L
        heading = p.heading if p.heading and p.heading not in p.cite.citation else ""
        self.add(Heading(3, p.cite.citation + (f" — {heading}" if heading else "")),
                 Para(f"{L('text_status')}{self.memo.sep}{p.cite.status_label}", tone="strong"))
        if p.original:  # then ``text`` is our translation of it: each says what it is (review 3, defect 9)
            self.add(Para(L(f"original.{p.original_status}"), tone="note"),
                     Quote(one_line(p.original), p.original_quoted))
            if p.text:
                self.add(Para(L("translation_label"), tone="note"))
        self.add(Quote(one_line(p.text), p.quoted) if p.text else Para(L("no_text"), tone="note"))
        self.say_caveats(p.warnings)
        if p.source_refs:
            refs = ", ".join(f"[{self.source_number[s.key]}]" for s in p.source_refs)
            self.add(Para(f"{L('sources')}{self.memo.sep}{refs}", tone="note"))
        if p.only_weak:
            self.say_caveats([L("only_weak")])

    def annex_sources(self) -> None:
        L = self.L
        self.add(Heading(1, L("h.sources")), Para(L("sources_intro"), tone="note"))
        self.table(["#", L("source"), L("kind")],
                   [(f"[{n}]", s.line, _kind(self.memo, s)) for n, s in enumerate(self.sources, start=1)],
                   (6, 74, 20), dense=True)

    def annex_detail(self) -> None:
        m, L = self.memo, self.L
        self.add(Heading(1, L("h.detail")), Heading(2, L("h.victims")))
        self.table([L("code"), L("age"), L("sex"), L("nationality"), L("minor")],
                   [(v["id"], v["age"], v["sex"], v["nationality"], v["minor"]) for v in m.victims], dense=True)
        self.add(Heading(2, L("h.suspects")))
        self.table([L("code"), L("role")], [(s["id"], s["role"]) for s in m.suspects], (15, 85))
        self.add(Heading(2, L("h.evidence")))
        self.table([L("exhibit"), L("kind"), L("description"), L("supports")],
                   [(e["id"], e["kind_label"], e["description"], e["supports_label"]) for e in m.evidence],
                   (9, 16, 35, 40), dense=True)

    def signature(self) -> None:
        L = self.L
        self.add(Heading(2, L("h.signature")), Para(L("signature_place")), Para(L("signature_who")),
                 Para(L("footer", date=self.memo.date), tone="note"))


def _kind(memo: Memo, s: MemoSource) -> str:
    return s.kind_label + (f" — {memo.label('weak')}" if s.weak else "")
