"""Shared fixtures: the shipped corpus (loaded once), a CLI runner with a fixed terminal width."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
import typer.main
import typer.testing
from typer.testing import CliRunner

from trafficking_cli import resources
from trafficking_cli.cli.app import app, hoist_global_options, register_commands
from trafficking_cli.corpus import lookup as corpus_module

# Temporary files on a RAM disk where there is one: the atomic writes fsync every file and folder, which on
# a real disk costs seconds of the suite for nothing the tests check (a crash is tested by killing a process).
if Path("/dev/shm").is_dir() and os.access("/dev/shm", os.W_OK):
    tempfile.tempdir = "/dev/shm"
# Never touch the user's real cache folder from the tests: one throw-away cache per test run.
os.environ["TRAFFICKING_CACHE_DIR"] = tempfile.mkdtemp(prefix="trafficking-test-cache-")
# Nor the user's case folder: a test that forgets its own TRAFFICKING_HOME still writes nowhere real.
os.environ["TRAFFICKING_HOME"] = tempfile.mkdtemp(prefix="trafficking-test-home-")
os.environ.pop("TRAFFICKING_LANG", None)
os.environ.pop("TRAFFICKING_DATA", None)

register_commands()  # in-process tests drive the whole app; main() registers only what it needs

# typer rebuilds the click command, evaluating every annotation, on each CliRunner.invoke (~30 ms); a real
# process builds it once. Build it once for the whole run: the commands are all registered above.
_CLICK_APP = typer.main.get_command(app)
typer.testing._get_command = lambda typer_app: _CLICK_APP if typer_app is app else typer.main.get_command(typer_app)  # type: ignore[attr-defined]

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def shipped_corpus() -> corpus_module.Corpus:
    return corpus_module.load(resources.data_root())


@pytest.fixture()
def invoke():
    """Run the CLI in-process as a user would type it; returns the click Result."""
    runner = CliRunner()

    def run(*args: str, input: str | None = None, env: dict[str, str] | None = None):
        full_env = {"COLUMNS": "120", "NO_COLOR": "1", "TRAFFICKING_LANG": "", **(env or {})}
        return runner.invoke(app, hoist_global_options(list(args)), input=input, env=full_env)

    return run


def pytest_addoption(parser: pytest.Parser) -> None:
    """``--update-golden``: rewrite the expected memo files in tests/golden/ instead of comparing."""
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="rewrite tests/golden/*.md from the current output")
