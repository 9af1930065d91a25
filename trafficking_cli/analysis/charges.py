"""Which offences are examined, victim by victim, and what each charge holds (contracts §5).

An offence is examined for a victim only when its act or conduct group is met for that victim, and only for
the part of the facts its text covers (``periods``). Its status: ``not_established`` when a required group is
unmet; ``incomplete`` when one is unknown or an undated act must be dated; ``conditional`` when every group is
met or not required but something rests on a rule or text the tool cannot vouch for (``conditions``);
``established`` otherwise. Only ``established`` and ``conditional`` charges are proposed (retenue, priced).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from trafficking_cli import models as m
from trafficking_cli.corpus.lookup import Corpus

from .elements import assess_element, charge_status, minority_element, proven_minor, touched_facts
from .legal_warnings import charge_warnings
from .model import (
    CONDITIONAL,
    ESTABLISHED,
    INCOMPLETE,
    MET,
    NOT_REQUIRED,
    PROOF_CORROBORATED,
    PROOF_NONE,
    PROOF_SINGLE,
    Charge,
    Condition,
    Considered,
    ElementFinding,
    Msg,
)
from .penalties import aggravations, penalty
from .periods import CONTINUING, PeriodFinding, charge_period, window
from .prescription import prescription

ACT_CATEGORIES = ("act", "conduct")
PROOF_ORDER = (PROOF_NONE, PROOF_SINGLE, PROOF_CORROBORATED)


def instruments_reached(corpus: Corpus, case: m.Case) -> set[str]:
    """The instruments with an offence that some victim's established facts bear on."""
    return {o.instrument for o in corpus.offences.values() for v in case.victims if touched_facts(o, v)}


def consider_offences(case: m.Case, corpus: Corpus, span: tuple[date, date],
                      as_of: date) -> tuple[list[Charge], list[Considered]]:
    """Every offence for every victim: the charges examined, and why each offence touched was or was not."""
    charges: list[Charge] = []
    considered: list[Considered] = []
    for victim in case.victims:
        for offence in corpus.offences.values():
            charge, seen = consider(case, corpus, victim, offence, span, as_of)
            if seen is not None:
                considered.append(seen)
            if charge is not None:
                charges.append(charge)
    return charges, considered


def consider(case: m.Case, corpus: Corpus, victim: m.Victim, offence: m.Offence, span: tuple[date, date],
             as_of: date) -> tuple[Charge | None, Considered | None]:
    """The charge (or None) and the line saying why an offence was or was not examined for this victim."""
    def seen(charged: bool, key: str, **values: Any) -> Considered:
        return Considered(offence.id, offence.name, victim.id, charged, Msg.of(key, **values))

    touched = touched_facts(offence, victim)
    if not touched:
        return None, None
    if offence.victim == "minor" and proven_minor(victim) is False:
        return None, seen(False, "considered.adult", age=victim.age_at_facts)
    elements = assess_elements(case, victim, offence)
    acts = [e for e in elements if e.category in ACT_CATEGORIES]
    if acts and not all(e.status == MET for e in acts):
        return None, seen(False, "considered.no_act", facts=tuple(touched))
    instrument = corpus.instruments.get(offence.instrument)
    act_facts = [f for e in acts for f in e.facts]
    found = charge_period(case, victim.id, instrument, act_facts, span)
    if found.period is None:
        start, end = window(instrument)
        if span[1] < start:
            return None, seen(False, "considered.not_yet", start=start.isoformat())
        if span[0] > end:
            return None, seen(False, "considered.ended", end=end.isoformat())
        return None, seen(False, "considered.dated_outside")
    charge = build_charge(case, corpus, victim, offence, elements, found, as_of, act_facts)
    key = {ESTABLISHED: "considered.charged", CONDITIONAL: "considered.charged_conditional",
           INCOMPLETE: "considered.to_investigate"}.get(charge.status, "considered.set_aside")
    return charge, seen(charge.proposed, key, facts=tuple(touched))


def assess_elements(case: m.Case, victim: m.Victim, offence: m.Offence) -> list[ElementFinding]:
    minor = proven_minor(victim)
    basis = offence.child_rule.basis if offence.child_rule else ()
    elements = [assess_element(case, victim, group, minor, basis) for group in offence.elements]
    if offence.victim == "minor" and not any(g.category == "victim" for g in offence.elements):
        elements.append(minority_element(victim, offence))
    return elements


def build_charge(case: m.Case, corpus: Corpus, victim: m.Victim, offence: m.Offence,
                 elements: list[ElementFinding], found: PeriodFinding, as_of: date, act_facts: list[str]) -> Charge:
    """The charge: status with its conditions, proof, period, penalty, limitation and warnings."""
    child_rule_used = any(e.status == NOT_REQUIRED for e in elements)
    conditions = ([Condition("child_rule", Msg.of("condition.child_rule"))] if child_rule_used else [])
    conditions += [Condition(c.kind, Msg.of("condition.data", text=c.text)) for c in offence.conditions]
    conditions += found.conditions
    status = charge_status(e.status for e in elements)
    if status == ESTABLISHED and found.reasons:
        status = INCOMPLETE
    if status == ESTABLISHED and conditions:
        status = CONDITIONAL
    period = found.period or m.Period()  # never None here: ``consider`` returns early when no part applies
    aggravating = aggravations(offence, victim)
    incurred = penalty(offence, aggravating, priced=status in (ESTABLISHED, CONDITIONAL),
                       hypothetical=status == INCOMPLETE, period=period,
                       status_of=lambda p: corpus.provisions[p].status if p in corpus.provisions else "missing")
    child_rule = offence.child_rule if child_rule_used else None
    warnings = charge_warnings(corpus, offence, victim, elements, aggravating, incurred, child_rule)
    base_kind = offence.penalties[0].kind if offence.penalties else "other"
    return Charge(
        offence=offence.id, name=offence.name, instrument=offence.instrument, victim=victim.id,
        status=status, provisions=offence.provisions, elements=tuple(elements), aggravating=tuple(aggravating),
        penalty=incurred, other_penalties=offence.penalties[1:], child_rule=child_rule, warnings=tuple(warnings),
        conditions=tuple(conditions), proof=charge_proof(case, victim.id, elements), period=period,
        prescription=prescription(base_kind, period, any(f in CONTINUING for f in act_facts),
                                  proven_minor(victim), case.procedure, as_of),
        person=offence.person, reasons=tuple(found.reasons),
    )


def charge_proof(case: m.Case, victim_id: str, elements: list[ElementFinding] | tuple[ElementFinding, ...],
                 parties: frozenset[str] | None = None) -> str:
    """contracts §5: the weakest evidential support among the groups the charge needs (those met).

    ``parties``: whose acts' exhibits count (``S1.recrutement``): every suspect for the victim's charge (None),
    the suspect and the partners whose acts their charge rests on for a suspect's. One rule for both, so the
    two proofs differ only where the facts counted differ (review 2, point 9b)."""
    levels = [proof_level(group_exhibits(case, victim_id, e, parties)) for e in elements if e.status == MET]
    if not levels:
        return PROOF_NONE
    return min(levels, key=PROOF_ORDER.index)


def proof_level(exhibits: set[str]) -> str:
    return PROOF_CORROBORATED if len(exhibits) >= 2 else (PROOF_SINGLE if exhibits else PROOF_NONE)


def group_exhibits(case: m.Case, victim_id: str, element: ElementFinding,
                   parties: frozenset[str] | None = None) -> set[str]:
    """The exhibits supporting one met group's facts for this victim: the victim's facts (``V1.recrutement``,
    ``V1.age`` for the minority element) and the acts of ``parties`` on this victim that meet the group."""
    facts = set(element.facts) | set(element.items)
    wanted = {f"{victim_id}.{f}" for f in facts}
    if element.category == "victim":
        wanted |= {f"{victim_id}.age", f"{victim_id}.age_at_facts"}
    # a suspect's own act on this victim ("S1.recrutement") supports the same fact
    wanted |= {f"{s.id}.{a.element}" for s, a in case.acts_on(victim_id)
               if a.element in facts and (parties is None or s.id in parties)}
    return {e.id for e in case.evidence if wanted & set(e.supports)}
