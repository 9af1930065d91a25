"""Start-up of the two everyday commands against their own import floor, in one run (issue 12, "Measured").

    python benchmarks/bench_startup.py [--runs 20] [--limit 1.3]

Whole processes, interleaved (one of each in turn) so that a busy machine slows them all alike:

- ``trafficking show 3``          against ``python -c "import typer, rich.console"``
- ``trafficking search mendicité`` against ``python -c "import typer, whoosh.index, whoosh.qparser"``

The figure that matters is each command's median divided by its floor's median. Goal: ≤ 1.3×. With
``--limit`` the script exits 1 when a ratio is above it (for a hand check; CI does not time anything).
When a ratio is too high, ``python -X importtime -m trafficking_cli show 3 2>&1 | sort -t'|' -k2 -n``
shows which imports it pays for.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile

from processes import cleanup, interleaved, percentile, trafficking_command

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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--limit", type=float, default=None, help="exit 1 if a ratio is above this")
    args = parser.parse_args()
    cache_dir = tempfile.mkdtemp(prefix="bench-startup-cache-")
    try:
        samples = interleaved(cases({"TRAFFICKING_CACHE_DIR": cache_dir, "COLUMNS": "100"}), args.runs)
    finally:
        shutil.rmtree(cache_dir, ignore_errors=True)
        cleanup()
    print(f"{'command':32} {'median ms':>10} {'p90 ms':>8}")
    for name, values in samples.items():
        print(f"{name:32} {statistics.median(values) * 1000:10.1f} {percentile(values, 0.9) * 1000:8.1f}")
    print()
    worst = 0.0
    for command, floor in PAIRS.items():
        ratio = statistics.median(samples[command]) / statistics.median(samples[floor])
        worst = max(worst, ratio)
        print(f"{command:32} {ratio:5.2f}× its {floor}")
    print(f"\n{args.runs} interleaved runs each; Python {sys.version.split()[0]}; {os.cpu_count()} cores")
    return 1 if args.limit is not None and worst > args.limit else 0


if __name__ == "__main__":
    sys.exit(main())
