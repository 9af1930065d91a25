"""What a search returns (hits with snippets) and its JSON view (contracts §4, plus fields of our own).

Snippets are cut from the corpus text, not from the index; a word is highlighted when one of the index's
normalisers sees it as a typed word or its correction (``Keys``): same stem, same folded spelling, or prefix.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from trafficking_cli import models as m
from trafficking_cli.structs import frozen

from .query import Word
from .text import WORD, Normalizers, fold

SNIPPET_CHARS = 220
CHECKLIST_CITATION = {"fr": "Liste {checklist}, {item}", "en": "Checklist {checklist}, {item}"}


@frozen
class Snippet:
    text: str = ""
    lang: str | None = None
    spans: tuple[tuple[int, int], ...] = ()


@frozen
class Hit:
    id: str
    kind: str  # "provision" | "checklist_item"
    score: float
    match: str  # "text" | "reference"
    snippet: Snippet = Snippet()


@frozen
class SearchResult:
    query: str
    total: int
    hits: tuple[Hit, ...]
    suggestion: str | None = None
    notices: tuple[str, ...] = ()
    origin: str = ""  # "cache" | "memory" | "reference": where the answer came from


# ---- which words of a text match ------------------------------------------------------------------

@frozen
class Keys:
    """What counts as a match, per normalisation: the typed words (and their corrections), to highlight."""

    exact: frozenset[str]
    fr: frozenset[str]
    en: frozenset[str]
    prefixes: tuple[str, ...]
    forms: Callable[[str], tuple[str, str, str]]  # a word of the text as (exact, fr, en)

    @property
    def starts(self) -> frozenset[str]:
        """The first three letters of every key: a stem starts like its word, so a word that starts
        otherwise cannot match, and the stemmers (the slow part of a snippet) never see it."""
        return frozenset(key[:3] for key in (*self.exact, *self.fr, *self.en, *self.prefixes))

    def matcher(self) -> Callable[[str], bool]:
        starts = self.starts

        def matches(raw: str) -> bool:
            folded = fold(raw)
            if folded[:3] not in starts:
                return False
            exact, fr, en = self.forms(raw)
            return bool(exact) and (exact in self.exact or fr in self.fr or en in self.en
                                    or exact.startswith(self.prefixes))

        return matches


def keys_for(words: list[Word], norms: Normalizers) -> Keys:
    plain = [w.raw for w in words if not w.prefix]
    return Keys(frozenset(filter(None, map(norms.exact, plain))), frozenset(filter(None, map(norms.fr, plain))),
                frozenset(filter(None, map(norms.en, plain))), tuple(fold(w.raw) for w in words if w.prefix),
                norms.forms)


# ---- hits -----------------------------------------------------------------------------------------

def reference_result(corpus: Any, query: str, provisions: list[m.Provision], lang: str,
                     notice: str | None = None) -> SearchResult:
    """The provisions named, each followed by its paragraphs."""
    found = []
    for provision in provisions:
        found += [provision, *corpus.children(provision)]
    unique = {p.id: p for p in found}.values()
    hits = tuple(Hit(p.id, "provision", 1.0, "reference", provision_snippet(p, None, lang)) for p in unique)
    return SearchResult(query, len(hits), hits, notices=(notice,) if notice else (), origin="reference")


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


# ---- snippets -------------------------------------------------------------------------------------

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
