"""``case list`` never cuts or wraps a case name or the folder's path: they are typed back as they are."""

from __future__ import annotations

import pytest
from rich.console import Console

from trafficking_cli.cli.ui.case import render_case_list

NAME = "rp-2019-01-kayes-bamako-affaire-longue"
FOLDER = "/very/long/folder/path/that/is/longer/than/sixty/columns/trafficking/cases"


@pytest.mark.parametrize("width", [60, 80, 120])
def test_names_and_folder_whole_at_any_width(width):
    console = Console(width=width, record=True, color_system=None)
    rows = [{"name": NAME, "path": "/x", "encrypted": True, "modified": 0, "problem": None, "reference": None,
             "facts_date": None, "victims": [], "answers": 0},
            {"name": "rp-2", "path": "/y", "encrypted": False, "modified": 0, "problem": None,
             "reference": "RP 2019/0123", "facts_date": "2019-01-15", "victims": ["V1", "V2"], "answers": 12}]
    render_case_list(console, rows, FOLDER, "fr")
    text = console.export_text()
    assert NAME in text and "…" not in text
    assert FOLDER in text.replace("\n", "")  # the path may run past the edge, never be cut
