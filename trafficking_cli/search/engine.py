"""Full-text search over the law and the checklists: the engine's one entry, ``search``, and the only module
that imports whoosh. Everything that needs whoosh is here; the rest of the engine is free of it:
- search_text: how a word is folded, stopped and stemmed (the rules; below, bound to whoosh's stemmers);
- search_query: typed text → a Plan, odd input, typed references (``art 3``, ``palermo 3``);
- search_docs: what is indexed for each provision and each checklist item;
- search_spell: "did you mean": the corpus vocabulary and corrections;
- search_rank: re-ranking of whoosh's best few, and tie-breaks;
- search_view: hits, snippets (cut from the corpus text, not from the index) and the JSON view.

The road: a typed reference goes straight to its provision through ``Corpus.resolve``; anything else is
parsed into a plan and becomes a whoosh query built here term by term (the user's text never reaches a
query parser). whoosh ranks with BM25F over per-field weights (a heading or a keyword outweighs the text);
search_rank then reorders its best few by word coverage, phrases and a prior.

Index lifecycle (measured in benchmarks/bench_search.py): an index persisted in the cache folder, keyed
by the content of the data files and of the search*.py modules, opens in about 2 ms where building one in
memory costs about 0.45 s on the shipped corpus, so the persisted index is used whenever a cache folder is
writable, and memory only when it is not. It is built in a private temporary folder and renamed into
place (atomic: two processes never see half an index; the loser of a race uses the winner's). A
corrupt, stale or unreadable cache is rebuilt without a word.
"""

from __future__ import annotations

import gc
import shutil
import tempfile
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
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

from trafficking_cli import models as m
from trafficking_cli.corpus.cache import clean_stale, fingerprint, new_digest, tmp_prefix
from trafficking_cli.privacy import file_is_ours

from . import rank as search_rank
from .docs import documents
from .query import Plan, SearchQueryError, Word, parse, resolve_reference, resolve_scope
from .rank import CANDIDATES, rerank
from .spell import VocabEntry, Vocabulary, corrections, read_vocabulary, suggestion, vocabulary, write_vocabulary
from .spell import edit_distance as edit_distance  # re-exported, as are Hit, Snippet and result_view
from .text import ELISIONS, WORD, normalizers, strip_accents
from .view import Hit as Hit
from .view import SearchResult, keys_for, make_hit, reference_result
from .view import Snippet as Snippet
from .view import result_view as result_view

KEEP_CACHED_INDEXES = 3  # other data trees (tests, --data-dir) keep their index too


# ---- analysis: search_text's rules with whoosh's Snowball stemmers and stop lists ------------------------

STOP_FR = frozenset(strip_accents(w) for w in stoplists["fr"]) | ELISIONS
STOP_EN = frozenset(stoplists["en"])
NORMS = normalizers(FrenchStemmer().stem, EnglishStemmer().stem, STOP_FR, STOP_EN)
norm_fr, norm_en, norm_exact = NORMS.fr, NORMS.en, NORMS.exact


class LegalFilter(Filter):
    """Fold, stop and stem in one step; stopped tokens keep their place for phrase queries."""

    is_morph = True

    def __init__(self, mode: str) -> None:
        self.mode = mode

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        normalize = NORMS.of(self.mode)
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


# ---- index lifecycle -------------------------------------------------------------------------------

class SearchIndex:
    """An opened whoosh index plus its vocabulary; ``origin`` is "cache" or "memory". It is also the
    ``Lexicon`` that search_spell consults: how words are normalised, and what the index holds."""

    norms = NORMS

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

    def doc_frequency(self, field: str, term: str) -> int:
        return self.searcher().doc_frequency(field, term)

    def words_starting(self, initial: str) -> list[VocabEntry]:
        if initial not in self._vocab and self.folder is not None:
            self._vocab[initial] = read_vocabulary(self.folder, initial)
        return self._vocab.get(initial, [])

    def close(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None


META = "meta.txt"  # beside whoosh's files: see write_meta


def index_key(corpus: Any) -> str:
    """The data files' content, the code of every module of this package and the whoosh version: any change
    means a new index (the analysis, in search/text.py, decides what an index holds as much as this file)."""
    code = new_digest()
    for module in sorted(p for p in Path(__file__).parent.iterdir() if p.suffix == ".py"):  # not glob: no fnmatch
        code.update(module.name.encode() + b"\0" + module.read_bytes())
    version = ".".join(map(str, whoosh.__version__))
    data = corpus.fingerprint or fingerprint(list(corpus.files))  # a cached corpus knows its own
    seed = f"{data}:{code.hexdigest()}:{version}"
    digest = new_digest()
    digest.update(seed.encode())
    return digest.hexdigest()[:24]


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
    return SearchIndex(ix, "memory", vocab=vocabulary(docs, norm_exact))


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
    if folder.exists():
        # Another process may have renamed its index into place since the first try: look again before
        # deleting (deleting a fresh index made the processes building at once lose every race).
        found = _open_persisted(folder, key)
        if found is not None:
            return found
        shutil.rmtree(folder, ignore_errors=True)  # corrupt or half-deleted: start again, silently
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
    # whoosh unpickles its table of contents: every file must be the user's own, writable by nobody else
    if not file_is_ours(folder) or not all(file_is_ours(f) for f in folder.iterdir()):
        return None
    stored_key, docs = read_meta(folder)
    if stored_key != key:
        return None
    # Read, not mapped: faster for a small index, and Windows cannot delete a file another process maps.
    storage = FileStorage(str(folder), readonly=True, supports_mmap=False)
    found = SearchIndex(storage.open_index(), "cache", folder)
    if found.searcher().doc_count_all() != docs:
        found.close()
        return None
    return found


def write_meta(folder: Path, key: str, docs: int) -> None:
    """What an index was built from and how many documents it holds: two lines (no json to import)."""
    (folder / META).write_text(f"{key}\n{docs}\n", encoding="utf-8")


def read_meta(folder: Path) -> tuple[str, int]:
    """The key and document count ``write_meta`` wrote; ValueError or OSError if the file is damaged."""
    key, docs = (folder / META).read_text(encoding="utf-8").split("\n")[:2]
    return key, int(docs)


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
        tmp = Path(tempfile.mkdtemp(dir=cache_dir, prefix=tmp_prefix("search")))  # 0700; names its builder
    except OSError:
        return None  # no writable cache: the caller builds in memory
    try:
        docs = list(documents(corpus))
        _fill(FileStorage(str(tmp)).create_index(make_schema()), docs)
        write_vocabulary(tmp, vocabulary(docs, norm_exact))
        write_meta(tmp, key, len(docs))
        for made in tmp.iterdir():  # whoosh's files follow the umask (0666 at umask 000): owner-only, as
            made.chmod(0o600)  # ``_open_checked`` requires before it lets whoosh unpickle anything
        tmp.rename(folder)
    except OSError:
        pass  # another process renamed its copy first (or the disk is full): use whatever is there
    found = _open_persisted(folder, key) or _open_persisted(tmp, key)
    if found is not None and found.folder == folder:
        shutil.rmtree(tmp, ignore_errors=True)
    _forget_old(cache_dir, keep=folder)
    return found


def _forget_old(cache_dir: Path, keep: Path) -> None:
    """Keep the few most recent indexes; drop temporary folders left by killed builds (``clean_stale``)."""
    try:
        indexes = sorted((p for p in cache_dir.glob("search-*") if p != keep),
                         key=lambda p: p.stat().st_mtime, reverse=True)
    except OSError:
        return
    for old in indexes[KEEP_CACHED_INDEXES - 1:]:
        shutil.rmtree(old, ignore_errors=True)
    clean_stale(cache_dir)


# ---- the whoosh query ---------------------------------------------------------------------------------

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
        terms = [t for t in map(NORMS.of(lang), phrase) if t]
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


def refine(searcher: Any, plan: Plan, groups: list[wq.Query], docnums: list[int]) -> dict[int, float]:
    """search_rank's factor per candidate, from which typed words and which phrases each one holds. Checked
    on the candidates only, by skipping through the postings: a phrase query over the whole index costs
    more than the search."""
    # One word: every candidate holds it, no need to look.
    word_matches = [matching(searcher, group, docnums) for group in groups] if len(groups) > 1 else []
    phrase_matches = [(matching(searcher, query, docnums), factor)
                      for phrase in plan.phrases for query, factor in phrase_queries(phrase)]
    return search_rank.refinements(docnums, word_matches, phrase_matches)


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


# ---- searching ----------------------------------------------------------------------------------------

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


def run(index: SearchIndex, corpus: Any, plan: Plan, *, limit: int, scope: str | None, lang: str) -> SearchResult:
    """Search one plan on one index: corrections, whoosh, re-ranking, snippets."""
    fixes = corrections(index, plan.words)
    groups = word_groups(plan, fixes)
    scope_filter = wq.Term("scope", scope) if scope else None
    searcher = index.searcher()
    results = searcher.search(wq.Or(groups), limit=None, filter=scope_filter)
    # Word coverage, phrases and priors re-rank whoosh's best few: they reorder, they do not rescue.
    top = results.top_n[:max(limit * 3, CANDIDATES)]
    factors = refine(searcher, plan, groups, [docnum for _, docnum in top])
    candidates = [(score, searcher.stored_fields(docnum)["id"], factors[docnum]) for score, docnum in top]
    keys = keys_for([*plan.words, *(Word(f) for f in fixes.values())], index.norms)
    hits = tuple(make_hit(corpus, doc_id, score, keys, lang) for score, doc_id in rerank(corpus, candidates, limit))
    return SearchResult(plan.query, len(results), hits, suggestion(plan.words, fixes), plan.notices, index.origin)
