"""Facts over time: which part of the facts a charge under a given text covers (contracts §5 ``period``).

Criminal law does not reach back, and a repealed text does not govern later facts. When the facts run
across a text's entry into force (or its end), they are judged part by part:

- a continuing act (harbouring; the recel of a child, art. 244; holding a person in slavery) is split at
  the boundary, and the part inside the text's period is charged under it. When the file does not date the
  act, the split assumes the recorded elements lasted over the whole span: a condition says so;
- an instantaneous act (recruitment, transport, transfer, receipt, an art. 242 agreement, a sale or
  cession) falls under the text in force on its own date. Dated (a suspect's act ``from``), it is placed;
  undated within a span that crosses the boundary, the charge is ``incomplete`` ("date this act"), never
  carried onto the part where the text applies;
- exploitation is the purpose, not an act: it is never split.

A text that was not repealed (Loi 2012-023 after 13 Dec 2024) keeps covering the later part beside the new
one: that is concurrence, not succession. The rules and their sources: docs/legal-rules.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from trafficking_cli import models as m

from .model import Condition, Msg

# Acts that last: the text in force during each part of them governs that part.
CONTINUING = frozenset({"hebergement", "recel_enfant", "attributs_propriete", "dependance_absolue",
                        "maitre_esclavage", "hebergement_migrants"})
# Texts whose start is the earliest possible date only: Loi 2012-023 is dated 12 July 2012, its publication
# in the Journal officiel is unknown (sources/loi-2012-023.md §0, §10.5). A charge whose part starts before
# the end of that year carries the condition (a later publication would shorten or remove that part).
UNCERTAIN_START = {"ml-loi-2012-023": date(2012, 12, 31)}


@dataclass(slots=True)
class PeriodFinding:
    """The part of the facts a charge covers (None: no part falls under the text), with what it rests on."""

    period: m.Period | None
    conditions: list[Condition] = field(default_factory=list)
    reasons: list[Msg] = field(default_factory=list)   # make the charge incomplete ("date this act")
    split: bool = False


def facts_span(case: m.Case, fallback: date) -> tuple[date, date]:
    """The facts from ``facts_date`` to ``facts_end_date`` (or the same day), ``fallback`` when undated."""
    start = date.fromisoformat(case.facts_date) if case.facts_date else fallback
    end = date.fromisoformat(case.facts_end_date) if case.facts_end_date else start
    return start, end


def window(instrument: m.Instrument | None) -> tuple[date, date]:
    """The text's in-force period, open ends as the extreme dates."""
    period = instrument.in_force if instrument else m.Period()
    return (date.fromisoformat(period.start) if period.start else date.min,
            date.fromisoformat(period.end) if period.end else date.max)


def overlap(a: tuple[date, date], b: tuple[date, date]) -> tuple[date, date] | None:
    start, end = max(a[0], b[0]), min(a[1], b[1])
    return (start, end) if start <= end else None


def charge_period(case: m.Case, victim_id: str, instrument: m.Instrument | None, act_facts: list[str],
                  span: tuple[date, date]) -> PeriodFinding:
    """The part of ``span`` a charge under ``instrument`` covers, from the facts that meet its act group."""
    text_window = window(instrument)
    common = overlap(span, text_window)
    if common is None:
        return PeriodFinding(None)
    found = (PeriodFinding(_period(span)) if common == span
             else _split(case, victim_id, act_facts, span, text_window, common))
    if found.period is not None and instrument is not None:
        found.conditions += _uncertain_start(instrument, found.period)
    return found


def _split(case: m.Case, victim_id: str, act_facts: list[str], span: tuple[date, date],
           text_window: tuple[date, date], common: tuple[date, date]) -> PeriodFinding:
    """The facts cross the text's start or end: place dated acts, split continuing ones, ask to date the rest."""
    parts = [part for _s, act in case.acts_on(victim_id) if act.element in act_facts and act.start
             if (part := _act_part(act, span, text_window))]
    boundary = _boundary(span, text_window)
    if parts:
        return PeriodFinding(m.Period(min(p[0] for p in parts).isoformat(), max(p[1] for p in parts).isoformat()),
                             split=True)
    continuing = [f for f in act_facts if f in CONTINUING]
    if continuing:
        text = Msg.of("period.split_assumed", facts=tuple(continuing), start=common[0].isoformat(),
                      end=common[1].isoformat(), boundary=boundary)
        return PeriodFinding(_period(common), [Condition("split_assumption", text)], split=True)
    dated_elsewhere = any(act.element in act_facts and act.start for _s, act in case.acts_on(victim_id))
    if dated_elsewhere:
        return PeriodFinding(None)  # every dated act falls outside the text's period
    reason = Msg.of("period.date_act", facts=tuple(act_facts), start=common[0].isoformat(),
                    end=common[1].isoformat(), boundary=boundary)
    return PeriodFinding(_period(common), reasons=[reason], split=True)


def _act_part(act: m.Act, span: tuple[date, date], text_window: tuple[date, date]) -> tuple[date, date] | None:
    start = date.fromisoformat(act.start or "")
    if act.element in CONTINUING:
        end = date.fromisoformat(act.end) if act.end else span[1]
        return overlap((start, max(start, end)), text_window)
    return (start, start) if text_window[0] <= start <= text_window[1] else None


def _boundary(span: tuple[date, date], text_window: tuple[date, date]) -> str:
    """The entry into force (or end) the span crosses, as an ISO date."""
    if span[0] < text_window[0] <= span[1]:
        return text_window[0].isoformat()
    return (text_window[1] + timedelta(days=1)).isoformat()


def _uncertain_start(instrument: m.Instrument, period: m.Period) -> list[Condition]:
    until = UNCERTAIN_START.get(instrument.id)
    if until is None or period.start is None or date.fromisoformat(period.start) > until:
        return []
    return [Condition("entry_into_force", Msg.of("period.entry_uncertain", short=instrument.short,
                                                 start=instrument.in_force.start or "?"))]


def _period(span: tuple[date, date]) -> m.Period:
    return m.Period(span[0].isoformat(), span[1].isoformat())
