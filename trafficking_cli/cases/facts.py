"""The case's own facts filled from the answers: date and places of the facts, summary, reference, ages.

B09 (when and where) fills ``facts_date`` and ``places``, B07 or C12 (the account) the ``summary``, B05
(an age today or a date of birth) each victim's ``age_at_facts``, and the case's name its ``reference``.
Like derived elements, what the answers filled is recorded under ``derived`` so that a later answer
replaces it while a value a person wrote (by hand, ``case set`` or ``case edit``) stays. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from datetime import date
from typing import Any

from trafficking_cli import models as m
from trafficking_cli.checklists.ages import age_range, in_doubt, method_of
from trafficking_cli.checklists.records import SPECIAL, Answers, Record, has_value, value_of, victim_answers
from trafficking_cli.checklists.signals import ADULT_AGE, ordered_checklists

# each case fact the answers may fill -> its empty value
CASE_FACTS: dict[str, Any] = {"reference": "", "facts_date": None, "places": [], "summary": ""}
MEMO_NEEDS = ("facts_date",)  # without these the memo refuses the case
MEMO_WANTS = ("reference", "places", "summary")  # the memo runs without them, but says less


def _filled(value: Any) -> bool:
    return value not in (None, "", [], {})


def _fact_answers(checklists: Mapping[str, m.Checklist], answers: Answers,
                  fact: str) -> Iterator[tuple[str, Record, Any]]:
    """(item key, record, value) for every answer that fills ``fact``, by its main value or a part."""
    for checklist in ordered_checklists(checklists):
        for item in checklist.items:
            record = answers.get(item.key)
            if record is None or not has_value(record):
                continue
            if item.feeds.fact == fact and value_of(record) not in SPECIAL:
                yield item.key, record, value_of(record)
            for part in item.parts:
                value = (record.get("parts") or {}).get(part.id)
                if part.fact == fact and value is not None and value not in SPECIAL:
                    yield f"{item.key}.{part.id}", record, value


def answered_facts(data: Mapping[str, Any], checklists: Mapping[str, m.Checklist],
                   name: str | None) -> dict[str, dict[str, Any]]:
    """What the answers of every victim say of the case's facts: ``{key: {"value", "from"}}``."""
    victims = [str(v.get("id")) for v in data.get("victims") or [] if isinstance(v, dict)]
    dates, places, accounts = [], [], []
    for code in victims:
        answers = victim_answers(data.get("answers") or {}, code)
        dates += [(str(v), f"{code}: {k}") for k, _, v in _fact_answers(checklists, answers, "facts_date")]
        places += [(str(v).strip(), f"{code}: {k}") for k, _, v in _fact_answers(checklists, answers, "places")]
        accounts += [(f"{code} : {str(v).strip()}", f"{code}: {k}")
                     for k, _, v in _fact_answers(checklists, answers, "summary")]
    out: dict[str, dict[str, Any]] = {}
    if dates:
        earliest = min(dates, key=lambda d: d[0])
        out["facts_date"] = {"value": first_day(earliest[0]), "from": [earliest[1]],
                             "precision": {1: "year", 2: "month"}.get(len(earliest[0].split("-")), "day")}
    if places:
        unique = list(dict.fromkeys(p for p, _ in places if p))
        out["places"] = {"value": unique, "from": [s for _, s in places]}
    if accounts:
        out["summary"] = {"value": "\n".join(a for a, _ in accounts), "from": [s for _, s in accounts]}
    if name:
        out["reference"] = {"value": name, "from": ["case name"]}
    return out


_ACCOUNT = re.compile(r"(?m)^(V\d+) : ")


def localized_summary(text: str, lang: str) -> str:
    """A summary put together from the accounts (« V1 : … » per line, French typography, as stored) with the
    victim's code followed by the run's colon: « V1: … » in English."""
    return text if lang == "fr" else _ACCOUNT.sub(r"\1: ", text)


def first_day(text: str) -> str:
    """``2019`` → ``2019-01-01``: the earliest the facts may have begun (the precision is recorded apart)."""
    parts = text.split("-")
    return "-".join([parts[0], *(parts[1:] or ["01"]), *(["01"] if len(parts) < 3 else [])])[:10]


def merge_case_facts(data: dict[str, Any], found: Mapping[str, dict[str, Any]],
                     before: Mapping[str, Any]) -> dict[str, Any]:
    """Write ``found`` into the case where no person wrote otherwise; return the ``derived.facts`` record."""
    record: dict[str, Any] = {}
    for key, empty in CASE_FACTS.items():
        new = found.get(key)
        current = data.get(key)
        previous = (before.get(key) or {}).get("value") if isinstance(before.get(key), dict) else None
        if _filled(current) and current != previous:  # written by a person: theirs stays
            if new and new["value"] != current:
                record[key] = {**new, "kept": "hand"}
            continue
        if new:
            data[key] = new["value"]
            record[key] = new
        elif previous is not None and current == previous:
            data[key] = empty  # the answer that filled it was taken back
    return record


# ---- ages ------------------------------------------------------------------------------------

def answered_age(checklists: Mapping[str, m.Checklist], answers: Answers,
                 facts_date: str | None) -> dict[str, Any] | None:
    """The age at the facts from an age or date-of-birth answer: value, method, range, doubt; None if none."""
    if not facts_date:
        return None
    for key, record, value in _fact_answers(checklists, answers, "age_at_facts"):
        try:
            answered_on = date.fromisoformat(str(record.get("at") or "")[:10])
        except ValueError:
            continue
        span = age_range(value, answered_on, str(facts_date))
        if span is None:
            continue
        youngest, oldest = span
        return {"value": youngest, "method": method_of(value), "range": [youngest, oldest],
                "doubt": in_doubt(youngest, oldest), "from": [key]}
    return None


def memo_needs(data: Mapping[str, Any]) -> dict[str, list[str]]:
    """The facts the memo still needs (``needs``: it refuses the case without them) or would use (``wants``)."""
    needs = [k for k in MEMO_NEEDS if not _filled(data.get(k))]
    wants = [k for k in MEMO_WANTS if not _filled(data.get(k))]
    wants += [f"{v.get('id')}.age_at_facts" for v in data.get("victims") or []
              if isinstance(v, dict) and v.get("age_at_facts") is None and not v.get("age_doubt")]
    return {"needs": needs, "wants": wants}


def children_only(data: Mapping[str, Any]) -> bool:
    """Every victim is a child or presumed one (age in doubt): none is ever put list B, so its B09 (the date
    and place of the facts) is no way to them; the case file is (review 3, defect 3)."""
    entries = [v for v in data.get("victims") or [] if isinstance(v, dict)]
    return bool(entries) and all(_child_entry(v) for v in entries)


def _child_entry(entry: Mapping[str, Any]) -> bool:
    age = entry.get("age_at_facts")
    return entry.get("age_doubt") is True or (isinstance(age, int) and not isinstance(age, bool) and age < ADULT_AGE)


def victim_fact(checklists: Mapping[str, m.Checklist], answers: Answers, fact: str) -> str | None:
    """This victim's own answer for ``fact`` (B09's date, or its place), as text; None when not given."""
    for _, _, value in _fact_answers(checklists, answers, fact):
        return str(value).strip() or None
    return None
