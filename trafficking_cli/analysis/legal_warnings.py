"""Warnings: what each legal statement rests on (paraphrase, inferred article number, international text,
unverified aggravation, child rule), and the case-wide warnings (future facts, no victim, parallel texts).

A paraphrase or an inference must never pass for the text of the law (sources/loi-2012-023.md §0): every
provision a charge relies on is checked here, and the memo prints what is found.
"""

from __future__ import annotations

from datetime import date

from trafficking_cli import models as m
from trafficking_cli.corpus.lookup import Corpus

from .law_in_force import citation, missing_articles
from .model import (
    NATIONAL_JURISDICTION,
    AggravationFinding,
    Charge,
    ElementFinding,
    Msg,
    PenaltyFinding,
)
from .periods import overlap, window


def charge_warnings(corpus: Corpus, offence: m.Offence, victim: m.Victim, elements: list[ElementFinding],
                    aggravating: list[AggravationFinding], penalty: PenaltyFinding | None,
                    child_rule: m.ChildRule | None) -> list[Msg]:
    """Everything a charge rests on that the magistrate must know, each said once; ``child_rule`` is set
    only when the rule was applied."""
    out = _child_rule_warnings(corpus, child_rule)
    out += _aggravation_warnings(offence, victim, aggravating)
    out += _penalty_status_warnings(corpus, penalty)
    for provision_id in dict.fromkeys(_relied_on(offence, elements, penalty, child_rule, aggravating)):
        out += provision_warnings(corpus, provision_id)
    out += [Msg.of("warning.data", text=w) for w in offence.warnings]
    out += child_aggravation_reach(offence, victim)
    return list(dict.fromkeys(out))


def _relied_on(offence: m.Offence, elements: list[ElementFinding], penalty: PenaltyFinding | None,
               child_rule: m.ChildRule | None, aggravating: list[AggravationFinding]) -> list[str]:
    """The provision ids a charge relies on, in the order its warnings are given."""
    provisions = list(offence.provisions)
    for element in elements:
        provisions += element.provisions
    if penalty is not None:
        provisions.append(penalty.provision)
    if child_rule is not None:
        provisions += child_rule.basis
    provisions += [a.provision for a in aggravating if a.provision]
    return provisions


def _child_rule_warnings(corpus: Corpus, rule: m.ChildRule | None) -> list[Msg]:
    if rule is None:
        return []
    key = "warning.child_rule_verified" if rule.verified_in_malian_law else "warning.child_rule"
    return [Msg.of(key, caveat=rule.caveat, basis=tuple(citation(corpus, b) for b in rule.basis))]


def _aggravation_warnings(offence: m.Offence, victim: m.Victim,
                          aggravating: list[AggravationFinding]) -> list[Msg]:
    out = [Msg.of("warning.aggravation_unverified", label=a.label, id=a.id) for a in aggravating
           if not a.verified and a.status == "met"]
    known = {a.id for a in offence.aggravating}
    out += [Msg.of("warning.aggravation_not_for_offence", id=fact)
            for fact in victim.aggravating if fact not in known]
    return out


def _penalty_status_warnings(corpus: Corpus, penalty: PenaltyFinding | None) -> list[Msg]:
    """A penalty known less well than verbatim, unless its provision's own warning already says so."""
    if penalty is None or penalty.text_status == "verbatim":
        return []
    base_provision = corpus.provisions.get(penalty.provision)
    if base_provision is not None and base_provision.status == penalty.text_status:
        return []
    return [Msg.of("warning.penalty_status", status=Msg.of(f"short.{penalty.text_status}"),
                   cite=citation(corpus, penalty.provision))]


def provision_warnings(corpus: Corpus, provision_id: str) -> list[Msg]:
    """What to know before relying on this provision: paraphrase, partial, inferred, international."""
    provision = corpus.provisions.get(provision_id)
    if provision is None:
        return [Msg.of("warning.not_in_corpus", id=provision_id)]
    cite = citation(corpus, provision_id)
    out = []
    if provision.status != "verbatim":
        out.append(Msg.of(f"warning.status.{provision.status}", cite=cite, id=provision_id))
    if provision.number_status != "attested":
        out.append(Msg.of(f"warning.number.{provision.number_status}", cite=cite, id=provision_id))
    instrument = corpus.instruments.get(provision.instrument)
    if instrument is not None and instrument.jurisdiction != NATIONAL_JURISDICTION:
        out.append(Msg.of("warning.international", cite=cite, id=provision_id))
    return out


def parallel_warnings(corpus: Corpus, charges: list[Charge], span: tuple[date, date]) -> list[Msg]:
    """A national instrument in force during the facts that reportedly has parallel offences whose text is
    not known."""
    out = []
    for instrument in corpus.instruments.values():
        if instrument.jurisdiction != NATIONAL_JURISDICTION or overlap(span, window(instrument)) is None:
            continue
        if not any(c.instrument != instrument.id for c in charges):
            continue
        out += [Msg.of("warning.parallel", short=instrument.short, headings=msg.param("headings"))
                for msg in missing_articles(corpus, instrument)]
    return out


def mismatch_warnings(mismatches: list[tuple[str, str, str, str]]) -> list[Msg]:
    """contracts §5: where a victim's ``established`` and the suspects' acts disagree (a warning, never an error)."""
    return [Msg.of(f"warning.mismatch.{kind}", victim=victim, element=element, suspect=suspect)
            for kind, victim, element, suspect in mismatches]


CP_2024_START = date(2024, 12, 13)
LENIENT_LAW = "un-pidcp-1966:art_15__para_1"


def lenient_law_warnings(charges: list[Charge], today: date) -> list[Msg]:
    """The more lenient law, stated right (ICCPR art. 15(1)), where it matters: facts before the 2024 Code,
    assessed after it, while the 2024 Code's trafficking articles are not known."""
    if today < CP_2024_START:
        return []
    earlier = [c for c in charges if c.period.start and date.fromisoformat(c.period.start) < CP_2024_START]
    if not earlier:
        return []
    return [Msg.of("warning.lenient_law", provision=LENIENT_LAW)]


def child_aggravation_reach(offence: m.Offence, victim: m.Victim) -> list[Msg]:
    """The ILO's child aggravation is known for traite only: for begging and smuggling, its reach is unknown."""
    if offence.id not in ("mendicite", "trafic_migrants") or victim.age_doubt or victim.age_at_facts is None:
        return []
    if victim.age_at_facts >= 15:
        return []
    return [Msg.of("warning.child_aggravation_reach", age=victim.age_at_facts)]


def general_warnings(case: m.Case, facts_date: date, today: date) -> list[Msg]:
    out = []
    if facts_date > today:
        out.append(Msg.of("warning.future_facts", date=case.facts_date))
    if not case.victims:
        out.append(Msg.of("warning.no_victims"))
    return out
