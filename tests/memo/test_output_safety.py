"""Outputs that destroy nothing (issue 11, point 3): never over a case file, never over an existing file
without --force, into pipes and links rather than replacing them, and the real reason of a failed write."""

from __future__ import annotations

import errno
import os
import subprocess
import threading
from pathlib import Path

import pytest

from trafficking_cli.storage import write_error

SCENARIOS = Path(__file__).resolve().parents[1] / "scenarios"
POSIX = pytest.mark.skipif(os.name != "posix", reason="FIFOs, links and mounts are POSIX here")


@pytest.fixture()
def case(tmp_path: Path) -> Path:
    source = next(p for p in sorted(SCENARIOS.glob("*.yaml")) if "kayes" in p.name.lower())
    target = tmp_path / "case.yaml"
    target.write_bytes(source.read_bytes())
    return target


def test_the_memo_never_replaces_the_case_it_reads_even_with_force(invoke, case):
    before = case.read_bytes()
    for extra in ([], ["--force"]):
        result = invoke("memo", str(case), "-f", "md", "-o", str(case), *extra)
        assert result.exit_code == 2, result.output
        assert "dossier de trafficking-cli" in result.stderr
    assert case.read_bytes() == before


def test_another_case_file_is_not_replaced_either(invoke, case, tmp_path):
    other = tmp_path / "other.md"  # a case file, whatever its name
    other.write_bytes(case.read_bytes())
    result = invoke("memo", str(case), "-f", "md", "-o", str(other), "--force")
    assert result.exit_code == 2 and other.read_bytes() == case.read_bytes()


def test_an_existing_file_needs_force(invoke, case, tmp_path):
    target = tmp_path / "note.md"
    target.write_text("mine", encoding="utf-8")
    refused = invoke("memo", str(case), "-f", "md", "-o", str(target))
    assert refused.exit_code == 2 and "--force" in refused.stderr
    assert target.read_text(encoding="utf-8") == "mine"
    assert invoke("memo", str(case), "-f", "md", "-o", str(target), "--force").exit_code == 0
    assert target.read_text(encoding="utf-8").startswith("#")


@POSIX
def test_a_named_pipe_is_written_into_not_replaced(invoke, case, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    result = invoke("memo", str(case), "-f", "md", "-o", str(fifo))
    reader.join(timeout=30)
    assert result.exit_code == 0, result.output
    assert fifo.is_fifo() and received and received[0].startswith(b"#")


@POSIX
def test_a_device_and_a_link_are_written_through(invoke, case, tmp_path):
    assert invoke("memo", str(case), "-f", "md", "-o", os.devnull).exit_code == 0
    assert Path(os.devnull).is_char_device()
    target = tmp_path / "real" / "note.md"
    target.parent.mkdir()
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "note.md"
    link.symlink_to(target)
    assert invoke("memo", str(case), "-f", "md", "-o", str(link), "--force").exit_code == 0
    assert link.is_symlink() and target.read_text(encoding="utf-8").startswith("#")


def test_a_failed_write_says_its_real_reason():
    def said(code: int) -> str:
        return write_error(Path("x"), OSError(code, os.strerror(code))).localized("fr")[1]

    assert "libérez de la place" in said(errno.ENOSPC)
    assert "lecture seule" not in said(errno.ENOSPC)
    assert "protection en écriture" in said(errno.EROFS) and "libérez" not in said(errno.EROFS)
    assert "le droit d’écrire" in said(errno.EACCES) and "libérez" not in said(errno.EACCES)


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="mounting needs root")
def test_a_read_only_medium_is_not_called_a_full_disk(invoke, case, tmp_path):
    mount = tmp_path / "stick"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", str(mount)],
                      capture_output=True).returncode != 0:
        pytest.skip("cannot mount a read-only file system here")
    try:
        result = invoke("memo", str(case), "-f", "md", "-o", str(mount / "note.md"))
    finally:
        subprocess.run(["umount", str(mount)], capture_output=True)
    assert result.exit_code != 0
    message = " ".join(result.stderr.split())
    assert "lecture seule" in message and "libérez" not in message, message
