"""The kill -9 loop (issue 11 keeps it as a test): interviews killed at random moments, between and during
saves, never lose an acknowledged answer nor leave a case that does not read; the next writer cleans up."""

from __future__ import annotations

import os
import random
import sys
import time
from pathlib import Path

import pytest

from trafficking_cli.cases import read_case_data

pexpect = pytest.importorskip("pexpect")
pytestmark = [pytest.mark.slow, pytest.mark.skipif(os.name == "nt", reason="pexpect.spawn is POSIX only")]
PROMPT = "› "
KILLS = 8


def _spawn(case: Path, home: Path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRAFFICKING_")}
    env |= {"TRAFFICKING_HOME": str(home), "NO_COLOR": "1", "COLUMNS": "120", "PYTHONIOENCODING": "utf-8",
            "TRAFFICKING_CACHE_DIR": os.environ.get("TRAFFICKING_CACHE_DIR", "")}
    return pexpect.spawn(sys.executable, ["-m", "trafficking_cli", "checklist", "run", "A", "--case", str(case)],
                         env=env, encoding="utf-8", timeout=30, dimensions=(50, 120))


def test_kill_minus_nine_at_random_moments_loses_no_acknowledged_answer(invoke, tmp_path):
    rng = random.Random(20261206)
    case = tmp_path / "c.yaml"
    assert invoke("case", "new", str(case)).exit_code == 0
    acknowledged: set[str] = set()
    for round_ in range(KILLS):
        child = _spawn(case, tmp_path / "home")
        child.expect_exact(PROMPT)
        if round_ == 0:
            child.sendline("o")  # A01: yes
            child.expect("question 2 sur")  # shown only once A01 is on disk
            acknowledged.add("A.A01")
            child.expect_exact(PROMPT)
        child.sendline(">")  # skip the question shown: a save, killed at a random moment
        time.sleep(rng.uniform(0, 0.2))
        child.kill(9)
        child.close(force=True)
        data = read_case_data(case)[0]  # always a whole, valid file
        assert acknowledged <= set(data.get("answers") or {}), round_
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    final = _spawn(case, tmp_path / "home")  # the next writer removes what the killed saves left
    final.expect_exact(PROMPT)
    final.sendintr()
    final.expect(pexpect.EOF)
    final.close()
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")], leftovers
