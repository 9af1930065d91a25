"""Building the memo: the analysis, resolved in one language, as a ``Memo`` (``memo.model``).

Every sentence is resolved here, so that no renderer makes a legal statement of its own: renderers only
lay out what the model holds. Pure: no clock (``today`` comes in through the analysis), no files, no printing.
"""

from __future__ import annotations

from typing import Any

from trafficking_cli import models as m
from trafficking_cli.analysis.legal_warnings import provision_warnings
from trafficking_cli.analysis.model import (
    NATIONAL_JURISDICTION,
    AggravationFinding,
    Analysis,
    Charge,
    Considered,
    DutyFinding,
    ElementFinding,
    Gap,
    InstrumentFinding,
    Msg,
    PenaltyFinding,
)
from trafficking_cli.analysis.per_suspect import assess_suspects
from trafficking_cli.analysis.suspect_model import SuspectFinding
from trafficking_cli.cases.facts import localized_summary
from trafficking_cli.checklists.derive import localized_description
from trafficking_cli.corpus.lookup import Corpus
from trafficking_cli.i18n import t

from .labels import Labels
from .model import (
    Cite,
    Memo,
    MemoAggravation,
    MemoCharge,
    MemoConsidered,
    MemoDuty,
    MemoElement,
    MemoGap,
    MemoInstrument,
    MemoPenalty,
    MemoProvision,
    MemoSource,
    semicolon,
)

# Official texts and UN/ILO bodies first, then courts, scholars and NGOs, then the press, then copies.
# Parameters of the analysis's sentences that hold ids (element, aggravation, offence): said as labels.
ID_PARAMS = frozenset({"fact", "facts", "id", "items", "offence", "offences"})
SOURCE_RANK = {"official": 0, "treaty_collection": 0, "court_report": 1, "academic": 2, "ngo": 2, "press": 3,
               "secondary": 4}


def build_memo(analysis: Analysis, corpus: Corpus, lang: str = "fr", author: str | None = None,
               court: str = "", office: str = "", drafts: bool = False) -> Memo:
    """The memo in ``lang`` from ``analysis``; every sentence resolved, nothing decided by the renderers.

    ``drafts``: add, per suspect, a draft of the charging wording for each charge proposed.
    """
    from .suspects import per_suspect  # the per-suspect part builds on this module's _Builder

    b = _Builder(analysis, corpus, lang)
    case = analysis.case
    # The annex lists provisions in the order the memo first cites them: charges, then protection.
    charges = tuple(b.charge(c, f"{i}") for i, c in enumerate(analysis.charges, start=1))
    by_suspect = per_suspect(b, drafts)
    protection = tuple(b.duty(d) for d in analysis.protection)
    return Memo(
        lang=lang, title=t("memo.title", lang), reference=case.reference or "—",
        facts_date=case.facts_date or "—", facts_end_date=case.facts_end_date or "",
        date=analysis.today.isoformat(), author=author or t("memo.author_unknown", lang),
        places=tuple(case.places), summary=localized_summary(case.summary.strip(), lang),
        victims=tuple(b.victim(v) for v in case.victims),
        suspects=tuple({"id": s.id, "role": s.role or "—"} for s in case.suspects),
        evidence=tuple(b.evidence(e) for e in case.evidence),
        charges=charges,
        considered=tuple(b.considered(c) for c in analysis.considered),
        examined=", ".join(o.name.get(lang) or o.id for o in corpus.offences.values()),
        instruments=tuple(b.instrument(i) for i in analysis.instruments),
        gaps=tuple(b.gap(g) for g in analysis.gaps),
        protection=protection,
        annex=tuple(b.annex(p) for p in b.cited_ids()),
        warnings=tuple(b.say(w) for w in analysis.warnings),
        court=court or _court_of(case, "jurisdiction"), office=office or _court_of(case, "office"),
        per_suspect=by_suspect,
    )


def _court_of(case: m.Case, key: str) -> str:
    """The court header a case file may carry (``court: {jurisdiction: …, office: …}``)."""
    court = case.extra.get("court")
    value = court.get(key) if isinstance(court, dict) else None
    return str(value) if value else ""


class _Builder:
    """One memo's worth of resolving: remembers every provision cited, in order, for the annex."""

    def __init__(self, analysis: Analysis, corpus: Corpus, lang: str) -> None:
        self.analysis, self.corpus, self.lang = analysis, corpus, lang
        self.index = corpus.element_index()
        self.kinds = {e.id: e.kind for e in analysis.case.evidence}
        self.cited: dict[str, None] = {}
        self.labels = Labels(corpus, lang)
        self._suspects: tuple[SuspectFinding, ...] | None = None

    def say(self, msg: Msg) -> str:
        """A sentence of the analysis for a reader: in the memo's language, with labels for ids."""
        params = tuple((k, self._relabel(v) if k in ID_PARAMS else v) for k, v in msg.params)
        return self.labels.human(Msg(msg.key, params).render(self.lang))

    def _relabel(self, value: object) -> object:
        if isinstance(value, str):
            return self.labels.word(value)
        if isinstance(value, tuple | list):
            return tuple(self._relabel(v) for v in value)
        return value

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
                    instrument is not None and instrument.jurisdiction != NATIONAL_JURISDICTION)

    def cited_ids(self) -> list[str]:
        for provision_id in self.analysis.cited:
            self.cited.setdefault(provision_id, None)
        return list(self.cited)

    # ---- the case: victims, exhibits -------------------------------------------------------------

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

    def evidence(self, e: m.Evidence) -> dict[str, str]:
        return {"id": e.id, "kind": e.kind, "kind_label": t(f"evidence.{e.kind}", self.lang),
                "description": self.description(e), "supports": ", ".join(e.supports),
                "supports_label": self.supports_label(e.supports)}

    def description(self, e: m.Evidence) -> str:
        """An entry the answers derived is said in the memo's language, whatever language wrote the file."""
        if not e.source:
            return e.description
        return localized_description(self.corpus.checklists, self.analysis.case.answers, e.source, e.description,
                                     self.lang)

    def supports_label(self, supports: tuple[str, ...]) -> str:
        """``V1.recrutement, V1.tromperie`` → ``V1 : le recrutement, la tromperie``."""
        by_party: dict[str, list[str]] = {}
        for ref in supports:
            party, _, fact = ref.partition(".")
            by_party.setdefault(party, []).append(self.labels.word(fact))
        sep = " : " if self.lang == "fr" else ": "
        return semicolon(self.lang).join(f"{party}{sep}{', '.join(facts)}" for party, facts in by_party.items())

    # ---- charges ---------------------------------------------------------------------------------

    def charge(self, c: Charge, number: str) -> MemoCharge:
        lang = self.lang
        name = c.name.get(lang) or c.offence
        # cited first: an aggravation's provision comes before the charge's own in the annex (golden files)
        aggravating = tuple(self.aggravation(a) for a in c.aggravating)
        person = c.person.get(lang) or t("memo.person.victim", lang)
        return MemoCharge(
            number=number, offence=c.offence, name=name, victim=c.victim, instrument=c.instrument,
            status=c.status, status_label=charge_label(c.status, c.proof, lang),
            qualification=t(f"memo.qualification.{qualification_key(c.status, c.proof)}", lang, name=name,
                            victim=c.victim, person=person),
            provisions=tuple(self.cite(p) for p in c.provisions),
            elements=tuple(self.element(e) for e in c.elements), aggravating=aggravating,
            penalty=self.penalty(c.penalty, c.penalty.aggravated_by) if c.penalty else None,
            other_penalties=tuple(self.penalty(p) for p in c.other_penalties),
            child_rule=self.child_rule(c.child_rule) if c.child_rule else "",
            warnings=tuple(self.say(w) for w in c.warnings),
            proof=c.proof, proposed=c.proposed, to_investigate=c.to_investigate,
            conditions=tuple({"kind": x.kind, "text": self.say(x.text)} for x in c.conditions),
            period=c.period.as_dict(), prescription=self.prescription(c), notes=tuple(self.charge_notes(c)),
            person=c.person.get(lang) or "",
        )

    def charge_notes(self, c: Charge) -> list[str]:
        """What a reader sees under the qualification: period, conditions, proof, mitigated range, limitation."""
        lang = self.lang
        out = [t("memo.note.period", lang, start=c.period.start or "?", end=c.period.end or "?")]
        out += [t("memo.note.condition", lang, text=self.say(x.text)) for x in c.conditions]
        out += [t("memo.note.missing", lang, text=self.say(r)) for r in c.reasons]
        out.append(t(f"memo.proof_line.{c.proof}", lang))
        weaker = self.weaker_suspects(c)
        if weaker:
            out.append(t("memo.note.proof_of_victim", lang, victim=c.victim, suspects=weaker))
        p = c.penalty
        if p is not None:
            for shape in p.mitigated_alternatives:
                out.append(t("memo.note.mitigated", lang, range=penalty_summary(
                    shape.min_years, shape.max_years, False, shape.kind, lang, days=shape.max_days),
                    cite=self.cite(shape.provision).short, note=self.say(shape.note)))
            out += [t("memo.note.mitigated_caveat", lang, text=self.say(x)) for x in p.mitigated_caveats]
        if c.prescription is not None:
            pr = c.prescription
            said = " ".join(self.say(x) for x in pr.caveats)
            out.append(t(f"memo.note.prescription.{_barred(pr.time_barred)}", lang, basis=self.say(pr.basis),
                         deadline=pr.deadline or "?", caveats=said, date=self.analysis.today.isoformat()))
        return out

    def suspect_findings(self) -> tuple[SuspectFinding, ...]:
        """The per-suspect findings, assessed once for the memo."""
        if self._suspects is None:
            self._suspects = assess_suspects(self.analysis, self.corpus)
        return self._suspects

    def weaker_suspects(self, c: Charge) -> str:
        """« S1 : preuve : aucune pièce »: the suspects charged with this offence for this victim whose own acts
        are less supported than the victim's charge (review 2, point 9b); empty when none."""
        rank = ("none", "single", "corroborated")
        out = [f"{s.id}{' : ' if self.lang == 'fr' else ': '}{t(f'memo.proof_bare.{sc.proof}', self.lang)}"
               for s in self.suspect_findings() for sc in s.charges
               if sc.offence == c.offence and c.victim in sc.victims and rank.index(sc.proof) < rank.index(c.proof)]
        return " ; ".join(dict.fromkeys(out)) if self.lang == "fr" else "; ".join(dict.fromkeys(out))

    def prescription(self, c: Charge) -> dict[str, Any] | None:
        pr = c.prescription
        if pr is None:
            return None
        return {"time_barred": pr.time_barred, "deadline": pr.deadline, "basis": self.say(pr.basis),
                "caveat": " ".join(self.say(x) for x in pr.caveats)}

    def element(self, e: ElementFinding) -> MemoElement:
        lang = self.lang
        label = e.label.get(lang) if e.label else t(f"category.{e.category}", lang)
        facts = list(e.facts)
        labels = self.fact_labels(facts, e.items)
        return MemoElement(
            category=e.category, label=label or e.category, status=e.status,
            status_label=t(f"memo.element.{e.status}", lang), facts=tuple(facts), fact_labels=tuple(labels),
            evidence=e.evidence,
            evidence_labels=tuple(f"{x} ({t('evidence.' + self.kinds.get(x, 'testimony'), lang)})"
                                  for x in e.evidence),
            provisions=tuple(self.cite(p) for p in e.provisions),
            note=self.say(e.note) if e.note else "",
        )

    def fact_label(self, fact: str) -> str:
        return self.labels.word(fact)

    def fact_labels(self, facts: list[str], items: tuple[str, ...]) -> list[str]:
        """Each fact, with the text's own words for the items it meets under another name, in parentheses
        beside it (« le transport (au sens du texte : « tout acte comportant le transport d'enfant ») »): a
        reader never sees a bare gloss, nor an arrow, in the Facts column (review, art. 244)."""
        index = self.corpus.element_index()

        def equivalents(item: str) -> tuple[str, ...]:
            return index[item][2].equivalents if item in index else ()

        def quoted(ids: list[str]) -> str:
            sep = " ; " if self.lang == "fr" else "; "
            return sep.join(t("memo.quoted", self.lang, text=self.labels.word(i)) for i in ids)

        labels = []
        for fact in facts:
            stands = [i for i in items if i != fact and fact in equivalents(i)]
            label = self.fact_label(fact)
            labels.append(t("memo.equivalent", self.lang, fact=label, items=quoted(stands)) if stands else label)
        # an item met by a fact that is not listed here (another group's fact): name the item and its equivalents
        for item in items:
            if item not in facts and not set(equivalents(item)) & set(facts):
                own = index[item][0].id if item in index else None
                alike = " / ".join(self.fact_label(f) for f in equivalents(item)
                                   if f not in index or index[f][0].id != own)
                labels.append(t("memo.equivalent_item", self.lang, items=quoted([item]), facts=alike) if alike
                              else quoted([item]))
        return labels

    def aggravation(self, a: AggravationFinding) -> MemoAggravation:
        lang = self.lang
        label = t("memo.verified" if a.verified else "memo.unverified", lang)
        if a.status != "met":
            label = t("memo.aggravation.unknown", lang) + " — " + label
        note = " ".join(x for x in ((self.say(a.why) if a.why else ""), a.note.get(lang) or "") if x)
        return MemoAggravation(
            id=a.id, label=a.label.get(lang) or a.id, verified=a.verified, verified_label=label,
            provision=self.cite(a.provision) if a.provision else None,
            effect=_effect(a.life, a.max_years, lang, a.min_years), note=note, status=a.status, derived=a.derived,
            why=self.say(a.why) if a.why else "",
        )

    def penalty(self, p: PenaltyFinding | m.Penalty, aggravated_by: tuple[str, ...] = ()) -> MemoPenalty:
        lang = self.lang
        source_text, translation = self.penalty_text(p)
        summary = penalty_summary(p.min_years, p.max_years, p.life, p.kind, lang,
                                  tuple(self.labels.word(a) for a in aggravated_by))
        if p.fine_min is not None or p.fine_max is not None:
            summary += (" ; " if lang == "fr" else "; ") + t("penalty.fine", lang,
                                                            amount=_amount(p.fine_min, p.fine_max, lang))
        extra: dict[str, Any] = {}
        if isinstance(p, PenaltyFinding):
            if p.hypothetical:
                summary = t("memo.penalty.hypothetical", lang, summary=summary)
            if p.base_provision and p.base_provision != p.provision:
                base = penalty_summary(p.base_min_years, p.base_max_years, p.base_life, p.kind, lang)
                summary += " — " + t("memo.penalty.base", lang, base=base, cite=self.cite(p.base_provision).short)
            shapes = [self.shape(r) for r in p.mitigated_alternatives]
            extra = {"base_provision": p.base_provision, "hypothetical": p.hypothetical,
                     "mitigated": shapes[0] if shapes else None, "mitigated_alternatives": tuple(shapes)}
            if p.mitigated is None and p.mitigated_caveats:
                extra["mitigated_caveat"] = " ".join(self.say(x) for x in p.mitigated_caveats)
        additional = semicolon(lang).join(dict.fromkeys(x for x in (p.additional.get(lang) or "", *(
            a.get(lang) or "" for a in getattr(p, "aggravation_additional", ()))) if x))
        return MemoPenalty(
            summary=summary,
            kind=p.kind, min_years=p.min_years, max_years=p.max_years, life=p.life,
            text_status=p.text_status, status_label=t(f"short.{p.text_status}", lang),
            provision=self.cite(p.provision), source_text=source_text,
            additional=additional, aggravated_by=aggravated_by, translation=translation,
            fine_min=p.fine_min, fine_max=p.fine_max,
            base_provision=extra.get("base_provision", ""), hypothetical=extra.get("hypothetical", False),
            mitigated=extra.get("mitigated"), mitigated_alternatives=extra.get("mitigated_alternatives", ()),
            mitigated_caveat=extra.get("mitigated_caveat", ""),
        )

    def shape(self, r: Any) -> dict[str, Any]:
        """One mitigated shape as contracts §5 gives it (plus the paragraph and the days of 4°)."""
        return {"min_years": r.min_years, "max_years": r.max_years, "kind": r.kind, "provision": r.provision,
                "note": self.say(r.note), "paragraph": r.paragraph, "max_days": r.max_days, "caveat": ""}

    def penalty_text(self, p: PenaltyFinding | m.Penalty) -> tuple[str, str]:
        """(the source's words, our translation): the status is the source's, never our translation's. An
        aggravated range quotes the aggravation's own source, never the base article's."""
        provision = self.corpus.provisions.get(p.provision)
        text = p.text
        if isinstance(p, PenaltyFinding) and p.base_provision and p.base_provision != p.provision and provision:
            text = provision.text
        original = provision.original_language if provision else "fr"
        source = text.get(original, fallback=False)
        if self.lang == original or not source:
            return text.get(self.lang) or "", ""
        return source, text.get(self.lang, fallback=False) or ""

    def child_rule(self, rule: m.ChildRule) -> str:
        return t("memo.child_rule", self.lang, basis=", ".join(self.cite(b).short for b in rule.basis),
                 caveat=rule.caveat.get(self.lang) or "")

    def considered(self, c: Considered) -> MemoConsidered:
        return MemoConsidered(c.offence, c.name.get(self.lang) or c.offence, c.victim, c.charged,
                              self.say(c.reason))

    # ---- the law, the gaps, protection, the annex ------------------------------------------------

    def instrument(self, i: InstrumentFinding) -> MemoInstrument:
        lang = self.lang
        return MemoInstrument(
            id=i.id, name=i.short.get(lang) or i.id, applies=i.applies,
            applies_label=t("memo.yes" if i.applies else "memo.no", lang), reason=self.say(i.reason),
            notes=tuple(self.say(n) for n in i.notes), caveats=tuple(c.get(lang) or "" for c in i.caveats),
        )

    def gap(self, g: Gap) -> MemoGap:
        return MemoGap(g.kind, g.victim or "—", g.offence or "", g.category or "", self.say(g.subject),
                       self.say(g.step))

    def duty(self, d: DutyFinding) -> MemoDuty:
        lang = self.lang
        return MemoDuty(
            id=d.id, label=d.label.get(lang) or d.id, description=d.description.get(lang) or "",
            why=semicolon(lang).join(self.say(w) for w in d.why), basis=tuple(self.cite(p) for p in d.basis),
            basis_note=d.basis_note.get(lang) or "", status=d.status,
            status_label=t(f"duty.{d.status}", lang), caveat=d.caveat.get(lang) or "",
        )

    def annex(self, provision_id: str) -> MemoProvision:
        lang = self.lang
        cite = self.cite(provision_id)
        p = self.corpus.provisions.get(provision_id)
        if p is None:
            return MemoProvision(cite, "", "", lang, False, (t("memo.not_in_corpus", lang),), ())
        text_lang = p.text.lang_of(lang) or lang
        status = p.text_status.get(text_lang, p.status)
        # A memo in English shows our translation, but the source's words must stand beside it: the law's own
        # (verbatim, partial) or a source's paraphrase of them, which is then said to be one (review 3, defect 9)
        original = p.text.get(p.original_language, fallback=False) or ""
        show_original = text_lang not in p.text_status and bool(original) and p.status != "missing"
        refs = self.source_refs(p)
        shown = tuple(r for r in refs if not r.weak) or refs
        return MemoProvision(cite, p.heading.get(lang) or "", p.text.get(lang) or "", text_lang,
                             status in ("verbatim", "partial") and text_lang in p.text_status,
                             tuple(self.annex_warnings(provision_id, p, text_lang)), tuple(self.sources(p)),
                             original if show_original else "", source_refs=shown,
                             only_weak=bool(refs) and all(r.weak for r in refs),
                             original_quoted=p.status in ("verbatim", "partial"), original_status=p.status)

    def annex_warnings(self, provision_id: str, p: m.Provision, text_lang: str) -> list[str]:
        """The provision's warnings, plus the worth of the translation when the text is not the original."""
        lang = self.lang
        warnings = [self.say(w) for w in provision_warnings(self.corpus, provision_id)]
        if p.text.get(lang) and text_lang not in p.text_status:
            warnings.append(t(f"status.{p.translation_status.get(text_lang, 'unofficial')}", lang))
        return warnings

    def source_refs(self, p: m.Provision) -> tuple[MemoSource, ...]:
        """The provision's sources as the memo lists them, best first; weak ones marked (not yet dropped)."""
        instrument = self.corpus.instrument_of(p)
        out = []
        for source_id in p.sources:
            s = instrument.source(source_id)
            if s is None:
                continue
            out.append(MemoSource(
                key=f"{instrument.id}/{s.id}", title=s.title, date=s.date or "", url=s.url or "", kind=s.kind,
                kind_label=t(f"memo.source_kind.{s.kind}", self.lang), rank=SOURCE_RANK.get(s.kind, 4),
                weak=s.reliability == "weak"))
        return tuple(sorted(out, key=lambda x: x.rank))

    def sources(self, p: m.Provision) -> list[str]:
        """Each source as ``title — date — url``; an id the instrument does not describe, as is."""
        instrument = self.corpus.instrument_of(p)
        out = []
        for source_id in p.sources:
            source = instrument.source(source_id)
            if source is None:
                out.append(source_id)
                continue
            parts = [source.title] + ([source.date] if source.date else []) + ([source.url] if source.url else [])
            out.append(" — ".join(parts))
        return out


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


def _effect(life: bool | None, max_years: int | None, lang: str, min_years: int | None = None) -> str:
    if life:
        return t("penalty.life", lang)
    if max_years is not None and min_years is not None:
        return t("penalty.years", lang, low=min_years, high=max_years)
    if max_years is not None:
        return t("memo.up_to", lang, years=max_years)
    return t("memo.effect_unknown", lang)


def qualification_key(status: str, proof: str) -> str:
    """An established charge with no exhibit is said as alleged, never as established."""
    return "alleged" if status == "established" and proof == "none" else status


def charge_label(status: str, proof: str, lang: str) -> str:
    """Status and proof together (contracts §5): never the bare « établie » when no exhibit supports it."""
    if status == "established" and proof == "none":
        return t("memo.charge.alleged", lang)
    return t(f"memo.charge.{status}", lang) + " — " + t(f"memo.proof_short.{proof}", lang)


def _barred(value: bool | None) -> str:
    return "unknown" if value is None else ("barred" if value else "not_barred")


def _amount(low: int | None, high: int | None, lang: str) -> str:
    def fmt(n: int | None) -> str:
        return "?" if n is None else f"{n:,}".replace(",", " " if lang == "fr" else ",")
    return t("memo.amount_range", lang, low=fmt(low), high=fmt(high))


def penalty_summary(low: int | None, high: int | None, life: bool | None, kind: str, lang: str,
                    aggravated_by: tuple[str, ...] = (), days: int | None = None) -> str:
    parts = []
    if days is not None:
        parts.append(t("memo.penalty.below_days", lang, days=days + 1))
    elif life and high is None:
        parts.append(t("memo.penalty.life_from", lang, low=low) if low is not None else t("penalty.life", lang))
    elif low is not None or high is not None:
        parts.append(t("penalty.years", lang, low=low if low is not None else "?",
                       high=high if high is not None else "?"))
    if life and high is not None:
        parts.append(t("penalty.life", lang))
    if kind == "amende" and not parts:
        parts.append(t("memo.kind.amende", lang))
    if not parts:
        return t("penalty.unknown", lang)
    text = ", ".join(parts)
    if kind in ("reclusion", "emprisonnement"):
        text += f" ({t('memo.kind.' + kind, lang)})"
    if aggravated_by:
        text += " — " + t("memo.aggravated_by", lang, ids=", ".join(aggravated_by))
    return text
