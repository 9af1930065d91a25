"""In a real terminal, the interview reacts to what it hears, and the terminal behaves like a shell.

A01 "no" shows an alert and records the duty; consent refused at A18 stops the run; a presumed child is
never given checklist B; arrow keys and Home edit the line and only clean text is saved. Every run ends
with ``kill -9`` or on its own: no acknowledged answer is lost.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import pytest

from trafficking_cli import cases as case_module
from trafficking_cli import resources

pexpect = pytest.importorskip("pexpect")
pytestmark = [pytest.mark.slow, pytest.mark.skipif(os.name == "nt", reason="pexpect.spawn is POSIX only")]

PROMPT = "› "
BEFORE_A07 = "A01: yes\nA02: not_applicable\nA03: []\nA04: low\nA05: no\nA06: no\n"
BEFORE_A18 = BEFORE_A07 + "A07: bambara\nA08: no\nA10: no_preference\nA11: yes\nA12: yes\nA13: yes\nA14: no\n" \
    "A15: no\nA16: yes\nA17: yes\n"


def spawn(home: Path, *args: str, answers: Path | None = None):
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRAFFICKING_")}
    env |= {"TRAFFICKING_DATA": str(resources.data_root()), "TRAFFICKING_HOME": str(home), "NO_COLOR": "1",
            "COLUMNS": "100", "PYTHONIOENCODING": "utf-8",
            "TRAFFICKING_CACHE_DIR": os.environ.get("TRAFFICKING_CACHE_DIR", "")}
    argv = ["-m", "trafficking_cli", "checklist", "run", *args, "--new",
            *(["--answers", str(answers)] if answers else [])]
    return pexpect.spawn(sys.executable, argv, env=env, encoding="utf-8", timeout=30, dimensions=(40, 100))


def prefill(tmp_path: Path, checklist: str, text: str) -> None:
    answers = tmp_path / f"{checklist}.yaml"
    answers.write_text(text, encoding="utf-8")
    child = spawn(tmp_path / "home", checklist, "--case", "rp-1", answers=answers)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before


def case(tmp_path: Path) -> dict:
    return case_module.to_plain(case_module.read_case_data(tmp_path / "home" / "cases" / "rp-1.yaml")[0])


def test_a01_no_shows_an_alert_and_records_the_duty(tmp_path):
    child = spawn(tmp_path / "home", "A", "--case", "rp-1")
    child.expect("A01")
    child.expect_exact(PROMPT)
    child.sendline("n")
    child.expect("ALERTE \\(A01\\)")
    child.expect("lieu sûr")
    child.expect("Devoir de protection consigné : Sécurité immédiate")
    child.expect("A02")  # shown only once A01 is on disk
    child.expect_exact(PROMPT)
    child.kill(signal.SIGKILL)
    child.close(force=True)
    data = case(tmp_path)
    assert data["answers"]["A.A01"]["V1"]["value"] == "no"
    assert data["derived"]["victims"]["V1"]["protection"]["securite_immediate"] == ["A.A01"]


def test_consent_refused_at_a18_stops_the_run(tmp_path):
    prefill(tmp_path, "A", BEFORE_A18)
    child = spawn(tmp_path / "home", "A", "--case", "rp-1")
    child.expect("A18")
    child.expect_exact(PROMPT)
    child.sendline("4")  # refus
    child.expect("consentement refusé")
    child.expect("checklist run E --case rp-1")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert "A19" not in child.before and "enregistrée (son ou vidéo)" not in child.before
    data = case(tmp_path)
    assert data["answers"]["A.A18"]["V1"]["value"] == "refused" and "A.A19" not in data["answers"]
    locked = spawn(tmp_path / "home", "B", "--case", "rp-1")
    locked.expect("refusé l’audition")
    locked.expect(pexpect.EOF)


def test_a_presumed_child_cannot_be_given_checklist_b(tmp_path):
    prefill(tmp_path, "A", BEFORE_A18.replace("A06: no", "A06: unknown") + "A17G: yes\nA18: oral\n")
    child = spawn(tmp_path / "home", "B", "--case", "rp-1")
    child.expect(r"ne\s+lui\s+est\s+jamais\s+posée")
    child.expect("checklist run C --case rp-1")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 2
    assert not any(key.startswith("B.") for key in case(tmp_path)["answers"])


def test_an_adult_who_turns_out_a_child_in_b_stops_there(tmp_path):
    prefill(tmp_path, "A", BEFORE_A18 + "A18: oral\n")
    child = spawn(tmp_path / "home", "B", "--case", "rp-1")
    for typed, then in (("o", "B02"), ("o", "B03"), ("Kayes", "B04"), ("r", "B05")):
        child.expect_exact(PROMPT)
        child.sendline(typed)
        child.expect(then)
    child.expect_exact(PROMPT)
    child.sendline("15")
    child.expect("ne lui est pas posée et s’arrête ici")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    data = case(tmp_path)
    assert data["answers"]["B.B05"]["V1"]["value"] == 15 and "B.B06" not in data["answers"]


def test_arrow_keys_and_home_edit_the_line_and_save_clean_text(tmp_path):
    prefill(tmp_path, "A", BEFORE_A07)
    child = spawn(tmp_path / "home", "A", "--case", "rp-1")
    child.expect("A07")
    child.expect_exact(PROMPT)
    child.send("Bambar")
    child.send("\x1b[D\x1b[D")  # ← ←
    child.send("X")
    child.send("\x1b[H")  # Home
    child.send("Y")
    child.send("\x1b[F")  # End
    child.send("a\r")
    child.expect("A08")
    child.expect_exact(PROMPT)
    child.kill(signal.SIGKILL)
    child.close(force=True)
    assert case(tmp_path)["answers"]["A.A07"]["V1"]["value"] == "YBambXara"


def test_a_wrong_identity_passphrase_then_the_right_one_keeps_the_answer(tmp_path):
    from trafficking_cli.cases import crypto

    prefill(tmp_path, "A", BEFORE_A18 + "A18: oral\n")
    right = "sable rouge pluie Kayes"
    identity = tmp_path / "home" / "cases" / "rp-1.identity"
    case_module.IdentityFile.open(identity, right, crypto.KdfParams(log2_n=10, r=8, p=1)).save()
    child = spawn(tmp_path / "home", "B", "--case", "rp-1")
    for typed, then in (("o", "B02"), ("o", "B03"), ("Kayes", "B04")):
        child.expect_exact(PROMPT)
        child.sendline(typed)
        child.expect(then)
    child.expect_exact(PROMPT)
    child.sendline("Awa Traoré")
    child.expect("Phrase secrète du fichier d’identité")
    child.sendline("une mauvaise phrase secrète")
    child.expect("gardée en mémoire")
    child.expect("Phrase secrète du fichier d’identité")
    child.sendline(right)
    child.expect("Consigné dans le fichier d’identité chiffré")
    child.expect("B05")
    child.expect_exact(PROMPT)
    child.kill(signal.SIGKILL)
    child.close(force=True)
    assert case(tmp_path)["answers"]["B.B04"]["V1"] == {**case(tmp_path)["answers"]["B.B04"]["V1"],
                                                        "protected": True, "recorded": True}
    stored = case_module.IdentityFile.open(identity, right).data["identities"]["V1"]["B.B04"]
    assert stored["value"] == "Awa Traoré"
    read_back = subprocess_cli(tmp_path / "home", "case", "identity", "rp-1", passphrase=right)
    assert read_back.returncode == 0 and "Awa Traoré" in read_back.stdout, read_back.stderr


def subprocess_cli(home: Path, *args: str, passphrase: str):
    import subprocess

    env = {k: v for k, v in os.environ.items() if not k.startswith("TRAFFICKING_")}
    env |= {"TRAFFICKING_DATA": str(resources.data_root()), "TRAFFICKING_HOME": str(home), "NO_COLOR": "1",
            "COLUMNS": "120", "PYTHONIOENCODING": "utf-8", "TRAFFICKING_PASSPHRASE": passphrase}
    return subprocess.run([sys.executable, "-m", "trafficking_cli", *args], env=env, capture_output=True, text=True,
                          timeout=60, check=False)


def test_a_mistyped_case_in_a_terminal_names_the_closest_and_asks(tmp_path):
    prefill(tmp_path, "A", "A01: yes\n")  # rp-1 exists
    argv = ["-m", "trafficking_cli", "checklist", "run", "A", "--case", "rp-2"]
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRAFFICKING_")}
    env |= {"TRAFFICKING_DATA": str(resources.data_root()), "TRAFFICKING_HOME": str(tmp_path / "home"),
            "NO_COLOR": "1", "COLUMNS": "100"}
    child = pexpect.spawn(sys.executable, argv, env=env, encoding="utf-8", timeout=30, dimensions=(40, 100))
    child.expect("Aucun dossier « rp-2 »")
    child.expect("Les plus proches : rp-1")
    child.expect_exact("Créer « rp-2 » ? [O/n]")
    child.sendline("n")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 2 and not (tmp_path / "home" / "cases" / "rp-2.yaml").exists()
    again = pexpect.spawn(sys.executable, argv, env=env, encoding="utf-8", timeout=30, dimensions=(40, 100))
    again.expect_exact("Créer « rp-2 » ? [O/n]")
    again.sendline("")  # Enter: yes
    again.expect("A01")
    again.expect_exact(PROMPT)
    again.sendline("o")
    again.expect("A02")
    again.kill(signal.SIGKILL)
    again.close(force=True)
    data = case_module.read_case_data(tmp_path / "home" / "cases" / "rp-2.yaml")[0]
    assert data["answers"]["A.A01"]["V1"]["value"] == "yes"
