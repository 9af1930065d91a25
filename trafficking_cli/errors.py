"""One error hierarchy for the whole tool; ``cli/app.py`` turns these into one line and an exit code."""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING

from .models import Msg, en_fr  # models is standard-library only: no import cycle

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

    def __init__(self, problems: list[Problem], hint: Msg = "") -> None:
        hint_en, self.hint_fr = en_fr(hint)
        self.problems = problems
        super().__init__(self.localized_message("en"), hint_en)

    def localized_message(self, lang: str) -> str:
        """The first problem in ``lang``, and how many more there are (``message`` is the English one)."""
        if not self.problems:
            return "données invalides" if lang == "fr" else "invalid data"
        first, others = self.problems[0].text(lang), len(self.problems) - 1
        if not others:
            return first
        return f"{first} (+{others} autre{'s' if others > 1 else ''})" if lang == "fr" else f"{first} (+{others} more)"

    def localized_hint(self, lang: str) -> str:
        return (self.hint_fr or self.hint) if lang == "fr" else self.hint


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


class CaseNotFoundError(CaseError):
    """No case file at that path or name: "not found", not "invalid data"."""

    exit_code = ExitCode.NOT_FOUND


class UsageError(TraffickingCliError):
    exit_code = ExitCode.USAGE
