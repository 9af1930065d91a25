"""The message catalogue: every sentence in French and English, and every key the code names exists.

French is the default language of every message (contracts §1); a key that is missing in one language,
or that the code names but the catalogue lacks, would print the bare key to a magistrate.
"""

from __future__ import annotations

import ast
import functools
import importlib
import re
import string
from pathlib import Path

import pytest

from trafficking_cli import i18n

PACKAGE = Path(i18n.__file__).parent
KEY = re.compile(r"^[a-z_]+(\.[a-z0-9_]+)+$")
DOMAINS = sorted(set(i18n.DOMAINS.values()))


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def _code_files() -> list[Path]:
    # parts below the package only: a checkout in a folder named "catalogue" must not hide every file
    return [p for p in sorted(PACKAGE.rglob("*.py")) if "catalogue" not in p.relative_to(PACKAGE).parts]


@functools.cache
def _string_constants() -> list[tuple[str, int, str, bool]]:
    """(file, line, text, is the head of an f-string) for every string literal of the package."""
    found = []
    for path in _code_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.append((path.name, node.lineno, node.value, False))
            elif isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant):
                found.append((path.name, node.lineno, str(node.values[0].value), True))
    return found


@pytest.mark.parametrize("domain", DOMAINS)
def test_every_message_has_french_and_english(domain: str) -> None:
    for key, entry in i18n.domain_messages(domain).items():
        assert isinstance(entry, tuple) and len(entry) == 2, f"{domain}: {key} is not (French, English)"
        fr, en = entry
        assert fr.strip() and en.strip(), f"{domain}: {key} lacks a language"


@pytest.mark.parametrize("domain", DOMAINS)
def test_every_key_lives_in_the_domain_of_its_prefix(domain: str) -> None:
    """``t`` finds a key through its first word: a key filed in another domain would never be found."""
    for key in i18n.domain_messages(domain):
        assert i18n.DOMAINS.get(key.split(".", 1)[0]) == domain, f"{key} is in catalogue/{domain}.py"


def test_both_languages_take_the_same_values() -> None:
    for key, (fr, en) in i18n.catalogue().items():
        assert _placeholders(fr) == _placeholders(en), key


def test_every_domain_module_exists() -> None:
    for domain in DOMAINS:
        assert importlib.import_module(f"trafficking_cli.catalogue.{domain}").MESSAGES


def test_every_key_the_code_names_exists() -> None:
    keys = i18n.catalogue()
    named = [(file, line, text) for file, line, text, head in _string_constants()
             if not head and KEY.match(text) and text.split(".", 1)[0] in i18n.DOMAINS]
    missing = [f"{file}:{line}: {text}" for file, line, text in named if text not in keys]
    assert named and not missing, missing


def test_every_key_the_code_builds_has_at_least_one_message() -> None:
    """``f"status.{status}"``: the fixed head must start some key, or the code builds keys that do not exist."""
    keys = i18n.catalogue()
    heads = [(file, line, text) for file, line, text, head in _string_constants()
             if head and re.match(r"^[a-z_]+\.", text) and text.split(".", 1)[0] in i18n.DOMAINS]
    missing = [f"{file}:{line}: {text}" for file, line, text in heads if not any(k.startswith(text) for k in keys)]
    assert heads and not missing, missing


def test_t_speaks_french_by_default_and_english_on_request() -> None:
    assert i18n.t("error.try", hint="x") == "Essayez : x"
    assert i18n.t("error.try", "en", hint="x") == "Try: x"
    assert i18n.t("no.such.key") == "no.such.key"


def test_a_message_is_said_later_in_the_readers_language() -> None:
    msg = i18n.Msg.of("error.try", hint=i18n.Msg.of("short.partial"))
    assert (msg.render("fr"), msg.render("en")) == ("Essayez : incomplet", "Try: partial")


def test_no_module_registers_messages_on_import() -> None:
    """Messages come from the catalogue alone: no feature module adds to it by being imported."""
    offenders = [p.name for p in _code_files() if re.search(r"\bregister(_pairs)?\(\{|MESSAGES\s*[:=]",
                                                             p.read_text(encoding="utf-8"))]
    assert not offenders, offenders
