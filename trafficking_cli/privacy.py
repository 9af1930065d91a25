"""Who else can write into a folder: the check before anything that can carry code is read from it.

The cache holds pickles, and whoosh unpickles its own table of contents: whoever can write into the
cache folder can run code as the user. So a cache folder is used only when it is private (owned by the
user, writable by nobody else, and no parent lets another user swap it). Case files and ``--data-dir``
trees carry no code; a folder others can write is only worth a warning there.

On Windows, and on file systems without POSIX permissions (a FAT or exFAT USB stick), the modes mean
nothing: the check is skipped and the caller says so. Standard library only (the kernel).
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

# What is wrong with a folder (the catalogue's "privacy.<reason>" sentences say it to the user).
OWNER, WRITABLE, PARENT, NO_PERMISSIONS = "owner", "writable", "parent", "no_permissions"


def has_posix_permissions() -> bool:
    return os.name == "posix" and hasattr(os, "geteuid")


def private_folder_problem(folder: Path) -> tuple[str, Path] | None:
    """None when only this user can write into ``folder`` (an existing folder); else (reason, folder at fault).

    A folder of ours that others may only read (0755, made by an older version) is made 0700 on the way.
    """
    if not has_posix_permissions():
        return NO_PERMISSIONS, folder
    real = Path(os.path.realpath(folder))
    info = real.stat()
    if info.st_uid != os.geteuid():
        return OWNER, real
    if info.st_mode & 0o022:
        return WRITABLE, real  # others could have written into it already: nothing in it can be trusted
    if info.st_mode & 0o077:
        with contextlib.suppress(OSError):
            real.chmod(0o700)
        if stat.S_IMODE(real.stat().st_mode) & 0o077:
            return NO_PERMISSIONS, real  # chmod had no effect: a file system without permissions
    for parent in real.parents:
        if not _safe_parent(parent.stat()):
            return PARENT, parent
    return None


def _safe_parent(info: os.stat_result) -> bool:
    """A parent may belong to us or to root; if others can write into it, only with the sticky bit
    (like /tmp), which stops them from renaming our folder away and putting theirs in its place."""
    if info.st_uid not in (os.geteuid(), 0):
        return False
    return not (info.st_mode & 0o022) or bool(info.st_mode & stat.S_ISVTX)


def file_is_ours(path: Path) -> bool:
    """A file we may unpickle: ours, and writable by nobody else (always True without POSIX permissions)."""
    if not has_posix_permissions():
        return True
    info = path.stat()
    return info.st_uid == os.geteuid() and not info.st_mode & 0o022


def shared_folder(path: Path) -> Path | None:
    """The folder holding ``path`` when other users can write into it (a case file, a data tree), else None."""
    if not has_posix_permissions():
        return None
    folder = Path(os.path.realpath(path if path.is_dir() else path.parent))
    try:
        info = folder.stat()
    except OSError:
        return None
    writable_by_others = info.st_mode & 0o002 or (info.st_mode & 0o020 and info.st_gid != os.getegid())
    return folder if writable_by_others else None
