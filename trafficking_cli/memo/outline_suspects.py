"""The per-suspect parts of the outline: the conclusions per suspect, « Par suspect », the concurrence of
qualifications, the other offences to consider and the draft charging wording (contracts §5, issue 9).
"""

from __future__ import annotations

from .blocks import Bullets, Heading, PageBreak, Para
from .groups import codes
from .model import MemoSuspect
from .outline_base import NONE, OutlineBase, code_order, status_tone


class SuspectParts(OutlineBase):
    def suspect_conclusions(self) -> None:
        """Who may be charged with what, for which victims, how sure: one line per charge and suspect."""
        L, ps = self.L, self.memo.per_suspect
        assert ps is not None
        self.add(Para(L("by_suspect_intro")))
        rows: list[tuple[str, ...]] = []
        tones: list[str] = []
        for s in ps.suspects:
            for name, victims, status, proof, label in s.summary:
                rows.append((s.id, name, codes(sorted(victims, key=code_order)), label))
                tones.append(status_tone(status, proof))
            if not s.charges:
                # a complice's liability does not rest on their own acts, and its rule is not in the corpus:
                # "not chargeable" would claim more than the sources allow (review, Koulikoro case)
                short = "not_reached_short_complice" if s.participation == "complice" else "not_reached_short"
                rows.append((s.id, NONE, NONE, L(short)))
                tones.append("not_established")
        self.table([L("code"), L("charge"), L("victims"), L("status")], rows, (7, 25, 34, 34), tone_col=3,
                   tones=tuple(tones))
        self.add(Para(L("conclusions_reasoning", part=3), tone="note"), PageBreak())

    def by_suspect(self) -> None:
        ps, L = self.memo.per_suspect, self.L
        if ps is None or not ps.suspects:
            return
        self.numbered("h.by_suspect")
        if not ps.attributed:
            self.add(Para(L("no_attribution_child" if ps.child_victim else "no_attribution"), tone="warn"))
            return
        for n, s in enumerate(ps.suspects, start=1):
            self.suspect(f"{self.part}.{n}", s)

    def suspect(self, number: str, s: MemoSuspect) -> None:
        L = self.L
        role = L("h.suspect_role", role=s.role) if s.role.strip() else ""
        self.add(Heading(2, f"{number} " + L("h.suspect", id=s.id, role=role, kind=s.kind_label,
                                             participation=s.participation_label)))
        for note in s.notes:
            self.add(Para(note, tone="note"))
        if not s.charges:
            key = "not_reached_complice" if s.participation == "complice" else "not_reached"
            self.add(Para(L(key, why=" ".join(s.not_reached)), tone="strong"))
            return
        self.table([L("charge"), L("victims"), L("acts"), L("status"), L("missing"), L("basis")],
                   [(c.name, codes(c.victims), ", ".join(c.act_labels) or NONE,
                     c.status_label, " ".join((*c.missing, c.unproven) if c.unproven else c.missing) or NONE,
                     self.memo.semicolon.join(x.short for x in c.provisions)) for c in s.charges],
                   (16, 10, 16, 22, 18, 18), tone_col=3,
                   tones=tuple(status_tone(c.status, c.proof) for c in s.charges))
        self.say_caveats([x for c in s.charges for x in c.conditions])

    def concurrence(self) -> None:
        ps, L = self.memo.per_suspect, self.L
        if ps is None or not ps.concurrence:
            return
        self.numbered("h.concurrence")
        self.table([L("victims"), L("charge"), L("decision")],
                   [(codes(c.victims), " → ".join(c.names), c.advice) for c in ps.concurrence], (18, 32, 50))
        self.say_caveats([ps.concurrence_caveat])

    def other_offences(self) -> None:
        ps, L = self.memo.per_suspect, self.L
        if ps is None or not ps.other_offences:
            return
        self.numbered("h.other_offences")
        self.table([L("offence"), L("why_raised"), L("caveat")],
                   [(o.name, o.why, o.caveat) for o in ps.other_offences], (28, 44, 28))

    def drafts(self) -> None:
        ps, L = self.memo.per_suspect, self.L
        if ps is None or not ps.drafts:
            return
        self.numbered("h.drafts")
        self.add(Para(L("draft.notice"), tone="alert"))
        texts = tuple(c.draft for s in ps.suspects for c in s.charges if c.draft)
        self.add(Bullets(texts, tone="draft") if texts else Para(L("none")))
