"""``case set`` and ``case edit``: the same means for plain and encrypted cases; never "edit line 12" of a .enc."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from trafficking_cli import cases as case_module
from trafficking_cli import resources

PASS = "une longue phrase secrète de test"


@pytest.fixture()
def run(invoke, tmp_path):
    def go(*args: str, input: str | None = None, **env: str | None):
        full = {"TRAFFICKING_DATA": str(resources.data_root()), "TRAFFICKING_HOME": str(tmp_path / "home"),
                "TRAFFICKING_PASSPHRASE": PASS, **env}
        return invoke(*args, input=input, env=full)  # type: ignore[arg-type]

    return go


def _data(path: Path) -> dict:
    return case_module.to_plain(case_module.read_case_data(path, PASS)[0])


# Encrypted: seven commands, each deriving the key at full scrypt strength (~0.7 s in all): slow.
@pytest.mark.parametrize("encrypt", [False, pytest.param(True, marks=pytest.mark.slow)])
def test_case_set_fills_what_the_memo_needs(run, tmp_path, encrypt):
    created = run("case", "new", "rp-7", *(["--encrypt"] if encrypt else []))
    assert created.exit_code == 0, created.output
    path = tmp_path / "home" / "cases" / ("rp-7.enc" if encrypt else "rp-7.yaml")
    refused = run("memo", "rp-7")
    assert refused.exit_code == 3
    assert "trafficking case set rp-7 facts_date" in refused.stderr
    if encrypt:
        assert "chiffré" in refused.stderr and ".enc:" not in refused.stderr  # no line of a binary file
    assert run("case", "set", "rp-7", "facts_date", "15/01/2019").exit_code == 0
    assert run("case", "set", "rp-7", "places", "Kayes, Bamako").exit_code == 0
    assert run("case", "set", "rp-7", "V1.age_at_facts", "16").exit_code == 0
    data = _data(path)
    assert (data["facts_date"], data["places"], data["victims"][0]["age_at_facts"]) == \
        ("2019-01-15", ["Kayes", "Bamako"], 16)
    assert case_module.is_encrypted_file(path) is encrypt
    assert run("memo", "rp-7").exit_code == 0


def test_case_set_refuses_a_bad_key_or_value_and_writes_nothing(run, tmp_path):
    run("case", "new", "rp-8")
    path = tmp_path / "home" / "cases" / "rp-8.yaml"
    before = path.read_bytes()
    for args in (("nom", "Awa"), ("facts_date", "2019-13-01"), ("V1.age_at_facts", "seize"), ("V9.sex", "F")):
        result = run("case", "set", "rp-8", *args)
        assert result.exit_code == 2, result.output
    assert path.read_bytes() == before


@pytest.mark.slow  # starts the editor, a real process
@pytest.mark.skipif(os.name == "nt", reason="the fake editor is a shell script")
@pytest.mark.parametrize("encrypt", [False, True])
def test_case_edit_goes_through_a_private_copy_that_is_removed(run, tmp_path, encrypt):
    run("case", "new", "rp-9", *(["--encrypt"] if encrypt else []))
    seen = tmp_path / "seen"
    editor = tmp_path / "editor.py"
    editor.write_text(
        "import os, stat, sys\n"
        f"open({str(seen)!r}, 'w').write(sys.argv[1] + ' ' + oct(stat.S_IMODE(os.stat(sys.argv[1]).st_mode)))\n"
        "text = open(sys.argv[1], encoding='utf-8').read()\n"
        "open(sys.argv[1], 'w', encoding='utf-8').write(text.replace('facts_date: null', "
        "'facts_date: \"2019-02-03\"'))\n", encoding="utf-8")
    result = run("case", "edit", "rp-9", EDITOR=f"{sys.executable} {editor}")
    assert result.exit_code == 0, result.output
    copy, mode = seen.read_text().split()
    assert mode == oct(0o600) and not Path(copy).exists() and not Path(copy).parent.exists()
    path = tmp_path / "home" / "cases" / ("rp-9.enc" if encrypt else "rp-9.yaml")
    assert _data(path)["facts_date"] == "2019-02-03"
    assert case_module.is_encrypted_file(path) is encrypt


@pytest.mark.slow  # starts the editor, a real process
@pytest.mark.skipif(os.name == "nt", reason="the fake editor is a shell script")
def test_case_edit_that_breaks_the_case_writes_nothing(run, tmp_path):
    run("case", "new", "rp-10", "--encrypt")
    path = tmp_path / "home" / "cases" / "rp-10.enc"
    before = path.read_bytes()
    editor = tmp_path / "editor.py"
    editor.write_text("import sys\nopen(sys.argv[1], 'a').write('victims: 12\\n')\n", encoding="utf-8")
    result = run("case", "edit", "rp-10", EDITOR=f"{sys.executable} {editor}")
    assert result.exit_code == 3
    assert "Rien n’a été écrit" in result.output
    assert path.read_bytes() == before
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
