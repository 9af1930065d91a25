"""Whole-process time of the reference commands against a bare Python start, in one run.

    python benchmarks/bench_reference.py [--runs 15]

Runs are interleaved (one of each in turn) so that a busy machine slows them all alike; the figure
that matters is the ratio to ``python -c pass`` measured in the same run. Goal (issue 2): ≤ 8×.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def trafficking_command() -> list[str]:
    script = Path(sys.executable).with_name("trafficking")
    return [str(script)] if script.exists() else [sys.executable, "-m", "trafficking_cli"]


def cases(cache_env: dict[str, str]) -> dict[str, tuple[list[str], dict[str, str]]]:
    tool = trafficking_command()
    return {
        "python -c pass": ([sys.executable, "-c", "pass"], {}),
        "import floor (typer + rich)": ([sys.executable, "-c", "import typer, rich.console, rich.table, "
                                         "rich.panel"], {}),
        "trafficking show 3": ([*tool, "show", "3"], cache_env),
        "trafficking elements traite": ([*tool, "elements", "traite"], cache_env),
        "trafficking law list": ([*tool, "law", "list"], cache_env),
        "trafficking show 3 (no cache)": ([*tool, "show", "3"], {"TRAFFICKING_NO_CACHE": "1"}),
    }


def time_once(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, env={**os.environ, **env}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   check=True, cwd=tempfile.gettempdir())
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    cache_dir = tempfile.mkdtemp(prefix="bench-cache-")
    cache_env = {"TRAFFICKING_CACHE_DIR": cache_dir}
    table = cases(cache_env)
    for argv, env in table.values():  # warm the OS file cache and our corpus cache
        time_once(argv, env)
    samples: dict[str, list[float]] = {name: [] for name in table}
    for _ in range(runs):
        for name, (argv, env) in table.items():
            samples[name].append(time_once(argv, env))
    shutil.rmtree(cache_dir, ignore_errors=True)
    base = statistics.median(samples["python -c pass"])
    print(f"{'command':36} {'median ms':>10} {'p90 ms':>8} {'× bare':>8}")
    for name, values in samples.items():
        median = statistics.median(values)
        p90 = sorted(values)[int(0.9 * (len(values) - 1))]
        print(f"{name:36} {median * 1000:10.1f} {p90 * 1000:8.1f} {median / base:8.1f}")
    print(f"\n{runs} interleaved runs each; Python {sys.version.split()[0]}; {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
