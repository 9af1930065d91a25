"""Ages at the date of the facts, from what a person says: an age today, or a date of birth.

B05 is answered on the day of the interview ("I am 19") or with a date of birth, often only a year.
The age at the facts is then a range; when the range crosses 15 or 18 the age is in doubt (contracts §5:
a doubtful age is never taken as proved). Pure: dates are arguments.
"""

from __future__ import annotations

import calendar
from datetime import date
from typing import Any

THRESHOLDS = (15, 18)  # the ages the law turns on: under 15 (aggravation, art. 244), under 18 (child)


def date_range(text: str) -> tuple[date, date]:
    """``2019`` → 1 Jan–31 Dec 2019; ``2019-05`` → the month; a full date → that day."""
    parts = [int(p) for p in str(text).split("-")]
    if len(parts) == 1:
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    if len(parts) == 2:
        last = calendar.monthrange(parts[0], parts[1])[1]
        return date(parts[0], parts[1], 1), date(parts[0], parts[1], last)
    day = date(parts[0], parts[1], parts[2])
    return day, day


def years_before(day: date, years: int) -> date:
    """The same day ``years`` earlier (29 February becomes the 28th)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def age_on(birth: date, on: date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def birth_range(value: Any, answered_on: date) -> tuple[date, date] | None:
    """When the person may have been born: from an age given on ``answered_on``, or a date of birth."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        years = int(value)
        latest = years_before(answered_on, years)
        earliest = date.fromordinal(years_before(answered_on, years + 1).toordinal() + 1)
        return earliest, latest
    try:
        return date_range(str(value))
    except ValueError:
        return None


def age_range(value: Any, answered_on: date, facts_date: str) -> tuple[int, int] | None:
    """(youngest, oldest) possible age at the start of the facts; None when it cannot be told."""
    born = birth_range(value, answered_on)
    try:
        facts = date_range(facts_date)
    except ValueError:
        return None
    if born is None:
        return None
    youngest, oldest = age_on(born[1], facts[0]), age_on(born[0], facts[1])
    if oldest < 0:
        return None  # born after the facts began: the answer and the date of the facts disagree
    return max(youngest, 0), oldest


def in_doubt(youngest: int, oldest: int) -> bool:
    """Could the person have been on either side of 15 or 18 at the facts?"""
    return any(youngest < limit <= oldest for limit in THRESHOLDS)


def method_of(value: Any) -> str:
    """How the age at the facts was reached: ``age_today`` (less the time since) or ``date_of_birth``."""
    return "age_today" if isinstance(value, int | float) and not isinstance(value, bool) else "date_of_birth"
