"""Typed answers: what the person at the keyboard (or an answers file) wrote, to a canonical value.

``oui`` → yes, ``2`` → the 2nd option, ``1,3`` → two options, ``15/01/2019`` → 2019-01-15, ``nsp`` →
unknown, ``r`` → declined; ``?``, ``<``, ``>``, ``q`` and ``=`` are navigation commands. Pure: an
answer that does not fit raises AnswerError, whose catalogue key the UI translates.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Any

from trafficking_cli import models as m
from trafficking_cli.errors import UsageError
from trafficking_cli.i18n import Msg

from .records import DECLINED, NO, UNKNOWN, YES, YES_NO_TYPES, from_yaml_scalar

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
        super().__init__(Msg.of(f"answer.{code}", **values))
        self.code = code
        self.values = values


@dataclass(frozen=True)
class Command:
    """What the person at the keyboard typed: an answer, or a navigation command."""

    kind: str  # answer | keep | help | back | skip | quit | review | parts (an answer's parts left to ask)
    value: Any = None
    note: str | None = None


# A terminal's key codes (arrows \x1b[D, Home \x1b[H or \x1bOH, Delete \x1b[3~…) and other control characters:
# when line editing is not available they arrive in the typed text, and must never reach the case file.
KEY_CODES = re.compile(r"\x1b(\[[0-?]*[ -/]*[@-~]|O.|.)?|[\x00-\x08\x0b-\x1f\x7f]")


def clean_typed(text: str) -> str:
    """The typed line without terminal key codes or control characters."""
    return KEY_CODES.sub("", text)


def parse_input(item: m.Item, text: str, has_current: bool = False) -> Command:
    """One line typed at the prompt. ``?`` is help, so "don't know" is ``nsp``/``u``/``unknown``."""
    raw = clean_typed(text).strip()
    if not raw:
        if has_current:
            return Command("keep")
        if item.type == "ack":
            return Command("answer", YES)  # an instruction: Enter says it was done
        raise AnswerError("empty", item=item.key)
    word = fold(raw)
    for kind, words in COMMANDS.items():
        if word in words:
            return Command(kind)
    note = None
    # "answer: note"; not for a free text, a time of day such as 14:30, nor "S1: 1,2" (per suspect)
    if item.type not in ("text", *SUSPECT_TYPES) and ":" in raw and not re.fullmatch(r"\d{1,2}:\d{2}", raw):
        raw, note = (part.strip() for part in raw.split(":", 1))
    return Command("answer", parse_value(item, raw), note or None)


def fold(text: str) -> str:
    """Lower case, no accents, single spaces: what typed words are compared as."""
    text = unicodedata.normalize("NFKD", text.strip().lower())
    text = "".join(c for c in text if not unicodedata.combining(c)).replace("’", "'")
    return re.sub(r"\s+", " ", text)


# ---- canonical values ------------------------------------------------------------------------

def validate(item: m.Item, value: Any) -> Any:
    """The canonical form of ``value`` for ``item``; AnswerError when it does not fit."""
    value = from_yaml_scalar(value)
    if value == DECLINED:
        return value
    if value == UNKNOWN:
        if item.type in ("yes_no", "ack"):
            raise AnswerError("no_unknown", item=item.key)
        return value
    if isinstance(value, str):
        return parse_value(item, value)
    if item.type == "age" and isinstance(value, int | float | date) and not isinstance(value, bool):
        return parse_value(item, str(value))  # an age in years, a year of birth, or a YAML date
    if item.type == "number" and isinstance(value, int | float) and not isinstance(value, bool):
        if value < 0:
            raise AnswerError("number", item=item.key, given=value)
        return value
    if item.type in ("choice", "multi") and isinstance(value, int) and not isinstance(value, bool):
        return parse_value(item, str(value))  # ``A10: 3`` in an answers file: the 3rd option, as typed live
    if item.type == "multi" and isinstance(value, list):
        known = {o.id for o in item.options}
        return _multi_ids(item, [_option_at(item, v) if v.isdecimal() and v not in known else v
                                 for v in map(str, value)])  # ``[1, 3]`` like ``1,3``; ids as they are
    if item.type == "text" and isinstance(value, int | float):
        return str(value)
    if item.type in SUSPECT_TYPES and isinstance(value, dict):  # answers file: {S1: [recrutement], S2: …}
        return _by_suspect_mapping(item, value)
    raise AnswerError(f"type.{item.type}", item=item.key, given=value)


def parse_value(item: m.Item, text: str) -> Any:
    """Typed (or file) text to a canonical value: ``oui`` → yes, ``2`` → the 2nd option, ``15/01/2019``…"""
    raw = clean_typed(text).strip()
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
        return _parse_yes_no(item, word, raw)
    if item.type == "text":
        return raw
    if item.type == "number":
        return _parse_number(item, raw)
    if item.type == "date":
        return _parse_date(item, raw)
    if item.type == "age":
        return _parse_age(item, raw)
    if item.type in SUSPECT_TYPES:
        return _parse_by_suspect(item, raw)
    raise AnswerError(f"type.{item.type}", item=item.key, given=raw)


SUSPECT_TYPES = ("suspects_multi", "suspects_choice")
SUSPECT_CODE = re.compile(r"S\d+")


def _parse_by_suspect(item: m.Item, raw: str) -> dict[str, Any]:
    """``S1: 1,2; S2: hebergement`` → ``{S1: [recrutement, transport], S2: [hebergement]}`` (codes, never names)."""
    out: dict[str, Any] = {}
    for chunk in (c.strip() for c in re.split(r"[;\n]", raw) if c.strip()):
        code, sep, rest = chunk.partition(":")
        code = code.strip().upper()
        if not sep or not SUSPECT_CODE.fullmatch(code):
            raise AnswerError("type.suspects", item=item.key, given=chunk)
        out[code] = _suspect_value(item, rest)
    if not out:
        raise AnswerError("type.suspects", item=item.key, given=raw)
    return out


def _by_suspect_mapping(item: m.Item, value: dict[Any, Any]) -> dict[str, Any]:
    bad = [k for k in value if not SUSPECT_CODE.fullmatch(str(k))]
    if bad or not value:
        raise AnswerError("type.suspects", item=item.key, given=bad or value)
    return {str(k): _suspect_value(item, from_yaml_scalar(v)) for k, v in value.items()}


def _suspect_value(item: m.Item, text: Any) -> Any:
    """One suspect's options, read as a ``multi`` (acts) or a ``choice`` (participation…) answer is."""
    plain = m.Item(checklist=item.checklist, id=item.id, section=item.section, mode=item.mode,
                   type="multi" if item.type == "suspects_multi" else "choice", text=item.text, help=item.help,
                   source=None, options=item.options)
    if isinstance(text, list):
        return validate(plain, text)
    return parse_value(plain, str(text))


def _parse_age(item: m.Item, raw: str) -> int | float | str:
    """An age in years (``16``), or a date of birth (``2003``, ``05/2003``, ``12/05/2003``) kept as ISO."""
    text = raw.strip()
    if re.fullmatch(r"\d{1,3}([.,]\d+)?", text):
        age = _parse_number(item, text)
        if age > MAX_AGE:
            raise AnswerError("type.age", item=item.key, given=raw)
        return age
    try:
        return _parse_date(item, text)
    except AnswerError:
        raise AnswerError("type.age", item=item.key, given=raw) from None


MAX_AGE = 120


def part_item(item: m.Item, part: m.Part) -> m.Item:
    """A part of a question, as an item of its own type, so that it is read as any answer is."""
    return m.Item(checklist=item.checklist, id=f"{item.id}.{part.id}", section=item.section, mode=item.mode,
                  type=part.type, text=part.label, help=m.Bilingual(), source=None)


def validate_parts(item: m.Item, given: Any) -> dict[str, Any]:
    """The further answers of a question with ``parts`` (``{place: Kayes}``), each checked by its type."""
    if not given:
        return {}
    if not isinstance(given, dict):
        raise AnswerError("parts", item=item.key, parts=", ".join(p.id for p in item.parts))
    known = {p.id: p for p in item.parts}
    out: dict[str, Any] = {}
    for key, raw in given.items():
        part = known.get(str(key))
        if part is None:
            raise AnswerError("parts", item=item.key, parts=", ".join(known))
        if raw is not None and str(raw).strip():
            out[part.id] = validate(part_item(item, part), raw)
    return {p.id: out[p.id] for p in item.parts if p.id in out}


def _special(item: m.Item, word: str) -> str | None:
    if item.type == "text" and len(word) < 2 and word != "r":  # in a free text a lone "u" is text; r = declined
        return None
    if word in DECLINED_WORDS:
        return DECLINED
    if word in UNKNOWN_WORDS:
        if item.type in ("yes_no", "ack"):
            raise AnswerError("no_unknown", item=item.key)
        return UNKNOWN
    return None


ACK_WORDS = {"ok", "fait", "done", "vu", "noted", "note"}


def _parse_yes_no(item: m.Item, word: str, raw: str) -> str:
    if word in YES_WORDS or (item.type == "ack" and word in ACK_WORDS):
        return YES
    if word in NO_WORDS:
        return NO
    raise AnswerError(f"type.{item.type}", item=item.key, given=raw)


# ---- options ---------------------------------------------------------------------------------

def _options_from_text(item: m.Item, raw: str) -> list[str] | None:
    """Option ids from ``2``, ``1,3``, ``1 3``, ids or labels; None when it is not an option answer."""
    word = fold(raw)
    if item.type == "multi" and word in NONE_WORDS:
        return []
    named = _named_option(item, word)
    if named is not None:
        return [named]
    return _choice_from_word(item, word) if item.type == "choice" else _multi_from_word(item, word)


def _ids_by_folded_id(item: m.Item) -> dict[str, str]:
    return {fold(o.id): o.id for o in item.options}


def _named_option(item: m.Item, word: str) -> str | None:
    """The option whose id or label (French or English) was typed."""
    by_id = _ids_by_folded_id(item)
    labels = {fold(label): o.id for o in item.options for label in (o.label.fr, o.label.en) if label}
    if word in by_id or word in labels:
        return by_id.get(word) or labels[word]
    return None


def _choice_from_word(item: m.Item, word: str) -> list[str] | None:
    if word.isdecimal():  # not isdigit(): "❶" is a digit that int() refuses
        return [_option_at(item, word)]
    yes_no = {o.id for o in item.options} & {YES, NO}  # a choice with yes/no options takes oui/non too
    if word in YES_WORDS and YES in yes_no:
        return [YES]
    if word in NO_WORDS and NO in yes_no:
        return [NO]
    return None


def _multi_from_word(item: m.Item, word: str) -> list[str] | None:
    by_id = _ids_by_folded_id(item)
    tokens = [tok for tok in re.split(r"[,;\s]+", word) if tok]
    if tokens and all(tok.isdecimal() or tok in by_id for tok in tokens):
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


# ---- numbers and dates -----------------------------------------------------------------------

def _parse_number(item: m.Item, raw: str) -> int | float:
    text = raw.replace(",", ".").replace(" ", "")  # French decimals: 12,5
    try:
        number = float(text)
    except ValueError:
        raise AnswerError("type.number", item=item.key, given=raw) from None
    if number < 0 or number != number or number in (float("inf"), float("-inf")):  # number != number: NaN
        raise AnswerError("number", item=item.key, given=raw)
    return int(number) if number.is_integer() else number


def _parse_date(item: m.Item, raw: str) -> str:
    text = _iso_date_text(raw.strip())
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", text):
        raise AnswerError("type.date", item=item.key, given=raw)
    parts = [int(p) for p in text.split("-")]
    try:
        date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        raise AnswerError("type.date", item=item.key, given=raw) from None
    return text


def parse_day(text: str) -> date | None:
    """A calendar day as people type it (2019-01-15, 15/01/2019 or 15.01.2019), or None: the one reading of a
    typed day, for ``case set facts_date`` and ``memo --as-of`` alike."""
    iso = _iso_date_text(text.strip())
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", iso):
        return None
    try:
        return date.fromisoformat(iso)
    except ValueError:  # 2019-02-30
        return None


def _iso_date_text(text: str) -> str:
    """French ``15/01/2019`` and ``01/2019`` (or with dots) as ISO; anything else unchanged."""
    french = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})", text)
    if french:
        return f"{french.group(3)}-{int(french.group(2)):02d}-{int(french.group(1)):02d}"
    month_year = re.fullmatch(r"(\d{1,2})[/.](\d{4})", text)
    if month_year:
        return f"{month_year.group(2)}-{int(month_year.group(1)):02d}"
    return text
