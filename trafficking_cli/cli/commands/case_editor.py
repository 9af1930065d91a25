"""``case edit``: the case's text in the user's editor, through a private temporary copy removed afterwards.

The copy lives in a folder only the user can open (0700, file 0600), in memory when the system offers it
(``/dev/shm``), and is overwritten then deleted whatever happens: an encrypted case is never left in clear.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import tempfile
from pathlib import Path

from trafficking_cli.errors import UsageError
from trafficking_cli.i18n import t


def editor_command() -> list[str]:
    """$VISUAL, else $EDITOR, else a common editor found on this system."""
    for name in ("VISUAL", "EDITOR"):
        value = os.environ.get(name, "").strip()
        if value:
            return shlex.split(value, posix=os.name != "nt")
    for fallback in (("notepad",) if os.name == "nt" else ("nano", "vi")):
        if shutil.which(fallback):
            return [fallback]
    return []


def _private_folder() -> Path:
    memory = Path("/dev/shm")
    base = str(memory) if memory.is_dir() and os.access(memory, os.W_OK) else None
    return Path(tempfile.mkdtemp(prefix="trafficking-edit-", dir=base))  # mkdtemp: 0700


def edit_text(text: str, *, suffix: str, lang: str) -> str:
    """``text`` as the user left it in their editor; the temporary copy is wiped in every case."""
    command = editor_command()
    if not command:
        raise UsageError(t("case.edit.no_editor", lang), "EDITOR=nano trafficking case edit CASE")
    folder = _private_folder()
    path = folder / f"case{suffix}"
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        try:
            result = subprocess.run([*command, str(path)], check=False)
        except OSError as error:
            raise UsageError(t("case.edit.failed", lang, editor=command[0], reason=error.strerror or error),
                             "EDITOR=nano trafficking case edit CASE") from None
        if result.returncode != 0:
            raise UsageError(t("case.edit.failed", lang, editor=command[0], reason=f"exit {result.returncode}"),
                             "")
        return path.read_text(encoding="utf-8")
    finally:
        _wipe(path)
        shutil.rmtree(folder, ignore_errors=True)


def _wipe(path: Path) -> None:
    """Overwrite then delete (best effort: an editor may have left a backup, which rmtree removes too)."""
    try:
        size = path.stat().st_size
        with path.open("r+b") as handle:
            handle.write(b"\0" * size)
            handle.flush()
            os.fsync(handle.fileno())
        path.unlink()
    except OSError:
        pass
