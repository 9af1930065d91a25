"""The only module that parses YAML: strict loading, schema checks, models out.

Strict means: duplicate keys are refused, dates stay strings, unknown keys and wrong types are
reported with file, line and key path, and every problem in a file is collected, not just the first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from . import models as m
from .errors import DataError
from .models import Msg, Problem

try:  # libyaml's parser is several times faster; the constructor below stays in Python.
    _BaseLoader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _BaseLoader = yaml.SafeLoader


class LineDict(dict):
    """A mapping that remembers the line (1-based) of itself and of each key."""

    line: int = 0
    key_lines: dict[Any, int]


class LineList(list):
    line: int = 0
    item_lines: list[int]


class _StrictLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    pass


def _construct_mapping(loader: Any, node: yaml.MappingNode) -> LineDict:
    loader.flatten_mapping(node)
    result = LineDict()
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, str | int | float | bool) and key is not None:
            raise yaml.constructor.ConstructorError(
                None, None, "a key must be a plain word", key_node.start_mark
            )
        if key in result:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r} (YAML would silently keep only the last one)",
                key_node.start_mark,
            )
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = key_node.start_mark.line + 1
    return result


def _construct_sequence(loader: Any, node: yaml.SequenceNode) -> LineList:
    result = LineList(loader.construct_object(child, deep=True) for child in node.value)
    result.line = node.start_mark.line + 1
    result.item_lines = [child.start_mark.line + 1 for child in node.value]
    return result


def _construct_timestamp_as_text(loader: Any, node: yaml.ScalarNode) -> str:
    # Dates stay the strings the author wrote; the models parse them where needed.
    return str(loader.construct_scalar(node))


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)
_StrictLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp_as_text)


def parse_yaml(text: str, path: str) -> Any:
    """Parse YAML text strictly; a syntax error becomes a DataError naming file and line."""
    try:
        return yaml.load(text, Loader=_StrictLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = exc.problem or str(exc)
        message = (f"YAML syntax: {problem}", f"syntaxe YAML : {_syntax_fr(problem)}")
        raise DataError([Problem.of(path, line, "", message, _syntax_hint(problem))]) from None
    except yaml.YAMLError as exc:
        raise DataError([Problem.of(path, None, "", (f"YAML syntax: {exc}", f"syntaxe YAML : {exc}"))]) from None


def _syntax_hint(problem: str) -> tuple[str, str]:
    if "duplicate key" in problem:
        return "remove or rename one of the two keys", "supprimez ou renommez l’une des deux clés"
    if "tab" in problem:
        return "indent with spaces, not tabs", "indentez avec des espaces, pas des tabulations"
    return ("check the indentation and quoting on that line and the one before",
            "vérifiez l’indentation et les guillemets sur cette ligne et sur la précédente")


# PyYAML's commonest complaints, in French; anything else keeps PyYAML's English words after "syntaxe YAML".
_SYNTAX_FR = (
    (r"duplicate key (.+) \(YAML would silently keep only the last one\)",
     "clé {0} en double (YAML ne garderait que la dernière, sans prévenir)"),
    (r"a key must be a plain word", "une clé doit être un simple mot"),
    (r"mapping values are not allowed (here|in this context)", "deux-points (:) inattendu à cet endroit"),
    (r"did not find expected (.+) or (.+)", "{0} ou {1} attendu, introuvable"),
    (r"did not find expected key", "clé attendue, introuvable"),
    (r"did not find expected '-' indicator", "tiret (-) d’élément de liste attendu, introuvable"),
    (r"could not find expected ':'", "deux-points (:) attendu, introuvable"),
    (r"found unexpected end of stream", "fin de fichier inattendue (guillemet ou crochet non fermé ?)"),
    (r"found character (.*)that cannot start any token", "caractère {0}interdit en début de valeur"),
    (r"found a tab character.*", "tabulation interdite dans l’indentation"),
    (r"expected <block end>, but found (.+)", "fin de bloc attendue, trouvé {0} (indentation ?)"),
)


def _syntax_fr(problem: str) -> str:
    for pattern, french in _SYNTAX_FR:
        match = re.fullmatch(pattern, problem)
        if match:
            return french.format(*match.groups())
    return problem


def plain(value: Any) -> Any:
    """Parsed data without the line bookkeeping: plain dicts and lists (cheap to pickle and compare)."""
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [plain(item) for item in value]
    return value


def read_yaml_file(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise DataError([Problem.of(str(path), None, "", (f"not UTF-8 text ({exc.reason})",
                                                          f"le texte n’est pas en UTF-8 ({exc.reason})"),
                                    ("save the file as UTF-8", "enregistrez le fichier en UTF-8"))]) from None
    except IsADirectoryError:
        raise DataError([Problem.of(str(path), None, "", ("a folder, not a file", "un dossier, pas un fichier"),
                                    ("rename it or move it out of law/ and checklists/",
                                     "renommez-le ou sortez-le de law/ et de checklists/"))]) from None
    except OSError as exc:
        raise DataError([Problem.of(str(path), None, "", (f"cannot read: {exc.strerror}",
                                                          f"lecture impossible : {exc.strerror}"))]) from None
    return parse_yaml(text, str(path))


def dump_yaml(data: Any) -> str:
    """Serialise plain data (dicts, lists, strings, numbers) as readable, stable YAML."""
    return yaml.dump(data, allow_unicode=True, sort_keys=False, default_flow_style=False, width=100)


def dump_yaml_safe(data: Any) -> str:
    """Like ``dump_yaml`` with the safe dumper, in C when available (case files are written after every answer)."""
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return yaml.dump(data, Dumper=dumper, allow_unicode=True, sort_keys=False, default_flow_style=False, width=100)


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
        return node

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


def load_instrument(path: Path) -> tuple[m.Instrument | None, list[m.Provision], list[Problem]]:
    reader = Reader(str(path))
    doc = _read(path, reader)
    if doc is None:
        return None, [], reader.problems
    doc = reader.mapping(doc, "", ("schema", "instrument", "provisions"), ("schema", "instrument", "provisions"))
    if not _check_schema(reader, doc, SCHEMAS["law"]):
        return None, [], reader.problems
    instrument = _instrument(reader, doc.get("instrument"), str(path))
    provisions: list[m.Provision] = []
    if instrument is not None:
        for where, node in reader.items(doc, "provisions", ""):
            provision = _provision(reader, node, where, instrument)
            if provision is not None:
                provisions.append(provision)
    return instrument, provisions, reader.problems


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


INSTRUMENT_KEYS = ("id", "kind", "jurisdiction", "original_languages", "short", "title",
                   "title_translation_status", "date", "in_force", "status", "aliases",
                   "known_article_count", "caveats", "sources")


def _instrument(reader: Reader, node: Any, path: str) -> m.Instrument | None:
    where = "instrument"
    node = reader.mapping(node, where, INSTRUMENT_KEYS, ("id", "kind", "original_languages", "short",
                                                        "title", "status", "sources"))
    ident = reader.text(node, "id", where, pattern=ID_PATTERN)
    if ident is None:
        return None
    languages = reader.strings(node, "original_languages", where)
    for lang in languages:
        if lang not in m.LANGS:
            reader.problem(node, f"{where}.original_languages", (f"unknown language {lang!r}",
                                                                 f"langue inconnue {lang!r}"),
                           ("use fr or en", "utilisez fr ou en"), node)
    return m.Instrument(
        id=ident,
        kind=reader.text(node, "kind", where, choices=("law", "code", "treaty")) or "law",
        jurisdiction=reader.text(node, "jurisdiction", where, required=False) or "",
        original_languages=languages or ("fr",),
        short=reader.bilingual(node, "short", where),
        title=reader.bilingual(node, "title", where),
        title_translation_status=_status_map(reader, node, "title_translation_status", where,
                                             m.TRANSLATION_STATUSES),
        date=reader.date(node, "date", where),
        in_force=reader.period(node, "in_force", where) or m.Period(),
        status=reader.bilingual(node, "status", where),
        aliases=tuple(a.lower() for a in reader.strings(node, "aliases", where)),
        known_article_count=reader.integer(node, "known_article_count", where),
        caveats=tuple(_caveat(reader, item, w) for w, item in reader.items(node, "caveats", where, required=False)),
        sources=tuple(s for w, item in reader.items(node, "sources", where) if (s := _source(reader, item, w))),
        path=path,
    )


def _status_map(reader: Reader, node: dict, key: str, where: str, choices: tuple[str, ...]) -> dict[str, str]:
    value = node.get(key)
    if value is None:
        return {}
    mapping = reader.mapping(value, f"{where}.{key}", m.LANGS)
    result = {}
    for lang in m.LANGS:
        status = reader.text(mapping, lang, f"{where}.{key}", required=False, choices=choices)
        if status:
            result[lang] = status
    return result


def _caveat(reader: Reader, node: Any, where: str) -> m.Caveat:
    node = reader.mapping(node, where, ("fr", "en", "sources"))
    texts = {lang: reader.text(node, lang, where, required=False) for lang in m.LANGS}
    if not any(texts.values()):
        reader.problem(node, where, ("a caveat needs text in fr and/or en",
                                     "une mise en garde doit avoir un texte en fr et/ou en en"), parent=node)
    return m.Caveat(m.Bilingual(**texts), reader.strings(node, "sources", where))


def _source(reader: Reader, node: Any, where: str) -> m.Source | None:
    node = reader.mapping(node, where, ("id", "title", "url", "date", "kind", "note"), ("id", "title"))
    ident = reader.text(node, "id", where, pattern=ID_PATTERN)
    title = reader.text(node, "title", where)
    if ident is None or title is None:
        return None
    return m.Source(
        id=ident, title=title, url=reader.text(node, "url", where, required=False),
        date=reader.date(node, "date", where),
        kind=reader.text(node, "kind", where, required=False,
                         choices=("press", "official", "treaty_collection", "court_report", "secondary",
                                  "ngo", "academic")) or "secondary",
    )


PROVISION_KEYS = ("eid", "num", "number_status", "number_note", "kind", "heading", "text", "text_status",
                  "translation_status", "attribution", "confidence", "sources", "in_force", "parent",
                  "notes", "keywords")


def _provision(reader: Reader, node: Any, where: str, instrument: m.Instrument) -> m.Provision | None:
    node = reader.mapping(node, where, PROVISION_KEYS, ("eid", "text_status", "sources"))
    eid = reader.text(node, "eid", where, pattern=EID_PATTERN)
    if eid is None:
        return None
    where = f"{where}({eid})"
    text = reader.bilingual(node, "text", where, required=False)
    text_status = _status_map(reader, node, "text_status", where, m.TEXT_STATUSES)
    # The instrument's first original language leads: a treaty known verbatim in English but only
    # partly in French is "verbatim", not "missing".
    order = [*instrument.original_languages, *m.LANGS]
    text_status = dict(sorted(text_status.items(), key=lambda pair: order.index(pair[0])))
    translation_status = _status_map(reader, node, "translation_status", where, m.TRANSLATION_STATUSES)
    number_status = reader.text(node, "number_status", where, required=False,
                                choices=m.NUMBER_STATUSES) or "attested"
    provision = m.Provision(
        instrument=instrument.id, eid=eid,
        num=reader.text(node, "num", where, required=False),
        number_status=number_status,
        number_note=reader.bilingual(node, "number_note", where, required=False),
        kind=reader.text(node, "kind", where, required=False,
                         choices=("article", "paragraph", "chapter", "section", "rule")) or "article",
        heading=reader.bilingual(node, "heading", where, required=False),
        text=text, text_status=text_status, translation_status=translation_status,
        attribution=reader.bilingual(node, "attribution", where, required=False),
        confidence=reader.text(node, "confidence", where, required=False, choices=("high", "medium", "low")),
        sources=reader.strings(node, "sources", where),
        in_force=reader.period(node, "in_force", where),
        parent=reader.text(node, "parent", where, required=False),
        notes=tuple(_note(reader, item, w) for w, item in reader.items(node, "notes", where, required=False)),
        keywords=_keywords(reader, node, where),
        line=getattr(node, "line", 0),
    )
    _check_statuses(reader, node, where, provision, instrument)
    return provision


def _note(reader: Reader, node: Any, where: str) -> m.Bilingual:
    node = reader.mapping(node, where, m.LANGS)
    return m.Bilingual(fr=reader.text(node, "fr", where, required=False),
                       en=reader.text(node, "en", where, required=False))


def _keywords(reader: Reader, node: dict, where: str) -> dict[str, tuple[str, ...]]:
    value = node.get("keywords")
    if value is None:
        return {}
    mapping = reader.mapping(value, f"{where}.keywords", m.LANGS)
    return {lang: reader.strings(mapping, lang, f"{where}.keywords") for lang in m.LANGS if lang in mapping}


def _check_statuses(reader: Reader, node: dict, where: str, p: m.Provision, instrument: m.Instrument) -> None:
    """The rules that keep a paraphrase from passing for the law's words."""
    _check_text_statuses(reader, node, where, p, instrument)
    _check_translations(reader, node, where, p)
    if p.number_status != "attested" and not p.number_note:
        reader.problem(node, f"{where}.number_note", (f"number_status is {p.number_status}: say why",
                                                      f"number_status vaut {p.number_status} : dites pourquoi"),
                       ('add number_note: {fr: "…", en: "…"}', 'ajoutez number_note: {fr: "…", en: "…"}'), node)
    if p.number_status == "unknown" and p.num is not None:
        reader.problem(node, f"{where}.num", ("number_status is unknown but a number is given",
                                              "number_status vaut unknown, mais un numéro est donné"), parent=node)
    _check_sources(reader, node, where, p, instrument)


def _check_text_statuses(reader: Reader, node: dict, where: str, p: m.Provision, instrument: m.Instrument) -> None:
    for lang in instrument.original_languages:
        if lang not in p.text_status:
            reader.problem(node, f"{where}.text_status.{lang}",
                           ("missing: every original language needs a status",
                            "manquant : chaque langue originale doit avoir un statut"),
                           ("verbatim, partial, paraphrase or missing", "verbatim, partial, paraphrase ou missing"),
                           parent=node)
    for lang, status in p.text_status.items():
        if lang not in instrument.original_languages:
            reader.problem(node, f"{where}.text_status.{lang}",
                           (f"{lang} is not an original language of {instrument.id}",
                            f"{lang} n’est pas une langue originale de {instrument.id}"),
                           (f"a translation goes under translation_status: {lang}: unofficial",
                            f"une traduction se déclare sous translation_status: {lang}: unofficial"), node)
        has_text = p.text.get(lang, fallback=False) is not None
        if status == "missing" and has_text:
            reader.problem(node, f"{where}.text.{lang}", ("text given but text_status is missing",
                                                          "un texte est donné, mais text_status vaut missing"),
                           ("set the status to verbatim, partial or paraphrase, or remove the text",
                            "mettez le statut à verbatim, partial ou paraphrase, ou retirez le texte"), node)
        if status != "missing" and not has_text:
            reader.problem(node, f"{where}.text.{lang}", (f"no text but text_status is {status}",
                                                          f"aucun texte, mais text_status vaut {status}"),
                           ("add the text or set the status to missing",
                            "ajoutez le texte ou mettez le statut à missing"), node)
        if status == "paraphrase" and not p.attribution:
            reader.problem(node, f"{where}.attribution", ("a paraphrase must say whose words it is",
                                                          "une paraphrase doit dire de qui sont ces mots"),
                           ('add attribution: {fr: "Résumé de …", en: "Summary by …"}',
                            'ajoutez attribution: {fr: "Résumé de …", en: "Summary by …"}'), node)


def _check_translations(reader: Reader, node: dict, where: str, p: m.Provision) -> None:
    for lang in p.translation_status:
        if p.text.get(lang, fallback=False) is None:
            reader.problem(node, f"{where}.translation_status.{lang}",
                           ("translation status without a translation", "statut de traduction sans traduction"),
                           parent=node)
        if lang in p.text_status:
            reader.problem(node, f"{where}.translation_status.{lang}",
                           (f"{lang} has both a text status and a translation status",
                            f"{lang} a à la fois un statut de texte et un statut de traduction"), parent=node)
    for lang in m.LANGS:
        if p.text.get(lang, fallback=False) and lang not in p.text_status and lang not in p.translation_status:
            reader.problem(node, f"{where}.text.{lang}", ("text without a status", "texte sans statut"),
                           ("add text_status (original) or translation_status (our translation)",
                            "ajoutez text_status (texte original) ou translation_status (notre traduction)"), node)


def _check_sources(reader: Reader, node: dict, where: str, p: m.Provision, instrument: m.Instrument) -> None:
    known = {s.id for s in instrument.sources}
    for source in p.sources:
        if source not in known:
            close = _close(source, known)
            reader.problem(node, f"{where}.sources", (f"unknown source {source!r}", f"source inconnue {source!r}"),
                           did_you_mean(close) if close else ("declare it under instrument.sources",
                                                              "déclarez-la sous instrument.sources"), node)
    if not p.sources:
        reader.problem(node, f"{where}.sources", ("every provision needs at least one source",
                                                  "chaque disposition doit citer au moins une source"), parent=node)


