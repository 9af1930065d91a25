"""Re-ranking: whoosh's best few candidates reordered by how much of the query they hold, whether its words
stand side by side, and a prior that settles near-ties. These factors reorder; they do not rescue a
document whoosh did not find. Free of whoosh: search/engine.py finds which candidates match what, this module
only weighs it."""

from __future__ import annotations

from collections import Counter
from typing import Any

from trafficking_cli import models as m

CANDIDATES = 40  # whoosh's best this many (at least) are re-ranked

# Small factors that decide near-ties: Malian law, then the law's own words, first. Larger ones: the
# provision that defines a term or an offence beats one that uses it in passing, and a provision with no
# known text (or a checklist item, which is not law) comes after one that can be read.
STATUS_PRIOR = {"verbatim": 1.03, "partial": 1.02, "paraphrase": 1.0, "missing": 0.8}
MALIAN_PRIOR = 1.05
DEFINITION_PRIOR = 1.3
OFFENCE_PRIOR = 1.15
CHECKLIST_PRIOR = 0.7
DEFINITION_WORDS = ("définition", "definition", "terminologie", "use of terms")


def refinements(docnums: list[int], word_matches: list[list[int]],
                phrase_matches: list[tuple[list[int], float]]) -> dict[int, float]:
    """A factor per candidate: the share of the typed words it holds (all of them beats some of them,
    however often), times the best bonus of a phrase it holds (words side by side as typed).

    ``word_matches`` has, per typed word, the candidates that hold it; with fewer than two words every
    candidate holds them all. ``phrase_matches`` has, per phrase query, its candidates and its bonus."""
    share = dict.fromkeys(docnums, 1.0)
    if len(word_matches) > 1:
        counts = Counter(docnum for found in word_matches for docnum in found)
        share = {docnum: counts[docnum] / len(word_matches) for docnum in docnums}
    bonus = dict.fromkeys(docnums, 1.0)
    for found, factor in phrase_matches:
        for docnum in found:
            bonus[docnum] = max(bonus[docnum], factor)
    return {docnum: share[docnum] * bonus[docnum] for docnum in docnums}


def rerank(corpus: Any, candidates: list[tuple[float, str, float]], limit: int) -> list[tuple[float, str]]:
    """(whoosh score, document id, refinement) → the best ``limit`` (score, id), the prior applied; equal
    scores go by id, so the order never depends on how whoosh happened to list them."""
    central = offence_provisions(corpus)
    scored = [(score * factor * prior(corpus, doc_id, central), doc_id) for score, doc_id, factor in candidates]
    return sorted(scored, key=lambda pair: (-pair[0], pair[1]))[:limit]


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
