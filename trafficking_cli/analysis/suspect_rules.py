"""What changes a per-victim charge into one suspect's charge: their acts' stage (attempt), their
participation (complicity), their kind (legal person), their knowledge of the purpose, their evidence.

Every rule says what the sources hold and no more (issue 9):
- attempt: CP 2001 art. 3 (verbatim in the corpus) makes the attempt of a crime punishable as the crime, for
  facts before 13 Dec 2024; the attempt of a délit only where a special provision says so (none known); the
  2024 Code's rule is not in the corpus;
- complicity: no Malian text on complicity is in the corpus; Palermo art. 5(2)(b) only obliges the State;
- legal persons: the 2024 Code reportedly provides for their liability, without a text in the corpus.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from trafficking_cli import models as m
from trafficking_cli.corpus.lookup import Corpus
from trafficking_cli.i18n import Msg

from .charges import charge_proof, group_exhibits
from .model import MET, UNKNOWN, Charge, ElementFinding
from .suspect_model import OWN_GROUPS, SuspectCharge

STATUS_RANK = {"established": 3, "conditional": 2, "incomplete": 1, "not_established": 0}


@dataclass(frozen=True, slots=True)
class _AttemptRule:
    provision: str
    end_exclusive: date  # the 2024 Code applies from this day: CP 2001 art. 3 governs facts before it


ATTEMPT_RULE = _AttemptRule("ml-cp-2001:art_3", date(2024, 12, 13))
COMPLICITY_BASIS = "un-protocole-traite-2000:art_5"


def adjust_for_suspect(charge: Charge, s: m.Suspect, acts: tuple[m.Act, ...], case: m.Case, corpus: Corpus,
                       facts_date: date) -> SuspectCharge:
    """The suspect's charge from the charge their facts support for one victim."""
    counted = [a for a in acts if a.element in _own_items(corpus, charge.offence)]
    stage = "tentative" if counted and all(a.stage == "tentative" for a in counted) else "consomme"
    status, missing, conditions = charge.status, list(_missing(charge, s, case)), []
    provisions = list(charge.provisions)
    kind = charge.penalty.kind if charge.penalty else "unknown"
    if stage == "tentative":
        status, more, extra, cited = _attempt(status, kind, charge.instrument, facts_date)
        missing += more
        conditions += extra
        provisions += cited
    for condition in _who_conditions(s, facts_date):
        conditions.append(condition)
        status = _at_most(status, "conditional")
    if s.participation == "complice":
        provisions.append(COMPLICITY_BASIS)
        if not s.acts:  # the principals' acts are there; what the accomplice did is not
            missing.append(Msg.of("suspect.complice_no_act", suspect=s.id))
    if missing and status in ("established", "conditional"):
        status = "incomplete"
    starts = [a.start for a in acts if a.start]
    ends = [e for e in (a.end or a.start for a in acts) if e]
    return SuspectCharge(
        offence=charge.offence, name=charge.name, instrument=charge.instrument, victims=(charge.victim,),
        participation=s.participation, status=status,
        proof=charge_proof(case, charge.victim, charge.elements, parties_of(s)), stage=stage,
        unproven=tuple((e.label, e.facts or e.items) for e in unproven_groups(charge, case, parties_of(s))),
        acts=tuple(dict.fromkeys(a.element for a in counted)), provisions=tuple(dict.fromkeys(provisions)),
        missing=tuple(missing), conditions=tuple(conditions), penalty_kind=kind,
        period=(min(starts) if starts else None, max(ends) if ends else None),
        places=tuple(dict.fromkeys(a.place for a in acts if a.place)))


def _own_items(corpus: Corpus, offence_id: str) -> set[str]:
    """The ids (and equivalents) of the offence's items that a suspect's own acts can meet."""
    offence = corpus.offences.get(offence_id)
    groups = [g for g in offence.elements if g.category in OWN_GROUPS] if offence else []
    return {name for g in groups for item in g.items for name in (item.id, *item.equivalents)}


def _missing(charge: Charge, s: m.Suspect, case: m.Case) -> list[Msg]:
    """What the file must still show against this suspect, group by group."""
    victim = case.victim(charge.victim)
    out = []
    for e in charge.elements:
        if e.status != UNKNOWN:
            continue
        if e.category == "purpose" and s.knowledge != "known" and victim and _purpose_alleged(victim, e):
            out.append(Msg.of("suspect.prove_knowledge", suspect=s.id))
        else:
            out.append(Msg.of("suspect.missing_group", group=e.label))
    return out


def _purpose_alleged(victim: m.Victim, element: object) -> bool:
    items = getattr(element, "remaining", ()) + getattr(element, "items", ())
    return any(f in victim.established for f in items)


def _attempt(status: str, kind: str, instrument: str, facts_date: date) -> tuple[str, list[Msg], list[Msg], list[str]]:
    """(status, missing, conditions, provisions cited) for an attempted act."""
    if facts_date >= ATTEMPT_RULE.end_exclusive:
        return _at_most(status, "incomplete"), [Msg.of("suspect.attempt_2024")], [], []
    if kind == "reclusion":
        conditions = [] if instrument == "ml-cp-2001" else [Msg.of("suspect.attempt_general_rule")]
        return (_at_most(status, "conditional") if conditions else status), [], \
            [Msg.of("suspect.attempt_crime"), *conditions], [ATTEMPT_RULE.provision]
    if kind == "emprisonnement":
        return "not_established", [Msg.of("suspect.attempt_delit")], [], [ATTEMPT_RULE.provision]
    return _at_most(status, "incomplete"), [Msg.of("suspect.attempt_kind_unknown")], [], [ATTEMPT_RULE.provision]


def _who_conditions(s: m.Suspect, facts_date: date) -> list[Msg]:
    out = []
    if s.participation == "complice":
        out.append(Msg.of("suspect.complicity"))
    if s.kind == "legal_person":
        out.append(Msg.of("suspect.legal_person_2024" if facts_date >= ATTEMPT_RULE.end_exclusive
                          else "suspect.legal_person_2001"))
    return out


def _at_most(status: str, ceiling: str) -> str:
    return status if STATUS_RANK.get(status, 0) <= STATUS_RANK[ceiling] else ceiling


def parties_of(s: m.Suspect) -> frozenset[str]:
    """Whose exhibits prove a suspect's acts: their own only. A coauteur's charge rests on the partners' acts
    too, but an exhibit naming S1 does not show that S2 took part (the Siby case: the court had evidence
    against S2 that the file does not hold); the victim's own facts (``V1.recrutement``) count for all."""
    return frozenset((s.id,))


def unproven_groups(charge: Charge, case: m.Case, parties: frozenset[str]) -> tuple[ElementFinding, ...]:
    """The met groups of a suspect's charge that no exhibit supports: what « aucune pièce » is about."""
    return tuple(e for e in charge.elements
                 if e.status == MET and not group_exhibits(case, charge.victim, e, parties))
