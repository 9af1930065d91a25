"""A save that the operating system refuses (full disk, size limit) loses nothing and says what to do.

No mock: the CLI runs in a child process whose file-size limit (RLIMIT_FSIZE) is too small for the
case file, so the kernel itself refuses the write, as a full disk would.
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow,  # subprocesses under a file-size limit
              pytest.mark.skipif(os.name != "posix", reason="RLIMIT_FSIZE is POSIX")]


def _limit_file_size() -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get EFBIG from write() instead of being killed
    resource.setrlimit(resource.RLIMIT_FSIZE, (2048, 2048))


def _run(args: list[str], home: Path, limited: bool) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TRAFFICKING_HOME": str(home), "TRAFFICKING_NO_CACHE": "1", "COLUMNS": "120"}
    return subprocess.run([sys.executable, "-m", "trafficking_cli", *args], env=env, capture_output=True,
                          text=True, timeout=60, preexec_fn=_limit_file_size if limited else None)


def test_a_refused_write_keeps_the_previous_file_and_explains(tmp_path: Path) -> None:
    home = tmp_path / "home"
    created = _run(["case", "new", "rp-1"], home, limited=False)
    assert created.returncode == 0, created.stderr
    case = home / "cases" / "rp-1.yaml"
    before = case.read_bytes()
    answers = tmp_path / "answers.yaml"
    answers.write_text("A01: oui\nA03: [food]\nA07: " + "bambara " * 400 + "\n", encoding="utf-8")

    result = _run(["checklist", "run", "A", "--new", "--case", "rp-1", "--answers", str(answers)], home, limited=True)

    assert result.returncode != 0
    assert "impossible d’écrire" in result.stderr and "Rien n’a été perdu" in result.stderr
    assert "libérez de la place" in result.stderr
    assert "Traceback" not in result.stderr
    assert case.read_bytes() == before  # the previous version is intact
    assert not list(case.parent.glob(".*.tmp"))  # and no half-written temporary file is left
