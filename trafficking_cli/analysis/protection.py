"""Protection duties: the obligations towards the victims that the case calls for, and why.

A duty applies by its ``applies_when`` (always / child / foreign / a condition on the answers), or because
a checklist answer feeds it (``feeds.protection``), victim by victim. Each finding says which of these holds.
"""

from __future__ import annotations

from typing import Any

from trafficking_cli import models as m
from trafficking_cli.checklists import engine
from trafficking_cli.corpus.lookup import Corpus

from .model import NATIONAL_JURISDICTION, DutyFinding, Msg

# One victim as a duty's condition sees it: the victim, their answers, a child?, foreign? (None: unknown).
Context = tuple[m.Victim, dict[str, Any], bool, "bool | None"]


def protection_duties(case: m.Case, corpus: Corpus) -> list[DutyFinding]:
    """The duties the case calls for, in corpus order, each with every reason it applies."""
    contexts = [(v, engine.victim_answers(case.answers, v.id), v.minor is True, _foreign(v)) for v in case.victims]
    triggered = _triggered_by_answers(case, corpus, contexts)
    out = []
    for duty in corpus.duties.values():
        why = _applies(duty.applies_when, contexts)
        why += [Msg.of("why.answer", item=key, victims=tuple(victims))
                for key, victims in triggered.get(duty.id, {}).items()]
        if why:
            out.append(DutyFinding(duty.id, duty.label, duty.description, duty.basis, duty.basis_note,
                                   duty.status, duty.caveat, tuple(dict.fromkeys(why))))
    return out


def _triggered_by_answers(case: m.Case, corpus: Corpus, contexts: list[Context]) -> dict[str, dict[str, list[str]]]:
    """``{duty id: {checklist item: [victim ids]}}``: the answers that call for each duty."""
    triggered: dict[str, dict[str, list[str]]] = {}
    for victim, answers, _child, foreign in contexts:
        if not answers:
            continue
        derived = engine.derive(corpus.checklists, answers, victim.id, minor_by_case=victim.minor,
                                reference_date=case.facts_date, foreign=foreign)
        for duty, keys in derived.protection.items():
            for key in keys:
                triggered.setdefault(duty, {}).setdefault(key, []).append(victim.id)
    return triggered


def _applies(condition: Any, contexts: list[Context]) -> list[Msg]:
    """Why a duty's ``applies_when`` holds for this case (empty when it holds for no victim)."""
    if condition in (None, "always"):
        return [Msg.of("why.always")]
    if not isinstance(condition, dict):
        return []
    if set(condition) == {"fact"}:  # a fact of the file, e.g. the persons smuggled (migrants_clandestins)
        victims = tuple(v.id for v, *_ in contexts if condition["fact"] in v.established)
        return [Msg.of("why.fact", victims=victims)] if victims else []
    victims = tuple(v.id for v, answers, child, foreign in contexts
                    if _holds(condition, answers, child, foreign))
    if not victims:
        return []
    (op, arg), = condition.items() if len(condition) == 1 else (("", None),)
    if op == "child":
        return [Msg.of("why.child" if arg else "why.adult", victims=victims)]
    if op == "foreign":
        return [Msg.of("why.foreign" if arg else "why.national", victims=victims)]
    return [Msg.of("why.condition", victims=victims)]


def _holds(condition: dict[str, Any], answers: dict[str, Any], child: bool, foreign: bool | None) -> bool:
    if set(condition) == {"answered_yes"}:
        keys = condition["answered_yes"] if isinstance(condition["answered_yes"], list) else []
        return any(engine.value_of(answers.get(k)) == engine.YES for k in keys)
    try:
        return engine.evaluate(condition, answers, child, foreign)
    except (ValueError, TypeError, AttributeError):
        return False  # a condition this version cannot read: the duty is not claimed


def _foreign(victim: m.Victim) -> bool | None:
    if not victim.nationality:
        return None
    return victim.nationality.upper() != NATIONAL_JURISDICTION
