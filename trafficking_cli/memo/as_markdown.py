"""The charging memo as Markdown: deterministic, golden-tested (``tests/golden/*.md``).

Maps the outline's blocks (``memo.outline``) to Markdown; decides nothing about sections or numbering.
"""

from __future__ import annotations

from .blocks import Block, Bullets, Fields, Heading, PageBreak, Para, Quote, Table, quote_text
from .model import Memo
from .outline import outline

TONE_MARK = {"strong": "**{}**", "note": "*{}*", "alert": "**{}**", "warn": "⚠ {}", "draft": "*{}*"}


def render_markdown(memo: Memo) -> str:
    """Deterministic Markdown (golden-tested): same memo in, same bytes out."""
    parts = [p for p in (_block(memo, b) for b in outline(memo)) if p]
    return "\n".join(parts).rstrip("\n") + "\n"


def _block(memo: Memo, block: Block) -> str:
    if isinstance(block, Heading):
        return f"{'#' * (block.level + 1)} {_md(block.text)}\n"
    if isinstance(block, Para):
        return TONE_MARK.get(block.tone, "{}").format(_md(block.text)) + "\n"
    if isinstance(block, Bullets):
        mark = "- ⚠ " if block.tone == "warn" else "- "
        return "".join(f"{mark}{_md(item)}\n" for item in block.items)
    if isinstance(block, Fields):
        return _table([memo.label("field"), memo.label("value")], [list(row) for row in block.rows])
    if isinstance(block, Table):
        return _table(list(block.headers), [list(row) for row in block.rows])
    if isinstance(block, Quote):
        return f"> {_md(quote_text(block.text, block.is_law))}\n"
    if isinstance(block, PageBreak):
        return ""
    raise TypeError(block)


def _md(text: str) -> str:
    """One line, with the table separator escaped: any text is safe in a cell or a list item."""
    return " ".join(str(text).split()).replace("|", "\\|")


def _table(headers: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(_md(h) for h in headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(_md(c) if c else "—" for c in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"
