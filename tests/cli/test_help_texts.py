"""The help of every command and option comes from the catalogue (catalogue/help.py), never from the code.

A help text written in the code (formerly ``H("français", "English")``) escapes the test that every message
exists in both languages; these tests keep the command line's help in the catalogue, and the catalogue's help
domain free of texts no command uses.
"""

from __future__ import annotations

import ast
import io
from pathlib import Path

import pytest

from trafficking_cli import i18n
from trafficking_cli.cli import app as cli_app
from trafficking_cli.cli.env import Environment

CLI = Path(cli_app.__file__).parent
HELP = i18n.domain_messages("help")


def _cli_calls() -> list[tuple[str, ast.Call]]:
    return [(f"{path.relative_to(CLI)}:{node.lineno}", node)
            for path in sorted(CLI.rglob("*.py"))
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Call)]


def _help_text_key(node: ast.expr) -> str | None:
    """The key of ``help_text("help.x")``, or None when ``node`` is anything else."""
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "help_text"
            and len(node.args) == 1 and isinstance(node.args[0], ast.Constant)):
        return str(node.args[0].value)
    return None


def test_every_help_in_the_cli_is_a_catalogue_key() -> None:
    """``help=`` of every command, group, option and argument names a key of catalogue/help.py."""
    helps = [(where, keyword.value) for where, call in _cli_calls() for keyword in call.keywords
             if keyword.arg == "help"]
    assert len(helps) > 50
    written = [where for where, value in helps if _help_text_key(value) is None]
    unknown = [f"{where}: {key}" for where, value in helps if (key := _help_text_key(value)) and key not in HELP]
    assert not written, f"help text written in the code, not the catalogue: {written}"
    assert not unknown, unknown


def test_no_french_english_pair_is_written_in_the_cli() -> None:
    """The old pair helpers are gone: no call in cli/ passes a French text and its English side by side."""
    pairs = [where for where, call in _cli_calls()
             if isinstance(call.func, ast.Name) and call.func.id in ("H", "bilingual_help")]
    assert not pairs, pairs


def test_every_help_text_is_used() -> None:
    used = {key for _, call in _cli_calls() if (key := _help_text_key(call))}
    assert used == set(HELP), f"unused: {sorted(set(HELP) - used)}; missing: {sorted(used - set(HELP))}"


@pytest.mark.parametrize(("lang", "other"), [("fr", "en"), ("en", "fr")])
def test_help_follows_the_runs_language_whatever_the_process_baked(lang: str, other: str) -> None:
    """Commands are declared once, in the process's language; a run in the other language still gets its own."""
    cli_app.register_commands()
    out = io.StringIO()
    env = Environment(stdout=out, stderr=io.StringIO(), environ={"COLUMNS": "200"})
    assert cli_app.main(["--lang", lang, "case", "new", "-h"], env) == 0
    shown = " ".join(out.getvalue().split())  # unwrapped; French no-break spaces (before « : ») as spaces
    index = 0 if lang == "fr" else 1
    for key in ("help.case.new", "help.case.new.encrypt"):
        assert HELP[key][index] in shown
        assert HELP[key][1 - index] not in shown


COMMANDS = [["show"], ["elements"], ["validate"], ["search"], ["memo"], ["law", "list"], ["case", "new"],
            ["case", "list"], ["case", "show"], ["case", "set"], ["case", "edit"], ["case", "delete"],
            ["case", "identity"], ["checklist", "run"], ["checklist", "show"], ["checklist", "list"]]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_usage_lines_name_arguments_one_way(invoke, command: list[str]) -> None:
    """One convention: a required argument {CASE}, an optional one [OFFENCE], always in capitals."""
    import re

    usage = invoke(*command, "-h").stdout.splitlines()[0]
    arguments = usage.split("[OPTIONS]", 1)[1]
    assert not re.search(r"[a-z]", arguments), usage
    assert all(re.fullmatch(r"\{[A-ZÉ]+\}|\[[A-ZÉ]+\]", word) for word in arguments.split()), usage


def test_case_lists_its_subcommands_in_the_order_of_use(invoke) -> None:
    listed = invoke("case", "-h").stdout.split("Commandes\u00a0:", 1)[1].split()
    names = [word for word in listed if word in {"new", "list", "show", "set", "edit", "delete", "identity"}]
    assert names == ["new", "list", "show", "set", "edit", "delete", "identity"]
