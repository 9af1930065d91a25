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


def test_the_architecture_map_names_every_module_of_the_package() -> None:
    """docs/architecture.md is the map: every module is on it, and the old flat modules are gone from it."""
    import trafficking_cli

    doc = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    package = Path(trafficking_cli.__file__).parent
    missing = [str(path.relative_to(package)) for path in sorted(package.rglob("*.py"))
               if path.stem not in ("__init__", "__main__") and not re.search(rf"\b{path.stem}\b", doc)]
    assert missing == []
    for flat in ("`ui.py`", "`cli.py`", "`case.py`", "`search.py`", "`loader.py`", "`corpus.py`"):
        assert flat not in doc, flat  # the pre-subpackage table


def test_config_comments_name_modules_that_exist() -> None:
    """A comment that points at a file (``confined to search/engine.py``) points at one that exists."""
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    for named in re.findall(r"confined to ([\w/]+\.py)", pyproject):
        assert (ROOT / "trafficking_cli" / named).is_file(), named


def test_ci_removes_its_throw_away_venv() -> None:
    """.ci/run builds a fresh venv in a mktemp folder; an EXIT trap removes that folder (not something else)."""
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    folder = re.search(r'^(\w+)="\$\(mktemp -d\)"$', ci, re.M)
    assert folder, "the venv's folder comes from mktemp -d"
    assert re.search(rf"^trap 'rm -rf \"\${folder[1]}\"' EXIT", ci, re.M)
    assert re.search(rf'^venv="\${folder[1]}/venv"$', ci, re.M)
