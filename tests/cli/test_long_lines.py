"""Review 3, defects 6, 7, 8 and 12: long warnings wrapped at spaces (path and command whole), the hanging
indent under Suspects, English typography (« ; », « V1 : », guillemets), French argument names in the French
help, no trailing spaces in a pipe, the draft's dates written out."""

from __future__ import annotations

import os
import re
import shutil
import sys
from pathlib import Path

import pytest
from rich.console import Console
from rich.text import Text

SCENARIOS = Path(__file__).resolve().parents[1] / "scenarios"
WIDTHS = [60, 80, 100]


def _deep_case(tmp_path: Path, invoke) -> Path:  # type: ignore[no-untyped-def]
    """A case with no date of facts, in a folder deep enough for the warning's path to fill a line."""
    case = tmp_path / "un" / "dossier" / "assez" / "profond" / "pour" / "remplir" / "rp-q.yaml"
    case.parent.mkdir(parents=True)
    assert invoke("case", "new", str(case), env={"TRAFFICKING_HOME": str(tmp_path / "home")}).exit_code == 0
    return case


def _block(output: str, first: str, stop: str) -> list[str]:
    """The lines from the one starting with ``first`` up to the next one starting with ``stop``."""
    lines = output.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(first))
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith(stop)), len(lines))
    return lines[start:end]


# ---- 6: a long warning wrapped at spaces, the path (and the command when a line holds it) whole ----------

def test_a_marked_command_goes_to_the_next_line_whole_and_is_printed_with_its_spaces() -> None:
    from trafficking_cli.cli.ui.fit import print_whole, whole

    console = Console(width=50, record=True, color_system=None)
    print_whole(console, Text("⚠ Il manque la date des faits ; ou : " + whole("trafficking case set rp-1 "
                                                                              "facts_date 2019-01-15") + "."))
    lines = [line.rstrip() for line in console.export_text().splitlines()]
    assert lines == ["⚠ Il manque la date des faits ; ou :", "  trafficking case set rp-1 facts_date 2019-01-15."]


def test_a_command_wider_than_the_line_is_cut_at_its_spaces_not_inside_a_word() -> None:
    from trafficking_cli.cli.ui.fit import print_whole, whole

    console = Console(width=30, record=True, color_system=None)
    print_whole(console, Text("ou : " + whole("trafficking case set /un/chemin/assez/long.yaml facts_date X")))
    text = console.export_text()
    lines = text.splitlines()
    assert "/un/chemin/assez/long.yaml" in [line.strip() for line in lines]
    assert all(len(line.rstrip()) <= 30 for line in lines if "/" not in line), lines
    assert "\ue000" not in text


@pytest.mark.parametrize("width", [60, 80])
@pytest.mark.parametrize("tty", [True, False])
def test_case_show_wraps_the_missing_date_warning(invoke, tmp_path: Path, width: int, tty: bool) -> None:
    case = _deep_case(tmp_path, invoke)
    output = invoke("case", "show", str(case), env={"COLUMNS": str(width)}, tty=tty).stdout
    warning = _block(output, "⚠", "V1")[:-1] if "V1" in output else _block(output, "⚠", "\n")
    warning = [line for line in warning if line.strip()]
    assert len(warning) > 1, output
    assert all(line.startswith("  ") for line in warning[1:]), warning  # under the text after « ⚠ »
    assert all(len(line.rstrip()) <= width for line in warning if str(case) not in line), warning
    assert str(case) in [word.strip() for line in warning for word in line.split()]  # the path whole
    joined = " ".join(line.strip() for line in warning)
    assert f"trafficking case set {case} facts_date AAAA-MM-JJ" in joined


def test_case_show_keeps_the_command_on_one_line_when_a_line_can_hold_it(invoke, tmp_path: Path) -> None:
    case = tmp_path / "rp-q.yaml"
    assert invoke("case", "new", str(case), env={"TRAFFICKING_HOME": str(tmp_path / "home")}).exit_code == 0
    output = invoke("case", "show", str(case), env={"COLUMNS": "200"}, tty=False).stdout
    command = f"trafficking case set {case} facts_date AAAA-MM-JJ"
    assert any(command in line for line in output.splitlines()), output


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("width", WIDTHS)
def test_the_interviews_closing_lines_fit_the_width(lang: str, width: int) -> None:
    from trafficking_cli.cli.ui.review import render_memo_needs

    console = Console(width=width, record=True, color_system=None)
    render_memo_needs(console, {"victims": [{"id": "V1"}], "answers": {}}, "/tmp/a/deep/folder/of/cases/rp-q.yaml",
                      lang)
    text = console.export_text()
    lines = text.splitlines()
    assert len(lines) > 2, lines
    assert all(len(line.rstrip()) <= width for line in lines), lines
    assert "trafficking case set /tmp/a/deep/folder/of/cases/rp-q.yaml KEY VALUE" in " ".join(text.split())
    assert all(line.startswith("  ") for line in lines[1:] if not line.startswith(("⚠", "À", "To"))), lines


# ---- 7: the hanging indent under Suspects -----------------------------------------------------------------

@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("tty", [True, False])
def test_suspects_continuation_lines_stay_indented(invoke, width: int, tty: bool) -> None:
    output = invoke("case", "show", str(SCENARIOS / "talibes.yaml"), env={"COLUMNS": str(width)}, tty=tty).stdout
    block = _block(output, "Suspects", "Preuves")[1:]
    assert block, output
    for line in block:
        assert line.startswith("  "), block
        assert len(line.rstrip()) <= width, block
    acts = [line for line in block if not re.match(r"  S\d", line)]
    assert all(line.startswith("      ") for line in acts), block  # under the suspect's role or act


def test_a_suspects_acts_wrap_under_their_bullet() -> None:
    from trafficking_cli.cli.ui.case import _render_suspect

    console = Console(width=50, record=True, color_system=None)
    suspect = {"id": "S1", "role": "recruteuse", "acts": [
        {"element": "recrutement", "victims": ["V1", "V2"], "from": "2019-01-15", "to": "2019-02-01",
         "place": "Lagos, puis Bamako et Kayes"}]}
    _render_suspect(console, suspect, "fr")
    lines = console.export_text().splitlines()
    assert lines[0].startswith("  S1  recruteuse — ") and all(line.startswith("      ") for line in lines[1:])
    bullet = next(i for i, line in enumerate(lines) if "•" in line)
    assert all(line.startswith("        ") for line in lines[bullet + 1:]), lines


# ---- 8: English typography ----------------------------------------------------------------------------------

def test_an_account_summary_takes_the_colon_of_the_runs_language() -> None:
    from trafficking_cli.cases.facts import localized_summary

    stored = "V1 : texte B07\nV2 : « on m’a dit : viens »"
    assert localized_summary(stored, "fr") == stored
    assert localized_summary(stored, "en") == "V1: texte B07\nV2: « on m’a dit : viens »"


def test_english_case_show_says_v1_with_an_english_colon(invoke, tmp_path: Path) -> None:
    case = tmp_path / "c.yaml"
    assert invoke("case", "new", str(case), env={"TRAFFICKING_HOME": str(tmp_path)}).exit_code == 0
    assert invoke("case", "set", str(case), "summary", "V1 : texte B07").exit_code == 0
    english = invoke("--lang", "en", "case", "show", str(case)).stdout
    assert "V1: texte B07" in english and "V1 : " not in english
    assert "V1 : texte B07" in invoke("case", "show", str(case)).stdout


@pytest.mark.parametrize("name", ["talibes", "kayes"])
def test_english_memo_lists_have_no_space_before_the_semicolon(invoke, name: str) -> None:
    text = invoke("--lang", "en", "memo", str(SCENARIOS / f"{name}.yaml"), "--format", "md").stdout
    supports = [line.rsplit("|", 2)[1] for line in text.splitlines() if re.match(r"\| E\d+ \|", line)]
    assert supports and not any(" ; " in cell for cell in supports), supports
    penalties = [line for line in text.splitlines() if line.startswith("*Additional penalties")]
    assert not any(" ; " in line for line in penalties), penalties


def test_english_help_quotes_in_english_and_french_help_says_which_dossier(invoke) -> None:
    english = invoke("--lang", "en", "memo", "-h", env={"COLUMNS": "60"}).stdout
    assert "«" not in english and "»" not in english
    assert '"court: jurisdiction"' in " ".join(english.split())
    french = " ".join(invoke("case", "-h").stdout.split())
    assert "dossiers du dossier" not in french and "dossier du dossier" not in french
    assert "Les dossiers d’enquête enregistrés" in french


# ---- 12: argument names in the help's language; no trailing spaces in a pipe; the draft's dates --------------

@pytest.mark.parametrize(("args", "french", "english"), [
    (["elements"], "[INFRACTION]", "[OFFENCE]"), (["search"], "{RECHERCHE}", "{QUERY}"),
    (["memo"], "{DOSSIER}", "{CASE}"), (["case", "set"], "{DOSSIER} {CLÉ} {VALEUR}", "{CASE} {KEY} {VALUE}"),
    (["checklist", "run"], "{LISTE}", "{ID}"), (["show"], "{RÉF}", "{REF}")])
def test_argument_names_are_said_in_the_helps_language(invoke, args: list[str], french: str, english: str) -> None:
    fr = invoke(*args, "-h").stdout
    en = invoke("--lang", "en", *args, "-h").stdout
    assert french in fr.splitlines()[0] and english not in fr, fr
    assert english in en.splitlines()[0] and french not in en, en
    assert french.strip("{}[]").split()[0].strip("{}[]") in fr.split("Arguments", 1)[1]  # the list names it alike


def test_a_missing_argument_is_named_as_the_usage_line_names_it(invoke) -> None:
    assert "argument manquant : DOSSIER." in invoke("memo").stderr
    assert "Missing argument 'CASE'." in invoke("--lang", "en", "memo").stderr


@pytest.mark.parametrize("args", [["memo", "kayes.yaml"], ["case", "show", "talibes.yaml"]])
def test_no_line_ends_in_spaces_in_a_pipe(invoke, args: list[str]) -> None:
    args = [str(SCENARIOS / a) if a.endswith(".yaml") else a for a in args]
    output = invoke(*args, env={"COLUMNS": "80"}, tty=False).stdout
    assert output.count("\n") > 10
    assert [line for line in output.splitlines() if line.endswith(" ")] == []


@pytest.mark.parametrize(("lang", "expected"), [
    ("fr", ["15 janvier 2019", "1er février 2019", "31 décembre 2024"]),
    ("en", ["15 January 2019", "1 February 2019", "31 December 2024"])])
def test_the_drafts_dates_are_written_out(lang: str, expected: list[str]) -> None:
    from trafficking_cli.memo.drafting import long_date

    assert [long_date(d, lang) for d in ("2019-01-15", "2019-02-01", "2024-12-31")] == expected
    assert long_date("2019", lang) == "2019"  # not a full date: as it is


def test_the_readme_shows_what_show_3_prints(invoke) -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    shown = readme.split("$ trafficking show 3\n", 1)[1].split("│ …", 1)[0].splitlines()
    printed = invoke("show", "3", env={"COLUMNS": "96"}).stdout.splitlines()
    assert shown == printed[:len(shown)]
    assert any("Intitulé descriptif (le nôtre)" in line for line in shown)


# ---- in a real terminal ---------------------------------------------------------------------------------

@pytest.mark.slow
@pytest.mark.skipif(os.name == "nt", reason="pexpect.spawn is POSIX only")
@pytest.mark.parametrize("width", [60, 80])
def test_case_show_in_a_real_terminal_wraps_and_indents(tmp_path: Path, width: int) -> None:
    pexpect = pytest.importorskip("pexpect")
    from trafficking_cli import resources

    case = tmp_path / "un" / "dossier" / "profond" / "rp-q.yaml"
    case.parent.mkdir(parents=True)
    shutil.copy(SCENARIOS / "talibes.yaml", case)
    text = case.read_text(encoding="utf-8")
    case.write_text(re.sub(r"(?m)^facts_date:.*$", "facts_date:", text), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRAFFICKING_") and k not in ("COLUMNS", "LINES")}
    env |= {"TRAFFICKING_DATA": str(resources.data_root()), "TRAFFICKING_HOME": str(tmp_path / "home"),
            "HOME": str(tmp_path), "NO_COLOR": "1", "TRAFFICKING_PAGER": "0", "PYTHONIOENCODING": "utf-8",
            "TRAFFICKING_CACHE_DIR": os.environ.get("TRAFFICKING_CACHE_DIR", "")}
    child = pexpect.spawn(sys.executable, ["-m", "trafficking_cli", "case", "show", str(case)], env=env,
                          encoding="utf-8", timeout=60, dimensions=(200, width))
    child.expect(pexpect.EOF)
    output = re.sub(r"\x1b\[[0-9;?]*[a-zA-Z]", "", child.before).replace("\r", "")
    warning = [line for line in _block(output, "⚠", "\n") if line.strip()]
    warning = warning[:next(i for i, line in enumerate(warning) if line.startswith("V1"))]
    assert len(warning) > 1 and all(line.startswith("  ") for line in warning[1:]), output
    assert all(len(line.rstrip()) <= width for line in warning if str(case) not in line), warning
    block = [line for line in _block(output, "Suspects", "Preuves")[1:] if line.strip()]
    assert block and all(line.startswith("  ") for line in block), block
    assert all(len(line.rstrip()) <= width for line in block if str(case) not in line), block
