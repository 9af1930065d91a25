"""Shared fixtures: the shipped corpus (loaded once), a CLI runner with a fixed terminal width."""

from __future__ import annotations

import functools
import gc
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
import typer.main
import typer.testing
from typer.testing import CliRunner, Result

from trafficking_cli import resources
from trafficking_cli.cli.app import app, main, register_commands
from trafficking_cli.cli.env import Environment
from trafficking_cli.corpus import cache as corpus_cache
from trafficking_cli.corpus import lookup as corpus_module

# Temporary files on a RAM disk where there is one: the atomic writes fsync every file and folder, which on
# a real disk costs seconds of the suite for nothing the tests check (a crash is tested by killing a process).
if Path("/dev/shm").is_dir() and os.access("/dev/shm", os.W_OK):
    tempfile.tempdir = "/dev/shm"
# Never touch the user's real cache folder from the tests: one throw-away cache per test run.
os.environ["TRAFFICKING_CACHE_DIR"] = tempfile.mkdtemp(prefix="trafficking-test-cache-")
# Nor the user's case folder: a test that forgets its own TRAFFICKING_HOME still writes nowhere real.
os.environ["TRAFFICKING_HOME"] = tempfile.mkdtemp(prefix="trafficking-test-home-")
_RUN_FOLDERS = (os.environ["TRAFFICKING_CACHE_DIR"], os.environ["TRAFFICKING_HOME"])


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """The run's own folders go with it (on a RAM disk, a folder left per run adds up)."""
    for folder in _RUN_FOLDERS:
        shutil.rmtree(folder, ignore_errors=True)
os.environ.pop("TRAFFICKING_LANG", None)
os.environ.pop("TRAFFICKING_DATA", None)

register_commands()  # in-process tests drive the whole app; main() registers only what it needs

# The suite makes millions of short-lived objects; Python's default (a collection every 700) spends a tenth of
# the run walking them. The console script tunes the collector the same way (cli/launch.py).
gc.set_threshold(20_000, *gc.get_threshold()[1:])

# typer rebuilds the click command, evaluating every annotation, on each call of main() or CliRunner.invoke
# (~30 ms); a real process builds it once. Build it once for the whole run: every command is registered above.
_build_command = typer.main.get_command
_CLICK_APP = _build_command(app)


_PRUNED: dict[tuple[object, ...], object] = {}  # main() builds only the command typed: once per command


def _built_once(typer_app: typer.Typer) -> object:
    if typer_app is app:
        return _CLICK_APP
    key = (*(c.callback for c in typer_app.registered_commands), *(g.name for g in typer_app.registered_groups))
    if typer_app.registered_callback is app.registered_callback and key not in _PRUNED:
        _PRUNED[key] = _build_command(typer_app)
    return _PRUNED.get(key) or _build_command(typer_app)


typer.main.get_command = _built_once  # type: ignore[assignment]
typer.testing._get_command = _built_once  # type: ignore[attr-defined]


# Every in-process command loads the corpus from its pickle (~250 times a run). Unpickle each unchanged file
# once: the fingerprint, the file's checks and the shape check still run on every load, and a pickle that is
# rewritten, truncated, replaced or chmod-ed (the cache tests) is read again. Nothing mutates a loaded corpus.
_read_pickle = corpus_cache.read_pickle
_UNPICKLED: dict[tuple[object, ...], object] = {}


def _read_pickle_once(path: Path) -> object:
    try:
        info = path.stat()
    except OSError:
        return _read_pickle(path)
    key = (str(path), info.st_mtime_ns, info.st_size, info.st_ino, info.st_mode, info.st_uid)
    if key not in _UNPICKLED:
        value = _read_pickle(path)
        if value is None:
            return None
        _UNPICKLED[key] = value
    return _UNPICKLED[key]


corpus_cache.read_pickle = _read_pickle_once
# The code stamp (the corpus code's modules by name, size, date) cannot change during a run: take it once.
corpus_cache._code_stamp = functools.lru_cache(maxsize=None)(corpus_cache._code_stamp)  # type: ignore[assignment]

ROOT = Path(__file__).resolve().parent.parent

# A sweep over every scenario runs whole in CI (``-m slow``); the default run keeps the few that between them
# have every shape: adult and child victims, several suspects and participations, a real case, facts before
# 2012 and after the 2024 Code (the default run stays under 15 s).
FAST_SCENARIOS = frozenset({"kayes", "coaccuses", "talibes", "esclavage-2025", "real-koulikoro-bars-2019",
                            "faits-2010"})


def scenario_params(paths: list[Path]) -> list[object]:
    """``paths`` as parameters, those outside ``FAST_SCENARIOS`` marked slow."""
    return [pytest.param(p, id=p.stem, marks=() if p.stem in FAST_SCENARIOS else pytest.mark.slow) for p in paths]
DATA = Path(__file__).resolve().parent / "data"


def copy_of_the_data(target: Path) -> Path:
    """A writable copy of the shipped ``law/`` and ``checklists/`` in ``target`` (for tests that break one file)."""
    root = resources.data_root()
    shutil.copytree(root / "law", target / "law")
    shutil.copytree(root / "checklists", target / "checklists")
    return target


@pytest.fixture(scope="session")
def shipped_corpus() -> corpus_module.Corpus:
    return corpus_module.load(resources.data_root())


def run_main(args: list[str], input: str | None = None, env: dict[str, str] | None = None,
             tty: bool = True) -> Result:
    """``main(argv, env)`` in-process, in CliRunner's isolation (its streams, prompts and variables): the
    whole command line, error boundary included, as a user would type it at a terminal (``tty=False``: as
    a pipe reads it). No pager: the whole screen is captured."""
    runner = CliRunner()
    full_env = {"COLUMNS": "120", "NO_COLOR": "1", "TRAFFICKING_LANG": "", "TRAFFICKING_PAGER": "0", **(env or {})}
    with runner.isolation(input=input, env=full_env) as (stdout, stderr, output):
        exception: BaseException | None = None
        try:
            code = main(list(args), Environment(stdout_tty=tty))
        except Exception as error:  # only --debug lets one through
            code, exception = 1, error
        sys.stdout.flush()
        sys.stderr.flush()
        return Result(runner, stdout.getvalue(), stderr.getvalue(), output.getvalue(), None, code,
                      exception or (SystemExit(code) if code else None))


@pytest.fixture()
def invoke():
    """Run the CLI in-process as a user would type it; returns the click Result."""

    def run(*args: str, input: str | None = None, env: dict[str, str] | None = None, tty: bool = True) -> Result:
        return run_main(list(args), input=input, env=env, tty=tty)

    return run


def pytest_addoption(parser: pytest.Parser) -> None:
    """``--update-golden``: rewrite the expected files (tests/golden/ memos, tests/snapshots/ screens)."""
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="rewrite tests/golden/* and tests/snapshots/* from the current output")


@pytest.fixture(autouse=True)
def _no_process_outside_slow_tests(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """The default run stays fast by construction: a test that starts a process must be marked slow."""
    if request.node.get_closest_marker("slow"):
        return

    def refuse(*args: object, **kwargs: object) -> None:
        pytest.fail(f"{request.node.nodeid} starts a process: mark it @pytest.mark.slow", pytrace=False)

    monkeypatch.setattr(subprocess.Popen, "__init__", refuse)
