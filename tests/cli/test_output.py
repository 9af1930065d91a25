"""``output.emit``: JSON, the terminal screen, or one record per line in a pipe; a pager for long screens."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
from pathlib import Path

import pytest

from trafficking_cli import resources
from trafficking_cli.cli.app import main
from trafficking_cli.cli.env import Environment


def _copy_with_a_misspelt_key(tmp_path: Path) -> Path:
    root = resources.data_root()
    shutil.copytree(root / "law", tmp_path / "law")
    shutil.copytree(root / "checklists", tmp_path / "checklists")
    law = tmp_path / "law" / "ml-loi-2012-023.yaml"
    text = law.read_text(encoding="utf-8")
    law.write_text(text.replace('  - eid: "art_1"', '  - eid: "art_1"\n    txt: {fr: "x"}', 1), encoding="utf-8")
    return tmp_path


def test_validate_in_a_pipe_prints_path_line_key_problem(invoke, tmp_path: Path) -> None:
    """As compilers and linters do, so that editors jump to the line; the count goes to stderr."""
    root = _copy_with_a_misspelt_key(tmp_path)
    result = invoke("validate", "--data-dir", str(root), tty=False)
    assert result.exit_code == 3
    line = next(li for li in result.stdout.splitlines() if ".txt" in li)
    assert re.fullmatch(r".*/law/ml-loi-2012-023\.yaml:\d+: provisions\[0\]\.txt: clé inconnue "
                        r"\(vouliez-vous dire 'text' \?\)", line), line
    assert "problème(s)" in result.stderr and "│" not in result.stdout


def test_search_in_a_pipe_is_one_tab_separated_record_per_result(invoke) -> None:
    result = invoke("search", "mendicite", tty=False)
    assert result.exit_code == 0
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert rows and all(len(row) == 4 for row in rows)
    assert rows[0][0].startswith("ml-") and "│" not in result.stdout


def test_search_with_nothing_found_in_a_pipe_says_so_on_stderr(invoke) -> None:
    result = invoke("search", "zzzqqq", tty=False)
    assert result.stdout == "" and "Aucun résultat" in result.stderr


def test_case_list_in_a_pipe_is_one_line_per_case(invoke, tmp_path: Path) -> None:
    home = {"TRAFFICKING_HOME": str(tmp_path)}
    assert invoke("case", "new", "rp-1", env=home).exit_code == 0
    assert invoke("case", "new", "rp-2", env=home).exit_code == 0
    result = invoke("case", "list", env=home, tty=False)
    paths = [line.split("\t")[0] for line in result.stdout.splitlines()]
    assert [Path(p).name for p in paths] == ["rp-1.yaml", "rp-2.yaml"]


def test_case_list_in_a_pipe_keeps_its_columns_for_an_encrypted_or_broken_case(invoke, tmp_path: Path) -> None:
    from trafficking_cli import cases as case_module
    from trafficking_cli.cases import crypto

    home = {"TRAFFICKING_HOME": str(tmp_path)}
    assert invoke("case", "new", "rp-1", env=home).exit_code == 0
    assert invoke("case", "set", "rp-1", "reference", "RP 2026/1", env=home).exit_code == 0
    case_module.new_case_file(tmp_path / "cases" / "rp-2.enc", case_module.template_data(), "une phrase assez longue",
                              crypto.KdfParams(log2_n=10, r=8, p=1)).save()
    (tmp_path / "cases" / "rp-3.yaml").write_text("schema: [\n", encoding="utf-8")
    for lang, encrypted, invalid in (("fr", "chiffré", "invalide (case show)"),
                                     ("en", "encrypted", "invalid (case show)")):
        result = invoke("--lang", lang, "case", "list", env=home, tty=False)
        rows = [line.split("\t") for line in result.stdout.splitlines()]
        assert [len(row) for row in rows] == [7, 7, 7], rows
        plain, secret, broken = rows
        assert plain[1:6] == ["", "RP 2026/1", "", "V1", "0"]
        assert secret[1:6] == [encrypted, "", "", "", ""] and broken[1:6] == [invalid, "", "", "", ""]
        assert all(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", row[6]) for row in rows)


def test_json_is_the_same_in_a_pipe_and_a_terminal(invoke) -> None:
    piped, terminal = invoke("search", "mendicite", "--json", tty=False), invoke("search", "mendicite", "--json")
    assert piped.stdout == terminal.stdout and json.loads(piped.stdout)["results"]


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _paged_terminal(paged: Path, lines: int) -> Environment:
    """A terminal ``lines`` high, 80 wide, whose pager writes what it is given to ``paged``."""
    return Environment(stdin=io.StringIO(), stdout=Terminal(), stderr=io.StringIO(),
                       environ={**os.environ, "NO_COLOR": "1", "COLUMNS": "80", "LINES": str(lines),
                                "TRAFFICKING_PAGER": "1", "PAGER": f"cat > {paged}"})


@pytest.mark.slow  # the pager is a process
def test_a_screen_taller_than_the_terminal_goes_through_the_pager(tmp_path: Path) -> None:
    paged = tmp_path / "paged.txt"
    env = _paged_terminal(paged, lines=10)
    assert main(["show", "3"], env) == 0
    assert "Loi n°2012-023, art. 3" in paged.read_text(encoding="utf-8")
    assert env.stdout.getvalue() == ""  # type: ignore[attr-defined]


def test_a_short_screen_is_printed_without_the_pager(tmp_path: Path) -> None:
    paged = tmp_path / "paged.txt"
    env = _paged_terminal(paged, lines=200)
    assert main(["show", "3"], env) == 0
    assert not paged.exists() and "Loi n°2012-023, art. 3" in env.stdout.getvalue()  # type: ignore[attr-defined]


def test_only_emit_chooses_between_json_and_the_terminal() -> None:
    """Issue 12 point 3: one ``emit()``; no command writes its own ``if as_json:`` branch."""
    import ast

    from trafficking_cli.cli import commands

    branches = [f"{path.name}:{node.lineno}" for path in sorted(Path(commands.__file__).parent.glob("*.py"))
                for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                if isinstance(node, ast.If) and "as_json" in ast.unparse(node.test)]
    assert branches == []


def test_checklist_show_and_validate_json_through_emit(invoke, tmp_path: Path) -> None:
    shown = json.loads(invoke("checklist", "show", "B", "--json").stdout)
    assert shown["id"] == "B" and shown["items"]
    checked = json.loads(invoke("validate", "--json").stdout)
    assert checked["problems"] == [] and checked["files"] > 0 and checked["root"]
