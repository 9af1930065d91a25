"""The smaller points of issue 11 (point 7): names, the identity file, passphrase sources, many exhibits."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from trafficking_cli.cases import crypto
from trafficking_cli.cli.passphrase_source import passphrase_from
from trafficking_cli.errors import UsageError

SCENARIOS = Path(__file__).resolve().parents[1] / "scenarios"
POSIX = pytest.mark.skipif(os.name != "posix", reason="POSIX modes and descriptors")


def test_a_reference_with_slashes_makes_no_folder_outside_the_case_folder(invoke, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    home = tmp_path / "home"
    result = invoke("case", "new", "RP/2019/0123", env={"TRAFFICKING_HOME": str(home)})
    assert result.exit_code == 3
    assert "rp-2019-0123" in result.stderr
    assert not (tmp_path / "RP").exists()
    assert invoke("case", "new", str(tmp_path / "elsewhere" / "c.yaml")).exit_code == 0  # a path: made, 0700


@pytest.mark.parametrize("command", [["case", "new", "x" * 300], ["memo", str(SCENARIOS / "kayes.yaml"), "-f",
                                                                   "md", "-o", "/tmp/" + "y" * 300 + ".md"]])
def test_a_name_too_long_for_the_system_is_a_clear_error(invoke, tmp_path, command):
    result = invoke(*command, env={"TRAFFICKING_HOME": str(tmp_path / "home")})
    assert result.exit_code in (2, 3), result.output
    assert "trop long" in result.stderr and "inattendue" not in result.stderr


def test_a_damaged_identity_file_is_an_error_not_no_passphrase(invoke, tmp_path, shipped_corpus):
    home = tmp_path / "home"
    env = {"TRAFFICKING_HOME": str(home), "TRAFFICKING_PASSPHRASE": "une phrase de test"}
    consent = tmp_path / "a.yaml"
    consent.write_text("A16: yes\nA17: yes\nA18: oral\n", encoding="utf-8")
    assert invoke("checklist", "run", "A", "--new", "--case", "rp-1", "--answers", str(consent), env=env).exit_code == 0
    identity = home / "cases" / "rp-1.identity"
    identity.write_bytes(b"\x89TKE\x01")  # cut short: damaged, not a wrong passphrase
    protected = next(i for c in shipped_corpus.checklists.values() if c.id == "B" for i in c.items if i.protected)
    answers = tmp_path / "b.yaml"
    answers.write_text(f'{protected.id}: "Awa"\n', encoding="utf-8")
    result = invoke("checklist", "run", "B", "--case", "rp-1", "--answers", str(answers), env=env)
    assert result.exit_code != 0
    assert "endommagé" in result.stderr
    assert identity.read_bytes() == b"\x89TKE\x01"


@POSIX
def test_a_passphrase_from_a_private_file_or_a_descriptor(tmp_path):
    secret = tmp_path / "pass.txt"
    secret.write_text("une phrase longue\n", encoding="utf-8")
    secret.chmod(0o644)
    with pytest.raises(UsageError, match="can be read by others"):
        passphrase_from({"TRAFFICKING_PASSPHRASE_FILE": str(secret)})
    secret.chmod(0o600)
    assert passphrase_from({"TRAFFICKING_PASSPHRASE_FILE": str(secret), "TRAFFICKING_PASSPHRASE": "other"}) == \
        "une phrase longue"
    read, write = os.pipe()
    os.write(write, b"par descripteur\n")
    os.close(write)
    assert passphrase_from({"TRAFFICKING_PASSPHRASE_FD": str(read)}) == "par descripteur"
    assert passphrase_from({"TRAFFICKING_PASSPHRASE": "env"}) == "env"
    assert passphrase_from({}) is None


@pytest.mark.slow
@POSIX
def test_an_encrypted_case_opened_with_a_passphrase_descriptor(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRAFFICKING_")}
    env |= {"TRAFFICKING_HOME": str(tmp_path / "home"), "TRAFFICKING_NO_CACHE": "1", "TRAFFICKING_PASSPHRASE_FD": "3"}
    tool = f"{sys.executable} -m trafficking_cli"
    made = subprocess.run(["sh", "-c", f"echo 'une phrase longue' | {tool} case new s --encrypt 3<&0 </dev/null"],
                          env=env, capture_output=True, timeout=120)
    assert made.returncode == 0, made.stderr
    path = tmp_path / "home" / "cases" / "s.enc"
    assert crypto.is_encrypted(path.read_bytes())
    shown = subprocess.run(["sh", "-c", f"echo 'une phrase longue' | {tool} case show s 3<&0 </dev/null"], env=env,
                           capture_output=True, timeout=120)
    assert shown.returncode == 0, shown.stderr


@pytest.mark.slow
def test_a_pdf_memo_with_forty_exhibits_on_one_element(invoke, tmp_path):
    text = (SCENARIOS / "kayes.yaml").read_text(encoding="utf-8")
    extra = "".join(f'  - id: E{100 + n}\n    kind: testimony\n    description: "Témoin {n}"\n'
                    f"    supports: [V1.recrutement]\n" for n in range(40))
    case = tmp_path / "many.yaml"
    case.write_text(text.replace("evidence:\n", "evidence:\n" + extra, 1), encoding="utf-8")
    out = tmp_path / "many.pdf"
    result = invoke("memo", str(case), "-f", "pdf", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(b"%PDF")
