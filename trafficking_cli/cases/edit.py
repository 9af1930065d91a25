"""Completing and correcting a case without touching its file by hand: ``case set`` and ``case edit``.

Both work the same on plain and encrypted cases: the case is read (decrypted), changed in memory, checked
as the memo would read it, and written back atomically with the same key. A value set here is a person's
word: a later answer does not replace it (see ``cases.facts``). Pure: no prompting, no files.
"""

from __future__ import annotations

import re
import shlex
from typing import Any

from trafficking_cli import models as m
from trafficking_cli import structs
from trafficking_cli.checklists.answers import fold, parse_day
from trafficking_cli.errors import DataError, UsageError
from trafficking_cli.i18n import Msg, t

CASE_KEYS = ("reference", "facts_date", "facts_end_date", "places", "summary")
VICTIM_KEYS = ("age_at_facts", "age_doubt", "sex", "nationality")
NULL_WORDS = {"null", "-", "aucun", "aucune", "none", "inconnu", "inconnue", "unknown"}
DATE_EXAMPLE = "trafficking case set CASE {field} 2019-01-15"
AGE_EXAMPLE = "trafficking case set CASE V1.age_at_facts 16"
TRUE_WORDS, FALSE_WORDS = {"true", "oui", "o", "yes", "y", "vrai"}, {"false", "non", "n", "no", "faux"}


def set_value(data: dict[str, Any], key: str, value: str, lang: str = "fr") -> tuple[str, Any]:
    """Set ``key`` (``facts_date``, ``places``, ``V1.age_at_facts``…) from typed text; (key, value written)."""
    victim, _, field = key.partition(".") if re.fullmatch(r"V\d+\.\w+", key) else ("", "", key)
    if victim:
        if field not in VICTIM_KEYS:
            raise UsageError(t("case.set.key", lang, field=key, keys=_keys()), AGE_EXAMPLE)
        entry = next((v for v in data.get("victims") or [] if isinstance(v, dict) and v.get("id") == victim), None)
        if entry is None:
            raise UsageError(t("case.set.victim", lang, victim=victim), "trafficking case show CASE")
        entry[field] = _victim_value(field, value, lang)
        return key, entry[field]
    if field not in CASE_KEYS:
        raise UsageError(t("case.set.key", lang, field=key, keys=_keys()), DATE_EXAMPLE.format(field="facts_date"))
    data[field] = _case_value(field, value, lang)
    return key, data[field]


def _keys() -> str:
    return ", ".join([*CASE_KEYS, *(f"V1.{k}" for k in VICTIM_KEYS)])


def _null(value: str) -> bool:
    return fold(value) in NULL_WORDS


def _case_value(field: str, value: str, lang: str) -> Any:
    if field == "places":
        return [] if _null(value) else [p.strip() for p in value.split(",") if p.strip()]
    if field in ("facts_date", "facts_end_date"):
        return None if _null(value) else _date(field, value, lang)
    return value.strip()


def _date(field: str, value: str, lang: str) -> str:
    day = parse_day(value)
    if day is None:
        raise UsageError(t("case.set.date", lang, field=field, given=value), DATE_EXAMPLE.format(field=field))
    return day.isoformat()


def _victim_value(field: str, value: str, lang: str) -> Any:
    word = fold(value)
    if field == "age_at_facts":
        if _null(value):
            return None
        if not re.fullmatch(r"\d{1,3}", word):
            raise UsageError(t("case.set.age", lang, given=value), AGE_EXAMPLE)
        return int(word)
    if field == "age_doubt":
        if word not in TRUE_WORDS | FALSE_WORDS:
            raise UsageError(t("case.set.bool", lang, field=field, given=value),
                             "trafficking case set CASE V1.age_doubt oui")
        return word in TRUE_WORDS
    return None if _null(value) else value.strip().upper()


def for_encrypted(error: DataError, case: str, lang: str) -> DataError:
    """A problem in an encrypted case: no line of a file to fix by hand, but the commands that fix it."""
    problems = [structs.replace(p, line=None, path=f"{p.path} ({t('case.encrypted_word', lang)})",
                                    hint="", hint_fr="")  # a problem's own hint says how to write the YAML
                for p in error.problems]
    return DataError(problems, hint=fix_hint(error.problems, case))


def fix_hint(problems: list[m.Problem], case: str) -> Msg:
    """``case set`` for a missing fact it knows, else ``case edit``: the same for plain and encrypted cases."""
    quoted = shlex.quote(case)
    if any(p.key == "facts_date" for p in problems):
        return Msg.of("case.fix.facts_date", case=quoted)
    return Msg.of("case.fix.edit", case=quoted)
