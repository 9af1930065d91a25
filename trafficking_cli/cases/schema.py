"""Reading and checking case files (contracts §3 and §5): plain data in, a ``Case`` out, every problem named.

Both ``trafficking-case/1`` and ``trafficking-case/2`` are read; a /1 file is a /2 file with nothing
attributed to suspects. Suspects, their acts and ``procedure`` are read in ``cases.suspects``.

A bad case file never reaches the memo: each problem says file, line, key and what to do.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from typing import Any

from trafficking_cli import models as m
from trafficking_cli.corpus.schema_reader import Reader, did_you_mean
from trafficking_cli.errors import DataError
from trafficking_cli.i18n import Msg

from .shape import check_free_parts
from .suspects import SUSPECT_ID, check_partners, procedure, suspect, suspect_to_data

CASE_SCHEMA = "trafficking-case/2"
CASE_SCHEMAS = ("trafficking-case/1", CASE_SCHEMA)
CASE_KEYS = ("schema", "reference", "facts_date", "facts_end_date", "places", "summary", "victims", "suspects",
             "evidence", "answers", "procedure")
VICTIM_KEYS = ("id", "age_at_facts", "age_doubt", "sex", "nationality", "established", "excluded", "aggravating")
EVIDENCE_KINDS = ("testimony", "document", "physical", "digital", "financial", "expert")
VICTIM_ID = r"V\d+"
# Facts about the victim rather than offence elements that a piece of evidence can prove ("V2.age": a birth
# certificate, a bone-age report); the memo's age gap looks for them.
VICTIM_FACTS = frozenset({"age"})
ANSWER_KEY = r"[A-Za-z][A-Za-z0-9_-]*\.[A-Za-z0-9_-]+"
NOT_A_MAPPING = Msg.of("data.case_file_mapping_reference_facts")
# The kinds of id a victim cites (data.unknown_id.<kind>, data.see_elements.<kind>).
ELEMENT, AGGRAVATING_FACT = "element", "aggravating"


def case_from_data(doc: Any, path: str, element_ids: Iterable[str], aggravating_ids: Iterable[str],
                   *, draft: bool = False) -> m.Case:
    """Check parsed case data against contracts §3 and the law's element ids; raise DataError on any problem.

    ``draft``: a case being built (a new template, an interview in progress) may lack ``facts_date``;
    the memo loads cases without ``draft`` and so still refuses a case with no date of the facts.
    """
    reader = Reader(path)
    elements, aggravating = set(element_ids), set(aggravating_ids)
    if not isinstance(doc, dict):
        reader.problem(doc, "", NOT_A_MAPPING)
        raise DataError(reader.problems, hint="trafficking case new")
    if doc.get("schema") not in CASE_SCHEMAS:
        found = doc.get("schema")
        reader.problem(doc, "schema", Msg.of("data.expected_found", CASE_SCHEMA=CASE_SCHEMA, found=found),
                       Msg.of("data.first_line_should_schema", CASE_SCHEMA=CASE_SCHEMA), parent=doc)
    facts_date = _iso_date(reader, doc, "facts_date", required=not draft)
    end_date = _iso_date(reader, doc, "facts_end_date", required=False)
    if facts_date and end_date and end_date < facts_date:
        reader.problem(doc, "facts_end_date",
                       Msg.of("data.before_facts_date", end_date=end_date, facts_date=facts_date), parent=doc)
    victims = [v for w, node in reader.items(doc, "victims", "", required=False)
               if (v := _victim(reader, node, w, elements, aggravating))]
    victim_ids = {v.id for v in victims}
    suspects = [s for w, node in reader.items(doc, "suspects", "", required=False)
                if (s := suspect(reader, node, w, victim_ids, elements))]
    check_partners(reader, doc, suspects)
    evidence = [e for w, node in reader.items(doc, "evidence", "", required=False)
                if (e := _evidence(reader, node, w, victim_ids | {s.id for s in suspects}, elements))]
    _unique(reader, doc, "victims", [v.id for v in victims])
    _unique(reader, doc, "suspects", [s.id for s in suspects])
    _unique(reader, doc, "evidence", [e.id for e in evidence])
    answers = _answers(reader, doc, {v.id for v in victims})
    proc = procedure(reader, doc)
    check_free_parts(reader, doc)  # places, derived: their types (issue 11)
    if reader.problems:
        raise DataError(reader.problems, hint=Msg.of("data.fix_case_file_or_start"))
    return m.Case(
        reference=_plain(doc.get("reference")) or "",
        facts_date=facts_date, facts_end_date=end_date,
        places=tuple(str(p) for p in (doc.get("places") or []) if p is not None),
        summary=_plain(doc.get("summary")) or "",
        victims=tuple(victims), suspects=tuple(suspects), evidence=tuple(evidence),
        answers=dict(answers), extra={k: v for k, v in doc.items() if k not in CASE_KEYS}, path=path,
        procedure=proc,
        schema=str(doc.get("schema")),
    )


def _answers(reader: Reader, doc: dict, victims: set[str]) -> dict[str, Any]:
    """``answers``: "CHECKLIST.ITEM" -> victim code -> record (as ``checklist run`` writes them).

    A value not keyed by victim codes (``"A.A06": yes``, hand-written) is a case-wide answer.
    """
    answers = doc.get("answers")
    if answers is None:
        return {}
    if not isinstance(answers, dict):
        reader.problem(doc, "answers", Msg.of("data.must_mapping_keyed_checklist_item"), parent=doc)
        return {}
    for key, by_victim in answers.items():
        where = f"answers.{key}"
        if not isinstance(key, str) or not re.fullmatch(ANSWER_KEY, key):
            reader.problem(answers, where, Msg.of("data.not_checklist_item_key", key=key),
                           Msg.of("data.write_b_b07"), parent=answers)
        elif isinstance(by_victim, dict) and by_victim and all(re.fullmatch(VICTIM_ID, str(k)) for k in by_victim):
            for victim in by_victim:
                if victim not in victims:
                    reader.problem(by_victim, f"{where}.{victim}", Msg.of("data.no_victim_this_case", victim=victim),
                                   Msg.of("data.add_under_victims_or_remove"), parent=by_victim)
    return dict(answers)


def _plain(value: Any) -> str | None:
    return None if value is None else str(value)


def _iso_date(reader: Reader, doc: dict, key: str, required: bool) -> str | None:
    value = doc.get(key)
    if value is None:
        if required:
            reader.problem(doc, key, Msg.of("data.missing_date_facts_decides_which"),
                           Msg.of("data.write_as_facts_date_2019"),
                           parent=doc)
        return None
    text = str(value)
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        reader.problem(doc, key, Msg.of("data.not_date", text=text),
                       Msg.of("data.write_yyyy_mm_dd_2019"),
                       parent=doc)
        return None
    try:
        from datetime import date

        date.fromisoformat(text)
    except ValueError:
        reader.problem(doc, key, Msg.of("data.not_real_calendar_date", text=text),
                       parent=doc)
        return None
    return text


def _ids(reader: Reader, node: dict, key: str, where: str, known: set[str],
         what: str) -> tuple[str, ...]:
    """``what``: the kind of id, as ELEMENT or AGGRAVATING_FACT above."""
    values = reader.strings(node, key, where)
    for value in values:
        if value not in known:
            close = difflib.get_close_matches(value, sorted(known), n=1, cutoff=0.6)
            hint = did_you_mean(close[0]) if close else Msg.of(f"data.see_elements.{what}")
            reader.problem(node, f"{where}.{key}", Msg.of(f"data.unknown_id.{what}", value=value), hint, parent=node)
    return tuple(v for v in values if v in known)


def _victim(reader: Reader, node: Any, where: str, elements: set[str], aggravating: set[str]) -> m.Victim | None:
    node = reader.mapping(node, where, (*VICTIM_KEYS, "note"), ("id",))
    ident = reader.text(node, "id", where, pattern=VICTIM_ID)
    if ident is None:
        if "id" in node:
            # Replace the generic "not a valid id" with why it matters: a name here would expose the victim.
            given = node.get("id")
            reader.problems[-1] = m.Problem.of(
                reader.path, reader.problems[-1].line, f"{where}.id",
                Msg.of("data.victim_id_not_code", given=given),
                Msg.of("data.victims_are_only_ever_codes"))
        return None
    where = f"{where}({ident})"
    age = node.get("age_at_facts")
    if age is not None and (isinstance(age, bool) or not isinstance(age, int) or not 0 <= age < 130):
        reader.problem(node, f"{where}.age_at_facts", Msg.of("data.not_age_years", age=age),
                       Msg.of("data.whole_number_or_null_when"),
                       parent=node)
        age = None
    established = _ids(reader, node, "established", where, elements, ELEMENT)
    excluded = _ids(reader, node, "excluded", where, elements, ELEMENT)
    for both in sorted(set(established) & set(excluded)):
        reader.problem(node, f"{where}.excluded", Msg.of("data.both_established_and_excluded", both=both),
                       Msg.of("data.keep_one_list_only"), parent=node)
    return m.Victim(
        id=ident, age_at_facts=age, age_doubt=reader.boolean(node, "age_doubt", where),
        sex=_plain(node.get("sex")), nationality=_plain(node.get("nationality")),
        established=established, excluded=excluded,
        aggravating=_ids(reader, node, "aggravating", where, aggravating, AGGRAVATING_FACT),
    )


def _evidence(reader: Reader, node: Any, where: str, parties: set[str], elements: set[str]) -> m.Evidence | None:
    """``parties``: the victim and suspect codes: ``V1.recrutement`` is a fact about V1, ``S1.recrutement``
    the suspect S1's act."""
    node = reader.mapping(node, where, ("id", "kind", "description", "supports", "source", "note"), ("id", "kind"))
    ident = reader.text(node, "id", where, pattern=r"E\d+")
    kind = reader.text(node, "kind", where, choices=EVIDENCE_KINDS)
    supports = reader.strings(node, "supports", where)
    for ref in supports:
        victim, _, element = ref.partition(".")
        if victim not in parties:
            who = "suspect" if re.fullmatch(SUSPECT_ID, victim) else "victim"
            reader.problem(node, f"{where}.supports", Msg.of(f"data.no_party.{who}", ref=ref, party=victim),
                           Msg.of("data.write_v1_recrutement_victim_s"), parent=node)
        elif element not in elements and not (element in VICTIM_FACTS and re.fullmatch(VICTIM_ID, victim)):
            close = difflib.get_close_matches(element, sorted(elements), n=1, cutoff=0.6)
            hint = (Msg.of("data.did_you_mean_element", victim=victim, close_0=close[0]) if close
                    else Msg.of("data.see_trafficking_elements"))
            reader.problem(node, f"{where}.supports", Msg.of("data.unknown_element", ref=ref, element=element),
                           hint, node)
    if ident is None or kind is None:
        return None
    return m.Evidence(ident, kind, _plain(node.get("description")) or "", supports, _plain(node.get("source")) or "")


def _unique(reader: Reader, doc: dict, key: str, ids: list[str]) -> None:
    seen: set[str] = set()
    for ident in ids:
        if ident in seen:
            reader.problem(doc, key, Msg.of("data.duplicate_id", ident=ident),
                           Msg.of("data.give_each_one_its_own"), parent=doc)
        seen.add(ident)


def case_to_data(case: m.Case) -> dict[str, Any]:
    """The case as plain data in contracts §3 order (unknown keys kept after the known ones)."""
    data: dict[str, Any] = {
        "schema": CASE_SCHEMA, "reference": case.reference, "facts_date": case.facts_date,
    }
    if case.facts_end_date:
        data["facts_end_date"] = case.facts_end_date
    data |= {
        "places": list(case.places), "summary": case.summary,
        "victims": [{"id": v.id, "age_at_facts": v.age_at_facts, "age_doubt": v.age_doubt,
                     **({"sex": v.sex} if v.sex else {}),
                     **({"nationality": v.nationality} if v.nationality else {}),
                     "established": list(v.established), "excluded": list(v.excluded),
                     "aggravating": list(v.aggravating)} for v in case.victims],
        "suspects": [suspect_to_data(s) for s in case.suspects],
        "evidence": [{"id": e.id, "kind": e.kind, "description": e.description, "supports": list(e.supports)}
                     for e in case.evidence],
        "answers": case.answers,
    }
    if case.procedure.first_act_date:
        data["procedure"] = {"first_act_date": case.procedure.first_act_date}
    data.update(case.extra)
    return data
