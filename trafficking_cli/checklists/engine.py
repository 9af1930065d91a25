"""The checklist engine: one checklist walked for one victim (gating, child flow, navigation, answering).

Pure: no printing, no prompting, no clock, no files. Every function takes what it needs (``now`` as an
ISO string, the answers as plain data) and returns values. The case module stores what it returns.

The engine's parts live in small modules and are re-exported here, so callers keep one import:

- ``records``: the answer vocabulary and the case's per-victim answers mapping;
- ``conditions``: ``when`` / ``requires`` conditions written as data;
- ``signals``: minority and checklists opened by answers;
- ``answers``: typed text to canonical values, and navigation commands;
- ``derive``: what a victim's answers support (elements, aggravating facts, duties, evidence);
- ``checklists.views``: the JSON views of ``checklist list`` / ``checklist show``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any

from trafficking_cli import models as m
from trafficking_cli.errors import UnknownIdError

from .answers import (
    COMMANDS,
    DECLINED_WORDS,
    NO_WORDS,
    NONE_WORDS,
    UNKNOWN_WORDS,
    YES_WORDS,
    AnswerError,
    Command,
    fold,
    parse_input,
    parse_value,
    validate,
    validate_parts,
)
from .conditions import evaluate, unmet
from .derive import Derived, EvidenceDraft, derive, pending_suggestions, positive, suggested
from .records import (
    DECLINED,
    NO,
    NOT_ASKED_CHILD,
    PARTS_OPEN,
    SKIPPED,
    SPECIAL,
    UNKNOWN,
    VICTIM_CODE,
    YES,
    YES_NO_TYPES,
    Answers,
    Record,
    has_value,
    is_answered,
    is_protected,
    merge_answers,
    normalize_record,
    open_parts,
    per_victim,
    status_of,
    value_of,
    victim_answers,
)
from .signals import ADULT_AGE, minor_keys, minor_signal, opened, ordered_checklists
from .views import checklist_json, checklists_json, item_json

__all__ = [
    "ADULT_AGE",
    "COMMANDS",
    "DECLINED",
    "DECLINED_WORDS",
    "NO",
    "NONE_WORDS",
    "NOT_ASKED_CHILD",
    "NO_WORDS",
    "SKIPPED",
    "SPECIAL",
    "UNKNOWN",
    "UNKNOWN_WORDS",
    "VICTIM_CODE",
    "YES",
    "YES_NO_TYPES",
    "YES_WORDS",
    "AnswerError",
    "Answers",
    "Command",
    "Derived",
    "EvidenceDraft",
    "Gate",
    "Record",
    "Session",
    "answer",
    "answer_part",
    "checklist_json",
    "checklists_json",
    "decide_suggestion",
    "derive",
    "evaluate",
    "fold",
    "has_value",
    "is_answered",
    "is_protected",
    "item_json",
    "m",
    "mark_child_hidden",
    "merge_answers",
    "minor_keys",
    "minor_signal",
    "normalize_record",
    "open_parts",
    "opened",
    "parse_input",
    "parse_value",
    "pending",
    "per_victim",
    "positive",
    "record_protected",
    "skip",
    "start",
    "suggested",
    "unmet",
    "validate",
    "value_of",
    "victim_answers",
]

CONSENT_KEY = "A.A18"  # checklist A's consent item: a refusal closes the checklists that require consent


@dataclass(frozen=True)
class Gate:
    allowed: bool
    reason: str | None = None  # "requires" | "consent_refused" | "not_child" | "adult_only"
    missing: tuple[str, ...] = ()


@dataclass(frozen=True)
class Session:
    checklists: Mapping[str, m.Checklist]
    checklist: m.Checklist
    victim: str
    answers: Mapping[str, Record] = field(default_factory=dict)
    minor_by_case: bool | None = None  # from the case file (age < 18 or age_doubt), without derived facts
    reference_date: str | None = None  # facts_date, else today: ages from a date of birth
    foreign: bool | None = None  # nationality known and not ML (the victim's entry in the case)

    # -- child flow
    def minor_keys(self) -> list[str]:
        return minor_keys(self.checklists, self.answers, self.reference_date)

    @cached_property  # a Session is immutable: computed once (``replace`` makes a new one)
    def child(self) -> bool:
        """Under 18, or any doubt about age: presumed a minor (and checklist C opens)."""
        return bool(self.minor_by_case) or bool(self.minor_keys())

    def hidden_for_child(self, item: m.Item) -> bool:
        """``never_ask_child`` items are never put to a child.

        In checklists for adults (or all) they are hidden in child mode. In a child checklist (C), a
        ``check`` item marked so is a practitioner's note taken from documents, the guardian or other
        evidence: it stays, shown with the warning; an ``ask`` item marked so is hidden there too.
        """
        if not (self.child and item.never_ask_child):
            return False
        audience = self.checklists[item.checklist].audience if item.checklist in self.checklists else "all"
        return item.mode == "ask" or audience != "child"

    def applies(self, item: m.Item) -> bool:
        return evaluate(item.when, self.answers, self.child, self.foreign)

    def visible(self) -> list[m.Item]:
        return [i for i in self.checklist.items if self.applies(i) and not self.hidden_for_child(i)]

    def child_hidden(self) -> list[m.Item]:
        return [i for i in self.checklist.items if self.applies(i) and self.hidden_for_child(i)]

    def record(self, item: m.Item | str) -> Record | None:
        key = item.key if isinstance(item, m.Item) else f"{self.checklist.id}.{item}"
        return self.answers.get(key)

    def handled(self, item: m.Item) -> bool:
        """Answered (every part asked), skipped on purpose, or passed over because the victim is a child."""
        record = self.record(item)
        if is_answered(record):
            return not self.open_parts(item)
        status = status_of(record)
        return status == SKIPPED or (status == NOT_ASKED_CHILD and self.hidden_for_child(item))

    def open_parts(self, item: m.Item) -> list[m.Part]:
        """The parts of this answered question not asked yet (a run interrupted among them)."""
        still = open_parts(self.record(item))
        return [p for p in item.parts if p.id in still]  # a part no longer in the checklist is not asked

    # -- navigation
    def first_open(self) -> m.Item | None:
        """The first visible item not yet answered or skipped: where a run starts or resumes."""
        return next((i for i in self.visible() if not self.handled(i)), None)

    def next_after(self, item_id: str) -> m.Item | None:
        items = self.visible()
        ids = [i.id for i in items]
        if item_id in ids:
            index = ids.index(item_id)
            return items[index + 1] if index + 1 < len(items) else None
        order = [i.id for i in self.checklist.items]  # the item became invisible: next in file order
        start = order.index(item_id) if item_id in order else -1
        return next((i for i in items if order.index(i.id) > start), None)

    def previous_before(self, item_id: str) -> m.Item | None:
        items = self.visible()
        order = [i.id for i in self.checklist.items]
        start = order.index(item_id) if item_id in order else len(order)
        earlier = [i for i in items if order.index(i.id) < start]
        return earlier[-1] if earlier else None

    def position(self, item_id: str) -> tuple[int, int]:
        """(n, N): "item n of N" among the items shown to this victim."""
        ids = [i.id for i in self.visible()]
        return (ids.index(item_id) + 1 if item_id in ids else 0), len(ids)

    def counts(self) -> dict[str, int]:
        visible = self.visible()
        records = [self.record(i) for i in visible]
        return {
            "total": len(visible),
            "answered": sum(is_answered(r) and self.handled(i) for i, r in zip(visible, records, strict=True)),
            "skipped": sum(status_of(r) == SKIPPED for r in records),
            "open": sum(not self.handled(i) for i in visible),
            "not_asked_child": len(self.child_hidden()),
        }

    def item(self, item_id: str) -> m.Item:
        found = self.checklist.item(item_id) or self.checklist.item(item_id.upper())
        if found is None:
            raise AnswerError("unknown_item", item=item_id, checklist=self.checklist.id)
        return found

    # -- gating
    def gate(self) -> Gate:
        """May this checklist be run for this victim now? (A's consent gates B and C; C needs a child.)"""
        requires = self.checklist.requires
        if requires is not None and value_of(self.answers.get(CONSENT_KEY)) == "refused" \
                and not evaluate(requires, self.answers, self.child, self.foreign):
            return Gate(False, "consent_refused", (CONSENT_KEY,))
        missing = unmet(requires, self.answers, self.child, self.foreign)
        if missing:
            return Gate(False, "requires", tuple(missing))
        if self.checklist.audience == "child" and not self.child:
            return Gate(False, "not_child", tuple(self.minor_item_keys()))
        if self.checklist.audience == "adult" and self.child:  # a presumed child is never given B
            return Gate(False, "adult_only", tuple(self.minor_keys()) or ("age_doubt",))
        return Gate(True)

    def minor_item_keys(self) -> list[str]:
        return [i.key for c in ordered_checklists(self.checklists) for i in c.items if i.feeds.minor]

    def opened(self) -> dict[str, list[str]]:
        return opened(self.checklists, self.answers, self.reference_date)


def start(checklists: Mapping[str, m.Checklist], checklist_id: str, victim: str,
          case_answers: Mapping[str, Any] | None = None, minor_by_case: bool | None = None,
          reference_date: str | None = None, foreign: bool | None = None) -> Session:
    checklist = checklists.get(checklist_id) or checklists.get(checklist_id.upper())
    if checklist is None:
        raise UnknownIdError("checklist", checklist_id, sorted(checklists), hint="trafficking checklist list")
    return Session(checklists, checklist, victim, victim_answers(case_answers or {}, victim), minor_by_case,
                   reference_date, foreign)


# ---- answering: each returns a new Session ----------------------------------------------------

def answer(session: Session, item_id: str, value: Any, now: str, note: str | None = None,
           parts: Mapping[str, Any] | None = None, *, parts_to_ask: bool = False) -> Session:
    """Record an answer; ``parts``: the further answers of a question that asks several things (B09).

    ``parts_to_ask``: the parts will be asked one by one next (``answer_part``): until then the record
    lists them as open, so that the main answer is saved at once and an interruption loses nothing.
    """
    item = session.item(item_id)
    value = validate(item, value)
    if item.protected and value not in SPECIAL:
        raise AnswerError("protected", item=item.key)
    record: Record = {"value": value, "at": now}
    checked = validate_parts(item, parts) if parts and value not in SPECIAL else {}
    if checked:
        record["parts"] = checked
    if note:
        record["note"] = note
    still = [p.id for p in item.parts if p.id not in checked] if parts_to_ask and value not in SPECIAL else []
    if still:
        record[PARTS_OPEN] = still
    return _with(session, item, record)


def answer_part(session: Session, item_id: str, part_id: str, value: Any) -> Session:
    """One part of a question with several parts, given after its main answer; None: left out (Enter)."""
    item = session.item(item_id)
    record = dict(session.record(item) or {})
    part = next((p for p in item.parts if p.id == part_id), None)
    if part is None or not has_value(record):
        raise AnswerError("parts", item=item.key, parts=", ".join(p.id for p in item.parts))
    given = {**(record.get("parts") or {}), **validate_parts(item, {part_id: value})}
    if given:
        record["parts"] = {p.id: given[p.id] for p in item.parts if p.id in given}  # in the question's order
    still = [p.id for p in session.open_parts(item) if p.id != part_id]
    record.pop(PARTS_OPEN, None)
    if still:
        record[PARTS_OPEN] = still
    return _with(session, item, record)


def record_protected(session: Session, item_id: str, recorded: bool, now: str) -> Session:
    """An identifying answer was given: the case only notes that (the value goes to the identity file)."""
    item = session.item(item_id)
    if not item.protected:
        raise AnswerError("not_protected", item=item.key)
    return _with(session, item, {"protected": True, "recorded": recorded, "at": now})


def decide_suggestion(session: Session, item_id: str, element: str, confirmed: bool, now: str) -> Session:
    """The interviewer confirms (or sets aside) an element the answer to ``item_id`` suggests."""
    item = session.item(item_id)
    record = dict(session.record(item) or {})
    if element not in suggested(item, record):
        raise AnswerError("not_suggested", item=item.key, element=element)
    key = "confirmed" if confirmed else "set_aside"
    record[key] = sorted({*(record.get(key) or []), element})
    record["decided_at"] = now
    return _with(session, item, record)


def pending(session: Session) -> list[tuple[m.Item, str]]:
    """(item, element) suggestions of this checklist's answers still to be confirmed or set aside."""
    return [(item, element) for item in session.visible()
            for element in pending_suggestions(item, session.record(item))]


def skip(session: Session, item_id: str, now: str) -> Session:
    item = session.item(item_id)
    return _with(session, item, {"status": SKIPPED, "at": now})


def mark_child_hidden(session: Session, now: str) -> Session:
    """Record the items passed over because the victim is (presumed) a child."""
    answers = dict(session.answers)
    for item in session.child_hidden():
        if not session.handled(item) and not is_answered(answers.get(item.key)):
            answers[item.key] = {"status": NOT_ASKED_CHILD, "at": now}
    return replace(session, answers=answers)


def _with(session: Session, item: m.Item, record: Record) -> Session:
    answers = dict(session.answers)
    answers[item.key] = record
    return replace(session, answers=answers)
