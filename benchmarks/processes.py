"""What the whole-process benchmarks share: how to start the tool and time one fresh process."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_PYCACHE: list[str] = []  # one bytecode folder per benchmark run, removed by cleanup()


def trafficking_command() -> list[str]:
    """The installed console script next to this Python, else ``python -m trafficking_cli``."""
    script = Path(sys.executable).with_name("trafficking")
    return [str(script)] if script.exists() else [sys.executable, "-m", "trafficking_cli"]


def process_env(env: dict[str, str]) -> dict[str, str]:
    # Bytecode is cached (in a temporary folder, not the checkout), as it is after ``pip install``; a
    # development shell with PYTHONDONTWRITEBYTECODE would otherwise recompile the package on every start.
    if not _PYCACHE:
        _PYCACHE.append(tempfile.mkdtemp(prefix="bench-pyc-"))
    full = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**full, "PYTHONPYCACHEPREFIX": _PYCACHE[0], **env}


def time_once(argv: list[str], env: dict[str, str], cwd: str | None = None, check: bool = True) -> float:
    """Seconds for one fresh process, output discarded."""
    start = time.perf_counter()
    subprocess.run(argv, env=process_env(env), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   check=check, cwd=cwd or tempfile.gettempdir())
    return time.perf_counter() - start


def interleaved(table: dict[str, tuple[list[str], dict[str, str]]], runs: int) -> dict[str, list[float]]:
    """Each case once in turn, ``runs`` times, after one warm-up each: a busy machine slows them all alike."""
    for argv, env in table.values():
        time_once(argv, env, check=False)
    samples: dict[str, list[float]] = {name: [] for name in table}
    for _ in range(runs):
        for name, (argv, env) in table.items():
            samples[name].append(time_once(argv, env, check=False))
    return samples


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def median_ms(values: list[float]) -> float:
    return statistics.median(values) * 1000


def cleanup() -> None:
    for folder in _PYCACHE:
        shutil.rmtree(folder, ignore_errors=True)
    _PYCACHE.clear()
