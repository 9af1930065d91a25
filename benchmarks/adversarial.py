"""An adversarial pass over the tool (issue 11): hostile inputs, concurrent writers, killed runs, broken
streams. A benchmark, not a test: it prints totals, the ones the issue asks for.

    python benchmarks/adversarial.py [--kills 30] [--pairs 10] [--json]

Every input is one fresh process of the tool (``python -m trafficking_cli``, or whatever ``PYTHONPATH``
puts first: point it at an older checkout to count that one's failures). Totals:

- inputs: processes started against the tool;
- tracebacks: a Python traceback on stdout or stderr;
- crashes: an "unexpected error", an exit code outside 0-5 and 130, a time-out, or a hostile input accepted
  silently (exit 0 where a refusal was due, or slower than a second for an alias bomb or a crafted header);
- answers lost: acknowledged answers missing from the case afterwards (two writers at once, kill -9, links);
- plaintext leaks: an answer of an encrypted case readable on disk, or answers written in clear to a .enc;
- wrong modes: files or folders the tool made that others may read or write (run at umask 000);
- code run: a marker written by a pickle planted in the cache.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import random
import shutil
import stat
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KAYES = ROOT / "tests" / "scenarios" / "kayes.yaml"
TOOL = [sys.executable, "-m", "trafficking_cli"]
OK_CODES = {0, 1, 2, 3, 4, 5, 130}
TOTALS: Counter[str] = Counter()
FAILURES: list[str] = []


def run(args: list[str], env: dict[str, str], *, stdin: bytes | None = None, shell: str | None = None,
        umask: int | None = None, timeout: float = 60) -> tuple[int, str, float]:
    """One input: the tool once; returns (exit code, stdout + stderr, seconds)."""
    TOTALS["inputs"] += 1
    argv = ["sh", "-c", shell.replace("T ", " ".join(TOOL) + " ")] if shell else [*TOOL, *args]
    start = time.perf_counter()
    try:
        done = subprocess.run(argv, env=env, input=stdin, capture_output=True, timeout=timeout,
                              preexec_fn=(lambda: os.umask(umask)) if umask is not None else None)
    except subprocess.TimeoutExpired:
        crash(f"time-out: {args or shell}")
        return -1, "", timeout
    seconds = time.perf_counter() - start
    out = (done.stdout + done.stderr).decode("utf-8", "replace")
    if "Traceback" in out:
        TOTALS["tracebacks"] += 1
        FAILURES.append(f"traceback: {args or shell}")
    if done.returncode not in OK_CODES or "erreur inattendue" in out or "unexpected error" in out:
        crash(f"exit {done.returncode}: {args or shell}: {out.strip().splitlines()[-1:] }")
    return done.returncode, out, seconds


def crash(what: str) -> None:
    TOTALS["crashes"] += 1
    FAILURES.append(what)


def lost(n: int, what: str) -> None:
    if n:
        TOTALS["answers lost"] += n
        FAILURES.append(f"{n} answer(s) lost: {what}")


def environment(base: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TRAFFICKING_", "PYTHONIOENCODING"))}
    return {**env, "TRAFFICKING_HOME": str(base / "home"), "TRAFFICKING_CACHE_DIR": str(base / "cache"),
            "COLUMNS": "100", "PYTHONIOENCODING": "utf-8", "NO_COLOR": "1", **extra}


def answers_in(case: Path, passphrase: str | None = None) -> dict:
    """The case's answers as the tool reads them (via the tool: works on any version)."""
    env = {**os.environ, "TRAFFICKING_PASSPHRASE": passphrase or ""}
    code = ("import sys,json; from pathlib import Path\n"
            "try:\n from trafficking_cli.cases import read_case_data\n"
            "except ImportError:\n from trafficking_cli.case import read_case_data\n"
            "d = read_case_data(Path(sys.argv[1]), sys.argv[2] or None)[0]\n"
            "print(json.dumps({k: v for k, v in (d.get('answers') or {}).items()}, default=str))")
    done = subprocess.run([sys.executable, "-c", code, str(case), passphrase or ""], env=env, capture_output=True,
                          timeout=60)
    if done.returncode != 0:
        return {"<invalid>": done.stderr.decode()[-200:]}
    return json.loads(done.stdout)


# ---- 1. two writers at once ----------------------------------------------------------------------------

def two_writers(base: Path, pairs: int) -> None:
    for n in range(pairs):
        env = environment(base / f"pair{n}")
        run(["case", "new", "rp-1"], env)
        first, second = base / f"pair{n}" / "a1.yaml", base / f"pair{n}" / "a2.yaml"
        first.write_text("A01: oui\n", encoding="utf-8")
        second.write_text("A07: bambara\n", encoding="utf-8")
        procs = []
        for answers in (first, second):
            TOTALS["inputs"] += 1
            procs.append(subprocess.Popen([*TOOL, "checklist", "run", "A", "--case", "rp-1", "--answers",
                                           str(answers)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE))
        told = 0
        for proc in procs:
            out, err = proc.communicate(timeout=120)
            text = (out + err).decode("utf-8", "replace")
            if "Traceback" in text:
                TOTALS["tracebacks"] += 1
            told += proc.returncode != 0 and ("ouvert en écriture" in text)
        found = answers_in(base / f"pair{n}" / "home" / "cases" / "rp-1.yaml")
        lost(2 - told - sum(key in found for key in ("A.A01", "A.A07")), "two scripted writers at once")


# ---- 2. kill -9 in the middle of interviews ----------------------------------------------------------

def kill_loop(base: Path, kills: int) -> None:
    try:
        import pexpect
    except ImportError:
        print("pexpect missing: kill -9 loop skipped", file=sys.stderr)
        return
    rng = random.Random(11)
    for n in range(kills):
        env = environment(base / f"kill{n}")
        case = base / f"kill{n}" / "c.yaml"
        run(["case", "new", str(case)], env)  # made first: a new case is asked about before the interview
        TOTALS["inputs"] += 1
        child = pexpect.spawn(sys.executable, ["-m", "trafficking_cli", "checklist", "run", "A", "--case",
                                               str(case)], env=env, encoding="utf-8", timeout=30)
        acknowledged = 0
        try:
            child.expect_exact("› ")
            child.sendline("o")
            child.expect("question 2 sur")  # shown only once A01 is on disk
            acknowledged = 1
            child.expect_exact("› ")
            child.sendline("1")
            time.sleep(rng.uniform(0, 0.25))
        except pexpect.ExceptionPexpect:
            crash(f"interview {n} did not reach question 2")
        child.kill(9)
        child.close(force=True)
        found = answers_in(case)
        if "<invalid>" in found:
            crash(f"invalid case after kill -9: {found['<invalid>']}")
        lost(acknowledged - ("A.A01" in found), "kill -9")
        if list(case.parent.glob(".*.tmp")):
            run(["case", "show", str(case)], env)  # the next run of a writer cleans orphans
        if any(p.name.endswith(".tmp") for p in case.parent.iterdir() if not p.name.startswith(".c.yaml.lock")):
            pass  # left for the next writer; not a loss


# ---- 3. the cache ------------------------------------------------------------------------------------------

class Planted:
    def __init__(self, marker: str) -> None:
        self.marker = marker

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (exec, (f"open({self.marker!r}, 'w').close()",))


def planted_pickles(base: Path) -> None:
    env = environment(base)
    run(["search", "traite"], env)
    cache = Path(env["TRAFFICKING_CACHE_DIR"])
    for spoil in ("folder 0777", "files 0666", "files of nobody"):
        marker = base / f"MARKER-{spoil.replace(' ', '-')}"
        for target in [*cache.glob("corpus-*.pickle"), *cache.glob("search-*/*.toc")]:
            target.write_bytes(pickle.dumps(Planted(str(marker))))
            if spoil == "files 0666":
                target.chmod(0o666)
            elif spoil == "files of nobody" and os.geteuid() == 0:
                os.chown(target, 65534, 65534)
        if spoil == "folder 0777":
            cache.chmod(0o777)
        for command in (["show", "3"], ["search", "traite"]):
            run(command, env)
        if marker.exists():
            TOTALS["code run"] += 1
            FAILURES.append(f"planted pickle ran ({spoil})")
        cache.chmod(0o700)


# ---- 4. hostile files --------------------------------------------------------------------------------------

def bomb() -> str:
    text = 'a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    for n in range(1, 10):
        text += f"a{n}: &a{n} [" + ", ".join([f"*a{n - 1}"] * 10) + "]\n"
    return text


def refused(code: int, seconds: float, what: str, limit: float = 1.0) -> None:
    if code == 0 or code == -1 or seconds > limit:
        crash(f"{what}: exit {code} after {seconds:.1f} s (a refusal within {limit:.0f} s was due)")


def hostile_files(base: Path) -> None:
    env = environment(base)
    run(["case", "new", "rp-1"], env)
    case = base / "home" / "cases" / "rp-1.yaml"
    template = case.read_text(encoding="utf-8")
    case.write_text(template + bomb().replace("a0:", "x_a0:", 1), encoding="utf-8")
    for command in (["case", "show", "rp-1"], ["memo", "rp-1"]):
        code, _, seconds = run(command, env, timeout=30)
        refused(code, seconds - 1.0, f"alias bomb in a case, {command[0]}")  # minus the start-up
    answers = base / "bomb.yaml"
    answers.write_text(bomb(), encoding="utf-8")
    code, _, seconds = run(["checklist", "run", "A", "--case", "rp-2", "--answers", str(answers)], env, timeout=30)
    refused(code, seconds - 1.0, "alias bomb as --answers")
    data = base / "data"
    shutil.copytree(ROOT / "law", data / "law")
    shutil.copytree(ROOT / "checklists", data / "checklists")
    (data / "law" / "zz.yaml").write_text(bomb(), encoding="utf-8")
    code, _, seconds = run(["--data-dir", str(data), "show", "3"], {**env, "TRAFFICKING_NO_CACHE": "1"}, timeout=30)
    refused(code, seconds - 1.5, "alias bomb in --data-dir")

    enc = base / "home" / "cases" / "crafted.enc"  # a header asking for n=2^20, r=16: 2 GB, 20 s
    enc.write_bytes(b"\x89TKE\x01\x01\x14\x10\x01" + os.urandom(16 + 12 + 64))
    code, _, seconds = run(["case", "show", "crafted"], {**env, "TRAFFICKING_PASSPHRASE": "x"}, timeout=60)
    refused(code, seconds - 1.0, "crafted scrypt header")

    disguised = base / "home" / "cases" / "plain.enc"
    disguised.write_text(template, encoding="utf-8")
    a = base / "a.yaml"
    a.write_text('A07: "SECRET-LANGUE"\n', encoding="utf-8")
    run(["checklist", "run", "A", "--case", str(disguised), "--answers", str(a)], env)
    if b"SECRET-LANGUE" in disguised.read_bytes():
        TOTALS["plaintext leaks"] += 1
        FAILURES.append("answers written in clear into a .enc case")

    escapes = template.replace("summary: ''", 'summary: "\\e]0;pwned\\a\\e[2J\\r"')
    escapes = escapes.replace("facts_date: null", 'facts_date: "2019-01-15"')
    case.write_text(escapes, encoding="utf-8")
    for command in (["case", "show", "rp-1"], ["case", "list"], ["memo", "rp-1", "-f", "md"]):
        _, out, _ = run(command, env)
        if "\x1b" in out or "\x07" in out:
            crash(f"control sequence reached the terminal: {command}")

    for old, new in (("places: []", "places: Kayes"), ("facts_date: null", "facts_date: null\nderived: 5"),
                     ("facts_date: null", "facts_date: null\nderived: {victims: 3}")):
        case.write_text(template.replace(old, new, 1), encoding="utf-8")
        for command in (["case", "show", "rp-1"], ["memo", "rp-1"]):
            code, out, _ = run(command, env)
            if code == 0 and "K, a, y" in out:
                crash(f"wrong type shown as letters: {new}")
    empty = base / "empty.yaml"
    empty.write_text("", encoding="utf-8")
    code, _, _ = run(["checklist", "run", "A", "--case", "rp-3", "--answers", str(empty)], env, stdin=b"")
    if code in (0, 130):
        crash("an empty --answers file started an interactive run")
    twice = base / "twice.yaml"
    twice.write_text("A01: oui\nA.A01: non\n", encoding="utf-8")
    code, _, _ = run(["checklist", "run", "A", "--case", "rp-3", "--answers", str(twice)], env)
    if code == 0:
        crash("A01 and A.A01 in one file accepted")


# ---- 5. outputs, links, names -----------------------------------------------------------------------------------

def outputs(base: Path) -> None:
    env = environment(base)
    case = base / "case.yaml"
    case.write_bytes(KAYES.read_bytes())
    run(["memo", str(case), "-f", "md", "-o", str(case)], env)
    if case.read_bytes() != KAYES.read_bytes():
        crash("memo -o CASE replaced the case file")
    if os.name == "posix":
        fifo = base / "fifo"
        os.mkfifo(fifo)
        reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.DEVNULL)
        run(["memo", str(case), "-f", "md", "-o", str(fifo)], env)
        try:
            reader.wait(timeout=10)
        except subprocess.TimeoutExpired:  # nothing came through the pipe: the pipe was replaced
            reader.kill()
            reader.wait()
        if not fifo.exists() or not fifo.is_fifo():
            crash("memo -o FIFO replaced the pipe")
    real = base / "real" / "c.yaml"
    real.parent.mkdir()
    run(["case", "new", str(real)], env)
    link = base / "link.yaml"
    link.symlink_to(real)
    a = base / "a.yaml"
    a.write_text("A01: oui\n", encoding="utf-8")
    run(["checklist", "run", "A", "--case", str(link), "--answers", str(a)], env)
    if not link.is_symlink():
        crash("the interview replaced a symbolic link with a file")
    lost(0 if "A.A01" in answers_in(real) else 1, "symlinked case")
    cwd = base / "cwd"
    cwd.mkdir()
    run([], env, shell=f"cd {cwd} && T case new RP/2019/0123")
    if (cwd / "RP").exists():
        crash("case new RP/2019/0123 made folders outside the case folder")
    run(["case", "new", "x" * 300], env)
    run(["memo", str(case), "-f", "md", "-o", str(base / ("y" * 300))], env)
    ident = base / "home" / "cases"
    run(["case", "new", "idt"], env)
    (ident / "idt.identity").write_bytes(b"garbage")
    b = base / "b.yaml"
    b.write_text("A16: yes\nA17: yes\nA18: oral\n", encoding="utf-8")
    penv = {**env, "TRAFFICKING_PASSPHRASE": "une phrase"}
    run(["checklist", "run", "A", "--case", "idt", "--answers", str(b)], penv)
    b.write_text('B04: "Awa"\n', encoding="utf-8")
    code, _, _ = run(["checklist", "run", "B", "--case", "idt", "--answers", str(b)], penv)
    if code == 0:
        crash("a damaged identity file was taken for 'no passphrase' (exit 0)")


# ---- 6. encodings and streams ----------------------------------------------------------------------------------

def streams(base: Path) -> None:
    env = environment(base)
    run(["case", "new", "rp-1"], env)
    a = base / "a.yaml"
    a.write_text("A01: oui\n", encoding="utf-8")
    for setting in ({"PYTHONIOENCODING": "ascii"}, {"PYTHONIOENCODING": "latin-1"},
                    {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONIOENCODING": ""}):
        for args in (["show", "3"], ["search", "traite"], ["case", "list"], ["case", "show", "rp-1"],
                     ["checklist", "run", "A", "--case", "rp-1", "--answers", str(a)], ["case", "show", "absent"]):
            _, out, _ = run(args, {**env, **setting})
            if "UnicodeEncodeError" in out:
                crash(f"{setting}: {args}")
    for shell, must in (("T show 3 > /dev/full", "pleine"), ("T show 3 >&-", "fermée")):
        code, out, _ = run([], env, shell=shell)
        if code == 0 or must not in out:
            crash(f"{shell}: exit {code}, not explained")
    run(["case", "new", str(base / "c2.yaml")], env)
    run(["case", "new", str(base / "c3.yaml")], env)
    code, out, _ = run([], env, shell=f"T checklist run A --case {base / 'c2.yaml'} <&-")
    if "AttributeError" in out or "RuntimeError" in out:
        crash("closed stdin")
    code, out, _ = run(["checklist", "run", "A", "--case", str(base / "c3.yaml")], env, stdin=b"\xff\xfe\no\x00ui\n")
    if "UnicodeDecodeError" in out:
        crash("non-UTF-8 byte at a prompt")
    _, out, _ = run(["case", "new", "s", "--encrypt"], env, stdin=b"une phrase\nune phrase\n")
    if "GetPassWarning" in out:
        crash("raw GetPassWarning")


# ---- 7. modes and plaintext ------------------------------------------------------------------------------------

def modes_and_plaintext(base: Path) -> None:
    env = environment(base / "nested" / "deeper", TRAFFICKING_PASSPHRASE="une phrase de test")
    secret = "CLAIR-" + "".join(random.Random(7).choice("ABCDEFGHJK") for _ in range(12))
    a = base / "a.yaml"
    a.write_text(f'A01: oui\nA07: "{secret}"\n', encoding="utf-8")
    run(["checklist", "run", "A", "--case", "rp-1", "--encrypt", "--answers", str(a)], env, umask=0)
    run(["search", "traite"], env, umask=0)
    run(["memo", "rp-1"], env, umask=0)
    for folder in (base / "nested",):
        for path in [folder, *folder.rglob("*")]:
            mode = stat.S_IMODE(path.lstat().st_mode)
            if path.is_symlink():
                continue
            if mode & 0o077 and not (path.is_file() and "search-" in str(path) and not mode & 0o022):
                TOTALS["wrong modes"] += 1
                FAILURES.append(f"mode {mode:o}: {path}")
            if path.is_file() and secret.encode() in path.read_bytes():
                TOTALS["plaintext leaks"] += 1
                FAILURES.append(f"answer in clear: {path}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=30)
    parser.add_argument("--pairs", type=int, default=10)
    parser.add_argument("--json", action="store_true")
    options = parser.parse_args()
    for key in ("inputs", "tracebacks", "crashes", "answers lost", "plaintext leaks", "wrong modes", "code run"):
        TOTALS[key] += 0
    base = Path(tempfile.mkdtemp(prefix="adversarial-"))
    start = time.perf_counter()
    try:
        for name, step in (("two writers", lambda b: two_writers(b, options.pairs)),
                           ("kill -9", lambda b: kill_loop(b, options.kills)),
                           ("cache", planted_pickles), ("hostile files", hostile_files), ("outputs", outputs),
                           ("streams", streams), ("modes", modes_and_plaintext)):
            folder = base / name.replace(" ", "-")
            folder.mkdir()
            before = sum(TOTALS.values())
            try:
                step(folder)
            except Exception as error:  # the harness itself: counted, never hidden
                crash(f"harness, {name}: {type(error).__name__}: {error}")
            print(f"  {name}: done ({sum(TOTALS.values()) - before} counted)", file=sys.stderr)
    finally:
        shutil.rmtree(base, ignore_errors=True)
    summary = {**TOTALS, "seconds": round(time.perf_counter() - start)}
    if options.json:
        print(json.dumps({"totals": summary, "failures": FAILURES}, ensure_ascii=False, indent=2))
        return
    for key, value in summary.items():
        print(f"{key:>16}: {value}")
    for failure in FAILURES:
        print(f"  - {failure}")


if __name__ == "__main__":
    main()
