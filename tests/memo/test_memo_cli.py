"""``trafficking memo``: formats, --output, refusals, bad case files, and a case filled by the checklists."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parents[1]
KAYES = str(HERE / "scenarios" / "kayes.yaml")
INVALID = HERE / "scenarios" / "invalid"
WIDE = {"COLUMNS": "300"}


def test_markdown_to_stdout(invoke) -> None:  # type: ignore[no-untyped-def]
    result = invoke("memo", KAYES, "--format", "md", "--author", "Substitut X")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("# Note de qualification (traite des personnes) — RP 2019/0123")
    assert "Substitut X" in result.output and "CONFIDENTIEL" in result.output


def test_json_to_stdout_in_english(invoke) -> None:  # type: ignore[no-untyped-def]
    result = invoke("memo", KAYES, "-f", "json", "--lang", "en")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["schema"] == "trafficking-memo/2" and data["lang"] == "en"
    assert {(c["offence"], c["victim"]) for c in data["charges"]} == {
        ("traite", "V1"), ("traite", "V2"), ("trafic_enfant", "V2")}


def test_terminal_is_the_default(invoke) -> None:  # type: ignore[no-untyped-def]
    result = invoke("memo", KAYES)
    assert result.exit_code == 0, result.output
    assert "CONFIDENTIEL" in result.output and "Éléments constitutifs" in result.output


@pytest.mark.parametrize("fmt", ["md", "json", pytest.param("docx", marks=pytest.mark.slow),
                                 pytest.param("pdf", marks=pytest.mark.slow), "terminal"])
def test_output_writes_one_file_and_nothing_else(fmt: str, invoke, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    target = Path(f"note.{fmt}")  # relative: the output line's length does not depend on the temporary folder's
    monkeypatch.chdir(tmp_path)
    result = invoke("memo", KAYES, "-f", fmt, "-o", str(target))
    assert result.exit_code == 0, result.output
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temporary file left behind
    data = target.read_bytes()
    magic = {"docx": b"PK", "pdf": b"%PDF", "json": b"{", "md": b"# Note", "terminal": "─".encode()}
    assert data.startswith(magic[fmt])
    assert str(target) in result.output  # "Note écrite : …" on stderr


def test_output_replaces_an_existing_file(invoke, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "note.md"
    target.write_text("old", encoding="utf-8")
    refused = invoke("memo", KAYES, "-f", "md", "-o", str(target))  # issue 11: never without --force
    assert refused.exit_code == 2 and target.read_text(encoding="utf-8") == "old"
    assert invoke("memo", KAYES, "-f", "md", "-o", str(target), "--force").exit_code == 0
    assert target.read_text(encoding="utf-8").startswith("# Note")


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_binary_to_a_terminal_is_refused(fmt: str, invoke, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from trafficking_cli.cli.commands import memo as command

    monkeypatch.setattr(command, "stdout_is_terminal", lambda: True)
    monkeypatch.chdir(tmp_path)
    result = invoke("memo", KAYES, "-f", fmt, env=WIDE)
    assert result.exit_code == 2
    assert "--output" in result.output and fmt in result.output
    assert "Traceback" not in result.output
    assert list(tmp_path.iterdir()) == []


@pytest.mark.slow
def test_binary_to_a_pipe_is_written(invoke) -> None:  # type: ignore[no-untyped-def]
    result = invoke("memo", KAYES, "-f", "docx")
    assert result.exit_code == 0
    assert result.stdout_bytes.startswith(b"PK")


@pytest.mark.parametrize(("args", "needle"), [
    (["-f", "html"], "html"),
    (["-f", "md", "-o", "/nonexistent-folder/x.md"], "nonexistent-folder"),
])
def test_usage_errors(args: list[str], needle: str, invoke) -> None:  # type: ignore[no-untyped-def]
    result = invoke("memo", KAYES, *args, env=WIDE)
    assert result.exit_code == 2, result.output
    assert needle in result.output and "Traceback" not in result.output


BAD_FILES = [
    ("wrong-type.yaml", ["victims[0](V1).age_at_facts", "'seize' is not an age", "a whole number"]),
    ("unknown-element.yaml", ["victims[0](V1).established", "recrutment", "did you mean 'recrutement'"]),
    ("missing-victim.yaml", ["evidence[0].supports", "no victim 'V3'", 'write "V1.recrutement"']),
    ("victim-without-id.yaml", ["victims[0].id", "missing required key"]),
    ("no-facts-date.yaml", ["facts_date", "decides which law applies"]),
    ("broken-yaml.yaml", ["broken-yaml.yaml:7", "YAML syntax"]),
    ("wrong-kind.yaml", ["evidence[0].kind", "temoignage", "testimony"]),
]


@pytest.mark.parametrize(("name", "needles"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_bad_case_file(name: str, needles: list[str], invoke, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "note.pdf"
    # English needles: French is the default, so ask for English (tests/test_messages_fr.py covers French).
    result = invoke("memo", str(INVALID / name), "-f", "pdf", "-o", str(target), "--lang", "en", env=WIDE)
    assert result.exit_code == 3, result.output
    assert name in result.output
    for needle in needles:
        assert needle in result.output, needle
    assert "Traceback" not in result.output
    assert not target.exists() and list(tmp_path.iterdir()) == []


def test_missing_case_file(invoke) -> None:  # type: ignore[no-untyped-def]
    result = invoke("memo", "no-such-case.yaml", env=WIDE)
    assert result.exit_code != 0
    assert "no-such-case.yaml" in result.output and "Traceback" not in result.output


def test_case_filled_by_the_checklists(invoke, shipped_corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Answers only (no hand-written facts): the derived facts and evidence feed the memo."""
    from trafficking_cli import cases as case

    data = case.template_data(("V1",))
    data |= {"reference": "RP 2024/0100", "facts_date": "2024-03-01", "places": ["Kayes"],
             "summary": "Recrutée par une amie pour l’orpaillage, menacée, contrainte au travail."}
    data["victims"][0] |= {"age_at_facts": 23, "nationality": "NG", "sex": "F"}
    data["answers"] = {"B.B08": {"V1": {"value": "friend", "at": "2024-03-02T10:00:00"}},
                       "B.B17": {"V1": {"value": "yes", "at": "2024-03-02T10:05:00"}},
                       "B.B28": {"V1": {"value": ["gold_mining"], "at": "2024-03-02T10:10:00"}}}
    case.apply_derived(data, shipped_corpus.checklists, set(shipped_corpus.element_index()),
                       shipped_corpus.aggravating_ids(), today="2024-03-02")
    path = tmp_path / "dossier.yaml"
    path.write_text(case.render_case(data), encoding="utf-8")
    result = invoke("memo", str(path), "-f", "json")
    assert result.exit_code == 0, result.output
    charges = json.loads(result.output)["charges"]
    traite = next(c for c in charges if c["offence"] == "traite")
    # issue 8 point 14: a single "yes" to B17 (threats against the family) does not establish the legal means
    assert traite["status"] == "incomplete" and traite["proposed"] is False
    assert {e["category"]: e["facts"] for e in traite["elements"]} == {
        "act": ["recrutement"], "means": [], "purpose": ["travail_force"]}
    assert all(e["evidence"] for e in traite["elements"] if e["status"] == "met")  # the derived testimony is cited
    gaps = json.loads(result.output)["gaps_detail"]
    assert any(g["kind"] == "single_answer" and "B.B17" in g["gap"] for g in gaps)


@pytest.mark.slow
def test_whole_process_pdf(tmp_path: Path) -> None:
    """The real console script path, as a user runs it: a PDF whose text keeps the French typography."""
    from pypdf import PdfReader

    target = tmp_path / "note.pdf"
    done = subprocess.run([sys.executable, "-m", "trafficking_cli", "memo", KAYES, "-f", "pdf", "-o", str(target)],
                          capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(target.read_bytes())).pages)
    assert "l’œuvre" in text and "« dette »" in text and "Résumé" in text


def test_case_by_name_from_the_case_folder(invoke, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "home" / "cases"
    folder.mkdir(parents=True)
    (folder / "rp-2019-0123.yaml").write_bytes(Path(KAYES).read_bytes())
    result = invoke("memo", "rp-2019-0123", "-f", "json", env={"TRAFFICKING_HOME": str(tmp_path / "home")})
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["case"]["reference"] == "RP 2019/0123"


@pytest.mark.slow  # full-strength scrypt: with the slow tests, still run by CI
def test_encrypted_case(invoke, shipped_corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from trafficking_cli import cases as case
    from trafficking_cli.cases import crypto
    from trafficking_cli.corpus import loader

    path = tmp_path / "kayes.enc"
    data = case.to_plain(loader.parse_yaml(Path(KAYES).read_text(encoding="utf-8"), KAYES))
    cheap = crypto.KdfParams(log2_n=10, r=8, p=1)  # the header records it; full strength is tested in cli/
    case.new_case_file(path, data, passphrase="trois mots secrets", kdf=cheap).save()
    assert b"Kayes" not in path.read_bytes()
    result = invoke("memo", str(path), "-f", "md", env={"TRAFFICKING_PASSPHRASE": "trois mots secrets"})
    assert result.exit_code == 0, result.output
    assert "RP 2019/0123" in result.output
    refused = invoke("memo", str(path), "-f", "md", env={**WIDE, "TRAFFICKING_PASSPHRASE": ""})
    assert refused.exit_code != 0 and "Traceback" not in refused.output


def test_an_english_memo_quotes_the_law_in_french_beside_our_translation(invoke) -> None:
    """The law's words are French: a memo in English must not show only our (unofficial) translation."""
    kayes = Path(__file__).resolve().parents[1] / "scenarios" / "kayes.yaml"
    result = invoke("memo", str(kayes), "--format", "md", "--lang", "en")
    assert result.exit_code == 0, result.output
    annex = result.stdout.split("Annex", 1)[-1] if "Annex" in result.stdout else result.stdout
    assert "« L’exploitation organisée" in annex or "« le recrutement, le transport" in annex
    assert "(the recruitment, transport" in annex


def test_no_charge_wording_does_not_blame_the_law(invoke, tmp_path) -> None:
    case = tmp_path / "empty.yaml"
    case.write_text('schema: trafficking-case/1\nreference: "RP 1"\nfacts_date: "2020-01-01"\n'
                    "victims:\n  - id: V1\n    age_at_facts: 30\n", encoding="utf-8")
    out = invoke("memo", str(case), "--format", "md").stdout
    assert "aucun fait établi au dossier ne réunit encore les éléments" in out
