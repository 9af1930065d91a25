"""Whole-process time of ``trafficking memo`` to each format, in one run.

    python benchmarks/bench_memo.py [--runs 7] [--case tests/scenarios/kayes.yaml]

Each run is a fresh process (``trafficking memo CASE --format F --output FILE``), as a magistrate would
start it; runs are interleaved across formats so that a busy machine slows them all alike. The corpus
cache is warmed first (a first start parses the law YAML once); the cold figure is reported separately.
Goal (issue 5): ≤ 2 s for DOCX and PDF.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from processes import cleanup, time_once, trafficking_command

FORMATS = ("terminal", "md", "json", "docx", "pdf")
GOAL_SECONDS = {"docx": 2.0, "pdf": 2.0}
DEFAULT_CASE = Path(__file__).resolve().parent.parent / "tests" / "scenarios" / "kayes.yaml"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--case", type=Path, default=DEFAULT_CASE)
    options = parser.parse_args()
    case = str(options.case.resolve())
    work = tempfile.mkdtemp(prefix="bench-memo-")
    cache_env = {"TRAFFICKING_CACHE_DIR": str(Path(work) / "cache"), "COLUMNS": "120"}
    tool = trafficking_command()

    def argv(fmt: str) -> list[str]:
        return [*tool, "memo", case, "--format", fmt, "--output", str(Path(work) / f"memo.{fmt}")]

    for fmt in FORMATS:  # warm the OS file cache and the corpus cache
        time_once(argv(fmt), cache_env, work)
    # "No corpus cache" after the warm-up: it measures parsing the law, not compiling the package.
    cold = {fmt: time_once(argv(fmt), {"TRAFFICKING_NO_CACHE": "1"}, work) for fmt in ("docx", "pdf")}
    samples: dict[str, list[float]] = {fmt: [] for fmt in FORMATS}
    for _ in range(options.runs):
        for fmt in FORMATS:
            samples[fmt].append(time_once(argv(fmt), cache_env, work))
    sizes = {fmt: (Path(work) / f"memo.{fmt}").stat().st_size for fmt in FORMATS}
    shutil.rmtree(work, ignore_errors=True)
    cleanup()

    print(f"trafficking memo {Path(case).name}, {options.runs} runs per format, whole process (seconds)")
    print(f"{'format':<10} {'median':>8} {'min':>8} {'max':>8} {'size':>10}  goal")
    failed = False
    for fmt in FORMATS:
        values = samples[fmt]
        median = statistics.median(values)
        goal = GOAL_SECONDS.get(fmt)
        verdict = "" if goal is None else (f"≤ {goal:.1f} s ok" if median <= goal else f"> {goal:.1f} s MISSED")
        failed |= goal is not None and median > goal
        print(f"{fmt:<10} {median:>8.3f} {min(values):>8.3f} {max(values):>8.3f} {sizes[fmt]:>10}  {verdict}")
    for fmt, seconds in cold.items():
        print(f"{fmt + ' (no corpus cache)':<28} {seconds:>8.3f}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
