"""Case files: read (plain or encrypted), write atomically, the commented template, interview storage.

No printing, no prompting, no environment, no clock: paths, passphrases and ``now`` are arguments.

- Every write goes to a temporary file in the same folder, is flushed and fsync'ed, then renamed over
  the case (``os.replace``) and the folder is fsync'ed: a crash or ``kill -9`` leaves either the old or
  the new file, never half of one. Files are created 0600, folders 0700.
- Victims and suspects are codes. Answers to ``protected`` items never go into the case file: their
  values go to ``<case>.identity``, which is always encrypted.
- ``derived`` (an extra key, allowed by contracts §3) records what the answers added to the victims and
  to the evidence list, so that changing an answer removes what it had added while entries written by
  hand stay.
"""

from __future__ import annotations

import contextlib
import copy
import os
import re
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import checklist as engine
from . import crypto
from . import models as m
from .case_schema import CASE_SCHEMA, NOT_A_MAPPING, case_from_data
from .corpus import Corpus
from .errors import CaseError, DataError
from .i18n import MESSAGES, register, t
from .loader import dump_yaml_safe as dump_yaml
from .loader import parse_yaml

PLAIN_SUFFIX, ENCRYPTED_SUFFIX, IDENTITY_SUFFIX = ".yaml", ".enc", ".identity"
CASE_SUFFIXES = (".yaml", ".yml", ENCRYPTED_SUFFIX)
IDENTITY_SCHEMA = "trafficking-identity/1"
KEY_ORDER = ("schema", "reference", "facts_date", "facts_end_date", "places", "summary", "victims", "suspects",
             "evidence", "answers", "derived")
Passphrase = str | Callable[[], str] | None


# ---- reading ---------------------------------------------------------------------------------

def load_case(path: Path, corpus: Corpus, passphrase: Passphrase = None, *, draft: bool = False) -> m.Case:
    """Read and check a case file (plain YAML, or encrypted: then ``passphrase`` is needed).

    ``passphrase`` may be a string or a function asked only if the file turns out to be encrypted.
    """
    data, _ = read_case_data(path, passphrase)
    return case_from_data(data, str(path), corpus.element_index(), corpus.aggravating_ids(), draft=draft)


def read_case_data(path: Path, passphrase: Passphrase = None) -> tuple[dict[str, Any], crypto.Key | None]:
    """The parsed case data and, for an encrypted file, the key to write it back."""
    text, key = read_case_text(path, passphrase)
    return parse_yaml(text, str(path)), key  # keeps line numbers for error messages


def read_case_text(path: Path, passphrase: Passphrase = None) -> tuple[str, crypto.Key | None]:
    """The case file's YAML text (decrypted when needed) and, for an encrypted file, its key."""
    raw = _read_bytes(path)
    key = None
    if crypto.is_encrypted(raw):
        secret = passphrase() if callable(passphrase) else passphrase
        if not secret:
            raise _error(CaseError, "case.passphrase_needed", path=path)
        plaintext, key = crypto.decrypt(raw, secret)
        raw = plaintext
    try:
        return raw.decode("utf-8"), key
    except UnicodeDecodeError:
        raise _error(CaseError, "case.not_text", path=path) from None


def is_encrypted_file(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return crypto.is_encrypted(handle.read(len(crypto.MAGIC)))
    except OSError:
        return False


def _read_bytes(path: Path) -> bytes:
    if not path.is_file():
        raise _error(CaseError, "case.missing", path=path)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise _error(CaseError, "case.unreadable", path=path, reason=exc.strerror) from None


def to_plain(value: Any) -> Any:
    """Plain dicts and lists (the loader's line-numbered ones do not serialise)."""
    if isinstance(value, dict):
        return {str(k) if not isinstance(k, str) else k: to_plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [to_plain(v) for v in value]
    return value


# ---- writing ---------------------------------------------------------------------------------

def ensure_private_dir(folder: Path) -> None:
    """Create ``folder`` (and parents) owner-only; an existing folder is left as it is."""
    if not folder.exists():
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        with contextlib.suppress(OSError):
            folder.chmod(0o700)


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a crash leaves the old file or the new one, never a mix."""
    ensure_private_dir(path.parent)
    tmp = path.parent / f".{path.name}.{secrets.token_hex(4)}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        _replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_dir(path.parent)


def _replace(tmp: Path, path: Path) -> None:
    if os.name != "nt":
        tmp.replace(path)  # os.replace: atomic rename
        return
    import time  # Windows: antivirus or indexers hold files briefly (WinError 5/32/33); bounded retry

    for attempt in range(10):
        try:
            tmp.replace(path)  # os.replace: atomic rename
            return
        except PermissionError:
            if attempt == 9:
                raise
            time.sleep(0.05 * (attempt + 1))


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def clean_orphans(path: Path) -> int:
    """Remove temporary files a killed write left next to ``path``; returns how many."""
    removed = 0
    if path.parent.is_dir():
        for orphan in path.parent.glob(f".{glob_escape(path.name)}.*.tmp"):
            with contextlib.suppress(OSError):
                orphan.unlink()
                removed += 1
    return removed


def glob_escape(name: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", name)


@dataclass
class CaseFile:
    """A case file open for writing: its data and, when encrypted, the key (asked once per run)."""

    path: Path
    data: dict[str, Any]
    key: crypto.Key | None = None
    lang: str = "fr"  # the language of the file's comments and derived descriptions, kept across saves

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    def text(self) -> str:
        return render_case(self.data, self.lang)

    def save(self) -> None:
        payload = self.text().encode("utf-8")
        if self.key is not None:
            payload = crypto.encrypt(payload, self.key)
        atomic_write(self.path, payload)


def open_case_file(path: Path, passphrase: Passphrase = None) -> CaseFile:
    clean_orphans(path)
    text, key = read_case_text(path, passphrase)
    data = parse_yaml(text, str(path))
    if not isinstance(data, dict):
        raise DataError([m.Problem.of(str(path), None, "", NOT_A_MAPPING)], hint="trafficking case new")
    return CaseFile(path, data, key, comment_language(text))


def comment_language(text: str) -> str:
    """The language the file was written in (its first comment line), so that saves keep it."""
    english = "# " + t("case.comment.header", "en").splitlines()[0]
    return "en" if text.startswith(english) else "fr"


def new_case_file(path: Path, data: dict[str, Any], passphrase: str | None = None,
                  kdf: crypto.KdfParams = crypto.DEFAULT_KDF, lang: str = "fr") -> CaseFile:
    """A case file not yet on disk (``save`` writes it). Refuses to replace an existing file."""
    if path.exists():
        raise _error(CaseError, "case.exists", path=path)
    return CaseFile(path, data, crypto.new_key(passphrase, kdf) if passphrase else None, lang)


def delete_case(path: Path) -> list[Path]:
    """Delete the case file, its identity file and leftover temporary files; return what was removed."""
    removed = []
    for target in (path, identity_path(path)):
        if target.exists():
            clean_orphans(target)
            target.unlink()
            removed.append(target)
    return removed


# ---- the commented template ----------------------------------------------------------------

def template_data(victims: tuple[str, ...] = ("V1",), suspects: tuple[str, ...] = ("S1",)) -> dict[str, Any]:
    """A new, empty case in contracts §3 shape."""
    return {
        "schema": CASE_SCHEMA, "reference": "", "facts_date": None, "facts_end_date": None, "places": [],
        "summary": "",
        "victims": [new_victim(v) for v in victims],
        "suspects": [{"id": s, "role": ""} for s in suspects],
        "evidence": [], "answers": {},
    }


def new_victim(code: str) -> dict[str, Any]:
    return {"id": code, "age_at_facts": None, "age_doubt": False, "sex": None, "nationality": None,
            "established": [], "excluded": [], "aggravating": []}


def render_case(data: Mapping[str, Any], lang: str = "fr") -> str:
    """The case as YAML, each top-level key under a comment explaining it (French, or English)."""
    data = to_plain(dict(data))
    lines = [f"# {line}" for line in t("case.comment.header", lang).splitlines()]
    order = [k for k in KEY_ORDER if k in data] + [k for k in data if k not in KEY_ORDER]
    for key in order:
        if key == "derived" and not data[key]:
            continue
        lines.append("")
        if f"case.comment.{key}" in MESSAGES:
            lines += [f"# {line}".rstrip() for line in t(f"case.comment.{key}", lang).splitlines()]
        lines.append(dump_yaml({key: data[key]}).rstrip("\n"))
    return "\n".join(lines) + "\n"


# ---- derived facts written into the case ----------------------------------------------------

def hand_minor(data: Mapping[str, Any], victim: str) -> bool | None:
    """Is the victim a minor (or presumed one) according to what a person wrote, not the answers?"""
    entry = _victim_entry(data, victim)
    if entry is None:
        return None
    added = (((data.get("derived") or {}).get("victims") or {}).get(victim) or {}).get("added") or {}
    doubt = bool(entry.get("age_doubt")) and not added.get("age_doubt")
    age = entry.get("age_at_facts")
    if doubt:
        return True
    if isinstance(age, int) and not isinstance(age, bool):
        return age < engine.ADULT_AGE
    return None


def foreign(data: Mapping[str, Any], victim: str) -> bool | None:
    """Nationality known and not Malian (the ``{foreign: …}`` condition); None when not known."""
    entry = _victim_entry(data, victim) or {}
    nationality = entry.get("nationality")
    return None if not nationality else str(nationality).upper() != "ML"


def _victim_entry(data: Mapping[str, Any], victim: str) -> dict[str, Any] | None:
    return next((v for v in data.get("victims") or [] if isinstance(v, dict) and v.get("id") == victim), None)


def apply_derived(data: dict[str, Any], checklists: Mapping[str, m.Checklist], elements: set[str],
                  aggravating: set[str], *, today: str, lang: str = "fr") -> dict[str, Any]:
    """Recompute, from all answers, what they add to each victim and to the evidence list (in place)."""
    previous = data.get("derived") or {}
    previous_victims = previous.get("victims") or {}
    victims_out: dict[str, Any] = {}
    drafts: list[tuple[str, engine.EvidenceDraft]] = []
    for entry in data.get("victims") or []:
        code = entry.get("id")
        answers = engine.victim_answers(data.get("answers") or {}, code)
        if not answers and code not in previous_victims:
            continue
        added_before = (previous_victims.get(code) or {}).get("added") or {}
        derived = engine.derive(checklists, answers, code, minor_by_case=hand_minor(data, code),
                                reference_date=data.get("facts_date") or today, foreign=foreign(data, code),
                                lang=lang)
        record = _merge_victim(entry, derived, added_before, elements, aggravating)
        victims_out[code] = record
        drafts += [(code, d) for d in derived.evidence]
    evidence_ids = _merge_evidence(data, drafts, set(previous.get("evidence") or []), elements)
    if victims_out or evidence_ids or previous:
        data["derived"] = {"victims": victims_out, "evidence": evidence_ids}
    return data


def _merge_victim(entry: dict[str, Any], derived: engine.Derived, added_before: Mapping[str, Any],
                  elements: set[str], aggravating: set[str]) -> dict[str, Any]:
    known = {"established": elements, "excluded": elements, "aggravating": aggravating}
    hand = {k: [x for x in entry.get(k) or [] if x not in (added_before.get(k) or [])] for k in known}
    added: dict[str, Any] = {}
    conflicts = list(derived.conflicts)
    for key, allowed in known.items():
        other = {"established": "excluded", "excluded": "established"}.get(key)
        new = []
        for ident in getattr(derived, key):
            if ident not in allowed or ident in hand[key]:
                continue
            if other and ident in hand[other]:
                conflicts.append(ident)  # a person ruled it the other way: their word stays
                continue
            new.append(ident)
        entry[key] = hand[key] + new
        added[key] = new
    hand_doubt = bool(entry.get("age_doubt")) and not added_before.get("age_doubt")
    age = entry.get("age_at_facts")
    known_minor = isinstance(age, int) and not isinstance(age, bool) and age < engine.ADULT_AGE
    entry["age_doubt"] = hand_doubt or (bool(derived.minor) and not known_minor)
    added["age_doubt"] = entry["age_doubt"] and not hand_doubt
    record: dict[str, Any] = {}
    for key in ("established", "excluded", "aggravating", "protection", "opens"):
        facts = getattr(derived, key)
        if facts:
            record[key] = {k: list(v) for k, v in facts.items()}
    if derived.minor:
        record["minor"] = list(derived.minor)
    if conflicts:
        record["conflicts"] = sorted(set(conflicts))
    record["added"] = added
    return record


def _merge_evidence(data: dict[str, Any], drafts: list[tuple[str, engine.EvidenceDraft]],
                    derived_before: set[str], elements: set[str]) -> list[str]:
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
    return {k: dict(sorted(answers[k].items(), key=lambda kv: _code_rank(kv[0]))) if engine.per_victim(answers[k])
            else answers[k] for k in ordered}


def _code_rank(code: str) -> tuple[int, str]:
    digits = re.sub(r"\D", "", code)
    return (int(digits) if digits else 0, code)


# ---- an interview in progress ----------------------------------------------------------------

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
        data = case_file.data
        data.setdefault("answers", {})
        if data.get("answers") is None:
            data["answers"] = {}
        self.added_victim = _victim_entry(data, victim) is None
        if self.added_victim:
            data.setdefault("victims", [])
            if data["victims"] is None:
                data["victims"] = []
            data["victims"].append(new_victim(victim))
        self.validate()

    @property
    def data(self) -> dict[str, Any]:
        return self.case_file.data

    def session(self) -> engine.Session:
        return engine.start(self.corpus.checklists, self.checklist.id, self.victim, self.data.get("answers") or {},
                            minor_by_case=hand_minor(self.data, self.victim),
                            reference_date=self.data.get("facts_date") or self.today,
                            foreign=foreign(self.data, self.victim))

    def validate(self) -> m.Case:
        return case_from_data(self.data, str(self.case_file.path), self.corpus.element_index(),
                              self.corpus.aggravating_ids(), draft=True)

    def answer(self, item_id: str, value: Any, now: str, note: str | None = None) -> engine.Session:
        return self.commit(engine.answer(self.session(), item_id, value, now, note), now)

    def skip(self, item_id: str, now: str) -> engine.Session:
        return self.commit(engine.skip(self.session(), item_id, now), now)

    def protected(self, item_id: str, recorded: bool, now: str) -> engine.Session:
        return self.commit(engine.record_protected(self.session(), item_id, recorded, now), now)

    def commit(self, session: engine.Session, now: str) -> engine.Session:
        """Store the session's answers, recompute derived facts, check, and write (atomically)."""
        session = engine.mark_child_hidden(session, now)
        data = self.data
        before = copy.deepcopy(data)
        victims = [v.get("id") for v in data.get("victims") or [] if isinstance(v, dict)]
        merged = engine.merge_answers(data.get("answers") or {}, self.victim, session.answers, victims)
        data["answers"] = sort_answers(merged, self.corpus.checklists)
        apply_derived(data, self.corpus.checklists, set(self.corpus.element_index()),
                      self.corpus.aggravating_ids(), today=self.today, lang=self.case_file.lang)
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


def run_scripted(interview: Interview, given: Mapping[str, Any], now: str,
                 protect: Callable[[m.Item, Any, str | None], bool], source: str = "") -> dict[str, list[str]]:
    """Apply answers keyed by item id (``--answers FILE``) in walk order, exactly as typed answers would be.

    Every value is checked first: one bad value and nothing is written. Items whose condition never
    holds (or that are never put to a child) are reported, not forced in.
    """
    entries = scripted_entries(interview.checklist, given, source)
    applied: list[str] = []
    not_recorded: list[str] = []
    while True:
        session = interview.session()
        item = next((i for i in session.visible() if i.id in entries and i.id not in applied), None)
        if item is None:
            break
        value, note, skipped = entries[item.id]
        record = session.record(item)
        if skipped:
            interview.skip(item.id, now)
        elif item.protected and value not in engine.SPECIAL:
            recorded = protect(item, value, note)
            interview.protected(item.id, recorded, now)
            if not recorded:
                not_recorded.append(item.id)
        elif not (engine.value_of(record) == value and (record or {}).get("note") == note):
            interview.answer(item.id, value, now, note)
        applied.append(item.id)
    session = interview.session()
    if any(not session.handled(i) for i in session.child_hidden()):
        interview.commit(session, now)
    return {"applied": applied, "not_shown": [i for i in entries if i not in applied], "not_recorded": not_recorded}


def scripted_entries(checklist: m.Checklist, given: Mapping[str, Any],
                      source: str) -> dict[str, tuple[Any, str | None, bool]]:
    if not isinstance(given, dict):
        raise DataError([m.Problem.of(source, None, "", ("expected a mapping: item id → answer (A01: yes)",
                                                         "attendu un bloc : question → réponse (A01: yes)"))])
    lines = getattr(given, "key_lines", {})
    entries: dict[str, tuple[Any, str | None, bool]] = {}
    problems = []
    for raw_key, raw in given.items():
        key = str(raw_key)
        item = checklist.item(key.split(".", 1)[1] if key.startswith(f"{checklist.id}.") else key)
        if item is None:
            problems.append(m.Problem.of(source, lines.get(raw_key), key,
                                         (f"checklist {checklist.id} has no item {key!r}",
                                          f"la liste {checklist.id} n’a pas de question {key!r}"),
                                         (f"see: trafficking checklist show {checklist.id}",
                                          f"voir : trafficking checklist show {checklist.id}")))
            continue
        note, skipped = None, False
        if isinstance(raw, dict):
            note, skipped, raw = raw.get("note"), raw.get("skipped") is True, raw.get("value")
        try:
            value = None if skipped else engine.validate(item, raw)
        except engine.AnswerError as error:
            french = t(error.message_key, "fr", **error.message_values)  # the answer catalogue knows both
            problems.append(m.Problem.of(source, lines.get(raw_key), key, (error.message, french)))
            continue
        entries[item.id] = (value, str(note) if note else None, skipped)
    if problems:
        raise DataError(problems, hint=("nothing was written; fix the answers file",
                                        "rien n’a été écrit ; corrigez le fichier de réponses"))
    return entries


# ---- the protected identity file -------------------------------------------------------------

def identity_path(case_path: Path) -> Path:
    """``NAME.yaml`` → ``NAME.identity``, next to the case."""
    if case_path.suffix in CASE_SUFFIXES:
        return case_path.with_suffix(IDENTITY_SUFFIX)
    return case_path.with_name(case_path.name + IDENTITY_SUFFIX)


@dataclass
class IdentityFile:
    """Identifying answers (real names, contacts), always encrypted, never in the case file."""

    path: Path
    key: crypto.Key
    data: dict[str, Any] = field(default_factory=lambda: {"schema": IDENTITY_SCHEMA, "identities": {}})

    @classmethod
    def open(cls, path: Path, passphrase: str, kdf: crypto.KdfParams = crypto.DEFAULT_KDF) -> IdentityFile:
        if not path.exists():
            return cls(path, crypto.new_key(passphrase, kdf))
        clean_orphans(path)
        raw = _read_bytes(path)
        plaintext, key = crypto.decrypt(raw, passphrase)
        data = to_plain(parse_yaml(plaintext.decode("utf-8"), str(path)))
        if not isinstance(data, dict) or data.get("schema") != IDENTITY_SCHEMA:
            raise _error(CaseError, "case.identity_bad", path=path)
        data.setdefault("identities", {})
        return cls(path, key, data)

    def record(self, victim: str, item_key: str, value: Any, at: str, note: str | None = None) -> None:
        entry: dict[str, Any] = {"value": value, "at": at}
        if note:
            entry["note"] = note
        self.data["identities"].setdefault(victim, {})[item_key] = entry

    def save(self) -> None:
        text = dump_yaml(to_plain(self.data)).encode("utf-8")
        atomic_write(self.path, crypto.encrypt(text, self.key))


# ---- a view of the case for ``case show`` (terminal and JSON) ------------------------------------

def case_view(case_file: CaseFile, case: m.Case, corpus: Corpus, *, today: str) -> dict[str, Any]:
    """Everything ``case show`` prints, as plain data (pseudonymised: codes only, never identities)."""
    data = case_file.data
    derived = data.get("derived") or {}
    derived_victims = derived.get("victims") or {}
    derived_evidence = set(derived.get("evidence") or [])
    victims = []
    for victim in case.victims:
        record = derived_victims.get(victim.id) or {}
        victims.append({
            "id": victim.id, "age_at_facts": victim.age_at_facts, "age_doubt": victim.age_doubt,
            "minor": victim.minor, "sex": victim.sex, "nationality": victim.nationality,
            **{key: [{"id": ident, "items": list((record.get(key) or {}).get(ident, []))}
                     for ident in getattr(victim, key)] for key in ("established", "excluded", "aggravating")},
            "protection": list(record.get("protection") or {}), "opens": dict(record.get("opens") or {}),
            "conflicts": list(record.get("conflicts") or []),
            "progress": _progress(data, corpus, victim.id, today),
        })
    return {
        "path": str(case_file.path), "encrypted": case_file.encrypted,
        "identity_file": identity_path(case_file.path).exists(),
        "reference": case.reference, "facts_date": case.facts_date, "facts_end_date": case.facts_end_date,
        "places": list(case.places), "summary": case.summary, "victims": victims,
        "suspects": [{"id": s.id, "role": s.role} for s in case.suspects],
        "evidence": [{"id": e.id, "kind": e.kind, "description": e.description, "supports": list(e.supports),
                      "derived": e.id in derived_evidence} for e in case.evidence],
        "warnings": [] if case.facts_date else ["ui.case.warning.facts_date"],
    }


def _progress(data: Mapping[str, Any], corpus: Corpus, victim: str, today: str) -> dict[str, dict[str, int]]:
    out = {}
    for checklist in sorted(corpus.checklists.values(), key=lambda c: (c.order, c.id)):
        session = engine.start(corpus.checklists, checklist.id, victim, data.get("answers") or {},
                               minor_by_case=hand_minor(data, victim), reference_date=data.get("facts_date") or today,
                               foreign=foreign(data, victim))
        counts = session.counts()
        out[checklist.id] = {"answered": counts["answered"], "total": counts["total"], "open": counts["open"]}
    return out


# ---- the user's case folder ------------------------------------------------------------------

def resolve_case_path(arg: str, folder: Path, *, encrypted: bool = False) -> Path:
    """A CASE argument: an existing path, a path-looking argument, or a name in the case folder."""
    path = Path(arg).expanduser()
    if path.exists() or "/" in arg or os.sep in arg or path.suffix in CASE_SUFFIXES:
        return path
    for suffix in CASE_SUFFIXES:
        candidate = folder / f"{arg}{suffix}"
        if candidate.exists():
            return candidate
    return folder / f"{arg}{ENCRYPTED_SUFFIX if encrypted else PLAIN_SUFFIX}"


def list_cases(folder: Path) -> list[dict[str, Any]]:
    """The case files in ``folder``: name, path, encrypted, and for plain files what they hold."""
    if not folder.is_dir():
        return []
    out = []
    for path in sorted(folder.iterdir()):
        if path.name.startswith(".") or path.suffix not in CASE_SUFFIXES or not path.is_file():
            continue
        summary: dict[str, Any] = {"name": path.stem, "path": str(path), "encrypted": is_encrypted_file(path),
                                   "modified": path.stat().st_mtime, "identity": identity_path(path).exists(),
                                   "reference": None, "facts_date": None, "victims": [], "answers": 0,
                                   "problem": None}
        if not summary["encrypted"]:
            try:
                data, _ = read_case_data(path)
                summary |= {"reference": data.get("reference"), "facts_date": data.get("facts_date"),
                            "victims": [v.get("id") for v in data.get("victims") or [] if isinstance(v, dict)],
                            "answers": sum(len(v) if engine.per_victim(v) else 1
                                           for v in (data.get("answers") or {}).values())}
            except (DataError, CaseError, AttributeError) as exc:
                summary["problem"] = getattr(exc, "message", str(exc))
        out.append(summary)
    return out


def _error(cls: type[CaseError], key: str, **values: object) -> CaseError:
    error = cls(t(key, "en", **values), t(key + ".hint", "en", **values) if key + ".hint" in MESSAGES else "")
    error.message_key = key  # type: ignore[attr-defined]  # translated by cli.report_error
    error.message_values = values  # type: ignore[attr-defined]
    return error


register({
    "case.missing": {"fr": "{path} : aucun dossier à cet endroit", "en": "{path}: no such case file"},
    "case.missing.hint": {"fr": "trafficking case list, ou trafficking case new",
                          "en": "trafficking case list, or trafficking case new"},
    "case.unreadable": {"fr": "{path} : lecture impossible ({reason})", "en": "{path}: cannot read ({reason})"},
    "case.not_text": {"fr": "{path} : ni un dossier YAML ni un dossier chiffré",
                      "en": "{path}: neither a YAML case file nor an encrypted one"},
    "case.exists": {"fr": "{path} existe déjà : rien n’a été écrit", "en": "{path} already exists: nothing written"},
    "case.exists.hint": {"fr": "choisissez un autre nom, ou : trafficking case show {path}",
                         "en": "choose another name, or: trafficking case show {path}"},
    "case.passphrase_needed": {"fr": "{path} est chiffré : la phrase secrète est nécessaire",
                               "en": "{path} is encrypted: the passphrase is needed"},
    "case.passphrase_needed.hint": {"fr": "lancez la commande dans un terminal, ou définissez TRAFFICKING_PASSPHRASE",
                                    "en": "run the command in a terminal, or set TRAFFICKING_PASSPHRASE"},
    "case.identity_bad": {"fr": "{path} n’est pas un fichier d’identité de trafficking-cli",
                          "en": "{path} is not a trafficking-cli identity file"},
    "case.comment.header": {
        "fr": "Dossier trafficking-cli (contrats §3). Les victimes et les suspects ne sont désignés que par des\n"
              "codes (V1, S1…) : aucun nom réel ici. Vérifiez avec : trafficking case show FICHIER",
        "en": "trafficking-cli case file (contracts §3). Victims and suspects are only codes (V1, S1…):\n"
              "no real name here. Check it with: trafficking case show FILE"},
    "case.comment.schema": {"fr": "Format du fichier : ne pas modifier.", "en": "File format: do not change."},
    "case.comment.reference": {"fr": "Référence du dossier (texte libre), ex. « RP 2019/0123 ».",
                               "en": "Case reference (free text), e.g. \"RP 2019/0123\"."},
    "case.comment.facts_date": {
        "fr": "Date des faits (début), entre guillemets : \"2019-01-15\". Elle décide de la loi applicable ;\n"
              "la note de qualification l’exige. Une estimation vaut mieux que rien. null = inconnue.",
        "en": "Date of the facts (start), in quotes: \"2019-01-15\". It decides which law applies; the\n"
              "charging memo needs it. An estimate is better than nothing. null = unknown."},
    "case.comment.facts_end_date": {"fr": "Date de fin des faits (facultative), même format ; null si inconnue.",
                                    "en": "End date of the facts (optional), same format; null if unknown."},
    "case.comment.places": {"fr": "Lieux des faits, ex. [\"Kayes\", \"Bamako\"].",
                            "en": "Places of the facts, e.g. [\"Kayes\", \"Bamako\"]."},
    "case.comment.summary": {"fr": "Résumé libre des faits, avec les seuls codes (V1, S1…), jamais de nom.",
                             "en": "Free summary of the facts, with codes only (V1, S1…), never a name."},
    "case.comment.victims": {
        "fr": "Victimes : des codes V1, V2… (les identités réelles vont dans le fichier d’identité protégé,\n"
              "toujours chiffré, jamais ici).\n"
              "  age_at_facts : âge au moment des faits (nombre entier), null si inconnu\n"
              "  age_doubt : true si l’âge est incertain ou contesté : la personne est traitée comme mineure\n"
              "  sex : F ou M (facultatif) ; nationality : code pays ISO à 2 lettres, ex. NG (facultatif)\n"
              "  established : éléments que les faits établissent (identifiants : trafficking elements traite)\n"
              "  excluded : éléments que les faits écartent\n"
              "  aggravating : circonstances aggravantes qui concernent cette victime\n"
              "Les réponses aux listes d’audition complètent ces listes ; vos ajouts à la main sont conservés.",
        "en": "Victims: codes V1, V2… (real identities go to the protected identity file, always\n"
              "encrypted, never here).\n"
              "  age_at_facts: age at the time of the facts (whole number), null if unknown\n"
              "  age_doubt: true when age is uncertain or disputed: the person is treated as a minor\n"
              "  sex: F or M (optional); nationality: ISO 2-letter country code, e.g. NG (optional)\n"
              "  established: elements the facts support (ids: trafficking elements traite)\n"
              "  excluded: elements the facts rule out\n"
              "  aggravating: aggravating facts concerning this victim\n"
              "Checklist answers add to these lists; what you add by hand is kept."},
    "case.comment.suspects": {"fr": "Suspects : des codes S1, S2… ; role : texte libre (recruteur, transporteur…).",
                              "en": "Suspects: codes S1, S2…; role: free text (recruiter, transporter…)."},
    "case.comment.evidence": {
        "fr": "Preuves : id E1, E2… ; kind : testimony | document | physical | digital | financial | expert ;\n"
              "description : texte libre ; supports : éléments étayés, sous la forme V1.recrutement. Exemple :\n"
              "  - id: E1\n"
              "    kind: document\n"
              "    description: \"Billets de car Kayes-Bamako\"\n"
              "    supports: [V1.transport]\n"
              "Les entrées déduites des réponses portent « source » et sont recalculées ; les vôtres restent.",
        "en": "Evidence: id E1, E2…; kind: testimony | document | physical | digital | financial | expert;\n"
              "description: free text; supports: elements it supports, written V1.recrutement. Example:\n"
              "  - id: E1\n"
              "    kind: document\n"
              "    description: \"Bus tickets Kayes-Bamako\"\n"
              "    supports: [V1.transport]\n"
              "Entries derived from answers carry \"source\" and are recomputed; yours stay."},
    "case.comment.answers": {
        "fr": "Réponses aux listes d’audition : « LISTE.QUESTION » puis code de la victime. Écrit par\n"
              "« trafficking checklist run » après chaque réponse ; à corriger de préférence avec cette commande.",
        "en": "Checklist answers: \"CHECKLIST.ITEM\" then the victim's code. Written by\n"
              "\"trafficking checklist run\" after every answer; best corrected with that command."},
    "case.comment.derived": {
        "fr": "Recalculé à chaque réponse : ce que les réponses ont ajouté (added), avec les questions qui\n"
              "fondent chaque élément, circonstance et devoir de protection. Ne pas modifier.",
        "en": "Recomputed after every answer: what the answers added (added), with the items behind each\n"
              "element, aggravating fact and protection duty. Do not edit."},
})
