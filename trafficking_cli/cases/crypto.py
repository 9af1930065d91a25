"""Passphrase encryption for case files and identity files: scrypt key + AES-256-GCM.

File format, version 1 (all integers are single bytes):

    offset  size  field
    0       4     magic b"\\x89TKE" (not text, so a text editor or ``file`` does not mistake it for YAML)
    4       1     format version (1)
    5       1     cipher (1 = AES-256-GCM)
    6       1     scrypt log2(n)
    7       1     scrypt r
    8       1     scrypt p
    9       16    salt (random, per file)
    25      12    nonce (random, per write)
    37      …     ciphertext followed by the 16-byte GCM tag

The 37 header bytes are authenticated as associated data: changing any byte of the file (header or
body) makes decryption fail. The key is derived once per run and reused for every autosave of the
same file, each with a fresh random nonce.

No printing, no prompting, no environment here: the passphrase is an argument.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from trafficking_cli.errors import CryptoError
from trafficking_cli.keyed_errors import keyed_error

MAGIC = b"\x89TKE"
VERSION = 1
CIPHER_AES_GCM = 1
HEADER_SIZE = 37
SALT_SIZE = 16
NONCE_SIZE = 12
TAG_SIZE = 16


@dataclass(frozen=True, slots=True)
class KdfParams:
    """scrypt cost. The default follows OWASP's minimum for scrypt (n=2^17, r=8, p=1: 128 MiB).

    Tests pass cheaper parameters explicitly; the parameters used are stored in each file's header.
    """

    log2_n: int = 17
    r: int = 8
    p: int = 1

    def check(self) -> None:
        # No more than what the tool itself writes (DEFAULT_KDF): a crafted header asking for n=2^20, r=16
        # would make the tool allocate 2 GB and compute for 20 s before refusing the passphrase.
        if not (10 <= self.log2_n <= MAX_LOG2_N and 1 <= self.r <= MAX_R and 1 <= self.p <= MAX_P):
            raise _error("crypto.bad_params", log2_n=self.log2_n, r=self.r, p=self.p)


MAX_LOG2_N, MAX_R, MAX_P = 17, 8, 1  # the default's cost: 128 MiB, a fraction of a second


DEFAULT_KDF = KdfParams()


@dataclass(frozen=True, slots=True)
class Key:
    """A derived key together with the salt and cost it was derived with (needed to write the header)."""

    key: bytes
    salt: bytes
    params: KdfParams

    def __repr__(self) -> str:  # never show key material in a traceback or a log
        return f"Key(params={self.params!r})"


def derive_key(passphrase: str, salt: bytes, params: KdfParams = DEFAULT_KDF) -> Key:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    if not passphrase:
        raise _error("crypto.empty_passphrase")
    params.check()
    kdf = Scrypt(salt=salt, length=32, n=2 ** params.log2_n, r=params.r, p=params.p)
    return Key(kdf.derive(passphrase.encode("utf-8")), salt, params)


def new_key(passphrase: str, params: KdfParams = DEFAULT_KDF) -> Key:
    """A key for a new file: fresh random salt."""
    return derive_key(passphrase, os.urandom(SALT_SIZE), params)


def is_encrypted(data: bytes) -> bool:
    return data[:len(MAGIC)] == MAGIC


def read_header(data: bytes) -> tuple[KdfParams, bytes]:
    """The scrypt parameters and salt of an encrypted file; CryptoError if the header is not ours."""
    if not is_encrypted(data) or len(data) < HEADER_SIZE + TAG_SIZE:
        raise _error("crypto.not_encrypted")
    if data[4] != VERSION or data[5] != CIPHER_AES_GCM:
        raise _error("crypto.version", version=data[4])
    params = KdfParams(log2_n=data[6], r=data[7], p=data[8])
    params.check()
    return params, data[9:9 + SALT_SIZE]


def encrypt(plaintext: bytes, key: Key) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(NONCE_SIZE)
    header = (MAGIC + bytes([VERSION, CIPHER_AES_GCM, key.params.log2_n, key.params.r, key.params.p])
              + key.salt + nonce)
    return header + AESGCM(key.key).encrypt(nonce, plaintext, header)


def decrypt(data: bytes, passphrase: str | Key) -> tuple[bytes, Key]:
    """The plaintext and the key (to re-encrypt later saves without asking again).

    A wrong passphrase and a modified file are indistinguishable by design (GCM tag): both raise
    CryptoError and nothing is written.
    """
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    params, salt = read_header(data)
    if isinstance(passphrase, Key):
        key = passphrase
        if key.salt != salt or key.params != params:
            raise _error("crypto.wrong")
    else:
        key = derive_key(passphrase, salt, params)
    header, body = data[:HEADER_SIZE], data[HEADER_SIZE:]
    try:
        plaintext = AESGCM(key.key).decrypt(header[25:HEADER_SIZE], body, header)
    except InvalidTag:
        raise _error("crypto.wrong") from None
    return plaintext, key


def _error(key: str, **values: object) -> CryptoError:
    return keyed_error(CryptoError, key, **values)
