"""Which offences become charges, victim by victim, and what each charge holds.

An offence becomes a charge for a victim only when at least one of its elements is established for that
victim, and only when its instrument was in force at the date of the facts; the others are listed in
``considered`` with the reason. A charge is ``established`` when every element group is met or not
required, ``not_established`` when one is unmet, ``incomplete`` otherwise (``analysis.elements.charge_status``).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from trafficking_cli import models as m
from trafficking_cli.corpus.lookup import Corpus

from .elements import assess_element, charge_status, minority_element, touched_facts
from .legal_warnings import charge_warnings
from .model import Charge, Considered, Msg
from .penalties import aggravations, penalty


def instruments_reached(corpus: Corpus, case: m.Case) -> set[str]:
    """The instruments with an offence that some victim's established facts bear on."""
    return {o.instrument for o in corpus.offences.values() for v in case.victims if touched_facts(o, v)}


def consider_offences(case: m.Case, corpus: Corpus, applying: set[str],
                      facts_date: date) -> tuple[list[Charge], list[Considered]]:
    """Every offence for every victim: the charges, and why each offence touched was or was not charged."""
    charges: list[Charge] = []
    considered: list[Considered] = []
    for victim in case.victims:
        for offence in corpus.offences.values():
            charge, seen = consider(case, corpus, victim, offence, applying, facts_date)
            if seen is not None:
                considered.append(seen)
            if charge is not None:
                charges.append(charge)
    return charges, considered


def consider(case: m.Case, corpus: Corpus, victim: m.Victim, offence: m.Offence, applying: set[str],
             facts_date: date) -> tuple[Charge | None, Considered | None]:
    """The charge (or None) and the line saying why an offence was or was not charged for this victim."""
    def seen(charged: bool, key: str, **values: Any) -> Considered:
        return Considered(offence.id, offence.name, victim.id, charged, Msg.of(key, **values))

    touched = touched_facts(offence, victim)
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
    charge = build_charge(case, corpus, victim, offence)
    return charge, seen(True, "considered.charged", facts=tuple(touched))


def build_charge(case: m.Case, corpus: Corpus, victim: m.Victim, offence: m.Offence) -> Charge:
    """The charge: each element assessed, the child rule where it applies, the penalty and the warnings."""
    minor = victim.minor
    elements = [assess_element(case, victim, group, minor) for group in offence.elements]
    if offence.victim == "minor" and not any(g.category == "victim" for g in offence.elements):
        elements.append(minority_element(victim, offence))
    # the child rule is applied only to a child (or presumed one), and only where the offence has it
    child_rule_applied = minor is True and any(not g.required_for_minors for g in offence.elements)
    child_rule = offence.child_rule if child_rule_applied else None
    aggravating = aggravations(offence, victim)
    incurred = penalty(offence, aggravating)
    warnings = charge_warnings(corpus, offence, victim, elements, aggravating, incurred, child_rule)
    return Charge(
        offence=offence.id, name=offence.name, instrument=offence.instrument, victim=victim.id,
        status=charge_status(e.status for e in elements), provisions=offence.provisions,
        elements=tuple(elements), aggravating=tuple(aggravating), penalty=incurred,
        other_penalties=offence.penalties[1:], child_rule=child_rule, warnings=tuple(warnings),
    )
