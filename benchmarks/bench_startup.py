"""Start-up of the two everyday commands against their own import floor, in one run (issue 12, "Measured").

    python benchmarks/bench_startup.py [--runs 20] [--limit 1.3]

Whole processes, interleaved (one of each in turn) so that a busy machine slows them all alike:

- ``trafficking show 3``          against ``python -c "import typer, rich.console"``
- ``trafficking search mendicité`` against ``python -c "import typer, whoosh.index, whoosh.qparser"``

The figure that matters is each command's median divided by its floor's median. Goal: ≤ 1.3×. Both the
wall-clock time and the CPU time (user + system, of the child process) are reported: on a machine busy with
other work the wall-clock ratio drifts, the CPU ratio much less. With ``--limit`` the script exits 1 when a
CPU ratio is above it (for a hand check; CI does not time anything).
When a ratio is too high, ``python -X importtime -m trafficking_cli show 3 2>&1 | sort -t'|' -k2 -n``
shows which imports it pays for.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

from processes import cleanup, percentile, process_env, trafficking_command

SHOW_FLOOR = "import typer, rich.console"
SEARCH_FLOOR = "import typer, whoosh.index, whoosh.qparser"

# (command, its floor): the ratios reported.
PAIRS = {
    "trafficking show 3": "floor: typer + rich.console",
    "trafficking search mendicité": "floor: typer + whoosh",
}


def cases(cache_env: dict[str, str]) -> dict[str, tuple[list[str], dict[str, str]]]:
    tool = trafficking_command()
    return {
        "python -c pass": ([sys.executable, "-c", "pass"], {}),
        "floor: typer + rich.console": ([sys.executable, "-c", SHOW_FLOOR], {}),
        "trafficking show 3": ([*tool, "show", "3"], cache_env),
        "floor: typer + whoosh": ([sys.executable, "-c", SEARCH_FLOOR], {}),
        "trafficking search mendicité": ([*tool, "search", "mendicité"], cache_env),
    }


def run_once(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system) of one fresh process, output discarded."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(argv, env=process_env(env), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   check=False, cwd=tempfile.gettempdir())
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def measure(table: dict[str, tuple[list[str], dict[str, str]]], runs: int) -> dict[str, list[tuple[float, float]]]:
    """Each case once in turn, ``runs`` times, after one warm-up each (bytecode, corpus and index caches)."""
    for argv, env in table.values():
        run_once(argv, env)
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in table}
    for _ in range(runs):
        for name, (argv, env) in table.items():
            samples[name].append(run_once(argv, env))
    return samples


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--limit", type=float, default=None, help="exit 1 if a CPU ratio is above this")
    args = parser.parse_args()
    cache_dir = tempfile.mkdtemp(prefix="bench-startup-cache-")
    try:
        samples = measure(cases({"TRAFFICKING_CACHE_DIR": cache_dir, "COLUMNS": "100"}), args.runs)
    finally:
        shutil.rmtree(cache_dir, ignore_errors=True)
        cleanup()
    wall = {name: [w for w, _ in values] for name, values in samples.items()}
    cpu = {name: [c for _, c in values] for name, values in samples.items()}
    print(f"{'command':32} {'wall median':>12} {'wall p90':>9} {'cpu median':>11}   (ms)")
    for name in samples:
        print(f"{name:32} {statistics.median(wall[name]) * 1000:12.1f} {percentile(wall[name], 0.9) * 1000:9.1f} "
              f"{statistics.median(cpu[name]) * 1000:11.1f}")
    print()
    worst = 0.0
    for command, floor in PAIRS.items():
        by_wall = statistics.median(wall[command]) / statistics.median(wall[floor])
        by_cpu = statistics.median(cpu[command]) / statistics.median(cpu[floor])
        worst = max(worst, by_cpu)
        print(f"{command:32} {by_wall:5.2f}× (wall)  {by_cpu:5.2f}× (cpu)  its {floor}")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"\n{args.runs} interleaved runs each; Python {sys.version.split()[0]}; {os.cpu_count()} cores; "
          f"load average {load:.1f}")
    return 1 if args.limit is not None and worst > args.limit else 0


if __name__ == "__main__":
    sys.exit(main())
