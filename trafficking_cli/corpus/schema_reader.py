"""Typed, line-aware access to a parsed data file: every problem is collected with file, line and key path.

YAML itself is parsed in corpus/loader.py; this module only walks the plain data it returns.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any, cast

from trafficking_cli import models as m
from trafficking_cli.errors import DataError
from trafficking_cli.i18n import Msg
from trafficking_cli.models import Problem

from .loader import LineDict, LineList, read_yaml_file

# --------------------------------------------------------------------------------------------
# Schema checking: a Reader walks one file, collecting Problems with line and key path.


class Reader:
    """Typed access to a parsed file that records every problem instead of stopping.

    Messages and hints are (English, French) pairs: French is what the user sees by default,
    English stays in ``Problem.message`` for ``--lang en``, ``validate --json`` and the tests.
    """

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []
        self._said: set[str] = set()  # keys already reported, or meant by a misspelt key (``_place``)

    def problem(self, node: Any, key: str, message: Msg | str, hint: Msg | str = "", parent: Any = None) -> None:
        """Record a problem, unless its key (or a key above it) already has one: one mistake, one record."""
        place = _place(key)
        if self._covered(place):
            return
        self._said.add(place)
        self.problems.append(Problem.of(self.path, _line_of(node, key, parent), key, message, hint))

    def flagged(self, key: str) -> bool:
        """Whether a problem was reported at ``key``, above it or below it (a check that would only repeat it
        in other words is skipped: a misspelt status must not also be "missing" and leave a "text without status")."""
        place = _place(key)
        return self._covered(place) or any(_under(said, place) for said in self._said)

    def _covered(self, place: str) -> bool:
        return any(place == said or _under(place, said) for said in self._said)

    def mapping(self, node: Any, where: str, allowed: Iterable[str], required: Iterable[str] = ()) -> LineDict:
        if not isinstance(node, dict):
            self.problem(node, where, Msg.of("data.expected_mapping", kind=_kind(node)))
            return LineDict()
        allowed_set = set(allowed)
        for key in node:
            if key not in allowed_set:
                close = _close(str(key), allowed_set)
                listed = ", ".join(sorted(allowed_set))
                hint = did_you_mean(close) if close else Msg.of("data.allowed", listed=listed)
                self.problem(node, f"{where}.{key}" if where else str(key), Msg.of("data.unknown_key"), hint,
                             parent=node)
                if close and close not in node:  # a misspelt key: "missing <close>" would say it again
                    self._said.add(_place(f"{where}.{close}" if where else close))
        for key in required:
            if key not in node:
                self.problem(node, f"{where}.{key}" if where else key, MISSING_KEY)
        return cast(LineDict, node)  # the loader's mappings are LineDicts; a plain dict just has no lines

    def text(self, node: dict, key: str, where: str, *, required: bool = True,
             choices: Iterable[str] | None = None, pattern: str | None = None) -> str | None:
        path = f"{where}.{key}" if where else key
        value = node.get(key)
        if value is None:
            if required and key in node:
                self.problem(node, path, Msg.of("data.must_not_empty"), parent=node)
            elif required:
                self.problem(node, path, MISSING_KEY, parent=node)
            return None
        if not isinstance(value, str):
            written = f'{key}: "{_as_written(value)}"'
            self.problem(node, path, Msg.of("data.must_be_quoted", kind=_kind(value), value=value),
                         Msg.of("data.write_quotes", written=written), parent=node)
            return None
        if choices is not None and value not in set(choices):
            close = _close(value, set(choices))
            listed = ", ".join(choices)
            hint = did_you_mean(close) if close else Msg.of("data.one_of", listed=listed)
            self.problem(node, path, Msg.of("data.invalid_value", value=value), hint, parent=node)
            return None
        if pattern and not re.fullmatch(pattern, value):
            self.problem(node, path, Msg.of("data.not_valid_id", value=value),
                         Msg.of("data.expected_form", pattern=pattern), node)
            return None
        return value

    def integer(self, node: dict, key: str, where: str) -> int | None:
        value = node.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            self.problem(node, f"{where}.{key}", Msg.of("data.must_whole_number_or_null", value=value),
                         parent=node)
            return None
        return value

    def boolean(self, node: dict, key: str, where: str, default: bool = False) -> bool:
        value = node.get(key, default)
        if not isinstance(value, bool):
            self.problem(node, f"{where}.{key}", Msg.of("data.must_true_or_false_found", value=value), parent=node)
            return default
        return value

    def maybe(self, node: dict, key: str, where: str) -> bool | None:
        """true / false / null, where null honestly means "not known"."""
        value = node.get(key)
        if value is not None and not isinstance(value, bool):
            self.problem(node, f"{where}.{key}", Msg.of("data.must_true_false_or_null", value=value),
                         parent=node)
            return None
        return value

    def date(self, node: dict, key: str, where: str) -> str | None:
        value = self.text(node, key, where, required=False)
        if value is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
            self.problem(node, f"{where}.{key}", Msg.of("data.not_date_2", value=value),
                         Msg.of("data.write_yyyy_mm_dd"), node)
            return None
        return value

    def strings(self, node: dict, key: str, where: str) -> tuple[str, ...]:
        value = node.get(key)
        if value is None:
            return ()
        if not isinstance(value, list):
            written = f"{key}: [{_as_written(value)}]"
            self.problem(node, f"{where}.{key}", Msg.of("data.must_be_list", kind=_kind(value)),
                         Msg.of("data.write", written=written), parent=node)
            return ()
        out = []
        for index, item in enumerate(value):
            if isinstance(item, str):
                out.append(item)
            else:
                self.problem(value, f"{where}.{key}[{index}]",
                             Msg.of("data.must_quoted_string_found", item=item), parent=index)
        return tuple(out)

    def bilingual(self, node: dict, key: str, where: str, *, required: bool = True) -> m.Bilingual:
        value = node.get(key)
        path = f"{where}.{key}" if where else key
        if value is None:
            if required:
                self.problem(node, path, Msg.of("data.missing_required_text"),
                             Msg.of("data.write_as_fr_en"), parent=node)
            return m.EMPTY
        if isinstance(value, str):
            written = f'{key}: {{fr: "…", en: "…"}}'
            self.problem(node, path, Msg.of("data.must_give_language"),
                         Msg.of("data.write", written=written), node)
            return m.EMPTY
        mapping = self.mapping(value, path, m.LANGS)
        texts = {lang: self.text(mapping, lang, path, required=False) for lang in m.LANGS}
        if required and not any(texts.values()) and not self.flagged(path):
            self.problem(node, path, Msg.of("data.no_text_any_language"), parent=node)
        return m.Bilingual(fr=texts["fr"], en=texts["en"])

    def period(self, node: dict, key: str, where: str) -> m.Period | None:
        value = node.get(key)
        if value is None:
            return None
        mapping = self.mapping(value, f"{where}.{key}", ("from", "to"))
        start = self.date(mapping, "from", f"{where}.{key}")
        end = self.date(mapping, "to", f"{where}.{key}")
        if start and end and start > end:
            self.problem(mapping, f"{where}.{key}", Msg.of("data.ends_before_starts", end=end, start=start),
                         parent=mapping)
        return m.Period(start, end)

    def items(self, node: dict, key: str, where: str, *, required: bool = True) -> list[tuple[str, Any]]:
        """The entries of a list, each with its key path; reports a non-list."""
        value = node.get(key)
        if value is None:
            if required:
                self.problem(node, f"{where}.{key}" if where else key,
                             Msg.of("data.missing_required_list"), parent=node)
            return []
        if not isinstance(value, list):
            self.problem(node, f"{where}.{key}" if where else key, Msg.of("data.must_be_list", kind=_kind(value)),
                         parent=node)
            return []
        prefix = f"{where}.{key}" if where else key
        return [(f"{prefix}[{index}]", item) for index, item in enumerate(value)]


MISSING_KEY = Msg.of("data.missing_required_key")


def _place(key: str) -> str:
    """A key path without the ids it names: ``provisions[0](art_1).text`` and ``provisions[0].text`` are one place."""
    return re.sub(r"\([^)]*\)", "", key)


def _under(place: str, above: str) -> bool:
    return bool(above) and place.startswith(above) and place[len(above):len(above) + 1] in (".", "[")


def did_you_mean(close: str) -> Msg:
    """The hint for a near miss."""
    return Msg.of("data.did_you_mean", close=close)


def _line_of(node: Any, key: str, parent: Any) -> int | None:
    holder = parent if parent is not None else node
    if isinstance(parent, int):  # a list index
        holder = node
        lines = getattr(holder, "item_lines", None)
        return lines[parent] if lines and parent < len(lines) else getattr(holder, "line", None)
    key_lines = getattr(holder, "key_lines", None) or {}
    # The deepest segment of the key path that this mapping knows: "text.en" → the "text" line.
    for segment in reversed(re.split(r"[.(\[]", key)):
        segment = segment.rstrip(")]")
        if segment in key_lines:
            return key_lines[segment]
    return getattr(holder, "line", None) or None


_KINDS = {dict: "mapping", LineDict: "mapping", list: "list", LineList: "list", int: "number", float: "number",
          str: "text", type(None): "nothing"}


def _kind(value: Any) -> Msg:
    """What the author wrote instead; an unquoted yes/no is YAML's classic trap."""
    if isinstance(value, bool):
        return Msg.of("data.kind.boolean")
    return Msg.of(f"data.kind.{_KINDS.get(type(value), 'value')}")


def _as_written(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _close(word: str, candidates: set[str]) -> str | None:
    import difflib

    found = difflib.get_close_matches(word, sorted(candidates), n=1, cutoff=0.6)
    return found[0] if found else None


# --------------------------------------------------------------------------------------------
# File loaders. Each returns (models, problems); nothing raises for bad content.

ID_PATTERN = r"[a-z0-9][a-z0-9_-]*"
EID_PATTERN = r"[a-z][a-z0-9_]*(_[0-9a-z-]+)*(__[a-z]+_[0-9a-z-]+)*"
SCHEMAS = {
    "law": "trafficking-law/1",
    "offences": "trafficking-offences/1",
    "checklist": "trafficking-checklist/1",
    "protection": "trafficking-protection/1",
}


def _check_schema(reader: Reader, doc: dict, expected: str) -> bool:
    value = doc.get("schema")
    if value != expected:
        reader.problem(doc, "schema", Msg.of("data.expected_found_2", expected=expected, value=value),
                       Msg.of("data.first_line_file_should_schema", expected=expected), parent=doc)
        return False
    return True


def _read(path: Path, reader: Reader) -> Any:
    try:
        doc = read_yaml_file(path)
    except DataError as exc:
        reader.problems.extend(exc.problems)
        return None
    if doc is None:  # an empty file (or only comments) must not pass as "no problems"
        reader.problems.append(Problem.of(str(path), None, "", Msg.of("data.file_empty"),
                                          Msg.of("data.fill_docs_data_format_md")))
    return doc


def open_document(path: Path, keys: tuple[str, ...], required: tuple[str, ...], schema: str) -> tuple[Reader, Any]:
    """Every data file's first steps: read it, check its top-level keys and its ``schema`` line.

    Returns the reader (which holds any problem) and the document, or None when the file cannot be walked further.
    """
    reader = Reader(str(path))
    doc = _read(path, reader)
    if doc is None:
        return reader, None
    doc = reader.mapping(doc, "", keys, required)
    return reader, (doc if _check_schema(reader, doc, schema) else None)

