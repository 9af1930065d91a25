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
NOT_A_MAPPING = ("a case file is a mapping (reference: …, facts_date: …, victims: …)",
                 "un dossier est un bloc clé : valeur (reference: …, facts_date: …, victims: …)")
# The kinds of id a victim cites: English, French, and "unknown" agreed in gender (« circonstance … inconnue »).
ELEMENT = ("element", "élément", "inconnu")
AGGRAVATING_FACT = ("aggravating fact", "circonstance aggravante", "inconnue")


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
        reader.problem(doc, "schema", (f"expected {CASE_SCHEMA!r}, found {found!r}",
                                       f"attendu {CASE_SCHEMA!r}, trouvé {found!r}"),
                       (f"the first line should be: schema: {CASE_SCHEMA}",
                        f"la première ligne doit être : schema: {CASE_SCHEMA}"), parent=doc)
    facts_date = _iso_date(reader, doc, "facts_date", required=not draft)
    end_date = _iso_date(reader, doc, "facts_end_date", required=False)
    if facts_date and end_date and end_date < facts_date:
        reader.problem(doc, "facts_end_date", (f"{end_date} is before facts_date {facts_date}",
                                               f"{end_date} est antérieure à facts_date {facts_date}"), parent=doc)
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
    if reader.problems:
        raise DataError(reader.problems, hint=("fix the case file, or start again from: trafficking case new",
                                               "corrigez le dossier, ou repartez de : trafficking case new"))
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
        reader.problem(doc, "answers", ('must be a mapping keyed "CHECKLIST.ITEM"',
                                        'doit être un bloc de clés "LISTE.QUESTION"'), parent=doc)
        return {}
    for key, by_victim in answers.items():
        where = f"answers.{key}"
        if not isinstance(key, str) or not re.fullmatch(ANSWER_KEY, key):
            reader.problem(answers, where, (f"{key!r} is not a checklist item key",
                                            f"{key!r} n’est pas une clé de question"),
                           ('write "B.B07"', 'écrivez "B.B07"'), parent=answers)
        elif isinstance(by_victim, dict) and by_victim and all(re.fullmatch(VICTIM_ID, str(k)) for k in by_victim):
            for victim in by_victim:
                if victim not in victims:
                    reader.problem(by_victim, f"{where}.{victim}", (f"no victim {victim!r} in this case",
                                                                    f"aucune victime {victim!r} dans ce dossier"),
                                   ("add it under victims, or remove these answers",
                                    "ajoutez-la sous victims, ou retirez ces réponses"), parent=by_victim)
    return dict(answers)


def _plain(value: Any) -> str | None:
    return None if value is None else str(value)


def _iso_date(reader: Reader, doc: dict, key: str, required: bool) -> str | None:
    value = doc.get(key)
    if value is None:
        if required:
            reader.problem(doc, key, ("missing: the date of the facts decides which law applies",
                                      "manquante : la date des faits décide de la loi applicable"),
                           ('write it as facts_date: "2019-01-15" (an estimate is better than nothing)',
                            'écrivez-la ainsi : facts_date: "2019-01-15" (une estimation vaut mieux que rien)'),
                           parent=doc)
        return None
    text = str(value)
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        reader.problem(doc, key, (f"{text!r} is not a date", f"{text!r} n’est pas une date"),
                       ('write YYYY-MM-DD, e.g. "2019-01-15"', 'écrivez AAAA-MM-JJ, par exemple "2019-01-15"'),
                       parent=doc)
        return None
    try:
        from datetime import date

        date.fromisoformat(text)
    except ValueError:
        reader.problem(doc, key, (f"{text!r} is not a real calendar date", f"{text!r} n’existe pas au calendrier"),
                       parent=doc)
        return None
    return text


def _ids(reader: Reader, node: dict, key: str, where: str, known: set[str],
         what: tuple[str, str, str]) -> tuple[str, ...]:
    """``what``: the kind of id, as ELEMENT or AGGRAVATING_FACT above."""
    values = reader.strings(node, key, where)
    for value in values:
        if value not in known:
            close = difflib.get_close_matches(value, sorted(known), n=1, cutoff=0.6)
            hint = did_you_mean(close[0]) if close else (f"see: trafficking elements ({what[0]})",
                                                         f"voir : trafficking elements ({what[1]})")
            reader.problem(node, f"{where}.{key}", (f"unknown {what[0]} {value!r}", f"{what[1]} {what[2]} {value!r}"),
                           hint, parent=node)
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
                (f"victim id {given!r} is not a code", f"l’identifiant de victime {given!r} n’est pas un code"),
                ("victims are only ever codes: V1, V2 … (real names go in the protected identity file)",
                 "une victime n’est jamais désignée que par un code : V1, V2… (les vrais noms vont dans le "
                 "fichier d’identité protégé)"))
        return None
    where = f"{where}({ident})"
    age = node.get("age_at_facts")
    if age is not None and (isinstance(age, bool) or not isinstance(age, int) or not 0 <= age < 130):
        reader.problem(node, f"{where}.age_at_facts", (f"{age!r} is not an age in years",
                                                       f"{age!r} n’est pas un âge en années"),
                       ("a whole number, or null when unknown", "un nombre entier, ou null s’il est inconnu"),
                       parent=node)
        age = None
    established = _ids(reader, node, "established", where, elements, ELEMENT)
    excluded = _ids(reader, node, "excluded", where, elements, ELEMENT)
    for both in sorted(set(established) & set(excluded)):
        reader.problem(node, f"{where}.excluded", (f"{both!r} is both established and excluded",
                                                   f"{both!r} est à la fois établi et exclu"),
                       ("keep it in one list only", "gardez-le dans une seule des deux listes"), parent=node)
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
            who = ("suspect", "aucun suspect") if re.fullmatch(SUSPECT_ID, victim) else ("victim", "aucune victime")
            reader.problem(node, f"{where}.supports", (f"{ref!r}: no {who[0]} {victim!r} in this case",
                                                       f"{ref!r} : {who[1]} {victim!r} dans ce dossier"),
                           ('write "V1.recrutement" (a victim\'s fact) or "S1.recrutement" (a suspect\'s act)',
                            'écrivez "V1.recrutement" (fait concernant une victime) ou "S1.recrutement" (acte d’un '
                            'suspect)'), parent=node)
        elif element not in elements and not (element in VICTIM_FACTS and re.fullmatch(VICTIM_ID, victim)):
            close = difflib.get_close_matches(element, sorted(elements), n=1, cutoff=0.6)
            hint = ((f"did you mean {victim}.{close[0]}?", f"vouliez-vous dire {victim}.{close[0]} ?") if close
                    else ("see: trafficking elements", "voir : trafficking elements"))
            reader.problem(node, f"{where}.supports", (f"{ref!r}: unknown element {element!r}",
                                                       f"{ref!r} : élément inconnu {element!r}"), hint, node)
    if ident is None or kind is None:
        return None
    return m.Evidence(ident, kind, _plain(node.get("description")) or "", supports)


def _unique(reader: Reader, doc: dict, key: str, ids: list[str]) -> None:
    seen: set[str] = set()
    for ident in ids:
        if ident in seen:
            reader.problem(doc, key, (f"duplicate id {ident!r}", f"identifiant en double {ident!r}"),
                           ("give each one its own code", "donnez à chacun son propre code"), parent=doc)
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
