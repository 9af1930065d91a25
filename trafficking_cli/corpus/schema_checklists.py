"""Schema for ``checklists/*.yaml``: items, options, feeds and the condition grammar."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from trafficking_cli import models as m
from trafficking_cli.i18n import Msg
from trafficking_cli.models import Problem

from .loader import plain
from .schema_reader import SCHEMAS, Reader, open_document

ITEM_TYPES = ("yes_no", "yes_no_unknown", "choice", "multi", "text", "date", "number", "age", "ack",
              "suspects_multi", "suspects_choice")  # per suspect code: S1 → options
PART_TYPES = ("text", "date", "number", "yes_no_unknown")
CASE_FACTS = ("facts_date", "places", "summary", "age_at_facts",  # what an answer may fill in the case
              "suspects.acts", "suspects.participation", "suspects.knowledge", "suspects.denies", "suspects.kind")
TAGS = ("ACT", "MEANS", "PURPOSE", "MINOR", "AGGR", "PROT", "PROC")
EVIDENCE_KINDS = ("testimony", "document", "physical", "digital", "financial", "expert")
ITEM_KEYS = ("id", "mode", "type", "text", "help", "source", "options", "never_ask_child", "protected",
             "when", "feeds", "opens", "parts", "alerts", "suggests")
CHECKLIST_KEYS = ("schema", "id", "title", "description", "order", "audience", "requires", "sections")


def load_checklist(path: Path) -> tuple[m.Checklist | None, list[Problem]]:
    reader, doc = open_document(path, CHECKLIST_KEYS, ("schema", "id", "title", "sections"), SCHEMAS["checklist"])
    if doc is None:
        return None, reader.problems
    ident = reader.text(doc, "id", "", pattern=r"[A-Za-z][A-Za-z0-9_-]*")
    if ident is None:
        return None, reader.problems
    sections, items = [], []
    for where, node in reader.items(doc, "sections", ""):
        node = reader.mapping(node, where, ("id", "title", "items"), ("id", "title", "items"))
        section_id = reader.text(node, "id", where) or "?"
        sections.append(m.Section(section_id, reader.bilingual(node, "title", where)))
        for w, item in reader.items(node, "items", where):
            parsed = _item(reader, item, w, ident, section_id)
            if parsed:
                items.append(parsed)
    _check_unique(reader, doc, [i.id for i in items], "item")
    requires = doc.get("requires")
    if requires is not None:
        check_condition(reader, requires, "requires", doc)
    order = doc.get("order", 99)
    if not isinstance(order, int) or isinstance(order, bool):
        reader.problem(doc, "order", Msg.of("data.must_whole_number_found", order=order), parent=doc)
        order = 99
    checklist = m.Checklist(
        id=ident, title=reader.bilingual(doc, "title", ""),
        description=reader.bilingual(doc, "description", "", required=False), order=order,
        audience=reader.text(doc, "audience", "", required=False, choices=("all", "adult", "child")) or "all",
        sections=tuple(sections), items=tuple(items), requires=plain(requires), path=str(path),
    )
    return checklist, reader.problems


def _item(reader: Reader, node: Any, where: str, checklist: str, section: str) -> m.Item | None:
    node = reader.mapping(node, where, ITEM_KEYS, ("id", "mode", "type", "text"))
    ident = reader.text(node, "id", where, pattern=r"[A-Za-z0-9_-]+")
    if ident is None:
        return None
    where = f"{where}({ident})"
    kind = reader.text(node, "type", where, choices=ITEM_TYPES) or "text"
    text = reader.bilingual(node, "text", where)
    for lang in m.LANGS:
        if text and text.get(lang, fallback=False) is None:
            reader.problem(node, f"{where}.text.{lang}", Msg.of("data.missing_translation"),
                           Msg.of("data.every_item_bilingual"), node)
    options = tuple(_option(reader, o, w) for w, o in reader.items(node, "options", where, required=False))
    if kind in ("choice", "multi", "suspects_multi", "suspects_choice") and not options:
        reader.problem(node, f"{where}.options", Msg.of("data.item_needs_options", kind=kind), parent=node)
    if options and kind not in ("choice", "multi", "suspects_multi", "suspects_choice"):
        reader.problem(node, f"{where}.options", Msg.of("data.options_given_but_type", kind=kind), parent=node)
    _check_unique(reader, node, [o.id for o in options], "option")
    if node.get("when") is not None:
        check_condition(reader, node["when"], f"{where}.when", node)
    return m.Item(
        checklist=checklist, id=ident, section=section,
        mode=reader.text(node, "mode", where, choices=("ask", "check", "instruction")) or "check",
        type=kind, text=text, help=reader.bilingual(node, "help", where, required=False),
        source=reader.text(node, "source", where, required=False), options=options,
        never_ask_child=reader.boolean(node, "never_ask_child", where),
        protected=reader.boolean(node, "protected", where), when=plain(node.get("when")),
        feeds=_feeds(reader, node.get("feeds"), f"{where}.feeds"),
        opens=reader.text(node, "opens", where, required=False), line=getattr(node, "line", 0),
        parts=_parts(reader, node, where), alerts=_alerts(reader, node, where),
        suggests=_suggests(reader, node, where),
    )


def _suggests(reader: Reader, node: Any, where: str) -> tuple[m.Suggestion, ...]:
    """``suggests``: elements an answer points to, confirmed one by one by the interviewer (never silently)."""
    out = []
    for w, entry in reader.items(node, "suggests", where, required=False):
        entry = reader.mapping(entry, w, ("elements", "on_answer", "min_number"), ("elements",))
        minimum = entry.get("min_number")
        out.append(m.Suggestion(reader.strings(entry, "elements", w), reader.strings(entry, "on_answer", w),
                                float(minimum) if isinstance(minimum, int | float | str) and str(minimum).isdigit()
                                else None))
    return tuple(out)


def _alerts(reader: Reader, node: Any, where: str) -> tuple[m.Alert, ...]:
    """``alerts``: what an answer sets off at once (A01 "no": put the person in safety first)."""
    alerts = []
    for w, alert in reader.items(node, "alerts", where, required=False):
        # "on_answer", not "on": YAML 1.1 reads a bare ``on`` key as true
        alert = reader.mapping(alert, w, ("on_answer", "text", "protection", "stop"), ("on_answer", "text"))
        alerts.append(m.Alert(reader.strings(alert, "on_answer", w), reader.bilingual(alert, "text", w),
                              reader.strings(alert, "protection", w), reader.boolean(alert, "stop", w)))
    return tuple(alerts)


def _parts(reader: Reader, node: Any, where: str) -> tuple[m.Part, ...]:
    """``parts``: the further answers a question asks for (B09: the date, then the place)."""
    parts = []
    for w, part in reader.items(node, "parts", where, required=False):
        part = reader.mapping(part, w, ("id", "type", "label", "fact"), ("id", "type", "label"))
        parts.append(m.Part(reader.text(part, "id", w, pattern=r"[a-z][a-z0-9_]*") or "?",
                            reader.text(part, "type", w, choices=PART_TYPES) or "text",
                            reader.bilingual(part, "label", w),
                            reader.text(part, "fact", w, required=False, choices=CASE_FACTS)))
    _check_unique(reader, node, [p.id for p in parts], "part")
    return tuple(parts)


def _option(reader: Reader, node: Any, where: str) -> m.Option:
    node = reader.mapping(node, where, ("id", "label", "establishes", "aggravating"), ("id", "label"))
    return m.Option(reader.text(node, "id", where) or "?", reader.bilingual(node, "label", where),
                    reader.strings(node, "establishes", where), reader.strings(node, "aggravating", where))


def _feeds(reader: Reader, node: Any, where: str) -> m.Feeds:
    if node is None:
        return m.Feeds()
    node = reader.mapping(node, where, ("tags", "establishes", "excludes", "aggravating", "protection",
                                        "evidence", "minor", "min_number", "fact"))
    tags = reader.strings(node, "tags", where)
    for tag in tags:
        if tag not in TAGS:
            reader.problem(node, f"{where}.tags", Msg.of("data.unknown_tag", tag=tag),
                           Msg.of("data.one_of_tags", tags=' '.join(TAGS)), node)
    return m.Feeds(
        tags=tags, establishes=reader.strings(node, "establishes", where),
        excludes=reader.strings(node, "excludes", where),
        aggravating=reader.strings(node, "aggravating", where),
        protection=reader.strings(node, "protection", where),
        evidence=reader.text(node, "evidence", where, required=False, choices=EVIDENCE_KINDS),
        minor=reader.boolean(node, "minor", where),
        min_number=reader.integer(node, "min_number", where) or 1,
        fact=reader.text(node, "fact", where, required=False, choices=CASE_FACTS),
    )


def _check_unique(reader: Reader, node: Any, ids: list[str], what: str) -> None:
    """``what``: the kind of id (``data.duplicate_id.<what>`` says it)."""
    seen: set[str] = set()
    for ident in ids:
        if ident in seen:
            reader.problem(node, ident, Msg.of(f"data.duplicate_id.{what}"),
                           Msg.of("data.ids_must_unique"), parent=node)
        seen.add(ident)


CONDITION_OPERATORS = ("answered", "equals", "in", "all", "any", "not", "child", "foreign")


_OPERATORS_HINT = Msg.of("data.one_of_operators", operators=", ".join(CONDITION_OPERATORS))


def check_condition(reader: Reader, cond: Any, where: str, parent: Any) -> None:
    """Syntax of the condition grammar (docs/data-format.md §3); keys are checked by corpus/lookup.py."""
    if not isinstance(cond, dict) or len(cond) != 1:
        reader.problem(parent, where, Msg.of("data.condition_mapping_with_exactly_one"),
                       _OPERATORS_HINT, parent=parent)
        return
    (op, arg), = cond.items()
    if op not in CONDITION_OPERATORS:
        reader.problem(cond, f"{where}.{op}", Msg.of("data.unknown_condition_operator"),
                       _OPERATORS_HINT, parent=cond)
    elif op == "answered" and not isinstance(arg, str):
        reader.problem(cond, f"{where}.answered", Msg.of("data.expects_key_such_as_a06"), parent=cond)
    elif op == "equals" and not (isinstance(arg, list) and len(arg) == 2 and all(isinstance(a, str) for a in arg)):
        reader.problem(cond, f"{where}.equals", Msg.of("data.expects_key_value_both_quoted"), parent=cond)
    elif op == "in" and not (isinstance(arg, list) and len(arg) == 2 and isinstance(arg[0], str)
                             and isinstance(arg[1], list) and all(isinstance(a, str) for a in arg[1])):
        reader.problem(cond, f"{where}.in", Msg.of("data.expects_key_value_all_quoted"), parent=cond)
    elif op in ("all", "any"):
        if not isinstance(arg, list) or not arg:
            reader.problem(cond, f"{where}.{op}", Msg.of("data.expects_non_empty_list_conditions"), parent=cond)
        else:
            for index, sub in enumerate(arg):
                check_condition(reader, sub, f"{where}.{op}[{index}]", arg)
    elif op == "not":
        check_condition(reader, arg, f"{where}.not", cond)
    elif op in ("child", "foreign") and not isinstance(arg, bool):
        reader.problem(cond, f"{where}.{op}", Msg.of("data.expects_true_or_false"), parent=cond)


def condition_keys(cond: Any) -> list[str]:
    """Every "CHECKLIST.ITEM" key a (well-formed) condition refers to."""
    if not isinstance(cond, dict) or len(cond) != 1:
        return []
    (op, arg), = cond.items()
    if op == "answered" and isinstance(arg, str):
        return [arg]
    if op in ("equals", "in") and isinstance(arg, list) and arg and isinstance(arg[0], str):
        return [arg[0]]
    if op in ("all", "any") and isinstance(arg, list):
        return [k for sub in arg for k in condition_keys(sub)]
    if op == "not":
        return condition_keys(arg)
    return []
