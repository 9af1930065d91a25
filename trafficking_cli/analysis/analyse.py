"""The case against the law: each offence's elements, per victim, at the date of the facts.

Pure: a ``Case``, a ``Corpus`` and ``today`` in, an ``Analysis`` out. No printing, no clock, no files.
Every statement the analysis makes is a ``Msg`` (an i18n key and its values), so the memo can say it
in French or English; the analysis itself never chooses a language.

The rules (contracts §4, issue 5), one module each:
- ``analysis.law_in_force``: which instruments apply at ``facts_date`` (criminal law does not reach back);
- ``elements``: an element group is ``met`` / ``unmet`` / ``unknown`` / ``not_required`` (child rule);
- ``charges``: an offence becomes a charge for a victim only when at least one of its elements is
  established for that victim and its instrument was in force; the others are ``considered`` with the reason;
- ``penalties``: the penalty incurred, raised by the aggravating circumstances found;
- ``analysis.legal_warnings``: what each charge rests on (paraphrase, inferred number, international text …);
- ``gaps``: what the file does not yet show, and the investigative step for each;
- ``protection``: the duties towards the victims that the case calls for.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from trafficking_cli import models as m
from trafficking_cli import structs
from trafficking_cli.corpus.lookup import Corpus

from .charges import consider_offences, instruments_reached
from .elements import charge_status
from .gaps import AGE_EVIDENCE_ITEMS, SLAVERY_FACTS, SLAVERY_OFFENCE, answer, find_gaps
from .law_in_force import instrument_findings
from .legal_warnings import (
    general_warnings,
    lenient_law_warnings,
    mismatch_warnings,
    parallel_warnings,
    provision_warnings,
)
from .model import (
    ESTABLISHED,
    INCOMPLETE,
    MET,
    NATIONAL_JURISDICTION,
    NOT_ESTABLISHED,
    NOT_REQUIRED,
    UNKNOWN,
    UNMET,
    AggravationFinding,
    Analysis,
    Charge,
    Considered,
    DutyFinding,
    ElementFinding,
    Gap,
    InstrumentFinding,
    Msg,
    PenaltyFinding,
)
from .periods import facts_span
from .protection import protection_duties
from .single_answers import single_answer_means

__all__ = [
    "AGE_EVIDENCE_ITEMS", "ESTABLISHED", "INCOMPLETE", "MET", "NATIONAL_JURISDICTION", "NOT_ESTABLISHED",
    "NOT_REQUIRED", "SLAVERY_FACTS", "SLAVERY_OFFENCE", "UNKNOWN", "UNMET",
    "AggravationFinding", "Analysis", "Charge", "Considered", "DutyFinding", "ElementFinding", "Gap",
    "InstrumentFinding", "Msg", "PenaltyFinding",
    "analyse", "answer", "charge_status", "provision_warnings",
]


def _done_by_someone(mismatches: list[tuple[str, str, str, str]], corpus: Corpus) -> list[tuple[str, str, str, str]]:
    """An object element (« migrants clandestins », « valeur marchande », the attributes of ownership) is the
    victim's condition, not anyone's act: "no suspect is recorded as doing it" would be a misleading warning."""
    index = corpus.element_index()
    return [x for x in mismatches
            if not (x[0] == "not_attributed" and x[2] in index and index[x[2]][1].category in ("object", "victim"))]


def analyse(case: m.Case, corpus: Corpus, today: date) -> Analysis:
    """The analysis of ``case`` against ``corpus``. ``today`` is the date of the assessment (``memo --as-of``,
    default the day the CLI runs): it dates the memo, checks the facts date and decides limitation.

    Each victim's facts are their ``established`` list plus the acts the suspects did to them (contracts §5).
    """
    mismatches = _done_by_someone(case.fact_mismatches(), corpus)
    singles = single_answer_means(case, corpus)
    case = with_alleged_facts(case, singles)
    span = facts_span(case, today)
    instruments = instrument_findings(corpus, case, span, instruments_reached(corpus, case))
    applying = {i.id for i in instruments if i.applies}
    charges, considered = consider_offences(case, corpus, span, today)
    gaps = single_answer_gaps(singles) + find_gaps(case, corpus, charges, applying, considered)
    warnings = general_warnings(case, span[0], today) + parallel_warnings(corpus, charges, span)
    warnings += lenient_law_warnings(charges, today) + mismatch_warnings(mismatches)
    protection = protection_duties(case, corpus)
    return Analysis(case=case, today=today, facts_date=span[0], instruments=instruments,
                    charges=tuple(charges), considered=tuple(considered), gaps=tuple(gaps),
                    protection=tuple(protection), warnings=tuple(warnings),
                    cited=tuple(_cited(charges, protection, warnings)))


def with_alleged_facts(case: m.Case, singles: Sequence[tuple[str, str, str]] = ()) -> m.Case:
    """The case with each victim's ``established`` widened to the union of contracts §5, less the means that
    rest on a single "yes" (``single_answers``)."""
    dropped = {(v, e) for v, e, _item in singles}
    victims = tuple(structs.replace(v, established=tuple(f for f in case.victim_facts(v.id)
                                                         if (v.id, f) not in dropped))
                    for v in case.victims)
    return structs.replace(case, victims=victims)


def single_answer_gaps(singles: list[tuple[str, str, str]]) -> list[Gap]:
    return [Gap("single_answer", victim, None, "means", Msg.of("gap.single_answer", fact=element, item=item),
                Msg.of("step.single_answer", item=item)) for victim, element, item in singles]


def _cited(charges: list[Charge], protection: list[DutyFinding], warnings: list[Msg]) -> list[str]:
    """Every provision id relied on, in first-cited order: the memo's annex lists them all."""
    out: list[str] = []
    for charge in charges:
        if charge.penalty is not None:
            out += [r.provision for r in charge.penalty.mitigated_alternatives]
            if charge.penalty.base_provision:
                out.append(charge.penalty.base_provision)
        out += charge.provisions
        for element in charge.elements:
            out += element.provisions
        if charge.penalty is not None:
            out.append(charge.penalty.provision)
        out += [p.provision for p in charge.other_penalties]
        out += [a.provision for a in charge.aggravating if a.provision]
        if charge.child_rule is not None:
            out += charge.child_rule.basis
    for duty in protection:
        out += duty.basis
    out += [w.param("provision") for w in warnings if w.param("provision")]
    return list(dict.fromkeys(out))
