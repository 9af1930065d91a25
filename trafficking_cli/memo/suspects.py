"""The per-suspect part of the memo, in words: who may be charged with what, for which victims, how sure;
the concurrence of qualifications; the other offences to consider; and, when asked, a draft of the
charging wording. The rules are the analysis's (``analysis.per_suspect``, ``analysis.concurrence``,
``analysis.other_offences``); this module only resolves them in the memo's language, labels for ids.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from trafficking_cli.analysis.concurrence import concurrences
from trafficking_cli.analysis.other_offences import other_offences
from trafficking_cli.analysis.suspect_model import SuspectCharge, SuspectFinding
from trafficking_cli.i18n import Msg, t

from .build import charge_label
from .drafting import charging_wording
from .model import MemoConcurrence, MemoOtherOffence, MemoPerSuspect, MemoSuspect, MemoSuspectCharge, semicolon

if TYPE_CHECKING:
    from .build import _Builder


def per_suspect(b: _Builder, drafts: bool) -> MemoPerSuspect:
    analysis, corpus = b.analysis, b.corpus
    suspects = tuple(_suspect(b, s, drafts) for s in b.suspect_findings())
    names = {o.id: o.name.get(b.lang) or o.id for o in corpus.offences.values()}
    found = concurrences(analysis, corpus)
    return MemoPerSuspect(
        suspects=suspects,
        concurrence=tuple(MemoConcurrence(c.victims, c.offences, tuple(names.get(o, o) for o in c.offences),
                                          b.say(c.advice), c.proposed) for c in found),
        concurrence_caveat=b.say(Msg.of("concurrence.caveat")) if found else "",
        other_offences=tuple(MemoOtherOffence(o.key, b.say(o.name), semicolon(b.lang).join(b.say(w) for w in o.why),
                                              b.say(o.caveat)) for o in other_offences(analysis.case)),
        attributed=any(s.acts for s in analysis.case.suspects),
        child_victim=any(v.minor for v in analysis.case.victims), drafts=drafts)


PROOF_ORDER = ("none", "single", "corroborated")


def _summary(s: SuspectFinding, lang: str) -> tuple[tuple[str, tuple[str, ...], str, str, str], ...]:
    """One line per offence and status for the conclusions: victims joined, the weakest proof kept."""
    merged: dict[tuple[str, str], tuple[list[str], str]] = {}
    for c in s.charges:
        name = c.name.get(lang) or c.offence
        victims, proof = merged.get((name, c.status), ([], "corroborated"))
        weakest = min(proof, c.proof, key=PROOF_ORDER.index)
        merged[(name, c.status)] = ([*victims, *(v for v in c.victims if v not in victims)], weakest)
    return tuple((name, tuple(victims), status, proof, charge_label(status, proof, lang))
                 for (name, status), (victims, proof) in merged.items())


def _suspect(b: _Builder, s: SuspectFinding, drafts: bool) -> MemoSuspect:
    lang = b.lang
    return MemoSuspect(
        id=s.id, kind=s.kind, kind_label=t(f"memo.suspect_kind.{s.kind}", lang), role=s.role,
        participation=s.participation, participation_label=t(f"memo.participation.{s.participation}", lang),
        partners=s.partners, knowledge=s.knowledge, denies=s.denies,
        charges=tuple(_charge(b, s, c, drafts) for c in s.charges),
        not_reached=tuple(b.say(x) for x in s.not_reached), notes=tuple(b.say(x) for x in s.notes),
        summary=_summary(s, lang))


def _charge(b: _Builder, s: SuspectFinding, c: SuspectCharge, drafts: bool) -> MemoSuspectCharge:
    lang = b.lang
    cites = tuple(b.cite(p) for p in c.provisions)
    proposed = c.status in ("established", "conditional")
    return MemoSuspectCharge(
        offence=c.offence, name=c.name.get(lang) or c.offence, victims=c.victims, participation=c.participation,
        participation_label=t(f"memo.participation.{c.participation}", lang), status=c.status,
        status_label=charge_label(c.status, c.proof, lang), proof=c.proof,
        proof_label=t(f"memo.proof_short.{c.proof}", lang), stage=c.stage, acts=c.acts,
        act_labels=tuple(b.labels.word(a) for a in c.acts), provisions=cites,
        missing=tuple(b.say(x) for x in c.missing), conditions=tuple(b.say(x) for x in c.conditions),
        period=c.period, places=c.places,
        draft=charging_wording(b, s.id, c) if drafts and proposed else "",
        unproven=_unproven(b, c))


def _unproven(b: _Builder, c: SuspectCharge) -> str:
    """« Aucune pièce n’étaye, pour ce suspect : Moyen (la tromperie). »: what the proof label is about."""
    if not c.unproven:
        return ""
    groups = [t("memo.suspect_unproven_group", b.lang, group=label.get(b.lang) or "",
                facts=", ".join(b.labels.word(f) for f in facts)) if facts else label.get(b.lang) or ""
              for label, facts in c.unproven]
    return t("memo.suspect_unproven", b.lang, groups=" ; ".join(groups) if b.lang == "fr" else "; ".join(groups))
