"""A cache of derived data (the parsed corpus, the search index) keyed by the data files' content.

Only law and checklist data is ever cached here, never case or victim data. A missing, stale or
corrupt cache is rebuilt silently; a cache folder that cannot be written is simply not used.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path
from typing import Any

CACHE_FORMAT = "2"
# The code that turns YAML into models: when it changes, cached models are stale too.
SCHEMA_MODULES = ("../models.py", "loader.py", "schema_reader.py", "schema_law.py", "schema_offences.py",
                  "schema_checklists.py", "lookup.py", "crossref.py", "cache.py")


def fingerprint(files: list[Path]) -> str:
    """A hash of the data files' names and bytes (not their dates: a copied tree stays valid)."""
    digest = hashlib.sha256(CACHE_FORMAT.encode())
    package = Path(__file__).parent
    for path in [*(package / name for name in SCHEMA_MODULES), *sorted(files)]:
        digest.update(path.name.encode() + b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:32]


def read_pickle(path: Path) -> Any | None:
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)
    except Exception:
        return None


def write_pickle(path: Path, value: Any) -> bool:
    """Write atomically (temp file + rename) so that two processes never see half a file."""
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".pickle")
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        Path(tmp).replace(path)
        return True
    except OSError:
        return False
