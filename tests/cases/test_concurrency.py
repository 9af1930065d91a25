"""Nothing lost between writers (issue 11, points 1 and 4): one writer per case, a check that the file is
still the one read before every save, readers that never touch a writer's temporary file, links written
through. Real processes where the point is two processes."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from trafficking_cli import cases as case_module
from trafficking_cli.cases import lock as case_lock
from trafficking_cli.cases import new_case_file, open_case_file, read_case_file, template_data
from trafficking_cli.cases.store import CaseConflictError
from trafficking_cli.corpus import lookup as corpus_module

MINI = Path(__file__).resolve().parent.parent / "data" / "checklist-mini"
NOW = "2026-11-27T10:00:00"
TODAY = "2026-11-27"
POSIX = pytest.mark.skipif(os.name == "nt", reason="symbolic links and fork-based holders are POSIX here")


@pytest.fixture(scope="module")
def mini() -> corpus_module.Corpus:
    return corpus_module.load(MINI)


def _env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRAFFICKING_")}
    return {**env, "TRAFFICKING_HOME": str(home), "TRAFFICKING_NO_CACHE": "1", "COLUMNS": "120",
            "PYTHONIOENCODING": "utf-8", **extra}


def _cli(*args: str, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "trafficking_cli", *args], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _new_case(env: dict[str, str]) -> None:
    created = _cli("case", "new", "rp-1", env=env)
    _, err = created.communicate(timeout=60)
    assert created.returncode == 0, err


# ---- in one process: the file changed under a session -----------------------------------------------

def test_a_hand_edit_during_an_interview_is_kept_and_the_answer_set_aside(tmp_path, mini):
    path = tmp_path / "c.yaml"
    new_case_file(path, template_data()).save()
    case_lock.release_all()
    interview = case_module.Interview(open_case_file(path), mini, "A", "V1", today=TODAY)
    edited = path.read_text(encoding="utf-8").replace("reference:", "reference: RP-HAND-EDIT #", 1)
    path.write_text(edited, encoding="utf-8")  # an editor, while the interview is open

    with pytest.raises(CaseConflictError) as caught:
        interview.answer("A01", "yes", NOW)

    assert "RP-HAND-EDIT" in path.read_text(encoding="utf-8")  # the hand edit is not overwritten
    recovery = Path(caught.value.message_values["recovery"])
    assert "A.A01" in recovery.read_text(encoding="utf-8")  # and the answer is not lost
    case_lock.release_all()


def test_a_case_deleted_during_an_interview_is_not_brought_back(tmp_path, mini):
    path = tmp_path / "c.yaml"
    new_case_file(path, template_data()).save()
    case_lock.release_all()
    interview = case_module.Interview(read_case_file(path), mini, "A", "V1", today=TODAY)
    path.unlink()
    with pytest.raises(CaseConflictError):
        interview.answer("A01", "yes", NOW)
    assert not path.exists()
    assert len(list(tmp_path.glob("c.recovered-*.yaml"))) == 1
    case_lock.release_all()


def test_the_session_own_saves_do_not_look_like_changes(tmp_path, mini):
    path = tmp_path / "c.yaml"
    interview = case_module.Interview(new_case_file(path, template_data()), mini, "A",
                                      "V1", today=TODAY)
    for item in ("A01", "A06"):
        interview.answer(item, "yes", NOW)
    assert set(case_module.read_case_data(path)[0]["answers"]) >= {"A.A01", "A.A06"}
    case_lock.release_all()


def test_a_reader_never_removes_a_writers_temporary_file(invoke, tmp_path):
    home = tmp_path / "home"
    assert invoke("case", "new", "rp-1", env={"TRAFFICKING_HOME": str(home)}).exit_code == 0
    writing = home / "cases" / ".rp-1.yaml.0badcafe.tmp"  # an interview's save, about to be renamed
    writing.write_bytes(b"the next version")
    for command in (["case", "show", "rp-1"], ["case", "list"], ["memo", "rp-1"]):
        invoke(*command, env={"TRAFFICKING_HOME": str(home)})
        assert writing.exists(), command


# ---- links ---------------------------------------------------------------------------------------

@POSIX
def test_a_symlinked_case_is_written_through_the_link(tmp_path, mini):
    real_dir = tmp_path / "real"
    real_dir.mkdir()
    real = real_dir / "c.yaml"
    new_case_file(real, template_data()).save()
    link = tmp_path / "link.yaml"
    link.symlink_to(real)
    case_lock.release_all()

    interview = case_module.Interview(open_case_file(link), mini, "A", "V1", today=TODAY)
    interview.answer("A01", "yes", NOW)

    assert link.is_symlink() and link.resolve() == real.resolve()
    assert case_module.read_case_data(real)[0]["answers"]["A.A01"]["V1"]["value"] == "yes"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    case_lock.release_all()


# ---- real processes --------------------------------------------------------------------------------

HOLDER = """
import sys, time
from pathlib import Path
from trafficking_cli.cases import lock as case_lock
case_lock.acquire(Path(sys.argv[1]).resolve())
print("held", flush=True)
time.sleep(float(sys.argv[2]))
"""


def _hold(path: Path, seconds: float) -> subprocess.Popen[str]:
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(path), str(seconds)], stdout=subprocess.PIPE,
                              text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    return holder


@pytest.mark.slow
def test_a_second_writer_is_told_who_holds_the_case_and_stops(tmp_path):
    home = tmp_path / "home"
    env = _env(home, TRAFFICKING_LOCK_WAIT="0")
    _new_case(env)
    case = home / "cases" / "rp-1.yaml"
    before = case.read_bytes()
    answers = tmp_path / "a.yaml"
    answers.write_text("A01: oui\n", encoding="utf-8")
    holder = _hold(case, 30)
    try:
        for args in (["checklist", "run", "A", "--new", "--case", "rp-1", "--answers", str(answers)],
                     ["case", "delete", "rp-1", "--yes"]):
            second = _cli(*args, env=env)
            _, err = second.communicate(timeout=60)
            err = " ".join(err.split())  # the terminal width wraps lines
            assert second.returncode != 0, args
            assert "déjà ouvert en écriture" in err and f"n° {holder.pid}" in err, err
            assert "Traceback" not in err
            assert case.read_bytes() == before
    finally:
        holder.kill()
        holder.communicate()


@pytest.mark.slow
def test_a_second_writer_waits_for_the_first_and_both_answers_are_kept(tmp_path):
    home = tmp_path / "home"
    env = _env(home, TRAFFICKING_LOCK_WAIT="30")
    _new_case(env)
    case = home / "cases" / "rp-1.yaml"
    holder = _hold(case, 1.5)  # the first writer is busy for a moment
    first = tmp_path / "first.yaml"
    first.write_text("A01: oui\n", encoding="utf-8")
    second = tmp_path / "second.yaml"
    second.write_text("A02: oui\n", encoding="utf-8")
    runs = [_cli("checklist", "run", "A", "--new", "--case", "rp-1", "--answers", str(f), env=env)
            for f in (first, second)]
    outcomes = [(run.communicate(timeout=90)[1], run.returncode) for run in runs]
    holder.communicate()
    for err, code in outcomes:
        assert code == 0, err
    told = [" ".join(err.split()) for err, _ in outcomes]
    assert any("attente de 30 s au plus" in err and "par un autre processus (n° " in err for err in told), told
    answers = case_module.read_case_data(case)[0]["answers"]
    assert answers["A.A01"]["V1"]["value"] == "yes" and answers["A.A02"]["V1"]["value"] == "yes"


@pytest.mark.slow
def test_two_case_new_of_one_name_at_once_create_it_once(tmp_path):
    home = tmp_path / "home"
    env = _env(home)
    runs = [_cli("case", "new", "rp-9", env=env) for _ in range(4)]
    results = [run.communicate(timeout=60) for run in runs]
    codes = [run.returncode for run in runs]
    assert codes.count(0) == 1, (codes, results)
    assert all("existe déjà" in err for (_, err), code in zip(results, codes, strict=True) if code != 0)


@pytest.mark.slow
def test_the_lock_of_a_killed_writer_does_not_outlive_it(tmp_path):
    case = tmp_path / "c.yaml"
    new_case_file(case, template_data()).save()
    case_lock.release_all()
    holder = _hold(case, 60)
    holder.kill()  # SIGKILL on POSIX: no clean-up code runs
    holder.communicate()
    start = time.monotonic()
    case_lock.acquire(case.resolve())
    assert time.monotonic() - start < 1
    case_lock.release_all()


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="mounting needs root")
def test_a_case_on_a_read_only_medium_is_read_and_its_writer_told_why(tmp_path):
    folder = tmp_path / "stick"
    folder.mkdir()
    env = _env(tmp_path / "home")
    made = _cli("case", "new", str(folder / "c.yaml"), env=env)
    assert made.communicate(timeout=60) and made.returncode == 0
    if subprocess.run(["mount", "-o", "bind,ro", str(folder), str(folder)], capture_output=True).returncode:
        pytest.skip("cannot mount read-only here")
    try:
        answers = tmp_path / "a.yaml"
        answers.write_text("A01: oui\n", encoding="utf-8")
        shown = _cli("case", "show", str(folder / "c.yaml"), env=env)
        shown.communicate(timeout=60)
        writer = _cli("checklist", "run", "A", "--case", str(folder / "c.yaml"), "--answers", str(answers), env=env)
        _, err = writer.communicate(timeout=60)
    finally:
        subprocess.run(["umount", str(folder)], capture_output=True)
    assert shown.returncode == 0
    assert writer.returncode == 3 and "lecture seule" in " ".join(err.split()), err
