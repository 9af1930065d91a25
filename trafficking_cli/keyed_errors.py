"""Core errors that carry their catalogue key, so ``cli.app.report_error`` can say them in the user's language.

The message and hint are built in English (the exception's own text, for logs and tests); the key and
values travel with the error and are translated once, at the boundary.
"""

from __future__ import annotations

from typing import TypeVar

from .errors import TraffickingCliError
from .i18n import has, t

E = TypeVar("E", bound=TraffickingCliError)


def keyed_error(cls: type[E], key: str, **values: object) -> E:
    """``cls`` with the message ``key`` and, when the catalogue has one, the hint ``key.hint``."""
    hint_key = f"{key}.hint"
    error = cls(t(key, "en", **values), t(hint_key, "en", **values) if has(hint_key) else "")
    error.message_key = key  # type: ignore[attr-defined]  # translated by cli.report_error
    error.message_values = values  # type: ignore[attr-defined]
    return error
