"""The charging memo: one model built from the analysis, rendered to Markdown and JSON here, and to DOCX
(``memo_docx.py``), PDF (``memo_pdf.py``) and the terminal (``ui_memo.py``) from the same model.

``build_memo`` resolves every sentence in one language, so that no renderer makes a legal statement of its
own: renderers only lay out what the model holds. Pure: no clock (``today`` comes in through the analysis),
no files, no printing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from . import models as m
from .analysis import (
    Analysis,
    Charge,
    ElementFinding,
    InstrumentFinding,
    PenaltyFinding,
    provision_warnings,
)
from .corpus import Corpus
from .i18n import register, t

MEMO_SCHEMA = "trafficking-memo/1"
FORMATS = ("terminal", "md", "docx", "pdf", "json")
BINARY_FORMATS = ("docx", "pdf")


# ---- the model -----------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Cite:
    """One provision as the memo cites it: id, citation, and what the text is worth."""

    id: str
    citation: str
    text_status: str
    status_label: str
    number_status: str
    international: bool

    @property
    def short(self) -> str:
        """``Loi n°2012-023, art. 7 [ml-loi-2012-023:art_7 · paraphrase]``."""
        return f"{self.citation} [{self.id} · {self.status_label}]"


@dataclass(frozen=True, slots=True)
class MemoElement:
    category: str
    label: str
    status: str
    status_label: str
    facts: tuple[str, ...]
    fact_labels: tuple[str, ...]
    evidence: tuple[str, ...]
    evidence_labels: tuple[str, ...]
    provisions: tuple[Cite, ...]
    note: str = ""


@dataclass(frozen=True, slots=True)
class MemoAggravation:
    id: str
    label: str
    verified: bool
    verified_label: str
    provision: Cite | None
    effect: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class MemoPenalty:
    summary: str
    kind: str
    min_years: int | None
    max_years: int | None
    life: bool | None
    text_status: str
    status_label: str
    provision: Cite | None
    source_text: str
    additional: str
    aggravated_by: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class MemoCharge:
    number: str
    offence: str
    name: str
    victim: str
    instrument: str
    status: str
    status_label: str
    qualification: str
    provisions: tuple[Cite, ...]
    elements: tuple[MemoElement, ...]
    aggravating: tuple[MemoAggravation, ...]
    penalty: MemoPenalty | None
    other_penalties: tuple[MemoPenalty, ...]
    child_rule: str
    warnings: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class MemoInstrument:
    id: str
    name: str
    applies: bool
    applies_label: str
    reason: str
    notes: tuple[str, ...]
    caveats: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class MemoConsidered:
    offence: str
    name: str
    victim: str
    charged: bool
    reason: str


@dataclass(frozen=True, slots=True)
class MemoGap:
    kind: str
    victim: str
    offence: str
    category: str
    subject: str
    step: str


@dataclass(frozen=True, slots=True)
class MemoDuty:
    id: str
    label: str
    description: str
    why: str
    basis: tuple[Cite, ...]
    basis_note: str
    status: str
    status_label: str
    caveat: str


@dataclass(frozen=True, slots=True)
class MemoProvision:
    cite: Cite
    heading: str
    text: str
    text_lang: str
    quoted: bool
    warnings: tuple[str, ...]
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Memo:
    lang: str
    title: str
    reference: str
    facts_date: str
    facts_end_date: str
    date: str
    author: str
    places: tuple[str, ...]
    summary: str
    victims: tuple[dict[str, str], ...]
    suspects: tuple[dict[str, str], ...]
    evidence: tuple[dict[str, str], ...]
    charges: tuple[MemoCharge, ...]
    considered: tuple[MemoConsidered, ...]
    examined: str
    instruments: tuple[MemoInstrument, ...]
    gaps: tuple[MemoGap, ...]
    protection: tuple[MemoDuty, ...]
    annex: tuple[MemoProvision, ...]
    warnings: tuple[str, ...]
    labels: dict[str, str] = field(default_factory=dict)

    def label(self, key: str, **values: Any) -> str:
        return t(f"memo.{key}", self.lang, **values)

    @property
    def sep(self) -> str:
        """The colon as each language writes it: French puts a space before it."""
        return " : " if self.lang == "fr" else ": "


# ---- building it ----------------------------------------------------------------------------------

def build_memo(analysis: Analysis, corpus: Corpus, lang: str = "fr", author: str | None = None) -> Memo:
    """The memo in ``lang`` from ``analysis``; every sentence resolved, nothing decided by the renderers."""
    b = _Builder(analysis, corpus, lang)
    case = analysis.case
    charges = tuple(b.charge(c, f"{i}") for i, c in enumerate(analysis.charges, start=1))
    return Memo(
        lang=lang, title=t("memo.title", lang), reference=case.reference or "—",
        facts_date=case.facts_date or "—", facts_end_date=case.facts_end_date or "",
        date=analysis.today.isoformat(), author=author or t("memo.author_unknown", lang),
        places=tuple(case.places), summary=case.summary.strip(),
        victims=tuple(b.victim(v) for v in case.victims),
        suspects=tuple({"id": s.id, "role": s.role or "—"} for s in case.suspects),
        evidence=tuple({"id": e.id, "kind": e.kind, "kind_label": t(f"evidence.{e.kind}", lang),
                        "description": e.description, "supports": ", ".join(e.supports)} for e in case.evidence),
        charges=charges,
        considered=tuple(MemoConsidered(c.offence, c.name.get(lang) or c.offence, c.victim, c.charged,
                                        c.reason.render(lang)) for c in analysis.considered),
        examined=", ".join(f"{o.name.get(lang)} ({o.id})" for o in corpus.offences.values()),
        instruments=tuple(b.instrument(i) for i in analysis.instruments),
        gaps=tuple(MemoGap(g.kind, g.victim or "—", g.offence or "", g.category or "", g.subject.render(lang),
                           g.step.render(lang)) for g in analysis.gaps),
        protection=tuple(MemoDuty(
            id=d.id, label=d.label.get(lang) or d.id, description=d.description.get(lang) or "",
            why="; ".join(w.render(lang) for w in d.why), basis=tuple(b.cite(p) for p in d.basis),
            basis_note=d.basis_note.get(lang) or "", status=d.status,
            status_label=t(f"duty.{d.status}", lang), caveat=d.caveat.get(lang) or "",
        ) for d in analysis.protection),
        annex=tuple(b.annex(p) for p in b.cited_ids()),
        warnings=tuple(w.render(lang) for w in analysis.warnings),
    )


class _Builder:
    def __init__(self, analysis: Analysis, corpus: Corpus, lang: str) -> None:
        self.analysis, self.corpus, self.lang = analysis, corpus, lang
        self.index = corpus.element_index()
        self.kinds = {e.id: e.kind for e in analysis.case.evidence}
        self.cited: dict[str, None] = {}

    def cite(self, provision_id: str) -> Cite:
        self.cited.setdefault(provision_id, None)
        p = self.corpus.provisions.get(provision_id)
        if p is None:
            return Cite(provision_id, provision_id, "missing", t("short.missing", self.lang), "unknown", False)
        status, other = _best_status(p, self.lang)
        instrument = self.corpus.instruments.get(p.instrument)
        label = t(f"short.{status}", self.lang) + (f" ({other})" if other else "")
        if p.number_status != "attested":
            label += " · " + t(f"memo.number.{p.number_status}", self.lang)
        return Cite(provision_id, self.corpus.citation(p, self.lang), status, label, p.number_status,
                    instrument is not None and instrument.jurisdiction != "ML")

    def cited_ids(self) -> list[str]:
        for provision_id in self.analysis.cited:
            self.cited.setdefault(provision_id, None)
        return list(self.cited)

    def victim(self, v: m.Victim) -> dict[str, str]:
        lang = self.lang
        if v.minor is None:
            minor = t("memo.minor.unknown", lang)
        elif v.age_doubt:
            minor = t("memo.minor.presumed", lang)
        else:
            minor = t("memo.minor.yes" if v.minor else "memo.minor.no", lang)
        return {"id": v.id, "age": "—" if v.age_at_facts is None else str(v.age_at_facts),
                "sex": v.sex or "—", "nationality": v.nationality or "—", "minor": minor}

    def fact_label(self, fact: str) -> str:
        found = self.index.get(fact)
        label = found[2].label.get(self.lang) if found else None
        return f"{fact} ({label})" if label else fact

    def element(self, e: ElementFinding) -> MemoElement:
        lang = self.lang
        label = e.label.get(lang) if e.label else t(f"category.{e.category}", lang)
        facts = list(e.facts)
        labels = [self.fact_label(f) for f in facts]
        # an equivalent fact meets the item under another name: say which item it stands for
        for item in e.items:
            if item not in facts:
                labels.append(t("memo.equivalent", lang, item=item))
        return MemoElement(
            category=e.category, label=label or e.category, status=e.status,
            status_label=t(f"memo.element.{e.status}", lang), facts=tuple(facts), fact_labels=tuple(labels),
            evidence=e.evidence,
            evidence_labels=tuple(f"{x} ({t('evidence.' + self.kinds.get(x, 'testimony'), lang)})"
                                  for x in e.evidence),
            provisions=tuple(self.cite(p) for p in e.provisions),
            note=e.note.render(lang) if e.note else "",
        )

    def penalty(self, p: PenaltyFinding | m.Penalty, aggravated_by: tuple[str, ...] = ()) -> MemoPenalty:
        lang = self.lang
        return MemoPenalty(
            summary=penalty_summary(p.min_years, p.max_years, p.life, p.kind, lang, aggravated_by),
            kind=p.kind, min_years=p.min_years, max_years=p.max_years, life=p.life,
            text_status=p.text_status, status_label=t(f"short.{p.text_status}", lang),
            provision=self.cite(p.provision), source_text=p.text.get(lang) or "",
            additional=p.additional.get(lang) or "", aggravated_by=aggravated_by,
        )

    def charge(self, c: Charge, number: str) -> MemoCharge:
        lang = self.lang
        name = c.name.get(lang) or c.offence
        status_label = t(f"memo.charge.{c.status}", lang)
        aggravating = tuple(MemoAggravation(
            id=a.id, label=a.label.get(lang) or a.id, verified=a.verified,
            verified_label=t("memo.verified" if a.verified else "memo.unverified", lang),
            provision=self.cite(a.provision) if a.provision else None,
            effect=_effect(a.life, a.max_years, lang), note=a.note.get(lang) or "",
        ) for a in c.aggravating)
        return MemoCharge(
            number=number, offence=c.offence, name=name, victim=c.victim, instrument=c.instrument,
            status=c.status, status_label=status_label,
            qualification=t(f"memo.qualification.{c.status}", lang, name=name, victim=c.victim),
            provisions=tuple(self.cite(p) for p in c.provisions),
            elements=tuple(self.element(e) for e in c.elements), aggravating=aggravating,
            penalty=self.penalty(c.penalty, c.penalty.aggravated_by) if c.penalty else None,
            other_penalties=tuple(self.penalty(p) for p in c.other_penalties),
            child_rule=t("memo.child_rule", lang, basis=", ".join(self.cite(b).short for b in c.child_rule.basis),
                         caveat=c.child_rule.caveat.get(lang) or "") if c.child_rule else "",
            warnings=tuple(w.render(lang) for w in c.warnings),
        )

    def instrument(self, i: InstrumentFinding) -> MemoInstrument:
        lang = self.lang
        return MemoInstrument(
            id=i.id, name=i.short.get(lang) or i.id, applies=i.applies,
            applies_label=t("memo.yes" if i.applies else "memo.no", lang), reason=i.reason.render(lang),
            notes=tuple(n.render(lang) for n in i.notes), caveats=tuple(c.get(lang) or "" for c in i.caveats),
        )

    def annex(self, provision_id: str) -> MemoProvision:
        lang = self.lang
        cite = self.cite(provision_id)
        p = self.corpus.provisions.get(provision_id)
        if p is None:
            return MemoProvision(cite, "", "", lang, False, (t("memo.not_in_corpus", lang),), ())
        text_lang = p.text.lang_of(lang) or lang
        text = p.text.get(lang) or ""
        status = p.text_status.get(text_lang, p.status)
        instrument = self.corpus.instrument_of(p)
        sources = []
        for source_id in p.sources:
            source = instrument.source(source_id)
            if source is None:
                sources.append(source_id)
                continue
            parts = [source.title] + ([source.date] if source.date else []) + ([source.url] if source.url else [])
            sources.append(" — ".join(parts))
        translation = ""
        if text and text_lang not in p.text_status:
            translation = t(f"status.{p.translation_status.get(text_lang, 'unofficial')}", lang)
        warnings = [w.render(lang) for w in provision_warnings(self.corpus, provision_id)]
        if translation:
            warnings.append(translation)
        return MemoProvision(cite, p.heading.get(lang) or "", text, text_lang,
                             status in ("verbatim", "partial") and text_lang in p.text_status,
                             tuple(warnings), tuple(sources))


def _best_status(p: m.Provision, lang: str) -> tuple[str, str]:
    """The status of the text a reader of ``lang`` gets, and the other language's code when it is that one.

    A treaty whose French text is missing but whose English text is verbatim is cited as "verbatim (en)";
    in an English memo, Loi n°2012-023 (French only, our translation) is cited as "verbatim (fr)".
    """
    kind, status = p.status_for(lang)
    if kind == "translation":
        return p.status, p.original_language
    if status != "missing":
        return status, ""
    for code, other in p.text_status.items():
        if other != "missing" and code != lang:
            return other, code
    return status, ""


def _effect(life: bool | None, max_years: int | None, lang: str) -> str:
    if life:
        return t("penalty.life", lang)
    if max_years is not None:
        return t("memo.up_to", lang, years=max_years)
    return t("memo.effect_unknown", lang)


def penalty_summary(low: int | None, high: int | None, life: bool | None, kind: str, lang: str,
                    aggravated_by: tuple[str, ...] = ()) -> str:
    parts = []
    if low is not None or high is not None:
        parts.append(t("penalty.years", lang, low=low if low is not None else "?",
                       high=high if high is not None else "?"))
    if life:
        parts.append(t("penalty.life", lang))
    if not parts:
        return t("penalty.unknown", lang)
    text = ", ".join(parts)
    if kind in ("reclusion", "emprisonnement"):
        text += f" ({t('memo.kind.' + kind, lang)})"
    if aggravated_by:
        text += " — " + t("memo.aggravated_by", lang, ids=", ".join(aggravated_by))
    return text


# ---- JSON (contracts §4) -------------------------------------------------------------------------

def memo_json(memo: Memo) -> dict[str, Any]:
    """``schema: trafficking-memo/1``: the contract's keys, plus fields added after them."""
    return {
        "schema": MEMO_SCHEMA,
        "case": {"reference": memo.reference, "facts_date": memo.facts_date,
                 "facts_end_date": memo.facts_end_date or None, "places": list(memo.places)},
        "applicable_instruments": [{"id": i.id, "applies": i.applies, "reason": i.reason, "name": i.name,
                                    "notes": list(i.notes), "caveats": list(i.caveats)} for i in memo.instruments],
        "charges": [_charge_json(c) for c in memo.charges],
        "gaps": [f"{g.victim}: {g.subject} → {g.step}" for g in memo.gaps],
        "protection": [f"{d.label} ({d.status_label}) — {d.why}" for d in memo.protection],
        # additions (contracts: "add fields freely")
        "lang": memo.lang,
        "date": memo.date,
        "author": memo.author,
        "victims": list(memo.victims),
        "suspects": list(memo.suspects),
        "considered": [{"offence": c.offence, "victim": c.victim, "charged": c.charged, "reason": c.reason}
                       for c in memo.considered],
        "gaps_detail": [{"kind": g.kind, "victim": g.victim, "offence": g.offence or None,
                         "category": g.category or None, "gap": g.subject, "step": g.step} for g in memo.gaps],
        "protection_detail": [{"id": d.id, "label": d.label, "why": d.why, "basis": [c.id for c in d.basis],
                               "status": d.status, "caveat": d.caveat} for d in memo.protection],
        "provisions": [{"id": p.cite.id, "citation": p.cite.citation, "text_status": p.cite.text_status,
                        "number_status": p.cite.number_status, "sources": list(p.sources)} for p in memo.annex],
        "warnings": list(memo.warnings),
    }


def _charge_json(c: MemoCharge) -> dict[str, Any]:
    p = c.penalty
    return {
        "offence": c.offence, "victim": c.victim, "status": c.status,
        "provisions": [x.id for x in c.provisions],
        "elements": [{"category": e.category, "status": e.status, "facts": list(e.facts),
                      "provisions": [x.id for x in e.provisions], "evidence": list(e.evidence),
                      "label": e.label} for e in c.elements],
        "aggravating": [{"id": a.id, "verified": a.verified, "provision": a.provision.id if a.provision else None}
                        for a in c.aggravating],
        "penalty": None if p is None else {
            "min_years": p.min_years, "max_years": p.max_years, "life": p.life, "text_status": p.text_status,
            "provision": p.provision.id if p.provision else None, "kind": p.kind,
            "aggravated_by": list(p.aggravated_by)},
        "warnings": list(c.warnings),
        "name": c.name, "instrument": c.instrument,
        "child_rule_applied": bool(c.child_rule),
    }


def render_json(memo: Memo) -> str:
    return json.dumps(memo_json(memo), ensure_ascii=False, indent=2) + "\n"


# ---- Markdown ------------------------------------------------------------------------------------

def render_markdown(memo: Memo) -> str:
    """Deterministic Markdown (golden-tested): same memo in, same bytes out."""
    out: list[str] = []
    w = out.append
    L = memo.label
    w(f"# {memo.title} — {_md(memo.reference)}\n")
    w(f"**{L('confidential')}** — {L('confidential_note')}\n")
    w(_table([L("field"), L("value")], header_rows(memo)))
    w(f"> {L('disclaimer')}\n")
    w(f"## 1. {L('h.summary')}\n")
    w((_md(memo.summary) or L("none")) + "\n")
    w(f"## 2. {L('h.parties')}\n")
    w(f"### {L('h.victims')}\n")
    w(_table([L("code"), L("age"), L("sex"), L("nationality"), L("minor")],
             [[v["id"], v["age"], v["sex"], v["nationality"], v["minor"]] for v in memo.victims]) if memo.victims
      else L("none") + "\n")
    w(f"### {L('h.suspects')}\n")
    w(_table([L("code"), L("role")], [[s["id"], s["role"]] for s in memo.suspects]) if memo.suspects
      else L("none") + "\n")
    w(f"### {L('h.evidence')}\n")
    w(_table([L("exhibit"), L("kind"), L("description"), L("supports")],
             [[e["id"], e["kind_label"], e["description"], e["supports"]] for e in memo.evidence])
      if memo.evidence else L("none") + "\n")
    w(f"## 3. {L('h.charges')}\n")
    w(L("examined", offences=memo.examined) + "\n")
    if not memo.charges:
        w(L("no_charge") + "\n")
    for c in memo.charges:
        out += _md_charge(memo, c)
    if memo.considered:
        w(f"### {L('h.considered')}\n")
        w(_table([L("offence"), L("victim"), L("decision")],
                 [[f"{c.name} ({c.offence})", c.victim, c.reason] for c in memo.considered]))
    w(f"## 4. {L('h.penalties')}\n")
    w(_table([L("charge"), L("victim"), L("penalty"), L("text_status"), L("basis")],
             [[f"{c.number}. {c.name}", c.victim, c.penalty.summary if c.penalty else L("none"),
               c.penalty.status_label if c.penalty else "—",
               c.penalty.provision.short if c.penalty and c.penalty.provision else "—"] for c in memo.charges])
      if memo.charges else L("none") + "\n")
    w(f"## 5. {L('h.law')}\n")
    w(L("facts_date_line", date=memo.facts_date) + "\n")
    w(_table([L("instrument"), L("applies"), L("reason")],
             [[f"{i.name} ({i.id})", i.applies_label, " ".join((i.reason, *i.notes))] for i in memo.instruments]))
    for i in memo.instruments:
        if i.caveats:
            w(f"**{L('caveats_of', name=i.name)}**\n")
            w("".join(f"- {_md(c)}\n" for c in i.caveats))
    w(f"## 6. {L('h.gaps')}\n")
    w(_table(["#", L("victim"), L("gap"), L("step")],
             [[str(n), g.victim, g.subject, g.step] for n, g in enumerate(memo.gaps, start=1)])
      if memo.gaps else L("none") + "\n")
    w(f"## 7. {L('h.protection')}\n")
    w(L("protection_intro") + "\n")
    w(_table([L("measure"), L("why"), L("basis"), L("status"), L("caveat")],
             [[d.label, d.why, "; ".join(x.short for x in d.basis) or d.basis_note or "—", d.status_label,
               d.caveat or "—"] for d in memo.protection]) if memo.protection else L("none") + "\n")
    if memo.warnings:
        w(f"## 8. {L('h.warnings')}\n")
        w("".join(f"- {_md(x)}\n" for x in memo.warnings))
    w(f"## {L('h.annex')}\n")
    w(L("annex_intro") + "\n")
    for p in memo.annex:
        out += _md_provision(memo, p)
    w("---\n")
    w(f"*{L('footer', date=memo.date)}*\n")
    return "\n".join(out).rstrip("\n") + "\n"


def header_rows(memo: Memo) -> list[list[str]]:
    L = memo.label
    dates = memo.facts_date + (f" → {memo.facts_end_date}" if memo.facts_end_date else "")
    return [[L("reference"), memo.reference], [L("facts_date"), dates],
            [L("places"), ", ".join(memo.places) or "—"], [L("memo_date"), memo.date],
            [L("prepared_by"), memo.author], [L("classification"), L("confidential")]]


def _md_charge(memo: Memo, c: MemoCharge) -> list[str]:
    L = memo.label
    out = [f"### 3.{c.number} {c.name} — {c.victim}{memo.sep}{c.status_label}\n", c.qualification + "\n",
           f"**{L('legal_basis')}**{memo.sep}" + "; ".join(x.short for x in c.provisions) + "\n"]
    out.append(f"#### {L('h.elements')}\n")
    out.append(_table([L("element"), L("status"), L("facts"), L("evidence"), L("basis")], [
        [e.label, e.status_label + (f" — {e.note}" if e.note else ""), ", ".join(e.fact_labels) or "—",
         ", ".join(e.evidence_labels) or "—", "; ".join(x.short for x in e.provisions)] for e in c.elements]))
    out.append(f"#### {L('h.aggravating')}\n")
    if c.aggravating:
        out += [f"- {_md(a.label)} ({a.id}) — **{a.verified_label}** — {a.effect}"
                f"{' — ' + a.provision.short if a.provision else ''}\n" for a in c.aggravating]
    else:
        out.append(L("none_recorded") + "\n")
    out.append(f"#### {L('h.penalty')}\n")
    out += _md_penalty(memo, c)
    if c.warnings:
        out.append(f"#### {L('h.charge_warnings')}\n")
        out.append("".join(f"- ⚠ {_md(x)}\n" for x in c.warnings))
    return out


def _md_penalty(memo: Memo, c: MemoCharge) -> list[str]:
    L = memo.label
    if c.penalty is None:
        return [L("none") + "\n"]
    out = []
    for p in (c.penalty, *c.other_penalties):
        line = f"- **{p.summary}** — {p.provision.short if p.provision else '—'}"
        if p.source_text:
            line += f"\n  - {L('as_source_says', status=p.status_label)} " + _quote(p.source_text, p.text_status)
        if p.additional:
            line += f"\n  - {L('additional')} {_md(p.additional)}"
        out.append(line + "\n")
    return out


def _md_provision(memo: Memo, p: MemoProvision) -> list[str]:
    L = memo.label
    head = f"### {p.cite.id} — {_md(p.cite.citation)}"
    if p.heading and p.heading not in p.cite.citation:
        head += f" — {_md(p.heading)}"
    out = [head + "\n", f"**{L('text_status')}**{memo.sep}{p.cite.status_label}\n"]
    if p.text:
        out.append("> " + _md(_quote(p.text, "verbatim" if p.quoted else "paraphrase")) + "\n")
    else:
        out.append(f"*{L('no_text')}*\n")
    if p.warnings:
        out.append("".join(f"- ⚠ {_md(x)}\n" for x in p.warnings))
    if p.sources:
        out.append(f"{L('sources')}{memo.sep.rstrip()}\n" + "".join(f"- {_md(s)}\n" for s in p.sources))
    return out


def _quote(text: str, status: str) -> str:
    """Only the law's own words get quotation marks; a paraphrase is never dressed as the text."""
    text = " ".join(text.split())
    if status in ("verbatim", "partial"):
        return f"« {text} »"
    return f"({text})"


def _md(text: str) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")


def _table(headers: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(_md(h) for h in headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(_md(c) if c else "—" for c in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def render(memo: Memo, fmt: str) -> str | bytes:
    """The memo in ``fmt`` (md, json, docx, pdf); the terminal is ``ui_memo.render_memo``."""
    if fmt == "md":
        return render_markdown(memo)
    if fmt == "json":
        return render_json(memo)
    if fmt == "docx":
        from .memo_docx import render_docx

        return render_docx(memo)
    if fmt == "pdf":
        from .memo_pdf import render_pdf

        return render_pdf(memo)
    raise ValueError(fmt)


# ---- messages ------------------------------------------------------------------------------------

_MESSAGES: dict[str, tuple[str, str]] = {
    "memo.title": ("Note de qualification (traite des personnes)", "Charging memo (trafficking in persons)"),
    "memo.confidential": ("CONFIDENTIEL", "CONFIDENTIAL"),
    "memo.confidential_note": (
        "victimes et suspects désignés par leur code ; identités dans le fichier protégé.",
        "victims and suspects named by code only; identities are in the protected file."),
    "memo.disclaimer": (
        "Aide à la décision préparée par un outil : elle ne remplace pas l’appréciation du magistrat et n’est "
        "pas un avis juridique. Chaque énoncé juridique indique la disposition et la valeur de son texte "
        "(verbatim, incomplet, paraphrase, manquant) ; une paraphrase n’est jamais le texte de la loi. "
        "Vérifier au Journal officiel.",
        "A decision aid prepared by a tool: it does not replace the magistrate's judgement and is not legal "
        "advice. Each legal statement gives the provision and the worth of its text (verbatim, partial, "
        "paraphrase, missing); a paraphrase is never the text of the law. Check against the Journal officiel."),
    "memo.author_unknown": ("(à compléter)", "(to be completed)"),
    "memo.field": ("Rubrique", "Field"),
    "memo.value": ("Valeur", "Value"),
    "memo.reference": ("Référence du dossier", "Case reference"),
    "memo.facts_date": ("Date des faits", "Date of the facts"),
    "memo.places": ("Lieux", "Places"),
    "memo.memo_date": ("Date de la note", "Date of the memo"),
    "memo.prepared_by": ("Établie par", "Prepared by"),
    "memo.classification": ("Diffusion", "Classification"),
    "memo.h.summary": ("Résumé des faits", "Summary of the facts"),
    "memo.h.parties": ("Victimes, suspects et pièces (codes seulement)", "Victims, suspects and exhibits (codes only)"),
    "memo.h.victims": ("Victimes", "Victims"),
    "memo.h.suspects": ("Suspects", "Suspects"),
    "memo.h.evidence": ("Pièces", "Exhibits"),
    "memo.h.charges": ("Qualification juridique", "Legal qualification"),
    "memo.h.elements": ("Éléments constitutifs", "Elements of the offence"),
    "memo.h.aggravating": ("Circonstances aggravantes", "Aggravating circumstances"),
    "memo.h.penalty": ("Peine encourue", "Penalty incurred"),
    "memo.h.charge_warnings": ("Avertissements", "Warnings"),
    "memo.h.considered": ("Qualifications examinées", "Offences considered"),
    "memo.h.penalties": ("Peines encourues", "Penalties incurred"),
    "memo.h.law": ("Droit applicable à la date des faits", "Law applicable at the date of the facts"),
    "memo.h.gaps": ("Lacunes et actes d’enquête à accomplir", "Gaps and investigative steps"),
    "memo.h.protection": ("Mesures de protection", "Protection measures"),
    "memo.h.warnings": ("Avertissements généraux", "General warnings"),
    "memo.h.annex": ("Annexe — Dispositions citées", "Annex — Provisions cited"),
    "memo.code": ("Code", "Code"),
    "memo.age": ("Âge aux faits", "Age at the facts"),
    "memo.sex": ("Sexe", "Sex"),
    "memo.nationality": ("Nationalité", "Nationality"),
    "memo.minor": ("Mineur", "Minor"),
    "memo.minor.yes": ("oui", "yes"),
    "memo.minor.no": ("non", "no"),
    "memo.minor.unknown": ("âge inconnu", "age unknown"),
    "memo.minor.presumed": ("présumé (âge contesté)", "presumed (age disputed)"),
    "memo.role": ("Rôle", "Role"),
    "memo.exhibit": ("Pièce", "Exhibit"),
    "memo.kind": ("Nature", "Kind"),
    "memo.description": ("Description", "Description"),
    "memo.supports": ("Se rapporte à", "Supports"),
    "memo.none": ("Néant.", "None."),
    "memo.none_recorded": ("Aucune relevée au dossier.", "None recorded in the file."),
    "memo.examined": ("Infractions examinées : {offences}.", "Offences examined: {offences}."),
    "memo.no_charge": (
        "Aucune qualification ne peut être retenue à ce stade sur le fondement d’un texte en vigueur à la date "
        "des faits.",
        "No charge can be brought at this stage under a text in force at the date of the facts."),
    "memo.qualification.established": (
        "Les éléments constitutifs de l’infraction « {name} » sont réunis à l’égard de la victime {victim}, "
        "sous les réserves indiquées.",
        "The elements of the offence '{name}' are made out as regards victim {victim}, subject to the caveats "
        "below."),
    "memo.qualification.incomplete": (
        "La qualification « {name} » à l’égard de la victime {victim} est possible, mais des éléments restent "
        "à établir.",
        "A charge of '{name}' as regards victim {victim} is possible, but elements remain to be established."),
    "memo.qualification.not_established": (
        "La qualification « {name} » à l’égard de la victime {victim} n’est pas établie : un élément est "
        "exclu par les faits.",
        "A charge of '{name}' as regards victim {victim} is not made out: an element is ruled out by the facts."),
    "memo.charge.established": ("ÉTABLIE", "ESTABLISHED"),
    "memo.charge.incomplete": ("INCOMPLÈTE", "INCOMPLETE"),
    "memo.charge.not_established": ("NON ÉTABLIE", "NOT ESTABLISHED"),
    "memo.element.met": ("établi", "met"),
    "memo.element.unmet": ("exclu par les faits", "ruled out by the facts"),
    "memo.element.unknown": ("à établir", "unknown — to establish"),
    "memo.element.not_required": ("non exigé", "not required"),
    "memo.legal_basis": ("Fondement", "Legal basis"),
    "memo.child_rule": ("Règle de l’enfant (moyens non exigés) : {basis}. {caveat}",
                        "Child rule (means not required): {basis}. {caveat}"),
    "memo.element": ("Élément", "Element"),
    "memo.status": ("Statut", "Status"),
    "memo.facts": ("Faits retenus", "Facts"),
    "memo.evidence": ("Pièces", "Evidence"),
    "memo.basis": ("Fondement", "Basis"),
    "memo.equivalent": ("→ vaut pour {item}", "→ stands for {item}"),
    "memo.verified": ("vérifiée dans le texte malien", "verified in the Malian text"),
    "memo.unverified": ("NON VÉRIFIÉE dans le texte malien", "NOT VERIFIED in the Malian text"),
    "memo.up_to": ("jusqu’à {years} ans", "up to {years} years"),
    "memo.effect_unknown": ("effet sur la peine inconnu", "effect on the penalty unknown"),
    "memo.aggravated_by": ("aggravée par {ids}", "aggravated by {ids}"),
    "memo.kind.reclusion": ("réclusion", "réclusion, criminal imprisonment"),
    "memo.kind.emprisonnement": ("emprisonnement", "imprisonment"),
    "memo.as_source_says": ("Selon la source ({status}) :", "As the source gives it ({status}):"),
    "memo.additional": ("Peines complémentaires :", "Additional penalties:"),
    "memo.offence": ("Infraction", "Offence"),
    "memo.victim": ("Victime", "Victim"),
    "memo.decision": ("Décision", "Decision"),
    "memo.charge": ("Qualification", "Charge"),
    "memo.penalty": ("Peine", "Penalty"),
    "memo.text_status": ("Valeur du texte", "Text status"),
    "memo.instrument": ("Texte", "Instrument"),
    "memo.applies": ("S’applique", "Applies"),
    "memo.reason": ("Motif", "Reason"),
    "memo.yes": ("oui", "yes"),
    "memo.no": ("non", "no"),
    "memo.facts_date_line": ("Date des faits retenue : {date}.", "Date of the facts: {date}."),
    "memo.caveats_of": ("Mises en garde — {name}", "Caveats — {name}"),
    "memo.gap": ("Lacune", "Gap"),
    "memo.step": ("Acte d’enquête à accomplir", "Investigative step"),
    "memo.protection_intro": (
        "Obligations envers les victimes que le dossier appelle, avec leur fondement et sa valeur.",
        "Duties owed to the victims that the case calls for, with their basis and its status."),
    "memo.measure": ("Mesure", "Measure"),
    "memo.why": ("Pourquoi", "Why"),
    "memo.caveat": ("Réserve", "Caveat"),
    "memo.annex_intro": (
        "Chaque disposition citée, avec la valeur de son texte et sa source. Les guillemets « » ne marquent que "
        "les mots de la loi ; une paraphrase est donnée entre parenthèses.",
        "Every provision cited, with the worth of its text and its source. Quotation marks « » mark only the "
        "law's own words; a paraphrase is given in brackets."),
    "memo.no_text": ("Aucun texte connu.", "No text known."),
    "memo.sources": ("Sources", "Sources"),
    "memo.not_in_corpus": ("Disposition absente du corpus.", "Provision not in the corpus."),
    "memo.number.inferred": ("n° déduit", "no. inferred"),
    "memo.number.unknown": ("n° inconnu", "no. unknown"),
    "memo.footer": ("Note générée le {date} par trafficking-cli ; à relire, compléter et signer.",
                    "Memo generated on {date} by trafficking-cli; to be reviewed, completed and signed."),
    "duty.malian_law": ("droit malien", "Malian law"),
    "duty.international": ("texte international", "international text"),
    "duty.guidance": ("bonne pratique / lignes directrices", "good practice / guidance"),
    "duty.unverified": ("non vérifié", "unverified"),
    "evidence.testimony": ("témoignage", "testimony"),
    "evidence.document": ("document", "document"),
    "evidence.physical": ("preuve matérielle", "physical evidence"),
    "evidence.digital": ("preuve numérique", "digital evidence"),
    "evidence.financial": ("trace financière", "financial trace"),
    "evidence.expert": ("expertise", "expert report"),
}

register({key: {"fr": fr, "en": en} for key, (fr, en) in _MESSAGES.items()})
