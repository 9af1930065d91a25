"""Whole-process time and printed length of ``trafficking memo``: the Kayes case, then generated cases of
2, 20 and 60 victims (3 suspects, 120 exhibits each) — issue 9. A benchmark, not a test: it prints figures.

    python benchmarks/bench_memo.py [--runs 5] [--victims 2 20 60] [--formats docx pdf]

Each run is a fresh process (``trafficking memo CASE --output FILE``, the format taken from the extension), as
a magistrate would start it; runs are interleaved across cases and formats so that a busy machine slows them
all alike. The corpus cache is warmed first. Goals (issue 9): PDF and DOCX each ≤ 2 s, and the 60-victim PDF
no longer than twice the Kayes PDF. Pages are counted in the PDF (pypdf); a DOCX has no pages until a word
processor lays it out, so its size is given instead.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from memo_cases import case_yaml
from processes import cleanup, time_once, trafficking_command

GOAL_SECONDS = 2.0
KAYES = Path(__file__).resolve().parent.parent / "tests" / "scenarios" / "kayes.yaml"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--victims", type=int, nargs="*", default=[2, 20, 60])
    parser.add_argument("--formats", nargs="*", default=["docx", "pdf"])
    options = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-memo-"))
    cases = {"kayes": KAYES}
    for n in options.victims:
        cases[f"{n} victims"] = work / f"case-{n}.yaml"
        cases[f"{n} victims"].write_text(case_yaml(n), encoding="utf-8")
    env = {"TRAFFICKING_CACHE_DIR": str(work / "cache"), "COLUMNS": "120"}
    tool = trafficking_command()

    def argv(name: str, fmt: str) -> list[str]:
        return [*tool, "memo", str(cases[name]), "--output", str(work / f"{_slug(name)}.{fmt}"), "--force"]

    runs = {(name, fmt): argv(name, fmt) for name in cases for fmt in options.formats}
    for command in runs.values():  # warm the OS file cache and the corpus cache
        time_once(command, env, str(work))
    samples: dict[tuple[str, str], list[float]] = {key: [] for key in runs}
    cpu: dict[tuple[str, str], list[float]] = {key: [] for key in runs}
    for _ in range(options.runs):
        for key, command in runs.items():
            before = _children_cpu()
            samples[key].append(time_once(command, env, str(work)))
            cpu[key].append(_children_cpu() - before)
    print(f"load average (1 min) after the runs: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    report = _report(cases, samples, cpu, work)
    shutil.rmtree(work, ignore_errors=True)
    cleanup()
    return report


def _children_cpu() -> float:
    """CPU seconds (user + system) used so far by finished child processes: what a busy machine does not inflate."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _report(cases: dict[str, Path], samples: dict[tuple[str, str], list[float]],
            cpu: dict[tuple[str, str], list[float]], work: Path) -> int:
    print(f"trafficking memo, {len(next(iter(samples.values())))} runs each, whole process (seconds; the goal "
          "is on the wall-clock median; CPU = user + system of the process)")
    print(f"{'case':<12} {'format':<6} {'median':>8} {'max':>8} {'cpu':>7} {'pages':>6} {'bytes':>9}  goal")
    failed = False
    pages: dict[str, int] = {}
    for (name, fmt), values in samples.items():
        median = statistics.median(values)
        out = work / f"{_slug(name)}.{fmt}"
        count = _pages(out) if fmt == "pdf" else None
        if count is not None:
            pages[name] = count
        verdict = f"≤ {GOAL_SECONDS:.1f} s ok" if median <= GOAL_SECONDS else f"> {GOAL_SECONDS:.1f} s MISSED"
        failed |= median > GOAL_SECONDS
        print(f"{name:<12} {fmt:<6} {median:>8.3f} {max(values):>8.3f} {statistics.median(cpu[(name, fmt)]):>7.3f} "
              f"{count if count else '—':>6} "
              f"{out.stat().st_size:>9}  {verdict}")
    longest = max((n for n in pages if n != "kayes"), key=lambda n: int(n.split()[0]), default=None)
    if longest and "kayes" in pages:
        ratio = pages[longest] / pages["kayes"]
        ok = ratio <= 2
        failed |= not ok
        print(f"pages: {longest} {pages[longest]} / kayes {pages['kayes']} = {ratio:.2f}× "
              f"({'≤ 2× ok' if ok else '> 2× MISSED'})")
    return 1 if failed else 0


def _pages(path: Path) -> int | None:
    try:
        from pypdf import PdfReader  # the test extra; without it, pages are not counted
    except ImportError:
        return None
    return len(PdfReader(str(path)).pages)


def _slug(name: str) -> str:
    return name.replace(" ", "-")


if __name__ == "__main__":
    sys.exit(main())
