"""Encodings and terminals (issue 11, point 6): French output on an ASCII or Latin-1 output, strange bytes
at a prompt, closed and full standard streams. Real processes: the streams are the point."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from trafficking_cli.cli.streams import FOLD

pytestmark = [pytest.mark.slow, pytest.mark.skipif(os.name != "posix", reason="POSIX shells and /dev/full")]
MINI = Path(__file__).resolve().parents[1] / "data" / "checklist-mini"


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TRAFFICKING_", "PYTHONIOENCODING", "LC_"))}
    return {**env, "TRAFFICKING_HOME": str(tmp_path / "home"), "TRAFFICKING_NO_CACHE": "1", "COLUMNS": "100",
            **extra}


def _sh(script: str, env: dict[str, str], stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    """``script`` in a shell, where ``T`` runs the tool (redirections like ``>&-`` need a shell)."""
    tool = f"{sys.executable} -m trafficking_cli"
    return subprocess.run(["sh", "-c", script.replace("T ", f"{tool} ")], env=env, input=stdin,
                          capture_output=True, timeout=120)


def test_the_fold_handler_gives_the_nearest_letters():
    assert "Qualifié « traite » — n°3’s œuvre".encode("ascii", FOLD) == b'Qualifie " traite " - no3\'s oeuvre'
    assert "é’".encode("latin-1", FOLD) == "é'".encode("latin-1")


@pytest.mark.parametrize("setting", [{"PYTHONIOENCODING": "ascii"}, {"PYTHONIOENCODING": "latin-1"},
                                     {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0"}])
def test_french_output_degrades_instead_of_crashing(tmp_path, setting):
    env = _env(tmp_path, **setting)
    answers = tmp_path / "a.yaml"
    answers.write_text("A01: oui\n", encoding="utf-8")
    commands = [("T show 3", 0), ("T search traite", 0), ("T case new rp-1", 0), ("T case list", 0),
                ("T case show rp-1", 0), (f"T checklist run A --case rp-1 --answers {answers}", 0),
                ("T memo rp-1", 3), ("T case show absent", 4), ("T checklist show A", 0)]
    for command, code in commands:
        result = _sh(command, env)
        err = result.stderr.decode("utf-8", "replace")
        assert result.returncode == code, (command, err)
        assert b"Traceback" not in result.stderr and "UnicodeEncodeError" not in err, (command, err)
    if setting.get("PYTHONIOENCODING") == "ascii":
        assert "organisée".encode("ascii", FOLD) in _sh("T show 3", env).stdout


def test_a_non_utf8_byte_and_a_nul_typed_at_a_prompt_are_handled(tmp_path):
    env = _env(tmp_path, TRAFFICKING_DATA=str(MINI))
    case = tmp_path / "c.yaml"
    # A01: a byte that is not UTF-8 (re-asked: not an answer), then "oui" with a NUL in it; then end of input.
    result = _sh(f"T checklist run A --new --case {case}", env, stdin=b"\xff\xfe\no\x00ui\n")
    err = result.stderr.decode("utf-8", "replace")
    assert b"Traceback" not in result.stderr and "UnicodeDecodeError" not in err, err
    assert result.returncode == 130  # end of input: interrupted, saved, how to resume
    from trafficking_cli.cases import read_case_data

    assert read_case_data(case)[0]["answers"]["A.A01"]["V1"]["value"] == "yes"


def test_closed_and_full_standard_streams_are_explained(tmp_path):
    env = _env(tmp_path)
    full = _sh("T show 3 > /dev/full", env)
    assert full.returncode == 1 and "pleine" in full.stderr.decode(), full.stderr
    closed = _sh("T show 3 >&-", env)
    assert closed.returncode == 1 and "fermée" in closed.stderr.decode(), closed.stderr
    pipe = _sh("T search traite | head -c 10 > /dev/null", env)
    assert pipe.returncode == 0 and pipe.stderr == b""
    no_stdin = _sh(f"T checklist run A --new --case {tmp_path / 'c.yaml'} <&-", env)
    assert no_stdin.returncode == 130 and b"Traceback" not in no_stdin.stderr, no_stdin.stderr
    for result in (full, closed, no_stdin):
        assert b"inattendue" not in result.stderr and b"AttributeError" not in result.stderr


def test_a_passphrase_from_a_pipe_gives_no_raw_python_warning(tmp_path):
    env = _env(tmp_path)
    result = _sh("T case new secret --encrypt", env, stdin=b"une phrase longue\nune phrase longue\n")
    assert result.returncode == 0, result.stderr
    assert b"GetPassWarning" not in result.stderr and b"may be echoed" not in result.stderr
    assert (tmp_path / "home" / "cases" / "secret.enc").exists()
