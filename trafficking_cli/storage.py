"""Atomic, owner-only writes: a crash or ``kill -9`` leaves the old file or the new one, never half of one.

Every write goes to a temporary file in the same folder, is flushed and fsync'ed, then renamed over
the target (``os.replace``) and the folder is fsync'ed. Files are created 0600, folders 0700.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
from pathlib import Path

from .errors import CaseError
from .keyed_errors import keyed_error


def ensure_private_dir(folder: Path) -> None:
    """Create ``folder`` (and parents) owner-only; an existing folder is left as it is."""
    if not folder.exists():
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        with contextlib.suppress(OSError):
            folder.chmod(0o700)


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a crash leaves the old file or the new one, never a mix."""
    try:
        _write_then_rename(path, data)
    except OSError as exc:  # a full disk, a file-size limit, a folder that went away…
        raise keyed_error(CaseError, "write.failed", path=path, reason=exc.strerror or exc) from exc
    _fsync_dir(path.parent)


def _write_then_rename(path: Path, data: bytes) -> None:
    ensure_private_dir(path.parent)
    tmp = path.parent / f".{path.name}.{secrets.token_hex(4)}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        _replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def _replace(tmp: Path, path: Path) -> None:
    if os.name != "nt":
        tmp.replace(path)  # os.replace: atomic rename
        return
    import time  # Windows: antivirus or indexers hold files briefly (WinError 5/32/33); bounded retry

    for attempt in range(10):
        try:
            tmp.replace(path)  # os.replace: atomic rename
            return
        except PermissionError:
            if attempt == 9:
                raise
            time.sleep(0.05 * (attempt + 1))


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory fsync."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def clean_orphans(path: Path) -> int:
    """Remove temporary files a killed write left next to ``path``; returns how many."""
    removed = 0
    if path.parent.is_dir():
        for orphan in path.parent.glob(f".{glob_escape(path.name)}.*.tmp"):
            with contextlib.suppress(OSError):
                orphan.unlink()
                removed += 1
    return removed


def glob_escape(name: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", name)
