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
from trafficking_cli.structs import field, fields, mutable

DEFAULT_INSTRUMENT = "ml-loi-2012-023"
ARTICLE_WORDS = {"art", "arts", "article", "articles", "artikel"}
PARAGRAPH_WORDS = {"al", "alinea", "para", "paragraphe", "paragraph", "par", "lettre", "letter", "point"}


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
        from .typed import find_offence, suggest_offences

        found = find_offence(self.offences, offence_id)
        if found is None:
            raise UnknownIdError("offence", offence_id, suggest_offences(self.offences, offence_id),
                                 hint="trafficking elements")
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

    # ---- the forms people type ------------------------------------------------------------
    def find(self, ref: str) -> m.Provision | None:
        """The provision a typed reference names, or None (cheap: no suggestions are built)."""
        ref = ref.strip()
        if ref in self.provisions:
            return self.provisions[ref]
        instrument_id, rest = self.split_instrument(fold_ref(ref))
        for eid in candidate_eids(rest):
            found = self.provisions.get(f"{instrument_id}:{eid}")
            if found is not None:
                return found
        return None

    def resolve(self, ref: str) -> m.Provision:
        """A provision from a full id or a typed reference: ``3``, ``art. 3``, ``palermo 3 a``…"""
        found = self.find(ref)
        if found is not None:
            return found
        instrument_id, _ = self.split_instrument(fold_ref(ref))
        has_number = bool(re.search(r"\d", ref))
        known = [instrument_id] + [
            p.num + ("*" if p.number_status != "attested" else "") for p in self.provisions.values()
            if p.instrument == instrument_id and p.num and p.kind != "paragraph"] if has_number else []
        hint = "trafficking law list" if has_number or not ref.strip() else "trafficking search " + ref.strip()
        raise UnknownIdError("provision", ref, self.suggest_provisions(ref), hint=hint, known=known)

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
        # a near miss of a long alias (palerme → palermo), only before an article number
        if len(tokens) > 1 and len(tokens[0]) >= 5 and re.match(r"\d", tokens[1]):
            import difflib  # only for a near miss: not on every lookup's start-up

            close = difflib.get_close_matches(tokens[0], [a for a in aliases if len(a) >= 5], n=1, cutoff=0.8)
            if close:
                return aliases[close[0]], " ".join(tokens[1:])
        return DEFAULT_INSTRUMENT, folded

    def alias_map(self) -> dict[str, str]:
        aliases: dict[str, str] = {}
        for instrument in self.instruments.values():
            for alias in (instrument.id, *instrument.aliases):
                aliases.setdefault(fold_ref(alias), instrument.id)
                aliases.setdefault(fold_ref(alias).replace(" ", ""), instrument.id)
        return aliases

    def suggest_provisions(self, given: str, n: int = 3) -> list[str]:
        labels = {p.id: p.id for p in self.provisions.values()}
        for p in self.provisions.values():
            labels[fold_ref(self.citation(p))] = p.id
        import difflib

        close = difflib.get_close_matches(fold_ref(given), list(labels), n=n, cutoff=0.5)
        return list(dict.fromkeys(labels[c] for c in close))

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
    rest = rest.strip()
    if re.fullmatch(EID_LIKE, rest):
        return [rest]
    rest = re.sub(r"\b(art|arts|article)(?=\d)", r"\1 ", rest)  # "art3" → "art 3"
    tokens = [t for t in rest.split() if t not in ARTICLE_WORDS and t not in PARAGRAPH_WORDS]
    if not tokens:
        return []
    glued = re.fullmatch(r"(\d+(?:-\d+)*)([a-z])", tokens[0])  # "3a" / "3c"
    if glued:
        tokens = [glued.group(1), glued.group(2), *tokens[1:]]
    number = tokens[0]
    if not re.fullmatch(r"\d+(-\d+)*(bis|ter)?", number):
        return [number] if re.fullmatch(EID_LIKE, number) else []
    article = f"art_{number}"
    if len(tokens) > 1 and re.fullmatch(r"[a-z0-9]{1,3}", tokens[1]):
        return [f"{article}__para_{tokens[1]}", article]
    return [article]


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
