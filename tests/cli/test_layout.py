"""Screens fit the terminal at every width: no table cropped on its right, the memo paged like every long
screen, no trailing padding in a text file (review 2, defects 1, 2 and 16)."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from rich.console import Console
from rich.table import Table

from trafficking_cli.cli import output
from trafficking_cli.cli.app import main
from trafficking_cli.cli.env import Environment
from trafficking_cli.cli.ui.fit import fits

SCENARIOS = Path(__file__).resolve().parents[1] / "scenarios"
KAYES = str(SCENARIOS / "kayes.yaml")
TABLE_ROW = ("┏", "┃", "┡", "│", "├", "└")
TABLE_END = ("┓", "┃", "┩", "│", "┤", "┘")


def _cropped(text: str, width: int) -> list[str]:
    """Table lines that do not end on their right border, or lines wider than the terminal."""
    lines = text.splitlines()
    return [line for line in lines if len(line) > width
            or (line.startswith(TABLE_ROW) and not line.rstrip().endswith(TABLE_END))]


def test_a_column_that_rich_would_squeeze_below_its_minimum_does_not_fit() -> None:
    """rich shrinks a 41-character id column under its min_width, then crops the whole table on the right."""
    table = Table()
    table.add_column("#", width=3)
    table.add_column("Référence", min_width=41, max_width=41, overflow="fold")
    table.add_column("Statut", width=12)
    table.add_column("Extrait", ratio=1, overflow="fold")
    table.add_column("Score", width=5)
    table.add_row("1", "ml-cp-2024:traite_personnes_non_localisee", "verbatim", "mot " * 200, "52.6")
    assert not fits(Console(width=100, file=io.StringIO()), table)
    assert fits(Console(width=140, file=io.StringIO()), table)


@pytest.mark.parametrize("query", ["traite", "travail forcé", "esclavage", "trafic", "victime"])
@pytest.mark.parametrize("width", [90, 100, 110, 120, 130])
def test_search_results_are_never_cropped(invoke, query: str, width: int) -> None:
    """Whole table (with its Score column) or one block per result: never a table cut on the right."""
    text = invoke("search", query, env={"COLUMNS": str(width)}).stdout
    assert not _cropped(text, width), "\n".join(_cropped(text, width))
    if "┏" in text:
        assert "Score ┃" in text


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _paged(monkeypatch: pytest.MonkeyPatch, args: list[str], tty: bool = True, **environ: str) -> tuple[str, str]:
    """What the pager received, and what was printed straight to stdout."""
    paged: list[str] = []
    monkeypatch.setattr(output, "_page", lambda env, screen: paged.append(screen))
    env = Environment(stdin=io.StringIO(), stdout=Terminal() if tty else io.StringIO(), stderr=io.StringIO(),
                      environ={"NO_COLOR": "1", "COLUMNS": "80", "LINES": "24", "TRAFFICKING_HOME": os.devnull,
                               **environ})
    assert main(args, env) == 0, env.stderr.getvalue()  # type: ignore[attr-defined]
    return "".join(paged), env.stdout.getvalue()  # type: ignore[attr-defined]


@pytest.mark.parametrize("fmt", ["terminal", "md"])
def test_the_memo_on_a_terminal_goes_through_the_pager(monkeypatch: pytest.MonkeyPatch, fmt: str) -> None:
    paged, printed = _paged(monkeypatch, ["memo", KAYES, "--format", fmt, "--as-of", "2025-03-01"])
    assert printed == "" and paged.count("\n") > 100 and "Kayes" in paged


@pytest.mark.parametrize(("tty", "environ"), [(True, {"TRAFFICKING_PAGER": "0"}), (False, {})],
                         ids=["TRAFFICKING_PAGER=0", "pipe"])
@pytest.mark.parametrize("fmt", ["terminal", "md"])
def test_the_memo_is_not_paged_when_paging_is_off_or_piped(monkeypatch: pytest.MonkeyPatch, fmt: str, tty: bool,
                                                          environ: dict[str, str]) -> None:
    paged, printed = _paged(monkeypatch, ["memo", KAYES, "--format", fmt], tty=tty, **environ)
    assert paged == "" and printed.count("\n") > 100


def test_the_memo_as_json_is_never_paged(monkeypatch: pytest.MonkeyPatch) -> None:
    """As every --json: a program reads it."""
    paged, printed = _paged(monkeypatch, ["memo", KAYES, "--format", "json"])
    assert paged == "" and printed.startswith("{")


def test_a_memo_written_as_text_has_no_trailing_padding(invoke, tmp_path: Path) -> None:
    target = tmp_path / "note.txt"
    result = invoke("memo", KAYES, "--output", str(target))
    assert result.exit_code == 0, result.output
    lines = target.read_text(encoding="utf-8").splitlines()
    assert len(lines) > 100 and all(line == line.rstrip() for line in lines)
    assert max(len(line) for line in lines) <= 110


@pytest.mark.slow
@pytest.mark.skipif(os.name == "nt", reason="pexpect.spawn is POSIX only")
@pytest.mark.parametrize("fmt", ["terminal", "md"])
def test_the_memo_is_paged_in_a_real_terminal(tmp_path: Path, fmt: str) -> None:
    import sys

    pexpect = pytest.importorskip("pexpect")
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRAFFICKING_")}
    env |= {"COLUMNS": "100", "NO_COLOR": "1", "PAGER": "sed s/^/PAGER:/", "TRAFFICKING_HOME": str(tmp_path),
            "TRAFFICKING_CACHE_DIR": os.environ.get("TRAFFICKING_CACHE_DIR", "")}
    child = pexpect.spawn(sys.executable, ["-m", "trafficking_cli", "memo", KAYES, "--format", fmt], env=env,
                          encoding="utf-8", timeout=60, dimensions=(24, 100))
    child.expect(pexpect.EOF)
    lines = [line for line in child.before.splitlines() if line.strip()]
    assert len(lines) > 100 and all(line.startswith("PAGER:") for line in lines), lines[:5]
