"""The process's standard streams, made safe once at start-up (``prepare``), before any command runs.

- An output that cannot encode French (``PYTHONIOENCODING=ascii``, ``latin-1``, a C locale) gets the
  nearest letters instead of a UnicodeEncodeError: "é" → "e", "’" → "'", "«" → '"' (``fold``).
- Bytes typed at a prompt that are not UTF-8 become "�" instead of ending the interview.
- A closed standard input reads as end of input (an interview then stops and says how to resume).
- A standard output that is closed (``>&-``) or full (``> /dev/full``) becomes ``OutputError``: a clear
  message and exit code 1, not "unexpected error" or a silent exit 0. A closed pipe (``| head``)
  stays the boundary's business (``BrokenPipeError``: exit 0, nothing said).
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import os
import sys
import unicodedata
from pathlib import Path
from typing import Any

from trafficking_cli.errors import TraffickingCliError
from trafficking_cli.i18n import Msg

FOLD = "trafficking-fold"
_NEAREST = {"’": "'", "‘": "'", "«": '"', "»": '"', "“": '"', "”": '"', "—": "-", "–": "-", "…": "...",
            "œ": "oe", "Œ": "OE", "æ": "ae", "\u00a0": " ", "\u202f": " ", "•": "*", "·": ".", "→": "->",
            "━": "=", "─": "-", "│": "|", "›": ">", "‹": "<", "✓": "v", "✗": "x", "ℹ": "i", "⚠": "!",
            "°": "o"}


class OutputError(TraffickingCliError):
    """Standard output cannot be written (closed, full, broken device)."""


def fold(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: the characters the output cannot encode, as their nearest ASCII."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    bad = error.object[error.start:error.end]
    near = "".join(_NEAREST.get(c) or unicodedata.normalize("NFKD", c).encode("ascii", "ignore").decode() or "?"
                   for c in bad)
    return near, error.end


codecs.register_error(FOLD, fold)


def prepare() -> None:
    """Once per process, at the command line's entry (never in tests that drive ``main`` in-process)."""
    if sys.stdin is None:
        sys.stdin = Path(os.devnull).open(encoding="utf-8")  # noqa: SIM115 - lives as long as the process
    else:
        with contextlib.suppress(AttributeError, ValueError):
            sys.stdin.reconfigure(errors="replace")  # type: ignore[union-attr]
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is not None and not _speaks_unicode(stream):
            with contextlib.suppress(AttributeError, ValueError):
                stream.reconfigure(errors=FOLD)
    sys.stdout = Guarded(sys.stdout)


def _speaks_unicode(stream: Any) -> bool:
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
    return encoding.startswith(("utf8", "utf16", "utf32"))


class Guarded:
    """Standard output whose failures are ours to explain (see the module docstring)."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream
        self._failed = False

    def write(self, text: str) -> int:
        return self._guard(lambda: self._stream.write(text), len(text))

    def flush(self) -> None:
        self._guard(lambda: self._stream.flush(), None)

    @property
    def buffer(self) -> Any:
        return GuardedBinary(self)

    def isatty(self) -> bool:
        try:
            return bool(self._stream is not None and self._stream.isatty())
        except (AttributeError, ValueError):
            return False

    def __getattr__(self, name: str) -> Any:
        if self._stream is None:
            raise AttributeError(name)
        return getattr(self._stream, name)

    def _guard(self, action: Any, done: Any) -> Any:
        if self._failed:
            return done  # already reported: the rest goes nowhere, quietly
        if self._stream is None:
            raise self._error(OSError(errno.EBADF, os.strerror(errno.EBADF)))
        try:
            return action()
        except BrokenPipeError:
            raise  # a reader that went away: the boundary exits 0 quietly
        except OSError as exc:
            raise self._error(exc) from None

    def _error(self, exc: OSError) -> OutputError:
        self._failed = True
        with contextlib.suppress(OSError, ValueError, AttributeError):
            devnull = os.open(os.devnull, os.O_WRONLY)  # Python's own flush at exit must not fail again
            os.dup2(devnull, self._stream.fileno())
        full = exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
        reason = "full" if full else "closed" if exc.errno == errno.EBADF else "other"
        message = Msg.of(f"output.{reason}", reason=exc.strerror or exc)
        return OutputError(message, Msg.of(f"output.{reason}.hint"))


class GuardedBinary:
    """``sys.stdout.buffer`` (a PDF or DOCX poured into a pipe), guarded the same way."""

    def __init__(self, text: Guarded) -> None:
        self._text = text

    def write(self, data: bytes) -> int:
        return int(self._text._guard(lambda: self._text._stream.buffer.write(data), len(data)))

    def flush(self) -> None:
        self._text._guard(lambda: self._text._stream.buffer.flush(), None)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._text._stream.buffer, name)
