"""Where a produced file (a memo) is written: never over a case file, never over an existing file without
``--force`` or a "yes" typed in a terminal, and *into* a named pipe or a device rather than replacing it.

A regular file is written atomically (``storage.atomic_write``: temporary file, fsync, rename; through a
symbolic link, in its target's folder). A failed write says its real reason (full, read-only, denied).
"""

from __future__ import annotations

import stat
from pathlib import Path
from typing import TYPE_CHECKING

from trafficking_cli.errors import UsageError
from trafficking_cli.i18n import t
from trafficking_cli.storage import atomic_write, write_error

if TYPE_CHECKING:
    from .env import Environment


def check_output(env: Environment, output: Path, *, force: bool, case: Path | None) -> None:
    """Before any work: refuse (or ask about) an output that would destroy something."""
    try:
        _check(env, output, force, case)
    except OSError as exc:  # a name too long for the system, a folder that cannot be read…
        raise write_error(output, exc) from None


def _check(env: Environment, output: Path, force: bool, case: Path | None) -> None:
    if _special(output):
        return  # a pipe, a terminal, /dev/null: written into, nothing replaced
    if output.is_dir():
        raise UsageError(t("memo.error.output_dir", env.lang, path=output))
    if not output.exists():
        parent = output.resolve().parent
        if not parent.is_dir():
            raise UsageError(t("memo.error.no_parent", env.lang, path=parent))
        return
    if (case is not None and case.exists() and output.samefile(case)) or _looks_like_case(output):
        raise UsageError(t("write.is_case", env.lang, path=output), t("write.is_case.hint", env.lang))
    if force:
        return
    if env.stdin_isatty and env.stderr_isatty and _confirm(env, output):
        return
    raise UsageError(t("write.exists", env.lang, path=output), t("write.exists.hint", env.lang))


def write_output(output: Path, data: bytes) -> None:
    if _special(output):
        try:
            with output.open("wb") as handle:  # no rename over a device: write into it
                handle.write(data)
        except OSError as exc:
            raise write_error(output, exc) from exc
        return
    atomic_write(output, data)


def _special(path: Path) -> bool:
    try:
        mode = path.stat().st_mode  # through links: a link to a pipe is written into too
    except FileNotFoundError:
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISCHR(mode) or stat.S_ISBLK(mode) or stat.S_ISSOCK(mode)


def _looks_like_case(path: Path) -> bool:
    """A case or identity file of this tool (encrypted, or YAML with a case schema line)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        return False
    return head.startswith(b"\x89TKE") or b"schema: trafficking-case/" in head


def _confirm(env: Environment, output: Path) -> bool:
    from .ui.case import confirm

    return confirm(env.lang, t("write.replace_question", env.lang, path=output))
