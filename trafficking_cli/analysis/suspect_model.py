"""What the per-suspect analysis finds (contracts §5 ``suspects``): data only, read by the memo."""

from __future__ import annotations

from dataclasses import dataclass

from trafficking_cli import models as m
from trafficking_cli.i18n import Msg

# Groups a suspect meets by their own acts; the purpose needs knowledge; the rest are the victim's facts.
OWN_GROUPS = frozenset({"act", "means", "conduct"})
# contracts §5: an offence is examined only when its act or conduct group is met.
EXAMINED_BY = frozenset({"act", "conduct"})


@dataclass(frozen=True, slots=True)
class SuspectCharge:
    """One offence a suspect may be charged with, for the victims whose findings are the same."""

    offence: str
    name: m.Bilingual
    instrument: str
    victims: tuple[str, ...]
    participation: str
    status: str                      # established | conditional | incomplete | not_established
    proof: str                       # corroborated | single | none
    stage: str                       # consomme | tentative
    acts: tuple[str, ...]            # the element ids of the suspect's acts this charge rests on
    provisions: tuple[str, ...]
    missing: tuple[Msg, ...] = ()    # what the file must still show against this suspect
    conditions: tuple[Msg, ...] = () # rules the tool cannot vouch for (attempt, complicity, legal person)
    penalty_kind: str = "unknown"
    period: tuple[str | None, str | None] = (None, None)
    places: tuple[str, ...] = ()
    # the met groups no exhibit supports, with their facts: the charge's proof is that of the suspect's own acts
    # (and partners'), which can be weaker than the victim's charge (review 2, point 9b)
    unproven: tuple[tuple[m.Bilingual, tuple[str, ...]], ...] = ()


@dataclass(frozen=True, slots=True)
class SuspectFinding:
    id: str
    kind: str
    role: str
    participation: str
    partners: tuple[str, ...]
    knowledge: str
    denies: bool | None
    charges: tuple[SuspectCharge, ...]
    not_reached: tuple[Msg, ...]     # why no offence is reached, when none is
    notes: tuple[Msg, ...]           # said once for this suspect (legal person, complicity)
