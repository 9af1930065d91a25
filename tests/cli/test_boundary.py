"""``main(argv, env)``: one environment object, one error boundary, the framework's words in French.

Every way a run ends maps to one exit code (README: 0, 1, 2, 3, 4, 5, 130); nothing else prints a traceback.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from trafficking_cli.cli.app import main
from trafficking_cli.cli.env import Environment


class ClosedPipe(io.StringIO):
    """A stdout whose reader went away: every write fails as a real closed pipe does."""

    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    def flush(self) -> None:
        raise BrokenPipeError(32, "Broken pipe")


def _env(**environ: str) -> Environment:
    # os.environ: conftest's throw-away cache and case folders (never the user's)
    return Environment(stdin=io.StringIO(), stdout=io.StringIO(), stderr=io.StringIO(),
                       environ={**os.environ, "COLUMNS": "100", "NO_COLOR": "1", **environ})


# ---- the environment object ----------------------------------------------------------------------

def test_main_writes_only_to_the_streams_it_is_given(capsys: pytest.CaptureFixture[str]) -> None:
    env = _env()
    assert main(["show", "3"], env) == 0
    assert "Loi n°2012-023, art. 3" in env.stdout.getvalue()  # type: ignore[attr-defined]
    assert capsys.readouterr() == ("", "")  # nothing went to the process's own streams


def test_the_language_comes_from_the_environment_object() -> None:
    env = _env(TRAFFICKING_LANG="en")
    assert main(["show", "99"], env) == 4
    assert "unknown provision" in env.stderr.getvalue()  # type: ignore[attr-defined]


# ---- asking for nothing, or for help -------------------------------------------------------------

@pytest.mark.parametrize("args", [[], ["case"], ["checklist"], ["law"]])
def test_a_bare_command_shows_its_help_on_stdout_and_exits_0(invoke, args: list[str]) -> None:
    result = invoke(*args)
    assert result.exit_code == 0, result.output
    assert "Utilisation\u00a0: trafficking" in result.stdout and result.stderr == ""


@pytest.mark.parametrize("args", [["--lang", "fr"], ["--no-color"], ["--debug"], ["--data-dir", "."],
                                  ["--no-color", "case"], ["law", "--lang", "fr"]])
def test_global_options_alone_show_the_help_like_a_bare_command(invoke, args: list[str]) -> None:
    result = invoke(*args)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Utilisation\u00a0: trafficking") and result.stderr == ""


@pytest.mark.parametrize(("args", "environ"), [
    (["--lang", "en"], {}), ([], {"TRAFFICKING_LANG": "en"}), (["--lang", "en", "case"], {}),
    (["--lang", "en", "law"], {}), (["checklist"], {"TRAFFICKING_LANG": "en"}), (["case", "--lang=en"], {})])
def test_the_bare_help_speaks_the_language_asked_for(invoke, args: list[str], environ: dict[str, str]) -> None:
    result = invoke(*args, env=environ)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Usage: trafficking") and result.stderr == ""
    assert "Show this message and exit." in result.stdout and "Affiche" not in result.stdout


def test_a_bad_global_option_alone_is_still_a_usage_error(invoke) -> None:
    result = invoke("--lang", "de")
    assert result.exit_code == 2 and "--lang" in result.stderr and result.stdout == ""


@pytest.mark.parametrize("args", [["-h"], ["show", "-h"], ["case", "-h"], ["case", "list", "-h"],
                                  ["checklist", "run", "-h"], ["search", "-h"], ["memo", "-h"]])
def test_dash_h_works_everywhere(invoke, args: list[str]) -> None:
    result = invoke(*args)
    assert result.exit_code == 0, result.output
    assert "-h, --help" in result.stdout


def test_help_speaks_french_by_default(invoke) -> None:
    result = invoke("show", "--help")
    assert "Affiche cette aide, puis quitte." in result.stdout and "[obligatoire]" in result.stdout
    assert "Options\u00a0:" in result.stdout and "Show this message" not in result.stdout
    assert "Commandes\u00a0:" in invoke("--help").stdout


def test_help_in_english_is_clicks_own(invoke) -> None:
    result = invoke("--lang", "en", "show", "--help")
    assert "Usage: trafficking show" in result.stdout and "Show this message and exit." in result.stdout


def test_shell_completion_can_be_shown_and_installed(invoke) -> None:
    assert "--install-completion" in invoke("--help").stdout
    result = invoke("--show-completion", "bash")
    assert result.exit_code == 0 and "_TRAFFICKING_COMPLETE" in result.stdout


# ---- usage errors --------------------------------------------------------------------------------

def test_a_usage_error_is_said_in_french(invoke) -> None:
    result = invoke("show", "--bogus")
    assert result.exit_code == 2
    assert result.stderr == ("Utilisation\u00a0: trafficking show [OPTIONS] {RÉF}\n"
                             "Essayez « trafficking show -h » pour l’aide.\n\n"
                             "Erreur\u00a0: option inconnue : --bogus\n")


def test_a_usage_error_in_english_is_clicks_own(invoke) -> None:
    result = invoke("--lang", "en", "show", "--bogus")
    assert result.exit_code == 2
    assert result.stderr == ("Usage: trafficking show [OPTIONS] {REF}\nTry 'trafficking show --help' for help.\n\n"
                             "Error: No such option: --bogus\n")


@pytest.mark.parametrize(("args", "said"), [
    (["show"], "argument manquant : RÉF."),
    (["shoe", "3"], "commande inconnue : 'shoe'. Vouliez-vous dire : 'show' ?"),
    (["search", "--limit", "abc", "x"], "valeur invalide pour '--limit' / '-n' : 'abc' n’est pas un nombre entier."),
    (["search", "a", "-n", "500"], "pour '--limit' / '-n' : 500 n’est pas dans l’intervalle 1<=x<=200."),
    (["search", "a", "-n", "0"], "valeur invalide pour '--limit' / '-n' : 0 n’est pas dans l’intervalle 1<=x<=200."),
    (["elements", "a", "b"], "Erreur\u00a0: argument(s) en trop : b\n"),
])
def test_clicks_errors_in_french(invoke, args: list[str], said: str) -> None:
    result = invoke(*args)
    assert result.exit_code == 2 and said in result.stderr, result.stderr


def test_english_usage_errors_stay_clicks_own(invoke) -> None:
    assert "Error: Got unexpected extra argument(s) (b)" in invoke("--lang", "en", "elements", "a", "b").stderr
    said = invoke("--lang", "en", "search", "a", "-n", "500").stderr
    assert "Error: Invalid value for '--limit' / '-n': 500 is not in the range 1<=x<=200." in said


def test_the_help_s_metavars_are_french_in_french_and_clicks_in_english(invoke) -> None:
    french = invoke("-h").stdout + invoke("search", "-h").stdout + invoke("memo", "-h").stdout
    assert "<str>" not in french and "<int range>" not in french and "<path>" not in french
    assert "--limit <entier>" in french and "--data-dir <chemin>" in french and "--lang <texte>" in french
    english = invoke("--lang", "en", "search", "-h").stdout
    assert "--limit <int range>" in english and "--instrument <str>" in english


def test_installing_completion_is_said_in_french(invoke, tmp_path: Path) -> None:
    import re

    env = {"HOME": str(tmp_path), "SHELL": "/bin/bash"}  # typer asks shellingham: the shell the tests run in
    result = invoke("--install-completion", env=env)
    assert result.exit_code == 0, result.output
    said = re.fullmatch(r"complétion (\w+) installée dans (\S+)\nLa complétion sera active une fois le terminal "
                        r"relancé\.\n", result.stdout)
    assert said, result.stdout
    assert "_TRAFFICKING_COMPLETE" in (tmp_path / said[2]).read_text() and said[2].startswith(str(tmp_path))
    english = invoke("--lang", "en", "--install-completion", env=env).stdout
    assert english == (f"{said[1]} completion installed in {said[2]}\n"
                       "Completion will take effect once you restart the terminal\n")


# ---- how a run ends ------------------------------------------------------------------------------

def test_ctrl_c_exits_130_and_says_interrupted(invoke, monkeypatch: pytest.MonkeyPatch) -> None:
    from trafficking_cli.corpus import views

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(views, "provision_view", interrupted)
    result = invoke("show", "3")
    assert (result.exit_code, result.stderr) == (130, "Interrompu.\n")


def test_an_unexpected_error_is_one_line_and_exit_1(invoke, monkeypatch: pytest.MonkeyPatch) -> None:
    from trafficking_cli.corpus import views

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(views, "provision_view", broken)
    result = invoke("show", "3")
    assert result.exit_code == 1
    assert result.stderr == "erreur inattendue : RuntimeError: boom. Relancez avec --debug pour le détail.\n"


@pytest.mark.slow  # builds the search index: with the slow tests, still run by CI
def test_a_closed_pipe_ends_silently_with_0() -> None:
    env = Environment(stdin=io.StringIO(), stdout=ClosedPipe(), stderr=io.StringIO(),
                      environ={**os.environ, "NO_COLOR": "1"})
    assert main(["search", "mendicite"], env) == 0
    assert env.stderr.getvalue() == ""  # type: ignore[attr-defined]


def test_error_lines_are_never_hard_wrapped(invoke, tmp_path: Path) -> None:
    """A path or a command stays on one line whatever the width: the terminal folds it, a user copies it."""
    deep = tmp_path / ("a-rather-long-folder-name-" * 4) / "rp-2019-0123.yaml"
    result = invoke("case", "show", str(deep), env={"COLUMNS": "40"})
    assert result.exit_code == 4
    assert str(deep) in result.stderr.replace("\n", "") and str(deep) in result.stderr


@pytest.mark.slow
def test_head_closing_the_pipe_exits_0_silently() -> None:
    command = f"{sys.executable} -m trafficking_cli search mendicite | head -1; exit ${{PIPESTATUS[0]}}"
    done = subprocess.run(["bash", "-c", command], capture_output=True, text=True, timeout=60,
                          env={"PATH": "/usr/bin:/bin", "NO_COLOR": "1", "TRAFFICKING_NO_CACHE": "1"})
    assert done.returncode == 0, done.stderr
    assert done.stderr == "" and len(done.stdout.splitlines()) == 1


def test_our_help_texts_follow_the_run_language_in_process(invoke) -> None:
    """Help texts are declared once, in the process's language; a run in the other language gets its own."""
    english = invoke("--lang", "en", "--help").stdout
    assert "show       One provision: text, translation, status, sources." in english
    assert "Une disposition" not in english and "Language: fr (default) or en." in english
    french = invoke("--help").stdout
    assert "show       Une disposition\u00a0: texte, traduction, statut, sources." in french


def test_the_clock_comes_from_the_environment_object(tmp_path: Path) -> None:
    from datetime import datetime

    env = _env(TRAFFICKING_HOME=str(tmp_path))
    env.now = lambda: datetime(2020, 1, 2, 3, 4, 5)
    assert main(["case", "new"], env) == 0
    assert (tmp_path / "cases" / "dossier-20200102-030405.yaml").is_file()


def test_help_goes_to_the_environment_s_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    env = _env()
    assert main(["show", "--help"], env) == 0
    assert "Utilisation\u00a0: trafficking show" in env.stdout.getvalue()  # type: ignore[attr-defined]
    assert capsys.readouterr() == ("", "")


@pytest.mark.slow
@pytest.mark.parametrize(("args", "environ", "usage"), [
    (["--lang", "en"], {}, "Usage: trafficking [OPTIONS]"),
    ([], {"TRAFFICKING_LANG": "en"}, "Usage: trafficking [OPTIONS]"),
    (["--lang", "en", "case"], {}, "Usage: trafficking case"),
    (["--no-color"], {}, "Utilisation\u00a0: trafficking [OPTIONS]"),
])
def test_a_real_process_with_no_command_shows_the_help_in_its_language(
        args: list[str], environ: dict[str, str], usage: str) -> None:
    done = subprocess.run([sys.executable, "-m", "trafficking_cli", *args], capture_output=True, text=True,
                          timeout=60, stdin=subprocess.DEVNULL,
                          env={**os.environ, "COLUMNS": "100", "TRAFFICKING_LANG": "", **environ})
    assert done.returncode == 0 and done.stderr == "", done.stderr
    assert done.stdout.startswith(usage)
    assert ("Affiche cette aide" in done.stdout) is usage.startswith("Utilisation")
