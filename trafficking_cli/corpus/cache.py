"""A cache of derived data (the parsed corpus, the search index) keyed by the data files' content.

Only law and checklist data is ever cached here, never case or victim data. A missing, stale or
corrupt cache is rebuilt silently; a cache folder that cannot be written is simply not used.

A pickle can run code when it is loaded, and so can whoosh's table of contents: the cache folder is
used only when it is private (``private_cache``), and a pickle is loaded only when it is the user's own
file, writable by nobody else. A cached object that does not have the shape of this version's is rebuilt.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

try:  # hashlib's own BLAKE2, without hashlib loading OpenSSL first (2 ms of every start-up)
    from _blake2 import blake2b
except ImportError:  # a Python built without the module: the same function, the slower way
    from hashlib import blake2b

from trafficking_cli import privacy
from trafficking_cli.storage import ensure_private_dir

TMP_PREFIX = ".tmp-"
STALE_AFTER = 600  # seconds: a build takes about two; a temporary file this old belongs to a killed run

CACHE_FORMAT = "3"
# The code that turns YAML into models: when it changes, cached models are stale too.
SCHEMA_MODULES = ("../models.py", "loader.py", "schema_reader.py", "schema_law.py", "schema_offences.py",
                  "schema_checklists.py", "lookup.py", "crossref.py", "cache.py")


def fingerprint(files: list[Path]) -> str:
    """A hash of the data files' names and bytes (not their dates: a copied tree stays valid)."""
    digest = new_digest()
    digest.update(CACHE_FORMAT.encode())
    package = Path(__file__).parent
    digest.update(_code_stamp(package.parent).encode())
    for path in [*(package / name for name in SCHEMA_MODULES), *sorted(files)]:
        digest.update(path.name.encode() + b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:32]


def new_digest() -> Any:
    """A content hash for cache keys (BLAKE2b, 128 bits: an accidental collision is out of reach)."""
    return blake2b(digest_size=16)


def _code_stamp(package: Path) -> str:
    """The modules that build and define a corpus by name, size and date (cheap: no reading): the kernel and
    ``corpus/`` (the layers contract lets nothing else take part). Another version or layout of that code (an
    upgrade, a model's fields reordered) never reads a corpus pickled by this one."""
    from trafficking_cli import __version__

    parts = [__version__]
    for folder in (package, package / "corpus"):
        with os.scandir(folder) as entries:  # os.scandir, not Path.glob: a third of the time, on every start
            for entry in entries:
                if entry.name.endswith(".py") and entry.is_file():
                    info = entry.stat()
                    parts.append(f"{folder.name}/{entry.name}:{info.st_size}:{info.st_mtime_ns}")
    return "\n".join(sorted(parts))


def private_cache(folder: Path) -> tuple[Path | None, tuple[str, Path] | None]:
    """The cache folder if it may be used, made 0700 (with any parent it needs) if missing; and what is wrong
    with it (None, or (reason, folder at fault): ``privacy`` reasons) for the caller to tell.

    A folder that others can write, or that is not the user's, is refused (None): whatever is in it could
    run code. Without POSIX permissions the check cannot be made: the folder is used and the reason given.
    """
    try:
        ensure_private_dir(folder)
        problem = privacy.private_folder_problem(folder)
    except OSError:
        return None, None  # no cache folder can be made here: work without one, as before
    if problem is None or problem[0] == privacy.NO_PERMISSIONS:
        clean_stale(folder)
        return folder, problem
    return None, problem


def clean_stale(folder: Path) -> int:
    """Remove temporary files and folders that killed builds left (dead process, or too old); how many."""
    import shutil

    removed = 0
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for path in (Path(e.path) for e in entries if e.name.startswith(TMP_PREFIX)):
            if _stale(path):
                if path.is_dir():
                    shutil.rmtree(path, ignore_errors=True)
                else:
                    path.unlink(missing_ok=True)
                removed += 1
    return removed


def tmp_prefix(kind: str) -> str:
    """``.tmp-<kind>-<pid>-``: the process that builds it is named, so a dead one's leftovers are known."""
    return f"{TMP_PREFIX}{kind}-{os.getpid()}-"


def _stale(path: Path) -> bool:
    parts = path.name[len(TMP_PREFIX):].split("-")
    pid = int(parts[1]) if len(parts) > 2 and parts[1].isdigit() else None
    if pid is not None and pid != os.getpid() and not _alive(pid):
        return True
    return time.time() - path.stat().st_mtime > STALE_AFTER


def _alive(pid: int) -> bool:
    if os.name != "posix":
        return True  # no cheap portable check: the age rule above applies
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True


def read_pickle(path: Path) -> Any | None:
    """The cached object, or None; never loads a file another user could have written."""
    try:
        if not privacy.file_is_ours(path):
            return None
        with path.open("rb") as handle, _no_gc():
            return pickle.load(handle)
    except Exception:
        return None


@contextlib.contextmanager
def _no_gc() -> Iterator[None]:
    """The collector off while thousands of records are made at once (it would rescan them all, for no
    cycle: a quarter of the load's time), back on after."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def write_pickle(path: Path, value: Any) -> bool:
    """Write atomically (temp file + rename) so that two processes never see half a file."""
    import tempfile

    try:
        ensure_private_dir(path.parent)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=tmp_prefix("corpus"), suffix=".pickle")
        try:
            with os.fdopen(fd, "wb") as handle:
                pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
            Path(tmp).replace(path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return True
    except OSError:
        return False
