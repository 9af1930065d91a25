"""The charging memo: one model built from the analysis, rendered to every format from the same model.

- ``memo_model``: the memo as data (``Memo`` and its parts), every sentence resolved in one language;
- ``memo_build``: ``build_memo``, from the analysis to that model (the only place that words things);
- ``memo_outline``: the one outline (sections, their order and numbering, as ``memo_blocks``), decided once
  for every format, with ``memo_groups`` (victims sharing findings, caveats said once, sources ranked);
- renderers map blocks to typography: ``memo_markdown`` (golden-tested), ``memo_docx``, ``memo_pdf`` and,
  for the terminal, ``ui_memo``; ``memo_json`` (contracts §4) lays out the model itself.

This module keeps the public names in one place and picks the renderer. Pure: no clock, no files, no printing.
"""

from __future__ import annotations

from .memo_build import build_memo, penalty_summary
from .memo_json import MEMO_SCHEMA, memo_json, render_json
from .memo_markdown import render_markdown
from .memo_model import (
    Cite,
    Memo,
    MemoAggravation,
    MemoCharge,
    MemoConsidered,
    MemoDuty,
    MemoElement,
    MemoGap,
    MemoInstrument,
    MemoPenalty,
    MemoProvision,
)
from .memo_outline import outline

__all__ = [
    "BINARY_FORMATS", "FORMATS", "MEMO_SCHEMA",
    "Cite", "Memo", "MemoAggravation", "MemoCharge", "MemoConsidered", "MemoDuty", "MemoElement", "MemoGap",
    "MemoInstrument", "MemoPenalty", "MemoProvision",
    "build_memo", "memo_json", "outline", "penalty_summary", "render", "render_json", "render_markdown",
]

FORMATS = ("terminal", "md", "docx", "pdf", "json")
BINARY_FORMATS = ("docx", "pdf")


def render(memo: Memo, fmt: str) -> str | bytes:
    """The memo in ``fmt`` (md, json, docx, pdf); the terminal is ``ui_memo.render_memo``."""
    if fmt == "md":
        return render_markdown(memo)
    if fmt == "json":
        return render_json(memo)
    if fmt == "docx":
        from .memo_docx import render_docx  # lazy: python-docx is slow to import and only this format needs it

        return render_docx(memo)
    if fmt == "pdf":
        from .memo_pdf import render_pdf  # lazy: fpdf2 likewise

        return render_pdf(memo)
    raise ValueError(fmt)
