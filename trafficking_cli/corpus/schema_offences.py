"""Schema for ``law/offences.yaml`` and ``law/protection.yaml`` (YAML parsing stays in corpus/loader.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from trafficking_cli import models as m
from trafficking_cli.i18n import Msg
from trafficking_cli.models import Problem

from .loader import plain
from .schema_reader import ID_PATTERN, SCHEMAS, Reader, open_document

CATEGORIES = ("act", "means", "purpose", "conduct", "object", "victim")
PENALTY_KINDS = ("reclusion", "emprisonnement", "amende", "other")
OFFENCE_KEYS = ("id", "name", "instrument", "provisions", "victim", "elements", "child_rule",
                "aggravating", "penalties", "warnings", "conditions", "person")
CONDITION_KINDS = ("partial_definition", "incrimination_unknown")


def load_offences(path: Path) -> tuple[list[m.Offence], list[Problem]]:
    reader, doc = open_document(path, ("schema", "offences"), ("schema", "offences"), SCHEMAS["offences"])
    if doc is None:
        return [], reader.problems
    offences = [o for where, node in reader.items(doc, "offences", "") if (o := _offence(reader, node, where))]
    return offences, reader.problems


def _offence(reader: Reader, node: Any, where: str) -> m.Offence | None:
    node = reader.mapping(node, where, OFFENCE_KEYS, ("id", "name", "instrument", "provisions", "elements",
                                                     "penalties"))
    ident = reader.text(node, "id", where, pattern=ID_PATTERN)
    if ident is None:
        return None
    where = f"{where}({ident})"
    elements = tuple(_group(reader, item, w) for w, item in reader.items(node, "elements", where))
    penalties = tuple(p for w, item in reader.items(node, "penalties", where) if (p := _penalty(reader, item, w)))
    if not penalties:
        reader.problem(node, f"{where}.penalties", Msg.of("data.offence_needs_at_least_one"),
                       Msg.of("data.if_penalty_unknown_give_provision"), node)
    child_rule = None
    if node.get("child_rule") is not None:
        child_rule = _child_rule(reader, node["child_rule"], f"{where}.child_rule")
    if any(not g.required_for_minors for g in elements) and child_rule is None:
        reader.problem(node, f"{where}.child_rule",
                       Msg.of("data.element_not_required_for_minors"),
                       Msg.of("data.add_child_rule_basis_verified"), node)
    return m.Offence(
        id=ident, name=reader.bilingual(node, "name", where),
        instrument=reader.text(node, "instrument", where) or "",
        provisions=reader.strings(node, "provisions", where),
        victim=reader.text(node, "victim", where, required=False, choices=("any", "minor")) or "any",
        elements=elements,
        aggravating=tuple(a for w, item in reader.items(node, "aggravating", where, required=False)
                          if (a := _aggravating(reader, item, w))),
        penalties=penalties, child_rule=child_rule,
        warnings=tuple(reader.bilingual({"w": item}, "w", w)
                       for w, item in reader.items(node, "warnings", where, required=False)),
        line=getattr(node, "line", 0),
        conditions=tuple(c for w, item in reader.items(node, "conditions", where, required=False)
                         if (c := _condition(reader, item, w))),
        person=reader.bilingual(node, "person", where, required=False),
    )


def _condition(reader: Reader, node: Any, where: str) -> m.OffenceCondition | None:
    node = reader.mapping(node, where, ("kind", "text"), ("kind", "text"))
    kind = reader.text(node, "kind", where, choices=CONDITION_KINDS)
    return m.OffenceCondition(kind, reader.bilingual(node, "text", where)) if kind else None


def _group(reader: Reader, node: Any, where: str) -> m.ElementGroup:
    node = reader.mapping(node, where, ("category", "rule", "required_for_minors", "label", "provisions", "items"),
                          ("category", "rule", "items"))
    items = []
    for w, item in reader.items(node, "items", where):
        item = reader.mapping(item, w, ("id", "label", "equivalents"), ("id", "label"))
        ident = reader.text(item, "id", w, pattern=ID_PATTERN)
        if ident:
            items.append(m.ElementItem(ident, reader.bilingual(item, "label", w),
                                       reader.strings(item, "equivalents", w)))
    return m.ElementGroup(
        category=reader.text(node, "category", where, choices=CATEGORIES) or "act",
        rule=reader.text(node, "rule", where, choices=("any_of", "all_of")) or "any_of",
        required_for_minors=reader.boolean(node, "required_for_minors", where, default=True),
        label=reader.bilingual(node, "label", where, required=False),
        provisions=reader.strings(node, "provisions", where),
        items=tuple(items),
    )


def _child_rule(reader: Reader, node: Any, where: str) -> m.ChildRule:
    node = reader.mapping(node, where, ("basis", "verified_in_malian_law", "caveat"), ("basis", "caveat"))
    return m.ChildRule(reader.strings(node, "basis", where),
                       reader.boolean(node, "verified_in_malian_law", where),
                       reader.bilingual(node, "caveat", where))


def _aggravating(reader: Reader, node: Any, where: str) -> m.Aggravating | None:
    node = reader.mapping(node, where, ("id", "label", "verified", "provision", "effect", "note", "additional"),
                          ("id", "label", "verified"))
    ident = reader.text(node, "id", where, pattern=ID_PATTERN)
    if ident is None:
        return None
    effect = reader.mapping(node.get("effect") or {}, f"{where}.effect", ("min_years", "max_years", "life"))
    return m.Aggravating(
        id=ident, label=reader.bilingual(node, "label", where),
        verified=reader.boolean(node, "verified", where),
        provision=reader.text(node, "provision", where, required=False),
        max_years=reader.integer(effect, "max_years", f"{where}.effect"),
        life=reader.maybe(effect, "life", f"{where}.effect"),
        note=reader.bilingual(node, "note", where, required=False),
        min_years=reader.integer(effect, "min_years", f"{where}.effect"),
        additional=reader.bilingual(node, "additional", where, required=False),
    )


def _penalty(reader: Reader, node: Any, where: str) -> m.Penalty | None:
    node = reader.mapping(node, where, ("provision", "text_status", "kind", "min_years", "max_years", "life",
                                        "fine_fcfa", "additional", "text"), ("provision", "text_status", "kind"))
    provision = reader.text(node, "provision", where)
    status = reader.text(node, "text_status", where, choices=m.TEXT_STATUSES)
    if provision is None or status is None:
        return None
    fine = reader.mapping(node.get("fine_fcfa") or {}, f"{where}.fine_fcfa", ("min", "max"))
    low, high = reader.integer(node, "min_years", where), reader.integer(node, "max_years", where)
    if low is not None and high is not None and low > high:
        reader.problem(node, f"{where}.min_years", Msg.of("data.min_years_above_max_years", low=low, high=high),
                       parent=node)
    return m.Penalty(
        provision=provision, text_status=status,
        kind=reader.text(node, "kind", where, choices=PENALTY_KINDS) or "other",
        min_years=low, max_years=high, life=reader.maybe(node, "life", where),
        fine_min=reader.integer(fine, "min", f"{where}.fine_fcfa"),
        fine_max=reader.integer(fine, "max", f"{where}.fine_fcfa"),
        additional=reader.bilingual(node, "additional", where, required=False),
        text=reader.bilingual(node, "text", where, required=False),
    )


DUTY_STATUSES = ("malian_law", "international", "guidance", "unverified")


def load_protection(path: Path) -> tuple[list[m.ProtectionDuty], list[Problem]]:
    reader, doc = open_document(path, ("schema", "duties"), ("schema", "duties"), SCHEMAS["protection"])
    if doc is None:
        return [], reader.problems
    duties = []
    for where, node in reader.items(doc, "duties", ""):
        node = reader.mapping(node, where, ("id", "label", "description", "basis", "basis_note", "status",
                                            "caveat", "applies_when"), ("id", "label", "status"))
        ident = reader.text(node, "id", where, pattern=ID_PATTERN)
        if ident is None:
            continue
        status = reader.text(node, "status", where, choices=DUTY_STATUSES) or "unverified"
        caveat = reader.bilingual(node, "caveat", where, required=False)
        if status != "malian_law" and not caveat:
            reader.problem(node, f"{where}.caveat", Msg.of("data.duty_with_status_needs_caveat", status=status),
                           parent=node)
        duties.append(m.ProtectionDuty(
            id=ident, label=reader.bilingual(node, "label", where),
            description=reader.bilingual(node, "description", where, required=False),
            basis=reader.strings(node, "basis", where), status=status,
            basis_note=reader.bilingual(node, "basis_note", where, required=False), caveat=caveat,
            applies_when=plain(node.get("applies_when")) or "always",
        ))
    return duties, reader.problems
