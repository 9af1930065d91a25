"""The charging memo: one model built from the analysis, rendered to every format from the same model.

- ``memo.model``: the memo as data (``Memo`` and its parts), every sentence resolved in one language;
- ``memo.build``: ``build_memo``, from the analysis to that model (the only place that words things);
- ``memo.outline``: the one outline (sections, their order and numbering, as ``memo.blocks``), decided once
  for every format, with ``memo.groups`` (victims sharing findings, caveats said once, sources ranked) and
  ``memo.labels`` (labels, never ids, in human formats);
- renderers map blocks to typography: ``memo.as_markdown`` (golden-tested), ``memo.as_docx``, ``memo.as_pdf``
  and, for the terminal, ``cli.ui.memo``; ``memo.as_json`` (contracts §4) lays out the model itself.

This module picks the renderer. Pure: no clock, no files, no printing.
"""

from __future__ import annotations

from .as_json import render_json
from .as_markdown import render_markdown
from .build import build_memo
from .model import Memo
from .outline import outline

# Only what the command line and the tests use through the package; the rest is imported from its own module.
__all__ = ["BINARY_FORMATS", "FORMATS", "Memo", "build_memo", "outline", "render", "render_json", "render_markdown"]

FORMATS = ("terminal", "md", "docx", "pdf", "json")
BINARY_FORMATS = ("docx", "pdf")


def render(memo: Memo, fmt: str) -> str | bytes:
    """The memo in ``fmt`` (md, json, docx, pdf); the terminal is ``cli.ui.memo.render_memo``."""
    if fmt == "md":
        return render_markdown(memo)
    if fmt == "json":
        return render_json(memo)
    if fmt == "docx":
        from .as_docx import render_docx  # lazy: python-docx is slow to import and only this format needs it

        return render_docx(memo)
    if fmt == "pdf":
        from .as_pdf import render_pdf  # lazy: fpdf2 likewise

        return render_pdf(memo)
    raise ValueError(fmt)
