"""Full-text search over the law and the checklists. The only module that imports whoosh.

The road: ``parse`` turns what a person typed into a plan (words, prefixes, phrases, notices) and fails
only when nothing searchable is left; a typed reference (``art 3``, ``palermo 3``) goes straight to the
provision through ``Corpus.resolve``; anything else becomes a whoosh query built term by term (the
user's text never reaches a query parser). whoosh ranks with BM25F over per-field weights (a heading or
a keyword outweighs the text); its best few are then re-ranked by the share of typed words they hold,
a bonus when the words stand side by side, and a prior that settles near-ties: Malian law first, then
the law's own words, the provision that defines an offence before one that mentions it, checklist items
(which are not law) after the law. Snippets are cut from the corpus text, not from the index.

Analysis, the part that decides what matches (software-notes §3.2):
- accents are folded BEFORE stemming, so ``mendicite`` and ``mendicité`` give the same stem;
- ``traite`` (trafficking) and ``traité(s)`` (treaty) are kept apart before folding, and ``traite`` is
  never stemmed (Snowball would merge it with ``traitement``);
- stop words are dropped with ``minsize=1``, so one-digit numbers survive;
- English text gets English stems; an unstemmed folded field (``exact``) serves prefixes (``mendic*``),
  "did you mean" and the test of whether a word exists as typed. It is not scored: at 10,000 provisions
  its postings cost 10-15 % of a query and the relevance set ranked the same without it.

Index lifecycle (measured in benchmarks/bench_search.py): an index persisted in the cache folder, keyed
by the content of the data files and of this module, opens in about 2 ms where building one in memory
costs about 0.45 s on the shipped corpus, so the persisted index is used whenever a cache folder is
writable, and memory only when it is not. It is built in a private temporary folder and renamed into
place (atomic: two processes never see half an index; the loser of a race uses the winner's). A
corrupt, stale or unreadable cache is rebuilt without a word.
"""

from __future__ import annotations

import gc
import hashlib
import json
import re
import shutil
import tempfile
import unicodedata
import warnings
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import whoosh
from whoosh import query as wq
from whoosh.analysis import Filter, RegexTokenizer
from whoosh.fields import ID, TEXT, Schema
from whoosh.filedb.filestore import FileStorage, RamStorage
from whoosh.lang.snowball.english import EnglishStemmer
from whoosh.lang.snowball.french import FrenchStemmer
from whoosh.lang.stopwords import stoplists
from whoosh.scoring import BM25F

from . import models as m
from .cache import fingerprint
from .errors import ExitCode, TraffickingCliError, UnknownIdError

KEEP_CACHED_INDEXES = 3  # other data trees (tests, --data-dir) keep their index too
MAX_WORDS = 24  # a 5,000-character paste is searched on its first words, and says so
MAX_QUERY_CHARS = 5000
MAX_REFERENCE_CHARS = 40
CANDIDATES = 40  # whoosh's best this many are re-ranked
PHRASE_MAX_WORDS = 8

WORD = re.compile(r"\w+")
OPERATORS = {"AND", "OR", "NOT", "&&", "||"}  # whoosh syntax, read as nothing (the user is told)


class SearchQueryError(TraffickingCliError):
    """The query holds nothing searchable; ``reason`` is a message key for the CLI to translate."""

    exit_code = ExitCode.USAGE

    def __init__(self, reason: str, query: str) -> None:
        super().__init__(f"nothing to search in {query[:60]!r} ({reason})", "trafficking search mendicité")
        self.reason = reason
        self.query = query


# ---- normalisation: one function per field kind, shared by the index, the query and the snippets ----

# Before folding: words whose accent carries the meaning. ``traité`` (treaty) must not become ``traite``
# (trafficking); both are then kept unstemmed.
SENSES = {"traité": "traité", "traités": "traité", "traite": "traite", "traites": "traite"}
NO_STEM = {"traite", "traité"}
# English irregular and US spellings the data (British, singular) would otherwise miss.
EN_VARIANTS = {"children": "child", "women": "woman", "men": "man", "labor": "labour", "labors": "labour",
               "harboring": "harbouring", "harbor": "harbour"}
ORGANISE = re.compile(r"organi[sz]")
# Elided articles and pronouns (l', d', qu'…) that the tokenizer leaves as one-letter words.
ELISIONS = {"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu"}


def _strip_accents(text: str) -> str:
    text = text.replace("œ", "oe").replace("æ", "ae")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


STOP_FR = frozenset(_strip_accents(w) for w in stoplists["fr"]) | ELISIONS
STOP_EN = frozenset(stoplists["en"])
STOP_ALL = STOP_FR | STOP_EN


@lru_cache(maxsize=1 << 16)
def fold(word: str) -> str:
    """Lower case, accents folded, except the few words whose accent is their meaning (SENSES)."""
    lower = word.lower()
    return SENSES.get(lower) or _strip_accents(lower)


_FRENCH = FrenchStemmer()
_ENGLISH = EnglishStemmer()


@lru_cache(maxsize=1 << 16)
def norm_fr(word: str) -> str:
    """French term: fold, drop stop words, stem. A past participle (``exploitée``) joins its noun."""
    folded = fold(word)
    if folded in STOP_FR:
        return ""
    if folded in NO_STEM or folded.isdigit():
        return folded
    stem = _FRENCH.stem(folded)
    return stem[:-1] if len(stem) > 4 and stem.endswith("e") else stem


@lru_cache(maxsize=1 << 16)
def norm_en(word: str) -> str:
    folded = fold(word)
    if folded in STOP_EN:
        return ""
    if folded in NO_STEM or folded.isdigit():
        return folded
    folded = EN_VARIANTS.get(folded, folded)
    if ORGANISE.match(folded):  # Porter2 turns "organized" into "organ" (as in "removal of organs")
        return "organis"
    return _ENGLISH.stem(folded)


@lru_cache(maxsize=1 << 16)
def norm_exact(word: str) -> str:
    folded = fold(word)
    return "" if folded in STOP_ALL else folded


NORMALIZERS = {"fr": norm_fr, "en": norm_en, "exact": norm_exact}


class LegalFilter(Filter):
    """Fold, stop and stem in one step; stopped tokens keep their place for phrase queries."""

    is_morph = True

    def __init__(self, mode: str) -> None:
        self.mode = mode

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        normalize = NORMALIZERS[self.mode]
        for token in tokens:
            word = normalize(token.text)
            if word:
                token.text, token.stopped = word, False
                yield token
            elif not token.removestops:
                token.stopped = True
                yield token


def _analyzer(mode: str) -> Any:
    return RegexTokenizer(WORD.pattern) | LegalFilter(mode)


def make_schema() -> Schema:
    fr, en, exact = _analyzer("fr"), _analyzer("en"), _analyzer("exact")
    return Schema(
        id=ID(stored=True, unique=True), scope=ID(stored=True),
        heading_fr=TEXT(analyzer=fr), heading_en=TEXT(analyzer=en),
        terms_fr=TEXT(analyzer=fr, phrase=False), terms_en=TEXT(analyzer=en, phrase=False),
        text_fr=TEXT(analyzer=fr), text_en=TEXT(analyzer=en),
        aside_fr=TEXT(analyzer=fr, phrase=False), aside_en=TEXT(analyzer=en, phrase=False),
        exact=TEXT(analyzer=exact, phrase=False), cite=TEXT(analyzer=exact, phrase=False),
    )


# Query-time weights: a heading or a keyword outranks a passing mention in the text; help texts of
# checklist items (``aside``) count least; ``exact`` weighs prefix matches. Short fields are barely
# length-normalised (B); a keyword list is not at all.
BOOSTS = {"heading": 4.0, "terms": 3.0, "cite": 2.0, "text": 1.0, "aside": 0.4, "exact": 0.6}
PHRASE_FACTORS = {"heading": 1.3, "text": 1.15}
WEIGHTING = BM25F(B=0.75, K1=1.2, heading_fr_B=0.2, heading_en_B=0.2, terms_fr_B=0.0, terms_en_B=0.0,
                  cite_B=0.0)


# ---- documents: what is indexed for each provision and each checklist item ----------------------------

def documents(corpus: Any) -> Iterator[dict[str, str]]:
    labels = element_labels(corpus)
    for provision in corpus.provisions.values():
        yield provision_document(corpus, provision, labels.get(provision.id, ([], [])))
    for checklist in corpus.checklists.values():
        titles = {s.id: s.title for s in checklist.sections}
        for item in checklist.items:
            yield item_document(checklist, item, titles.get(item.section, m.EMPTY))


def element_labels(corpus: Any) -> dict[str, tuple[list[str], list[str]]]:
    """Offence names and element labels, attached to the provisions they rest on."""
    labels: dict[str, tuple[list[str], list[str]]] = {}

    def attach(provision_ids: tuple[str, ...], label: m.Bilingual) -> None:
        for pid in provision_ids:
            fr, en = labels.setdefault(pid, ([], []))
            fr.append(label.fr or "")
            en.append(label.en or "")

    for offence in corpus.offences.values():
        attach(offence.provisions, offence.name)
        for group in offence.elements:
            for item in group.items:
                attach(group.provisions, item.label)
    return labels


def provision_document(corpus: Any, p: m.Provision, labels: tuple[list[str], list[str]]) -> dict[str, str]:
    instrument = corpus.instruments[p.instrument]
    parent = corpus.provisions.get(f"{p.instrument}:{p.parent}") if p.parent else None
    # Names of the instrument and the article number only: a heading or an eid here would count twice.
    number = f"art {p.num}" if p.num else ""
    cite = " ".join([instrument.short.fr or "", instrument.short.en or "", number, *instrument.aliases])
    doc = {"id": p.id, "scope": p.instrument, "cite": cite}
    for i, lang in enumerate(m.LANGS):
        heading, keywords = own_heading_and_keywords(p, parent, lang)
        doc[f"heading_{lang}"] = heading
        doc[f"terms_{lang}"] = " ".join([*keywords, *labels[i]])
        doc[f"text_{lang}"] = p.text.get(lang, fallback=False) or ""
    doc["exact"] = " ".join(doc[f"{f}_{lang}"] for f in ("heading", "terms", "text") for lang in m.LANGS)
    return doc


def own_heading_and_keywords(p: m.Provision, parent: m.Provision | None, lang: str) -> tuple[str, list[str]]:
    """A paragraph's own heading and keywords: when they are copies of its article's, the article owns
    them, so "rapatriement" finds art. 8 rather than its six paragraphs."""
    heading = p.heading.get(lang, fallback=False) or ""
    keywords = list(p.keywords.get(lang, ()))
    if parent is not None:
        if heading == (parent.heading.get(lang, fallback=False) or ""):
            heading = ""
        if keywords == list(parent.keywords.get(lang, ())):
            keywords = []
    return heading, keywords


def item_document(checklist: m.Checklist, item: m.Item, section: m.Bilingual) -> dict[str, str]:
    doc = {"id": item.key, "scope": f"checklist:{checklist.id}", "cite": f"{checklist.id} {item.id}"}
    for lang in m.LANGS:
        options = " ".join(o.label.get(lang) or "" for o in item.options)
        doc[f"text_{lang}"] = f"{item.text.get(lang) or ''} {options}"
        doc[f"aside_{lang}"] = " ".join([item.help.get(lang) or "", section.get(lang) or "",
                                         checklist.title.get(lang) or ""])
    doc["exact"] = " ".join(doc[f"{f}_{lang}"] for f in ("text", "aside") for lang in m.LANGS)
    return doc


Vocabulary = dict[str, list[tuple[str, int, str]]]  # first letter → [(folded word, doc frequency, spelling)]


def vocabulary(docs: list[dict[str, str]]) -> Vocabulary:
    """Every word of the corpus with its document frequency and its most common spelling, by first letter:
    the material for "did you mean" (a typo is looked up among the words that start like it)."""
    frequency: Counter[str] = Counter()
    spellings: dict[str, Counter[str]] = {}
    for doc in docs:
        seen = set()
        for raw in WORD.findall(doc["exact"]):
            word = norm_exact(raw)
            if len(word) < 3 or word.isdigit():
                continue
            spellings.setdefault(word, Counter())[raw.lower()] += 1
            seen.add(word)
        frequency.update(seen)
    by_initial: Vocabulary = {}
    for word in sorted(frequency):
        by_initial.setdefault(word[0], []).append((word, frequency[word], spellings[word].most_common(1)[0][0]))
    return by_initial


def write_vocabulary(folder: Path, vocab: Vocabulary) -> None:
    """One small file per first letter, so that a typo loads one of them, not the whole vocabulary."""
    for initial, words in vocab.items():
        lines = "".join(f"{word}\t{df}\t{spelling}\n" for word, df, spelling in words)
        (folder / _vocab_file(initial)).write_text(lines, encoding="utf-8")


def _vocab_file(initial: str) -> str:
    return f"vocab-{ord(initial):x}.tsv"


# ---- index lifecycle -------------------------------------------------------------------------------

class SearchIndex:
    """An opened whoosh index plus its vocabulary; ``origin`` is "cache" or "memory"."""

    def __init__(self, ix: Any, origin: str, folder: Path | None = None, vocab: Vocabulary | None = None) -> None:
        self.ix = ix
        self.origin = origin
        self.folder = folder
        self._vocab: Vocabulary = vocab if vocab is not None else {}
        self._searcher: Any = None

    def searcher(self) -> Any:
        if self._searcher is None:
            self._searcher = self.ix.searcher(weighting=WEIGHTING)
        return self._searcher

    def words_starting(self, initial: str) -> list[tuple[str, int, str]]:
        if initial not in self._vocab and self.folder is not None:
            path = self.folder / _vocab_file(initial)
            lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
            self._vocab[initial] = [(w, int(df), spelling) for w, df, spelling in (x.split("\t") for x in lines)]
        return self._vocab.get(initial, [])

    def close(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None


def index_key(corpus: Any) -> str:
    """The data files' content, this module's code and the whoosh version: any change means a new index."""
    code = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()
    version = ".".join(map(str, whoosh.__version__))
    seed = f"{fingerprint(list(corpus.files))}:{code}:{version}"
    return hashlib.sha256(seed.encode()).hexdigest()[:24]


class PrivateRamStorage(RamStorage):
    """whoosh's RamStorage spills to a shared folder, ``<tmp>/MAIN.tmp``, and deletes it when done: two
    processes building at once delete each other's files. This one spills to a folder of its own."""

    def __init__(self) -> None:
        super().__init__()
        self.spill: Path | None = None

    def temp_storage(self, name: str | None = None) -> Any:
        if self.spill is None:
            self.spill = Path(tempfile.mkdtemp(prefix="trafficking-search-"))
        return FileStorage(str(self.spill / (name or "tmp"))).create()


def build_in_memory(corpus: Any) -> SearchIndex:
    docs = list(documents(corpus))
    storage = PrivateRamStorage()
    ix = storage.create_index(make_schema())
    try:
        _fill(ix, docs)
    finally:
        if storage.spill is not None:
            shutil.rmtree(storage.spill, ignore_errors=True)
    return SearchIndex(ix, "memory", vocab=vocabulary(docs))


def _fill(ix: Any, docs: list[dict[str, str]]) -> None:
    writer = ix.writer()
    for doc in docs:
        writer.add_document(**doc)
    writer.commit()


def open_index(corpus: Any, cache_dir: Path | None) -> SearchIndex:
    """The persisted index for this corpus, built first if needed; in memory when there is no cache."""
    if cache_dir is None:
        return build_in_memory(corpus)
    key = index_key(corpus)
    folder = cache_dir / f"search-{key}"
    found = _open_persisted(folder, key)
    if found is not None:
        return found
    if folder.exists():  # corrupt or half-deleted: start again, silently
        shutil.rmtree(folder, ignore_errors=True)
    return _persist(corpus, cache_dir, folder, key) or build_in_memory(corpus)


def _open_persisted(folder: Path, key: str) -> SearchIndex | None:
    with quiet_about_files():
        try:
            return _open_checked(folder, key)
        except Exception:  # whatever is wrong with a cache, the answer is "rebuild it"
            pass
        gc.collect()
    return None


def _open_checked(folder: Path, key: str) -> SearchIndex | None:
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    if meta.get("key") != key:
        return None
    # Read, not mapped: faster for a small index, and Windows cannot delete a file another process maps.
    storage = FileStorage(str(folder), readonly=True, supports_mmap=False)
    found = SearchIndex(storage.open_index(), "cache", folder)
    if found.searcher().doc_count_all() != meta.get("docs"):
        found.close()
        return None
    return found


@contextmanager
def quiet_about_files() -> Iterator[None]:
    """whoosh leaves a file open when it trips over a damaged segment; it is closed when the error is
    dropped, with a ResourceWarning nobody can act on. A damaged cache is rebuilt silently, so is this."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        yield


def _persist(corpus: Any, cache_dir: Path, folder: Path, key: str) -> SearchIndex | None:
    """Build in a private folder, then rename it into place: readers never see half an index."""
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(dir=cache_dir, prefix=".tmp-search-"))
    except OSError:
        return None  # no writable cache: the caller builds in memory
    try:
        docs = list(documents(corpus))
        _fill(FileStorage(str(tmp)).create_index(make_schema()), docs)
        write_vocabulary(tmp, vocabulary(docs))
        (tmp / "meta.json").write_text(json.dumps({"key": key, "docs": len(docs)}), encoding="utf-8")
        tmp.rename(folder)
    except OSError:
        pass  # another process renamed its copy first (or the disk is full): use whatever is there
    found = _open_persisted(folder, key) or _open_persisted(tmp, key)
    if found is not None and found.folder == folder:
        shutil.rmtree(tmp, ignore_errors=True)
    _forget_old(cache_dir, keep=folder)
    return found


def _forget_old(cache_dir: Path, keep: Path) -> None:
    """Keep the few most recent indexes; drop temporary folders left by a crash (an hour older than the
    index just built: the file system tells the time, the core does not read the clock)."""
    try:
        now = (keep / "meta.json").stat().st_mtime
        indexes = sorted((p for p in cache_dir.glob("search-*") if p != keep),
                         key=lambda p: p.stat().st_mtime, reverse=True)
        stale_tmp = [p for p in cache_dir.glob(".tmp-search-*") if now - p.stat().st_mtime > 3600]
    except OSError:
        return
    for old in [*indexes[KEEP_CACHED_INDEXES - 1:], *stale_tmp]:
        shutil.rmtree(old, ignore_errors=True)


# ---- from typed text to a plan ----------------------------------------------------------------------

@dataclass(frozen=True)
class Word:
    raw: str
    prefix: bool = False


@dataclass(frozen=True)
class Plan:
    query: str
    words: tuple[Word, ...]
    phrases: tuple[tuple[str, ...], ...]
    notices: tuple[str, ...] = ()


TOKEN = re.compile(r'"[^"]*"?|[^\s"]+')


def parse(query: str) -> Plan:
    """Read any text as words to look for; raise SearchQueryError only when nothing is left."""
    notices: list[str] = []
    text = query[:MAX_QUERY_CHARS].strip()
    words: list[Word] = []
    phrases: list[tuple[str, ...]] = []
    for chunk in TOKEN.findall(text):
        if chunk in OPERATORS:
            notices.append("operators_ignored")
            continue
        found = [Word(w, prefix=_is_prefix(chunk, w)) for w in WORD.findall(chunk.replace("_", " "))]
        if chunk.startswith('"') and len(found) > 1:
            phrases.append(tuple(w.raw for w in found))
        words += found
    words = list(dict.fromkeys(words))
    if len(words) > MAX_WORDS:
        words, notices = words[:MAX_WORDS], [*notices, "truncated"]
    if not words:
        reason = "operators_only" if notices else "wildcard_only" if "*" in text else "empty"
        raise SearchQueryError(reason, query)
    if len(words) > 1 and len(words) <= PHRASE_MAX_WORDS:
        phrases.insert(0, tuple(w.raw for w in words))
    return Plan(query, tuple(words), tuple(dict.fromkeys(phrases)), tuple(dict.fromkeys(notices)))


def _is_prefix(chunk: str, word: str) -> bool:
    """``mendic*`` asks for words starting with "mendic" (from three letters on: shorter ones match all)."""
    return chunk.rstrip('"').endswith(word + "*") and len(fold(word)) >= 3


# ---- typed references: art 3, article 7, palermo 3, cp2024 324-12 ----------------------------------------

REFERENCE_TOKEN = re.compile(r"(\d+(-\d+)*(bis|ter)?[a-z]?|[a-z]|[ivx]+|n)")


def looks_like_reference(corpus: Any, text: str) -> bool:
    """Every word is an article word, a number, a letter or an instrument alias, and one is a number."""
    from .corpus import ARTICLE_WORDS, EID_LIKE, PARAGRAPH_WORDS, fold_ref

    folded = fold_ref(text)
    if folded.partition(":")[0] in corpus.instruments or (re.fullmatch(EID_LIKE, folded) and re.search(r"\d", folded)):
        return True  # a full id (ml-loi-2012-023:art_3) or an eid (art_3)
    aliases = {part for alias in corpus.alias_map() for part in alias.split()}
    tokens = folded.split()
    known = ARTICLE_WORDS | PARAGRAPH_WORDS | aliases
    return any(t[0].isdigit() for t in tokens) and all(
        t in known or REFERENCE_TOKEN.fullmatch(t) for t in tokens)


def resolve_reference(corpus: Any, text: str, scope: str | None) -> tuple[list[m.Provision], str | None]:
    """The provisions a typed reference names, and a notice; ([], None) when it is not a reference."""
    text = text.strip()
    if len(text) > MAX_REFERENCE_CHARS or not looks_like_reference(corpus, text):
        return [], None
    if scope is not None and scope.startswith("checklist:"):
        return [], None  # checklist items are searched for their words
    if scope is not None:  # a filter: the reference is read inside it, and only there
        scoped = f"{scope} {text}"
        found = names_a_provision(corpus, scoped)
        return ([corpus.resolve(scoped)], None) if found else ([], "reference_not_found")
    if names_a_provision(corpus, text):
        return [corpus.resolve(text)], None
    elsewhere = number_in_any_instrument(corpus, text)
    return elsewhere, "reference_elsewhere" if elsewhere else "reference_not_found"


def names_a_provision(corpus: Any, ref: str) -> bool:
    """Whether ``corpus.resolve(ref)`` succeeds, without paying for the suggestions of its failure."""
    return corpus.find(ref) is not None


def number_in_any_instrument(corpus: Any, text: str) -> list[m.Provision]:
    """A bare number Loi 2012-023 does not have (``324-12``): the instruments that have it, Malian first."""
    from .corpus import DEFAULT_INSTRUMENT, candidate_eids, fold_ref

    folded = fold_ref(text)
    instrument_id, rest = corpus.split_instrument(folded)
    if instrument_id != DEFAULT_INSTRUMENT or rest != folded:
        return []  # an instrument was named: it does not have that article, and no other is meant
    eids = candidate_eids(rest)
    return [corpus.provisions[f"{i}:{eid}"] for i in _instrument_order(corpus) for eid in eids[:1]
            if f"{i}:{eid}" in corpus.provisions]


def _instrument_order(corpus: Any) -> list[str]:
    """Malian instruments first: the order of tie-breaks everywhere."""
    return sorted(corpus.instruments, key=lambda i: (corpus.instruments[i].jurisdiction != "ML", i))


def resolve_scope(corpus: Any, given: str | None) -> str | None:
    """``--instrument``: an instrument id or alias, or a checklist id (``B``)."""
    from .corpus import fold_ref

    if not given:
        return None
    if given in corpus.instruments:
        return given
    folded = fold_ref(given)
    aliases = corpus.alias_map()
    if folded in aliases:
        return aliases[folded]
    for checklist_id in corpus.checklists:
        if folded in (checklist_id.lower(), f"checklist {checklist_id.lower()}", f"checklist:{checklist_id.lower()}"):
            return f"checklist:{checklist_id}"
    import difflib

    choices = [*corpus.instruments, *corpus.checklists]
    raise UnknownIdError("instrument", given, difflib.get_close_matches(given, choices, n=3, cutoff=0.4),
                         hint="trafficking law list")


# ---- "did you mean" -----------------------------------------------------------------------------------

def corrections(index: SearchIndex, words: tuple[Word, ...]) -> dict[str, str]:
    """Raw word → a real word of the corpus, for each word the corpus does not hold as typed."""
    searcher = index.searcher()
    found = {}
    for word in words:
        folded = norm_exact(word.raw)
        if word.prefix or len(folded) < 4 or folded.isdigit() or searcher.doc_frequency("exact", folded):
            continue
        best = closest(index, folded)
        if best is not None and (not stem_known(searcher, word.raw) or usual_spelling(index, word.raw, best)):
            found[word.raw] = best
    return found


def stem_known(searcher: Any, raw: str) -> bool:
    """Whether the stems already find the word (``exploitées`` is found through ``exploitation``)."""
    return any(searcher.doc_frequency(f"{kind}_{lang}", NORMALIZERS[lang](raw))
               for kind in ("heading", "terms", "text") for lang in m.LANGS)


def usual_spelling(index: SearchIndex, raw: str, candidate: str) -> bool:
    """For a word its stem already finds, suggest only the usual spelling of that very family
    (``mendicitée`` → ``mendicité``), never another word (``exploitées`` → ``exploiters``)."""
    stem, target = norm_fr(raw), fold(candidate)
    if norm_fr(candidate) != stem:
        return False
    family = [(df, word) for word, df, _ in index.words_starting(target[0])
              if word[:3] == target[:3] and norm_fr(word) == stem]
    return max(family)[1] == target


def closest(index: SearchIndex, folded: str) -> str | None:
    """The most frequent word of the corpus within one edit (two from eight letters on), same first letter."""
    limit = 1 if len(folded) <= 7 else 2
    grams = bigrams(folded)
    # Each edit changes at most three letter pairs: fewer pairs in common rules a word out cheaply.
    needed = len(folded) - 1 - 3 * limit
    best: tuple[int, int, str] | None = None
    for word, df, spelling in index.words_starting(folded[0]):
        if abs(len(word) - len(folded)) > limit or (needed > 0 and len(grams & bigrams(word)) < needed):
            continue
        dist = edit_distance(folded, word, limit)
        if dist <= limit and (best is None or (dist, -df) < best[:2]):
            best = (dist, -df, spelling)
    return best[2] if best else None


@lru_cache(maxsize=1 << 16)
def bigrams(word: str) -> frozenset[str]:
    return frozenset(word[i:i + 2] for i in range(len(word) - 1))


def edit_distance(a: str, b: str, limit: int) -> int:
    """Damerau-Levenshtein (optimal string alignment), giving up above ``limit``."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = ca != cb
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


# ---- the whoosh query ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Keys:
    """What counts as a match, per normalisation: used for the query and for highlighting."""

    exact: frozenset[str]
    fr: frozenset[str]
    en: frozenset[str]
    prefixes: tuple[str, ...]

    @property
    def starts(self) -> frozenset[str]:
        """The first three letters of every key: a stem starts like its word, so a word that starts
        otherwise cannot match, and the stemmers (the slow part of a snippet) never see it."""
        return frozenset(key[:3] for key in (*self.exact, *self.fr, *self.en, *self.prefixes))

    def matcher(self) -> Any:
        starts = self.starts

        def matches(raw: str) -> bool:
            folded = fold(raw)
            if folded[:3] not in starts:
                return False
            exact, fr, en = forms(raw)
            return bool(exact) and (exact in self.exact or fr in self.fr or en in self.en
                                    or exact.startswith(self.prefixes))

        return matches


@lru_cache(maxsize=1 << 16)
def forms(raw: str) -> tuple[str, str, str]:
    """A word of the text as each field sees it (one cache look-up per word of a snippet)."""
    return norm_exact(raw), norm_fr(raw), norm_en(raw)


def keys_for(words: list[Word]) -> Keys:
    plain = [w.raw for w in words if not w.prefix]
    return Keys(frozenset(filter(None, map(norm_exact, plain))), frozenset(filter(None, map(norm_fr, plain))),
                frozenset(filter(None, map(norm_en, plain))), tuple(fold(w.raw) for w in words if w.prefix))


FIELD_KINDS = ("heading", "terms", "text", "aside")


def word_query(word: Word) -> wq.Query | None:
    """Every field a word can match in, each with its weight; None for a stop word (of either language)."""
    exact = norm_exact(word.raw)
    if not exact:
        return None
    if word.prefix:  # stems are prefixes too: "esclav*" finds the stem "esclavag" as well as "esclaves"
        fields = [f"{kind}_{lang}" for kind in FIELD_KINDS for lang in m.LANGS]
        return wq.Or([wq.Prefix(f, exact, boost=BOOSTS[f.split("_")[0]]) for f in fields]
                     + [wq.Prefix("exact", exact, boost=BOOSTS["exact"])])
    # Not the exact field: its postings are as long as the text's (+10-15 % per query at 10,000 provisions).
    terms = [wq.Term("cite", exact, boost=BOOSTS["cite"])]
    for lang, normalize in (("fr", norm_fr), ("en", norm_en)):
        term = normalize(word.raw)
        if term:
            terms += [wq.Term(f"{kind}_{lang}", term, boost=BOOSTS[kind]) for kind in FIELD_KINDS]
    return wq.Or(terms)


def phrase_queries(phrase: tuple[str, ...]) -> list[tuple[wq.Query, float]]:
    """The typed words side by side (a stop word or two apart), with the factor they earn: more in a
    heading than in the text."""
    found = []
    for kind, lang in (("heading", "fr"), ("heading", "en"), ("text", "fr"), ("text", "en")):
        terms = [t for t in map(NORMALIZERS[lang], phrase) if t]
        if len(terms) > 1:
            found.append((wq.Phrase(f"{kind}_{lang}", terms, slop=3), PHRASE_FACTORS[kind]))
    return found


def word_groups(plan: Plan, fixes: dict[str, str]) -> list[wq.Query]:
    """One query per word the user typed (the word or its correction), stop words left out."""
    groups = []
    for word in plan.words:
        forms = [word, Word(fixes[word.raw])] if word.raw in fixes else [word]
        alternatives = [q for q in map(word_query, forms) if q is not None]
        if alternatives:
            groups.append(wq.Or(alternatives))
    if not groups:
        raise SearchQueryError("stopwords_only", plan.query)
    return groups


def refinements(searcher: Any, plan: Plan, groups: list[wq.Query], docnums: list[int]) -> dict[int, float]:
    """A factor per candidate: the share of the typed words it holds (all of them beats some of them,
    however often), times a bonus when they stand side by side as typed. Checked on the candidates only,
    by skipping through the postings: a phrase query over the whole index costs more than the search."""
    factors = dict.fromkeys(docnums, 1.0)
    if len(groups) > 1:
        counts = Counter(docnum for group in groups for docnum in matching(searcher, group, docnums))
        factors = {docnum: counts[docnum] / len(groups) for docnum in docnums}
    bonus = dict.fromkeys(docnums, 1.0)
    for phrase in plan.phrases:
        for query, factor in phrase_queries(phrase):
            for docnum in matching(searcher, query, docnums):
                bonus[docnum] = max(bonus[docnum], factor)
    return {docnum: factors[docnum] * bonus[docnum] for docnum in docnums}


def matching(searcher: Any, query: wq.Query, docnums: list[int]) -> list[int]:
    """The documents among ``docnums`` that ``query`` matches."""
    matcher = query.matcher(searcher)
    found = []
    for docnum in sorted(docnums):
        if not matcher.is_active():
            break
        if matcher.id() < docnum:
            matcher.skip_to(docnum)
        if matcher.is_active() and matcher.id() == docnum:
            found.append(docnum)
    return found


# ---- ranking ------------------------------------------------------------------------------------------

# Small factors that decide near-ties: Malian law, then the law's own words, first. Larger ones: the
# provision that defines a term or an offence beats one that uses it in passing, and a provision with no
# known text (or a checklist item, which is not law) comes after one that can be read.
STATUS_PRIOR = {"verbatim": 1.03, "partial": 1.02, "paraphrase": 1.0, "missing": 0.8}
MALIAN_PRIOR = 1.05
DEFINITION_PRIOR = 1.3
OFFENCE_PRIOR = 1.15
CHECKLIST_PRIOR = 0.7
DEFINITION_WORDS = ("définition", "definition", "terminologie", "use of terms")


def prior(corpus: Any, doc_id: str, offence_provisions: set[str]) -> float:
    provision = corpus.provisions.get(doc_id)
    if provision is None:
        return CHECKLIST_PRIOR
    factor = MALIAN_PRIOR if corpus.instruments[provision.instrument].jurisdiction == "ML" else 1.0
    factor *= STATUS_PRIOR.get(provision.status, 1.0)
    if doc_id in offence_provisions:
        factor *= OFFENCE_PRIOR
    return factor * DEFINITION_PRIOR if is_definition(provision) else factor


def offence_provisions(corpus: Any) -> set[str]:
    """The provisions an offence is built on (its definition and its penalty)."""
    return {pid for offence in corpus.offences.values() for pid in offence.provisions}


def is_definition(provision: m.Provision) -> bool:
    words = " ".join([provision.heading.fr or "", provision.heading.en or "",
                      *provision.keywords.get("fr", ()), *provision.keywords.get("en", ())]).lower()
    return any(word in words for word in DEFINITION_WORDS)


# ---- results ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Snippet:
    text: str = ""
    lang: str | None = None
    spans: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Hit:
    id: str
    kind: str  # "provision" | "checklist_item"
    score: float
    match: str  # "text" | "reference"
    snippet: Snippet = Snippet()


@dataclass(frozen=True)
class SearchResult:
    query: str
    total: int
    hits: tuple[Hit, ...]
    suggestion: str | None = None
    notices: tuple[str, ...] = ()
    origin: str = ""  # "cache" | "memory" | "reference": where the answer came from


def search(corpus: Any, query: str, *, cache_dir: Path | None = None, limit: int = 10,
           instrument: str | None = None, lang: str = "fr", index: SearchIndex | None = None) -> SearchResult:
    """The CLI's one call: a reference goes straight to its provision, anything else is searched (on
    ``index`` when given, else on the cached index, else on one built in memory). Raises only
    SearchQueryError (nothing to search) and UnknownIdError (``instrument`` unknown)."""
    scope = resolve_scope(corpus, instrument)
    direct, notice = resolve_reference(corpus, query, scope)
    if direct:
        return reference_result(corpus, query, direct, lang, notice)
    plan = parse(query)
    if notice:  # it looked like a reference to nothing: say so, and search the words anyway
        plan = Plan(plan.query, plan.words, plan.phrases, (notice, *plan.notices))
    if index is not None:
        return run(index, corpus, plan, limit=limit, scope=scope, lang=lang)
    index = open_index(corpus, cache_dir)
    try:
        return run_or_rebuild(index, corpus, plan, cache_dir, limit=limit, scope=scope, lang=lang)
    finally:
        index.close()  # the result holds no reference to the index: its files can be closed now


def run_or_rebuild(index: SearchIndex, corpus: Any, plan: Plan, cache_dir: Path | None, *, limit: int,
                   scope: str | None, lang: str) -> SearchResult:
    """A damaged cache file can show up only when a query reads it: then rebuild, answer, never complain."""
    with quiet_about_files():
        try:
            return run(index, corpus, plan, limit=limit, scope=scope, lang=lang)
        except SearchQueryError:
            raise
        except Exception:
            if index.origin != "cache":
                raise
        index.close()
        gc.collect()
    if index.folder is not None:
        shutil.rmtree(index.folder, ignore_errors=True)
    rebuilt = open_index(corpus, cache_dir)
    try:
        return run(rebuilt, corpus, plan, limit=limit, scope=scope, lang=lang)
    finally:
        rebuilt.close()


def reference_result(corpus: Any, query: str, provisions: list[m.Provision], lang: str,
                     notice: str | None = None) -> SearchResult:
    """The provisions named, each followed by its paragraphs."""
    found = []
    for provision in provisions:
        found += [provision, *corpus.children(provision)]
    unique = {p.id: p for p in found}.values()
    hits = tuple(Hit(p.id, "provision", 1.0, "reference", provision_snippet(p, None, lang)) for p in unique)
    return SearchResult(query, len(hits), hits, notices=(notice,) if notice else (), origin="reference")


def run(index: SearchIndex, corpus: Any, plan: Plan, *, limit: int, scope: str | None, lang: str) -> SearchResult:
    """Search one plan on one index: corrections, whoosh, prior, snippets."""
    fixes = corrections(index, plan.words)
    groups = word_groups(plan, fixes)
    scope_filter = wq.Term("scope", scope) if scope else None
    searcher = index.searcher()
    results = searcher.search(wq.Or(groups), limit=None, filter=scope_filter)
    # Word coverage, phrases and priors re-rank whoosh's best few: they reorder, they do not rescue.
    top = results.top_n[:max(limit * 3, CANDIDATES)]
    factors = refinements(searcher, plan, groups, [docnum for _, docnum in top])
    central = offence_provisions(corpus)
    scored = []
    for score, docnum in top:
        doc_id = searcher.stored_fields(docnum)["id"]
        scored.append((score * factors[docnum] * prior(corpus, doc_id, central), doc_id))
    ranked = sorted(scored, key=lambda pair: (-pair[0], pair[1]))[:limit]
    keys = keys_for([*plan.words, *(Word(f) for f in fixes.values())])
    hits = tuple(make_hit(corpus, doc_id, score, keys, lang) for score, doc_id in ranked)
    suggestion = " ".join(fixes.get(w.raw, w.raw) for w in plan.words) if fixes else None
    return SearchResult(plan.query, len(results), hits, suggestion, plan.notices, index.origin)


def make_hit(corpus: Any, doc_id: str, score: float, keys: Keys, lang: str) -> Hit:
    provision = corpus.provisions.get(doc_id)
    if provision is not None:
        return Hit(doc_id, "provision", score, "text", provision_snippet(provision, keys, lang))
    item = checklist_item(corpus, doc_id)
    return Hit(doc_id, "checklist_item", score, "text", item_snippet(item, keys, lang) if item else Snippet())


def checklist_item(corpus: Any, key: str) -> m.Item | None:
    checklist_id, _, item_id = key.partition(".")
    checklist = corpus.checklists.get(checklist_id)
    return checklist.item(item_id) if checklist else None


# ---- snippets -----------------------------------------------------------------------------------------

SNIPPET_CHARS = 220


def provision_snippet(p: m.Provision, keys: Keys | None, lang: str) -> Snippet:
    return best_snippet([(code, p.text.get(code, fallback=False)) for code in _langs(lang)], keys)


def item_snippet(item: m.Item, keys: Keys, lang: str) -> Snippet:
    """The question with its options, else its help text: wherever the words were found."""
    texts = [(code, item_text(item, code)) for code in _langs(lang)]
    texts += [(code, item.help.get(code, fallback=False)) for code in _langs(lang)]
    return best_snippet(texts, keys)


def item_text(item: m.Item, lang: str) -> str | None:
    text = item.text.get(lang, fallback=False)
    options = [o.label.get(lang, fallback=False) or "" for o in item.options]
    return f"{text} [{' / '.join(options)}]" if text and options else text


def _langs(lang: str) -> tuple[str, str]:
    return (lang, "en" if lang == "fr" else "fr")


def best_snippet(texts: list[tuple[str, str | None]], keys: Keys | None) -> Snippet:
    """The first text (the reader's language first) that holds a matching word, cut around the matches;
    the first text at all when none does."""
    fallback = None
    matches = keys.matcher() if keys else None
    for code, text in texts:
        if not text:
            continue
        text = " ".join(text.split())  # the YAML's folded lines
        spans = [(w.start(), w.end()) for w in WORD.finditer(text) if matches and matches(w.group())]
        if spans:
            return cut(text, spans, code)
        fallback = fallback or cut(text, [], code)
    return fallback or Snippet()


def cut(text: str, spans: list[tuple[int, int]], lang: str) -> Snippet:
    """A window of about SNIPPET_CHARS around the densest run of matches, with "…" where text was cut."""
    start, end = 0, len(text)
    if len(text) > SNIPPET_CHARS * 1.2:  # a little over: show it whole rather than cut a word or two
        first = _densest(spans, SNIPPET_CHARS - 40)
        start = text.rfind(" ", 0, max(0, first - 40)) + 1 if first > 40 else 0
        end = min(len(text), start + SNIPPET_CHARS)
        if end < len(text):
            end = max(text.rfind(" ", start, end), start + 1)
    lead = "…" if start > 0 else ""
    tail = "…" if end < len(text) else ""
    shift = len(lead) - start
    kept = tuple((s + shift, e + shift) for s, e in spans if s >= start and e <= end)
    return Snippet(lead + text[start:end] + tail, lang, kept)


def _densest(spans: list[tuple[int, int]], width: int) -> int:
    """Where the window that holds the most matches starts (0 when nothing matched)."""
    best_start, best_count = 0, 0
    for i, (start, _) in enumerate(spans):
        count = sum(1 for s, _ in spans[i:] if s < start + width)
        if count > best_count:
            best_start, best_count = start, count
    return best_start


# ---- the JSON view (contracts §4, plus fields of our own) ----------------------------------------------

CHECKLIST_CITATION = {"fr": "Liste {checklist}, {item}", "en": "Checklist {checklist}, {item}"}


def result_view(corpus: Any, result: SearchResult, lang: str) -> dict[str, Any]:
    return {
        "query": result.query,
        "total": result.total,
        "suggestion": result.suggestion,
        "results": [hit_view(corpus, hit, lang) for hit in result.hits],
        # Additions to contracts §4:
        "notices": list(result.notices),
    }


def hit_view(corpus: Any, hit: Hit, lang: str) -> dict[str, Any]:
    provision = corpus.provisions.get(hit.id)
    view = provision_hit_view(corpus, provision, lang) if provision else item_hit_view(corpus, hit.id, lang)
    view.update({
        "score": round(hit.score, 2),
        "snippet": hit.snippet.text,
        # Additions to contracts §4: what kind of thing this is, how it was found, and where the matched
        # words are in the snippet (character offsets), in which language and with which status.
        "kind": hit.kind,
        "match": hit.match,
        "highlights": [list(span) for span in hit.snippet.spans],
        "snippet_lang": hit.snippet.lang,
        "snippet_status": snippet_status(provision, hit.snippet.lang) if provision else None,
    })
    return view


def provision_hit_view(corpus: Any, p: m.Provision, lang: str) -> dict[str, Any]:
    return {"id": p.id, "instrument": p.instrument, "article": p.num, "citation": corpus.citation(p, lang),
            "heading": p.heading.get(lang), "text_status": p.status, "checklist": None}


def item_hit_view(corpus: Any, key: str, lang: str) -> dict[str, Any]:
    """A checklist item: not law, so no instrument, no article and no text status."""
    checklist_id, _, item_id = key.partition(".")
    checklist = corpus.checklists[checklist_id]
    item = checklist.item(item_id)
    section = next((s.title for s in checklist.sections if item and s.id == item.section), m.EMPTY)
    citation = CHECKLIST_CITATION.get(lang, CHECKLIST_CITATION["fr"]).format(checklist=checklist_id, item=item_id)
    return {"id": key, "instrument": None, "article": None, "citation": citation, "heading": section.get(lang),
            "text_status": None, "checklist": checklist_id}


def snippet_status(p: m.Provision, snippet_lang: str | None) -> str | None:
    """The status of the words shown: the text's own (verbatim, paraphrase…) or our translation's."""
    if snippet_lang is None:
        return None
    return p.text_status.get(snippet_lang) or p.translation_status.get(snippet_lang)
