"""The charging memo as data: every sentence already resolved in one language, ready to lay out.

Built by ``memo.build.build_memo``; laid out by the Markdown, JSON, DOCX, PDF and terminal renderers,
which say nothing of their own. Data only: no rules, no rendering.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from trafficking_cli.i18n import t


@dataclass(frozen=True, slots=True)
class Cite:
    """One provision as the memo cites it: id, citation, and what the text is worth."""

    id: str
    citation: str
    text_status: str
    status_label: str
    number_status: str
    international: bool

    @property
    def short(self) -> str:
        """``Loi n°2012-023, art. 7 (paraphrase)``: what a reader sees; the id stays in the JSON."""
        return f"{self.citation} ({self.status_label})"


@dataclass(frozen=True, slots=True)
class MemoElement:
    category: str
    label: str
    status: str
    status_label: str
    facts: tuple[str, ...]
    fact_labels: tuple[str, ...]
    evidence: tuple[str, ...]
    evidence_labels: tuple[str, ...]
    provisions: tuple[Cite, ...]
    note: str = ""


@dataclass(frozen=True, slots=True)
class MemoAggravation:
    id: str
    label: str
    verified: bool
    verified_label: str
    provision: Cite | None
    effect: str
    note: str = ""
    status: str = "met"      # met (applied) | unknown (to establish, never applied)
    why: str = ""            # how it was derived from the file, or why it stays to be established
    derived: bool = False    # found from the ages and facts in the file


@dataclass(frozen=True, slots=True)
class MemoPenalty:
    summary: str
    kind: str
    min_years: int | None
    max_years: int | None
    life: bool | None
    text_status: str
    status_label: str
    provision: Cite | None
    source_text: str
    additional: str
    aggravated_by: tuple[str, ...]
    translation: str = ""  # our (unofficial) translation of source_text, when the memo's language differs
    # contracts §5 additions: the fine, the base range's own source, the mitigated shapes (JSON-ready dicts)
    fine_min: int | None = None
    fine_max: int | None = None
    base_provision: str = ""
    hypothetical: bool = False
    mitigated: dict[str, Any] | None = None
    mitigated_alternatives: tuple[dict[str, Any], ...] = ()
    mitigated_caveat: str = ""  # why there is no mitigated range (facts after 13 Dec 2024)


@dataclass(frozen=True, slots=True)
class MemoCharge:
    number: str
    offence: str
    name: str
    victim: str
    instrument: str
    status: str
    status_label: str
    qualification: str
    provisions: tuple[Cite, ...]
    elements: tuple[MemoElement, ...]
    aggravating: tuple[MemoAggravation, ...]
    penalty: MemoPenalty | None
    other_penalties: tuple[MemoPenalty, ...]
    child_rule: str
    warnings: tuple[str, ...]
    # contracts §5 additions (see analysis.model.Charge); ``notes`` are the lines a reader sees under the
    # qualification: period, conditions, proof, mitigated range, limitation
    proof: str = "none"
    proposed: bool = False
    to_investigate: bool = False
    conditions: tuple[dict[str, str], ...] = ()
    period: dict[str, str | None] = field(default_factory=dict)
    prescription: dict[str, Any] | None = None
    notes: tuple[str, ...] = ()
    person: str = ""  # the offence's word for the file's V1, V2 when not "victim" (the persons smuggled)


@dataclass(frozen=True, slots=True)
class MemoInstrument:
    id: str
    name: str
    applies: bool
    applies_label: str
    reason: str
    notes: tuple[str, ...]
    caveats: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class MemoConsidered:
    offence: str
    name: str
    victim: str
    charged: bool
    reason: str


@dataclass(frozen=True, slots=True)
class MemoGap:
    kind: str
    victim: str
    offence: str
    category: str
    subject: str
    step: str


@dataclass(frozen=True, slots=True)
class MemoDuty:
    id: str
    label: str
    description: str
    why: str
    basis: tuple[Cite, ...]
    basis_note: str
    status: str
    status_label: str
    caveat: str


@dataclass(frozen=True, slots=True)
class MemoSource:
    """One source as the memo lists it; ``rank`` orders them (0: official texts and UN/ILO bodies … press)."""

    key: str          # instrument id + source id: unique across the corpus
    title: str
    date: str
    url: str
    kind: str
    kind_label: str
    rank: int
    weak: bool

    @property
    def line(self) -> str:
        return " — ".join(x for x in (self.title, self.date, self.url) if x)


@dataclass(frozen=True, slots=True)
class MemoProvision:
    cite: Cite
    heading: str
    text: str
    text_lang: str
    quoted: bool
    warnings: tuple[str, ...]
    sources: tuple[str, ...]
    original: str = ""  # the law's own words when ``text`` is our translation of them
    source_refs: tuple[MemoSource, ...] = ()  # the sources the memo shows: weak ones only when nothing else
    only_weak: bool = False                   # every source of this provision is marked weak in the data
    original_quoted: bool = True              # ``original`` is the law's words; False: a source's paraphrase
    original_status: str = "verbatim"         # the source text's status: its label says partial or paraphrase


@dataclass(frozen=True, slots=True)
class Memo:
    lang: str
    title: str
    reference: str
    facts_date: str
    facts_end_date: str
    date: str
    author: str
    places: tuple[str, ...]
    summary: str
    victims: tuple[dict[str, str], ...]
    suspects: tuple[dict[str, str], ...]
    evidence: tuple[dict[str, str], ...]
    charges: tuple[MemoCharge, ...]
    considered: tuple[MemoConsidered, ...]
    examined: str
    instruments: tuple[MemoInstrument, ...]
    gaps: tuple[MemoGap, ...]
    protection: tuple[MemoDuty, ...]
    annex: tuple[MemoProvision, ...]
    warnings: tuple[str, ...]
    labels: dict[str, str] = field(default_factory=dict)
    court: str = ""      # the jurisdiction (tribunal), as the magistrate gives it
    office: str = ""     # parquet or cabinet d'instruction
    per_suspect: MemoPerSuspect | None = None  # charges per suspect, concurrence, other offences (§5)

    def label(self, key: str, **values: Any) -> str:
        return t(f"memo.{key}", self.lang, **values)

    @property
    def sep(self) -> str:
        """The colon as each language writes it: French puts a space before it."""
        return " : " if self.lang == "fr" else ": "

    @property
    def semicolon(self) -> str:
        """The separator of a list of citations or reasons: French puts a space before « ; » too."""
        return semicolon(self.lang)



def semicolon(lang: str) -> str:
    return " ; " if lang == "fr" else "; "


@dataclass(frozen=True, slots=True)
class MemoSuspectCharge:
    """One offence a suspect may be charged with (contracts §5 ``suspects[].charges[]``), in words."""

    offence: str
    name: str
    victims: tuple[str, ...]
    participation: str
    participation_label: str
    status: str
    status_label: str
    proof: str
    proof_label: str
    stage: str
    acts: tuple[str, ...]             # element ids (JSON)
    act_labels: tuple[str, ...]
    provisions: tuple[Cite, ...]
    missing: tuple[str, ...]
    conditions: tuple[str, ...]
    period: tuple[str | None, str | None]
    places: tuple[str, ...]
    draft: str = ""                   # the charging wording, a draft for the magistrate (when asked for)
    unproven: str = ""                # the groups no exhibit supports for this suspect, in words


@dataclass(frozen=True, slots=True)
class MemoSuspect:
    id: str
    kind: str
    kind_label: str
    role: str
    participation: str
    participation_label: str
    partners: tuple[str, ...]
    knowledge: str
    denies: bool | None
    charges: tuple[MemoSuspectCharge, ...]
    not_reached: tuple[str, ...]
    notes: tuple[str, ...]
    # the conclusions' lines: (offence name, victims, status, proof, status and proof in words) per offence and
    # status, the weakest proof of the charges merged (the detail is under « Par suspect »)
    summary: tuple[tuple[str, tuple[str, ...], str, str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class MemoConcurrence:
    victims: tuple[str, ...]
    offences: tuple[str, ...]
    names: tuple[str, ...]
    advice: str
    proposed: tuple[str, ...] = ()   # the offences proposed now; the others are leads (review)


@dataclass(frozen=True, slots=True)
class MemoOtherOffence:
    key: str
    name: str
    why: str
    caveat: str


@dataclass(frozen=True, slots=True)
class MemoPerSuspect:
    """The per-suspect part of the memo: suspects, concurrence, other offences, and the caveats said once."""

    suspects: tuple[MemoSuspect, ...] = ()
    concurrence: tuple[MemoConcurrence, ...] = ()
    concurrence_caveat: str = ""
    other_offences: tuple[MemoOtherOffence, ...] = ()
    attributed: bool = False          # some act is attributed to a suspect in the case file
    child_victim: bool = False        # a victim is (presumed) a child: list B, which attributes acts, is not put
    drafts: bool = False              # the charging wording was asked for
