"""Concurrence of qualifications (contracts §5, issue 9): when several offences cover the same facts and
victim, which to charge first and which in the alternative or cumulatively, and why.

The order is the tool's, said as such: first the qualification whose every element is met without a
condition and whose every cited text is verbatim, then the more specific (one that concerns a child), then
the more severe. The Penal Code's own rule on concurrence is not in the corpus; the general caveat
(``concurrence.caveat``) says so once. Pure: values in, values out.
"""

from __future__ import annotations

from dataclasses import dataclass

from trafficking_cli.corpus.lookup import Corpus
from trafficking_cli.i18n import Msg

from .model import Analysis, Charge

EXAMINED = ("established", "conditional", "incomplete")


@dataclass(frozen=True, slots=True)
class Concurrence:
    victims: tuple[str, ...]
    offences: tuple[str, ...]   # in the order advised: the first is charged first (if proposed, see below)
    advice: Msg
    proposed: tuple[str, ...] = ()  # those of ``offences`` that are proposed now; the others are leads


def concurrences(analysis: Analysis, corpus: Corpus) -> tuple[Concurrence, ...]:
    """Every victim with two or more examined charges; victims with the same advice share one entry."""
    merged: dict[tuple[str, ...], tuple[list[str], Msg, tuple[str, ...]]] = {}
    for victim in analysis.case.victims:
        candidates = [c for c in analysis.charges if c.victim == victim.id and c.status in EXAMINED]
        examined = [c for c in candidates
                    if any(o.offence != c.offence and _overlap(c, o) for o in candidates)]
        if len({c.offence for c in examined}) < 2:
            continue
        ordered = sorted(examined, key=lambda c: _rank(c, corpus))
        offences = tuple(dict.fromkeys(c.offence for c in ordered))
        advice = _advice(ordered, corpus)
        proposed = tuple(dict.fromkeys(c.offence for c in ordered if c.proposed))
        merged.setdefault((*offences, repr(advice)), ([], advice, proposed))[0].append(victim.id)
    return tuple(Concurrence(tuple(victims), key[:-1], advice, proposed)
                 for key, (victims, advice, proposed) in merged.items())


def _advice(ordered: list[Charge], corpus: Corpus) -> Msg:
    """The advice; a qualification that is only a lead (incomplete) is never advised without its condition.

    The order stays the tool's (certain, specific, severe), but an incomplete charge is not proposed: put
    first, it is advised only "if its missing elements are established", and the proposed ones are what the
    facts support now; put after, it is named apart with the same condition.
    """
    first = ordered[0]
    rest = [c for c in ordered[1:] if c.offence != first.offence]
    others = tuple(dict.fromkeys(c.name for c in rest if c.proposed))
    pending = tuple(dict.fromkeys(c.name for c in rest if not c.proposed))
    why = _why(ordered, corpus)
    if first.proposed:
        if not pending:
            return Msg.of("concurrence.advice", first=first.name, why=why, others=others)
        if not others:
            return Msg.of("concurrence.advice_then_pending_only", first=first.name, why=why, pending=pending)
        return Msg.of("concurrence.advice_then_pending", first=first.name, why=why, others=others,
                      pending=pending)
    note: Msg | str = Msg.of("concurrence.pending_note", pending=pending) if pending else ""
    if others:
        return Msg.of("concurrence.advice_pending_first", first=first.name, why=why, now=others, note=note)
    return Msg.of("concurrence.advice_none_proposed", first=first.name, why=why,
                  others=tuple(dict.fromkeys(c.name for c in rest)))


def _overlap(a: Charge, b: Charge) -> bool:
    """Two charges cover the same facts when their periods meet (an open end reaches to the other's)."""
    a_start, a_end = a.period.start or "0000-00-00", a.period.end or "9999-12-31"
    b_start, b_end = b.period.start or "0000-00-00", b.period.end or "9999-12-31"
    return a_start <= b_end and b_start <= a_end


def _certain(c: Charge, corpus: Corpus) -> bool:
    texts = [corpus.provisions.get(p) for p in c.provisions]
    return c.status == "established" and all(p is not None and p.status == "verbatim" for p in texts)


def _specific(c: Charge, corpus: Corpus) -> bool:
    offence = corpus.offences.get(c.offence)
    return offence is not None and offence.victim == "minor"


def _severity(c: Charge) -> int | None:
    """The maximum penalty in years (life counts as more than any term); None when it is not known."""
    p = c.penalty
    if p is None or (not p.life and p.max_years is None):
        return None
    return 1000 if p.life else p.max_years


def _rank(c: Charge, corpus: Corpus) -> tuple[int, int, int]:
    severity = _severity(c)
    return (0 if _certain(c, corpus) else 1, 0 if _specific(c, corpus) else 1,
            1 if severity is None else -severity)  # an unknown penalty is never called the more severe


def _why(ordered: list[Charge], corpus: Corpus) -> Msg:
    """The first rule that puts the first charge ahead of the second."""
    first, second = ordered[0], ordered[1]
    if _certain(first, corpus) and not _certain(second, corpus):
        return Msg.of("concurrence.why.certain")
    if _specific(first, corpus) and not _specific(second, corpus):
        return Msg.of("concurrence.why.specific")
    if _severity(first) is not None and _severity(second) is None:
        return Msg.of("concurrence.why.known_penalty")
    if (_severity(first) or 0) > (_severity(second) or 0):
        p = first.penalty
        penalty = Msg.of("penalty.life") if p and p.life else Msg.of(
            "penalty.years", low=p.min_years if p and p.min_years is not None else "?",
            high=p.max_years if p else "?")
        return Msg.of("concurrence.why.severe", penalty=penalty)
    return Msg.of("concurrence.why.first")
