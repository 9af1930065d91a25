"""How search sees a word: folded, stopped, stemmed. The rules live here, free of whoosh; search/engine.py hands in
whoosh's Snowball stemmers and stop lists (``normalizers``), since it is the only module that may import them.

Analysis, the part that decides what matches (software-notes §3.2):
- accents are folded BEFORE stemming, so ``mendicite`` and ``mendicité`` give the same stem;
- ``traite`` (trafficking) and ``traité(s)`` (treaty) are kept apart before folding, and ``traite`` is
  never stemmed (Snowball would merge it with ``traitement``);
- stop words are dropped with ``minsize=1``, so one-digit numbers survive;
- English text gets English stems; an unstemmed folded field (``exact``) serves prefixes (``mendic*``),
  "did you mean" and the test of whether a word exists as typed. It is not scored: at 10,000 provisions
  its postings cost 10-15 % of a query and the relevance set ranked the same without it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache, partial

from trafficking_cli.structs import frozen

WORD = re.compile(r"\w+")

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

Normalize = Callable[[str], str]  # a word as one kind of field sees it; "" for a stop word
Stem = Callable[[str], str]


def strip_accents(text: str) -> str:
    text = text.replace("œ", "oe").replace("æ", "ae")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=1 << 16)
def fold(word: str) -> str:
    """Lower case, accents folded, except the few words whose accent is their meaning (SENSES)."""
    lower = word.lower()
    return SENSES.get(lower) or strip_accents(lower)


def french_form(word: str, stem: Stem, stop: frozenset[str]) -> str:
    """French term: fold, drop stop words, stem. A past participle (``exploitée``) joins its noun."""
    folded = fold(word)
    if folded in stop:
        return ""
    if folded in NO_STEM or folded.isdigit():
        return folded
    stemmed = stem(folded)
    return stemmed[:-1] if len(stemmed) > 4 and stemmed.endswith("e") else stemmed


def english_form(word: str, stem: Stem, stop: frozenset[str]) -> str:
    folded = fold(word)
    if folded in stop:
        return ""
    if folded in NO_STEM or folded.isdigit():
        return folded
    folded = EN_VARIANTS.get(folded, folded)
    if ORGANISE.match(folded):  # Porter2 turns "organized" into "organ" (as in "removal of organs")
        return "organis"
    return stem(folded)


def exact_form(word: str, stop: frozenset[str]) -> str:
    folded = fold(word)
    return "" if folded in stop else folded


@frozen
class Normalizers:
    """One function per field kind, shared by the index, the query and the snippets."""

    fr: Normalize
    en: Normalize
    exact: Normalize
    forms: Callable[[str], tuple[str, str, str]]  # (exact, fr, en): one cache look-up per word of a snippet

    def of(self, mode: str) -> Normalize:
        return {"fr": self.fr, "en": self.en, "exact": self.exact}[mode]


def normalizers(stem_fr: Stem, stem_en: Stem, stop_fr: frozenset[str], stop_en: frozenset[str]) -> Normalizers:
    """The three normalisers, each cached: a corpus repeats its words, and so does every snippet."""
    cached = lru_cache(maxsize=1 << 16)
    norm_fr = cached(partial(french_form, stem=stem_fr, stop=stop_fr))
    norm_en = cached(partial(english_form, stem=stem_en, stop=stop_en))
    norm_exact = cached(partial(exact_form, stop=stop_fr | stop_en))

    def forms(raw: str) -> tuple[str, str, str]:
        return norm_exact(raw), norm_fr(raw), norm_en(raw)

    return Normalizers(norm_fr, norm_en, norm_exact, cached(forms))
