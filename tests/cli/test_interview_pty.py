"""A real pseudo-terminal: answer, kill -9, check the answer survived and the resume starts after it."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import pytest

from trafficking_cli import cases as case_module
from trafficking_cli import resources
from trafficking_cli.checklists import engine as ck
from trafficking_cli.corpus import lookup as corpus_module

pexpect = pytest.importorskip("pexpect")
pytestmark = [pytest.mark.slow, pytest.mark.skipif(os.name == "nt", reason="pexpect.spawn is POSIX only")]

MINI = Path(__file__).resolve().parents[1] / "data" / "checklist-mini"
PROMPT = "› "


@pytest.fixture(scope="module")
def data_root() -> Path:
    """The shipped data when it validates (the real checklist A), else the miniature."""
    _, problems = corpus_module.load_with_problems(resources.data_root())
    return resources.data_root() if not problems else MINI


def spawn(case: Path, data_root: Path, *args: str, lang: str | None = None):
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRAFFICKING_")}
    env |= {"TRAFFICKING_DATA": str(data_root), "TRAFFICKING_HOME": str(case.parent / "home"), "NO_COLOR": "1",
            "COLUMNS": "120", "TRAFFICKING_CACHE_DIR": os.environ.get("TRAFFICKING_CACHE_DIR", ""),
            "PYTHONIOENCODING": "utf-8"}
    argv = ["-m", "trafficking_cli", *(["--lang", lang] if lang else []), "checklist", "run", "A", "--new",
            "--case", str(case), *args]
    return pexpect.spawn(sys.executable, argv, env=env, encoding="utf-8", timeout=30, dimensions=(50, 120))


def test_kill_minus_nine_loses_nothing_and_resume_continues(tmp_path, data_root):
    case = tmp_path / "c.yaml"
    child = spawn(case, data_root)
    child.expect("A01")
    child.expect_exact(PROMPT)
    child.sendline("o")
    child.expect("question 2 sur")  # the next item is only shown once the answer is on disk
    child.expect_exact(PROMPT)
    child.kill(signal.SIGKILL)
    child.close(force=True)
    assert child.signalstatus == signal.SIGKILL

    data = case_module.read_case_data(case)[0]
    assert data["answers"]["A.A01"]["V1"]["value"] == "yes"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]

    again = spawn(case, data_root)
    again.expect("Reprise : 1 réponse")
    again.expect("question 2 sur")
    again.expect_exact(PROMPT)
    assert "question 1 sur" not in again.before
    again.sendintr()  # Ctrl-C: how to resume, exit 130
    again.expect("Pour reprendre : trafficking")
    again.expect(f"checklist run A --case {case} --victim V1")
    again.expect(pexpect.EOF)
    again.close()
    assert again.exitstatus == 130


def test_a_whole_checklist_in_english_with_back_skip_and_review(tmp_path, data_root):
    corpus = corpus_module.load(data_root)
    case = tmp_path / "c.yaml"
    child = spawn(case, data_root, lang="en")
    sample = {"yes_no": "y", "yes_no_unknown": "u", "choice": "1", "multi": "1", "text": "free text",
              "date": "2019-01-15", "number": "2", "ack": "ok", "age": "30"}
    session = ck.Session(corpus.checklists, corpus.checklist("A"), "V1", {})
    first = session.first_open()
    child.expect_exact(PROMPT)
    child.sendline("?")  # why we ask
    child.expect("ℹ")
    child.expect_exact(PROMPT)
    child.sendline(">")  # skip the first item…
    child.expect("item 2 of")
    child.expect_exact(PROMPT)
    child.sendline("<")  # …come back to it
    child.expect("item 1 of")
    child.expect_exact(PROMPT)
    count = 0
    while (item := session.first_open() if count else first) is not None:
        typed = sample[item.type]
        child.sendline(typed)
        for _ in item.parts:  # a question that asks several things: Enter leaves a part out
            child.expect_exact(PROMPT)
            child.sendline("")
        session = ck.answer(session, item.id, ck.parse_input(item, typed).value, "t")
        count += 1
        child.expect_exact(PROMPT)  # the next item, or the review screen
        if session.first_open() is None:
            break
    assert "Review — checklist A, V1" in child.before
    child.sendline("1")  # change the first answer from the review screen
    child.expect_exact(PROMPT)
    child.sendline("n" if first.type.startswith("yes_no") else sample[first.type])
    child.expect("Review — checklist A, V1")
    child.expect_exact(PROMPT)
    child.sendline("")
    child.expect("0 open")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    answers = case_module.read_case_data(case)[0]["answers"]
    assert len(answers) == count
    if first.type.startswith("yes_no"):
        assert answers[first.key]["V1"]["value"] == "no"
