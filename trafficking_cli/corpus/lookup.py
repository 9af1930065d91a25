"""The loaded law and checklists: lookup by id and by the forms people type, cross-reference checks."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from pathlib import Path
from typing import TypeGuard

from trafficking_cli import models as m
from trafficking_cli.errors import DataError, UnknownIdError
from trafficking_cli.i18n import Msg
from trafficking_cli.models import Problem
from trafficking_cli.structs import field, fields, frozen, mutable

DEFAULT_INSTRUMENT = "ml-loi-2012-023"
ARTICLE_WORDS = {"art", "arts", "article", "articles", "artikel"}
PARAGRAPH_WORDS = {"al", "alinea", "para", "paragraphe", "paragraph", "par", "lettre", "letter", "point"}


@frozen
class Lookup:
    """What ``Corpus.lookup`` made of a typed reference (see there)."""

    provision: m.Provision | None
    instrument: str | None  # the instrument the user named; None when none was (Loi n°2012-023 is read)
    partial: m.Provision | None = None  # the known part of a reference whose remaining words name nothing
    instruments: list[str] = field(default_factory=list)  # the instruments an ambiguous name fits
    rest: str = ""  # the reference after the instrument's name


@mutable
class Corpus:
    root: Path
    instruments: dict[str, m.Instrument] = field(default_factory=dict)
    provisions: dict[str, m.Provision] = field(default_factory=dict)
    offences: dict[str, m.Offence] = field(default_factory=dict)
    checklists: dict[str, m.Checklist] = field(default_factory=dict)
    duties: dict[str, m.ProtectionDuty] = field(default_factory=dict)
    files: list[Path] = field(default_factory=list)
    fingerprint: str = ""  # the data and code it was built from (``cache.fingerprint``), when it was cached

    # ---- lookups ------------------------------------------------------------------------
    def provision(self, provision_id: str) -> m.Provision:
        found = self.provisions.get(provision_id)
        if found is None:
            raise UnknownIdError("provision", provision_id, self.suggest_provisions(provision_id))
        return found

    def instrument_of(self, provision: m.Provision) -> m.Instrument:
        return self.instruments[provision.instrument]

    def offence(self, offence_id: str) -> m.Offence:
        """An offence by id or as people type it (``mendicité``, ``traite des personnes``, ``begging``)."""
        from .typed import find_offence, offences_named, suggest_offences

        found = find_offence(self.offences, offence_id)
        if found is None:
            several = len(offences_named(self.offences, offence_id)) > 1  # « trafic »: a question, not unknown
            raise UnknownIdError("offence", offence_id, suggest_offences(self.offences, offence_id),
                                 hint="trafficking elements",
                                 message=Msg.of("error.ambiguous.offence", given=offence_id) if several else None)
        return found

    def checklist(self, checklist_id: str) -> m.Checklist:
        found = self.checklists.get(checklist_id) or self.checklists.get(checklist_id.upper())
        if found is None:
            raise UnknownIdError("checklist", checklist_id, _close(checklist_id, list(self.checklists)),
                                 hint="trafficking checklist list")
        return found

    def element_index(self) -> dict[str, tuple[m.Offence, m.ElementGroup, m.ElementItem]]:
        return {item.id: (offence, group, item)
                for offence in self.offences.values() for group in offence.elements for item in group.items}

    def aggravating_ids(self) -> set[str]:
        return {a.id for offence in self.offences.values() for a in offence.aggravating}

    def children(self, provision: m.Provision) -> list[m.Provision]:
        return [p for p in self.provisions.values()
                if p.instrument == provision.instrument and p.parent == provision.eid]

    def citation(self, provision: m.Provision, lang: str = "fr") -> str:
        short = self.instruments[provision.instrument].short.get(lang) or provision.instrument
        return citation(short, provision, lang)

    def bilingual_citation(self, provision: m.Provision) -> m.Bilingual:
        """The citation in both languages, for a message said later in the reader's (``Msg``)."""
        return m.Bilingual(fr=self.citation(provision, "fr"), en=self.citation(provision, "en"))

    # ---- the forms people type ------------------------------------------------------------
    def find(self, ref: str) -> m.Provision | None:
        """The provision a typed reference names, whole, or None (cheap: no suggestions are built)."""
        return self.lookup(ref).provision

    def lookup(self, ref: str) -> Lookup:
        """What a typed reference names: the provision when every word is accounted for; else the part
        that is known (``3 99`` → art. 3, never shown in its place) or the instruments an ambiguous name fits."""
        ref = ref.strip()
        if ref in self.provisions:
            return Lookup(self.provisions[ref], DEFAULT_INSTRUMENT)
        folded = fold_ref(ref)
        ambiguous = self.ambiguous_instruments(folded)
        if ambiguous:
            return Lookup(None, None, instruments=ambiguous[0], rest=ambiguous[1])
        instrument_id, rest = self.split_instrument(folded)
        named = instrument_id if rest != folded else None
        eids, leftover = parse_reference(rest)
        known = [eid for eid in eids if f"{instrument_id}:{eid}" in self.provisions]
        if known and known[0] == eids[0] and not leftover:
            return Lookup(self.provisions[f"{instrument_id}:{known[0]}"], named, rest=rest)
        partial = self.provisions[f"{instrument_id}:{known[0]}"] if known else None
        return Lookup(None, named, partial=partial, rest=rest)

    def resolve(self, ref: str) -> m.Provision:
        """A provision from a full id or a typed reference: ``3``, ``art. 3``, ``palermo 3 a``…

        Every word counts: ``3 99`` is refused (art. 3 has no subdivision 99), never shown as art. 3."""
        found = self.lookup(ref)
        if found.provision is not None:
            return found.provision
        if found.instruments:
            raise UnknownIdError("provision", ref, self.suggest_in(found.instruments, found.rest),
                                 hint="trafficking law list", instruments=found.instruments,
                                 message=Msg.of("error.ambiguous.instrument", given=ref.strip()))
        instrument_id = found.instrument or DEFAULT_INSTRUMENT
        if found.partial is not None:
            suggestions = [found.partial.id, *(c.id for c in self.children(found.partial)),
                           *self._next_article(found.partial.instrument, found.rest)]
            raise UnknownIdError("provision", ref, suggestions, hint="trafficking law list",
                                 message=Msg.of("error.partial_reference", given=ref.strip(),
                                                known=self.bilingual_citation(found.partial)))
        has_number = bool(re.search(r"\d", ref))
        numbers = [p.num + ("*" if p.number_status != "attested" else "") for p in self.provisions.values()
                   if p.instrument == instrument_id and p.num and p.kind != "paragraph"]
        # the articles of the instrument read; none when the words before the number name no instrument we know
        # (« code du travail 5 »): Loi n°2012-023's articles would answer a question nobody asked
        unnamed = found.instrument is None and not _starts_an_article(fold_ref(ref).split()[0] if ref.strip() else "")
        known = [instrument_id, *numbers] if has_number and numbers and not unnamed else []
        hint = "trafficking law list" if has_number or not ref.strip() else "trafficking search " + ref.strip()
        within = [found.instrument] if found.instrument else None
        raise UnknownIdError("provision", ref, self._subdivisions_of(instrument_id, found.rest)
                             or self.suggest_provisions(ref, within=within), hint=hint, known=known)

    def _subdivisions_of(self, instrument_id: str, rest: str) -> list[str]:
        """An article the corpus knows only by its subdivisions (ILO C182 art. 3: a), b-d)): those."""
        eids, leftover = parse_reference(rest)
        if len(eids) != 1 or leftover:
            return []
        prefix = f"{instrument_id}:{eids[0]}__"
        return [ident for ident in self.provisions if ident.startswith(prefix)]

    def _next_article(self, instrument_id: str, rest: str) -> list[str]:
        """``3 4``: art. 4 too, when it exists (the user may have meant two articles: one command each)."""
        tokens = [t for t in rest.split() if t not in ARTICLE_WORDS and t not in PARAGRAPH_WORDS]
        if len(tokens) == 2 and re.fullmatch(r"\d+(-\d+)*", tokens[1]):
            other = f"{instrument_id}:art_{tokens[1]}"
            return [other] if other in self.provisions else []
        return []

    def split_instrument(self, folded: str) -> tuple[str, str]:
        if ":" in folded:
            head, _, tail = folded.partition(":")
            if head in self.instruments:
                return head, tail
        tokens = folded.split()
        aliases = self.alias_map()
        for size in range(min(4, len(tokens)), 0, -1):
            words = tokens[:size]
            for candidate in (" ".join(words), "".join(words)):
                if candidate in aliases:
                    return aliases[candidate], " ".join(tokens[size:])
        # a near miss of a long alias (palerme → palermo), only before an article: « palerme 3 », « palerme art. 3 »
        if len(tokens) > 1 and len(tokens[0]) >= 5 and _starts_an_article(tokens[1]):
            close = self.near_alias(tokens[0])
            if close:
                return aliases[close], " ".join(tokens[1:])
        return DEFAULT_INSTRUMENT, folded

    def near_alias(self, word: str) -> str | None:
        """The long alias ``word`` misspells (palerme → palermo), or None."""
        import difflib  # only for a near miss: not on every lookup's start-up

        close = difflib.get_close_matches(word, [a for a in self.alias_map() if len(a) >= 5], n=1, cutoff=0.8)
        return close[0] if close else None

    def ambiguous_instruments(self, folded: str) -> tuple[list[str], str] | None:
        """« code pénal 244 », « cp 244 »: words that begin the aliases of several instruments and name
        none of them (``code penal 2001`` and ``code penal 2024``): those instruments, and the rest."""
        tokens = folded.split()
        aliases = self.alias_map()
        for size in range(min(3, len(tokens)), 0, -1):
            head = " ".join(tokens[:size])
            if head in aliases or "".join(tokens[:size]) in aliases or not re.search(r"[a-z]", head):
                return None
            fits = {ident for alias, ident in aliases.items() if alias.startswith(head + " ")}
            rest = tokens[size:]
            if len(fits) > 1 and (not rest or _starts_an_article(rest[0])):  # not « code du travail 5 »
                order = sorted(fits, key=lambda i: (self.instruments[i].in_force.start or "", i))
                return order, " ".join(tokens[size:])
        return None

    def instrument_named(self, given: str) -> str | None:
        """``--instrument``: an instrument by id, alias or near miss of an alias (palerme); None when none
        fits. A name that fits several (« code pénal ») is an error that names them."""
        if given in self.instruments:
            return given
        folded = fold_ref(given)
        aliases = self.alias_map()
        if folded in aliases or folded.replace(" ", "") in aliases:
            return aliases.get(folded) or aliases[folded.replace(" ", "")]
        ambiguous = self.ambiguous_instruments(folded)
        if ambiguous and not ambiguous[1]:
            raise UnknownIdError("instrument", given, ambiguous[0], hint="trafficking law list",
                                 instruments=ambiguous[0], message=Msg.of("error.ambiguous.instrument", given=given))
        close = self.near_alias(folded) if len(folded) >= 5 else None
        return aliases[close] if close else None

    def alias_map(self) -> dict[str, str]:
        aliases: dict[str, str] = {}
        for instrument in self.instruments.values():
            for alias in (instrument.id, *instrument.aliases):
                aliases.setdefault(fold_ref(alias), instrument.id)
                aliases.setdefault(fold_ref(alias).replace(" ", ""), instrument.id)
        return aliases

    def suggest_provisions(self, given: str, n: int = 3, within: list[str] | None = None) -> list[str]:
        """Provision ids whose id or citation looks like ``given``; only from ``within`` (the instrument the
        user named) when given: « palerme art 99 » never suggests an article of the Code pénal."""
        labels = {p.id: p.id for p in self.provisions.values() if not within or p.instrument in within}
        for p in self.provisions.values():
            if not within or p.instrument in within:
                labels[fold_ref(self.citation(p))] = p.id
        import difflib

        close = difflib.get_close_matches(fold_ref(given), list(labels), n=n, cutoff=0.5)
        return list(dict.fromkeys(labels[c] for c in close))

    def suggest_in(self, instruments: list[str], rest: str) -> list[str]:
        """The provisions ``rest`` names in each of ``instruments`` (« 244 » in CP 2001 and CP 2024)."""
        eids, _ = parse_reference(rest)
        return [f"{i}:{eid}" for i in instruments for eid in eids[:1] if f"{i}:{eid}" in self.provisions]

    def typed_ref(self, provision: m.Provision) -> str:
        """The shortest reference a user can type to get ``provision`` back (``palermo 3 a``, ``cp2001 244``)."""
        numbered = re.fullmatch(r"art_(.+?)(?:__para_(.+))?", provision.eid)
        if numbered is None:
            return provision.id
        number = " ".join(x for x in numbered.groups() if x)
        if provision.instrument == DEFAULT_INSTRUMENT:
            return number
        instrument = self.instruments[provision.instrument]
        alias = instrument.aliases[0] if instrument.aliases else provision.instrument
        return f"{alias} {number}"

    # ---- counters -----------------------------------------------------------------------
    def counts(self, instrument_id: str) -> dict[str, int | None]:
        """How much of an instrument is known, by status of its original text."""
        top = [p for p in self.provisions.values() if p.instrument == instrument_id and p.kind != "paragraph"]
        by_status = Counter(p.status for p in top)
        instrument = self.instruments[instrument_id]
        return {
            "provisions": len(top),
            "verbatim": by_status["verbatim"],
            "partial": by_status["partial"],
            "paraphrase": by_status["paraphrase"],
            "missing": by_status["missing"],
            "number_inferred": sum(p.number_status != "attested" for p in top),
            "known_article_count": instrument.known_article_count,
        }


def citation(short: str, provision: m.Provision, lang: str) -> str:
    if provision.num is None:
        heading = provision.heading.get(lang)
        return f"{short}, {heading}" if heading else f"{short}, {provision.eid}"
    mark = "" if provision.number_status == "attested" else " (probable)"
    word = "art." if provision.kind in ("article", "paragraph") else ""
    return f"{short}, {word} {_paragraph_style(provision.num)}{mark}".replace(",  ", ", ")


def _paragraph_style(num: str) -> str:
    """``"3 a"`` → ``3(a)``, ``"6 1"`` → ``6(1)``: how lawyers write a paragraph of an article."""
    head, _, tail = num.partition(" ")
    return f"{head}({tail.strip()})" if tail.strip() else num


def fold_ref(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("n°", " ").replace("°", " ")
    return re.sub(r"[\s]+", " ", re.sub(r"[.,;()\[\]]", " ", text)).strip()


def candidate_eids(rest: str) -> list[str]:
    """``art 3 al 2`` → [art_3__para_2, art_3]; ``324-12`` → [art_324-12]; ``art_3`` → [art_3]."""
    return parse_reference(rest)[0]


def parse_reference(rest: str) -> tuple[list[str], str]:
    """The eids ``rest`` may name, most precise first, and the words none of them accounts for:
    ``3 a`` → ([art_3__para_a, art_3], ""); ``3 a ii`` → ([art_3__para_a, art_3], "ii")."""
    rest = rest.strip()
    if re.fullmatch(EID_LIKE, rest):
        return [rest], ""
    rest = re.sub(r"\b(art|arts|article)(?=\d)", r"\1 ", rest)  # "art3" → "art 3"
    tokens = [t for t in rest.split() if t not in ARTICLE_WORDS and t not in PARAGRAPH_WORDS]
    if not tokens:
        return [], ""
    glued = re.fullmatch(r"(\d+(?:-\d+)*)([a-z])", tokens[0])  # "3a" / "3c"
    if glued:
        tokens = [glued.group(1), glued.group(2), *tokens[1:]]
    number = tokens[0]
    if not re.fullmatch(r"\d+(-\d+)*(bis|ter)?", number):
        return ([number], " ".join(tokens[1:])) if re.fullmatch(EID_LIKE, number) else ([], " ".join(tokens))
    article = f"art_{number}"
    if len(tokens) > 1 and re.fullmatch(r"[a-z0-9]{1,3}(-[a-z0-9]{1,3})?", tokens[1]):
        return [f"{article}__para_{tokens[1]}", article], " ".join(tokens[2:])
    return [article], " ".join(tokens[1:])


def _starts_an_article(token: str) -> bool:
    """``3``, ``art``, ``article``, ``art3``: what may follow an instrument's name in a reference."""
    return bool(re.match(r"\d", token)) or token in ARTICLE_WORDS or bool(re.fullmatch(r"(art|article)\d.*", token))


EID_LIKE = r"[a-z][a-z0-9_]*_[a-z0-9_-]+"


def _close(word: str, candidates: list[str]) -> list[str]:
    import difflib

    return difflib.get_close_matches(word, candidates, n=3, cutoff=0.5)


# ---- loading and cross-reference checks -----------------------------------------------------

def load(root: Path) -> Corpus:
    """Load and check everything under ``root``; raise DataError listing every problem."""
    corpus, problems = load_with_problems(root)
    if problems:
        command = f"trafficking validate --data-dir {root}"
        raise DataError(problems, hint=command)  # a command: the same in both languages, after "Try:" / "Essayez :"
    return corpus


def load_with_problems(root: Path) -> tuple[Corpus, list[Problem]]:
    from trafficking_cli.resources import discover

    from .schema_checklists import load_checklist
    from .schema_law import load_instrument
    from .schema_offences import load_offences, load_protection

    corpus, problems = Corpus(root=root), []
    law_files, checklist_files = discover(root)
    if not law_files:
        problems.append(Problem.of(str(root / "law"), None, "", Msg.of("data.no_law_files_found"),
                                   Msg.of("data.point_data_dir_at_folder")))
    if not checklist_files:
        problems.append(Problem.of(str(root / "checklists"), None, "",
                                   Msg.of("data.no_checklist_files_found"),
                                   Msg.of("data.copy_checklists_next_law")))
    for path in law_files:
        corpus.files.append(path)
        if path.stem == "offences":
            offences, found = load_offences(path)
            problems += found + _add_unique(corpus.offences, offences, path, "offence")
        elif path.stem == "protection":
            duties, found = load_protection(path)
            problems += found + _add_unique(corpus.duties, duties, path, "duty")
        else:
            instrument, provisions, found = load_instrument(path)
            problems += found
            if instrument is not None:
                problems += _add_instrument(corpus, instrument, provisions, path)
    for path in checklist_files:
        corpus.files.append(path)
        checklist, found = load_checklist(path)
        problems += found
        if checklist is not None:
            problems += _add_unique(corpus.checklists, [checklist], path, "checklist")
    if not problems:
        from .crossref import check_references

        problems += check_references(corpus)
    return corpus, problems


def _add_instrument(corpus: Corpus, instrument: m.Instrument, provisions: list[m.Provision],
                    path: Path) -> list[Problem]:
    problems = _add_unique(corpus.instruments, [instrument], path, "instrument")
    if path.stem != instrument.id:
        problems.append(Problem.of(str(path), None, "instrument.id",
                                   Msg.of("data.file_name_should_instrument_id", id=instrument.id)))
    for provision in provisions:
        if provision.id in corpus.provisions:
            problems.append(Problem.of(str(path), provision.line, f"provisions({provision.eid})",
                                       Msg.of("data.duplicate_provision_id", id=provision.id)))
        corpus.provisions[provision.id] = provision
    return problems


def _add_unique(target: dict, values: list, path: Path, what: str) -> list[Problem]:
    """``what``: the kind of thing (``data.duplicate_id.<what>`` says it)."""
    problems = []
    for value in values:
        if value.id in target:
            problems.append(Problem.of(str(path), getattr(value, "line", None) or None, f"id {value.id}",
                                       Msg.of(f"data.duplicate_id.{what}")))
        target[value.id] = value
    return problems


def _same_shape(cached: object) -> TypeGuard[Corpus]:
    """A Corpus with every field of this version's (a pickle of another layout is rebuilt, not trusted)."""
    return isinstance(cached, Corpus) and all(hasattr(cached, name) for name in fields(Corpus))


def load_cached(root: Path, cache_dir: Path | None) -> Corpus:
    """Like ``load`` but reuses a pickled copy when the data files have not changed."""
    if cache_dir is None:
        return load(root)
    from trafficking_cli.resources import discover

    from .cache import fingerprint, read_pickle, write_pickle

    law, checklists = discover(root)
    try:
        key = fingerprint(law + checklists)
    except OSError:  # a folder named *.yaml, an unreadable file: ``load`` reports it with file and reason
        return load(root)
    path = cache_dir / f"corpus-{key}.pickle"
    cached = read_pickle(path)
    if _same_shape(cached) and cached.root == root:
        return cached
    corpus = load(root)
    corpus.fingerprint = key
    write_pickle(path, corpus)
    return corpus
