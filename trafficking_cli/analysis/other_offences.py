"""Other offences to consider (issue 9): named from the facts and from checklist D's list (item D17),
never with a text of their own: the corpus holds none of them, and each is marked so.

Pure: a case in, the offences to consider out, each with why it is raised.
"""

from __future__ import annotations

from dataclasses import dataclass

from trafficking_cli import models as m
from trafficking_cli.checklists import records
from trafficking_cli.i18n import Msg

# offence key → the element or aggravation ids that raise it (checklist D17 option ids are the same keys)
TRIGGERS: dict[str, frozenset[str]] = {
    "proxenetisme": frozenset({"exploitation_prostitution"}),
    "viol_infractions_sexuelles": frozenset({"exploitation_sexuelle"}),
    "violences": frozenset({"deces_victime", "mutilation_victime", "violence", "force"}),
    "sequestration": frozenset({"enlevement", "servitude"}),
    "faux_documents": frozenset({"fraude"}),
    "travail_enfants": frozenset(),        # raised by forced labour or services done to a child, below
    "association_malfaiteurs": frozenset(),  # raised by two or more suspects acting, below
}
CHILD_LABOUR = frozenset({"travail_force", "services_forces"})
D17 = "D.D17"


@dataclass(frozen=True, slots=True)
class OtherOffence:
    key: str
    name: Msg
    why: tuple[Msg, ...]
    caveat: Msg


def other_offences(case: m.Case) -> tuple[OtherOffence, ...]:
    """The offences the facts or checklist D suggest, in a fixed order; none has a text in the corpus."""
    facts = {f for v in case.victims for f in (*v.established, *v.aggravating)}
    ticked = _ticked(case)
    out = []
    for key, triggers in TRIGGERS.items():
        why = []
        found = sorted(facts & triggers)
        if key == "travail_enfants":
            found = sorted({f for v in case.victims if v.minor for f in v.established if f in CHILD_LABOUR})
        if found:
            why.append(Msg.of("other.why.facts", facts=tuple(found)))
        if key == "association_malfaiteurs":
            # a coauteur who shares another's acts (``with``) acts too, though no act is recorded in their name
            with_acts = {s.id for s in case.suspects if s.acts}
            acting = [s.id for s in case.suspects if s.acts or set(s.partners) & with_acts]
            if len(acting) >= 2:
                why.append(Msg.of("other.why.suspects", count=len(acting), suspects=tuple(acting)))
        if key in ticked:
            why.append(Msg.of("other.why.answer"))
        if why:
            out.append(OtherOffence(key, Msg.of(f"other.{key}"), tuple(why), Msg.of("other.not_in_corpus")))
    return tuple(out)


def _ticked(case: m.Case) -> set[str]:
    """The options of D17 ticked for any victim (or case-wide)."""
    out: set[str] = set()
    for victim in case.victims:
        value = records.value_of(records.victim_answers(case.answers, victim.id).get(D17))
        if isinstance(value, str):
            out.add(value)
        elif isinstance(value, list | tuple):
            out |= {str(v) for v in value}
    return out
