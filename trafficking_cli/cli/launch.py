"""The console script (``trafficking``): the process's own settings, then the command line (``app.main``).

A run of the tool is a short process, and Python's cyclic garbage collector is most of what it spends
beyond its work: collections while typer, rich and the corpus build tens of thousands of objects, and a
last one at exit over everything, which the operating system is about to reclaim anyway. Measured with
``benchmarks/bench_startup.py`` (issue 12): the exit collection alone was 18 ms of the 100 ms of
``trafficking show 3``. So, for the process (never for a program that imports ``app.main``):

- the youngest generation is collected every ``YOUNG_COLLECTION`` new objects instead of every 700;
- at the end, every object is frozen (``gc.freeze``): the final collection skips them.

Nothing waits on that collection: the tool registers no finalizer or ``atexit`` hook, every file it writes
is closed (and fsynced, and renamed into place) by ``with`` blocks before a command returns, and the
interpreter still flushes the standard streams. An interview, hours long, still collects: only less often.
"""

from __future__ import annotations

import gc

YOUNG_COLLECTION = 20_000  # objects; Python's default is 700. At most a few MB held before a collection.


def main() -> int:
    gc.set_threshold(YOUNG_COLLECTION, *gc.get_threshold()[1:])
    from .app import main as command_line  # after: those imports are where most objects are made

    try:
        return command_line()
    finally:
        gc.freeze()  # the process ends: its final collection would only walk what the OS reclaims
