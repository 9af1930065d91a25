"""Gaps and investigative steps: what the file does not yet show, and how to go and get it.

Each gap says what is missing (an element neither established nor ruled out, a fact with no exhibit or
a single testimony, the victim's age, the proof of an aggravating fact, slavery facts the charges do not
cover) and the investigative step that would fill it, specific to the offence when the data has one.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from trafficking_cli import models as m
from trafficking_cli.checklists import engine
from trafficking_cli.corpus.lookup import Corpus
from trafficking_cli.i18n import has

from .law_in_force import citation
from .model import MET, UNKNOWN, Charge, Considered, ElementFinding, Gap, Msg

# Facts that describe slavery (traite purposes, and forced labour, which alone never establishes it); with the
# 2024 Code in force they point to its slavery offences (art. 324-11 ff.), before it to the law of the time.
SLAVERY_FACTS = frozenset({"esclavage_pratique", "pratiques_analogues_esclavage", "servitude", "travail_force"})
SLAVERY_OFFENCE = "esclavage"
SLAVERY_OFFENCES = ("esclavage", "traite_esclaves")
# Checklist items whose answer is age evidence (checklists/C-victime-enfant.yaml: C01 documents, C03 method).
AGE_EVIDENCE_ITEMS = ("C.C01", "C.C03")


def find_gaps(case: m.Case, corpus: Corpus, charges: list[Charge], applying: set[str],
              considered: Sequence[Considered] = ()) -> list[Gap]:
    """Every gap, each once, grouped by victim in case order (a victim's gaps keep the order found)."""
    gaps: list[Gap] = []
    for charge in charges:
        gaps += _unknown_gaps(charge)
        gaps += [Gap("date_act", charge.victim, charge.offence, "act", reason, Msg.of("step.date_act"))
                 for reason in charge.reasons]
    gaps += [Gap("unknown", c.victim, c.offence, "act", Msg.of("gap.no_act", offence=c.name),
                 _most_specific(f"step.{c.offence}.act", "step.act"))
             for c in considered if c.reason.key == "considered.no_act"]
    for victim in case.victims:
        gaps += _evidence_gaps(case, victim, [c for c in charges if c.victim == victim.id])
        gaps += _age_gaps(case, victim, charges, considered)
        gaps += _aggravation_gaps(victim)
        gaps += _slavery_gaps(corpus, victim, charges, applying, case.facts_date or "")
        gaps += _no_charge_gaps(case, victim, charges)
    order = {v.id: index for index, v in enumerate(case.victims)}
    return sorted(dict.fromkeys(gaps), key=lambda g: order.get(g.victim or "", len(order)))  # stable


def _unknown_gaps(charge: Charge) -> list[Gap]:
    out = []
    for element in charge.elements:
        if element.status != UNKNOWN:
            continue
        if element.category == "victim":
            continue  # said once per victim by the age gaps
        subject = Msg.of("gap.unknown", offence=charge.name, category=_label(element),
                         remaining=element.remaining)
        out.append(Gap("unknown", charge.victim, charge.offence, element.category, subject,
                       _most_specific(f"step.{charge.offence}.{element.category}", f"step.{element.category}")))
    return out


def _label(element: ElementFinding) -> m.Bilingual | Msg:
    return element.label if element.label else Msg.of(f"category.{element.category}")


def _most_specific(specific: str, general: str) -> Msg:
    """The step the data writes for this very offence or fact when it has one, else the general step."""
    return Msg.of(specific if has(specific) else general)


def _evidence_gaps(case: m.Case, victim: m.Victim, charges: list[Charge]) -> list[Gap]:
    """Facts the charges rest on that have no exhibit, or only one testimony and nothing to corroborate it."""
    gaps = (_fact_evidence_gap(case, victim, charge, element, fact)
            for charge, element, fact in _facts_relied_on(charges))
    return [gap for gap in gaps if gap is not None]


def _facts_relied_on(charges: list[Charge]) -> Iterator[tuple[Charge, ElementFinding, str]]:
    """Each fact that meets an element, once, with the first charge and element that rely on it."""
    seen: set[str] = set()
    for charge in charges:
        for element in charge.elements:
            if element.status != MET:
                continue
            for fact in element.facts:
                if fact not in seen:
                    seen.add(fact)
                    yield charge, element, fact


def _fact_evidence_gap(case: m.Case, victim: m.Victim, charge: Charge, element: ElementFinding,
                       fact: str) -> Gap | None:
    supporting = [e for e in case.evidence if f"{victim.id}.{fact}" in e.supports]
    category = _label(element)
    step = _most_specific(f"corroborate.{charge.offence}.{element.category}", f"corroborate.{element.category}")
    if not supporting:
        return Gap("no_evidence", victim.id, charge.offence, element.category,
                   Msg.of("gap.no_evidence", fact=fact, category=category), step)
    if len(supporting) == 1 and supporting[0].kind == "testimony":
        return Gap("single_testimony", victim.id, charge.offence, element.category,
                   Msg.of("gap.single_testimony", fact=fact, evidence=supporting[0].id, category=category), step)
    return None


def _age_gaps(case: m.Case, victim: m.Victim, charges: list[Charge], considered: Sequence[Considered]) -> list[Gap]:
    """The age decides the child rule, art. 244 and the age aggravations: unknown or disputed, it is to be
    established (the presumption of minority protects the person, it proves nothing against an accused)."""
    involved = any(c.victim == victim.id for c in charges) or any(c.victim == victim.id for c in considered)
    if victim.age_doubt or victim.age_at_facts is None:
        if not involved:
            return []
        key = "gap.age_doubt" if victim.age_doubt else "gap.age_unknown"
        return [Gap("age_unknown", victim.id, None, "victim", Msg.of(key, age=victim.age_at_facts),
                    Msg.of("step.age"))]
    if victim.minor and not _has_age_evidence(case, victim):
        return [Gap("age_evidence", victim.id, None, "victim", Msg.of("gap.age_evidence", age=victim.age_at_facts),
                    Msg.of("step.age"))]
    return []


def _has_age_evidence(case: m.Case, victim: m.Victim) -> bool:
    targets = {f"{victim.id}.age", f"{victim.id}.age_at_facts"}
    if any(targets & set(e.supports) for e in case.evidence):
        return True
    for key in AGE_EVIDENCE_ITEMS:
        value = answer(case, victim.id, key)
        if value and value not in ("no", "unknown", "declined"):
            if isinstance(value, list) and set(value) <= {"family_statement"}:
                continue  # a family statement alone is testimony, not a document
            return True
    return False


def _aggravation_gaps(victim: m.Victim) -> list[Gap]:
    return [Gap("aggravation_evidence", victim.id, None, "aggravating", Msg.of("gap.aggravation", id=fact),
                _most_specific(f"step.aggravation.{fact}", "step.aggravation"))
            for fact in victim.aggravating]


def _slavery_gaps(corpus: Corpus, victim: m.Victim, charges: list[Charge], applying: set[str],
                  facts_date: str) -> list[Gap]:
    """Slavery facts (descent-based status, forced unpaid work, deprivation of land or rights): under the 2024
    Code, its slavery offences to consider (never established on forced labour alone); before it, what the
    older law reaches (there was no specific slavery offence)."""
    slavery = corpus.offences.get(SLAVERY_OFFENCE)
    own = {i for o in SLAVERY_OFFENCES if o in corpus.offences for i in corpus.offences[o].item_ids()}
    if slavery is None or not set(victim.established) & (SLAVERY_FACTS | own):
        return []
    out = []
    if slavery.instrument not in applying or facts_date < "2024-12-13":  # some of the facts predate the 2024 Code
        out.append(Gap("slavery", victim.id, SLAVERY_OFFENCE, None, Msg.of("gap.slavery_before"),
                       Msg.of("step.slavery_before")))
    if slavery.instrument in applying and not any(c.offence in SLAVERY_OFFENCES and c.victim == victim.id
                                                  and c.proposed for c in charges):
        out.append(Gap("slavery", victim.id, SLAVERY_OFFENCE, None,
                       Msg.of("gap.slavery", cites=tuple(citation(corpus, p) for p in slavery.provisions)),
                       Msg.of("step.slavery", items=tuple(slavery.item_ids()))))
    return out


def _no_charge_gaps(case: m.Case, victim: m.Victim, charges: list[Charge]) -> list[Gap]:
    """A victim no charge reaches: the acts against them were only attempted (weighed per suspect), or
    established facts that no offence in force covers (the law of the time must be searched by hand)."""
    if any(c.victim == victim.id for c in charges):
        return []
    attempted_by = tuple(dict.fromkeys(s.id for s, act in case.acts_on(victim.id) if act.stage == "tentative"))
    if attempted_by:
        return [Gap("attempt_only", victim.id, None, None, Msg.of("gap.attempt_only", suspects=attempted_by),
                    Msg.of("step.attempt_only"))]
    if not victim.established:
        return []
    return [Gap("old_law", victim.id, None, None, Msg.of("gap.no_charge"), Msg.of("step.no_charge"))]


def answer(case: m.Case, victim_id: str, key: str) -> Any:
    """One victim's answer to a checklist item (``answers: {"C.C01": {V1: {value: …}}}``), or None."""
    return engine.value_of(engine.victim_answers(case.answers, victim_id).get(key))
