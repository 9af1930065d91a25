"""Did you mean: the corpus vocabulary (built with the index, kept beside it in small files) and the
correction of a typed word the corpus does not hold. Free of whoosh: it asks the index only what the
``Lexicon`` protocol below names."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from trafficking_cli import models as m

from .query import Word
from .text import WORD, Normalize, Normalizers, fold

VocabEntry = tuple[str, int, str]  # (folded word, document frequency, most common spelling)
Vocabulary = dict[str, list[VocabEntry]]  # first letter → its words, sorted


class Lexicon(Protocol):
    """What a correction needs from an index: how it normalises, and what it holds."""

    norms: Normalizers

    def doc_frequency(self, field: str, term: str) -> int: ...

    def words_starting(self, initial: str) -> list[VocabEntry]: ...


# ---- the vocabulary --------------------------------------------------------------------------------

def vocabulary(docs: list[dict[str, str]], norm_exact: Normalize) -> Vocabulary:
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


def read_vocabulary(folder: Path, initial: str) -> list[VocabEntry]:
    path = folder / _vocab_file(initial)
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    return [(w, int(df), spelling) for w, df, spelling in (x.split("\t") for x in lines)]


def _vocab_file(initial: str) -> str:
    return f"vocab-{ord(initial):x}.tsv"


# ---- corrections -----------------------------------------------------------------------------------

def corrections(index: Lexicon, words: tuple[Word, ...]) -> dict[str, str]:
    """Raw word → a real word of the corpus, for each word the corpus does not hold as typed."""
    found = {}
    for word in words:
        folded = index.norms.exact(word.raw)
        if word.prefix or len(folded) < 4 or folded.isdigit() or index.doc_frequency("exact", folded):
            continue
        best = closest(index, folded)
        if best is not None and (not stem_known(index, word.raw) or usual_spelling(index, word.raw, best)):
            found[word.raw] = best
    return found


def suggestion(words: tuple[Word, ...], fixes: dict[str, str]) -> str | None:
    """The query as it would read corrected (None when nothing was corrected)."""
    return " ".join(fixes.get(w.raw, w.raw) for w in words) if fixes else None


def stem_known(index: Lexicon, raw: str) -> bool:
    """Whether the stems already find the word (``exploitées`` is found through ``exploitation``)."""
    return any(index.doc_frequency(f"{kind}_{lang}", index.norms.of(lang)(raw))
               for kind in ("heading", "terms", "text") for lang in m.LANGS)


def usual_spelling(index: Lexicon, raw: str, candidate: str) -> bool:
    """For a word its stem already finds, suggest only the usual spelling of that very family
    (``mendicitée`` → ``mendicité``), never another word (``exploitées`` → ``exploiters``)."""
    norm_fr = index.norms.fr
    stem, target = norm_fr(raw), fold(candidate)
    if norm_fr(candidate) != stem:
        return False
    family = [(df, word) for word, df, _ in index.words_starting(target[0])
              if word[:3] == target[:3] and norm_fr(word) == stem]
    return max(family)[1] == target


def closest(index: Lexicon, folded: str) -> str | None:
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
