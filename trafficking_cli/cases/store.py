"""Case files on disk: read (plain or encrypted), write back atomically, delete, and the case folder.

No printing, no prompting, no environment, no clock: paths and passphrases are arguments. Writes go
through ``storage.atomic_write``; encryption through ``crypto`` (which imports ``cryptography`` only
when a file is actually encrypted).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from trafficking_cli import models as m
from trafficking_cli.checklists.records import per_victim
from trafficking_cli.corpus.loader import parse_yaml, printable
from trafficking_cli.errors import CaseError, CaseNotFoundError, DataError, UsageError
from trafficking_cli.keyed_errors import keyed_error
from trafficking_cli.storage import atomic_write, clean_orphans, ensure_private_dir, real_path

from . import crypto, lock
from .schema import NOT_A_MAPPING
from .template import comment_language, render_case

PLAIN_SUFFIX, ENCRYPTED_SUFFIX, IDENTITY_SUFFIX = ".yaml", ".enc", ".identity"
CASE_SUFFIXES = (".yaml", ".yml", ENCRYPTED_SUFFIX)
Passphrase = str | Callable[[], str] | None
NAME_MAX = 200  # bytes in a name: 255 on most file systems, less the temporary-file and identity-file affixes
# A case file written by the tool for a large case is a few hundred kB; anything past this is not a case file
# (or a hostile one) and is refused before it is parsed.
MAX_CASE_BYTES = 8_000_000


# ---- reading ---------------------------------------------------------------------------------

def read_case_data(path: Path, passphrase: Passphrase = None) -> tuple[dict[str, Any], crypto.Key | None]:
    """The parsed case data and, for an encrypted file, the key to write it back."""
    text, key = read_case_text(path, passphrase)
    return parse_yaml(text, str(path)), key  # keeps line numbers for error messages


def read_case_text(path: Path, passphrase: Passphrase = None) -> tuple[str, crypto.Key | None]:
    """The case file's YAML text (decrypted when needed) and, for an encrypted file, its key.

    ``passphrase`` may be a string or a function asked only if the file turns out to be encrypted.
    """
    return _decode(path, read_bytes(path), passphrase)


def _decode(path: Path, raw: bytes, passphrase: Passphrase) -> tuple[str, crypto.Key | None]:
    key = None
    if path.suffix == ENCRYPTED_SUFFIX and not crypto.is_encrypted(raw):
        # A .enc case is always encrypted: plain text there would be taken for secret and written back in clear.
        raise keyed_error(CaseError, "case.enc_not_encrypted", path=path)
    check_size(path, len(raw))
    if crypto.is_encrypted(raw):
        secret = passphrase() if callable(passphrase) else passphrase
        if not secret:
            raise keyed_error(CaseError, "case.passphrase_needed", path=path)
        raw, key = crypto.decrypt(raw, secret)
    try:
        return raw.decode("utf-8"), key
    except UnicodeDecodeError:
        raise keyed_error(CaseError, "case.not_text", path=path) from None


def is_encrypted_file(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return crypto.is_encrypted(handle.read(len(crypto.MAGIC)))
    except OSError:
        return False


def read_bytes(path: Path) -> bytes:
    """The file's bytes; CaseError (with a hint) when it is missing or unreadable."""
    if path.is_dir():
        raise keyed_error(CaseError, "case.is_dir", path=path)
    if not path.is_file():
        raise keyed_error(CaseNotFoundError, "case.missing", path=path)
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_CASE_BYTES + 1)  # never more than that in memory
    except OSError as exc:
        raise keyed_error(CaseError, "case.unreadable", path=path, reason=exc.strerror) from None
    check_size(path, len(data))
    return data


def check_size(path: Path, size: int) -> None:
    if size > MAX_CASE_BYTES:
        raise keyed_error(CaseError, "case.too_big", path=path, max=MAX_CASE_BYTES // 1_000_000)


# ---- a case file open for writing ------------------------------------------------------------

@dataclass(frozen=True)
class Stamp:
    """What a case file was when read: its identity on disk and a hash of its bytes."""

    stat: tuple[int, ...]
    digest: str

    @classmethod
    def of(cls, path: Path, raw: bytes) -> Stamp:
        return cls(_stat_key(path), hashlib.sha256(raw).hexdigest())


def _stat_key(path: Path) -> tuple[int, ...]:
    st = path.stat()
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


@dataclass
class CaseFile:
    """A case file open for writing: its data and, when encrypted, the key (asked once per run).

    ``stamp`` is what the file was when read (None: a new file): before every save the file on disk must
    still be that one, else another program (a hand edit, ``case delete``, a second interview without
    locks) changed it, and this run's version goes to a recovery file beside it instead of over it.
    """

    path: Path
    data: dict[str, Any]
    key: crypto.Key | None = None
    lang: str = "fr"  # the language of the file's comments and derived descriptions, kept across saves
    stamp: Stamp | None = None
    lock_wait: float = 0.0  # seconds a save waits for another writer's lock

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    @property
    def target(self) -> Path:
        """The file really written: through a symbolic link, its target."""
        return real_path(self.path)

    def text(self) -> str:
        return render_case(self.data, self.lang)

    def save(self) -> None:
        payload = self.text().encode("utf-8")
        if self.key is not None:
            payload = crypto.encrypt(payload, self.key)
        target = self.target
        ensure_private_dir(target.parent)
        if not lock.holds(target):
            lock.acquire(target, self.lock_wait)  # kept until the command ends (cli releases it)
        self._check_unchanged(target, payload)
        atomic_write(target, payload)
        self.stamp = Stamp.of(target, payload)

    def _check_unchanged(self, target: Path, payload: bytes) -> None:
        """Refuse to write over a file that is no longer the one read; keep this run's version aside."""
        if self.stamp is None:
            if not target.exists():
                return
            changed = "case.appeared"
        elif not target.exists():
            changed = "case.vanished"
        else:
            if _stat_key(target) == self.stamp.stat:
                return
            raw = read_bytes(target)
            if hashlib.sha256(raw).hexdigest() == self.stamp.digest:  # touched, or copied back: same bytes
                self.stamp = Stamp.of(target, raw)
                return
            changed = "case.changed"
        recovery = _recovery_path(target)
        atomic_write(recovery, payload)  # encrypted when the case is: nothing lost, nothing in clear
        raise keyed_error(CaseConflictError, changed, path=self.path, recovery=recovery)

    def close(self) -> None:
        lock.release(self.target)


class CaseConflictError(CaseError):
    """The case file changed on disk since this run read it: this run's version was set aside."""


def _recovery_path(target: Path) -> Path:
    stem = target.name[: -len(target.suffix)] if target.suffix else target.name
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    for n in range(100):
        candidate = target.with_name(f"{stem}.recovered-{stamp}{f'-{n}' if n else ''}{target.suffix or '.yaml'}")
        if not candidate.exists():
            return candidate
    raise keyed_error(CaseError, "case.exists", path=candidate)


def open_case_file(path: Path, passphrase: Passphrase = None, *, wait: float = 0.0) -> CaseFile:
    """A case open for writing: locked (``wait`` seconds at most for another writer), then read.

    Only the lock holder removes temporary files a killed write left: a reader (``read_case_file``)
    could otherwise delete the temporary file a running interview is about to rename.
    """
    target = real_path(path)
    if target.exists():
        lock.acquire(target, wait)
        clean_orphans(target)
    case_file = read_case_file(path, passphrase)
    case_file.lock_wait = wait
    return case_file


def read_case_file(path: Path, passphrase: Passphrase = None) -> CaseFile:
    """A case read without taking the lock (``case show``): saving it later still checks and locks."""
    target = real_path(path)
    raw, stamp = _read_stamped(target)
    text, key = _decode(path, raw, passphrase)
    data = parse_yaml(text, str(path))
    if not isinstance(data, dict):
        raise DataError([m.Problem.of(str(path), None, "", NOT_A_MAPPING)], hint="trafficking case new")
    return CaseFile(path, data, key, comment_language(text), stamp)


def _read_stamped(target: Path) -> tuple[bytes, Stamp]:
    """The bytes and the stamp of the same version of the file (a rename between the two: read again)."""
    for _ in range(5):
        before = _stat_key(target) if target.exists() else None
        raw = read_bytes(target)
        stamp = Stamp.of(target, raw)
        if stamp.stat == before:
            return raw, stamp
    return raw, stamp


def new_case_file(path: Path, data: dict[str, Any], passphrase: str | None = None,
                  kdf: crypto.KdfParams = crypto.DEFAULT_KDF, lang: str = "fr") -> CaseFile:
    """A case file not yet on disk (``save`` writes it). Refuses to replace an existing file."""
    check_new(path)
    if path.suffix == ENCRYPTED_SUFFIX and not passphrase:
        raise keyed_error(CaseError, "case.enc_needs_encrypt", path=path)  # a .enc case is always encrypted
    return CaseFile(path, data, crypto.new_key(passphrase, kdf) if passphrase else None, lang)


def check_new(path: Path) -> None:
    """Refuse a name already taken (before a passphrase is asked for nothing)."""
    if path.exists() or path.is_symlink():  # the request, not the data, is at fault: exit 2, as memo's --output
        raise keyed_error(UsageError, "case.exists", path=path)


def create_case_file(path: Path, data: dict[str, Any], passphrase: str | None = None,
                     kdf: crypto.KdfParams = crypto.DEFAULT_KDF, lang: str = "fr", wait: float = 0.0) -> CaseFile:
    """``case new``: a new case written at once, under the lock, so that of two runs of the same name
    at the same moment exactly one creates it and the other is told it exists."""
    target = real_path(path)
    ensure_private_dir(target.parent)
    lock.acquire(target, wait)
    case_file = new_case_file(path, data, passphrase, kdf, lang)
    case_file.save()
    return case_file


def delete_case(path: Path, wait: float = 0.0) -> list[Path]:
    """Delete the case file, its identity file and leftover temporary files; return what was removed.

    Under the case's lock: a case being written by an interview is not deleted from under it. A link
    is removed, not its target (the user chose to delete the name they gave)."""
    lock.acquire(real_path(path), wait)
    removed = []
    for target in (path, identity_path(path)):
        if target.exists() or target.is_symlink():
            clean_orphans(target)
            target.unlink()
            removed.append(target)
    lock_file = lock.lock_path(real_path(path))
    lock.release(real_path(path))
    with contextlib.suppress(OSError):
        lock_file.unlink()
    return removed


def identity_path(case_path: Path) -> Path:
    """``NAME.yaml`` → ``NAME.identity``, next to the case."""
    if case_path.suffix in CASE_SUFFIXES:
        return case_path.with_suffix(IDENTITY_SUFFIX)
    return case_path.with_name(case_path.name + IDENTITY_SUFFIX)


# ---- the user's case folder ------------------------------------------------------------------

def resolve_case_path(arg: str, folder: Path, *, encrypted: bool = False) -> Path:
    """A CASE argument: an existing path, a path-looking argument, or a name in the case folder."""
    path = Path(arg).expanduser()
    if any(len(os.fsencode(part)) > NAME_MAX for part in path.parts):  # else every exists() raises OSError
        raise keyed_error(CaseError, "case.name_too_long", name=f"{arg[:40]}…", max=NAME_MAX)
    if path.exists() or path.suffix in CASE_SUFFIXES:
        return path
    if "/" in arg or os.sep in arg:
        if not path.parent.is_dir():  # "RP/2019/0123": a reference, not a path; no folders made outside
            raise keyed_error(CaseError, "case.slash_name", name=arg, parent=path.parent,
                              suggestion=re.sub(r"[\\/]+", "-", arg.strip("/\\")).lower())
        return path
    for suffix in CASE_SUFFIXES:
        candidate = folder / f"{arg}{suffix}"
        if candidate.exists():
            return candidate
    return folder / f"{arg}{ENCRYPTED_SUFFIX if encrypted else PLAIN_SUFFIX}"


def list_cases(folder: Path) -> list[dict[str, Any]]:
    """The case files in ``folder``: name, path, encrypted, and for plain files what they hold."""
    if not folder.is_dir():
        return []
    return [_case_summary(path) for path in sorted(folder.iterdir())
            if not path.name.startswith(".") and path.suffix in CASE_SUFFIXES and path.is_file()]


def _case_summary(path: Path) -> dict[str, Any]:
    """One row of ``case list``; an encrypted file is not opened (no passphrase asked for a listing)."""
    summary: dict[str, Any] = {"name": printable(path.stem), "path": printable(str(path)),
                               "encrypted": is_encrypted_file(path), "modified": path.stat().st_mtime,
                               "identity": identity_path(path).exists(), "reference": None, "facts_date": None,
                               "victims": [], "answers": 0, "problem": None}
    if summary["encrypted"]:
        return summary
    try:
        data, _ = read_case_data(path)
        summary |= {"reference": data.get("reference"), "facts_date": data.get("facts_date"),
                    "victims": [v.get("id") for v in data.get("victims") or [] if isinstance(v, dict)],
                    "answers": sum(len(v) if per_victim(v) else 1 for v in (data.get("answers") or {}).values())}
    except (DataError, CaseError, AttributeError) as exc:
        summary["problem"] = getattr(exc, "message", str(exc))
    return summary
