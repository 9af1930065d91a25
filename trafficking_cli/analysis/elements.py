"""One element group (act / means / purpose …) of one offence, for one victim (contracts §4).

A group is ``met`` when its rule (any_of / all_of) is satisfied by the victim's established facts (an
item's own id or one of its ``equivalents``), ``unmet`` when the excluded facts make it impossible,
``unknown`` otherwise, and ``not_required`` when the offence does not need it for a child and the facts do
not meet it anyway. A charge's status follows from its groups'.

Minority, for a charge, is ``proven_minor``: an age recorded without doubt. A disputed or unknown age leaves
the age element ``unknown``: the presumption of minority protects the person (``protection``), it never
meets an element against an accused (issue 8, point 3).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from trafficking_cli import models as m

from .model import (
    ESTABLISHED,
    INCOMPLETE,
    MET,
    NOT_ESTABLISHED,
    NOT_REQUIRED,
    UNKNOWN,
    UNMET,
    ElementFinding,
    Msg,
)


def touched_facts(offence: m.Offence, victim: m.Victim) -> list[str]:
    """The victim's established facts that bear on this offence (own ids or equivalents)."""
    established = set(victim.established)
    out: list[str] = []
    for group in offence.elements:
        for item in group.items:
            out += [f for f in (item.id, *item.equivalents) if f in established and f not in out]
    return out


def proven_minor(victim: m.Victim) -> bool | None:
    """For a charge: True for an age recorded without doubt under 18, False for one at 18 or over, None when
    the age is unknown or in doubt (the presumption of minority never proves an element)."""
    if victim.age_doubt or victim.age_at_facts is None:
        return None
    return victim.age_at_facts < 18


def charge_status(statuses: Any) -> str:
    """contracts §4: established / incomplete / not_established from the element statuses (the conditions
    that make an established charge ``conditional`` are added by ``charges``)."""
    statuses = list(statuses)
    if UNMET in statuses:
        return NOT_ESTABLISHED
    if UNKNOWN in statuses:
        return INCOMPLETE
    return ESTABLISHED


@dataclass(slots=True)
class _SortedItems:
    """A group's items sorted by what the victim's facts say of them."""

    met_items: list[str] = field(default_factory=list)       # items the facts meet
    met_facts: list[str] = field(default_factory=list)       # the established facts that meet them
    excluded_facts: list[str] = field(default_factory=list)  # the excluded facts that rule items out
    remaining: list[str] = field(default_factory=list)       # items neither met nor ruled out


def assess_element(case: m.Case, victim: m.Victim, group: m.ElementGroup, minor: bool | None,
                   child_basis: tuple[str, ...] = ()) -> ElementFinding:
    """``minor``: ``proven_minor(victim)``; ``child_basis``: the child rule's basis, cited (instead of the
    offence's own provisions) by a group the rule makes not required."""
    sorted_items = _sort_items(victim, group)
    met, remaining = len(sorted_items.met_items), len(sorted_items.remaining)
    status = _group_status(group.rule, len(group.items), met, len(group.items) - met - remaining)
    status, note = _child_rule(group, minor, status, victim.age_doubt)
    facts = (sorted_items.met_facts if status == MET
             else (sorted_items.excluded_facts if status == UNMET else []))
    evidence = (tuple(_evidence_for(case, victim.id, sorted_items.met_facts + sorted_items.met_items))
                if status == MET else ())
    return ElementFinding(
        category=group.category, label=group.label, rule=group.rule, status=status, facts=tuple(facts),
        items=tuple(sorted_items.met_items), remaining=tuple(sorted_items.remaining),
        provisions=child_basis if status == NOT_REQUIRED and child_basis else group.provisions,
        evidence=evidence,
        required_for_minors=group.required_for_minors, note=note,
    )


def _sort_items(victim: m.Victim, group: m.ElementGroup) -> _SortedItems:
    established, excluded = set(victim.established), set(victim.excluded)
    out = _SortedItems()
    for item in group.items:
        names = (item.id, *item.equivalents)
        hits = [f for f in names if f in established]
        misses = [f for f in names if f in excluded]
        if hits:
            out.met_items.append(item.id)
            out.met_facts += [f for f in hits if f not in out.met_facts]
        elif misses:
            out.excluded_facts += [f for f in misses if f not in out.excluded_facts]
        else:
            out.remaining.append(item.id)
    return out


def _group_status(rule: str, total: int, met: int, excluded: int) -> str:
    if rule == "all_of":
        if excluded:
            return UNMET
        return MET if met == total and total else UNKNOWN
    if met:
        return MET
    return UNMET if total and excluded == total else UNKNOWN


def _child_rule(group: m.ElementGroup, minor: bool | None, status: str, doubt: bool) -> tuple[str, Msg | None]:
    """A group the offence does not require for a child: not required for a proven child (the charge then
    carries the child-rule condition), flagged when the age is unknown or disputed (it would decide the
    charge, and the presumption of minority does not decide it). A group met by the facts stays met."""
    if group.required_for_minors or status == MET:
        return status, None
    if minor is True:
        return NOT_REQUIRED, Msg.of("element.not_required_minor")
    if minor is None:
        return status, Msg.of("element.age_doubt" if doubt else "element.age_unknown")
    return status, None


def minority_element(victim: m.Victim, offence: m.Offence) -> ElementFinding:
    """For an offence whose victim must be a child (CP 2001 art. 244): the victim's minority as an element,
    met only by an age recorded without doubt."""
    if proven_minor(victim) is True:
        status, note = MET, Msg.of("element.minor_age", age=victim.age_at_facts)
    elif victim.age_doubt:
        status, note = UNKNOWN, Msg.of("element.minor_presumed")
    else:
        status, note = UNKNOWN, Msg.of("element.minor_unknown")
    return ElementFinding(category="victim", label=m.Bilingual("Victime mineure", "Child victim"),
                          rule="all_of", status=status, facts=(), items=(), remaining=(),
                          provisions=offence.provisions, evidence=(), note=note)


def _evidence_for(case: m.Case, victim_id: str, facts: list[str]) -> list[str]:
    wanted = {f"{victim_id}.{f}" for f in facts}
    return [e.id for e in case.evidence if wanted & set(e.supports)]
