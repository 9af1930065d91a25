"""Review 3, defects 3, 4a, 10 and 11: what the tool tells the user must be a way that exists (a child's date of
facts), call allegations what they are, and report bad input and a usage problem as such."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

CHILD_A = "A01: oui\nA02: 1\nA03: aucun\nA05: non\nA06: oui\n"  # A06 « oui »: age in doubt, a presumed child
ADULT_A = "A01: oui\nA02: 1\nA03: aucun\nA05: non\nA06: non\n"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_child_case_is_sent_to_case_set_for_its_date_never_to_b09(lang: str, invoke, tmp_path) -> None:  # type: ignore[no-untyped-def]
    home = {"TRAFFICKING_HOME": str(tmp_path / "home"), "COLUMNS": "400"}
    answers = tmp_path / "a.yaml"
    for name, text in (("enfant", CHILD_A), ("adulte", ADULT_A)):
        answers.write_text(text, encoding="utf-8")
        run = invoke("--lang", lang, "checklist", "run", "A", "--case", name, "--answers", str(answers), "--new",
                     env=home)
        assert run.exit_code == 0, run.output
        shown = invoke("--lang", lang, "case", "show", name, env=home)
        assert shown.exit_code == 0, shown.output
        for output in (" ".join(run.output.split()), " ".join(shown.output.split())):
            if name == "enfant":
                assert "B09" not in output
                assert "facts_date AAAA-MM-JJ" in output if lang == "fr" else "facts_date YYYY-MM-DD" in output
                assert ("JJ/MM/AAAA" if lang == "fr" else "DD/MM/YYYY") in output
            else:
                assert "B09" in output  # an adult is put list B, whose B09 gives the date
    # the date so named is accepted as written, and the warning goes
    done = invoke("case", "set", "enfant", "facts_date", "15/01/2019", env=home)
    assert done.exit_code == 0, done.output
    shown = invoke("--lang", lang, "case", "show", "enfant", env=home).output
    assert "2019-01-15" in shown and "facts_date" not in shown


KAYES = Path(__file__).resolve().parents[1] / "scenarios" / "kayes.yaml"


@pytest.mark.skipif(os.name != "posix", reason="file modes")
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_passphrase_file_others_can_read_is_a_usage_problem_not_a_wrong_passphrase(lang: str, invoke,
                                                                                      tmp_path) -> None:  # type: ignore[no-untyped-def]
    from trafficking_cli import cases
    from trafficking_cli.cases import crypto
    from trafficking_cli.corpus import loader

    path = tmp_path / "kayes.enc"
    data = cases.to_plain(loader.parse_yaml(KAYES.read_text(encoding="utf-8"), str(KAYES)))
    cheap = crypto.KdfParams(log2_n=10, r=8, p=1)  # the header records it; full strength is tested elsewhere
    cases.new_case_file(path, data, passphrase="une phrase longue et sûre", kdf=cheap).save()
    secret = tmp_path / "pass.txt"
    secret.write_text("une phrase longue et sûre\n", encoding="utf-8")
    secret.chmod(0o644)
    env = {"TRAFFICKING_PASSPHRASE": None, "TRAFFICKING_PASSPHRASE_FILE": str(secret)}
    refused = invoke("--lang", lang, "case", "show", str(path), env=env)
    assert refused.exit_code == 2, refused.output  # README: 5 is a wrong passphrase or a tampered file only
    said = " ".join(refused.stderr.split())
    assert ("peut être lu par d’autres" if lang == "fr" else "can be read by others") in said
    assert f"chmod 600 {secret}" in said
    secret.chmod(0o600)
    assert invoke("case", "show", str(path), env=env).exit_code == 0
    secret.write_text("une autre phrase\n", encoding="utf-8")
    assert invoke("case", "show", str(path), env=env).exit_code == 5  # a wrong one stays 5


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_control_character_is_one_record_per_problem_with_line_and_key(lang: str, invoke, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from conftest import copy_of_the_data

    root = copy_of_the_data(tmp_path / "data")
    (root / "law" / "zz.yaml").write_bytes(b'a: 1\nb: "x\x01y"\nc: x\x0cy\n\t\x00bad')
    result = invoke("--lang", lang, "validate", "--data-dir", str(root), tty=False)  # a pipe: one record a line
    assert result.exit_code == 3, result.output
    records = [line for line in result.stdout.splitlines() if "zz.yaml" in line]
    said = "caractère de contrôle {} interdit" if lang == "fr" else "control character {} not allowed"
    assert len(records) == 3, result.stdout  # every character, not only PyYAML's first
    for record, (line, key, code) in zip(records, ((2, "b: ", "U+0001"), (3, "c: ", "U+000C"), (4, "", "U+0000")),
                                         strict=True):
        assert f"zz.yaml:{line}: {key}{said.format(code)}" in record
    assert "unacceptable" not in result.output and "position" not in result.output and "<unicode" not in result.output


def test_a_binary_file_gives_the_first_characters_then_a_count() -> None:
    from trafficking_cli.corpus.loader import MAX_CHARACTER_PROBLEMS, parse_yaml
    from trafficking_cli.errors import DataError

    with pytest.raises(DataError) as caught:
        parse_yaml("a: 1\n" + "\x00\n" * (MAX_CHARACTER_PROBLEMS + 5), "bin.yaml")
    problems = caught.value.problems
    assert len(problems) == MAX_CHARACTER_PROBLEMS + 1
    assert problems[0].line == 2 and problems[-1].text("fr").endswith("et 5 autre(s) caractère(s) de contrôle")
