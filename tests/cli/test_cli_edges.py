"""Odd inputs found by hand (QA pass): each gets one clear line in the chosen language, never a crash."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from trafficking_cli import resources
from trafficking_cli.checklists import answers

WIDE = {"COLUMNS": "300"}  # one message per line: the substrings below are not cut by wrapping


@pytest.fixture()
def home(tmp_path: Path) -> dict[str, str]:
    return {"TRAFFICKING_HOME": str(tmp_path / "home"), "TRAFFICKING_PASSPHRASE": "", **WIDE}


def _data_copy(tmp_path: Path) -> Path:
    root = resources.data_root()
    shutil.copytree(root / "law", tmp_path / "data" / "law")
    shutil.copytree(root / "checklists", tmp_path / "data" / "checklists")
    return tmp_path / "data"


# ---- help: in the language asked for -----------------------------------------------------------

@pytest.mark.slow
def test_help_is_english_with_lang_en() -> None:
    """--help is built at import time from --lang: run a real process, as a user would."""
    env = {**os.environ, "COLUMNS": "200", "TRAFFICKING_LANG": ""}
    main = subprocess.run([sys.executable, "-m", "trafficking_cli", "--lang", "en", "--help"], env=env,
                          capture_output=True, text=True, check=True).stdout
    for french in ("Une disposition", "Les infractions", "Vérifie chaque", "La note de qualification"):
        assert french not in main
    assert "One provision" in main and "The charging memo" in main
    for command in (["show"], ["elements"], ["law", "list"], ["validate"], ["memo"]):
        out = subprocess.run([sys.executable, "-m", "trafficking_cli", "--lang", "en", *command, "--help"],
                             env=env, capture_output=True, text=True, check=True).stdout
        assert "E.g.:" in out and "Ex. :" not in out, command


# ---- broken data trees -------------------------------------------------------------------------

def test_a_folder_named_like_a_yaml_file_is_a_data_problem_not_a_crash(invoke, tmp_path: Path) -> None:
    data = _data_copy(tmp_path)
    (data / "law" / "notes.yaml").mkdir()
    env = {"TRAFFICKING_CACHE_DIR": str(tmp_path / "cache"), **WIDE}  # the cached path hashes every file
    result = invoke("show", "3", "--data-dir", str(data), env=env)
    assert result.exit_code == 3, result.output
    assert "notes.yaml : un dossier, pas un fichier" in result.stderr
    assert "erreur inattendue" not in result.stderr and "IsADirectoryError" not in result.stderr


def test_an_empty_data_file_is_reported(invoke, tmp_path: Path) -> None:
    data = _data_copy(tmp_path)
    (data / "checklists" / "F-nouvelle.yaml").write_text("# à compléter\n", encoding="utf-8")
    result = invoke("validate", "--data-dir", str(data), env=WIDE)
    assert result.exit_code == 3, result.output
    assert "F-nouvelle.yaml" in result.stdout and "le fichier est vide" in result.stdout
    english = invoke("validate", "--data-dir", str(data), "--lang", "en", env=WIDE)
    assert english.exit_code == 3 and "the file is empty" in english.stdout


# ---- prompts: Ctrl-C / Ctrl-D ------------------------------------------------------------------

def test_end_of_input_at_a_prompt_is_an_interruption_in_the_users_language(invoke, home) -> None:
    assert invoke("case", "new", "rp-1", env=home).exit_code == 0
    result = invoke("case", "delete", "rp-1", input="", env=home)  # Ctrl-D at "Supprimer ? [o/N]"
    assert result.exit_code == 130, result.output
    assert "Interrompu." in result.output and "Aborted" not in result.output
    # At a passphrase prompt with no terminal (CliRunner's stdin is not one), end of input means "nobody
    # can type it here": the error says how to pass it instead (see the subprocess test below).
    english = invoke("--lang", "en", "case", "new", "secret", "--encrypt", input="", env=home)
    assert english.exit_code == 5 and "no terminal" in english.output and "Aborted" not in english.output


# ---- case paths --------------------------------------------------------------------------------

@pytest.mark.parametrize("command", [["memo"], ["case", "show"]])
def test_a_folder_given_as_a_case_says_so(command: list[str], invoke, home, tmp_path: Path) -> None:
    result = invoke(*command, str(tmp_path), env=home)
    assert result.exit_code == 3, result.output
    assert "est un répertoire" in result.stderr and "aucun dossier à cet endroit" not in result.stderr


def test_a_case_name_too_long_for_the_file_system_is_a_clear_error(invoke, home) -> None:
    result = invoke("case", "new", "x" * 300, env=home)
    assert result.exit_code == 3, result.output
    assert "nom de dossier trop long" in result.stderr and "erreur inattendue" not in result.stderr
    english = invoke("--lang", "en", "memo", "é" * 200, env=home)
    assert english.exit_code == 3 and "case name too long" in english.stderr


# ---- answers files -----------------------------------------------------------------------------

def test_answers_file_that_is_missing_or_a_folder_is_explained_in_french(invoke, home, tmp_path: Path) -> None:
    missing = invoke("checklist", "run", "A", "--new", "--case", "rp-1", "--answers", str(tmp_path / "nope.yaml"),
                     env=home)
    assert missing.exit_code == 2, missing.output
    assert "fichier de réponses introuvable" in missing.stderr and "no such file" not in missing.stderr
    folder = invoke("checklist", "run", "A", "--new", "--case", "rp-1", "--answers", str(tmp_path), env=home)
    assert folder.exit_code == 2 and "est un dossier" in folder.stderr
    english = invoke("--lang", "en", "checklist", "run", "A", "--new", "--case", "rp-1", "--answers", str(tmp_path),
                     env=home)
    assert english.exit_code == 2 and "is a folder" in english.stderr


def test_option_numbers_in_an_answers_file_work_as_when_typed(shipped_corpus) -> None:
    checklist = shipped_corpus.checklist("A")
    choice, multi = checklist.item("A10"), checklist.item("A03")
    assert choice.type == "choice" and multi.type == "multi"
    assert answers.validate(choice, 3) == answers.validate(choice, "3") == choice.options[2].id
    assert answers.validate(multi, [1, 3]) == answers.validate(multi, "1,3")
    assert answers.validate(multi, [multi.options[0].id]) == [multi.options[0].id]  # ids still work
    with pytest.raises(answers.AnswerError):
        answers.validate(multi, [1, 9])
    with pytest.raises(answers.AnswerError):
        answers.validate(choice, 0)


# ---- layout at 80 columns ----------------------------------------------------------------------

def test_ids_are_never_cut_at_80_columns(invoke) -> None:
    """Ids are typed back (show ID, --instrument ID): an ellipsis in the middle of one is useless."""
    offences = invoke("elements", env={"COLUMNS": "80"})
    assert offences.exit_code == 0, offences.output
    # the basis is cited by label (issue 12: labels, not ids, in human output); nothing is cut
    assert "…" not in offences.stdout and "Code pénal 2024, Peine de" in offences.stdout
    assert "Infraction" in offences.stdout.splitlines()[2]  # the column of offence names is not "Texte"
    english = invoke("elements", "--lang", "en", env={"COLUMNS": "80"})
    assert "Offence" in english.stdout.splitlines()[2] and "Instrument" not in english.stdout
    instruments = invoke("law", "list", env={"COLUMNS": "80"})
    assert "un-protocole-migrants-2000" in instruments.stdout and "un-protocole-mig…" not in instruments.stdout


@pytest.mark.slow
def test_an_encrypted_case_without_a_terminal_says_how_to_pass_the_passphrase(tmp_path) -> None:
    import os
    import subprocess
    import sys

    env = {**os.environ, "TRAFFICKING_HOME": str(tmp_path), "TRAFFICKING_NO_CACHE": "1"}
    make = subprocess.run([sys.executable, "-m", "trafficking_cli", "case", "new", "s1", "--encrypt"],
                          env={**env, "TRAFFICKING_PASSPHRASE": "une phrase assez longue"},
                          capture_output=True, text=True, timeout=60)
    assert make.returncode == 0, make.stderr
    show = subprocess.run([sys.executable, "-m", "trafficking_cli", "case", "show", "s1"], env=env,
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60)
    assert show.returncode == 5
    assert "aucun terminal" in show.stderr and "TRAFFICKING_PASSPHRASE" in show.stderr
    assert "Traceback" not in show.stderr


@pytest.mark.parametrize("command", [["memo"], ["case", "show"], ["case", "delete", "--yes"]])
def test_a_case_that_does_not_exist_is_not_found(command: list[str], invoke, home) -> None:
    result = invoke(*command, "rp-nowhere", env=home)
    assert result.exit_code == 4, result.output
    assert "aucun dossier à cet endroit" in result.stderr


def test_protection_duties_are_named_not_given_as_ids(invoke, home, tmp_path: Path) -> None:
    answers = tmp_path / "a.yaml"
    answers.write_text("A01: oui\nA06: oui\nA16: oui\nA17: oui\nA18: oral\n", encoding="utf-8")
    assert invoke("case", "new", "rp-7", env=home).exit_code == 0
    run = invoke("checklist", "run", "A", "--new", "--case", "rp-7", "--answers", str(answers), env=home)
    assert run.exit_code == 0, run.output
    shown = invoke("case", "show", "rp-7", env=home).stdout
    for out in (run.stdout, shown):
        assert "Intérêt supérieur de l’enfant" in " ".join(out.split()) and "interet_superieur_enfant" not in out
