"""The protected identity file (``<case>.identity``): identifying answers, always encrypted.

Answers to ``protected`` items (real names, contacts) never go into the case file, which only notes
that one was given; their values are kept here, keyed by victim code and item.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from trafficking_cli.corpus.loader import dump_yaml_safe as dump_yaml
from trafficking_cli.corpus.loader import parse_yaml
from trafficking_cli.errors import CaseError, CryptoError
from trafficking_cli.keyed_errors import keyed_error
from trafficking_cli.storage import atomic_write, clean_orphans

from . import crypto
from .store import identity_path, read_bytes
from .template import to_plain

__all__ = ["IDENTITY_SCHEMA", "IdentityFile", "identity_path"]

IDENTITY_SCHEMA = "trafficking-identity/1"


@dataclass
class IdentityFile:
    """Identifying answers (real names, contacts), always encrypted, never in the case file."""

    path: Path
    key: crypto.Key
    data: dict[str, Any] = field(default_factory=lambda: {"schema": IDENTITY_SCHEMA, "identities": {}})

    @classmethod
    def open(cls, path: Path, passphrase: str, kdf: crypto.KdfParams = crypto.DEFAULT_KDF) -> IdentityFile:
        """The file at ``path`` decrypted, or a new empty one (not written until ``save``)."""
        if not path.exists():
            return cls(path, crypto.new_key(passphrase, kdf))
        clean_orphans(path)
        raw = read_bytes(path)
        try:
            crypto.read_header(raw)  # damaged (not ours, cut short) is not "wrong passphrase": say so, stop
        except CryptoError:
            raise keyed_error(CaseError, "case.identity_damaged", path=path) from None
        plaintext, key = crypto.decrypt(raw, passphrase)
        data = to_plain(parse_yaml(plaintext.decode("utf-8"), str(path)))
        if not isinstance(data, dict) or data.get("schema") != IDENTITY_SCHEMA:
            raise keyed_error(CaseError, "case.identity_bad", path=path)
        data.setdefault("identities", {})
        return cls(path, key, data)

    def record(self, victim: str, item_key: str, value: Any, at: str, note: str | None = None) -> None:
        entry: dict[str, Any] = {"value": value, "at": at}
        if note:
            entry["note"] = note
        self.data["identities"].setdefault(victim, {})[item_key] = entry

    def save(self) -> None:
        text = dump_yaml(to_plain(self.data)).encode("utf-8")
        atomic_write(self.path, crypto.encrypt(text, self.key))
