"""Case files on disk: read (plain or encrypted), write back atomically, delete, and the case folder.

No printing, no prompting, no environment, no clock: paths and passphrases are arguments. Writes go
through ``storage.atomic_write``; encryption through ``crypto`` (which imports ``cryptography`` only
when a file is actually encrypted).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from trafficking_cli import models as m
from trafficking_cli.checklists.records import per_victim
from trafficking_cli.corpus.loader import parse_yaml
from trafficking_cli.errors import CaseError, CaseNotFoundError, DataError
from trafficking_cli.keyed_errors import keyed_error
from trafficking_cli.storage import atomic_write, clean_orphans

from . import crypto
from .schema import NOT_A_MAPPING
from .template import comment_language, render_case

PLAIN_SUFFIX, ENCRYPTED_SUFFIX, IDENTITY_SUFFIX = ".yaml", ".enc", ".identity"
CASE_SUFFIXES = (".yaml", ".yml", ENCRYPTED_SUFFIX)
Passphrase = str | Callable[[], str] | None
NAME_MAX = 200  # bytes in a name: 255 on most file systems, less the temporary-file and identity-file affixes


# ---- reading ---------------------------------------------------------------------------------

def read_case_data(path: Path, passphrase: Passphrase = None) -> tuple[dict[str, Any], crypto.Key | None]:
    """The parsed case data and, for an encrypted file, the key to write it back."""
    text, key = read_case_text(path, passphrase)
    return parse_yaml(text, str(path)), key  # keeps line numbers for error messages


def read_case_text(path: Path, passphrase: Passphrase = None) -> tuple[str, crypto.Key | None]:
    """The case file's YAML text (decrypted when needed) and, for an encrypted file, its key.

    ``passphrase`` may be a string or a function asked only if the file turns out to be encrypted.
    """
    raw = read_bytes(path)
    key = None
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
        return path.read_bytes()
    except OSError as exc:
        raise keyed_error(CaseError, "case.unreadable", path=path, reason=exc.strerror) from None


# ---- a case file open for writing ------------------------------------------------------------

@dataclass
class CaseFile:
    """A case file open for writing: its data and, when encrypted, the key (asked once per run)."""

    path: Path
    data: dict[str, Any]
    key: crypto.Key | None = None
    lang: str = "fr"  # the language of the file's comments and derived descriptions, kept across saves

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    def text(self) -> str:
        return render_case(self.data, self.lang)

    def save(self) -> None:
        payload = self.text().encode("utf-8")
        if self.key is not None:
            payload = crypto.encrypt(payload, self.key)
        atomic_write(self.path, payload)


def open_case_file(path: Path, passphrase: Passphrase = None) -> CaseFile:
    clean_orphans(path)
    text, key = read_case_text(path, passphrase)
    data = parse_yaml(text, str(path))
    if not isinstance(data, dict):
        raise DataError([m.Problem.of(str(path), None, "", NOT_A_MAPPING)], hint="trafficking case new")
    return CaseFile(path, data, key, comment_language(text))


def new_case_file(path: Path, data: dict[str, Any], passphrase: str | None = None,
                  kdf: crypto.KdfParams = crypto.DEFAULT_KDF, lang: str = "fr") -> CaseFile:
    """A case file not yet on disk (``save`` writes it). Refuses to replace an existing file."""
    if path.exists():
        raise keyed_error(CaseError, "case.exists", path=path)
    return CaseFile(path, data, crypto.new_key(passphrase, kdf) if passphrase else None, lang)


def delete_case(path: Path) -> list[Path]:
    """Delete the case file, its identity file and leftover temporary files; return what was removed."""
    removed = []
    for target in (path, identity_path(path)):
        if target.exists():
            clean_orphans(target)
            target.unlink()
            removed.append(target)
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
    if path.exists() or "/" in arg or os.sep in arg or path.suffix in CASE_SUFFIXES:
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
    summary: dict[str, Any] = {"name": path.stem, "path": str(path), "encrypted": is_encrypted_file(path),
                               "modified": path.stat().st_mtime, "identity": identity_path(path).exists(),
                               "reference": None, "facts_date": None, "victims": [], "answers": 0,
                               "problem": None}
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
