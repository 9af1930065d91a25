"""Frozen records (``structs.frozen``) for the law, the checklists and the protection duties.

Only the standard library here: every other module can import these freely.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from .i18n import Msg
from .structs import field, frozen

LANGS = ("fr", "en")
TEXT_STATUSES = ("verbatim", "partial", "paraphrase", "missing")
TRANSLATION_STATUSES = ("unofficial", "official")
# ``conflicting``: the number is attested, but the sources give different numbers (CP 2001 art. 183 or 193).
NUMBER_STATUSES = ("attested", "inferred", "conflicting", "unknown")


@frozen
class Bilingual:
    """A text in French and/or English. ``get`` falls back to the other language."""

    fr: str | None = None
    en: str | None = None

    def get(self, lang: str, fallback: bool = True) -> str | None:
        value = self.en if lang == "en" else self.fr
        if value is None and fallback:
            value = self.fr if lang == "en" else self.en
        return value

    def lang_of(self, lang: str) -> str | None:
        """The language ``get(lang)`` actually returns, or None when empty."""
        if (self.en if lang == "en" else self.fr) is not None:
            return lang
        other = "fr" if lang == "en" else "en"
        return other if self.get(other, fallback=False) is not None else None

    def as_dict(self) -> dict[str, str | None]:
        return {"fr": self.fr, "en": self.en}

    def __bool__(self) -> bool:
        return bool(self.fr or self.en)


EMPTY = Bilingual()


@frozen
class Period:
    """An in-force interval; both ends inclusive, ISO strings, None = open or unknown."""

    start: str | None = None
    end: str | None = None

    def contains(self, day: date) -> bool:
        if self.start and day < date.fromisoformat(self.start):
            return False
        return not (self.end and day > date.fromisoformat(self.end))

    def as_dict(self) -> dict[str, str | None]:
        return {"from": self.start, "to": self.end}


@frozen
class Source:
    id: str
    title: str
    url: str | None = None
    date: str | None = None
    kind: str = "secondary"
    reliability: str = ""  # "weak": kept out of the memo unless it is a provision's only source


@frozen
class Caveat:
    text: Bilingual
    sources: tuple[str, ...] = ()


@frozen
class Instrument:
    id: str
    kind: str
    jurisdiction: str
    original_languages: tuple[str, ...]
    short: Bilingual
    title: Bilingual
    title_translation_status: dict[str, str]
    date: str | None
    in_force: Period
    status: Bilingual
    aliases: tuple[str, ...]
    known_article_count: int | None
    caveats: tuple[Caveat, ...]
    sources: tuple[Source, ...]
    path: str = ""

    def source(self, source_id: str) -> Source | None:
        return next((s for s in self.sources if s.id == source_id), None)


@frozen
class Provision:
    instrument: str
    eid: str
    num: str | None
    number_status: str
    kind: str
    heading: Bilingual
    text: Bilingual
    text_status: dict[str, str]
    translation_status: dict[str, str]
    sources: tuple[str, ...]
    number_note: Bilingual = EMPTY
    attribution: Bilingual = EMPTY
    confidence: str | None = None
    in_force: Period | None = None
    parent: str | None = None
    notes: tuple[Bilingual, ...] = ()
    keywords: dict[str, tuple[str, ...]] = field(default_factory=dict)
    line: int = 0

    @property
    def id(self) -> str:
        return f"{self.instrument}:{self.eid}"

    @property
    def original_language(self) -> str:
        return next(iter(self.text_status), "fr")

    @property
    def status(self) -> str:
        """The status of the text in its first original language (contracts §2)."""
        return self.text_status.get(self.original_language, "missing")

    def status_for(self, lang: str) -> tuple[str, str]:
        """(kind, value) for the text shown in ``lang``: ('text', status) or ('translation', status)."""
        if lang in self.text_status:
            return "text", self.text_status[lang]
        if lang in self.translation_status:
            return "translation", self.translation_status[lang]
        return "text", "missing"


@frozen
class ElementItem:
    id: str
    label: Bilingual
    equivalents: tuple[str, ...] = ()


@frozen
class ElementGroup:
    category: str
    rule: str
    required_for_minors: bool
    label: Bilingual
    provisions: tuple[str, ...]
    items: tuple[ElementItem, ...]


@frozen
class ChildRule:
    basis: tuple[str, ...]
    verified_in_malian_law: bool
    caveat: Bilingual


@frozen
class Aggravating:
    id: str
    label: Bilingual
    verified: bool
    provision: str | None
    max_years: int | None
    life: bool | None  # None: not known
    note: Bilingual = EMPTY
    min_years: int | None = None   # a raised floor (the ILO's child aggravation: 10 to 20 years)
    additional: Bilingual = EMPTY  # accessory penalties the aggravation brings (interdiction de séjour 5-20 years)


@frozen
class OffenceCondition:
    """A reason, in the data, why a charge for this offence can at best be ``conditional`` (contracts §5).

    ``kind``: ``partial_definition`` (the definition is known only in part, e.g. art. 4 cut off mid-sentence),
    ``incrimination_unknown`` (the defining text is known, the article that punishes it is not).
    """

    kind: str
    text: Bilingual


@frozen
class Penalty:
    provision: str
    text_status: str
    kind: str
    min_years: int | None
    max_years: int | None
    life: bool | None  # None: not known
    fine_min: int | None = None
    fine_max: int | None = None
    additional: Bilingual = EMPTY
    text: Bilingual = EMPTY


@frozen
class Offence:
    id: str
    name: Bilingual
    instrument: str
    provisions: tuple[str, ...]
    victim: str
    elements: tuple[ElementGroup, ...]
    aggravating: tuple[Aggravating, ...]
    penalties: tuple[Penalty, ...]
    child_rule: ChildRule | None = None
    warnings: tuple[Bilingual, ...] = ()
    line: int = 0
    conditions: tuple[OffenceCondition, ...] = ()
    person: Bilingual = EMPTY  # what the file's V1, V2 are for this offence, when not "victim" (persons smuggled)

    def item_ids(self) -> list[str]:
        return [item.id for group in self.elements for item in group.items]


@frozen
class Option:
    id: str
    label: Bilingual
    establishes: tuple[str, ...] = ()
    aggravating: tuple[str, ...] = ()


@frozen
class Feeds:
    tags: tuple[str, ...] = ()
    establishes: tuple[str, ...] = ()
    excludes: tuple[str, ...] = ()
    aggravating: tuple[str, ...] = ()
    protection: tuple[str, ...] = ()
    evidence: str | None = None
    minor: bool = False
    min_number: int = 1  # a number answer feeds only from this value up (2 victims make "multiple")
    fact: str | None = None  # a case fact the answer fills: facts_date, places, summary, age_at_facts


@frozen
class Part:
    """A further answer a question asks for beside its main one (B09: when, then where)."""

    id: str
    type: str  # text | date | number | yes_no_unknown
    label: Bilingual
    fact: str | None = None  # the case fact this part fills (B09's place: places)


@frozen
class Alert:
    """What an answer must set off at once: what to do before going on, and the protection duty it records.

    ``on``: the answer values (option ids, ``yes``/``no``/``unknown``) that raise it; ``stop``: the run
    stops there (consent refused), offering only what may still be done.
    """

    on: tuple[str, ...]
    text: Bilingual
    protection: tuple[str, ...] = ()
    stop: bool = False


@frozen
class Suggestion:
    """Elements an answer points to without establishing them: the interviewer confirms each at the end.

    Raised by a "yes" (or any positive answer), by one of ``on_answer``, or by a number from ``min_number`` up.
    """

    elements: tuple[str, ...]
    on_answer: tuple[str, ...] = ()
    min_number: float | None = None


# A condition is kept as plain data (dicts, lists, strings) checked by the loader
# and evaluated by checklists/engine.py; it is never code.
Condition = dict[str, Any]


@frozen
class Item:
    checklist: str
    id: str
    section: str
    mode: str
    type: str
    text: Bilingual
    help: Bilingual
    source: str | None
    options: tuple[Option, ...] = ()
    never_ask_child: bool = False
    protected: bool = False
    when: Condition | None = None
    feeds: Feeds = Feeds()
    opens: str | None = None
    line: int = 0
    parts: tuple[Part, ...] = ()  # further answers, stored in the record's ``parts`` beside ``value``
    alerts: tuple[Alert, ...] = ()
    suggests: tuple[Suggestion, ...] = ()

    @property
    def key(self) -> str:
        return f"{self.checklist}.{self.id}"


@frozen
class Section:
    id: str
    title: Bilingual


@frozen
class Checklist:
    id: str
    title: Bilingual
    description: Bilingual
    order: int
    audience: str
    sections: tuple[Section, ...]
    items: tuple[Item, ...]
    requires: Condition | None = None
    path: str = ""

    def item(self, item_id: str) -> Item | None:
        return next((i for i in self.items if i.id == item_id), None)


@frozen
class ProtectionDuty:
    id: str
    label: Bilingual
    description: Bilingual
    basis: tuple[str, ...]
    status: str
    basis_note: Bilingual = EMPTY
    caveat: Bilingual = EMPTY
    applies_when: Condition | str = "always"


def both_languages(message: Msg | str) -> tuple[str, str]:
    """``message`` as (English, French), the order of ``Problem``'s fields (the JSON contract);
    a plain ``str`` has no French of its own (``Problem.localized`` falls back to it)."""
    if isinstance(message, Msg):
        return message.render("en"), message.render("fr")
    return message, ""


@frozen
class Problem:
    """One thing wrong in a data file, with enough to find and fix it.

    ``message``/``hint`` stay English (the ``validate --json`` contract and the tests read them);
    ``message_fr``/``hint_fr`` are what a French-speaking user sees (contracts §1: French by default).
    """

    path: str
    line: int | None
    key: str
    message: str
    hint: str = ""
    message_fr: str = ""
    hint_fr: str = ""

    @classmethod
    def of(cls, path: str, line: int | None, key: str, message: Msg | str, hint: Msg | str = "") -> Problem:
        """A problem said in both languages: a catalogue ``Msg``, or a ``str`` that needs no translation
        (a command, a value quoted from the file)."""
        (message_en, message_fr), (hint_en, hint_fr) = both_languages(message), both_languages(hint)
        return cls(path, line, key, message_en, hint_en, message_fr, hint_fr)

    def localized(self, lang: str) -> tuple[str, str]:
        """(message, hint) in ``lang``, falling back to English where no French was given."""
        if lang == "fr":
            return self.message_fr or self.message, self.hint_fr or self.hint
        return self.message, self.hint

    def text(self, lang: str = "en") -> str:
        """One line, ``file:line: key: message (hint)``, in ``lang`` (French puts a space before the colon)."""
        message, hint = self.localized(lang)
        colon = " : " if lang == "fr" else ": "
        where = f"{self.path}:{self.line}" if self.line else self.path
        text = colon.join((where, self.key, message) if self.key else (where, message))
        return f"{text} ({hint})" if hint else text

    def __str__(self) -> str:
        return self.text("en")


# ---- case files (contracts §3) ----------------------------------------------------------------

@frozen
class Victim:
    id: str
    age_at_facts: int | None = None
    age_doubt: bool = False
    sex: str | None = None
    nationality: str | None = None
    established: tuple[str, ...] = ()
    excluded: tuple[str, ...] = ()
    aggravating: tuple[str, ...] = ()

    @property
    def minor(self) -> bool | None:
        """True when under 18 or when age is in doubt (presumption of minority); None when unknown."""
        if self.age_doubt:
            return True
        if self.age_at_facts is None:
            return None
        return self.age_at_facts < 18


PARTICIPATIONS = ("auteur", "coauteur", "complice")
SUSPECT_KINDS = ("person", "legal_person")
STAGES = ("consomme", "tentative")
KNOWLEDGE = ("known", "unknown")


@frozen
class Act:
    """One thing a suspect did (contracts §5, ``suspects[].acts[]``); stable for the memo and analysis.

    ``element``: an element id of §2 (an act, a means, a purpose or a conduct item, or any 0.1 id such as
    ``recel_enfant``); ``victims``: the victim codes it was done to (empty: the file does not say);
    ``start`` / ``end``: the case file's ``from`` / ``to`` (ISO dates, None = not recorded; ``end`` None
    with a ``start`` is an act on one day or still running, the file does not say which);
    ``stage``: ``consomme`` (carried out) or ``tentative`` (attempted).
    """

    element: str
    victims: tuple[str, ...] = ()
    start: str | None = None
    end: str | None = None
    place: str | None = None
    stage: str = "consomme"


@frozen
class Suspect:
    """A suspect (contracts §3 and §5). Fields read by the analysis and the memo:

    ``kind``: ``person`` | ``legal_person``; ``participation``: ``auteur`` | ``coauteur`` | ``complice``
    (a legacy ``tentative`` is read as ``auteur`` with every act at stage ``tentative``);
    ``partners``: the case file's ``with`` (the suspects whose acts a coauteur shares);
    ``acts``: what the suspect did, to whom; ``knowledge``: ``known`` | ``unknown`` (whether the file holds
    evidence that the suspect knew the purpose; absent = ``unknown``); ``denies``: the suspect's own
    position (None = not recorded), kept apart from what the file shows.
    """

    id: str
    role: str | None = None
    kind: str = "person"
    participation: str = "auteur"
    partners: tuple[str, ...] = ()
    acts: tuple[Act, ...] = ()
    knowledge: str = "unknown"
    denies: bool | None = None

    def acts_on(self, victim_id: str) -> tuple[Act, ...]:
        """The acts done to ``victim_id``."""
        return tuple(a for a in self.acts if victim_id in a.victims)


@frozen
class Evidence:
    id: str
    kind: str
    description: str = ""
    supports: tuple[str, ...] = ()  # "V1.recrutement"
    source: str = ""  # set on entries derived from answers ("V1: B (testimony)", "V1: D.D01"): recomputed


@frozen
class Procedure:
    """``procedure`` (contracts §5): the acts of investigation or prosecution that interrupt limitation.

    ``first_act_date``: the first such act (ISO date), None when the file does not record one.
    """

    first_act_date: str | None = None


@frozen
class Case:
    """A case file, version 1 or 2 (``schema`` keeps the version read; a /1 file has no acts)."""

    reference: str
    facts_date: str | None
    facts_end_date: str | None = None
    places: tuple[str, ...] = ()
    summary: str = ""
    victims: tuple[Victim, ...] = ()
    suspects: tuple[Suspect, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    answers: dict[str, Any] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)  # unknown keys: kept, ignored
    path: str = ""
    procedure: Procedure = Procedure()
    schema: str = "trafficking-case/2"

    def victim(self, victim_id: str) -> Victim | None:
        return next((v for v in self.victims if v.id == victim_id), None)

    def suspect(self, suspect_id: str) -> Suspect | None:
        return next((s for s in self.suspects if s.id == suspect_id), None)

    def acts_on(self, victim_id: str) -> list[tuple[Suspect, Act]]:
        """Every act done to ``victim_id``, with the suspect who did it, in file order."""
        return [(s, a) for s in self.suspects for a in s.acts_on(victim_id)]

    def victim_facts(self, victim_id: str) -> tuple[str, ...]:
        """contracts §5: a victim's alleged facts are their own ``established`` plus the acts done to them.

        An act whose element the victim's ``excluded`` list rules out is left out (``fact_mismatches``
        reports it): the file contradicts itself there, and the analysis must not conclude more. An attempted
        act (stage ``tentative``) is left out too: it was not carried out on the victim, so it cannot make the
        elements of the completed offence "met" for them; the attempt is weighed per suspect (CP 2001 art. 3).
        """
        victim = self.victim(victim_id)
        if victim is None:
            return ()
        out = list(victim.established)
        for _suspect, act in self.acts_on(victim_id):
            if act.stage == "tentative":
                continue
            if act.element not in out and act.element not in victim.excluded:
                out.append(act.element)
        return tuple(out)

    def fact_mismatches(self) -> list[tuple[str, str, str, str]]:
        """``(kind, victim, element, suspect)`` where ``established`` and the suspects' acts disagree.

        Kinds: ``act_not_established`` (an act on the victim missing from their ``established``),
        ``act_excluded`` (an act on the victim whose element their ``excluded`` rules out),
        ``not_attributed`` (an element in ``established`` that no suspect's act on the victim carries;
        ``suspect`` is ""). Only files that attribute acts are checked: a /1 file attributes nothing.
        """
        if not any(s.acts for s in self.suspects):
            return []
        out = []
        for victim in self.victims:
            acts = self.acts_on(victim.id)
            for suspect, act in acts:
                if act.element in victim.excluded:
                    out.append(("act_excluded", victim.id, act.element, suspect.id))
                elif act.element not in victim.established and act.stage != "tentative":
                    out.append(("act_not_established", victim.id, act.element, suspect.id))
            done = {act.element for _s, act in acts}
            out += [("not_attributed", victim.id, fact, "") for fact in victim.established if fact not in done]
        return list(dict.fromkeys(out))
