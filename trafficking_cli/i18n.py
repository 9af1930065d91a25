"""French and English messages: one catalogue, French first (contracts §1: French is the default).

The sentences live in ``catalogue/<domain>.py`` as ``{key: (French, English)}``. A key's first word
chooses its domain (``DOMAINS``); a domain is imported the first time one of its keys is asked for, so a
lookup (``show 3``) never reads the memo's sentences and no module registers anything by being imported.
Code names a sentence by its key only: ``t(key, lang, **values)`` says it now, ``Msg.of(key, **values)``
carries it until the reader's language is known (core errors, analysis findings, data problems).

To add a message: put ``"prefix.name": ("Français", "English")`` in the domain of its prefix (a new
prefix also gets a line in ``DOMAINS``); ``tests/test_catalogue.py`` checks both languages and every key
the code uses.
"""

from __future__ import annotations

import importlib
from typing import Any, Protocol, runtime_checkable

from .structs import frozen

DEFAULT_LANG = "fr"
LANGS = ("fr", "en")

Text = tuple[str, str]  # (French, English): the one shape of a message in the catalogue

# key prefix → catalogue module (trafficking_cli/catalogue/<domain>.py)
DOMAINS: dict[str, str] = {
    **dict.fromkeys(("status", "short", "number", "show", "confidence", "elements", "penalty", "category",
                     "law", "validate"), "law"),
    **dict.fromkeys(("error", "disclaimer", "write", "click", "output"), "cli"),
    "search": "search",
    **dict.fromkeys(("ui", "run", "answer"), "checklist"),
    **dict.fromkeys(("case", "crypto", "privacy"), "case"),
    **dict.fromkeys(("considered", "corroborate", "derived", "element", "gap", "step", "warning", "why",
                     "period", "mitigation", "prescription", "condition", "aggravation"), "analysis"),
    **dict.fromkeys(("memo", "duty", "evidence"), "memo"),
    **dict.fromkeys(("suspect", "concurrence", "other"), "suspects"),
    "data": "data",  # problems in law, checklist and case files
    "help": "help",  # the help of every command and option (cli.app.help_text)
}

_loaded: dict[str, dict[str, Text]] = {}


@runtime_checkable
class Bilingual(Protocol):
    """Text from the law data in both languages (``models.Bilingual``; named here so that models may
    import this module)."""

    def get(self, lang: str, fallback: bool = True) -> str | None: ...

    def lang_of(self, lang: str) -> str | None: ...


def domain_messages(domain: str) -> dict[str, Text]:
    """Every message of one catalogue module (imported once)."""
    if domain not in _loaded:
        module = importlib.import_module(f"{__package__}.catalogue.{domain}")
        _loaded[domain] = module.MESSAGES
    return _loaded[domain]


def catalogue() -> dict[str, Text]:
    """The whole catalogue (for tests and tools; the CLI loads only the domains it speaks)."""
    return {key: text for domain in sorted(set(DOMAINS.values())) for key, text in domain_messages(domain).items()}


def text(key: str) -> Text | None:
    """The (French, English) pair of ``key``, or None when the catalogue has no such key."""
    domain = DOMAINS.get(key.split(".", 1)[0])
    return domain_messages(domain).get(key) if domain else None


def has(key: str) -> bool:
    return text(key) is not None


def t(key: str, lang: str = DEFAULT_LANG, /, **values: object) -> str:
    """The message ``key`` in ``lang`` (French when ``lang`` is not English), formatted with ``values``."""
    entry = text(key)
    if entry is None:
        return key
    fr, en = entry
    message = en if lang == "en" and en else fr
    return message.format(**values) if values else message


@frozen
class Msg:
    """A sentence to be said later, in the reader's language: a catalogue key and its values.

    A value may itself be a ``Msg`` or a ``Bilingual`` (text from the law data); it is resolved in the
    same language. Lists and tuples are joined with commas.
    """

    key: str
    params: tuple[tuple[str, Any], ...] = ()

    @classmethod
    def of(cls, key: str, /, **params: Any) -> Msg:
        return cls(key, tuple(params.items()))

    def render(self, lang: str) -> str:
        values = {name: _resolve(value, lang) for name, value in self.params}
        return t(self.key, lang, **values)

    def param(self, name: str) -> Any:
        return dict(self.params).get(name)


def _resolve(value: Any, lang: str) -> Any:
    if isinstance(value, Msg):
        return value.render(lang)
    if isinstance(value, tuple | list):
        return ", ".join(str(_resolve(v, lang)) for v in value)
    if isinstance(value, Bilingual):
        return value.get(lang) or ""
    return value
