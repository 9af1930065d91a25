"""A real terminal: Ctrl-C or Ctrl-D at a part of a question that asks several things (A04) keeps the main
answer and the parts given; the resume asks only the parts left (review 3, defect 1)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from trafficking_cli import cases as case_module
from trafficking_cli import resources

pexpect = pytest.importorskip("pexpect")
pytestmark = [pytest.mark.slow, pytest.mark.skipif(os.name == "nt", reason="pexpect.spawn is POSIX only")]

PROMPT = "› "
A04_PARTS = ["person", "family", "other_victims", "staff", "investigation"]


def spawn(case: Path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRAFFICKING_")}
    env |= {"TRAFFICKING_DATA": str(resources.data_root()), "TRAFFICKING_HOME": str(case.parent / "home"),
            "HOME": str(case.parent), "NO_COLOR": "1", "COLUMNS": "100", "PYTHONIOENCODING": "utf-8",
            "TRAFFICKING_CACHE_DIR": os.environ.get("TRAFFICKING_CACHE_DIR", "")}
    argv = ["-m", "trafficking_cli", "checklist", "run", "A", "--new", "--case", str(case)]
    return pexpect.spawn(sys.executable, argv, env=env, encoding="utf-8", timeout=30, dimensions=(50, 100))


def a04(case: Path) -> dict:
    return case_module.to_plain(case_module.read_case_data(case)[0])["answers"]["A.A04"]["V1"]


@pytest.mark.parametrize("stop", ["ctrl-c", "ctrl-d"])
def test_interrupted_at_a_part_keeps_the_answer_and_resumes_at_the_part(tmp_path, stop):
    case = tmp_path / "c.yaml"
    child = spawn(case)
    for typed in ("o", "1", "1", "2"):  # A01–A03, then A04 = 2 (moyen)
        child.expect_exact(PROMPT)
        child.sendline(typed)
    child.expect("Cette question demande aussi 5 autre")
    child.expect("La personne : niveau et raison")
    child.sendline("texte personne")
    child.expect("La famille : niveau et raison")
    child.expect_exact(PROMPT)
    child.sendintr() if stop == "ctrl-c" else child.sendeof()
    child.expect("Interrompu. Les réponses déjà données sont enregistrées")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130

    record = a04(case)
    assert record["value"] == "medium" and record["parts"] == {"person": "texte personne"}
    assert record["parts_open"] == A04_PARTS[1:]
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]

    again = spawn(case)
    again.expect("Réponse enregistrée : moyen")
    again.expect("Cette question demande aussi 4 autre")
    again.expect("La famille : niveau et raison")
    again.expect_exact(PROMPT)
    assert "question 1 sur" not in again.before
    again.sendline("q")  # pauses here as at a question's own prompt: never the family's answer
    again.expect("Pause. Toutes les réponses sont enregistrées")
    again.expect(pexpect.EOF)
    again.close()
    assert again.exitstatus == 0
    assert a04(case)["parts_open"] == A04_PARTS[1:]

    last = spawn(case)
    last.expect("La famille : niveau et raison")
    last.expect_exact(PROMPT)
    for typed in ("texte famille", "", ""):
        last.sendline(typed)
        last.expect_exact(PROMPT)
    last.sendline("texte enquête")
    last.expect("question 5 sur")  # A04 is complete: the next item, shown once A04 is on disk
    last.expect_exact(PROMPT)
    last.sendintr()
    last.expect(pexpect.EOF)
    last.close()
    record = a04(case)
    assert record["parts"] == {"person": "texte personne", "family": "texte famille",
                               "investigation": "texte enquête"}
    assert "parts_open" not in record
