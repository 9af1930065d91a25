"""From what a person typed to what is looked for: a Plan of words, prefixes and phrases, or a reference.

Any text is read as words (whoosh operators are ignored, and the user is told); only input with nothing
searchable left fails, with a reason the CLI translates. A typed reference (``art 3``, ``palermo 3``,
``cp2024 324-12``) goes straight to its provision through the corpus, without the index.
"""

from __future__ import annotations

import re
from typing import Any

from trafficking_cli import models as m
from trafficking_cli.errors import ExitCode, TraffickingCliError, UnknownIdError
from trafficking_cli.i18n import Msg
from trafficking_cli.structs import frozen

from .text import WORD, fold

MAX_WORDS = 24  # a 5,000-character paste is searched on its first words, and says so
MAX_QUERY_CHARS = 5000
MAX_REFERENCE_CHARS = 40
PHRASE_MAX_WORDS = 8

OPERATORS = {"AND", "OR", "NOT", "&&", "||"}  # whoosh syntax, read as nothing (the user is told)


class SearchQueryError(TraffickingCliError):
    """The query holds nothing searchable; ``reason`` is a message key for the CLI to translate."""

    exit_code = ExitCode.USAGE

    def __init__(self, reason: str, query: str) -> None:
        super().__init__(Msg.of(f"search.error.{reason}"))
        self.reason = reason
        self.query = query


# ---- from typed text to a plan ----------------------------------------------------------------------

@frozen
class Word:
    raw: str
    prefix: bool = False


@frozen
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
    from trafficking_cli.corpus.lookup import ARTICLE_WORDS, EID_LIKE, PARAGRAPH_WORDS, fold_ref

    folded = fold_ref(text)
    if folded.partition(":")[0] in corpus.instruments or (re.fullmatch(EID_LIKE, folded) and re.search(r"\d", folded)):
        return True  # a full id (ml-loi-2012-023:art_3) or an eid (art_3)
    aliases = {part for alias in corpus.alias_map() for part in alias.split()}
    tokens = folded.split()
    known = ARTICLE_WORDS | PARAGRAPH_WORDS | aliases
    # a misspelt instrument first (« palerme art 3 ») reads as ``show`` reads it
    misspelt = bool(tokens) and tokens[0] not in known and len(tokens[0]) >= 5 and corpus.near_alias(tokens[0])
    return any(t[0].isdigit() for t in tokens) and all(
        t in known or REFERENCE_TOKEN.fullmatch(t) or (i == 0 and misspelt) for i, t in enumerate(tokens))


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
    from trafficking_cli.corpus.lookup import DEFAULT_INSTRUMENT, candidate_eids, fold_ref

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
    """``--instrument``: an instrument as ``show`` reads it (id, alias, near miss: palerme), or a checklist
    id (``B``). A name that fits several instruments (« code pénal ») is an error naming them."""
    from trafficking_cli.corpus.lookup import fold_ref

    if not given:
        return None
    found = corpus.instrument_named(given)
    if found is not None:
        return str(found)
    folded = fold_ref(given)
    for checklist_id in corpus.checklists:
        if folded in (checklist_id.lower(), f"checklist {checklist_id.lower()}", f"checklist:{checklist_id.lower()}"):
            return f"checklist:{checklist_id}"
    import difflib

    choices = [*corpus.instruments, *corpus.checklists]
    raise UnknownIdError("instrument", given, difflib.get_close_matches(given, choices, n=3, cutoff=0.4),
                         hint="trafficking law list")
