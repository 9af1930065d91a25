"""At 60 columns nothing is cut mid-word, and French punctuation never starts (or « ends) a line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

NARROW = {"COLUMNS": "60"}
SCREENS = [["show", "3"], ["show", "palermo 3"], ["elements", "traite"], ["elements", "mendicite"], ["elements"],
           ["law", "list"], ["checklist", "list"], ["search", "mendicite"], ["search", "traite"],
           ["--help"], ["show", "--help"], ["case", "--help"]]
BOX = "│┃║|╭╮╰╯─━ "


def _lines(output: str) -> list[str]:
    return [line.strip(BOX) for line in output.splitlines()]


@pytest.mark.parametrize("args", SCREENS, ids=" ".join)
def test_no_line_starts_with_french_closing_punctuation(invoke, args: list[str]) -> None:
    result = invoke(*args, env=NARROW)
    assert result.exit_code == 0, result.output
    for line in _lines(result.stdout):
        assert not re.match(r"[:;»!?]", line), line
        assert not line.endswith("«"), line


@pytest.mark.parametrize("offence", ["traite", "mendicite", "trafic_migrants"])
def test_every_element_id_is_whole_at_60_columns(invoke, shipped_corpus, offence: str) -> None:
    output = invoke("elements", offence, env=NARROW).stdout
    words = set(output.split())
    for group in shipped_corpus.offences[offence].elements:
        for item in group.items:
            assert item.id in words, f"{item.id} is cut"


@pytest.mark.parametrize("args", [["elements", "traite"], ["law", "list"], ["checklist", "list"], ["elements"]],
                         ids=" ".join)
def test_no_table_cell_is_cut_short_at_60_columns(invoke, args: list[str]) -> None:
    """rich marks a cut with "…": none of these screens has one of its own."""
    output = invoke(*args, env=NARROW).stdout
    assert not re.search(r"\w…", output), [line for line in output.splitlines() if re.search(r"\w…", line)]


def test_wide_terminals_keep_the_tables(invoke) -> None:
    assert "┏" in invoke("elements", "traite", env={"COLUMNS": "120"}).stdout


@pytest.mark.parametrize("args", [["elements"], ["elements", "traite"], ["elements", "trafic_migrants"],
                                  ["elements", "--lang", "en"]], ids=" ".join)
def test_labels_not_ids_in_human_output(invoke, args: list[str]) -> None:
    """``Loi n°2012-023, art. 4``, not ``ml-loi-2012-023:peine_trafic_migrants``; --json keeps the ids."""
    output = invoke(*args).stdout
    assert not re.search(r"\b(ml|un|oit)-[a-z0-9-]+:[a-z]", output), output
    assert "ml-loi-2012-023:" in invoke(*args, "--json").stdout


def test_guillemets_stay_with_their_words_in_the_memo(invoke) -> None:
    """« l’« enfant » » in a warning: neither guillemet is left alone at a line's end or start."""
    kayes = str(Path(__file__).resolve().parents[1] / "scenarios" / "kayes.yaml")
    result = invoke("memo", kayes, env=NARROW)
    assert result.exit_code == 0, result.output
    for line in _lines(result.stdout):
        assert not re.match(r"[:;»!?]", line), line
        assert not line.endswith("«"), line


@pytest.mark.parametrize("width", [40, 47, 53, 61, 72, 80])
def test_french_help_never_breaks_before_a_colon(invoke, width: int) -> None:
    for args in (["--help"], ["elements", "-h"], ["memo", "-h"], ["checklist", "run", "-h"]):
        for line in _lines(invoke(*args, env={"COLUMNS": str(width)}).stdout):
            assert not re.match(r"[:;»!?]", line) and not line.endswith("«"), (args, line)
