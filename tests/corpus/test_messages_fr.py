"""Data problems speak French by default (contracts §1) and English with --lang en.

Each check that finds a problem gives its message and hint in both languages; these tests catch a
check that gives English only, through the CLI (law, checklist, case) and over every broken example.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest
from conftest import copy_of_the_data

from trafficking_cli import cases as case
from trafficking_cli.corpus.schema_checklists import load_checklist
from trafficking_cli.corpus.schema_law import load_instrument
from trafficking_cli.corpus.schema_offences import load_offences
from trafficking_cli.errors import DataError
from trafficking_cli.i18n import Msg
from trafficking_cli.models import Problem

HERE = Path(__file__).resolve().parents[1]
PACKAGE = HERE.parent / "trafficking_cli"
INVALID_DATA = sorted((HERE / "data" / "invalid").glob("*.yaml"))
INVALID_CASES = sorted((HERE / "scenarios" / "invalid").glob("*.yaml"))
WIDE = {"COLUMNS": "300"}  # one problem per line: the substrings below are not cut by wrapping


def _copy_of_the_data(tmp_path: Path) -> Path:
    return copy_of_the_data(tmp_path)


def _replace_once(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}: the test needs a new anchor"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture()
def broken_law(tmp_path: Path) -> Path:
    """A copy of the data where article 1 has a misspelt key (``txt`` for ``text``)."""
    root = _copy_of_the_data(tmp_path)
    _replace_once(root / "law" / "ml-loi-2012-023.yaml", '  - eid: "art_1"', '  - eid: "art_1"\n    txt: {fr: "x"}')
    return root


@pytest.fixture()
def broken_checklist(tmp_path: Path) -> Path:
    """A copy of the data where a checklist item has a type that does not exist."""
    root = _copy_of_the_data(tmp_path)
    _replace_once(root / "checklists" / "A-avant-audition.yaml", "type: yes_no_unknown", "type: booleen")
    return root


# ---- through the CLI ---------------------------------------------------------------------------

def test_validate_lists_a_law_problem_in_french_by_default(invoke, broken_law: Path) -> None:  # type: ignore[no-untyped-def]
    result = invoke("validate", "--data-dir", str(broken_law), env=WIDE)
    assert result.exit_code == 3, result.output
    assert "clé inconnue" in result.stdout and "vouliez-vous dire 'text' ?" in result.stdout
    assert "unknown key" not in result.stdout and "did you mean" not in result.stdout


def test_validate_lists_a_law_problem_in_english_on_request(invoke, broken_law: Path) -> None:  # type: ignore[no-untyped-def]
    result = invoke("validate", "--data-dir", str(broken_law), "--lang", "en", env=WIDE)
    assert result.exit_code == 3, result.output
    assert "unknown key" in result.stdout and "did you mean 'text'?" in result.stdout
    assert "clé inconnue" not in result.stdout


def test_validate_json_keeps_english_and_adds_french(invoke, broken_law: Path) -> None:  # type: ignore[no-untyped-def]
    result = invoke("validate", "--data-dir", str(broken_law), "--json")
    assert result.exit_code == 3, result.output
    problem = next(p for p in json.loads(result.stdout)["problems"] if p["key"].endswith(".txt"))
    assert problem["message"] == "unknown key" and problem["hint"] == "did you mean 'text'?"
    assert problem["message_fr"] == "clé inconnue" and problem["hint_fr"] == "vouliez-vous dire 'text' ?"


def test_a_broken_checklist_stops_a_command_with_a_french_error(invoke, broken_checklist: Path) -> None:  # type: ignore[no-untyped-def]
    result = invoke("checklist", "list", "--data-dir", str(broken_checklist), env=WIDE)
    assert result.exit_code == 3, result.output
    assert "A-avant-audition.yaml" in result.stderr
    assert "valeur invalide 'booleen'" in result.stderr and "valeurs possibles : yes_no" in result.stderr
    # the hint follows "Essayez :" once, not "Essayez : lancez : …"
    assert "Essayez : trafficking validate --data-dir" in result.stderr and "lancez" not in result.stderr
    assert "invalid value" not in result.stderr


def test_a_broken_checklist_error_is_english_on_request(invoke, broken_checklist: Path) -> None:  # type: ignore[no-untyped-def]
    result = invoke("checklist", "list", "--data-dir", str(broken_checklist), "--lang", "en", env=WIDE)
    assert result.exit_code == 3, result.output
    assert "invalid value 'booleen'" in result.stderr and "one of: yes_no" in result.stderr
    assert "Try: trafficking validate --data-dir" in result.stderr and "run:" not in result.stderr
    assert "valeur invalide" not in result.stderr


def test_validate_lists_a_checklist_problem_in_french(invoke, broken_checklist: Path) -> None:  # type: ignore[no-untyped-def]
    result = invoke("validate", "--data-dir", str(broken_checklist), env=WIDE)
    assert result.exit_code == 3, result.output
    assert "valeur invalide 'booleen'" in result.stdout and "À faire" in result.stdout


@pytest.mark.parametrize("command", [["memo"], ["case", "show"]])
def test_a_broken_case_file_is_explained_in_french_by_default(command: list[str], invoke) -> None:  # type: ignore[no-untyped-def]
    result = invoke(*command, str(HERE / "scenarios" / "invalid" / "unknown-element.yaml"), env=WIDE)
    assert result.exit_code == 3, result.output
    assert "élément inconnu 'recrutment'" in result.stderr
    assert "vouliez-vous dire 'recrutement' ?" in result.stderr
    assert "corrigez le dossier" in result.stderr
    assert "unknown element" not in result.stderr


@pytest.mark.parametrize("command", [["memo"], ["case", "show"]])
def test_a_broken_case_file_is_explained_in_english_on_request(command: list[str], invoke) -> None:  # type: ignore[no-untyped-def]
    result = invoke(*command, str(HERE / "scenarios" / "invalid" / "unknown-element.yaml"), "--lang", "en",
                    env=WIDE)
    assert result.exit_code == 3, result.output
    assert "unknown element 'recrutment'" in result.stderr and "did you mean 'recrutement'?" in result.stderr
    assert "élément inconnu" not in result.stderr


def test_the_other_problems_of_a_case_are_listed_in_french_too(invoke, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "dossier.yaml"
    path.write_text('schema: trafficking-case/1\nreference: "RP 1"\nfacts_date: "2024-13-40"\n'
                    "victims:\n  - {id: V1, age_at_facts: seize, established: [recrutment]}\n", encoding="utf-8")
    result = invoke("memo", str(path), env=WIDE)
    assert result.exit_code == 3, result.output
    assert "'2024-13-40' n’existe pas au calendrier (+2 autres)" in result.stderr
    assert "'seize' n’est pas un âge en années" in result.stderr and "élément inconnu 'recrutment'" in result.stderr


# ---- every problem the broken examples produce has its French ---------------------------------

def _data_problems(path: Path) -> list[Problem]:
    if path.name.startswith("offences"):
        return load_offences(path)[1]
    if path.name.startswith("checklist"):
        return load_checklist(path)[1]
    return load_instrument(path)[2]


def _case_problems(path: Path, corpus) -> list[Problem]:  # type: ignore[no-untyped-def]
    with pytest.raises(DataError) as caught:
        case.load_case(path, corpus)
    return caught.value.problems


def _assert_french(problems: list[Problem]) -> None:
    assert problems
    for problem in problems:
        assert problem.message_fr, f"no French message: {problem}"
        assert problem.hint_fr or not problem.hint, f"no French hint: {problem}"


@pytest.mark.parametrize("path", INVALID_DATA, ids=[p.stem for p in INVALID_DATA])
def test_every_problem_in_a_broken_data_file_has_french(path: Path) -> None:
    _assert_french(_data_problems(path))


@pytest.mark.parametrize("path", INVALID_CASES, ids=[p.stem for p in INVALID_CASES])
def test_every_problem_in_a_broken_case_file_has_french(path: Path, shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    _assert_french(_case_problems(path, shipped_corpus))


def test_every_problem_in_broken_copies_of_the_data_has_french(broken_law: Path, tmp_path: Path) -> None:
    from trafficking_cli.corpus.lookup import load_with_problems

    _assert_french(load_with_problems(broken_law)[1])
    _assert_french(load_with_problems(tmp_path / "nowhere")[1])  # "no law files found"


# ---- and no check is written with English only -------------------------------------------------

def _english_only(node: ast.expr | None) -> bool:
    """A message written as a plain (possibly formatted) string literal instead of an (en, fr) pair."""
    if isinstance(node, ast.IfExp):
        return _english_only(node.body) or _english_only(node.orelse)
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and node.value != ""
    return isinstance(node, ast.JoinedStr | ast.BinOp)


def _message_arguments(call: ast.Call) -> list[ast.expr | None]:
    """The message and hint of ``reader.problem(node, key, message, hint)`` / ``Problem.of(path, line, key, …)``."""
    func = call.func
    if not isinstance(func, ast.Attribute):
        return []
    if func.attr == "problem":
        first = 2
    elif func.attr == "of" and (getattr(func.value, "id", None) == "Problem"
                                or getattr(func.value, "attr", None) == "Problem"):
        first = 3
    else:
        return []
    hint = next((k.value for k in call.keywords if k.arg == "hint"), None)
    return [*call.args[first:first + 2], hint]


def _direct_problem(call: ast.Call) -> bool:
    name = getattr(call.func, "id", None) or getattr(call.func, "attr", None)
    return name == "Problem"


@pytest.mark.slow  # scans the whole package: with the slow tests, still run by CI
def test_no_check_in_the_package_gives_english_only() -> None:
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name == "models.py":  # Problem.of itself
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            where = f"{path.relative_to(PACKAGE)}:{node.lineno}"
            if _direct_problem(node):
                offenders.append(f"{where}: Problem(...) — use Problem.of with (en, fr) pairs")
            offenders += [f"{where}: English-only text" for arg in _message_arguments(node) if _english_only(arg)]
    assert not offenders, "\n".join(offenders)


# ---- the model -----------------------------------------------------------------------------------

def test_a_problem_falls_back_to_english_and_keeps_its_english_str() -> None:
    both = Problem.of("f.yaml", 3, "a.b", Msg.of("data.unknown_key"), Msg.of("data.did_you_mean", close="b"))
    assert str(both) == "f.yaml:3: a.b: unknown key (did you mean 'b'?)"
    assert both.text("fr") == "f.yaml:3 : a.b : clé inconnue (vouliez-vous dire 'b' ?)"
    assert both.localized("en") == ("unknown key", "did you mean 'b'?")
    english_only = Problem("f.yaml", None, "", "old message", "old hint")
    assert english_only.localized("fr") == ("old message", "old hint")


def test_a_data_error_counts_the_other_problems_in_each_language() -> None:
    problems = [Problem.of("f.yaml", 1, "k", Msg.of("data.unknown_key"))] * 3
    error = DataError(problems, hint=Msg.of("data.ids_must_unique"))
    assert error.message == "f.yaml:1: k: unknown key (+2 more)" and error.hint == "ids must be unique"
    assert error.localized_message("fr") == "f.yaml:1 : k : clé inconnue (+2 autres)"
    assert error.localized_hint("fr") == "chaque identifiant doit être unique"
    assert error.localized_hint("en") == "ids must be unique"
    assert DataError(problems[:2]).localized_message("fr").endswith("(+1 autre)")
