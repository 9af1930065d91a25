"""One element group (act / means / purpose …) of one offence, for one victim (contracts §4).

A group is ``met`` when its rule (any_of / all_of) is satisfied by the victim's established facts (an
item's own id or one of its ``equivalents``), ``unmet`` when the excluded facts make it impossible,
``unknown`` otherwise, and ``not_required`` when the offence does not need it for a minor (under 18, or
age in doubt) and the facts do not meet it anyway. A charge's status follows from its groups'.
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


def charge_status(statuses: Any) -> str:
    """contracts §4: established / incomplete / not_established from the element statuses."""
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


def assess_element(case: m.Case, victim: m.Victim, group: m.ElementGroup, minor: bool | None) -> ElementFinding:
    sorted_items = _sort_items(victim, group)
    met, remaining = len(sorted_items.met_items), len(sorted_items.remaining)
    status = _group_status(group.rule, len(group.items), met, len(group.items) - met - remaining)
    status, note = _child_rule(group, minor, status)
    facts = (sorted_items.met_facts if status == MET
             else (sorted_items.excluded_facts if status == UNMET else []))
    evidence = (tuple(_evidence_for(case, victim.id, sorted_items.met_facts + sorted_items.met_items))
                if status == MET else ())
    return ElementFinding(
        category=group.category, label=group.label, rule=group.rule, status=status, facts=tuple(facts),
        items=tuple(sorted_items.met_items), remaining=tuple(sorted_items.remaining), provisions=group.provisions,
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


def _child_rule(group: m.ElementGroup, minor: bool | None, status: str) -> tuple[str, Msg | None]:
    """A group the offence does not require for a minor: not required for a child, flagged when age is
    unknown (it would decide the charge). A group met by the facts stays met either way."""
    if group.required_for_minors:
        return status, None
    if minor is True:
        return (status if status == MET else NOT_REQUIRED), Msg.of("element.not_required_minor")
    if minor is None and status != MET:
        return status, Msg.of("element.age_unknown")
    return status, None


def minority_element(victim: m.Victim, offence: m.Offence) -> ElementFinding:
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
