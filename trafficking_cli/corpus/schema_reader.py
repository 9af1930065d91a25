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
from trafficking_cli.models import Msg, Problem

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

    def problem(self, node: Any, key: str, message: Msg, hint: Msg = "", parent: Any = None) -> None:
        self.problems.append(Problem.of(self.path, _line_of(node, key, parent), key, message, hint))

    def mapping(self, node: Any, where: str, allowed: Iterable[str], required: Iterable[str] = ()) -> LineDict:
        if not isinstance(node, dict):
            kind_en, kind_fr = _kind(node)
            self.problem(node, where, (f"expected a mapping (key: value), found {kind_en}",
                                       f"doit être un bloc clé : valeur, trouvé {kind_fr}"))
            return LineDict()
        allowed_set = set(allowed)
        for key in node:
            if key not in allowed_set:
                close = _close(str(key), allowed_set)
                listed = ", ".join(sorted(allowed_set))
                hint = did_you_mean(close) if close else (f"allowed: {listed}", f"clés permises : {listed}")
                self.problem(node, f"{where}.{key}" if where else str(key), ("unknown key", "clé inconnue"), hint,
                             parent=node)
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
                self.problem(node, path, ("must not be empty", "ne doit pas être vide"), parent=node)
            elif required:
                self.problem(node, path, MISSING_KEY, parent=node)
            return None
        if not isinstance(value, str):
            kind_en, kind_fr = _kind(value)
            written = f'{key}: "{_as_written(value)}"'
            self.problem(node, path, (f"must be a quoted string, found {kind_en} {value!r}",
                                      f"doit être une chaîne entre guillemets, trouvé {kind_fr} {value!r}"),
                         (f"write it in quotes: {written}", f"écrivez-le entre guillemets : {written}"), parent=node)
            return None
        if choices is not None and value not in set(choices):
            close = _close(value, set(choices))
            listed = ", ".join(choices)
            hint = did_you_mean(close) if close else (f"one of: {listed}", f"valeurs possibles : {listed}")
            self.problem(node, path, (f"invalid value {value!r}", f"valeur invalide {value!r}"), hint, parent=node)
            return None
        if pattern and not re.fullmatch(pattern, value):
            self.problem(node, path, (f"{value!r} is not a valid id", f"{value!r} n’est pas un identifiant valide"),
                         (f"expected the form {pattern}", f"forme attendue : {pattern}"), node)
            return None
        return value

    def integer(self, node: dict, key: str, where: str) -> int | None:
        value = node.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            self.problem(node, f"{where}.{key}", (f"must be a whole number or null, found {value!r}",
                                                  f"doit être un nombre entier ou null, trouvé {value!r}"),
                         parent=node)
            return None
        return value

    def boolean(self, node: dict, key: str, where: str, default: bool = False) -> bool:
        value = node.get(key, default)
        if not isinstance(value, bool):
            self.problem(node, f"{where}.{key}", (f"must be true or false, found {value!r}",
                                                  f"doit être true ou false, trouvé {value!r}"), parent=node)
            return default
        return value

    def maybe(self, node: dict, key: str, where: str) -> bool | None:
        """true / false / null, where null honestly means "not known"."""
        value = node.get(key)
        if value is not None and not isinstance(value, bool):
            self.problem(node, f"{where}.{key}", (f"must be true, false or null, found {value!r}",
                                                  f"doit être true, false ou null (inconnu), trouvé {value!r}"),
                         parent=node)
            return None
        return value

    def date(self, node: dict, key: str, where: str) -> str | None:
        value = self.text(node, key, where, required=False)
        if value is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
            self.problem(node, f"{where}.{key}", (f"{value!r} is not a date", f"{value!r} n’est pas une date"),
                         ("write YYYY-MM-DD", "écrivez AAAA-MM-JJ, par exemple 2012-07-12"), node)
            return None
        return value

    def strings(self, node: dict, key: str, where: str) -> tuple[str, ...]:
        value = node.get(key)
        if value is None:
            return ()
        if not isinstance(value, list):
            kind_en, kind_fr = _kind(value)
            written = f"{key}: [{_as_written(value)}]"
            self.problem(node, f"{where}.{key}", (f"must be a list, found {kind_en}",
                                                  f"doit être une liste, trouvé {kind_fr}"),
                         (f"write {written}", f"écrivez {written}"), parent=node)
            return ()
        out = []
        for index, item in enumerate(value):
            if isinstance(item, str):
                out.append(item)
            else:
                self.problem(value, f"{where}.{key}[{index}]",
                             (f"must be a quoted string, found {item!r}",
                              f"doit être une chaîne entre guillemets, trouvé {item!r}"), parent=index)
        return tuple(out)

    def bilingual(self, node: dict, key: str, where: str, *, required: bool = True) -> m.Bilingual:
        value = node.get(key)
        path = f"{where}.{key}" if where else key
        if value is None:
            if required:
                self.problem(node, path, ("missing required text", "texte obligatoire manquant"),
                             ('write it as {fr: "…", en: "…"}', 'écrivez-le ainsi : {fr: "…", en: "…"}'), parent=node)
            return m.EMPTY
        if isinstance(value, str):
            written = f'{key}: {{fr: "…", en: "…"}}'
            self.problem(node, path, ("must give the language", "doit préciser la langue du texte"),
                         (f"write {written}", f"écrivez {written}"), node)
            return m.EMPTY
        mapping = self.mapping(value, path, m.LANGS)
        texts = {lang: self.text(mapping, lang, path, required=False) for lang in m.LANGS}
        if required and not any(texts.values()):
            self.problem(node, path, ("no text in any language", "aucun texte, dans aucune langue"), parent=node)
        return m.Bilingual(fr=texts["fr"], en=texts["en"])

    def period(self, node: dict, key: str, where: str) -> m.Period | None:
        value = node.get(key)
        if value is None:
            return None
        mapping = self.mapping(value, f"{where}.{key}", ("from", "to"))
        start = self.date(mapping, "from", f"{where}.{key}")
        end = self.date(mapping, "to", f"{where}.{key}")
        if start and end and start > end:
            self.problem(mapping, f"{where}.{key}", (f"ends ({end}) before it starts ({start})",
                                                     f"se termine ({end}) avant de commencer ({start})"),
                         parent=mapping)
        return m.Period(start, end)

    def items(self, node: dict, key: str, where: str, *, required: bool = True) -> list[tuple[str, Any]]:
        """The entries of a list, each with its key path; reports a non-list."""
        value = node.get(key)
        if value is None:
            if required:
                self.problem(node, f"{where}.{key}" if where else key,
                             ("missing required list", "liste obligatoire manquante"), parent=node)
            return []
        if not isinstance(value, list):
            kind_en, kind_fr = _kind(value)
            self.problem(node, f"{where}.{key}" if where else key, (f"must be a list, found {kind_en}",
                                                                    f"doit être une liste, trouvé {kind_fr}"),
                         parent=node)
            return []
        prefix = f"{where}.{key}" if where else key
        return [(f"{prefix}[{index}]", item) for index, item in enumerate(value)]


MISSING_KEY = ("missing required key", "clé obligatoire manquante")


def did_you_mean(close: str) -> tuple[str, str]:
    """The hint for a near miss, in both languages."""
    return f"did you mean {close!r}?", f"vouliez-vous dire {close!r} ?"


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


def _kind(value: Any) -> tuple[str, str]:
    """What the author wrote instead, as (English, French); an unquoted yes/no is YAML's classic trap."""
    if isinstance(value, bool):
        return "true/false", "un oui/non (true/false)"
    kinds = {dict: ("a mapping", "un bloc clé : valeur"), list: ("a list", "une liste"),
             int: ("a number", "un nombre"), float: ("a number", "un nombre"), str: ("text", "du texte"),
             type(None): ("nothing", "rien")}
    kinds[LineDict], kinds[LineList] = kinds[dict], kinds[list]
    return kinds.get(type(value), ("a value", "une valeur"))


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
        reader.problem(doc, "schema", (f"expected {expected!r}, found {value!r}",
                                       f"attendu {expected!r}, trouvé {value!r}"),
                       (f"the first line of the file should be: schema: {expected}",
                        f"la première ligne du fichier doit être : schema: {expected}"), parent=doc)
        return False
    return True


def _read(path: Path, reader: Reader) -> Any:
    try:
        doc = read_yaml_file(path)
    except DataError as exc:
        reader.problems.extend(exc.problems)
        return None
    if doc is None:  # an empty file (or only comments) must not pass as "no problems"
        reader.problems.append(Problem.of(str(path), None, "", ("the file is empty", "le fichier est vide"),
                                          ("fill it in (docs/data-format.md) or delete it",
                                           "complétez-le (docs/data-format.md) ou supprimez-le")))
    return doc
