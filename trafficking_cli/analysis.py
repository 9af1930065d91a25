"""The case against the law: each offence's elements, per victim, at the date of the facts.

Pure: a ``Case``, a ``Corpus`` and ``today`` in, an ``Analysis`` out. No printing, no clock, no files.
Every statement the analysis makes is a ``Msg`` (an i18n key and its values), so the memo can say it
in French or English; the analysis itself never chooses a language.

The rules (contracts §4, issue 5):
- an element group (act / means / purpose …) is ``met`` when its rule (any_of / all_of) is satisfied by
  the victim's established facts (an item's own id or one of its ``equivalents``), ``unmet`` when the
  excluded facts make it impossible, ``unknown`` otherwise, and ``not_required`` when the offence does not
  need it for a minor (under 18, or age in doubt) and the facts do not meet it anyway;
- a charge is ``established`` when every group is met or not required, ``not_established`` when one is
  unmet, ``incomplete`` otherwise;
- an offence becomes a charge for a victim only when at least one of its elements is established for that
  victim, and only when its instrument was in force at ``facts_date``: the others are listed in
  ``considered`` with the reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from . import checklist as engine
from . import models as m
from .corpus import Corpus
from .i18n import register, t

MET, UNMET, UNKNOWN, NOT_REQUIRED = "met", "unmet", "unknown", "not_required"
ESTABLISHED, INCOMPLETE, NOT_ESTABLISHED = "established", "incomplete", "not_established"
NATIONAL_JURISDICTION = "ML"
# Traite purposes that describe slavery; with the 2024 Code in force they point to art. 324-11 ff.
SLAVERY_FACTS = frozenset({"esclavage_pratique", "pratiques_analogues_esclavage", "servitude"})
SLAVERY_OFFENCE = "esclavage"
# Checklist items whose answer is age evidence (checklists/C-victime-enfant.yaml: C01 documents, C03 method).
AGE_EVIDENCE_ITEMS = ("C.C01", "C.C03")


@dataclass(frozen=True, slots=True)
class Msg:
    """A sentence to be said in the reader's language: an i18n key and its values.

    A value may be a ``Bilingual`` (text from the law data); it is resolved in the same language.
    """

    key: str
    params: tuple[tuple[str, Any], ...] = ()

    @classmethod
    def of(cls, key: str, /, **params: Any) -> Msg:
        return cls(key, tuple(params.items()))

    def render(self, lang: str) -> str:
        values = {k: _resolve(v, lang) for k, v in self.params}
        return t(self.key, lang, **values)

    def param(self, name: str) -> Any:
        return dict(self.params).get(name)


def _resolve(value: Any, lang: str) -> Any:
    if isinstance(value, m.Bilingual):
        return value.get(lang) or ""
    if isinstance(value, Msg):
        return value.render(lang)
    if isinstance(value, tuple | list):
        return ", ".join(str(_resolve(v, lang)) for v in value)
    return value


@dataclass(frozen=True, slots=True)
class ElementFinding:
    category: str
    label: m.Bilingual
    rule: str
    status: str
    facts: tuple[str, ...]            # the victim's established (or, when unmet, excluded) element ids
    items: tuple[str, ...]            # the offence's own item ids that the facts meet
    remaining: tuple[str, ...]        # items neither established nor excluded (what could still be shown)
    provisions: tuple[str, ...]
    evidence: tuple[str, ...]         # evidence ids supporting the facts
    required_for_minors: bool = True
    note: Msg | None = None


@dataclass(frozen=True, slots=True)
class AggravationFinding:
    id: str
    label: m.Bilingual
    verified: bool
    provision: str | None
    life: bool | None
    max_years: int | None
    note: m.Bilingual = m.EMPTY


@dataclass(frozen=True, slots=True)
class PenaltyFinding:
    provision: str
    text_status: str
    kind: str
    min_years: int | None
    max_years: int | None
    life: bool | None                 # None: not known
    base_max_years: int | None
    base_life: bool | None
    aggravated_by: tuple[str, ...]
    fine_min: int | None = None
    fine_max: int | None = None
    text: m.Bilingual = m.EMPTY
    additional: m.Bilingual = m.EMPTY


@dataclass(frozen=True, slots=True)
class Charge:
    offence: str
    name: m.Bilingual
    instrument: str
    victim: str
    status: str
    provisions: tuple[str, ...]
    elements: tuple[ElementFinding, ...]
    aggravating: tuple[AggravationFinding, ...]
    penalty: PenaltyFinding | None
    other_penalties: tuple[m.Penalty, ...]
    child_rule: m.ChildRule | None     # set when the child rule was applied to this charge
    warnings: tuple[Msg, ...]


@dataclass(frozen=True, slots=True)
class Considered:
    offence: str
    name: m.Bilingual
    victim: str
    charged: bool
    reason: Msg


@dataclass(frozen=True, slots=True)
class InstrumentFinding:
    id: str
    short: m.Bilingual
    title: m.Bilingual
    kind: str
    jurisdiction: str
    applies: bool
    in_force: m.Period
    reason: Msg
    notes: tuple[Msg, ...] = ()
    caveats: tuple[m.Bilingual, ...] = ()


@dataclass(frozen=True, slots=True)
class Gap:
    # unknown | single_testimony | no_evidence | age_evidence | age_unknown | aggravation_evidence |
    # slavery | old_law
    kind: str
    victim: str | None
    offence: str | None
    category: str | None
    subject: Msg
    step: Msg


@dataclass(frozen=True, slots=True)
class DutyFinding:
    id: str
    label: m.Bilingual
    description: m.Bilingual
    basis: tuple[str, ...]
    basis_note: m.Bilingual
    status: str
    caveat: m.Bilingual
    why: tuple[Msg, ...]


@dataclass(frozen=True, slots=True)
class Analysis:
    case: m.Case
    today: date
    facts_date: date
    instruments: tuple[InstrumentFinding, ...]
    charges: tuple[Charge, ...]
    considered: tuple[Considered, ...]
    gaps: tuple[Gap, ...]
    protection: tuple[DutyFinding, ...]
    warnings: tuple[Msg, ...] = ()
    cited: tuple[str, ...] = field(default=())  # every provision id relied on, in first-cited order

    def charge(self, offence: str, victim: str) -> Charge | None:
        return next((c for c in self.charges if c.offence == offence and c.victim == victim), None)


# ---- entry point -------------------------------------------------------------------------------

def analyse(case: m.Case, corpus: Corpus, today: date) -> Analysis:
    """The analysis of ``case`` against ``corpus``; ``today`` dates the memo and checks the facts date."""
    facts_date = date.fromisoformat(case.facts_date) if case.facts_date else today
    touched = {o.instrument for o in corpus.offences.values() for v in case.victims if _touched(o, v)}
    instruments = tuple(_instrument_finding(corpus, i, facts_date, case, i.id in touched)
                        for i in corpus.instruments.values())
    applying = {i.id for i in instruments if i.applies}
    charges: list[Charge] = []
    considered: list[Considered] = []
    for victim in case.victims:
        for offence in corpus.offences.values():
            charge, seen = _consider(case, corpus, victim, offence, applying, facts_date)
            if seen is not None:
                considered.append(seen)
            if charge is not None:
                charges.append(charge)
    gaps = _gaps(case, corpus, charges, applying)
    warnings = _general_warnings(case, facts_date, today) + _parallel_warnings(corpus, charges, facts_date)
    protection = _protection(case, corpus)
    cited = _cited(charges, protection)
    return Analysis(case=case, today=today, facts_date=facts_date, instruments=instruments,
                    charges=tuple(charges), considered=tuple(considered), gaps=tuple(gaps),
                    protection=tuple(protection), warnings=tuple(warnings), cited=tuple(cited))


# ---- the law in force at the date of the facts -------------------------------------------------

def _instrument_finding(corpus: Corpus, instrument: m.Instrument, facts_date: date, case: m.Case,
                        touched: bool) -> InstrumentFinding:
    """Whether ``instrument`` applies at ``facts_date``, why, and (when the facts reach for it but it came
    later) what the law of the time offers instead."""
    period = instrument.in_force
    applies = period.contains(facts_date)
    national = instrument.jurisdiction == NATIONAL_JURISDICTION
    notes: list[Msg] = []
    if not national:
        key = "law.international_in_force" if applies else "law.international_not_in_force"
        reason = Msg.of(key, start=period.start or "?")
    elif applies:
        reason = Msg.of("law.in_force", start=period.start or "?", end=period.end or "—")
        notes += _missing_articles(corpus, instrument)
    elif period.start and facts_date < date.fromisoformat(period.start):
        offered = _offences_of_the_time(corpus, facts_date) if touched else []
        reason = Msg.of("law.not_yet", start=period.start)
        if offered:
            notes.append(Msg.of("law.offered", offences=tuple(offered)))
        end = date.fromisoformat(case.facts_end_date) if case.facts_end_date else None
        if end and end >= date.fromisoformat(period.start):
            notes.append(Msg.of("law.continuing", start=period.start, end=case.facts_end_date))
    else:
        reason = Msg.of("law.ended", end=period.end or "?")
    return InstrumentFinding(
        id=instrument.id, short=instrument.short, title=instrument.title, kind=instrument.kind,
        jurisdiction=instrument.jurisdiction, applies=applies, in_force=period, reason=reason,
        notes=tuple(notes), caveats=tuple(c.text for c in instrument.caveats) if applies and national else (),
    )


def _missing_articles(corpus: Corpus, instrument: m.Instrument) -> list[Msg]:
    """Articles known to exist in an instrument but absent from the corpus (2024 Code: trafficking)."""
    missing = [p for p in corpus.provisions.values()
               if p.instrument == instrument.id and p.kind == "article" and p.status == "missing"
               and p.number_status == "unknown"]
    if not missing:
        return []
    return [Msg.of("law.missing_articles", short=instrument.short,
                   headings=tuple(p.heading for p in missing), ids=tuple(p.id for p in missing))]


def _offences_of_the_time(corpus: Corpus, facts_date: date) -> list[Msg]:
    out = []
    for offence in corpus.offences.values():
        instrument = corpus.instruments.get(offence.instrument)
        if instrument is None or instrument.jurisdiction != NATIONAL_JURISDICTION:
            continue
        if instrument.in_force.contains(facts_date):
            cites = tuple(_citation(corpus, p) for p in offence.provisions)
            key = "law.offered_minor" if offence.victim == "minor" else "law.offered_one"
            out.append(Msg.of(key, name=offence.name, offence=offence.id, cites=cites))
    return out


def _citation(corpus: Corpus, provision_id: str) -> m.Bilingual:
    """The citation in both languages ("Loi n°2012-023, art. 7" / "Law No. 2012-023, art. 7")."""
    provision = corpus.provisions.get(provision_id)
    if provision is None:
        return m.Bilingual(provision_id, provision_id)
    return m.Bilingual(corpus.citation(provision, "fr"), corpus.citation(provision, "en"))


# ---- one offence for one victim ----------------------------------------------------------------

def _consider(case: m.Case, corpus: Corpus, victim: m.Victim, offence: m.Offence, applying: set[str],
              facts_date: date) -> tuple[Charge | None, Considered | None]:
    """The charge (or None) and the line saying why an offence was or was not charged for this victim."""
    def seen(charged: bool, key: str, **values: Any) -> Considered:
        return Considered(offence.id, offence.name, victim.id, charged, Msg.of(key, **values))

    touched = _touched(offence, victim)
    if not touched:
        return None, None
    if offence.victim == "minor" and victim.minor is False:
        return None, seen(False, "considered.adult", age=victim.age_at_facts)
    if offence.instrument not in applying:
        instrument = corpus.instruments.get(offence.instrument)
        start = instrument.in_force.start if instrument else None
        if start and facts_date < date.fromisoformat(start):
            return None, seen(False, "considered.not_yet", start=start)
        return None, seen(False, "considered.ended", end=instrument.in_force.end if instrument else "?")
    charge = _charge(case, corpus, victim, offence)
    return charge, seen(True, "considered.charged", facts=tuple(touched))


def _touched(offence: m.Offence, victim: m.Victim) -> list[str]:
    """The victim's established facts that bear on this offence (own ids or equivalents)."""
    established = set(victim.established)
    out: list[str] = []
    for group in offence.elements:
        for item in group.items:
            out += [f for f in (item.id, *item.equivalents) if f in established and f not in out]
    return out


def _charge(case: m.Case, corpus: Corpus, victim: m.Victim, offence: m.Offence) -> Charge:
    minor = victim.minor
    elements = [_element(case, victim, group, minor) for group in offence.elements]
    if offence.victim == "minor" and not any(g.category == "victim" for g in offence.elements):
        elements.append(_minority_element(victim, offence))
    child_rule_applied = minor is True and any(not g.required_for_minors for g in offence.elements)
    aggravating = _aggravations(offence, victim)
    penalty = _penalty(offence, aggravating)
    warnings = _charge_warnings(corpus, offence, victim, elements, aggravating, penalty, child_rule_applied)
    return Charge(
        offence=offence.id, name=offence.name, instrument=offence.instrument, victim=victim.id,
        status=charge_status(e.status for e in elements), provisions=offence.provisions,
        elements=tuple(elements), aggravating=tuple(aggravating), penalty=penalty,
        other_penalties=offence.penalties[1:],
        child_rule=offence.child_rule if child_rule_applied else None, warnings=tuple(warnings),
    )


def charge_status(statuses: Any) -> str:
    """contracts §4: established / incomplete / not_established from the element statuses."""
    statuses = list(statuses)
    if UNMET in statuses:
        return NOT_ESTABLISHED
    if UNKNOWN in statuses:
        return INCOMPLETE
    return ESTABLISHED


def _element(case: m.Case, victim: m.Victim, group: m.ElementGroup, minor: bool | None) -> ElementFinding:
    established, excluded = set(victim.established), set(victim.excluded)
    met_items, met_facts, excluded_facts, remaining = [], [], [], []
    for item in group.items:
        names = (item.id, *item.equivalents)
        hits = [f for f in names if f in established]
        misses = [f for f in names if f in excluded]
        if hits:
            met_items.append(item.id)
            met_facts += [f for f in hits if f not in met_facts]
        elif misses:
            excluded_facts += [f for f in misses if f not in excluded_facts]
        else:
            remaining.append(item.id)
    status = _group_status(group.rule, len(group.items), len(met_items), len(group.items) - len(met_items)
                           - len(remaining))
    note = None
    if not group.required_for_minors and minor is True:
        note = Msg.of("element.not_required_minor")
        if status != MET:
            status = NOT_REQUIRED
    elif not group.required_for_minors and minor is None and status != MET:
        note = Msg.of("element.age_unknown")
    facts = met_facts if status == MET else (excluded_facts if status == UNMET else [])
    return ElementFinding(
        category=group.category, label=group.label, rule=group.rule, status=status, facts=tuple(facts),
        items=tuple(met_items), remaining=tuple(remaining), provisions=group.provisions,
        evidence=tuple(_evidence_for(case, victim.id, met_facts + met_items)) if status == MET else (),
        required_for_minors=group.required_for_minors, note=note,
    )


def _group_status(rule: str, total: int, met: int, excluded: int) -> str:
    if rule == "all_of":
        if excluded:
            return UNMET
        return MET if met == total and total else UNKNOWN
    if met:
        return MET
    return UNMET if total and excluded == total else UNKNOWN


def _minority_element(victim: m.Victim, offence: m.Offence) -> ElementFinding:
    """For an offence whose victim must be a child (CP 2001 art. 244): the victim's minority as an element."""
    if victim.minor is True:
        status = MET
        note = Msg.of("element.minor_presumed") if victim.age_doubt else Msg.of("element.minor_age",
                                                                                 age=victim.age_at_facts)
    else:
        status, note = UNKNOWN, Msg.of("element.minor_unknown")
    return ElementFinding(category="victim", label=m.Bilingual("Victime mineure", "Child victim"),
                          rule="all_of", status=status, facts=(), items=(), remaining=(),
                          provisions=offence.provisions, evidence=(), note=note)


def _evidence_for(case: m.Case, victim_id: str, facts: list[str]) -> list[str]:
    wanted = {f"{victim_id}.{f}" for f in facts}
    return [e.id for e in case.evidence if wanted & set(e.supports)]


def _aggravations(offence: m.Offence, victim: m.Victim) -> list[AggravationFinding]:
    return [AggravationFinding(a.id, a.label, a.verified, a.provision, a.life, a.max_years, a.note)
            for a in offence.aggravating if a.id in victim.aggravating]


def _penalty(offence: m.Offence, aggravating: list[AggravationFinding]) -> PenaltyFinding | None:
    if not offence.penalties:
        return None
    base = offence.penalties[0]
    raised = [a for a in aggravating if a.life or a.max_years is not None]
    highs = [v for v in (base.max_years, *(a.max_years for a in raised)) if v is not None]
    life: bool | None = True if base.life or any(a.life for a in raised) else base.life
    return PenaltyFinding(
        provision=base.provision, text_status=base.text_status, kind=base.kind, min_years=base.min_years,
        max_years=max(highs) if highs else None, life=life,
        base_max_years=base.max_years, base_life=base.life, aggravated_by=tuple(a.id for a in raised),
        fine_min=base.fine_min, fine_max=base.fine_max, text=base.text, additional=base.additional,
    )


# ---- warnings: what each rule rests on ---------------------------------------------------------

def _charge_warnings(corpus: Corpus, offence: m.Offence, victim: m.Victim, elements: list[ElementFinding],
                     aggravating: list[AggravationFinding], penalty: PenaltyFinding | None,
                     child_rule_applied: bool) -> list[Msg]:
    out: list[Msg] = []
    provisions = list(offence.provisions)
    for element in elements:
        provisions += element.provisions
    if penalty is not None:
        provisions.append(penalty.provision)
    if child_rule_applied and offence.child_rule is not None:
        rule = offence.child_rule
        provisions += rule.basis
        key = "warning.child_rule_verified" if rule.verified_in_malian_law else "warning.child_rule"
        out.append(Msg.of(key, caveat=rule.caveat, basis=tuple(_citation(corpus, b) for b in rule.basis)))
    for a in aggravating:
        if a.provision:
            provisions.append(a.provision)
        if not a.verified:
            out.append(Msg.of("warning.aggravation_unverified", label=a.label, id=a.id))
    known = {a.id for a in offence.aggravating}
    for fact in victim.aggravating:
        if fact not in known:
            out.append(Msg.of("warning.aggravation_not_for_offence", id=fact))
    base_provision = corpus.provisions.get(penalty.provision) if penalty is not None else None
    if penalty is not None and penalty.text_status != "verbatim" and (
            base_provision is None or base_provision.status != penalty.text_status):
        out.append(Msg.of("warning.penalty_status", status=Msg.of(f"short.{penalty.text_status}"),
                          cite=_citation(corpus, penalty.provision)))
    for provision_id in dict.fromkeys(provisions):
        out += provision_warnings(corpus, provision_id)
    out += [Msg.of("warning.data", text=w) for w in offence.warnings]
    return list(dict.fromkeys(out))


def provision_warnings(corpus: Corpus, provision_id: str) -> list[Msg]:
    """What to know before relying on this provision: paraphrase, partial, inferred, international."""
    provision = corpus.provisions.get(provision_id)
    if provision is None:
        return [Msg.of("warning.not_in_corpus", id=provision_id)]
    cite = _citation(corpus, provision_id)
    out = []
    if provision.status != "verbatim":
        out.append(Msg.of(f"warning.status.{provision.status}", cite=cite, id=provision_id))
    if provision.number_status != "attested":
        out.append(Msg.of(f"warning.number.{provision.number_status}", cite=cite, id=provision_id))
    instrument = corpus.instruments.get(provision.instrument)
    if instrument is not None and instrument.jurisdiction != NATIONAL_JURISDICTION:
        out.append(Msg.of("warning.international", cite=cite, id=provision_id))
    return out


def _parallel_warnings(corpus: Corpus, charges: list[Charge], facts_date: date) -> list[Msg]:
    """A national instrument in force that reportedly has parallel offences whose text is not known."""
    out = []
    for instrument in corpus.instruments.values():
        if instrument.jurisdiction != NATIONAL_JURISDICTION or not instrument.in_force.contains(facts_date):
            continue
        if not any(c.instrument != instrument.id for c in charges):
            continue
        out += [Msg.of("warning.parallel", short=instrument.short, headings=msg.param("headings"))
                for msg in _missing_articles(corpus, instrument)]
    return out


def _general_warnings(case: m.Case, facts_date: date, today: date) -> list[Msg]:
    out = []
    if facts_date > today:
        out.append(Msg.of("warning.future_facts", date=case.facts_date))
    if not case.victims:
        out.append(Msg.of("warning.no_victims"))
    return out


# ---- gaps and investigative steps --------------------------------------------------------------

def _gaps(case: m.Case, corpus: Corpus, charges: list[Charge], applying: set[str]) -> list[Gap]:
    gaps: list[Gap] = []
    for charge in charges:
        gaps += _unknown_gaps(charge)
    for victim in case.victims:
        gaps += _evidence_gaps(case, victim, [c for c in charges if c.victim == victim.id])
        gaps += _age_gaps(case, victim, charges)
        gaps += _aggravation_gaps(victim)
        gaps += _law_gaps(corpus, victim, charges, applying)
    order = {v.id: index for index, v in enumerate(case.victims)}
    return sorted(dict.fromkeys(gaps), key=lambda g: order.get(g.victim or "", len(order)))  # stable


def _unknown_gaps(charge: Charge) -> list[Gap]:
    out = []
    for element in charge.elements:
        if element.status != UNKNOWN:
            continue
        if element.category == "victim":
            continue  # said once per victim by the age gaps
        subject = Msg.of("gap.unknown", offence=charge.name, category=_label(element),
                         remaining=element.remaining)
        out.append(Gap("unknown", charge.victim, charge.offence, element.category, subject,
                       _step(charge.offence, element.category)))
    return out


def _label(element: ElementFinding) -> m.Bilingual | Msg:
    return element.label if element.label else Msg.of(f"category.{element.category}")


def _step(offence: str, category: str) -> Msg:
    specific = f"step.{offence}.{category}"
    return Msg.of(specific if _has_message(specific) else f"step.{category}")


def _has_message(key: str) -> bool:
    from .i18n import MESSAGES

    return key in MESSAGES


def _evidence_gaps(case: m.Case, victim: m.Victim, charges: list[Charge]) -> list[Gap]:
    """Facts the charges rest on that have no exhibit, or only one testimony and nothing to corroborate it."""
    out = []
    seen: set[str] = set()
    for charge in charges:
        for element in charge.elements:
            if element.status != MET:
                continue
            for fact in element.facts:
                if fact in seen:
                    continue
                seen.add(fact)
                supporting = [e for e in case.evidence if f"{victim.id}.{fact}" in e.supports]
                category = _label(element)
                if not supporting:
                    out.append(Gap("no_evidence", victim.id, charge.offence, element.category,
                                   Msg.of("gap.no_evidence", fact=fact, category=category),
                                   _corroboration_step(charge.offence, element.category)))
                elif len(supporting) == 1 and supporting[0].kind == "testimony":
                    out.append(Gap("single_testimony", victim.id, charge.offence, element.category,
                                   Msg.of("gap.single_testimony", fact=fact, evidence=supporting[0].id,
                                          category=category),
                                   _corroboration_step(charge.offence, element.category)))
    return out


def _corroboration_step(offence: str, category: str) -> Msg:
    specific = f"corroborate.{offence}.{category}"
    return Msg.of(specific if _has_message(specific) else f"corroborate.{category}")


def _age_gaps(case: m.Case, victim: m.Victim, charges: list[Charge]) -> list[Gap]:
    involved = any(c.victim == victim.id for c in charges)
    if victim.minor is None:
        if not involved:
            return []
        return [Gap("age_unknown", victim.id, None, "victim", Msg.of("gap.age_unknown"), Msg.of("step.age"))]
    if victim.minor and not _has_age_evidence(case, victim):
        key = "gap.age_doubt" if victim.age_doubt else "gap.age_evidence"
        return [Gap("age_evidence", victim.id, None, "victim", Msg.of(key, age=victim.age_at_facts),
                    Msg.of("step.age"))]
    return []


def _has_age_evidence(case: m.Case, victim: m.Victim) -> bool:
    targets = {f"{victim.id}.age", f"{victim.id}.age_at_facts"}
    if any(targets & set(e.supports) for e in case.evidence):
        return True
    for key in AGE_EVIDENCE_ITEMS:
        value = answer(case, victim.id, key)
        if value and value not in ("no", "unknown", "declined"):
            if isinstance(value, list) and set(value) <= {"family_statement"}:
                continue  # a family statement alone is testimony, not a document
            return True
    return False


def _aggravation_gaps(victim: m.Victim) -> list[Gap]:
    return [Gap("aggravation_evidence", victim.id, None, "aggravating",
                Msg.of("gap.aggravation", id=fact),
                Msg.of(f"step.aggravation.{fact}" if _has_message(f"step.aggravation.{fact}")
                       else "step.aggravation"))
            for fact in victim.aggravating]


def _law_gaps(corpus: Corpus, victim: m.Victim, charges: list[Charge], applying: set[str]) -> list[Gap]:
    """Slavery facts under the 2024 Code; facts before a law that the law of the time may still reach."""
    out = []
    established = set(victim.established)
    slavery = corpus.offences.get(SLAVERY_OFFENCE)
    if slavery is not None and established & (SLAVERY_FACTS | set(slavery.item_ids())):
        charged = any(c.offence == SLAVERY_OFFENCE and c.victim == victim.id for c in charges)
        if slavery.instrument in applying and not charged:
            out.append(Gap("slavery", victim.id, SLAVERY_OFFENCE, None,
                           Msg.of("gap.slavery", cites=tuple(_citation(corpus, p)
                                                             for p in slavery.provisions)),
                           Msg.of("step.slavery", items=tuple(slavery.item_ids()))))
        elif slavery.instrument not in applying:
            out.append(Gap("slavery", victim.id, SLAVERY_OFFENCE, None, Msg.of("gap.slavery_before"),
                           Msg.of("step.slavery_before")))
    if not any(c.victim == victim.id for c in charges) and victim.established:
        out.append(Gap("old_law", victim.id, None, None, Msg.of("gap.no_charge"), Msg.of("step.no_charge")))
    return out


# ---- protection duties -------------------------------------------------------------------------

def _protection(case: m.Case, corpus: Corpus) -> list[DutyFinding]:
    """The duties the case calls for: by their ``applies_when`` (always / child / foreign / a condition on
    the answers), and by the checklist answers that feed them (``feeds.protection``), victim by victim."""
    contexts = [(v, engine.victim_answers(case.answers, v.id), v.minor is True, _foreign(v)) for v in case.victims]
    triggered: dict[str, dict[str, list[str]]] = {}
    for victim, answers, _child, foreign in contexts:
        if not answers:
            continue
        derived = engine.derive(corpus.checklists, answers, victim.id, minor_by_case=victim.minor,
                                reference_date=case.facts_date, foreign=foreign)
        for duty, keys in derived.protection.items():
            for key in keys:
                triggered.setdefault(duty, {}).setdefault(key, []).append(victim.id)
    out = []
    for duty in corpus.duties.values():
        why = _applies(duty.applies_when, contexts)
        why += [Msg.of("why.answer", item=key, victims=tuple(victims))
                for key, victims in triggered.get(duty.id, {}).items()]
        if why:
            out.append(DutyFinding(duty.id, duty.label, duty.description, duty.basis, duty.basis_note,
                                   duty.status, duty.caveat, tuple(dict.fromkeys(why))))
    return out


Context = tuple[m.Victim, dict[str, Any], bool, "bool | None"]


def _applies(condition: Any, contexts: list[Context]) -> list[Msg]:
    """Why a duty's ``applies_when`` holds for this case (empty when it holds for no victim)."""
    if condition in (None, "always"):
        return [Msg.of("why.always")]
    if not isinstance(condition, dict):
        return []
    victims = tuple(v.id for v, answers, child, foreign in contexts
                    if _holds(condition, answers, child, foreign))
    if not victims:
        return []
    (op, arg), = condition.items() if len(condition) == 1 else (("", None),)
    if op == "child":
        return [Msg.of("why.child" if arg else "why.adult", victims=victims)]
    if op == "foreign":
        return [Msg.of("why.foreign" if arg else "why.national", victims=victims)]
    return [Msg.of("why.condition", victims=victims)]


def _holds(condition: dict[str, Any], answers: dict[str, Any], child: bool, foreign: bool | None) -> bool:
    if set(condition) == {"answered_yes"}:
        keys = condition["answered_yes"] if isinstance(condition["answered_yes"], list) else []
        return any(engine.value_of(answers.get(k)) == engine.YES for k in keys)
    try:
        return engine.evaluate(condition, answers, child, foreign)
    except (ValueError, TypeError, AttributeError):
        return False  # a condition this version cannot read: the duty is not claimed


def _foreign(victim: m.Victim) -> bool | None:
    if not victim.nationality:
        return None
    return victim.nationality.upper() != "ML"


def answer(case: m.Case, victim_id: str, key: str) -> Any:
    """One victim's answer to a checklist item (``answers: {"C.C01": {V1: {value: …}}}``), or None."""
    return engine.value_of(engine.victim_answers(case.answers, victim_id).get(key))


# ---- every provision cited -----------------------------------------------------------------------

def _cited(charges: list[Charge], protection: list[DutyFinding]) -> list[str]:
    out: list[str] = []
    for charge in charges:
        out += charge.provisions
        for element in charge.elements:
            out += element.provisions
        if charge.penalty is not None:
            out.append(charge.penalty.provision)
        out += [p.provision for p in charge.other_penalties]
        out += [a.provision for a in charge.aggravating if a.provision]
        if charge.child_rule is not None:
            out += charge.child_rule.basis
    for duty in protection:
        out += duty.basis
    return list(dict.fromkeys(out))


# ---- messages ------------------------------------------------------------------------------------

_MESSAGES: dict[str, tuple[str, str]] = {
    "law.in_force": (
        "En vigueur à la date des faits (du {start} au {end}).",
        "In force at the date of the facts (from {start} to {end})."),
    "law.not_yet": (
        "Pas encore en vigueur à la date des faits (entrée en vigueur le {start}) : la loi pénale n’est pas "
        "rétroactive ; les faits ne peuvent pas être poursuivis sur ce fondement.",
        "Not yet in force at the date of the facts (in force from {start}): criminal law does not reach back;"
        " the facts cannot be prosecuted on this basis."),
    "law.ended": (
        "Plus en vigueur à la date des faits (jusqu’au {end}) ; vérifier seulement si la loi ancienne, plus "
        "douce, doit s’appliquer à des faits antérieurs.",
        "No longer in force at the date of the facts (until {end}); check only whether the older, more "
        "lenient law governs earlier facts."),
    "law.international_in_force": (
        "Instrument international en vigueur depuis le {start} : il oblige l’État et sert à interpréter la "
        "loi malienne ; il n’est pas à lui seul le fondement d’une poursuite.",
        "International instrument in force since {start}: it binds the State and helps interpret Malian law; "
        "it is not by itself a basis for a prosecution."),
    "law.international_not_in_force": (
        "Instrument international pas encore en vigueur à la date des faits (depuis le {start}).",
        "International instrument not yet in force at the date of the facts (in force from {start})."),
    "law.offered": (
        "Le droit en vigueur à la date des faits offre : {offences}.",
        "The law in force at the date of the facts offers: {offences}."),
    "law.offered_one": ("{name} ({cites})", "{name} ({cites})"),
    "law.offered_minor": (
        "{name} ({cites}), si la victime est mineure",
        "{name} ({cites}), for a child victim"),
    "law.continuing": (
        "Les faits se poursuivent jusqu’au {end} : seuls les faits postérieurs au {start} pourraient relever "
        "de ce texte ; à examiner séparément.",
        "The facts continue until {end}: only the facts after {start} could fall under this text; to be "
        "examined separately."),
    "law.missing_articles": (
        "Dispositions dont l’existence est rapportée mais dont le texte n’est pas dans le corpus : {headings}"
        " ({ids}). Elles peuvent s’appliquer concurremment : vérifier au Journal officiel.",
        "Provisions reported to exist whose text is not in the corpus: {headings} ({ids}). They may apply "
        "alongside: check the Journal officiel."),
    "considered.charged": ("retenue : faits établis {facts}", "charged: established facts {facts}"),
    "considered.adult": (
        "écartée : la victime est majeure ({age} ans) et l’infraction vise un enfant",
        "set aside: the victim is an adult ({age}) and the offence concerns a child"),
    "considered.not_yet": (
        "écartée : texte entré en vigueur le {start}, après les faits (non-rétroactivité)",
        "set aside: the text came into force on {start}, after the facts (non-retroactivity)"),
    "considered.ended": (
        "écartée : texte plus en vigueur à la date des faits (jusqu’au {end})",
        "set aside: the text was no longer in force at the date of the facts (until {end})"),
    "element.not_required_minor": (
        "victime mineure ou présumée mineure (règle de l’enfant, voir l’avertissement)",
        "the victim is a child or presumed one (child rule, see the warning)"),
    "element.age_unknown": (
        "âge inconnu : si la victime avait moins de 18 ans, cet élément ne serait pas exigé",
        "age unknown: if the victim was under 18, this element would not be required"),
    "element.minor_age": ("{age} ans à la date des faits", "aged {age} at the date of the facts"),
    "element.minor_presumed": (
        "âge contesté : minorité présumée, non prouvée",
        "age disputed: minority presumed, not proven"),
    "element.minor_unknown": (
        "âge inconnu : la minorité doit être établie",
        "age unknown: minority must be established"),
    "warning.child_rule": (
        "Règle de l’enfant appliquée (moyens non exigés) sur le fondement de {basis}, texte international ; "
        "non vérifiée en droit malien : {caveat}",
        "Child rule applied (means not required) on the basis of {basis}, an international text; not verified"
        " in Malian law: {caveat}"),
    "warning.child_rule_verified": (
        "Règle de l’enfant appliquée (moyens non exigés) : {basis}. {caveat}",
        "Child rule applied (means not required): {basis}. {caveat}"),
    "warning.aggravation_unverified": (
        "Circonstance aggravante « {label} » ({id}) NON VÉRIFIÉE dans le texte malien.",
        "Aggravating circumstance '{label}' ({id}) NOT VERIFIED in the Malian text."),
    "warning.aggravation_not_for_offence": (
        "Fait aggravant {id} relevé, mais le corpus ne le prévoit pas pour cette infraction.",
        "Aggravating fact {id} recorded, but the corpus does not provide it for this offence."),
    "warning.penalty_status": (
        "La peine repose sur un texte « {status} » ({cite}).",
        "The penalty rests on a '{status}' text ({cite})."),
    "warning.status.paraphrase": (
        "{cite} ({id}) : PARAPHRASE — ce ne sont pas les mots de la loi.",
        "{cite} ({id}): PARAPHRASE — not the words of the law."),
    "warning.status.partial": (
        "{cite} ({id}) : texte incomplet (la source s’arrête avant la fin).",
        "{cite} ({id}): partial text (the source stops before the end)."),
    "warning.status.missing": ("{cite} ({id}) : texte inconnu.", "{cite} ({id}): text not known."),
    "warning.number.inferred": (
        "{cite} ({id}) : numéro d’article déduit, non lu dans le texte.",
        "{cite} ({id}): article number inferred, not read in the text."),
    "warning.number.unknown": (
        "{cite} ({id}) : numéro d’article inconnu.",
        "{cite} ({id}): article number unknown."),
    "warning.international": (
        "{cite} ({id}) : texte international, non une disposition pénale malienne.",
        "{cite} ({id}): international text, not a Malian criminal provision."),
    "warning.not_in_corpus": ("{id} : disposition absente du corpus.", "{id}: provision not in the corpus."),
    "warning.data": ("{text}", "{text}"),
    "warning.parallel": (
        "{short}, en vigueur, contiendrait aussi : {headings} (texte absent du corpus) ; articulation à "
        "vérifier au Journal officiel.",
        "{short}, in force, reportedly also contains: {headings} (text not in the corpus); how the two fit "
        "together must be checked in the Journal officiel."),
    "warning.future_facts": (
        "La date des faits ({date}) est postérieure à la date du mémo : à vérifier.",
        "The facts date ({date}) is after the date of the memo: check it."),
    "warning.no_victims": (
        "Aucune victime dans le dossier : aucune qualification possible.",
        "No victim in the case file: no charge is possible."),
    "gap.unknown": (
        "{offence} — {category} : non établi ni exclu (reste possible : {remaining}).",
        "{offence} — {category}: neither established nor ruled out (still possible: {remaining})."),
    "gap.no_evidence": (
        "{fact} ({category}) : retenu comme établi, mais aucune pièce n’y est rattachée.",
        "{fact} ({category}): recorded as established, but no exhibit is linked to it."),
    "gap.single_testimony": (
        "{fact} ({category}) : repose sur un seul témoignage ({evidence}), sans corroboration.",
        "{fact} ({category}): rests on a single testimony ({evidence}), with no corroboration."),
    "gap.age_unknown": (
        "Âge inconnu : il décide si les moyens sont exigés et si les textes sur l’enfant s’appliquent.",
        "Age unknown: it decides whether means are required and whether the child provisions apply."),
    "gap.age_evidence": (
        "Victime mineure ({age} ans) : aucune preuve d’âge enregistrée (liste C, question C01).",
        "Child victim (aged {age}): no age evidence recorded (checklist C, item C01)."),
    "gap.age_doubt": (
        "Âge contesté : minorité présumée, aucune preuve d’âge enregistrée (liste C, question C01).",
        "Age disputed: minority presumed, no age evidence recorded (checklist C, item C01)."),
    "gap.aggravation": (
        "Fait aggravant {id} : sa preuve doit figurer au dossier.",
        "Aggravating fact {id}: its proof must be in the file."),
    "gap.slavery": (
        "Faits d’esclavage : le Code pénal 2024 les réprime spécialement ({cites}), mais aucun élément propre"
        " n’est retenu.",
        "Slavery facts: the 2024 Penal Code punishes them specifically ({cites}), but none of its own "
        "elements is recorded."),
    "gap.slavery_before": (
        "Faits d’esclavage antérieurs au Code pénal 2024 : aucune infraction spéciale d’esclavage "
        "n’existait.",
        "Slavery facts before the 2024 Penal Code: no specific slavery offence existed."),
    "gap.no_charge": (
        "Des faits sont établis, mais aucune infraction en vigueur à la date des faits ne les couvre dans le "
        "corpus.",
        "Facts are established, but no offence in force at the date of the facts covers them in the corpus."),
    "step.act": (
        "Établir l’acte : billets et registres de transport, chauffeurs, registres des postes de contrôle, "
        "logeurs et voisins, téléphones saisis (recruteurs, transporteurs).",
        "Establish the act: tickets and transport-company records, drivers, checkpoint registers, landlords "
        "and neighbours, seized phones (recruiters, transporters)."),
    "step.means": (
        "Établir les moyens : documents d’identité retenus (saisie), messages et appels, cahiers de dettes, "
        "annonces de recrutement, certificat médical des violences, témoins de la contrainte.",
        "Establish the means: withheld identity documents (seizure), messages and calls, debt notebooks, "
        "recruitment adverts, medical certificate of violence, witnesses of the coercion."),
    "step.purpose": (
        "Établir la finalité d’exploitation : constat sur le lieu d’exploitation, inspection du travail, "
        "registres du site, clients ou collègues témoins, flux financiers (l’intention suffit).",
        "Establish the exploitative purpose: inspection of the place of exploitation, labour inspectorate, "
        "site records, clients or co-workers as witnesses, money flows (intent is enough)."),
    "step.conduct": (
        "Établir le comportement incriminé : témoins, constatations sur place, téléphones et échanges, rôle "
        "de chaque suspect.",
        "Establish the conduct: witnesses, on-site findings, phones and messages, each suspect’s role."),
    "step.object": (
        "Établir l’objet de l’infraction : pièces d’identité et de voyage, registres frontaliers, statut "
        "administratif des personnes transportées.",
        "Establish the object of the offence: identity and travel documents, border records, immigration "
        "status of the persons moved."),
    "step.victim": (
        "Établir la qualité de la victime (âge, situation).",
        "Establish the victim’s status (age, situation)."),
    "step.mendicite.purpose": (
        "Établir l’avantage tiré : sommes remises chaque jour, quotas, sanctions en cas de quota non atteint,"
        " témoins du voisinage, flux d’argent.",
        "Establish the benefit: sums handed over each day, quotas, punishment for missing them, neighbourhood"
        " witnesses, money flows."),
    "step.trafic_migrants.purpose": (
        "Établir l’avantage financier ou matériel : paiements, transferts d’argent mobile, tarifs, carnets.",
        "Establish the financial or material benefit: payments, mobile-money transfers, fares, notebooks."),
    "step.trafic_enfant.object": (
        "Établir que l’enfant a été traité comme une valeur marchande : paiements à la famille ou à "
        "l’intermédiaire, prix convenu, transferts d’argent.",
        "Establish that the child was treated as a commodity: payments to the family or intermediary, agreed "
        "price, money transfers."),
    "step.age": (
        "Établir l’âge : acte de naissance, jugement supplétif, dossier scolaire, carnet de santé ; à défaut,"
        " évaluation pluridisciplinaire (examen médical en dernier recours, marge d’erreur notée). En cas de "
        "doute, la personne est traitée comme un enfant.",
        "Establish age: birth certificate, jugement supplétif, school record, health card; failing that, a "
        "multidisciplinary assessment (medical examination as a last resort, margin of error noted). When in "
        "doubt, the person is treated as a child."),
    "step.aggravation": (
        "Réunir la preuve du fait aggravant et vérifier sa base dans le texte malien.",
        "Gather proof of the aggravating fact and check its basis in the Malian text."),
    "step.aggravation.deces_victime": (
        "Acte de décès, rapport d’autopsie ou certificat médical, réquisition d’un médecin légiste ; lien "
        "entre les faits et le décès.",
        "Death certificate, autopsy report or medical certificate, request to a forensic doctor; link between"
        " the facts and the death."),
    "step.aggravation.mutilation_victime": (
        "Certificat médical descriptif des lésions (avec consentement), expertise médicale ; lien avec les "
        "faits.",
        "Medical certificate describing the injuries (with consent), medical expert report; link with the "
        "facts."),
    "step.slavery": (
        "Qualifier aussi au titre de l’esclavage (Code pénal 2024, art. 324-11 s.) : établir {items}.",
        "Also consider slavery (2024 Penal Code, art. 324-11 ff.): establish {items}."),
    "step.slavery_before": (
        "Retenir les violences et atteintes concomitantes (séquestration, coups et blessures…) et, si ses "
        "éléments sont réunis, la traite (finalité d’esclavage).",
        "Charge the accompanying violence (sequestration, assault…) and, if its elements are present, "
        "trafficking (purpose of slavery)."),
    "step.no_charge": (
        "Rechercher les qualifications du droit de l’époque (voir « Droit applicable ») et les faits qui les "
        "constitueraient (par ex. une convention aliénant la liberté, un paiement).",
        "Look for the offences of the law of the time (see 'Applicable law') and the facts that would make "
        "them out (e.g. an agreement alienating liberty, a payment)."),
    "corroborate.act": (
        "Corroborer l’acte hors déclaration : billets, registres de transport, témoins du voyage ou de "
        "l’hébergement, téléphones.",
        "Corroborate the act beyond the statement: tickets, transport records, witnesses of the journey or "
        "lodging, phones."),
    "corroborate.means": (
        "Corroborer les moyens : messages, documents saisis, cahiers de dettes, certificat médical, témoins.",
        "Corroborate the means: messages, seized documents, debt notebooks, medical certificate, witnesses."),
    "corroborate.purpose": (
        "Corroborer la finalité : constat sur les lieux, clients ou collègues, flux financiers, registres.",
        "Corroborate the purpose: on-site findings, clients or co-workers, money flows, records."),
    "corroborate.conduct": (
        "Corroborer le comportement : autres témoins, constatations, téléphones, flux financiers.",
        "Corroborate the conduct: other witnesses, findings, phones, money flows."),
    "corroborate.trafic_enfant.object": (
        "Corroborer par des traces financières : paiements, transferts d’argent mobile, témoins de la "
        "remise de l’enfant.",
        "Corroborate with financial traces: payments, mobile-money transfers, witnesses of the child being "
        "handed over."),
    "corroborate.object": (
        "Corroborer par des pièces : documents de voyage, registres frontaliers.",
        "Corroborate with documents: travel documents, border records."),
    "corroborate.victim": ("Corroborer par des pièces d’état civil.", "Corroborate with civil records."),
    "why.always": ("toute victime", "every victim"),
    "why.child": ("victime mineure ou présumée : {victims}", "child or presumed child: {victims}"),
    "why.adult": ("victime majeure : {victims}", "adult victim: {victims}"),
    "why.foreign": ("victime étrangère : {victims}", "foreign victim: {victims}"),
    "why.national": ("victime malienne : {victims}", "Malian victim: {victims}"),
    "why.answer": ("réponse {item} ({victims})", "answer {item} ({victims})"),
    "why.condition": ("condition remplie par les réponses : {victims}", "condition met by the answers: {victims}"),
    "category.aggravating": ("Circonstance aggravante", "Aggravating circumstance"),
}

register({key: {"fr": fr, "en": en} for key, (fr, en) in _MESSAGES.items()})
