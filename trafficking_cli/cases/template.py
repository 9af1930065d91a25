"""The case file as text: the empty template, and YAML with a comment over each top-level key.

The comments explain each key to a magistrate opening the file in an editor; they are written in the
file's own language (French, or English), which ``comment_language`` reads back so saves keep it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from trafficking_cli.corpus.loader import dump_yaml_safe as dump_yaml
from trafficking_cli.i18n import has, t

from .schema import CASE_SCHEMA

KEY_ORDER = ("schema", "reference", "facts_date", "facts_end_date", "places", "summary", "victims", "suspects",
             "evidence", "procedure", "answers", "derived")


def template_data(victims: tuple[str, ...] = ("V1",), suspects: tuple[str, ...] = ("S1",)) -> dict[str, Any]:
    """A new, empty case in contracts §3 shape."""
    return {
        "schema": CASE_SCHEMA, "reference": "", "facts_date": None, "facts_end_date": None, "places": [],
        "summary": "",
        "victims": [new_victim(v) for v in victims],
        "suspects": [{"id": s, "role": "", "participation": "auteur", "acts": []} for s in suspects],
        "evidence": [], "answers": {},
    }


def new_victim(code: str) -> dict[str, Any]:
    return {"id": code, "age_at_facts": None, "age_doubt": False, "sex": None, "nationality": None,
            "established": [], "excluded": [], "aggravating": []}


def to_plain(value: Any) -> Any:
    """Plain dicts and lists (the loader's line-numbered ones do not serialise)."""
    if isinstance(value, dict):
        return {str(k) if not isinstance(k, str) else k: to_plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [to_plain(v) for v in value]
    return value


def render_case(data: Mapping[str, Any], lang: str = "fr") -> str:
    """The case as YAML, each top-level key under a comment explaining it (French, or English)."""
    data = to_plain(dict(data))
    lines = [f"# {line}" for line in t("case.comment.header", lang).splitlines()]
    order = [k for k in KEY_ORDER if k in data] + [k for k in data if k not in KEY_ORDER]
    for key in order:
        if key == "derived" and not data[key]:
            continue
        lines.append("")
        if has(f"case.comment.{key}"):
            lines += [f"# {line}".rstrip() for line in t(f"case.comment.{key}", lang).splitlines()]
        lines.append(dump_yaml({key: data[key]}).rstrip("\n"))
    return "\n".join(lines) + "\n"


def comment_language(text: str) -> str:
    """The language the file was written in (its first comment line), so that saves keep it."""
    english = "# " + t("case.comment.header", "en").splitlines()[0]
    return "en" if text.startswith(english) else "fr"
