"""The law in force during the facts: which instruments apply, to which part, and what the law of the time offers.

Criminal law does not reach back: an instrument that came into force after the facts cannot found a
charge, but the facts may fall under an older text; facts that run across an entry into force are judged
part by part (``periods``). Pure: a ``Corpus`` and dates in, findings out.
"""

from __future__ import annotations

from datetime import date

from trafficking_cli import models as m
from trafficking_cli.corpus.lookup import Corpus

from .model import NATIONAL_JURISDICTION, InstrumentFinding, Msg
from .periods import overlap, window


def instrument_findings(corpus: Corpus, case: m.Case, span: tuple[date, date],
                        reached: set[str]) -> tuple[InstrumentFinding, ...]:
    """Every instrument of the corpus, in corpus order; ``reached``: those whose offences the facts touch."""
    return tuple(instrument_finding(corpus, i, span, case, i.id in reached)
                 for i in corpus.instruments.values())


def instrument_finding(corpus: Corpus, instrument: m.Instrument, span: tuple[date, date], case: m.Case,
                       touched: bool) -> InstrumentFinding:
    """Whether ``instrument`` applies to some part of the facts (``span``), why, and (when the facts reach for it
    but it came later) what the law of the time offers instead."""
    period = instrument.in_force
    facts_date = span[0]
    text_window = window(instrument)
    common = overlap(span, text_window)
    applies = common is not None
    national = instrument.jurisdiction == NATIONAL_JURISDICTION
    notes: list[Msg] = []
    if not national:
        if period.start is None:
            reason = Msg.of("law.international_undated")
        else:
            key = "law.international_in_force" if applies else "law.international_not_in_force"
            reason = Msg.of(key, start=period.start or "?")
    elif applies and common == span:
        reason = Msg.of("law.in_force", start=period.start or "?", end=period.end or "—")
        notes += missing_articles(corpus, instrument)
    elif applies and common is not None:
        reason = Msg.of("law.in_force_part", start=common[0].isoformat(), end=common[1].isoformat())
        notes += missing_articles(corpus, instrument)
    elif period.start and facts_date < date.fromisoformat(period.start):
        reason = Msg.of("law.not_yet", start=period.start)
        notes += _before_entry_into_force(corpus, case, facts_date, period.start, touched)
    else:
        reason = Msg.of("law.ended", end=period.end or "?")
    return InstrumentFinding(
        id=instrument.id, short=instrument.short, title=instrument.title, kind=instrument.kind,
        jurisdiction=instrument.jurisdiction, applies=applies, in_force=period, reason=reason,
        notes=tuple(notes), caveats=tuple(c.text for c in instrument.caveats) if applies and national else (),
    )


def _before_entry_into_force(corpus: Corpus, case: m.Case, facts_date: date, start: str,
                             touched: bool) -> list[Msg]:
    """For facts before a national text: the older offences that may reach them, and the part of facts that
    continue past the entry into force (only that part could fall under the new text)."""
    notes = []
    offered = _offences_of_the_time(corpus, facts_date) if touched else []
    if offered:
        notes.append(Msg.of("law.offered", offences=tuple(offered)))
    end = date.fromisoformat(case.facts_end_date) if case.facts_end_date else None
    if end and end >= date.fromisoformat(start):
        notes.append(Msg.of("law.continuing", start=start, end=case.facts_end_date))
    return notes


def missing_articles(corpus: Corpus, instrument: m.Instrument) -> list[Msg]:
    """Articles known to exist in an instrument but absent from the corpus (2024 Code: trafficking)."""
    missing = [p for p in corpus.provisions.values()
               if p.instrument == instrument.id and p.kind == "article" and p.status == "missing"
               and p.number_status == "unknown"]
    if not missing:
        return []
    return [Msg.of("law.missing_articles", short=instrument.short,
                   headings=tuple(p.heading for p in missing), ids=tuple(p.id for p in missing))]


def _offences_of_the_time(corpus: Corpus, facts_date: date) -> list[Msg]:
    out = []
    for offence in corpus.offences.values():
        instrument = corpus.instruments.get(offence.instrument)
        if instrument is None or instrument.jurisdiction != NATIONAL_JURISDICTION:
            continue
        if instrument.in_force.contains(facts_date):
            cites = tuple(citation(corpus, p) for p in offence.provisions)
            key = "law.offered_minor" if offence.victim == "minor" else "law.offered_one"
            out.append(Msg.of(key, name=offence.name, offence=offence.id, cites=cites))
    return out


def citation(corpus: Corpus, provision_id: str) -> m.Bilingual:
    """The citation in both languages ("Loi n°2012-023, art. 7" / "Law No. 2012-023, art. 7")."""
    provision = corpus.provisions.get(provision_id)
    if provision is None:
        return m.Bilingual(provision_id, provision_id)
    return m.Bilingual(corpus.citation(provision, "fr"), corpus.citation(provision, "en"))
