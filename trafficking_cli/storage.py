"""Atomic, owner-only writes: a crash or ``kill -9`` leaves the old file or the new one, never half of one.

Every write goes to a temporary file in the same folder, is flushed and fsync'ed, then renamed over
the target (``os.replace``) and the folder is fsync'ed. Files are created 0600, folders 0700.
"""

from __future__ import annotations

import contextlib
import os
import re
from pathlib import Path

from .errors import CaseError
from .keyed_errors import keyed_error

# errno → which message explains it (anything else: "write.other", with the system's own words)
_WRITE_REASONS = {"ENOSPC": "write.failed", "EDQUOT": "write.failed", "EFBIG": "write.failed",
                  "EROFS": "write.readonly", "EACCES": "write.denied", "EPERM": "write.denied",
                  "ENAMETOOLONG": "write.toolong"}


def write_error(path: Path, exc: OSError) -> CaseError:
    """The error to show for a failed write: its message and hint follow the real reason."""
    import errno

    key = _WRITE_REASONS.get(errno.errorcode.get(exc.errno or 0, ""), "write.other")
    return keyed_error(CaseError, key, path=path, reason=exc.strerror or exc)


def ensure_private_dir(folder: Path) -> None:
    """Create ``folder`` owner-only, and every missing parent too (``mkdir(parents=True)`` would give the
    parents the umask's mode, 0755 or even 0777); an existing folder is left as it is."""
    missing = []
    for candidate in [folder, *folder.parents]:
        if candidate.exists():
            break
        missing.append(candidate)
    for candidate in reversed(missing):
        with contextlib.suppress(FileExistsError):  # another process made it meanwhile
            candidate.mkdir(mode=0o700)
            with contextlib.suppress(OSError):
                candidate.chmod(0o700)  # mkdir's mode is masked by the umask


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a crash leaves the old file or the new one, never a mix.

    A symbolic link is written through: the new file replaces the link's target, in the target's
    folder (a rename is atomic only within one folder), and the link stays a link.
    """
    target = real_path(path)
    try:
        _write_then_rename(target, data)
    except OSError as exc:  # a full disk, a file-size limit, a read-only stick, a folder that went away…
        raise write_error(path, exc) from exc
    _fsync_dir(target.parent)


def real_path(path: Path) -> Path:
    """Where writing ``path`` really goes: the end of its chain of links (the path itself if none)."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def _write_then_rename(path: Path, data: bytes) -> None:
    ensure_private_dir(path.parent)
    tmp = path.parent / f".{path.name}.{os.urandom(4).hex()}.tmp"
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
