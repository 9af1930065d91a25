"""The memo's building blocks: what the outline (``memo.outline``) produces and every renderer lays out.

A block says *what* a piece of the document is (a heading of some level, a table, a warning, the law's own
words); each renderer (Markdown, DOCX, PDF, terminal) decides only *how* it looks. Sections and their
numbering are decided once, in the outline, so the four formats cannot drift apart. Plain data: no rules.
"""

from __future__ import annotations

from dataclasses import dataclass

# Tones: how a renderer may colour or weight a piece of text. "" is plain body text.
# body: ""; note: small, grey; strong: bold; warn: a caveat (amber); alert: confidentiality (red);
# law: the law's own words; said: a paraphrase or summary, never dressed as the law;
# statuses (met, unmet, unknown, not_required, established, conditional, incomplete, not_established).
TONES = frozenset({"", "note", "strong", "warn", "alert", "law", "said", "draft",
                   "met", "unmet", "unknown", "not_required",
                   "established", "conditional", "incomplete", "not_established"})


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading; ``level`` 0 is the document's title, 1 a numbered part, 2 and 3 below it."""

    level: int
    text: str


@dataclass(frozen=True, slots=True)
class Para:
    text: str
    tone: str = ""


@dataclass(frozen=True, slots=True)
class Bullets:
    items: tuple[str, ...]
    tone: str = ""


@dataclass(frozen=True, slots=True)
class Fields:
    """Label → value lines (the court header): laid out as a two-column block without a header row."""

    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Table:
    """Column names and rows; ``tones[i]`` colours row i's cell in column ``tone_col`` (-1: none)."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[int, ...] = ()       # relative widths (PDF, DOCX); empty: equal
    tone_col: int = -1
    tones: tuple[str, ...] = ()
    dense: bool = False                # a long listing (victims, exhibits, sources): print may set it smaller


@dataclass(frozen=True, slots=True)
class Quote:
    """A provision's text: the law's own words (``is_law``) in « », a paraphrase in brackets and italics."""

    text: str
    is_law: bool


@dataclass(frozen=True, slots=True)
class PageBreak:
    """The conclusions stand on their own page(s) in print; screen formats ignore it."""


Block = Heading | Para | Bullets | Fields | Table | Quote | PageBreak


def quote_text(text: str, is_law: bool) -> str:
    """Only the law's own words get quotation marks; a paraphrase is never dressed as the text."""
    return f"« {text} »" if is_law else f"({text})"


def one_line(text: str) -> str:
    return " ".join(str(text).split())
