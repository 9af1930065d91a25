"""Derived facts written into the case: what the answers add to each victim and to the evidence list.

``derived`` (an extra key, allowed by contracts §3) records what the answers added, so that changing
an answer removes what it had added while entries written by hand stay. Pure: ``today`` is an argument.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from trafficking_cli import models as m
from trafficking_cli.checklists.derive import Derived, EvidenceDraft, derive
from trafficking_cli.checklists.engine import Session, start
from trafficking_cli.checklists.records import per_victim, victim_answers
from trafficking_cli.checklists.signals import ADULT_AGE

from .facts import answered_age, answered_facts, merge_case_facts
from .suspect_facts import answered_suspects, merge_suspects

LISTED_FACTS = ("established", "excluded", "aggravating")  # the victim's lists, by hand and from answers
OPPOSITE = {"established": "excluded", "excluded": "established"}
RECORDED_FACTS = ("established", "excluded", "aggravating", "protection", "opens")


# ---- what the case says about a victim -------------------------------------------------------

def victim_entry(data: Mapping[str, Any], victim: str) -> dict[str, Any] | None:
    return next((v for v in data.get("victims") or [] if isinstance(v, dict) and v.get("id") == victim), None)


def hand_minor(data: Mapping[str, Any], victim: str) -> bool | None:
    """Is the victim a minor (or presumed one) according to what a person wrote, not the answers?"""
    entry = victim_entry(data, victim)
    if entry is None:
        return None
    added = _added_by_answers(data, victim)
    if _hand_doubt(entry, added):
        return True
    age = entry.get("age_at_facts")
    if "age_at_facts" in added and age == added["age_at_facts"]:
        return None  # the answers gave this age: they speak for themselves
    return _minor_by_age(age)


def foreign(data: Mapping[str, Any], victim: str) -> bool | None:
    """Nationality known and not Malian (the ``{foreign: …}`` condition); None when not known."""
    entry = victim_entry(data, victim) or {}
    nationality = entry.get("nationality")
    return None if not nationality else str(nationality).upper() != "ML"


def victim_context(data: Mapping[str, Any], victim: str, today: str) -> dict[str, Any]:
    """What the engine needs from the case besides answers: minority by hand, the reference date, nationality."""
    return {"minor_by_case": hand_minor(data, victim), "reference_date": data.get("facts_date") or today,
            "foreign": foreign(data, victim)}


def victim_session(data: Mapping[str, Any], checklists: Mapping[str, m.Checklist], checklist_id: str,
                   victim: str, today: str) -> Session:
    """The engine's session for one checklist and one victim of this case."""
    return start(checklists, checklist_id, victim, data.get("answers") or {}, **victim_context(data, victim, today))


def _added_by_answers(data: Mapping[str, Any], victim: str) -> Mapping[str, Any]:
    """What the last recomputation added to this victim's entry (``derived.victims.V1.added``)."""
    return (((data.get("derived") or {}).get("victims") or {}).get(victim) or {}).get("added") or {}


def _hand_doubt(entry: Mapping[str, Any], added: Mapping[str, Any]) -> bool:
    """``age_doubt`` set by a person (not by a previous recomputation)."""
    return bool(entry.get("age_doubt")) and not added.get("age_doubt")


def _minor_by_age(age: Any) -> bool | None:
    """Under 18 by ``age_at_facts``; None when no age is written (a YAML ``true`` is not an age)."""
    if isinstance(age, int) and not isinstance(age, bool):
        return age < ADULT_AGE
    return None


# ---- recomputing ------------------------------------------------------------------------------

def apply_derived(data: dict[str, Any], checklists: Mapping[str, m.Checklist], elements: set[str],
                  aggravating: set[str], *, today: str, lang: str = "fr", name: str | None = None) -> dict[str, Any]:
    """Recompute, from all answers, what they add to the case's facts, each victim and the evidence (in place).

    ``name``: the case's name, which becomes its reference when none is written.
    """
    previous = data.get("derived") or {}
    facts = merge_case_facts(data, answered_facts(data, checklists, name), previous.get("facts") or {})
    victims_out: dict[str, Any] = {}
    drafts: list[tuple[str, EvidenceDraft]] = []
    for entry in data.get("victims") or []:
        code = entry.get("id")
        answers = victim_answers(data.get("answers") or {}, code)
        if not answers and code not in (previous.get("victims") or {}):
            continue
        added_before = _added_by_answers(data, code)
        derived = derive(checklists, answers, code, **victim_context(data, code, today), lang=lang)
        age = answered_age(checklists, answers, data.get("facts_date"))
        victims_out[code] = _merge_victim(entry, derived, added_before, elements, aggravating, age)
        drafts += [(code, d) for d in derived.evidence]
    evidence_ids = _merge_evidence(data, drafts, set(previous.get("evidence") or []), elements)
    suspects = merge_suspects(data, answered_suspects(data, checklists), previous.get("suspects") or {})
    if victims_out or evidence_ids or previous or facts or suspects:
        data["derived"] = {"facts": facts, "victims": victims_out, "evidence": evidence_ids}
        if suspects:
            data["derived"]["suspects"] = suspects
    return data


def _merge_victim(entry: dict[str, Any], derived: Derived, added_before: Mapping[str, Any],
                  elements: set[str], aggravating: set[str], age: dict[str, Any] | None = None) -> dict[str, Any]:
    """Write what the answers add into the victim's entry; return the victim's ``derived`` record."""
    added, overruled = _merge_fact_lists(entry, derived, added_before, {"established": elements,
                                                                        "excluded": elements,
                                                                        "aggravating": aggravating})
    age_added = _merge_age(entry, age, added_before)
    if age_added is not None:
        added["age_at_facts"] = age_added
    added["age_doubt"] = _merge_age_doubt(entry, derived, added_before, bool(age_added is not None and age
                                                                             and age["doubt"]))
    record: dict[str, Any] = {"age": age} if age else {}
    for key in RECORDED_FACTS:
        facts = getattr(derived, key)
        if facts:
            record[key] = {k: list(v) for k, v in facts.items()}
    if derived.minor:
        record["minor"] = list(derived.minor)
    conflicts = [*derived.conflicts, *overruled]
    if conflicts:
        record["conflicts"] = sorted(set(conflicts))
    record["added"] = added
    return record


def _merge_fact_lists(entry: dict[str, Any], derived: Derived, added_before: Mapping[str, Any],
                      known: Mapping[str, set[str]]) -> tuple[dict[str, Any], list[str]]:
    """Hand-written ids first, then the derived ones; returns (what was added, ids a person ruled otherwise)."""
    hand = {k: [x for x in entry.get(k) or [] if x not in (added_before.get(k) or [])] for k in LISTED_FACTS}
    added: dict[str, Any] = {}
    overruled: list[str] = []
    for key in LISTED_FACTS:
        other = OPPOSITE.get(key)
        new = []
        for ident in getattr(derived, key):
            if ident not in known[key] or ident in hand[key]:
                continue
            if other and ident in hand[other]:
                overruled.append(ident)  # a person ruled it the other way: their word stays
                continue
            new.append(ident)
        entry[key] = hand[key] + new
        added[key] = new
    return added, overruled


def _merge_age(entry: dict[str, Any], age: Mapping[str, Any] | None, added_before: Mapping[str, Any]) -> int | None:
    """Write the age at the facts the answers give, unless a person wrote one; the age added, or None."""
    current = entry.get("age_at_facts")
    by_answers = "age_at_facts" in added_before and current == added_before["age_at_facts"]
    if current is not None and not by_answers:
        return None  # written by a person: theirs stays
    entry["age_at_facts"] = age["value"] if age else None
    return entry["age_at_facts"]


def _merge_age_doubt(entry: dict[str, Any], derived: Derived, added_before: Mapping[str, Any],
                     range_doubt: bool = False) -> bool:
    """Set ``age_doubt`` when the answers signal a minor that no written age confirms, or when the age at the
    facts could be on either side of 15 or 18; True if the answers did."""
    hand_doubt = _hand_doubt(entry, added_before)
    known_minor = bool(_minor_by_age(entry.get("age_at_facts")))
    entry["age_doubt"] = hand_doubt or range_doubt or (bool(derived.minor) and not known_minor)
    return entry["age_doubt"] and not hand_doubt


def _merge_evidence(data: dict[str, Any], drafts: list[tuple[str, EvidenceDraft]],
                    derived_before: set[str], elements: set[str]) -> list[str]:
    """Replace the derived evidence entries (keeping their ids by ``source``); hand-written ones stay."""
    current = [e for e in data.get("evidence") or [] if isinstance(e, dict)]
    by_source = {e.get("source"): e.get("id") for e in current if e.get("id") in derived_before}
    hand = [e for e in current if e.get("id") not in derived_before]
    used = {str(e.get("id")) for e in hand}
    entries, ids = [], []
    for victim, draft in drafts:
        ident = by_source.get(draft.source)
        if ident is None or ident in used:
            ident = _next_evidence_id(used)
        used.add(ident)
        ids.append(ident)
        entries.append({"id": ident, "kind": draft.kind, "description": draft.description,
                        "supports": [f"{victim}.{e}" for e in draft.supports if e in elements],
                        "source": draft.source})
    data["evidence"] = hand + entries
    return ids


def _next_evidence_id(used: set[str]) -> str:
    numbers = [int(i[1:]) for i in used if re.fullmatch(r"E\d+", i)]
    candidate = max(numbers, default=0) + 1
    while f"E{candidate}" in used:
        candidate += 1
    return f"E{candidate}"


def sort_answers(answers: Mapping[str, Any], checklists: Mapping[str, m.Checklist]) -> dict[str, Any]:
    """Answers in checklist order, then item order; victims in code order (stable, readable diffs)."""
    rank: dict[str, tuple[int, str, int]] = {}
    for checklist in checklists.values():
        for index, item in enumerate(checklist.items):
            rank[item.key] = (checklist.order, checklist.id, index)
    ordered = sorted(answers, key=lambda k: (k not in rank, rank.get(k, (0, "", 0)), k))
    return {k: dict(sorted(answers[k].items(), key=lambda kv: _code_rank(kv[0]))) if per_victim(answers[k])
            else answers[k] for k in ordered}


def _code_rank(code: str) -> tuple[int, str]:
    digits = re.sub(r"\D", "", code)
    return (int(digits) if digits else 0, code)
