"""Derived facts: what one victim's answers support (elements, aggravating facts, duties, evidence).

Pure: the case module writes what ``derive`` returns into the case file and gives evidence entries
their ids. Every fact carries the item keys it comes from, so that the memo can say why.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from trafficking_cli import models as m
from trafficking_cli.i18n import t

from .conditions import evaluate
from .records import NO, SPECIAL, YES, YES_NO_TYPES, Answers, Record, has_value, is_answered, is_protected, value_of
from .signals import minor_keys, opened, ordered_checklists

Facts = dict[str, dict[str, list[str]]]  # kind (established, excluded…) -> fact id -> item keys
FACT_KINDS = ("established", "excluded", "aggravating", "protection")


@dataclass(frozen=True)
class EvidenceDraft:
    """An evidence entry the answers suggest; the case module gives it an id and the victim prefix."""

    source: str  # stable identity across recomputations, e.g. "V1: B (testimony)" or "V1: D.D01"
    kind: str
    items: tuple[str, ...]
    supports: tuple[str, ...]  # element ids
    description: str


@dataclass(frozen=True)
class Derived:
    """What one victim's answers support, each fact with the item keys it comes from."""

    established: dict[str, list[str]] = field(default_factory=dict)
    excluded: dict[str, list[str]] = field(default_factory=dict)
    aggravating: dict[str, list[str]] = field(default_factory=dict)
    protection: dict[str, list[str]] = field(default_factory=dict)
    minor: list[str] = field(default_factory=list)
    opens: dict[str, list[str]] = field(default_factory=dict)
    conflicts: list[str] = field(default_factory=list)
    evidence: list[EvidenceDraft] = field(default_factory=list)


def positive(item: m.Item, record: Record | None) -> bool:
    """Does the answer say "yes, this happened / exists"? (what ``feeds`` are triggered by)"""
    if is_protected(record):
        return True  # an identifying answer was given, even if it is not kept
    if not has_value(record):
        return False
    value = value_of(record)
    if value in SPECIAL:
        return False
    if item.type in YES_NO_TYPES:
        return value == YES
    if item.type == "choice":
        return value == YES if any(o.id == YES for o in item.options) else value not in (NO, "not_applicable")
    if item.type == "multi":
        return bool(value)
    if item.type == "number":
        return isinstance(value, int | float) and value >= max(item.feeds.min_number, 1)
    return bool(str(value).strip())


def raised(item: m.Item, record: Record | None) -> list[m.Alert]:
    """The alerts this answer sets off (A01 "no", A04 "high", a need at A03…)."""
    if not has_value(record) or is_protected(record):
        return []
    value = value_of(record)
    given = {str(v) for v in value} if isinstance(value, list) else {str(value)}
    return [a for a in item.alerts if given & set(a.on)]


def suggested(item: m.Item, record: Record | None) -> list[str]:
    """The elements this answer points to (B16 "yes": violence, menace), to be confirmed by the interviewer."""
    if not has_value(record) or not item.suggests:
        return []
    value = value_of(record)
    out: list[str] = []
    for suggestion in item.suggests:
        if suggestion.min_number is not None:
            fired = isinstance(value, int | float) and not isinstance(value, bool) and value >= suggestion.min_number
        elif suggestion.on_answer:
            given = {str(v) for v in value} if isinstance(value, list) else {str(value)}
            fired = bool(given & set(suggestion.on_answer))
        else:
            fired = positive(item, record)
        out += [e for e in suggestion.elements if fired and e not in out]
    return out


def pending_suggestions(item: m.Item, record: Record | None) -> list[str]:
    """Suggested elements not yet confirmed nor set aside for this answer."""
    decided = set((record or {}).get("confirmed") or []) | set((record or {}).get("set_aside") or [])
    return [e for e in suggested(item, record) if e not in decided]


def derive(checklists: Mapping[str, m.Checklist], answers: Answers, victim: str, *,
           minor_by_case: bool | None = None, reference_date: str | None = None, foreign: bool | None = None,
           lang: str = "fr") -> Derived:
    """Facts from all of one victim's answers: elements, aggravating facts, duties, evidence.

    Only answers to items that apply (their ``when`` holds) count; an element both established and
    excluded by answers goes in neither list and is reported as a conflict.
    """
    child = bool(minor_by_case) or bool(minor_keys(checklists, answers, reference_date))
    facts: Facts = {kind: {} for kind in FACT_KINDS}
    testimony: dict[str, list[m.Item]] = {}  # checklist id -> items the victim's statements cover
    documents: list[EvidenceDraft] = []
    for checklist, item, record in _applying_answers(checklists, answers, child, foreign):
        elements = _item_facts(item, record, facts)
        if not (positive(item, record) and item.feeds.evidence):
            continue
        if item.feeds.evidence == "testimony":
            testimony.setdefault(checklist.id, []).append(item)
        else:
            documents.append(_item_evidence(item, record, victim, elements, lang))
    conflicts = _drop_conflicts(facts)
    statements = [_testimony(checklists[checklist_id], items, victim, facts["established"], lang)
                  for checklist_id, items in testimony.items()]
    evidence = [replace(e, supports=tuple(s for s in e.supports if s in facts["established"]))
                for e in statements + documents]
    for group in facts.values():
        for fact, keys in group.items():
            group[fact] = list(dict.fromkeys(keys))
    return Derived(facts["established"], facts["excluded"], facts["aggravating"], facts["protection"],
                   minor_keys(checklists, answers, reference_date), opened(checklists, answers, reference_date),
                   conflicts, evidence)


def _applying_answers(checklists: Mapping[str, m.Checklist], answers: Answers, child: bool,
                      foreign: bool | None) -> Iterator[tuple[m.Checklist, m.Item, Record]]:
    """Every answered item whose ``when`` holds, in walk order."""
    for checklist in ordered_checklists(checklists):
        for item in checklist.items:
            record = answers.get(item.key)
            if record is not None and is_answered(record) and evaluate(item.when, answers, child, foreign):
                yield checklist, item, record


def _drop_conflicts(facts: Facts) -> list[str]:
    """Elements both established and excluded: taken out of both, returned for the report."""
    conflicts = sorted(set(facts["established"]) & set(facts["excluded"]))
    for element in conflicts:
        facts["established"].pop(element)
        facts["excluded"].pop(element)
    return conflicts


def _item_facts(item: m.Item, record: Record, facts: Facts) -> list[str]:
    """Add what one answer supports to ``facts``; return the elements it establishes."""
    value = value_of(record)
    chosen = value if isinstance(value, list) else [value] if item.type == "choice" else []
    elements = [e for o in item.options if o.id in chosen for e in o.establishes]
    for option in (o for o in item.options if o.id in chosen):
        _add(facts, "aggravating", option.aggravating, item)
    # a suggestion the interviewer confirmed: recorded with the answer that supports it
    elements += [e for e in record.get("confirmed") or [] if e in suggested(item, record)]
    if positive(item, record):
        elements += list(item.feeds.establishes)
        _add(facts, "aggravating", item.feeds.aggravating, item)
        _add(facts, "protection", item.feeds.protection, item)
    if value == NO:
        _add(facts, "excluded", item.feeds.excludes, item)
    for alert in raised(item, record):
        _add(facts, "protection", alert.protection, item)
    elements = list(dict.fromkeys(elements))
    _add(facts, "established", elements, item)
    return elements


def _add(facts: Facts, kind: str, ids: Iterable[str], item: m.Item) -> None:
    for fact in ids:
        facts[kind].setdefault(fact, []).append(item.key)


def _testimony(checklist: m.Checklist, items: list[m.Item], victim: str, established: Mapping[str, list[str]],
               lang: str) -> EvidenceDraft:
    """One testimony entry per checklist: the victim's statements, whatever number of items they cover."""
    keys = {i.key for i in items}
    supports = tuple(e for e, sources in established.items() if keys & set(sources))
    description = t("derived.testimony", lang, victim=victim, checklist=checklist.id,
                    title=checklist.title.get(lang) or "", items=", ".join(i.id for i in items))
    return EvidenceDraft(f"{victim}: {checklist.id} (testimony)", "testimony", tuple(i.key for i in items),
                         supports, description)


def _item_evidence(item: m.Item, record: Record, victim: str, elements: list[str], lang: str) -> EvidenceDraft:
    text = item.text.get(lang) or item.id
    description = f"{item.checklist}.{item.id} — {text}"
    value = value_of(record)
    if is_protected(record):
        description += " " + t("derived.protected", lang)
    elif item.type == "text" and value:
        description += f" : {value}"
    elif item.type == "multi" and value:
        labels = {o.id: o.label.get(lang) or o.id for o in item.options}
        description += " : " + ", ".join(labels.get(v, v) for v in value)
    if record.get("note"):
        description += f" ({record['note']})"
    return EvidenceDraft(f"{victim}: {item.key}", item.feeds.evidence or "document", (item.key,),
                         tuple(elements), description)


# ---- a derived entry in the reader's language ---------------------------------------------------

TESTIMONY_SOURCE = re.compile(r"(V\d+): ([A-Z]+) \(testimony\)")
ITEM_SOURCE = re.compile(r"(V\d+): ([A-Z]+)\.([A-Z]+\d+[A-Z]*)")


def localized_description(checklists: Mapping[str, m.Checklist], answers: Mapping[str, Any], source: str,
                          stored: str, lang: str) -> str:
    """The description of an entry the answers derived, in ``lang`` (review 2, point 11): the file keeps the
    words of the language it was written in, the ids and answers it rests on are language-neutral.
    ``answers``: the case's answers (``{"D.D01": {"V1": record}}``); anything else keeps ``stored``."""
    found = TESTIMONY_SOURCE.fullmatch(source)
    if found and found.group(2) in checklists:
        checklist = checklists[found.group(2)]
        known = {i.id for i in checklist.items}
        items = [x for x in dict.fromkeys(re.findall(r"\b[A-Z]\d+[A-Z]*\b", stored)) if x in known]
        if items:
            return t("derived.testimony", lang, victim=found.group(1), checklist=checklist.id,
                     title=checklist.title.get(lang) or "", items=", ".join(items))
        return stored
    found = ITEM_SOURCE.fullmatch(source)
    if found and found.group(2) in checklists:
        victim, key = found.group(1), f"{found.group(2)}.{found.group(3)}"
        item = next((i for i in checklists[found.group(2)].items if i.key == key), None)
        record = (answers.get(key) or {}).get(victim) if isinstance(answers.get(key), Mapping) else None
        if item is not None and isinstance(record, Mapping):
            return _item_evidence(item, dict(record), victim, [], lang).description
    return stored
