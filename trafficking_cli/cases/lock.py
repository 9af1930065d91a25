"""One writer per case: an operating-system lock on ``.NAME.lock`` beside the case file.

Why an OS lock (``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows) rather than a lock file made
with O_CREAT|O_EXCL or a library: the system releases it when the holder dies (``kill -9``, a power
cut, a closed laptop lid that never wakes), so there is no stale lock to guess about and no process id
that may have been reused; it is standard library (no new dependency in the offline wheelhouse). The
lock file also says who holds it (process, computer, user, since when, command), so a second writer is
told whom to wait for. The lock file stays in place (removing it would let two processes lock two
different files of the same name); ``case delete`` removes it with the case.

A file system without locks (some network shares) is used without one: the check that the file did not
change since it was read (``case_store``) still refuses to overwrite another writer's work.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from trafficking_cli.errors import CaseError
from trafficking_cli.keyed_errors import keyed_error
from trafficking_cli.storage import write_error

POLL = 0.1  # seconds between two attempts while waiting


class CaseBusyError(CaseError):
    """Another process is writing this case."""


@dataclass
class _Held:
    fd: int
    count: int


_HELD: dict[str, _Held] = {}  # locks this process holds, by lock-file path (re-entrant within a process)


def lock_path(case_path: Path) -> Path:
    return case_path.parent / f".{case_path.name}.lock"


class Patience(float):
    """Seconds a writer waits for another, and what to call once when it starts waiting (to say whom for)."""

    def __new__(cls, seconds: float, notify: Callable[[dict[str, str]], None] | None = None) -> Patience:
        made = super().__new__(cls, seconds)
        made.notify = notify
        return made

    notify: Callable[[dict[str, str]], None] | None


def acquire(case_path: Path, wait: float = 0.0) -> Path:
    """Lock ``case_path`` (already resolved) for writing; wait up to ``wait`` seconds, then CaseBusyError.

    A ``Patience`` is told who holds the lock when the wait begins."""
    path = lock_path(case_path)
    key = str(path)
    if key in _HELD:
        _HELD[key].count += 1
        return path
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags, 0o600)  # O_NOFOLLOW: a link planted in a shared folder is not followed
    except OSError as exc:  # a read-only stick, a folder one may not write: the real reason, not a crash
        raise write_error(case_path, exc) from exc
    deadline = time.monotonic() + wait
    while True:
        try:
            if not _try_lock(fd):
                break  # no locks on this file system: go on without (see the module docstring)
            _write_holder(fd)
            break
        except BlockingIOError:
            if time.monotonic() >= deadline:
                os.close(fd)
                raise _busy(case_path, path) from None
            notify = getattr(wait, "notify", None)
            if notify is not None:
                notify({"path": str(case_path), "wait": f"{float(wait):g}", **holder(path)})
                wait = float(wait)  # once
            time.sleep(POLL)
    _HELD[key] = _Held(fd, 1)
    return path


def release(case_path: Path) -> None:
    key = str(lock_path(case_path))
    held = _HELD.get(key)
    if held is None:
        return
    held.count -= 1
    if held.count <= 0:
        del _HELD[key]
        with contextlib.suppress(OSError):
            os.ftruncate(held.fd, 0)  # no holder any more
        _unlock(held.fd)
        os.close(held.fd)


def release_all() -> None:
    """End of a command: every lock this process took is released (in-process test runs reuse the process)."""
    for key in list(_HELD):
        held = _HELD.pop(key)
        _unlock(held.fd)
        with contextlib.suppress(OSError):
            os.close(held.fd)


def holds(case_path: Path) -> bool:
    return str(lock_path(case_path)) in _HELD


def _try_lock(fd: int) -> bool:
    """True when locked, False when the file system has no locks; BlockingIOError when someone holds it."""
    try:
        if os.name == "nt":
            import msvcrt

            os.lseek(fd, 1 << 20, os.SEEK_SET)  # lock a byte far past the holder text, which stays readable
            try:
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
            except OSError as exc:
                raise BlockingIOError(*exc.args) from None
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        raise
    except OSError as exc:
        import errno

        if exc.errno in (errno.ENOLCK, errno.EOPNOTSUPP, getattr(errno, "ENOTSUP", -1), errno.EINVAL):
            return False
        raise


def _unlock(fd: int) -> None:
    with contextlib.suppress(OSError):
        if os.name == "nt":
            import msvcrt

            os.lseek(fd, 1 << 20, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_UN)


def _write_holder(fd: int) -> None:
    with contextlib.suppress(OSError):
        holder = {"pid": os.getpid(), "host": socket.gethostname(), "user": _user(),
                  "since": time.strftime("%Y-%m-%d %H:%M:%S"), "command": " ".join(_command())[:200]}
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, json.dumps(holder, ensure_ascii=False).encode("utf-8"))


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment or the password database
        return "?"


def _command() -> list[str]:
    args = [Path(sys.argv[0]).name if sys.argv else "trafficking", *sys.argv[1:]]
    return ["trafficking" if a in ("__main__.py", "-c") else a for a in args]


def holder(path: Path) -> dict[str, str]:
    """Who holds the lock, as written in the lock file (best effort: it may be mid-write)."""
    try:
        data = json.loads(path.read_bytes()[:4096].decode("utf-8"))
        return {k: str(data.get(k, "?")) for k in ("pid", "host", "user", "since", "command")}
    except (OSError, ValueError):
        return dict.fromkeys(("pid", "host", "user", "since", "command"), "?")


def _busy(case_path: Path, path: Path) -> CaseBusyError:
    return keyed_error(CaseBusyError, "case.busy", path=case_path, lock=path, **holder(path))
