"""What answers say beyond their own item: the victim may be a minor, another checklist opens.

Both are read across every checklist, in the checklists' order, so they live apart from the session
that walks one checklist.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from trafficking_cli import models as m

from .ages import age_range
from .records import DECLINED, UNKNOWN, YES, Answers, Record, has_value, value_of

ADULT_AGE = 18


def ordered_checklists(checklists: Mapping[str, m.Checklist]) -> list[m.Checklist]:
    """The checklists in walk order (A before B…), ties by id."""
    return sorted(checklists.values(), key=lambda c: (c.order, c.id))


def minor_signal(item: m.Item, record: Record | None, reference_date: str | None) -> bool:
    """Does this answer to a ``feeds.minor`` item say the victim is, or may be, under 18?

    yes or unknown → yes (doubt means presumed minor); a number is an age; a date is a date of birth,
    compared with ``reference_date`` (the date of the facts, else today) giving the benefit of the
    doubt to minority when only the year or month is known.
    """
    if not item.feeds.minor or not has_value(record):
        return False
    value = value_of(record)
    if value == UNKNOWN:
        return True
    if value == DECLINED:
        return False
    if item.type == "number":
        return isinstance(value, int | float) and value < ADULT_AGE
    if item.type == "date":
        return _under_age(str(value), reference_date)
    if item.type == "age":
        return _young_at(value, record, reference_date)
    if item.type == "multi":
        return bool(value)
    return value == YES


def _under_age(birth: str, reference_date: str | None) -> bool:
    if not reference_date:
        return True  # no date to compare with: doubt
    parts = [int(p) for p in birth.split("-")]
    # latest possible birthday when only the year (or month) is known: benefit of the doubt
    year, month, day = parts[0], parts[1] if len(parts) > 1 else 12, parts[2] if len(parts) > 2 else 31
    if len(parts) == 2:
        day = 28
    ref = date.fromisoformat(reference_date)
    age = ref.year - year - ((ref.month, ref.day) < (month, day))
    return age < ADULT_AGE


def _young_at(value: object, record: Record | None, reference_date: str | None) -> bool:
    """An age given on the day of the answer, or a date of birth: could they be under 18 at the reference date?"""
    answered = str((record or {}).get("at") or reference_date or "")[:10]
    try:
        answered_on = date.fromisoformat(answered)
    except ValueError:
        return True  # no date to count from: doubt
    span = age_range(value, answered_on, reference_date or answered)
    return span is None or span[0] < ADULT_AGE


def minor_keys(checklists: Mapping[str, m.Checklist], answers: Answers, reference_date: str | None) -> list[str]:
    """The item keys whose answers say the victim is, or may be, a minor."""
    return [i.key for c in ordered_checklists(checklists) for i in c.items
            if i.feeds.minor and minor_signal(i, answers.get(i.key), reference_date)]


def opened(checklists: Mapping[str, m.Checklist], answers: Answers,
           reference_date: str | None) -> dict[str, list[str]]:
    """Checklists opened by answers (``opens``): a yes/unknown, or a minority signal for age items."""
    out: dict[str, list[str]] = {}
    for checklist in ordered_checklists(checklists):
        for item in checklist.items:
            record = answers.get(item.key)
            if item.opens and has_value(record) and _opens(item, record, reference_date):
                out.setdefault(item.opens, []).append(item.key)
    return out


def _opens(item: m.Item, record: Record | None, reference_date: str | None) -> bool:
    if item.feeds.minor:
        return minor_signal(item, record, reference_date)
    return value_of(record) in (YES, UNKNOWN)
