"""Where a script's passphrase comes from, safest first: a file descriptor, a private file, the environment.

``TRAFFICKING_PASSPHRASE`` is readable by every process of the same user (``/proc/PID/environ`` on Linux,
``ps e``) and inherited by every program the script starts. ``TRAFFICKING_PASSPHRASE_FD=3`` (with
``3< file`` or a pipe from a password manager) and ``TRAFFICKING_PASSPHRASE_FILE=path`` (a file only its
owner can read: 0600) leave no copy in the environment. One line is read; the line end is not part of it.
A source that is unsafe, unreadable or empty is a usage problem (exit 2), never « wrong passphrase or
tampered file » (exit 5, which scripts read as such; review 3, defect 11).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Mapping
from pathlib import Path

from trafficking_cli.errors import UsageError
from trafficking_cli.i18n import Msg
from trafficking_cli.privacy import has_posix_permissions

MAX_BYTES = 4096


def passphrase_from(environ: Mapping[str, str]) -> str | None:
    """The passphrase a script provides, or None (then it is typed); UsageError when the source is unsafe,
    unreadable or empty."""
    fd = environ.get("TRAFFICKING_PASSPHRASE_FD")
    if fd:
        return _from_fd(fd)
    file = environ.get("TRAFFICKING_PASSPHRASE_FILE")
    if file:
        return _from_file(Path(file).expanduser())
    return environ.get("TRAFFICKING_PASSPHRASE") or None


def _from_fd(value: str) -> str:
    if not value.isdigit():
        raise UsageError(Msg.of("case.passphrase_fd_bad", fd=value))
    try:
        with os.fdopen(int(value), "rb", closefd=True) as handle:
            return _first_line(handle.read(MAX_BYTES), f"fd {value}")
    except OSError as exc:
        raise UsageError(Msg.of("case.passphrase_source_unreadable", source=f"fd {value}",
                                 reason=exc.strerror or exc)) from None


def _from_file(path: Path) -> str:
    try:
        info = path.stat()
        if has_posix_permissions() and (info.st_uid != os.geteuid() or stat.S_IMODE(info.st_mode) & 0o077):
            raise UsageError(Msg.of("case.passphrase_file_open", path=path, mode=f"{stat.S_IMODE(info.st_mode):o}"),
                              Msg.of("case.passphrase_file_open.hint", path=path))
        with path.open("rb") as handle:
            return _first_line(handle.read(MAX_BYTES), str(path))
    except OSError as exc:
        raise UsageError(Msg.of("case.passphrase_source_unreadable", source=path, reason=exc.strerror or exc)) \
            from None


def _first_line(data: bytes, source: str) -> str:
    line = data.decode("utf-8", "replace").splitlines()[0] if data.strip() else ""
    if not line:
        raise UsageError(Msg.of("case.passphrase_source_empty", source=source))
    return line
