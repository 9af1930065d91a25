"""The README is part of the product: its two newcomer commands are real and every command is in it."""

from __future__ import annotations

import re
from pathlib import Path

import typer.main

from trafficking_cli.cli.app import app

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _quick_start_commands() -> list[str]:
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section)


def test_readme_gives_an_install_command_and_a_test_command() -> None:
    install, tests = _quick_start_commands()
    assert "pip install ." in install and "trafficking show 3" in install
    assert "pytest" in tests


def test_ci_runs_exactly_the_readme_test_command() -> None:
    _, tests = _quick_start_commands()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert tests in ci.splitlines()


def test_every_command_is_in_the_readme_and_has_help() -> None:
    group = typer.main.get_command(app)
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        lines = [line for line in README.splitlines() if f"trafficking {name}" in line]
        for sub_name, sub in getattr(command, "commands", {}).items():
            assert any(re.search(rf"\b{sub_name}\b", line) for line in lines), (name, sub_name)
            assert sub.help or sub.short_help, (name, sub_name)
        assert f"trafficking {name}" in README, name
        assert command.help or command.short_help, name
