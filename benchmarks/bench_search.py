"""Search benchmark (issue 3), one script, one run, figures side by side.

    python benchmarks/bench_search.py [--runs 15] [--scale 10000] [--compare PYTHON ...]

1. Whole process: ``trafficking search mendicité`` against ``python -c pass``, the import floor
   (``import typer, whoosh.index, whoosh.qparser``) and ``grep -ri mendicité law/``; interleaved runs.
2. Index lifecycle on the shipped corpus: build in memory vs build, persist and reopen from the cache.
3. In-process query latency (median, p95) over the relevance queries, on both kinds of index.
4. Relevance: the engine against grep on tests/data/relevance.yaml.
5. Scale: a generated corpus of N provisions (built at run time in a child process, never shipped):
   build time, open time, query median/p95, peak memory.
6. ``--compare PY``: the import floor and the relevance score under another interpreter (for example a
   throw-away venv with whoosh 2.7.4 instead of whoosh-reloaded 2.7.5).

Goals: whole process ≤ 1.3× the import floor and ≤ 15× bare Python; query p95 ≤ 10 ms on the shipped
corpus and ≤ 50 ms at 10,000 provisions; relevance: every query within its rank, ≥ 90 % first.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import itertools
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from processes import cleanup, interleaved, percentile, time_once, trafficking_command

ROOT = Path(__file__).resolve().parent.parent
RELEVANCE = ROOT / "tests" / "data" / "relevance.yaml"
FLOOR = "import typer, whoosh.index, whoosh.qparser"


# ---- 1. whole process -------------------------------------------------------------------------------

def process_cases(cache_env: dict[str, str]) -> dict[str, tuple[list[str], dict[str, str]]]:
    tool = trafficking_command()
    return {
        "python -c pass": ([sys.executable, "-c", "pass"], {}),
        "import floor (typer+whoosh)": ([sys.executable, "-c", FLOOR], {}),
        "trafficking search mendicité": ([*tool, "search", "mendicité"], cache_env),
        "  … --json": ([*tool, "search", "mendicité", "--json"], cache_env),
        "  … no cache (corpus+index built)": ([*tool, "search", "mendicité"], {"TRAFFICKING_NO_CACHE": "1"}),
        "grep -ri mendicité law/": (["grep", "-ri", "mendicité", str(ROOT / "law")], {}),
    }


def whole_process(runs: int) -> None:
    cache_dir = tempfile.mkdtemp(prefix="bench-search-cache-")
    table = process_cases({"TRAFFICKING_CACHE_DIR": cache_dir, "COLUMNS": "100"})
    samples = interleaved(table, runs)  # warms the OS file cache, the corpus cache and the index cache
    shutil.rmtree(cache_dir, ignore_errors=True)
    bare = statistics.median(samples["python -c pass"])
    floor = statistics.median(samples["import floor (typer+whoosh)"])
    print(f"\n1. Whole process ({runs} interleaved runs each)")
    print(f"   {'command':34} {'median ms':>10} {'p90 ms':>8} {'× bare':>7} {'× floor':>8}")
    for name, values in samples.items():
        median = statistics.median(values)
        print(f"   {name:34} {median * 1000:10.1f} {percentile(values, 0.9) * 1000:8.1f} "
              f"{median / bare:7.1f} {median / floor:8.2f}")



# ---- 2-4. in process, shipped corpus -------------------------------------------------------------------

def relevance_cases() -> list[dict]:
    from trafficking_cli.corpus.loader import read_yaml_file

    return read_yaml_file(RELEVANCE)["queries"]


def lookup(search, index, corpus, query: str, limit: int = 10):
    """One search as the CLI runs it, on a given index (a reference needs no index)."""
    direct, notice = search.resolve_reference(corpus, query, None)
    if direct:
        return search.reference_result(corpus, query, direct, "fr", notice)
    return search.run(index, corpus, search.parse(query), limit=limit, scope=None, lang="fr")


def lifecycle(search, corpus) -> dict[str, object]:
    query = "mendicité"
    start = time.perf_counter()
    memory = search.build_in_memory(corpus)
    built = time.perf_counter()
    lookup(search, memory, corpus, query)
    memory_first = time.perf_counter()
    cache_dir = Path(tempfile.mkdtemp(prefix="bench-search-index-"))
    search.open_index(corpus, cache_dir).close()
    persisted = time.perf_counter()
    opened = search.open_index(corpus, cache_dir)
    lookup(search, opened, corpus, query)
    cache_first = time.perf_counter()
    opened.close()
    cold = time.perf_counter()
    reopened = search.open_index(corpus, cache_dir)
    reopened.searcher()
    open_only = time.perf_counter() - cold
    print("\n2. Index lifecycle, shipped corpus "
          f"({len(corpus.provisions)} provisions + {sum(len(c.items) for c in corpus.checklists.values())} "
          "checklist items)")
    print(f"   in memory: build {1000 * (built - start):7.1f} ms, first lookup done at "
          f"{1000 * (memory_first - start):7.1f} ms")
    print(f"   cache:     build + persist {1000 * (persisted - memory_first):7.1f} ms (once per data change); "
          f"open {1000 * open_only:5.1f} ms, first lookup done at {1000 * (cache_first - persisted):5.1f} ms")
    return {"memory": memory, "cache": reopened, "cache_dir": cache_dir}


def latency(search, corpus, indexes: dict[str, object]) -> None:
    queries = [case["query"] for case in relevance_cases()]
    print(f"\n3. In-process query latency ({len(queries)} relevance queries × 5, snippets included)")
    for name in ("memory", "cache"):
        times = time_queries(search, indexes[name], corpus, queries, repeats=5)
        print(f"   {name:7} median {statistics.median(times):6.2f} ms   p95 {percentile(times, 0.95):6.2f} ms   "
              f"max {max(times):6.2f} ms")


def time_queries(search, index, corpus, queries: list[str], repeats: int) -> list[float]:
    times = []
    for _ in range(repeats):
        for query in queries:
            start = time.perf_counter()
            with contextlib.suppress(search.SearchQueryError):
                lookup(search, index, corpus, query)
            times.append(1000 * (time.perf_counter() - start))
    return times


def relevance(search, corpus, index) -> tuple[int, int, int]:
    cases = relevance_cases()
    first = within = 0
    for case in cases:
        ids = [hit.id for hit in lookup(search, index, corpus, case["query"], limit=3).hits]
        first += bool(ids) and ids[0] == case["expect"]
        within += case["expect"] in ids[:case["within"]]
    return first, within, len(cases)


def grep_relevance(corpus) -> tuple[int, int, int]:
    """A grep "hit": the expected provision's file and line among the first three matches."""
    owners = line_owners(corpus)
    cases = relevance_cases()
    first = top3 = 0
    for case in cases:
        found = subprocess.run(["grep", "-rin", "-F", "--", case["query"], "law", "checklists"], cwd=ROOT,
                               capture_output=True, text=True, check=False).stdout.splitlines()[:3]
        ids = [owner_of(owners, line) for line in found]
        first += bool(ids) and ids[0] == case["expect"]
        top3 += case["expect"] in ids
    return first, top3, len(cases)


def line_owners(corpus) -> dict[str, list[tuple[int, str]]]:
    """For each data file, (first line, id) of every provision and checklist item, in line order."""
    owners: dict[str, list[tuple[int, str]]] = {}
    for p in corpus.provisions.values():
        owners.setdefault(Path(corpus.instruments[p.instrument].path).name, []).append((p.line, p.id))
    for checklist in corpus.checklists.values():
        owners[Path(checklist.path).name] = [(item.line, item.key) for item in checklist.items]
    return {name: sorted(lines) for name, lines in owners.items()}


def owner_of(owners: dict[str, list[tuple[int, str]]], grep_line: str) -> str | None:
    path, number, _ = grep_line.split(":", 2)
    candidates = [ident for line, ident in owners.get(Path(path).name, []) if line <= int(number)]
    return candidates[-1] if candidates else None


def print_relevance(search, corpus, index) -> None:
    first, within, total = relevance(search, corpus, index)
    grep_first, grep_top3, _ = grep_relevance(corpus)
    print(f"\n4. Relevance ({total} queries, tests/data/relevance.yaml)")
    print(f"   trafficking search: {first}/{total} first ({100 * first / total:.0f} %), "
          f"{within}/{total} within their rank")
    print(f"   grep -rin -F:       {grep_first}/{total} first ({100 * grep_first / total:.0f} %), "
          f"{grep_top3}/{total} in the first three matches")


# ---- 5. scale (in a child process, so that its peak memory is its own) ---------------------------------

SHARES = {"broad code (10 % trafficking words)": 0.1, "all about trafficking (worst case)": 1.0}


def scale(size: int) -> None:
    print(f"\n5. Scale: generated corpora of {size:,} provisions (generated at run time, never shipped)")
    for name, share in SHARES.items():
        argv = [sys.executable, __file__, "--scale-worker", str(size), "--share", str(share)]
        done = subprocess.run(argv, capture_output=True, text=True, check=False, cwd=ROOT)
        if done.returncode != 0:
            print(f"   {name}: failed\n{done.stderr[-2000:]}")
            continue
        r = json.loads(done.stdout.splitlines()[-1])
        print(f"   {name}: {r['words']:,} words; a query matches {r['matched']:.0f} % of provisions (median)")
        print(f"     build + persist {r['build_s']:.1f} s   index {r['index_mb']:.1f} MB   open {r['open_ms']:.1f} ms")
        print(f"     query median {r['median_ms']:.1f} ms   p95 {r['p95_ms']:.1f} ms   max {r['max_ms']:.1f} ms "
              f"({r['queries']} queries)")
        print(f"     peak memory (max RSS of the process) {r['peak_mb']:.0f} MB, of which the generated corpus "
              f"{r['corpus_mb']:.0f} MB")


def scale_worker(size: int, share: float) -> None:
    import resource

    from trafficking_cli.corpus.lookup import load
    from trafficking_cli.search import engine as search

    shipped = load(ROOT)
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    corpus, words = generated_corpus(shipped, size, share)
    corpus_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    cache_dir = Path(tempfile.mkdtemp(prefix="bench-search-scale-"))
    start = time.perf_counter()
    search.open_index(corpus, cache_dir).close()
    built = time.perf_counter()
    index = search.open_index(corpus, cache_dir)
    index.searcher()
    open_ms = 1000 * (time.perf_counter() - built)
    queries = [case["query"] for case in relevance_cases()]
    times = time_queries(search, index, corpus, queries, repeats=3)
    matched = [100 * lookup(search, index, corpus, q).total / size for q in queries]
    folder = next(cache_dir.glob("search-*"))
    size_mb = sum(f.stat().st_size for f in folder.iterdir()) / 1e6
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    shutil.rmtree(cache_dir, ignore_errors=True)
    print(json.dumps({
        "provisions": len(corpus.provisions), "words": words, "build_s": built - start, "index_mb": size_mb,
        "open_ms": open_ms, "queries": len(times), "median_ms": statistics.median(times),
        "p95_ms": percentile(times, 0.95), "max_ms": max(times), "matched": statistics.median(matched),
        "peak_mb": peak / 1024, "corpus_mb": (corpus_rss - base) / 1024,
    }))


def generated_corpus(shipped, size: int, real_share: float):
    """N provisions in 20 instruments, with headings, keywords and both languages. Each word is, with
    probability ``real_share``, a word of the shipped law (drawn by its rank, Zipf) and otherwise one of a
    long tail of 30,000 pseudo-words standing for the rest of legal language. real_share=1 is the worst
    case for a specialised tool: every provision is about trafficking, so every query word is in most of
    them. real_share=0.1 is a broad code of which trafficking is one subject among many."""
    import dataclasses

    from trafficking_cli import models as m
    from trafficking_cli.corpus.lookup import Corpus

    rng = random.Random(20121207)
    tail = ["".join(rng.choice("bcdfglmnprstv") + rng.choice("aeiou") for _ in range(rng.randint(2, 4)))
            for _ in range(30000)]
    pick_fr = zipf_picker(rng, real_words(shipped, "fr"), tail, real_share)
    pick_en = zipf_picker(rng, real_words(shipped, "en"), tail, real_share)
    template = next(iter(shipped.instruments.values()))
    corpus = Corpus(root=ROOT)
    total_words = 0
    for i in range(20):
        ident = f"gen-{i:02d}"
        corpus.instruments[ident] = dataclasses.replace(
            template, id=ident, jurisdiction="ML" if i % 2 else "UN", aliases=(f"gen{i}",),
            short=m.Bilingual(f"Texte {i}", f"Text {i}"))
    for n in range(size):
        text_fr, text_en = pick_fr(rng.randint(25, 160)), pick_en(rng.randint(25, 160))
        total_words += text_fr.count(" ") + text_en.count(" ") + 2
        provision = m.Provision(
            instrument=f"gen-{n % 20:02d}", eid=f"art_{n}", num=str(n), number_status="attested",
            kind="article", heading=m.Bilingual(pick_fr(rng.randint(2, 7)), pick_en(rng.randint(2, 7))),
            text=m.Bilingual(text_fr, text_en), text_status={"fr": rng.choice(m.TEXT_STATUSES[:3])},
            translation_status={"en": "unofficial"}, sources=("gen",),
            keywords={"fr": tuple(pick_fr(1) for _ in range(rng.randint(0, 4))),
                      "en": tuple(pick_en(1) for _ in range(rng.randint(0, 4)))})
        corpus.provisions[provision.id] = provision
    return corpus, total_words


def real_words(corpus, lang: str) -> list[str]:
    from trafficking_cli.search.engine import WORD

    words: dict[str, int] = {}
    for p in corpus.provisions.values():
        for word in WORD.findall(p.text.get(lang, fallback=False) or ""):
            words[word.lower()] = words.get(word.lower(), 0) + 1
    return sorted(words, key=lambda w: -words[w])


def zipf_picker(rng: random.Random, real: list[str], tail: list[str], real_share: float):
    weights = [real_share / (rank + 1) ** 1.07 for rank in range(len(real))]
    weights += [(1 - real_share) / (rank + 1) ** 1.07 for rank in range(len(tail))]
    cumulative = list(itertools.accumulate(weights))
    vocab = real + tail

    def pick(count: int) -> str:
        return " ".join(rng.choices(vocab, cum_weights=cumulative, k=count))

    return pick


# ---- 6. another interpreter (whoosh 2.7.4 vs whoosh-reloaded 2.7.5) ------------------------------------

def compare(pythons: list[str], runs: int) -> None:
    """The import floor and a whole ``search`` under each interpreter (the package from this checkout)."""
    print("\n6. Other interpreters (import floor, whole search, relevance)")
    interpreters = [sys.executable, *pythons]
    cache_env = {"TRAFFICKING_CACHE_DIR": tempfile.mkdtemp(prefix="bench-search-cmp-"), "PYTHONPATH": str(ROOT)}
    searching = {py: [py, "-m", "trafficking_cli", "search", "mendicité"] for py in interpreters}
    for py in interpreters:
        time_once(searching[py], cache_env)
    samples: dict[str, list[float]] = {py: [] for py in interpreters}
    search_samples: dict[str, list[float]] = {py: [] for py in interpreters}
    for _ in range(runs):
        for py in interpreters:
            samples[py].append(time_once([py, "-c", FLOOR], {}))
            search_samples[py].append(time_once(searching[py], cache_env))
    shutil.rmtree(cache_env["TRAFFICKING_CACHE_DIR"], ignore_errors=True)
    for py in interpreters:
        code = "import whoosh, sys; print(whoosh.versionstring(), sys.version.split()[0])"
        version = subprocess.run([py, "-c", code], capture_output=True, text=True, check=False).stdout.strip()
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        score = subprocess.run([py, __file__, "--relevance-worker"], capture_output=True, text=True, check=False,
                               env=env, cwd=ROOT)
        result = score.stdout.strip().splitlines()[-1] if score.returncode == 0 else score.stderr.strip()[-300:]
        floor, whole = statistics.median(samples[py]), statistics.median(search_samples[py])
        print(f"   whoosh {version:18} floor {1000 * floor:6.1f} ms   search {1000 * whole:6.1f} ms "
              f"({whole / floor:.2f}× floor)   relevance {result}\n      ({py})")


def relevance_worker() -> None:
    from trafficking_cli.corpus.lookup import load
    from trafficking_cli.search import engine as search

    corpus = load(ROOT)
    index = search.build_in_memory(corpus)
    first, within, total = relevance(search, corpus, index)
    top = [[hit.id for hit in lookup(search, index, corpus, c["query"], limit=3).hits] for c in relevance_cases()]
    digest = hashlib.sha256(json.dumps(top).encode()).hexdigest()[:8]
    print(f"{first}/{total} first, {within}/{total} within rank, top-3 digest {digest}")


# ---- main ----------------------------------------------------------------------------------------------

def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--scale", type=int, default=10000, help="provisions in the generated corpus (0: skip)")
    parser.add_argument("--compare", nargs="*", default=[], metavar="PYTHON")
    parser.add_argument("--scale-worker", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--share", type=float, default=1.0, help=argparse.SUPPRESS)
    parser.add_argument("--relevance-worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.scale_worker:
        return scale_worker(args.scale_worker, args.share)
    if args.relevance_worker:
        return relevance_worker()
    sys.path.insert(0, str(ROOT))
    from trafficking_cli.corpus.lookup import load
    from trafficking_cli.search import engine as search

    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores, {sys.platform}")
    whole_process(args.runs)
    corpus = load(ROOT)
    indexes = lifecycle(search, corpus)
    latency(search, corpus, indexes)
    print_relevance(search, corpus, indexes["cache"])
    shutil.rmtree(indexes["cache_dir"], ignore_errors=True)
    if args.scale:
        scale(args.scale)
    if args.compare:
        compare(args.compare, args.runs)
    cleanup()


if __name__ == "__main__":
    main()
