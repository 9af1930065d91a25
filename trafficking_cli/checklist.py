"""The checklist engine: conditions, gating, child flow, navigation, answers and derived facts.

Pure: no printing, no prompting, no clock, no files. Every function takes what it needs (``now`` as an
ISO string, the answers as plain data) and returns values. The case module stores what it returns.

Answers of one victim are a mapping ``"CHECKLIST.ITEM" -> record``; a record is one of

- ``{"value": V, "at": NOW}`` (+ ``"note"``): an answer. ``V`` is ``yes``/``no``/``unknown``/``declined``,
  an option id (choice), a list of option ids (multi), a text, an ISO date (``YYYY``, ``YYYY-MM`` or
  ``YYYY-MM-DD``) or a number. ``unknown`` and ``declined`` are accepted for every type except that a
  strict ``yes_no`` item has no ``unknown``;
- ``{"status": "skipped", "at": NOW}``: passed over on purpose (re-running does not ask it again);
- ``{"status": "not_asked_child", "at": NOW}``: never put to a child (``never_ask_child``);
- ``{"protected": true, "recorded": BOOL, "at": NOW}``: an identifying answer; its value lives only in
  the protected identity file (or nowhere, when the user chose not to record it).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property
from typing import Any

from . import models as m
from .errors import UsageError
from .i18n import register, t

YES, NO, UNKNOWN, DECLINED = "yes", "no", "unknown", "declined"
SPECIAL = (UNKNOWN, DECLINED)
SKIPPED, NOT_ASKED_CHILD = "skipped", "not_asked_child"
YES_NO_TYPES = ("yes_no", "yes_no_unknown")
VICTIM_CODE = re.compile(r"V\d+")
ADULT_AGE = 18

Record = dict[str, Any]
Answers = Mapping[str, Record]

YES_WORDS = {"o", "oui", "y", "yes"}
NO_WORDS = {"n", "non", "no"}
UNKNOWN_WORDS = {"nsp", "u", "unknown", "ne sait pas", "ne sais pas", "je ne sais pas", "dk", "don't know",
                 "dont know", "inconnu"}
DECLINED_WORDS = {"r", "refus", "refuse", "declined", "decline", "refuse de repondre", "ne souhaite pas repondre"}
NONE_WORDS = {"-", "aucun", "aucune", "rien", "none", "nothing"}
COMMANDS = {
    "help": {"?", "aide", "help", "pourquoi", "why"},
    "back": {"<", "b", "retour", "back"},
    "skip": {">", "s", "passer", "skip"},
    "quit": {"q", "pause", "quitter", "quit"},
    "review": {"=", "revue", "review"},
}


class AnswerError(UsageError):
    """An answer that does not fit the item; ``code`` + ``values`` are translated by the UI."""

    def __init__(self, code: str, **values: object) -> None:
        super().__init__(t(f"answer.{code}", "en", **values))
        self.code = code
        self.values = values
        self.message_key = f"answer.{code}"
        self.message_values = values


# ---- records -------------------------------------------------------------------------------

def normalize_record(raw: Any) -> Record:
    """A record as read from a (possibly hand-written) case file: ``yes`` unquoted is True in YAML."""
    if not isinstance(raw, dict):
        return {"value": _from_yaml_scalar(raw)}
    record = dict(raw)
    if "value" in record:
        record["value"] = _from_yaml_scalar(record["value"])
    return record


def _from_yaml_scalar(value: Any) -> Any:
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


def is_protected(record: Record | None) -> bool:
    return isinstance(record, dict) and record.get("protected") is True


def is_answered(record: Record | None) -> bool:
    """An answer was given (the value may be in the protected identity file)."""
    return has_value(record) or is_protected(record)


def per_victim(value: Any) -> bool:
    """Is this answers entry keyed by victim code (``{V1: …, V2: …}``)? Otherwise it is case-wide."""
    return isinstance(value, dict) and bool(value) and all(isinstance(k, str) and VICTIM_CODE.fullmatch(k)
                                                           for k in value)


def victim_answers(case_answers: Mapping[str, Any], victim: str) -> dict[str, Record]:
    """One victim's answers out of the case's ``answers`` mapping (key -> victim -> record).

    A hand-written case-wide answer (``"A.A06": yes``, not keyed by victim) applies to every victim.
    """
    out: dict[str, Record] = {}
    for key, by_victim in (case_answers or {}).items():
        if not per_victim(by_victim):
            if by_victim is not None and by_victim != {}:
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
        elif by_victim is None or by_victim == {}:
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


# ---- conditions (docs/data-format.md §3) ---------------------------------------------------------

def evaluate(cond: m.Condition | None, answers: Answers, child: bool, foreign: bool | None = None) -> bool:
    """Evaluate a condition written as data. Never ``eval``: a fixed set of operators.

    ``child``: the victim is a minor or presumed one; ``foreign``: nationality known and not ML
    (None when not known: then neither ``{foreign: true}`` nor ``{foreign: false}`` holds).
    """
    if cond is None:
        return True
    if not isinstance(cond, dict) or len(cond) != 1:
        raise ValueError(f"not a condition: {cond!r}")
    (op, arg), = cond.items()
    if op == "answered":
        return is_answered(answers.get(arg))
    if op == "equals":
        return _matches(value_of(answers.get(arg[0])), [arg[1]])
    if op == "in":
        return _matches(value_of(answers.get(arg[0])), list(arg[1]))
    if op == "all":
        return all(evaluate(sub, answers, child, foreign) for sub in arg)
    if op == "any":
        return any(evaluate(sub, answers, child, foreign) for sub in arg)
    if op == "not":
        return not evaluate(arg, answers, child, foreign)
    if op == "child":
        return child is bool(arg)
    if op == "foreign":
        return foreign is not None and foreign is bool(arg)
    raise ValueError(f"unknown condition operator {op!r}")


def _matches(value: Any, expected: list[str]) -> bool:
    if value is None:
        return False
    if isinstance(value, list):  # multi: true when any chosen option is expected
        return any(str(v) in expected for v in value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return any(_number(e) == value for e in expected)
    return str(value) in expected


def _number(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def unmet(cond: m.Condition | None, answers: Answers, child: bool, foreign: bool | None = None) -> list[str]:
    """The item keys behind the parts of ``cond`` that do not hold (for a gate message)."""
    if cond is None or evaluate(cond, answers, child, foreign):
        return []
    (op, arg), = cond.items()
    if op in ("all", "any"):
        return list(dict.fromkeys(k for sub in arg for k in unmet(sub, answers, child, foreign)))
    if op in ("answered",):
        return [arg]
    if op in ("equals", "in"):
        return [arg[0]]
    if op == "not":
        return _keys(arg)
    return []


def _keys(cond: Any) -> list[str]:
    (op, arg), = cond.items()
    if op == "answered":
        return [arg]
    if op in ("equals", "in"):
        return [arg[0]]
    if op in ("all", "any"):
        return [k for sub in arg for k in _keys(sub)]
    return _keys(arg) if op == "not" else []


# ---- minority ---------------------------------------------------------------------------------

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


# ---- the session: one checklist, one victim ----------------------------------------------------

@dataclass(frozen=True)
class Gate:
    allowed: bool
    reason: str | None = None  # "requires" | "consent_refused" | "not_child"
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
        record = self.record(item)
        if is_answered(record):
            return True
        status = record.get("status") if isinstance(record, dict) else None
        return status == SKIPPED or (status == NOT_ASKED_CHILD and self.hidden_for_child(item))

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
            "answered": sum(is_answered(r) for r in records),
            "skipped": sum(isinstance(r, dict) and r.get("status") == SKIPPED for r in records),
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
        consent = self.answers.get("A.A18")
        if self.checklist.requires is not None and value_of(consent) == "refused" \
                and not evaluate(self.checklist.requires, self.answers, self.child, self.foreign):
            return Gate(False, "consent_refused", ("A.A18",))
        missing = unmet(self.checklist.requires, self.answers, self.child, self.foreign)
        if missing:
            return Gate(False, "requires", tuple(missing))
        if self.checklist.audience == "child" and not self.child:
            return Gate(False, "not_child", tuple(self.minor_item_keys()))
        return Gate(True)

    def minor_item_keys(self) -> list[str]:
        return [i.key for c in _ordered(self.checklists) for i in c.items if i.feeds.minor]

    def opened(self) -> dict[str, list[str]]:
        return opened(self.checklists, self.answers, self.reference_date)


def start(checklists: Mapping[str, m.Checklist], checklist_id: str, victim: str,
          case_answers: Mapping[str, Any] | None = None, minor_by_case: bool | None = None,
          reference_date: str | None = None, foreign: bool | None = None) -> Session:
    checklist = checklists.get(checklist_id) or checklists.get(checklist_id.upper())
    if checklist is None:
        from .errors import UnknownIdError

        raise UnknownIdError("checklist", checklist_id, sorted(checklists), hint="trafficking checklist list")
    return Session(checklists, checklist, victim, victim_answers(case_answers or {}, victim), minor_by_case,
                   reference_date, foreign)


def _ordered(checklists: Mapping[str, m.Checklist]) -> list[m.Checklist]:
    return sorted(checklists.values(), key=lambda c: (c.order, c.id))


def minor_keys(checklists: Mapping[str, m.Checklist], answers: Answers, reference_date: str | None) -> list[str]:
    return [i.key for c in _ordered(checklists) for i in c.items
            if i.feeds.minor and minor_signal(i, answers.get(i.key), reference_date)]


def opened(checklists: Mapping[str, m.Checklist], answers: Answers,
           reference_date: str | None) -> dict[str, list[str]]:
    """Checklists opened by answers (``opens``): a yes/unknown, or a minority signal for age items."""
    out: dict[str, list[str]] = {}
    for checklist in _ordered(checklists):
        for item in checklist.items:
            record = answers.get(item.key)
            if not item.opens or not has_value(record):
                continue
            hit = minor_signal(item, record, reference_date) if item.feeds.minor else \
                value_of(record) in (YES, UNKNOWN)
            if hit:
                out.setdefault(item.opens, []).append(item.key)
    return out


# ---- answering -------------------------------------------------------------------------------

def answer(session: Session, item_id: str, value: Any, now: str, note: str | None = None) -> Session:
    item = session.item(item_id)
    value = validate(item, value)
    if item.protected and value not in SPECIAL:
        raise AnswerError("protected", item=item.key)
    record: Record = {"value": value, "at": now}
    if note:
        record["note"] = note
    return _with(session, item, record)


def record_protected(session: Session, item_id: str, recorded: bool, now: str) -> Session:
    """An identifying answer was given: the case only notes that (the value goes to the identity file)."""
    item = session.item(item_id)
    if not item.protected:
        raise AnswerError("not_protected", item=item.key)
    return _with(session, item, {"protected": True, "recorded": recorded, "at": now})


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


# ---- validating and parsing answers ----------------------------------------------------------

def validate(item: m.Item, value: Any) -> Any:
    """The canonical form of ``value`` for ``item``; AnswerError when it does not fit."""
    value = _from_yaml_scalar(value)
    if value == DECLINED:
        return value
    if value == UNKNOWN:
        if item.type == "yes_no":
            raise AnswerError("no_unknown", item=item.key)
        return value
    if isinstance(value, str):
        return parse_value(item, value)
    if item.type == "number" and isinstance(value, int | float) and not isinstance(value, bool):
        if value < 0:
            raise AnswerError("number", item=item.key, given=value)
        return value
    if item.type == "multi" and isinstance(value, list):
        return _multi_ids(item, [str(v) for v in value])
    if item.type == "text" and isinstance(value, int | float):
        return str(value)
    raise AnswerError(f"type.{item.type}", item=item.key, given=value)


def parse_value(item: m.Item, text: str) -> Any:
    """Typed (or file) text to a canonical value: ``oui`` → yes, ``2`` → the 2nd option, ``15/01/2019``…"""
    raw = text.strip()
    word = fold(raw)
    if not raw:
        raise AnswerError("empty", item=item.key)
    if item.type in ("choice", "multi"):
        found = _options_from_text(item, raw)
        if found is not None:
            return found[0] if item.type == "choice" else found
    special = _special(item, word)
    if special:
        return special
    if item.type in YES_NO_TYPES:
        if word in YES_WORDS:
            return YES
        if word in NO_WORDS:
            return NO
        raise AnswerError(f"type.{item.type}", item=item.key, given=raw)
    if item.type == "text":
        return raw
    if item.type == "number":
        return _parse_number(item, raw)
    if item.type == "date":
        return _parse_date(item, raw)
    raise AnswerError(f"type.{item.type}", item=item.key, given=raw)


def _special(item: m.Item, word: str) -> str | None:
    if item.type == "text" and len(word) < 2:  # in a free text, a lone "u" or "r" is text
        return None
    if word in DECLINED_WORDS:
        return DECLINED
    if word in UNKNOWN_WORDS:
        if item.type == "yes_no":
            raise AnswerError("no_unknown", item=item.key)
        return UNKNOWN
    return None


def _options_from_text(item: m.Item, raw: str) -> list[str] | None:
    """Option ids from ``2``, ``1,3``, ``1 3``, ids or labels; None when it is not an option answer."""
    word = fold(raw)
    by_id = {fold(o.id): o.id for o in item.options}
    labels = {fold(label): o.id for o in item.options for label in (o.label.fr, o.label.en) if label}
    if item.type == "choice":
        if word in by_id or word in labels:
            return [by_id.get(word) or labels[word]]
        if word.isdigit():
            return [_option_at(item, word)]
        yes_no = {o.id for o in item.options} & {YES, NO}
        if word in YES_WORDS and YES in yes_no:
            return [YES]
        if word in NO_WORDS and NO in yes_no:
            return [NO]
        return None
    if word in NONE_WORDS:
        return []
    if word in by_id or word in labels:
        return [by_id.get(word) or labels[word]]
    tokens = [tok for tok in re.split(r"[,;\s]+", word) if tok]
    if tokens and all(tok.isdigit() or tok in by_id for tok in tokens):
        return _multi_ids(item, [by_id.get(tok) or _option_at(item, tok) for tok in tokens])
    return None


def _option_at(item: m.Item, digits: str) -> str:
    index = int(digits)
    if not 1 <= index <= len(item.options):
        raise AnswerError("option_number", item=item.key, given=digits, n=len(item.options))
    return item.options[index - 1].id


def _multi_ids(item: m.Item, ids: list[str]) -> list[str]:
    known = [o.id for o in item.options]
    for ident in ids:
        if ident not in known:
            raise AnswerError("option", item=item.key, given=ident, options=", ".join(known))
    return [o for o in known if o in ids]  # in the checklist's order, no duplicates


def _parse_number(item: m.Item, raw: str) -> int | float:
    text = raw.replace(",", ".").replace(" ", "")
    try:
        number = float(text)
    except ValueError:
        raise AnswerError("type.number", item=item.key, given=raw) from None
    if number < 0 or number != number or number in (float("inf"), float("-inf")):
        raise AnswerError("number", item=item.key, given=raw)
    return int(number) if number.is_integer() else number


def _parse_date(item: m.Item, raw: str) -> str:
    text = raw.strip()
    french = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})", text)
    month_year = re.fullmatch(r"(\d{1,2})[/.](\d{4})", text)
    if french:
        text = f"{french.group(3)}-{int(french.group(2)):02d}-{int(french.group(1)):02d}"
    elif month_year:
        text = f"{month_year.group(2)}-{int(month_year.group(1)):02d}"
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", text):
        raise AnswerError("type.date", item=item.key, given=raw)
    parts = [int(p) for p in text.split("-")]
    try:
        date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        raise AnswerError("type.date", item=item.key, given=raw) from None
    return text


@dataclass(frozen=True)
class Command:
    """What the person at the keyboard typed: an answer, or a navigation command."""

    kind: str  # answer | keep | help | back | skip | quit | review
    value: Any = None
    note: str | None = None


def parse_input(item: m.Item, text: str, has_current: bool = False) -> Command:
    """One line typed at the prompt. ``?`` is help, so "don't know" is ``nsp``/``u``/``unknown``."""
    raw = text.strip()
    if not raw:
        if has_current:
            return Command("keep")
        raise AnswerError("empty", item=item.key)
    word = fold(raw)
    for kind, words in COMMANDS.items():
        if word in words:
            return Command(kind)
    note = None
    if item.type != "text" and ":" in raw and not re.fullmatch(r"\d{1,2}:\d{2}", raw):
        raw, note = (part.strip() for part in raw.split(":", 1))
    return Command("answer", parse_value(item, raw), note or None)


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.strip().lower())
    text = "".join(c for c in text if not unicodedata.combining(c)).replace("’", "'")
    return re.sub(r"\s+", " ", text)


# ---- derived facts ---------------------------------------------------------------------------

@dataclass(frozen=True)
class EvidenceDraft:
    """An evidence entry the answers suggest; the case module gives it an id and the victim prefix."""

    source: str  # stable identity across recomputations, e.g. "V1: B (testimony)" or "V1: D.D01"
    kind: str
    items: tuple[str, ...]
    supports: tuple[str, ...]  # element ids
    description: str


@dataclass(frozen=True)
class Derived:
    """What one victim's answers support, each fact with the item keys it comes from."""

    established: dict[str, list[str]] = field(default_factory=dict)
    excluded: dict[str, list[str]] = field(default_factory=dict)
    aggravating: dict[str, list[str]] = field(default_factory=dict)
    protection: dict[str, list[str]] = field(default_factory=dict)
    minor: list[str] = field(default_factory=list)
    opens: dict[str, list[str]] = field(default_factory=dict)
    conflicts: list[str] = field(default_factory=list)
    evidence: list[EvidenceDraft] = field(default_factory=list)


def positive(item: m.Item, record: Record | None) -> bool:
    """Does the answer say "yes, this happened / exists"? (what ``feeds`` are triggered by)"""
    if is_protected(record):
        return True  # an identifying answer was given, even if it is not kept
    if not has_value(record):
        return False
    value = value_of(record)
    if value in SPECIAL:
        return False
    if item.type in YES_NO_TYPES:
        return value == YES
    if item.type == "choice":
        return value == YES if any(o.id == YES for o in item.options) else value not in (NO, "not_applicable")
    if item.type == "multi":
        return bool(value)
    if item.type == "number":
        return isinstance(value, int | float) and value >= max(item.feeds.min_number, 1)
    return bool(str(value).strip())


def derive(checklists: Mapping[str, m.Checklist], answers: Answers, victim: str, *,
           minor_by_case: bool | None = None, reference_date: str | None = None, foreign: bool | None = None,
           lang: str = "fr") -> Derived:
    """Facts from all of one victim's answers: elements, aggravating facts, duties, evidence.

    Only answers to items that apply (their ``when`` holds) count; an element both established and
    excluded by answers goes in neither list and is reported as a conflict.
    """
    child = bool(minor_by_case) or bool(minor_keys(checklists, answers, reference_date))
    facts: dict[str, dict[str, list[str]]] = {k: {} for k in ("established", "excluded", "aggravating",
                                                              "protection")}
    testimony: dict[str, list[m.Item]] = {}
    evidence: list[EvidenceDraft] = []
    for checklist in _ordered(checklists):
        for item in checklist.items:
            record = answers.get(item.key)
            if not is_answered(record) or not evaluate(item.when, answers, child, foreign):
                continue
            elements = _item_facts(item, record, facts)
            if positive(item, record) and item.feeds.evidence:
                if item.feeds.evidence == "testimony":
                    testimony.setdefault(checklist.id, []).append(item)
                else:
                    evidence.append(_item_evidence(item, record, victim, elements, lang))
    conflicts = sorted(set(facts["established"]) & set(facts["excluded"]))
    for element in conflicts:
        facts["established"].pop(element)
        facts["excluded"].pop(element)
    statements = []
    for checklist_id, items in testimony.items():
        supports = _supports(items, answers, facts["established"])
        statements.append(EvidenceDraft(
            f"{victim}: {checklist_id} (testimony)", "testimony", tuple(i.key for i in items), supports,
            t("derived.testimony", lang, victim=victim, checklist=checklist_id,
              title=checklists[checklist_id].title.get(lang) or "", items=", ".join(i.id for i in items))))
    evidence = [replace(e, supports=tuple(s for s in e.supports if s in facts["established"]))
                for e in statements + evidence]
    for group in facts.values():
        for fact, keys in group.items():
            group[fact] = list(dict.fromkeys(keys))
    return Derived(facts["established"], facts["excluded"], facts["aggravating"], facts["protection"],
                   minor_keys(checklists, answers, reference_date), opened(checklists, answers, reference_date),
                   conflicts, evidence)


def _item_facts(item: m.Item, record: Record, facts: dict[str, dict[str, list[str]]]) -> list[str]:
    """Add what one answer supports to ``facts``; return the elements it establishes."""
    value = value_of(record)
    chosen = value if isinstance(value, list) else [value] if item.type == "choice" else []
    elements = [e for o in item.options if o.id in chosen for e in o.establishes]
    for option in (o for o in item.options if o.id in chosen):
        for fact in option.aggravating:
            facts["aggravating"].setdefault(fact, []).append(item.key)
    if positive(item, record):
        elements += list(item.feeds.establishes)
        for fact in item.feeds.aggravating:
            facts["aggravating"].setdefault(fact, []).append(item.key)
        for duty in item.feeds.protection:
            facts["protection"].setdefault(duty, []).append(item.key)
    if value == NO:
        for element in item.feeds.excludes:
            facts["excluded"].setdefault(element, []).append(item.key)
    elements = list(dict.fromkeys(elements))
    for element in elements:
        facts["established"].setdefault(element, []).append(item.key)
    return elements


def _supports(items: Iterable[m.Item], answers: Answers, established: Mapping[str, list[str]]) -> tuple[str, ...]:
    keys = {i.key for i in items}
    return tuple(e for e, sources in established.items() if keys & set(sources))


def _item_evidence(item: m.Item, record: Record, victim: str, elements: list[str], lang: str) -> EvidenceDraft:
    text = item.text.get(lang) or item.id
    description = f"{item.checklist}.{item.id} — {text}"
    value = value_of(record)
    if is_protected(record):
        description += " " + t("derived.protected", lang)
    elif item.type == "text" and value:
        description += f" : {value}"
    elif item.type == "multi" and value:
        labels = {o.id: o.label.get(lang) or o.id for o in item.options}
        description += " : " + ", ".join(labels.get(v, v) for v in value)
    if record.get("note"):
        description += f" ({record['note']})"
    return EvidenceDraft(f"{victim}: {item.key}", item.feeds.evidence or "document", (item.key,),
                         tuple(elements), description)


register({
    "answer.empty": {"fr": "réponse vide", "en": "empty answer"},
    "answer.no_unknown": {"fr": "cette question attend oui ou non (ou r = refus)",
                          "en": "this item takes yes or no (or r = declined)"},
    "answer.type.yes_no": {"fr": "réponse attendue : o/oui ou n/non ({given!r})",
                           "en": "expected y/yes or n/no ({given!r})"},
    "answer.type.yes_no_unknown": {"fr": "réponse attendue : o/oui, n/non ou nsp ({given!r})",
                                   "en": "expected y/yes, n/no or u/unknown ({given!r})"},
    "answer.type.choice": {"fr": "tapez le numéro d’une option ({given!r})",
                           "en": "type the number of an option ({given!r})"},
    "answer.type.multi": {"fr": "tapez les numéros des options, séparés par des virgules, ou « aucun » ({given!r})",
                          "en": "type the option numbers separated by commas, or 'none' ({given!r})"},
    "answer.type.text": {"fr": "un texte est attendu", "en": "a text is expected"},
    "answer.type.date": {"fr": "date attendue : AAAA-MM-JJ, JJ/MM/AAAA, MM/AAAA ou AAAA ({given!r})",
                         "en": "expected a date: YYYY-MM-DD, DD/MM/YYYY, MM/YYYY or YYYY ({given!r})"},
    "answer.type.number": {"fr": "un nombre est attendu ({given!r})", "en": "a number is expected ({given!r})"},
    "answer.number": {"fr": "nombre positif attendu ({given!r})", "en": "a positive number is expected ({given!r})"},
    "answer.option": {"fr": "option inconnue {given!r} (options : {options})",
                      "en": "unknown option {given!r} (options: {options})"},
    "answer.option_number": {"fr": "pas d’option n°{given} (1 à {n})", "en": "no option {given} (1 to {n})"},
    "answer.protected": {"fr": "{item} est une réponse protégée : elle ne va jamais dans le dossier",
                         "en": "{item} is a protected answer: it never goes into the case file"},
    "answer.not_protected": {"fr": "{item} n’est pas une question protégée", "en": "{item} is not a protected item"},
    "answer.unknown_item": {"fr": "la liste {checklist} n’a pas de question {item!r}",
                            "en": "checklist {checklist} has no item {item!r}"},
    "derived.testimony": {"fr": "Déclarations de {victim}, liste {checklist} ({title}) : {items}",
                          "en": "Statements of {victim}, checklist {checklist} ({title}): {items}"},
    "derived.protected": {"fr": "(détails dans le fichier d’identité protégé)",
                          "en": "(details in the protected identity file)"},
})


# ---- JSON views (checklist list --json / checklist show --json) ----------------------------------

def checklists_json(checklists: Mapping[str, m.Checklist]) -> dict[str, Any]:
    return {"checklists": [{
        "id": c.id, "title": c.title.as_dict(), "description": c.description.as_dict(), "order": c.order,
        "audience": c.audience, "requires": c.requires, "sections": len(c.sections), "items": len(c.items),
    } for c in _ordered(checklists)]}


def checklist_json(checklist: m.Checklist) -> dict[str, Any]:
    titles = {s.id: s.title.as_dict() for s in checklist.sections}
    return {
        "id": checklist.id, "title": checklist.title.as_dict(), "description": checklist.description.as_dict(),
        "order": checklist.order, "audience": checklist.audience, "requires": checklist.requires,
        "sections": [{"id": s.id, "title": s.title.as_dict()} for s in checklist.sections],
        "items": [item_json(i, titles) for i in checklist.items],
    }


def item_json(item: m.Item, section_titles: Mapping[str, Any] | None = None) -> dict[str, Any]:
    feeds = item.feeds
    return {
        "id": item.id, "key": item.key, "section": item.section, "text": item.text.as_dict(),
        "help": item.help.as_dict(), "source": item.source, "type": item.type, "mode": item.mode,
        "never_ask_child": item.never_ask_child, "protected": item.protected,
        "options": [{"id": o.id, "label": o.label.as_dict(), "establishes": list(o.establishes),
                     "aggravating": list(o.aggravating)} for o in item.options],
        "when": item.when, "opens": item.opens,
        "feeds": {"tags": list(feeds.tags), "establishes": list(feeds.establishes),
                  "excludes": list(feeds.excludes), "aggravating": list(feeds.aggravating),
                  "protection": list(feeds.protection), "evidence": feeds.evidence, "minor": feeds.minor},
    }
