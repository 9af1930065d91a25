"""In a real terminal: B05 and B09 typed, then ``memo`` runs with no hand edit (plain and encrypted cases).

The run is ended by ``kill -9`` right after the answers are acknowledged: nothing acknowledged is lost.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from trafficking_cli import cases as case_module
from trafficking_cli import resources

pexpect = pytest.importorskip("pexpect")
pytestmark = [pytest.mark.slow, pytest.mark.skipif(os.name == "nt", reason="pexpect.spawn is POSIX only")]

PROMPT = "› "
PASS = "une longue phrase secrète de test"
A_ANSWERS = "A01: yes\nA06: no\nA08: no\nA16: yes\nA17: yes\nA18: oral\n"


def environment(home: Path, encrypted: bool) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRAFFICKING_")}
    env |= {"TRAFFICKING_DATA": str(resources.data_root()), "TRAFFICKING_HOME": str(home), "NO_COLOR": "1",
            "COLUMNS": "100", "PYTHONIOENCODING": "utf-8",
            "TRAFFICKING_CACHE_DIR": os.environ.get("TRAFFICKING_CACHE_DIR", "")}
    if encrypted:
        env["TRAFFICKING_PASSPHRASE"] = PASS
    return env


def cli(env: dict[str, str], *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "trafficking_cli", *args], env=env, input=stdin,
                          capture_output=True, text=True, timeout=60, check=False)


def answer(child, text: str, then: str) -> None:
    child.expect_exact(PROMPT)
    child.sendline(text)
    child.expect(then)


@pytest.mark.parametrize("encrypted", [False, True])
def test_b05_and_b09_typed_let_the_memo_run_with_no_hand_edit(tmp_path, encrypted):
    env = environment(tmp_path / "home", encrypted)
    answers = tmp_path / "a.yaml"
    answers.write_text(A_ANSWERS, encoding="utf-8")
    first = cli(env, "checklist", "run", "A", "--new", "--case", "rp-2019-01", *(["--encrypt"] if encrypted else []),
                "--answers", str(answers))
    assert first.returncode == 0, first.stderr
    assert "facts_date" in first.stdout  # the memo still needs the date of the facts, and says so
    child = pexpect.spawn(sys.executable, ["-m", "trafficking_cli", "checklist", "run", "B", "--case", "rp-2019-01"],
                          env=env, encoding="utf-8", timeout=30, dimensions=(40, 100))
    for typed, then in (("o", "B02"), ("o", "B03"), ("Bamako", "B04"), ("r", "B05"), ("35", "B06"),
                        ("Kayes", "B07"), ("On m'a promis un travail au marché.", "B08"), ("1", "B09"),
                        ("03/2019", "Où"), ("Kayes", "B10")):
        answer(child, typed, then)
    child.expect_exact(PROMPT)  # B10 is shown only once B09 is on disk
    child.kill(signal.SIGKILL)
    child.close(force=True)
    path = tmp_path / "home" / "cases" / ("rp-2019-01.enc" if encrypted else "rp-2019-01.yaml")
    data = case_module.to_plain(case_module.read_case_data(path, PASS)[0])
    assert data["answers"]["B.B09"]["V1"]["value"] == "2019-03"
    assert data["answers"]["B.B09"]["V1"]["parts"] == {"place": "Kayes"}
    assert (data["facts_date"], data["places"], data["reference"]) == ("2019-03-01", ["Kayes"], "rp-2019-01")
    assert 26 <= data["victims"][0]["age_at_facts"] <= 28  # 35 today, seven years and some months after the facts
    assert data["summary"].startswith("V1 : On m'a promis")
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]
    memo = cli(env, "memo", "rp-2019-01", "--format", "md")
    assert memo.returncode == 0, memo.stderr
    assert "rp-2019-01" in memo.stdout and "Kayes" in memo.stdout
