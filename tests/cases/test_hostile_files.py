"""Hostile files (issue 11, point 5): alias bombs and huge files refused, the KDF cost bounded, a .enc
case always encrypted, control sequences neutralised, wrong types named, answers files checked."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from trafficking_cli.cases import crypto
from trafficking_cli.corpus.loader import MAX_YAML_BYTES, parse_yaml, printable
from trafficking_cli.errors import CryptoError, DataError

ROOT = Path(__file__).resolve().parents[2]
ESCAPES = "\x1b]0;pwned\x07\x1b[2J\x1b]8;;http://x.example\x1b\\lien\x1b]8;;\x1b\\\r\x9b31m"


def _bomb(levels: int = 9) -> str:
    """The classic "billion laughs": under 1 kB, 10^9 values once expanded."""
    text = 'a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    for n in range(1, levels + 1):
        text += f"a{n}: &a{n} [" + ", ".join([f"*a{n - 1}"] * 10) + "]\n"
    return text


@pytest.fixture()
def env(tmp_path: Path) -> dict[str, str]:
    return {"TRAFFICKING_HOME": str(tmp_path / "home")}


def _new_case(invoke, env: dict[str, str]) -> Path:
    assert invoke("case", "new", "rp-1", env=env).exit_code == 0
    return Path(env["TRAFFICKING_HOME"]) / "cases" / "rp-1.yaml"


# ---- alias bombs and sizes -----------------------------------------------------------------------

def test_an_alias_bomb_is_refused_before_it_is_expanded():
    assert len(_bomb()) < 1000
    with pytest.raises(DataError) as caught:
        parse_yaml(_bomb(), "bomb.yaml")
    assert "alias" in caught.value.localized_message("fr")
    with pytest.raises(DataError, match="recursive"):
        parse_yaml("a: &a [*a]\n", "loop.yaml")
    with pytest.raises(DataError, match="nested"):
        parse_yaml("[" * 500 + "]" * 500, "deep.yaml")
    assert parse_yaml("base: &b {x: 1}\nother: *b\n", "ok.yaml") == {"base": {"x": 1}, "other": {"x": 1}}


def test_an_alias_bomb_is_refused_as_a_case_an_answers_file_and_a_data_tree(invoke, env, tmp_path):
    case = _new_case(invoke, env)
    case.write_text(case.read_text(encoding="utf-8") + _bomb().replace("a0:", "x_bomb0:"), encoding="utf-8")
    for command in (["case", "show", "rp-1"], ["memo", "rp-1"], ["case", "list"]):
        result = invoke(*command, env=env)
        assert "Traceback" not in result.output
        if command != ["case", "list"]:
            assert result.exit_code == 3 and "alias" in result.stderr, result.output

    answers = tmp_path / "answers.yaml"
    answers.write_text(_bomb(), encoding="utf-8")
    result = invoke("checklist", "run", "A", "--case", "rp-2", "--new", "--answers", str(answers), env=env)
    assert result.exit_code == 3 and "alias" in result.stderr
    assert not (tmp_path / "home" / "cases" / "rp-2.yaml").exists()

    data = tmp_path / "data"
    shutil.copytree(ROOT / "law", data / "law")
    shutil.copytree(ROOT / "checklists", data / "checklists")
    (data / "law" / "zz-bomb.yaml").write_text(_bomb(), encoding="utf-8")
    result = invoke("--data-dir", str(data), "show", "3", env={**env, "TRAFFICKING_NO_CACHE": "1"})
    assert result.exit_code == 3 and "alias" in result.stderr


def test_a_file_too_big_is_refused_before_it_is_read(invoke, env, tmp_path):
    answers = tmp_path / "answers.yaml"
    with answers.open("w", encoding="utf-8") as handle:
        handle.write("A01: oui\n# " + "x" * (MAX_YAML_BYTES + 10) + "\n")
    result = invoke("checklist", "run", "A", "--case", "rp-2", "--new", "--answers", str(answers), env=env)
    assert result.exit_code == 3 and "trop gros" in result.stderr


# ---- encryption --------------------------------------------------------------------------------

def test_a_crafted_header_cannot_ask_for_more_work_than_the_tool_itself_does():
    key = crypto.new_key("phrase", crypto.KdfParams(log2_n=10, r=8, p=1))
    sealed = bytearray(crypto.encrypt(b"x", key))
    for offset, value in ((6, 20), (7, 16), (8, 4), (6, 18)):  # n=2^20, r=16, p=4: gigabytes, tens of seconds
        crafted = bytearray(sealed)
        crafted[offset] = value
        with pytest.raises(CryptoError, match="scrypt parameters refused"):
            crypto.decrypt(bytes(crafted), "phrase")
    crypto.DEFAULT_KDF.check()  # what the tool writes is still accepted


def test_a_enc_case_is_always_encrypted(invoke, env, tmp_path):
    plain = _new_case(invoke, env)
    disguised = plain.with_suffix(".enc")
    plain.rename(disguised)
    before = disguised.read_bytes()
    answers = tmp_path / "answers.yaml"
    answers.write_text("A01: oui\n", encoding="utf-8")
    for command in (["case", "show", "rp-1"], ["checklist", "run", "A", "--new", "--case", str(disguised), "--answers",
                                                str(answers)]):
        result = invoke(*command, env=env)
        assert result.exit_code == 3 and "n’est pas chiffré" in result.stderr, result.output
    assert disguised.read_bytes() == before  # no answer written in clear
    result = invoke("case", "new", str(tmp_path / "new.enc"), env=env)
    assert result.exit_code == 3 and "--encrypt" in result.stderr
    assert not (tmp_path / "new.enc").exists()


# ---- control sequences -----------------------------------------------------------------------------

def test_control_sequences_are_made_visible_not_obeyed():
    assert printable("a\x1b[2Jb\tc\nd\r\x9b\x7f") == "a␛[2Jb\tc\nd␍\ufffd␡"
    assert parse_yaml('summary: "x\\e]0;title\\a"\n', "c.yaml") == {"summary": "x␛]0;title␇"}


@pytest.mark.parametrize("command", [["case", "show", "rp-1"], ["case", "list"], ["case", "list", "--json"],
                                     ["memo", "rp-1", "--format", "md"], ["memo", "rp-1"]])
def test_no_control_sequence_of_a_case_reaches_the_terminal(invoke, env, command):
    case = _new_case(invoke, env)
    text = case.read_text(encoding="utf-8")
    quoted = ESCAPES.replace("\\", "\\\\").encode("unicode_escape").decode("ascii").replace('"', '\\"')
    text = text.replace("summary: ''", f'summary: "{quoted}"').replace("reference: ''", f'reference: "{quoted}"')
    text = text.replace("facts_date: null", 'facts_date: "2019-01-15"')
    case.write_text(text, encoding="utf-8")
    (case.parent / "evil\x1b[2J.yaml").write_bytes(case.read_bytes())  # a hostile file name too
    result = invoke(*command, env=env)
    assert result.exit_code == 0, result.output
    for control in ("\x1b", "\x07", "\x9b", "\r"):
        assert control not in result.output
    if command[0] == "case" and "--json" not in command:
        assert "␛" in result.output


@pytest.mark.slow
def test_control_characters_in_a_summary_do_not_break_the_docx(invoke, env, tmp_path):
    case = _new_case(invoke, env)
    text = case.read_text(encoding="utf-8").replace("summary: ''", 'summary: "a\\x00b\\x0bc\\x1bd"')
    case.write_text(text.replace("facts_date: null", 'facts_date: "2019-01-15"'), encoding="utf-8")
    out = tmp_path / "memo.docx"
    result = invoke("memo", "rp-1", "--format", "docx", "--output", str(out), env=env)
    assert result.exit_code == 0, result.output
    import docx

    assert any("a␀b␋c␛d" in p.text for p in docx.Document(str(out)).paragraphs)


# ---- wrong types ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("old", "new", "key"), [
    ("places: []", "places: Kayes", "places"),
    ("places: []", "places: {Kayes: 1}", "places"),
    ("places: []", "places: [{ville: Kayes}]", "places[0]"),
    ("facts_date: null", "facts_date: null\nderived: 5", "derived"),
    ("facts_date: null", "facts_date: null\nderived: {victims: [V1]}", "derived.victims"),
    ("facts_date: null", "facts_date: null\nderived: {victims: {V1: {added: [x]}}}", "derived.victims.V1.added"),
    ("facts_date: null", "facts_date: null\nderived: {evidence: E1}", "derived.evidence"),
])
def test_a_wrong_type_is_a_data_error_naming_file_line_and_key(invoke, env, old, new, key):
    case = _new_case(invoke, env)
    case.write_text(case.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    result = invoke("case", "show", "rp-1", env=env)
    assert result.exit_code == 3, result.output
    message = " ".join(result.stderr.split())
    assert f"{case}:" in message and f" {key} :" in message, message
    assert "inattendue" not in message and "K, a, y" not in result.output


# ---- answers files -------------------------------------------------------------------------------

def test_an_empty_answers_file_is_an_error_not_an_interview(invoke, env, tmp_path):
    answers = tmp_path / "answers.yaml"
    answers.write_text("# nothing yet\n", encoding="utf-8")
    result = invoke("checklist", "run", "A", "--new", "--case", "rp-2", "--answers", str(answers), env=env, input="o\n")
    assert result.exit_code == 3 and "vide" in result.stderr, result.output
    assert not (tmp_path / "home" / "cases" / "rp-2.yaml").exists()


def test_one_item_given_twice_under_two_names_is_a_conflict(invoke, env, tmp_path):
    answers = tmp_path / "answers.yaml"
    answers.write_text("A01: oui\nA.A01: non\n", encoding="utf-8")
    result = invoke("checklist", "run", "A", "--case", "rp-2", "--new", "--answers", str(answers), env=env)
    assert result.exit_code == 3, result.output
    assert "A.A01" in result.stderr and "A01" in result.stderr and "deux fois" in result.stderr
