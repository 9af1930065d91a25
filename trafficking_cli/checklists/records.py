"""Answer records: the vocabulary of one stored answer, and the case's per-victim answers mapping.

Pure: no printing, no prompting, no clock, no files.

Answers of one victim are a mapping ``"CHECKLIST.ITEM" -> record``; a record is one of

- ``{"value": V, "at": NOW}`` (+ ``"note"``, + ``"parts"``): an answer. ``V`` is ``yes``/``no``/``unknown``/
  ``declined``, an option id (choice), a list of option ids (multi), a text, an ISO date (``YYYY``,
  ``YYYY-MM`` or ``YYYY-MM-DD``) or a number. ``unknown`` and ``declined`` are accepted for every type
  except that a strict ``yes_no`` item has no ``unknown``. While the parts of a question that asks several
  things are being asked, ``"parts_open"`` lists those not asked yet: the main answer and each part are
  saved as soon as given, so an interruption keeps them and the resume asks only these;
- ``{"status": "skipped", "at": NOW}``: passed over on purpose (re-running does not ask it again);
- ``{"status": "not_asked_child", "at": NOW}``: never put to a child (``never_ask_child``);
- ``{"protected": true, "recorded": BOOL, "at": NOW}``: an identifying answer; its value lives only in
  the protected identity file (or nowhere, when the user chose not to record it).

In the case file the mapping is keyed by item, then by victim code (``{"A.A01": {"V1": record}}``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

YES, NO, UNKNOWN, DECLINED = "yes", "no", "unknown", "declined"
SPECIAL = (UNKNOWN, DECLINED)
SKIPPED, NOT_ASKED_CHILD = "skipped", "not_asked_child"
PARTS_OPEN = "parts_open"  # a record's parts not asked yet (see below)
YES_NO_TYPES = ("yes_no", "yes_no_unknown", "ack")  # ack: an instruction done (yes) or not (no)
VICTIM_CODE = re.compile(r"V\d+")

Record = dict[str, Any]
Answers = Mapping[str, Record]


# ---- one record ------------------------------------------------------------------------------

def normalize_record(raw: Any) -> Record:
    """A record as read from a (possibly hand-written) case file: ``yes`` unquoted is True in YAML."""
    if not isinstance(raw, dict):
        return {"value": from_yaml_scalar(raw)}
    record = dict(raw)
    if "value" in record:
        record["value"] = from_yaml_scalar(record["value"])
    return record


def from_yaml_scalar(value: Any) -> Any:
    """Undo YAML's typing of answers: ``yes``/``no`` read as booleans, option ids as numbers."""
    if value is True:
        return YES
    if value is False:
        return NO
    if isinstance(value, list):
        return [str(v) for v in value]
    return value


def has_value(record: Record | None) -> bool:
    return isinstance(record, dict) and "value" in record


def value_of(record: Record | None) -> Any:
    return record.get("value") if has_value(record) else None  # type: ignore[union-attr]


def status_of(record: Record | None) -> str | None:
    """``skipped`` / ``not_asked_child`` for a record that holds no answer, else None."""
    return record.get("status") if isinstance(record, dict) else None


def is_protected(record: Record | None) -> bool:
    return isinstance(record, dict) and record.get("protected") is True


def open_parts(record: Record | None) -> list[str]:
    """The parts of a question with several parts not asked yet (the run was interrupted among them)."""
    found = record.get(PARTS_OPEN) if has_value(record) else None  # type: ignore[union-attr]
    return [str(p) for p in found] if isinstance(found, list) else []


def is_answered(record: Record | None) -> bool:
    """An answer was given (the value may be in the protected identity file)."""
    return has_value(record) or is_protected(record)


# ---- the case's answers, per victim ----------------------------------------------------------

def per_victim(value: Any) -> bool:
    """Is this answers entry keyed by victim code (``{V1: …, V2: …}``)? Otherwise it is case-wide."""
    return isinstance(value, dict) and bool(value) and all(isinstance(k, str) and VICTIM_CODE.fullmatch(k)
                                                           for k in value)


def _is_empty(entry: Any) -> bool:
    return entry is None or entry == {}


def victim_answers(case_answers: Mapping[str, Any], victim: str) -> dict[str, Record]:
    """One victim's answers out of the case's ``answers`` mapping (key -> victim -> record).

    A hand-written case-wide answer (``"A.A06": yes``, not keyed by victim) applies to every victim.
    """
    out: dict[str, Record] = {}
    for key, by_victim in (case_answers or {}).items():
        if not per_victim(by_victim):
            if not _is_empty(by_victim):
                out[str(key)] = normalize_record(by_victim)
        elif victim in by_victim:
            out[str(key)] = normalize_record(by_victim[victim])
    return out


def merge_answers(case_answers: Mapping[str, Any], victim: str, answers: Answers,
                  victims: Iterable[str] = ()) -> dict[str, Any]:
    """The case's ``answers`` mapping with this victim's records replaced by ``answers``.

    A case-wide entry that this victim's answer replaces is kept for the other ``victims``.
    """
    merged: dict[str, Any] = {}
    for key, by_victim in (case_answers or {}).items():
        if per_victim(by_victim):
            others = {v: r for v, r in by_victim.items() if v != victim}
        elif _is_empty(by_victim):
            others = {}
        elif key in answers:
            others = {v: normalize_record(by_victim) for v in victims if v != victim}
        else:
            merged[str(key)] = by_victim  # untouched case-wide answer
            continue
        if others:
            merged[str(key)] = others
    for key, record in answers.items():
        merged.setdefault(key, {})[victim] = dict(record)
    return merged
