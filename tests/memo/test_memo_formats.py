"""Every memo format carries the same headings and cites the same provisions: those of the one outline
(issue 12 points 5 and 6). Markdown, the terminal and JSON here, for every scenario, in French and English;
DOCX and PDF are read back in test_memo_document.py (slow)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from trafficking_cli import cases, memo
from trafficking_cli.analysis.analyse import analyse
from trafficking_cli.memo.blocks import Heading

HERE = Path(__file__).parent
SCENARIOS = sorted((HERE.parent / "scenarios").glob("*.yaml")) + sorted((HERE / "cases").glob("*.yaml"))
# Four kinds of memo in the fast run (one offence and victim, co-accused, children, the law of the time);
# every other scenario, and English, with the slow tests (about 0.3 s each: analysis, outline, three formats).
FAST = {("kayes", "fr"), ("coaccuses", "fr"), ("talibes", "fr"), ("esclavage-2025", "fr")}
CASES = [pytest.param(p, lang, id=f"{p.stem}-{lang}",
                      marks=() if (p.stem, lang) in FAST else pytest.mark.slow)
         for lang in ("fr", "en") for p in SCENARIOS]
TODAY = date(2025, 3, 1)


def _memo(path: Path, corpus, lang: str) -> memo.Memo:  # type: ignore[no-untyped-def]
    return memo.build_memo(analyse(cases.load_case(path, corpus), corpus, TODAY), corpus, lang, drafts=True)


def _terminal(built: memo.Memo) -> str:
    from rich.console import Console

    from trafficking_cli.cli.ui.memo import render_memo

    console = Console(record=True, width=400, no_color=True)
    render_memo(console, built)
    return console.export_text()


def _in_order(needles: list[str], text: str) -> list[str]:
    """The needles missing from ``text`` or found out of order."""
    wrong, position = [], 0
    for needle in needles:
        found = text.find(needle, position)
        if found < 0:
            wrong.append(needle)
        else:
            position = found + len(needle)
    return wrong


@pytest.mark.parametrize(("path", "lang"), CASES)
def test_markdown_terminal_and_json_carry_the_outline(path: Path, lang: str, shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    built = _memo(path, shipped_corpus, lang)
    headings = [block.text for block in memo.outline(built) if isinstance(block, Heading)]
    citations = [provision.cite.citation for provision in built.annex]
    assert headings and citations

    markdown = memo.render_markdown(built)
    assert [line.lstrip("#").strip() for line in markdown.splitlines() if line.startswith("#")] == headings
    terminal = _terminal(built)
    assert _in_order(headings, terminal) == []
    for text in (markdown, terminal):
        assert [c for c in citations if c not in text] == []

    provisions = json.loads(memo.render_json(built))["provisions"]
    assert [p["citation"] for p in provisions] == citations
    assert [p["id"] for p in provisions] == [provision.cite.id for provision in built.annex]
