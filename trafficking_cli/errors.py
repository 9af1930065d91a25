"""One error hierarchy for the whole tool; ``cli/app.py`` turns these into one line and an exit code."""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING

from .i18n import Msg, has

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
    """Base class: ``message`` says what failed and where, ``hint`` what to do.

    Either may be a catalogue ``Msg``: the error boundary says it in the user's language
    (``localized``); the ``message`` and ``hint`` strings stay English, for logs and tests. A plain
    ``str`` needs no translation (a command, a path, a library's own words).
    """

    exit_code = ExitCode.ERROR

    def __init__(self, message: Msg | str, hint: Msg | str = "") -> None:
        self.message, self.hint = _say(message, "en"), _say(hint, "en")
        super().__init__(self.message)
        self._said = (message, hint)

    def localized(self, lang: str) -> tuple[str, str]:
        """(message, hint) in ``lang``."""
        message, hint = self._said
        return _say(message, lang), _say(hint, lang)

    @property
    def message_values(self) -> dict[str, object]:
        """The values the message names (a path, a recovery file), for callers that act on them."""
        message = self._said[0]
        return dict(message.params) if isinstance(message, Msg) else {}


def _say(message: Msg | str, lang: str) -> str:
    return message.render(lang) if isinstance(message, Msg) else message


class DataError(TraffickingCliError):
    """A data file (law, checklist, case) is invalid; carries every problem found."""

    exit_code = ExitCode.DATA

    def __init__(self, problems: list[Problem], hint: Msg | str = "") -> None:
        self.problems = problems
        super().__init__(self.localized_message("en"), hint)

    def localized(self, lang: str) -> tuple[str, str]:
        return self.localized_message(lang), self.localized_hint(lang)

    def localized_message(self, lang: str) -> str:
        """The first problem in ``lang``, and how many more there are (``message`` is the English one)."""
        if not self.problems:
            return Msg.of("error.invalid_data").render(lang)
        first, others = self.problems[0].text(lang), len(self.problems) - 1
        if not others:
            return first
        return Msg.of("error.more_one" if others == 1 else "error.more", first=first, n=others).render(lang)

    def localized_hint(self, lang: str) -> str:
        return _say(self._said[1], lang)


class UnknownIdError(TraffickingCliError):
    exit_code = ExitCode.NOT_FOUND

    def __init__(self, kind: str, given: str, suggestions: list[str] | None = None, hint: str = "",
                 known: list[str] | None = None, *, instruments: list[str] | None = None,
                 message: Msg | None = None) -> None:
        self.kind = kind
        self.given = given
        self.suggestions = suggestions or []
        self.known = known or []  # e.g. the article numbers that do exist in the instrument asked for
        self.instruments = instruments or []  # the instruments an ambiguous name fits (« code pénal »)
        key = f"error.unknown.{kind}"
        default = Msg.of(key, given=given) if has(key) else f"unknown {kind}: {given!r}"
        super().__init__(message or default, hint)


class CryptoError(TraffickingCliError):
    exit_code = ExitCode.CRYPTO


class CaseError(TraffickingCliError):
    exit_code = ExitCode.DATA


class CaseNotFoundError(CaseError):
    """No case file at that path or name: "not found", not "invalid data"."""

    exit_code = ExitCode.NOT_FOUND


class UsageError(TraffickingCliError):
    exit_code = ExitCode.USAGE


class Interrupted(TraffickingCliError):
    """Ctrl-C (or Ctrl-D at a prompt). What is said then is decided in one place, the CLI's error boundary
    (``cli/boundary.py``: « Interrompu. », or what the interrupted command registered with ``on_interrupt``)."""

    exit_code = ExitCode.INTERRUPTED

    def __init__(self) -> None:
        super().__init__(Msg.of("error.interrupted"))
