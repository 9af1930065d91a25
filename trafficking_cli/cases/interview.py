"""An interview in progress: one checklist for one victim, every change written to the case at once.

``Interview`` serves both the interactive walk-through (``cli.ui.interview``) and ``--answers FILE``
(``run_scripted``), so both produce the same case file. Pure apart from the case file's own writes:
``now`` and ``today`` are arguments, prompts are the caller's (``protect``).
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from trafficking_cli import models as m
from trafficking_cli.checklists import engine
from trafficking_cli.checklists.answers import SUSPECT_TYPES, AnswerError, validate, validate_parts
from trafficking_cli.checklists.derive import raised
from trafficking_cli.checklists.records import SPECIAL, open_parts, value_of
from trafficking_cli.corpus.lookup import Corpus
from trafficking_cli.errors import DataError
from trafficking_cli.i18n import Msg

from .derived import apply_derived, sort_answers, victim_entry, victim_session
from .schema import case_from_data
from .store import CASE_SUFFIXES, CaseFile
from .template import new_victim

Protect = Callable[[m.Item, Any, str | None], bool]  # store an identifying answer; False: not recorded
ScriptedEntry = tuple[Any, str | None, bool, dict[str, Any]]  # value, note, skipped, parts


class Interview:
    """One checklist for one victim, writing every change to the case file at once.

    The same object serves the interactive walk-through and ``--answers FILE``, so both produce the
    same case file. The file is written in its own language (``case_file.lang``), not in the
    language the questions are asked in: a victim may be heard in English for a memo in French.
    """

    def __init__(self, case_file: CaseFile, corpus: Corpus, checklist_id: str, victim: str, *,
                 today: str) -> None:
        self.case_file, self.corpus, self.victim = case_file, corpus, victim
        self.today = today
        self.checklist = corpus.checklist(checklist_id)
        _empty_if_missing(case_file.data, "answers", {})
        self.added_victim = victim_entry(case_file.data, victim) is None
        if self.added_victim:
            _empty_if_missing(case_file.data, "victims", [])
            case_file.data["victims"].append(new_victim(victim))
        self.validate()

    @property
    def data(self) -> dict[str, Any]:
        return self.case_file.data

    def session(self) -> engine.Session:
        return victim_session(self.data, self.corpus.checklists, self.checklist.id, self.victim, self.today)

    def validate(self) -> m.Case:
        return case_from_data(self.data, str(self.case_file.path), self.corpus.element_index(),
                              self.corpus.aggravating_ids(), draft=True)

    def answer(self, item_id: str, value: Any, now: str, note: str | None = None,
               parts: Mapping[str, Any] | None = None, *, parts_to_ask: bool = False) -> engine.Session:
        """Store an answer; ``parts_to_ask``: its parts come next, one by one (``answer_part``)."""
        session = engine.answer(self.session(), item_id, value, now, note, parts, parts_to_ask=parts_to_ask)
        return self.commit(session, now)

    def answer_part(self, item_id: str, part_id: str, value: Any, now: str) -> engine.Session:
        """Store one part of a question with several parts as soon as it is given (None: left out)."""
        return self.commit(engine.answer_part(self.session(), item_id, part_id, value), now)

    def decide(self, item_id: str, element: str, confirmed: bool, now: str) -> engine.Session:
        """Confirm (or set aside) an element an answer suggests; a confirmed one joins the victim's facts."""
        return self.commit(engine.decide_suggestion(self.session(), item_id, element, confirmed, now), now)

    def skip(self, item_id: str, now: str) -> engine.Session:
        return self.commit(engine.skip(self.session(), item_id, now), now)

    def protected(self, item_id: str, recorded: bool, now: str) -> engine.Session:
        return self.commit(engine.record_protected(self.session(), item_id, recorded, now), now)

    def note_child_hidden(self, now: str) -> engine.Session:
        """Record the items a child is never asked, when some are not noted yet (writes only then)."""
        session = self.session()
        if any(not session.handled(i) for i in session.child_hidden()):
            return self.commit(session, now)
        return session

    def commit(self, session: engine.Session, now: str) -> engine.Session:
        """Store the session's answers, recompute derived facts, check, and write (atomically)."""
        session = engine.mark_child_hidden(session, now)
        data = self.data
        before = copy.deepcopy(data)
        victims = [str(v["id"]) for v in data.get("victims") or []
                   if isinstance(v, dict) and v.get("id") is not None]
        merged = engine.merge_answers(data.get("answers") or {}, self.victim, session.answers, victims)
        data["answers"] = sort_answers(merged, self.corpus.checklists)
        apply_derived(data, self.corpus.checklists, set(self.corpus.element_index()),
                      self.corpus.aggravating_ids(), today=self.today, lang=self.case_file.lang,
                      name=case_name(self.case_file.path))
        try:
            self.validate()
        except DataError:
            self.case_file.data = before  # never write a case the memo could not read
            raise
        self.case_file.save()
        return self.session()

    def save(self) -> None:
        self.validate()
        self.case_file.save()


def case_name(path: Path) -> str:
    """The name the user gave the case (``rp-2019-01`` for ``…/rp-2019-01.enc``): its default reference."""
    return path.name[: -len(path.suffix)] if path.suffix in CASE_SUFFIXES else path.name


def _empty_if_missing(data: dict[str, Any], key: str, empty: Any) -> None:
    """A hand-written file may have ``answers:`` with nothing after it (None): make it empty."""
    if data.get(key) is None:
        data[key] = empty


# ---- --answers FILE ----------------------------------------------------------------------------

def run_scripted(interview: Interview, given: Mapping[str, Any], now: str, protect: Protect,
                 source: str = "") -> dict[str, list[str]]:
    """Apply answers keyed by item id (``--answers FILE``) in walk order, exactly as typed answers would be.

    Every value is checked first: one bad value and nothing is written. Items whose condition never
    holds (or that are never put to a child) are reported, not forced in.
    """
    entries = scripted_entries(interview.checklist, given, source)
    applied: list[str] = []
    not_recorded: list[str] = []
    alerts: list[str] = []
    stopped = None
    while stopped is None:
        session = interview.session()  # each answer may show or hide later items: walk order, re-read
        item = next((i for i in session.visible() if i.id in entries and i.id not in applied), None)
        if item is None:
            break
        if not _apply_scripted(interview, session, item, entries[item.id], now, protect):
            not_recorded.append(item.id)
        applied.append(item.id)
        for element in _confirmations(given, item):
            if element in engine.suggested(item, interview.session().record(item) or {}):
                interview.decide(item.id, element, True, now)
        session = interview.session()
        raised_now = raised(item, session.record(item))
        alerts += [item.id] * len(raised_now)
        stopped = _stop_reason(session, raised_now)
    interview.note_child_hidden(now)
    pending = [f"{i.id}: {e}" for i, e in engine.pending(interview.session())]
    return {"applied": applied, "not_shown": [i for i in entries if i not in applied], "not_recorded": not_recorded,
            "alerts": list(dict.fromkeys(alerts)), "stopped": [stopped] if stopped else [], "suggested": pending}


def _confirmations(given: Mapping[str, Any], item: m.Item) -> list[str]:
    """``B16: {value: yes, confirm: [violence]}``: the suggested elements an answers file confirms."""
    raw = given.get(item.id, given.get(item.key))
    confirm = raw.get("confirm") if isinstance(raw, dict) else None
    return [str(e) for e in confirm] if isinstance(confirm, list) else []


def _stop_reason(session: engine.Session, alerts: list[m.Alert]) -> str | None:
    """Consent refused (a ``stop`` alert), or a presumed child in the adults' checklist: no further answer."""
    if any(a.stop for a in alerts):
        return "consent"
    if session.checklist.audience == "adult" and session.child:
        return "child"
    return None


def _apply_scripted(interview: Interview, session: engine.Session, item: m.Item, entry: ScriptedEntry, now: str,
                    protect: Protect) -> bool:
    """One answer from the file, as if typed; False when a protected answer was not recorded."""
    value, note, skipped, parts = entry
    record = session.record(item)
    if skipped:
        interview.skip(item.id, now)
    elif item.protected and value not in SPECIAL:
        recorded = protect(item, value, note)
        interview.protected(item.id, recorded, now)
        return recorded
    elif not (value_of(record) == value and (record or {}).get("note") == note
              and ((record or {}).get("parts") or {}) == parts and not open_parts(record)):  # unchanged: no rewrite
        interview.answer(item.id, value, now, note, parts)
    return True


def scripted_entries(checklist: m.Checklist, given: Mapping[str, Any], source: str) -> dict[str, ScriptedEntry]:
    """Every answer of the file checked against its item (DataError listing all problems, nothing written)."""
    if not isinstance(given, dict):
        raise DataError([m.Problem.of(source, None, "", Msg.of("data.expected_mapping_item_id_answer"))])
    lines = getattr(given, "key_lines", {})
    entries: dict[str, ScriptedEntry] = {}
    keys: dict[str, str] = {}  # item id → the key that gave it (A01 and A.A01 are the same question)
    problems = []
    for raw_key, raw in given.items():
        key = str(raw_key)
        item = checklist.item(key.split(".", 1)[1] if key.startswith(f"{checklist.id}.") else key)
        if item is None:
            problems.append(_unknown_item(checklist, source, lines.get(raw_key), key))
            continue
        if item.id in keys:
            problems.append(m.Problem.of(source, lines.get(raw_key), key,
                                         Msg.of("data.answer_given_twice", first=keys[item.id], key=key)))
            continue
        keys[item.id] = key
        try:
            entries[item.id] = _scripted_entry(item, raw)
        except AnswerError as error:
            said = Msg.of(f"answer.{error.code}", **error.values)
            problems.append(m.Problem.of(source, lines.get(raw_key), key, said))
    if problems:
        raise DataError(problems, hint=Msg.of("data.nothing_was_written_fix_answers"))
    return entries


def _scripted_entry(item: m.Item, raw: Any) -> ScriptedEntry:
    """``yes``, or ``{value: yes, note: …}``, or ``{skipped: true}``; AnswerError when the value does not fit.

    A question with parts takes them by name beside ``value`` (``B09: {value: 2019-01-15, place: Kayes}``);
    a plain value fills its main answer (``B09: 2019-01-15`` fills the date).
    """
    note, skipped, given_parts = None, False, {}
    if item.type in SUSPECT_TYPES and isinstance(raw, dict) and "value" not in raw and "skipped" not in raw:
        raw = {"value": raw}  # B36S: {S1: [recrutement]}: the codes are the value itself
    if isinstance(raw, dict) and "confirm" in raw:
        raw = {k: v for k, v in raw.items() if k != "confirm"}  # read by scripted_confirmations
    if isinstance(raw, dict):
        part_ids = {p.id for p in item.parts}
        given_parts = {k: v for k, v in raw.items() if k in part_ids}
        if isinstance(raw.get("parts"), dict):
            given_parts |= raw["parts"]
        note, skipped, raw = raw.get("note"), raw.get("skipped") is True, raw.get("value")
    value = None if skipped else validate(item, raw)
    parts = validate_parts(item, given_parts) if given_parts and not skipped else {}
    return value, str(note) if note else None, skipped, parts


def _unknown_item(checklist: m.Checklist, source: str, line: int | None, key: str) -> m.Problem:
    return m.Problem.of(source, line, key,
                        Msg.of("data.checklist_has_no_item", id=checklist.id, key=key),
                        Msg.of("data.see_trafficking_checklist_show", id=checklist.id))
