"""Charges per suspect (contracts §5, issue 9): what each suspect's own acts support, for which victims.

For a suspect and a victim, the facts that count against the suspect are built, then judged by the same
element evaluation as the per-victim charges (``charges.build_charge``, so the child rule, the age element
and the statuses are the analysis's own):
- acts, means and conduct: the suspect's own acts on that victim (a ``coauteur`` also those of the suspects
  in ``with``);
- purpose: the victim's alleged purpose, only when the file shows the suspect knew it (``knowledge: known``)
  or the suspect carried it out; otherwise left unknown, with the gap "prove knowledge of the purpose";
- the other groups (the victim's age, the object of art. 244): the victim's facts, which do not depend on
  who acted.
An offence is examined for a suspect only when its act or conduct group is met by those facts. A suspect
whose acts reach no offence is reported as such, with what is missing. Attempt, complicity and legal
persons are said with what the sources hold, and no more. Pure: values in, values out.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from trafficking_cli import models as m
from trafficking_cli import structs
from trafficking_cli.corpus.lookup import Corpus
from trafficking_cli.i18n import Msg

from .charges import consider
from .model import Analysis, Charge
from .periods import facts_span
from .suspect_model import EXAMINED_BY, OWN_GROUPS, SuspectCharge, SuspectFinding
from .suspect_rules import ATTEMPT_RULE, adjust_for_suspect


def assess_suspects(analysis: Analysis, corpus: Corpus) -> tuple[SuspectFinding, ...]:
    """Every suspect of the case, in the case's order."""
    case = analysis.case
    span = facts_span(case, analysis.today)
    return tuple(_suspect(case, corpus, s, span, analysis.today) for s in case.suspects)


def _suspect(case: m.Case, corpus: Corpus, s: m.Suspect, span: tuple[date, date], as_of: date) -> SuspectFinding:
    facts_date = span[0]
    acts = _acts_of(case, s)
    categories = {item: group.category for item, (_, group, _) in corpus.element_index().items()}
    charges: list[tuple[Charge, m.Suspect, tuple[m.Act, ...]]] = []
    for victim in case.victims:
        on_victim = tuple(a for a in acts if victim.id in a.victims)
        if not on_victim:
            continue
        seen = _as_seen_by(victim, s, on_victim, categories)
        for offence in corpus.offences.values():
            if not _examined(offence, seen):
                continue
            # the per-victim rules decide as for the victim's own charge (law in force, a child's offence)
            charge, _ = consider(case, corpus, seen, offence, span, as_of)
            if charge is not None:
                charges.append((charge, s, on_victim))
    judged = [adjust_for_suspect(c, s, own, case, corpus, facts_date) for c, s, own in charges]
    grouped = _group(judged)
    return SuspectFinding(
        id=s.id, kind=s.kind, role=s.role or "", participation=s.participation, partners=s.partners,
        knowledge=s.knowledge, denies=s.denies, charges=grouped,
        not_reached=() if grouped else _not_reached(s, acts, corpus),
        notes=_suspect_notes(s, facts_date, bool(grouped)))


def _acts_of(case: m.Case, s: m.Suspect) -> tuple[m.Act, ...]:
    """The suspect's acts; a coauteur's also include those of the suspects named in ``with``, and an
    accomplice's charge rests on the acts of the principals named there (their own act of aid is a
    condition of its own, ``suspect_rules``)."""
    acts = list(s.acts)
    if s.participation in ("coauteur", "complice"):
        for partner in case.suspects:
            if partner.id in s.partners:
                acts += partner.acts
    return tuple(acts)


def _as_seen_by(victim: m.Victim, s: m.Suspect, acts: tuple[m.Act, ...], categories: dict[str, str]) -> m.Victim:
    """The victim with only the facts that count against ``s``: the element evaluation then runs unchanged."""
    own = [a.element for a in acts]
    facts = list(dict.fromkeys(own))
    for fact in victim.established:
        category = categories.get(fact, "")
        if category in OWN_GROUPS or fact in facts:
            continue
        if category == "purpose" and s.knowledge != "known":
            continue  # alleged for the victim, but nothing shows this suspect knew it
        facts.append(fact)
    return structs.replace(victim, established=tuple(facts))


def _examined(offence: m.Offence, seen: m.Victim) -> bool:
    """contracts §5: an offence is examined only when its act or conduct group is met."""
    established = set(seen.established)
    groups = [g for g in offence.elements if g.category in EXAMINED_BY]
    return bool(groups) and all(_group_met(g, established) for g in groups)


def _group_met(group: m.ElementGroup, established: set[str]) -> bool:
    hits = [any(f in established for f in (i.id, *i.equivalents)) for i in group.items]
    return all(hits) if group.rule == "all_of" else any(hits)


def _group(judged: list[SuspectCharge]) -> tuple[SuspectCharge, ...]:
    """One charge per offence, status, proof and stage, with its victims: 60 victims read as one line."""
    merged: dict[tuple[object, ...], SuspectCharge] = {}
    for c in judged:
        key = (c.offence, c.status, c.proof, c.stage, c.missing, c.conditions)
        found = merged.get(key)
        if found is None:
            merged[key] = c
            continue
        merged[key] = replace(found, victims=(*found.victims, *c.victims),
                              acts=tuple(dict.fromkeys((*found.acts, *c.acts))),
                              places=tuple(dict.fromkeys((*found.places, *c.places))),
                              unproven=tuple(dict.fromkeys((*found.unproven, *c.unproven))),
                              period=_wider(found.period, c.period))
    return tuple(merged.values())


def _wider(a: tuple[str | None, str | None], b: tuple[str | None, str | None]) -> tuple[str | None, str | None]:
    starts = [x for x in (a[0], b[0]) if x]
    ends = [x for x in (a[1], b[1]) if x]
    return (min(starts) if starts else None, max(ends) if ends else None)


def _not_reached(s: m.Suspect, acts: tuple[m.Act, ...], corpus: Corpus) -> tuple[Msg, ...]:
    """Why no offence is reached: no act recorded, or acts that are not an offence's act or conduct."""
    if not acts:
        return (Msg.of("suspect.no_act"),)
    index = corpus.element_index()
    done = tuple(dict.fromkeys(a.element for a in acts))
    kinds = {index[e][1].category for e in done if e in index}
    key = "suspect.no_act_group" if not kinds & EXAMINED_BY else "suspect.no_victim_offence"
    return (Msg.of(key, facts=done),)


def _suspect_notes(s: m.Suspect, facts_date: date, charged: bool) -> tuple[Msg, ...]:
    """Said once for the suspect; complicity and legal persons are each charge's condition when charged."""
    notes: list[Msg] = []
    if s.kind == "legal_person" and not charged:
        notes.append(Msg.of("suspect.legal_person_2024" if facts_date >= ATTEMPT_RULE.end_exclusive
                            else "suspect.legal_person_2001"))
    if s.participation == "complice" and not charged:
        notes.append(Msg.of("suspect.complicity"))
    if s.denies:
        notes.append(Msg.of("suspect.denies"))
    return tuple(notes)
