"""Whole-output snapshots of the key screens: what a user sees, compared exactly with tests/snapshots/*.txt.

A change of any byte of these screens fails here. When the change is intended, regenerate and read the diff:

    python -m pytest tests/cli/test_snapshots.py --update-golden && git diff tests/snapshots/

The screens are produced in-process at a fixed width (100 columns), without colour, on the shipped data,
with a fixed assessment date; paths of the temporary folder are written as <tmp>.
"""

from __future__ import annotations

from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
SNAPSHOTS = HERE.parent / "snapshots"
KAYES = str(HERE.parent / "scenarios" / "kayes.yaml")

# name: (command line, standard input or None)
SCREENS: dict[str, tuple[list[str], str | None]] = {
    "show-3.fr": (["show", "3"], None),
    "show-palermo-3.en": (["show", "palermo 3", "--lang", "en"], None),
    "elements-traite.fr": (["elements", "traite"], None),
    "elements.en": (["elements", "--lang", "en"], None),
    "search-mendicite.fr": (["search", "mendicité"], None),
    "checklist-item-A1.fr": (["checklist", "run", "A", "--new", "--case", "rp-snapshot"], "q\n"),
    "checklist-item-A1.en": (["checklist", "run", "A", "--new", "--case", "rp-snapshot", "--lang", "en"], "q\n"),
}
MEMO_HEADERS = {"memo-header-kayes.fr": ["--as-of", "2025-03-01"],
                "memo-header-kayes.en": ["--as-of", "2025-03-01", "--lang", "en"]}


def _compare(request: pytest.FixtureRequest, name: str, text: str) -> None:
    expected = SNAPSHOTS / f"{name}.txt"
    if request.config.getoption("--update-golden"):
        expected.write_text(text, encoding="utf-8")
    assert expected.exists(), f"missing {expected.name}: run pytest --update-golden and review the diff"
    assert text == expected.read_text(encoding="utf-8"), (
        f"{expected.name} differs from this output (review it; if intended: pytest --update-golden):\n{text}")


def _screen(invoke, tmp_path: Path, args: list[str], stdin: str | None) -> str:  # type: ignore[no-untyped-def]
    # A relative case folder: the screens do not change with the length of the temporary folder's path.
    env = {"COLUMNS": "100", "TRAFFICKING_HOME": "home"}
    result = invoke(*args, input=stdin, env=env)
    assert result.exit_code == 0, result.output
    return result.output.replace(str(tmp_path), "<tmp>")


@pytest.mark.parametrize("name", SCREENS)
def test_key_screen(name: str, invoke, tmp_path: Path, request: pytest.FixtureRequest, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    args, stdin = SCREENS[name]
    _compare(request, name, _screen(invoke, tmp_path, args, stdin))


@pytest.mark.parametrize("name", MEMO_HEADERS)
def test_memo_header(name: str, invoke, tmp_path: Path, request: pytest.FixtureRequest, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The memo in the terminal up to its first numbered section: title, case, warnings."""
    monkeypatch.chdir(tmp_path)
    text = _screen(invoke, tmp_path, ["memo", KAYES, *MEMO_HEADERS[name]], None)
    lines = text.splitlines(keepends=True)
    first_section = next(i for i, line in enumerate(lines) if line.lstrip(" │┃").startswith("1."))
    _compare(request, name, "".join(lines[:first_section]))
