"""Limitation of the public action (prescription), as far as the sources allow (sources/framework.md §3.5).

Known: under the new Code of criminal procedure (applied since 13 June 2025), a crime is time-barred after
15 full years from the day it was committed; any act of investigation or prosecution interrupts it and a new
15-year period starts [secondary source]. Not known: the periods for délits; the old code's periods; the new
code's transitional rule; whether a minor victim's period starts only at majority. A continuing act counts from
its end. ``time_barred`` is True only when the file records that no act took place in time (``procedure``);
it is False only when the deadline has not passed under the one rule known; otherwise None, with the deadline
"absent interruption". The date of assessment (``as_of``) is the memo's.
"""

from __future__ import annotations

from datetime import date

from trafficking_cli import models as m

from .model import Msg, Prescription

NEW_CPP = date(2025, 6, 13)
CRIME_YEARS = 15


def prescription(kind: str, period: m.Period, continuing: bool, victim_minor: bool | None,
                 procedure: m.Procedure, as_of: date) -> Prescription:
    """``kind``: the penalty kind (``reclusion`` makes a crime, ``emprisonnement`` a délit)."""
    start_text = (period.end if continuing else period.start) or period.start
    if start_text is None:
        return Prescription(None, None, Msg.of("prescription.no_date"))
    start = date.fromisoformat(start_text)
    caveats = [Msg.of("prescription.minor")] if victim_minor is not False else []
    if kind != "reclusion":
        key = "prescription.delit" if kind == "emprisonnement" else "prescription.kind_unknown"
        return Prescription(None, None, Msg.of(key), tuple(caveats))
    deadline = add_years(start, CRIME_YEARS)
    basis = Msg.of("prescription.crime", start=start.isoformat(),
                   counted=Msg.of("prescription.from_end" if continuing else "prescription.from_act"))
    if start < NEW_CPP:
        caveats.insert(0, Msg.of("prescription.old_code"))
        return Prescription(None, deadline.isoformat(), basis, (Msg.of("prescription.absent_interruption"),
                                                                *caveats))
    barred, deadline, said = _barred(deadline, procedure, as_of)
    return Prescription(barred, deadline.isoformat(), basis, (*said, *caveats))


def _barred(deadline: date, procedure: m.Procedure, as_of: date) -> tuple[bool | None, date, list[Msg]]:
    first = date.fromisoformat(procedure.first_act_date) if procedure.first_act_date else None
    if first is not None and first > deadline:
        return True, deadline, [Msg.of("prescription.first_act_late", first=first.isoformat())]
    if first is not None:
        renewed = add_years(first, CRIME_YEARS)
        said = [Msg.of("prescription.interrupted", first=first.isoformat())]
        return (False if as_of <= renewed else None), renewed, said
    if as_of <= deadline:
        return False, deadline, [Msg.of("prescription.absent_interruption")]
    return None, deadline, [Msg.of("prescription.check_procedure")]


def add_years(day: date, years: int) -> date:
    """The same day ``years`` later (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)
