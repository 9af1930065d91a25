"""Penalties and aggravation: the aggravating facts an offence provides for, and the penalty they raise.

The base penalty is the offence's first; an aggravating circumstance raises its ceiling (or to life)
only as far as the corpus says, and whether that is verified in the Malian text is kept alongside.
"""

from __future__ import annotations

from trafficking_cli import models as m

from .model import AggravationFinding, PenaltyFinding


def aggravations(offence: m.Offence, victim: m.Victim) -> list[AggravationFinding]:
    """The victim's aggravating facts that this offence provides for (the others are warned about)."""
    return [AggravationFinding(a.id, a.label, a.verified, a.provision, a.life, a.max_years, a.note)
            for a in offence.aggravating if a.id in victim.aggravating]


def penalty(offence: m.Offence, aggravating: list[AggravationFinding]) -> PenaltyFinding | None:
    """The penalty incurred: the base penalty with its ceiling raised by the aggravations found."""
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
