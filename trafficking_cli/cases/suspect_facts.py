"""What the interview says of each suspect, written into ``suspects`` (contracts §5, ``trafficking-case/2``).

B36S attributes acts to suspect codes for the victim heard (``suspects[].acts``, with B09's date and place);
D18–D21 give participation, kind (person or legal person), knowledge of the purpose and the suspect's own
position (``denies``). As for the case's facts, what the answers wrote is recorded under
``derived.suspects`` so that a later answer replaces it while what a person wrote stays. Pure.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from trafficking_cli import models as m
from trafficking_cli.checklists.records import SPECIAL, has_value, value_of, victim_answers
from trafficking_cli.checklists.signals import ordered_checklists

from .facts import first_day, victim_fact

FIELDS = ("participation", "kind", "knowledge", "denies")
DEFAULTS = {"participation": "auteur", "kind": "person", "knowledge": "unknown"}  # the template's: not a choice
DENIES = {"denies": True, "admits": False}  # "silent": nothing is written


def answered_suspects(data: Mapping[str, Any], checklists: Mapping[str, m.Checklist]) -> dict[str, dict[str, Any]]:
    """Per suspect code: ``acts`` (act mappings as contracts §5 writes them) and the fields D18–D21 give."""
    found: dict[str, dict[str, Any]] = {}
    for victim in [str(v.get("id")) for v in data.get("victims") or [] if isinstance(v, dict)]:
        answers = victim_answers(data.get("answers") or {}, victim)
        when = victim_fact(checklists, answers, "facts_date")
        where = victim_fact(checklists, answers, "places")
        for item, value in _per_suspect(checklists, answers):
            field = (item.feeds.fact or "").split(".", 1)[1]
            for code, chosen in value.items():
                entry = found.setdefault(code, {"acts": []})
                if field == "acts":
                    for element in chosen if isinstance(chosen, list) else [chosen]:
                        _add_act(entry["acts"], element, victim, when, where)
                elif chosen not in SPECIAL:
                    entry.setdefault(field, DENIES.get(chosen) if field == "denies" else chosen)
    for entry in found.values():
        if "denies" in entry and entry["denies"] is None:
            del entry["denies"]
    return found


def _per_suspect(checklists: Mapping[str, m.Checklist],
                 answers: Mapping[str, Any]) -> Iterator[tuple[m.Item, dict[str, Any]]]:
    for checklist in ordered_checklists(checklists):
        for item in checklist.items:
            record = answers.get(item.key)
            value = value_of(record) if has_value(record) else None
            if (item.feeds.fact or "").startswith("suspects.") and isinstance(value, dict):
                yield item, value


def _add_act(acts: list[dict[str, Any]], element: str, victim: str, when: str | None, where: str | None) -> None:
    """One act per element, date and place; the victims it was done to gathered in it."""
    start = first_day(when) if when else None
    for known in acts:
        if known["element"] == element and known.get("from") == start and known.get("place") == where:
            if victim not in known["victims"]:
                known["victims"].append(victim)
            return
    act: dict[str, Any] = {"element": element, "victims": [victim]}
    if start:
        act["from"] = start
    if where:
        act["place"] = where
    act["stage"] = "consomme"
    acts.append(act)


def merge_suspects(data: dict[str, Any], found: Mapping[str, dict[str, Any]],
                   before: Mapping[str, Any]) -> dict[str, Any]:
    """Write ``found`` into ``suspects`` where no person wrote otherwise; return ``derived.suspects``."""
    if data.get("suspects") is None and not found and not before:
        return {}
    if data.get("suspects") is None:
        data["suspects"] = []
    suspects = data["suspects"]
    if not isinstance(suspects, list):
        return {}
    by_id = {s.get("id"): s for s in suspects if isinstance(s, dict)}
    record: dict[str, Any] = {}
    for code in sorted({*found, *before}, key=lambda c: int(c[1:]) if c[1:].isdigit() else 0):
        previous = before.get(code) or {}
        facts = found.get(code) or {"acts": []}
        entry = by_id.get(code)
        if entry is None:
            if not found.get(code):
                continue
            entry = {"id": code}
            suspects.append(entry)
            previous = {**previous, "added": True}
        record[code] = _merge_one(entry, facts, previous)
        if record[code].get("added") and code not in found:
            suspects.remove(entry)  # created by answers that are gone
            del record[code]
    return record


def _merge_one(entry: dict[str, Any], facts: Mapping[str, Any], previous: Mapping[str, Any]) -> dict[str, Any]:
    prev_acts = [dict(a) for a in previous.get("acts") or []]
    hand_acts = [a for a in entry.get("acts") or [] if dict(a) not in prev_acts]
    new_acts = [a for a in facts.get("acts") or [] if a not in [dict(h) for h in hand_acts]]
    entry["acts"] = hand_acts + new_acts
    out: dict[str, Any] = {"acts": new_acts}
    if previous.get("added"):
        out["added"] = True
    for field in FIELDS:
        current, earlier = entry.get(field), previous.get(field)
        by_hand = field in entry and current is not None and current != earlier and current != DEFAULTS.get(field)
        if by_hand:
            continue
        if field in facts:
            entry[field] = out[field] = facts[field]
        elif field in previous and current == earlier:
            entry.pop(field, None)  # the answer that wrote it was taken back
    return out
