"""The only module that parses YAML: strict loading with line numbers, and dumping.

Strict means: duplicate keys are refused, dates stay strings, unknown keys and wrong types are
reported with file, line and key path, and every problem in a file is collected, not just the first.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from trafficking_cli.errors import DataError
from trafficking_cli.i18n import Msg
from trafficking_cli.models import Bilingual, Problem

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


# Hostile files: a 1 kB file of nested anchors and aliases ("billion laughs") expands to billions of
# nodes; a huge or deeply nested file exhausts memory or the stack. The shipped law files are under
# 100 kB and a large case file a few hundred kB, so these bounds leave ample room.
MAX_YAML_BYTES = 4_000_000
MAX_NODES = 250_000  # after every alias is expanded
MAX_DEPTH = 64


class _StrictLoader(_BaseLoader):
    def get_single_node(self) -> Any:
        node = super().get_single_node()
        if node is not None:
            _check_expansion(node)
        return node


def _check_expansion(root: yaml.Node) -> None:
    """Refuse a document whose aliases expand past ``MAX_NODES`` nodes, that nests deeper than
    ``MAX_DEPTH`` or that contains itself; measured on the composed nodes, before anything is built."""
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()

    def size(node: yaml.Node, depth: int) -> int:
        key = id(node)
        if key in sizes:
            return sizes[key]
        if key in open_nodes:
            raise _too_complex(node, "a recursive alias (an anchor that contains itself)")
        if depth > MAX_DEPTH:
            raise _too_complex(node, f"nested more than {MAX_DEPTH} levels deep")
        if isinstance(node, yaml.ScalarNode):
            return 1
        open_nodes.add(key)
        children = node.value if isinstance(node, yaml.SequenceNode) else [n for pair in node.value for n in pair]
        total = 1
        for child in children:
            total += size(child, depth + 1)
            if total > MAX_NODES:
                raise _too_complex(node, f"more than {MAX_NODES} values once aliases are expanded")
        open_nodes.discard(key)
        sizes[key] = total
        return total

    size(root, 0)


def _too_complex(node: yaml.Node, why: str) -> yaml.constructor.ConstructorError:
    return yaml.constructor.ConstructorError(None, None, f"refused: {why}", node.start_mark)


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


# Terminal control sequences in a file (escape, carriage return, C1 codes) would reach the terminal through
# ``case show``, ``case list`` and ``memo`` (a new window title, a cleared screen, a hidden link) and break a
# DOCX: every string read is made visible instead (ESC becomes "␛"). Tab and newline stay.
_CONTROLS = {code: 0x2400 + code for code in range(0x20) if chr(code) not in "\t\n"}
_CONTROLS |= {0x7F: 0x2421} | dict.fromkeys(range(0x80, 0xA0), 0xFFFD)


_ANY_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """``text`` with control characters made visible (nothing for the terminal to obey)."""
    # str.translate looks every character up in the table: only a text that has one pays for it.
    return text.translate(_CONTROLS) if _ANY_CONTROL.search(text) else text


def _construct_text(loader: Any, node: yaml.ScalarNode) -> str:
    return printable(loader.construct_scalar(node))


_StrictLoader.add_constructor("tag:yaml.org,2002:str", _construct_text)
_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)
_StrictLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp_as_text)


def parse_yaml(text: str, path: str) -> Any:
    """Parse YAML text strictly; a syntax error becomes a DataError naming file and line."""
    if len(text) > MAX_YAML_BYTES:
        raise _too_big(path)
    try:
        return yaml.load(text, Loader=_StrictLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = exc.problem or str(exc)
        message = Msg.of("data.yaml_syntax", exc=Bilingual(fr=_syntax_fr(problem), en=problem))
        raise DataError([Problem.of(path, line, "", message, _syntax_hint(problem))]) from None
    except yaml.reader.ReaderError:  # a NUL or control character: PyYAML gives a position, in English
        raise DataError(_bad_characters(text, path)) from None
    except yaml.YAMLError as exc:
        raise DataError([Problem.of(path, None, "", Msg.of("data.yaml_syntax", exc=exc))]) from None


# What YAML refuses in a file (PyYAML's own set): control characters other than tab and line ends, and
# surrogates or U+FFFE/U+FFFF. PyYAML stops at the first; every one is reported, with its line and key.
_NOT_PRINTABLE = re.compile("[^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\U00010000-\U0010FFFF]")
_LINE_KEY = re.compile(r"\s*(?:-\s+)?([A-Za-z0-9_.-]+)\s*:")
_YAML_LINES = re.compile("\r\n|[\r\n\x85\u2028\u2029]")  # YAML's line breaks (str.splitlines adds \x0c, \x1c…)
MAX_CHARACTER_PROBLEMS = 20  # a binary file would give thousands of lines: the first ones, then a count


def _bad_characters(text: str, path: str) -> list[Problem]:
    """One problem per character YAML refuses: ``file:line: key: U+0000 …`` (review 3, defect 10)."""
    problems = []
    for number, line in enumerate(_YAML_LINES.split(text), start=1):
        for found in _NOT_PRINTABLE.finditer(line):
            key = _LINE_KEY.match(line)
            problems.append(Problem.of(path, number, key.group(1) if key else "",
                                       Msg.of("data.control_character", code=f"U+{ord(found.group()):04X}",
                                              column=found.start() + 1),
                                       Msg.of("data.remove_control_character")))
    if len(problems) > MAX_CHARACTER_PROBLEMS:
        more = len(problems) - MAX_CHARACTER_PROBLEMS
        problems = [*problems[:MAX_CHARACTER_PROBLEMS],
                    Problem.of(path, None, "", Msg.of("data.control_characters_more", count=more))]
    return problems or [Problem.of(path, None, "", Msg.of("data.control_character_somewhere"),
                                   Msg.of("data.remove_control_character"))]


def _syntax_hint(problem: str) -> Msg:
    if "duplicate key" in problem:
        return Msg.of("data.remove_or_rename_one_two")
    if "tab" in problem:
        return Msg.of("data.indent_with_spaces_not_tabs")
    if problem.startswith("refused:"):
        return Msg.of("data.hostile_yaml_hint")
    return Msg.of("data.check_indentation_and_quoting_on")


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
    (r"refused: a recursive alias \(an anchor that contains itself\)",
     "refusé : alias récursif (une ancre qui se contient elle-même)"),
    (r"refused: nested more than (\d+) levels deep", "refusé : plus de {0} niveaux d’imbrication"),
    (r"refused: more than (\d+) values once aliases are expanded",
     "refusé : plus de {0} valeurs une fois les alias (*) développés"),
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


def _too_big(path: str) -> DataError:
    return DataError([Problem.of(path, None, "", Msg.of("data.too_big", max=MAX_YAML_BYTES // 1_000_000),
                                 Msg.of("data.hostile_yaml_hint"))])


def read_yaml_file(path: Path) -> Any:
    try:
        if path.stat().st_size > MAX_YAML_BYTES:  # before reading it into memory
            raise _too_big(str(path))
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise DataError([Problem.of(str(path), None, "", Msg.of("data.not_utf_8_text", reason=exc.reason),
                                    Msg.of("data.save_file_as_utf_8"))]) from None
    except IsADirectoryError:
        raise DataError([Problem.of(str(path), None, "", Msg.of("data.folder_not_file"),
                                    Msg.of("data.rename_or_move_out_law"))]) from None
    except OSError as exc:
        raise DataError([Problem.of(str(path), None, "", Msg.of("data.cannot_read", strerror=exc.strerror))]) from None
    return parse_yaml(text, str(path))


def dump_yaml(data: Any) -> str:
    """Serialise plain data (dicts, lists, strings, numbers) as readable, stable YAML."""
    return yaml.dump(data, allow_unicode=True, sort_keys=False, default_flow_style=False, width=100)


def dump_yaml_safe(data: Any) -> str:
    """Like ``dump_yaml`` with the safe dumper, in C when available (case files are written after every answer)."""
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return yaml.dump(data, Dumper=dumper, allow_unicode=True, sort_keys=False, default_flow_style=False, width=100)
