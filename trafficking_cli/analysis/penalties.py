"""Penalties and aggravation: the aggravating facts of a charge, and the range each source gives.

- Aggravating facts are derived from the file (the ages and the purposes), never required to be typed by
  hand, and only from an age recorded without doubt: a doubtful or unknown age leaves an age aggravation
  ``unknown`` (shown, never applied). Hand-recorded facts (``victims[].aggravating``) still count.
- The range cites the source of *that* range: a life term from death or mutilation cites the aggravation's
  own paraphrase, never the base article; a raised floor and ceiling (the ILO's child aggravation) cite theirs.
- Only proposed charges are priced with their aggravations; an incomplete charge gets the base range only,
  marked ``hypothetical`` ("if the missing elements are established"); a charge not established, none.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from trafficking_cli import models as m

from .elements import proven_minor
from .mitigation import mitigated
from .model import AggravationFinding, Msg, PenaltyFinding

UNDER_15 = "victime_moins_15_ans"
WORST_FORM = "enfant_pire_forme_travail"
# The purposes that expose a child to a worst form of child labour (ILO C182 art. 3, read as the exploitation
# intended: 3(a) forced labour, slavery, debt bondage, serfdom; 3(b) prostitution). "Other sexual exploitation"
# is wider than 3(b) (prostitution, pornography): it leaves the aggravation to qualify, never applied.
WORST_FORM_PURPOSES = frozenset({"travail_force", "services_forces", "esclavage_pratique",
                                 "pratiques_analogues_esclavage", "servitude", "exploitation_prostitution"})
WORST_FORM_TO_QUALIFY = frozenset({"exploitation_sexuelle"})


def aggravations(offence: m.Offence, victim: m.Victim) -> list[AggravationFinding]:
    """The aggravating facts this offence provides for: recorded by hand, or derived from the file."""
    out = []
    for a in offence.aggravating:
        status, derived, why = _aggravation_status(a.id, victim)
        if status is None:
            continue
        out.append(AggravationFinding(a.id, a.label, a.verified, a.provision, a.life, a.max_years, a.note,
                                      status=status, derived=derived, min_years=a.min_years,
                                      additional=a.additional, why=why))
    return out


def _aggravation_status(ident: str, victim: m.Victim) -> tuple[str | None, bool, Msg | None]:
    """(met | unknown | None, derived?, why) for one aggravating fact and one victim."""
    minor, age = proven_minor(victim), victim.age_at_facts
    if ident == UNDER_15:
        if age is not None and not victim.age_doubt:
            return ("met", True, Msg.of("aggravation.age", age=age)) if age < 15 else (None, False, None)
        if ident in victim.aggravating:
            return "unknown", False, Msg.of("aggravation.age_doubt" if victim.age_doubt else "aggravation.age_unknown")
        return "unknown", True, Msg.of("aggravation.age_doubt" if victim.age_doubt else "aggravation.age_unknown")
    if ident == WORST_FORM:
        return _worst_form(victim, minor)
    if ident in victim.aggravating:
        return "met", False, None
    return None, False, None


def _worst_form(victim: m.Victim, minor: bool | None) -> tuple[str | None, bool, Msg | None]:
    purposes = set(victim.established)
    exposing = sorted(purposes & WORST_FORM_PURPOSES)
    to_qualify = sorted(purposes & WORST_FORM_TO_QUALIFY)
    hand = WORST_FORM in victim.aggravating
    if minor is False or not (exposing or to_qualify or hand):
        return None, False, None
    if minor is None:
        key = "aggravation.age_doubt" if victim.age_doubt else "aggravation.age_unknown"
        return "unknown", not hand, Msg.of(key)
    if hand:
        return "met", False, None
    if exposing:
        return "met", True, Msg.of("aggravation.worst_form", purposes=tuple(exposing))
    return "unknown", True, Msg.of("aggravation.worst_form_qualify", purposes=tuple(to_qualify))


def penalty(offence: m.Offence, aggravating: list[AggravationFinding], *, priced: bool,
            hypothetical: bool, period: m.Period, status_of: Callable[[str], str]) -> PenaltyFinding | None:
    """The penalty incurred for a proposed charge (``priced``), the bare base range for an incomplete one
    (``hypothetical``), else None. ``period`` decides which mitigation rule governs; ``status_of`` gives a
    provision's text status (the source of an aggravated range is the aggravation's provision)."""
    if not offence.penalties or not (priced or hypothetical):
        return None
    base = offence.penalties[0]
    applied = [a for a in aggravating if a.status == "met" and (a.life or a.max_years is not None
                                                                or a.min_years is not None)] if priced else []
    found = PenaltyFinding(
        provision=base.provision, text_status=base.text_status, kind=base.kind, min_years=base.min_years,
        max_years=base.max_years, life=base.life, base_max_years=base.max_years, base_life=base.life,
        aggravated_by=(), fine_min=base.fine_min, fine_max=base.fine_max, text=base.text,
        additional=base.additional, base_provision=base.provision, base_min_years=base.min_years,
        hypothetical=hypothetical and not priced,
    )
    found = _aggravate(found, applied, status_of)
    if found.hypothetical:  # a lead, not a charge: its bare range only
        return found
    shapes, caveats = mitigated(offence, found, period)
    return replace(found, mitigated=shapes[0] if shapes else None, mitigated_alternatives=tuple(shapes),
                   mitigated_caveats=tuple(caveats))


def _aggravate(found: PenaltyFinding, applied: list[AggravationFinding],
               status_of: Callable[[str], str]) -> PenaltyFinding:
    """Raise the range by the applied aggravations; the range's source becomes the one that sets its ceiling."""
    if not applied:
        return found
    ids = tuple(a.id for a in applied)
    extra = tuple(a.additional for a in applied if a.additional)
    life_from = next((a for a in applied if a.life), None)
    if life_from is not None:
        # A life term is réclusion (CP 2001 art. 4: la réclusion à perpétuité); its source is its own.
        return replace(found, life=True, max_years=None, kind="reclusion", aggravated_by=ids,
                       provision=life_from.provision or found.provision,
                       text_status=status_of(life_from.provision) if life_from.provision else found.text_status,
                       aggravation_additional=extra)
    top = max(applied, key=lambda a: (a.max_years or 0, a.min_years or 0))
    floors = [v for v in (found.min_years, *(a.min_years for a in applied)) if v is not None]
    return replace(found, max_years=max(v for v in (found.max_years, top.max_years) if v is not None),
                   min_years=max(floors) if floors else None, aggravated_by=ids,
                   provision=top.provision or found.provision,
                   text_status=status_of(top.provision) if top.provision else found.text_status,
                   aggravation_additional=extra)
