"""What the analysis finds: statuses and the finding dataclasses it returns (sentences are ``i18n.Msg``).

Shared by every analysis module (``analysis.law_in_force``, ``elements``, ``charges``, ``penalties``,
``analysis.legal_warnings``, ``gaps``, ``protection``) and read by the memo. Data only: no rules here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from trafficking_cli import models as m
from trafficking_cli.i18n import Msg

# Element statuses, then charge statuses (contracts §4 and §5).
MET, UNMET, UNKNOWN, NOT_REQUIRED = "met", "unmet", "unknown", "not_required"
ESTABLISHED, CONDITIONAL, INCOMPLETE, NOT_ESTABLISHED = "established", "conditional", "incomplete", "not_established"
PROPOSED = frozenset({ESTABLISHED, CONDITIONAL})
# Proof of a charge (contracts §5): the weakest support among the element groups it needs.
PROOF_NONE, PROOF_SINGLE, PROOF_CORROBORATED = "none", "single", "corroborated"
# Instruments of this jurisdiction can found a prosecution; the others (treaties) only bind the State.
NATIONAL_JURISDICTION = "ML"


@dataclass(frozen=True, slots=True)
class ElementFinding:
    category: str
    label: m.Bilingual
    rule: str
    status: str
    facts: tuple[str, ...]            # the victim's established (or, when unmet, excluded) element ids
    items: tuple[str, ...]            # the offence's own item ids that the facts meet
    remaining: tuple[str, ...]        # items neither established nor excluded (what could still be shown)
    provisions: tuple[str, ...]
    evidence: tuple[str, ...]         # evidence ids supporting the facts
    required_for_minors: bool = True
    note: Msg | None = None


@dataclass(frozen=True, slots=True)
class Condition:
    """Why a charge is ``conditional`` (contracts §5 ``conditions``): ``kind`` and the sentence that says it.

    Kinds: ``child_rule``, ``partial_definition``, ``incrimination_unknown``, ``split_assumption``,
    ``entry_into_force``.
    """

    kind: str
    text: Msg


@dataclass(frozen=True, slots=True)
class AggravationFinding:
    """An aggravating fact of the offence for this victim. ``status``: ``met`` (applied to the penalty) or
    ``unknown`` (it may apply: an age in doubt or unknown, a purpose to qualify; never applied)."""

    id: str
    label: m.Bilingual
    verified: bool
    provision: str | None
    life: bool | None
    max_years: int | None
    note: m.Bilingual = m.EMPTY
    status: str = "met"
    derived: bool = False             # found from the ages and facts in the file, not typed by hand
    min_years: int | None = None
    additional: m.Bilingual = m.EMPTY
    why: Msg | None = None            # how it was derived, or why it stays unknown


@dataclass(frozen=True, slots=True)
class MitigatedRange:
    """One shape of the penalty with mitigating circumstances (CP 2001 art. 18): contracts §5 ``mitigated``."""

    min_years: int | None
    max_years: int | None
    kind: str
    provision: str
    note: Msg
    paragraph: str = ""               # "2°", "3°" …
    max_days: int | None = None       # 4°: "au-dessous de onze jours"


@dataclass(frozen=True, slots=True)
class Prescription:
    """contracts §5 ``prescription``: ``time_barred`` is True only on the file's record (``procedure``)."""

    time_barred: bool | None
    deadline: str | None
    basis: Msg
    caveats: tuple[Msg, ...] = ()


@dataclass(frozen=True, slots=True)
class PenaltyFinding:
    provision: str
    text_status: str
    kind: str
    min_years: int | None
    max_years: int | None
    life: bool | None                 # None: not known
    base_max_years: int | None
    base_life: bool | None
    aggravated_by: tuple[str, ...]
    fine_min: int | None = None
    fine_max: int | None = None
    text: m.Bilingual = m.EMPTY
    additional: m.Bilingual = m.EMPTY
    base_provision: str = ""          # the source of the base range, when ``provision`` is an aggravation's
    base_min_years: int | None = None
    hypothetical: bool = False        # an incomplete charge: "if the missing elements are established", unaggravated
    mitigated: MitigatedRange | None = None
    mitigated_alternatives: tuple[MitigatedRange, ...] = ()
    mitigated_caveats: tuple[Msg, ...] = ()
    aggravation_additional: tuple[m.Bilingual, ...] = ()


@dataclass(frozen=True, slots=True)
class Charge:
    offence: str
    name: m.Bilingual
    instrument: str
    victim: str
    status: str
    provisions: tuple[str, ...]
    elements: tuple[ElementFinding, ...]
    aggravating: tuple[AggravationFinding, ...]
    penalty: PenaltyFinding | None
    other_penalties: tuple[m.Penalty, ...]
    child_rule: m.ChildRule | None     # set when the child rule was applied to this charge
    warnings: tuple[Msg, ...]
    conditions: tuple[Condition, ...] = ()
    proof: str = PROOF_NONE
    period: m.Period = field(default_factory=m.Period)
    prescription: Prescription | None = None
    person: m.Bilingual = m.EMPTY      # the offence's word for the file's V1, V2 when not "victim"
    reasons: tuple[Msg, ...] = ()      # why incomplete or not established, beyond the element rows

    @property
    def proposed(self) -> bool:
        """Only established and conditional charges are proposed (called retenue, priced)."""
        return self.status in PROPOSED

    @property
    def to_investigate(self) -> bool:
        return self.status == INCOMPLETE


@dataclass(frozen=True, slots=True)
class Considered:
    offence: str
    name: m.Bilingual
    victim: str
    charged: bool
    reason: Msg


@dataclass(frozen=True, slots=True)
class InstrumentFinding:
    id: str
    short: m.Bilingual
    title: m.Bilingual
    kind: str
    jurisdiction: str
    applies: bool
    in_force: m.Period
    reason: Msg
    notes: tuple[Msg, ...] = ()
    caveats: tuple[m.Bilingual, ...] = ()


@dataclass(frozen=True, slots=True)
class Gap:
    # unknown | single_testimony | no_evidence | age_evidence | age_unknown | aggravation_evidence |
    # slavery | old_law | attempt_only
    kind: str
    victim: str | None
    offence: str | None
    category: str | None
    subject: Msg
    step: Msg


@dataclass(frozen=True, slots=True)
class DutyFinding:
    id: str
    label: m.Bilingual
    description: m.Bilingual
    basis: tuple[str, ...]
    basis_note: m.Bilingual
    status: str
    caveat: m.Bilingual
    why: tuple[Msg, ...]


@dataclass(frozen=True, slots=True)
class Analysis:
    case: m.Case
    today: date
    facts_date: date
    instruments: tuple[InstrumentFinding, ...]
    charges: tuple[Charge, ...]
    considered: tuple[Considered, ...]
    gaps: tuple[Gap, ...]
    protection: tuple[DutyFinding, ...]
    warnings: tuple[Msg, ...] = ()
    cited: tuple[str, ...] = field(default=())  # every provision id relied on, in first-cited order

    def charge(self, offence: str, victim: str) -> Charge | None:
        return next((c for c in self.charges if c.offence == offence and c.victim == victim), None)
