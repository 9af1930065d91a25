"""Core errors named by their catalogue key: ``keyed_error(CaseError, "case.missing", path=p)``.

The message (and the hint ``<key>.hint`` when the catalogue has one) travel as ``i18n.Msg`` and are
said once, in the user's language, at the error boundary.
"""

from __future__ import annotations

from typing import TypeVar

from .errors import TraffickingCliError
from .i18n import Msg, has

E = TypeVar("E", bound=TraffickingCliError)


def keyed_error(cls: type[E], key: str, **values: object) -> E:
    """``cls`` with the message ``key`` and, when the catalogue has one, the hint ``key.hint``."""
    hint_key = f"{key}.hint"
    return cls(Msg.of(key, **values), Msg.of(hint_key, **values) if has(hint_key) else "")
