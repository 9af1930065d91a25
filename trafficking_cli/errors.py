"""One error hierarchy for the whole tool; ``cli.py`` turns these into one line and an exit code."""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .models import Problem


class ExitCode(IntEnum):
    OK = 0
    ERROR = 1
    USAGE = 2
    DATA = 3  # a law, checklist or case file is invalid
    NOT_FOUND = 4
    CRYPTO = 5  # wrong passphrase or tampered file
    INTERRUPTED = 130


class TraffickingCliError(Exception):
    """Base class: ``message`` says what failed and where, ``hint`` what to do."""

    exit_code = ExitCode.ERROR

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


class DataError(TraffickingCliError):
    """A data file (law, checklist, case) is invalid; carries every problem found."""

    exit_code = ExitCode.DATA

    def __init__(self, problems: list[Problem], hint: str = "") -> None:
        first = str(problems[0]) if problems else "invalid data"
        more = f" (+{len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(first + more, hint)
        self.problems = problems


class UnknownIdError(TraffickingCliError):
    exit_code = ExitCode.NOT_FOUND

    def __init__(self, kind: str, given: str, suggestions: list[str] | None = None, hint: str = "",
                 known: list[str] | None = None) -> None:
        self.kind = kind
        self.given = given
        self.suggestions = suggestions or []
        self.known = known or []  # e.g. the article numbers that do exist in the instrument asked for
        super().__init__(f"unknown {kind}: {given!r}", hint)


class CryptoError(TraffickingCliError):
    exit_code = ExitCode.CRYPTO


class CaseError(TraffickingCliError):
    exit_code = ExitCode.DATA


class UsageError(TraffickingCliError):
    exit_code = ExitCode.USAGE
