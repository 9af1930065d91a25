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
import sys
import tempfile

from processes import cleanup, interleaved, percentile, trafficking_command


def cases(cache_env: dict[str, str]) -> dict[str, tuple[list[str], dict[str, str]]]:
    tool = trafficking_command()
    return {
        "python -c pass": ([sys.executable, "-c", "pass"], {}),
        "import floor (typer + rich)": ([sys.executable, "-c", "import typer, rich.console, rich.table, "
                                         "rich.panel"], {}),
        "trafficking show 3": ([*tool, "show", "3"], cache_env),
        "trafficking show 3 --json": ([*tool, "show", "3", "--json"], cache_env),
        "trafficking elements traite": ([*tool, "elements", "traite"], cache_env),
        "trafficking law list": ([*tool, "law", "list"], cache_env),
        "trafficking show 3 (no cache)": ([*tool, "show", "3"], {"TRAFFICKING_NO_CACHE": "1"}),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    cache_dir = tempfile.mkdtemp(prefix="bench-cache-")
    samples = interleaved(cases({"TRAFFICKING_CACHE_DIR": cache_dir, "COLUMNS": "100"}), runs)
    shutil.rmtree(cache_dir, ignore_errors=True)
    cleanup()
    base = statistics.median(samples["python -c pass"])
    print(f"{'command':36} {'median ms':>10} {'p90 ms':>8} {'× bare':>8}")
    for name, values in samples.items():
        median = statistics.median(values)
        print(f"{name:36} {median * 1000:10.1f} {percentile(values, 0.9) * 1000:8.1f} {median / base:8.1f}")
    print(f"\n{runs} interleaved runs each; Python {sys.version.split()[0]}; {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
