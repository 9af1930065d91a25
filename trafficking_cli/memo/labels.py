"""Labels for readers: the memo never shows an internal id (``ml-loi-2012-023:art_1``, ``deces_victime``)
in a human format. Ids stay in the JSON, where scripts need them.

``Labels.human`` rewrites a sentence the analysis wrote with ids in it: a provision id becomes its citation
(and ``(id)`` after a citation that already says it disappears), an element, aggravation or offence id
becomes its label. Pure: a corpus and a language in, strings out.
"""

from __future__ import annotations

import re

from trafficking_cli.corpus.labels import fact_labels
from trafficking_cli.corpus.lookup import Corpus

PROVISION_ID = re.compile(r"\b[a-z]{2}-[a-z0-9-]+:[a-z0-9_]+(?:-[a-z0-9_]+)*\b")
# An id with an underscore is never an ordinary word; plain words (transport, force) are left alone.
SNAKE_ID = re.compile(r"\b[a-z0-9]+(?:_[a-z0-9]+)+\b")


class Labels:
    """What each id of the corpus is called in ``lang``."""

    def __init__(self, corpus: Corpus, lang: str) -> None:
        self.corpus, self.lang = corpus, lang
        # the same labels as every human screen (case show, the interview summary): corpus.labels
        self.words: dict[str, str] = {ident: label.get(lang) or ident for ident, label in fact_labels(corpus).items()}

    def citation(self, provision_id: str) -> str:
        p = self.corpus.provisions.get(provision_id)
        return self.corpus.citation(p, self.lang) if p else provision_id

    def word(self, ident: str) -> str:
        """An element, aggravation or offence id as the memo says it; an unknown id as it is."""
        return self.words.get(ident, ident)

    def human(self, text: str) -> str:
        """``text`` with every id replaced by what a reader calls it."""
        text = re.sub(r" \((" + PROVISION_ID.pattern + r")\)", "", text)
        text = PROVISION_ID.sub(lambda m: self.citation(m.group(0)), text)
        text = re.sub(r" \((" + SNAKE_ID.pattern + r")\)", lambda m: self._aside(m.group(1)), text)
        return SNAKE_ID.sub(lambda m: self.words.get(m.group(0), m.group(0)), text)

    def _aside(self, ident: str) -> str:
        """`` (id)`` after its own label is dropped; after anything else it becomes `` (label)``."""
        return "" if ident in self.words else f" ({ident})"
