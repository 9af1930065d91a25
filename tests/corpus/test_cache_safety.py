"""Nothing run from the cache (issue 11, point 2): a planted pickle never runs, folders are made private,
killed builds leave nothing behind for ever, a cache of another shape is rebuilt."""

from __future__ import annotations

import os
import pickle
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from trafficking_cli import privacy
from trafficking_cli.corpus import lookup as corpus_module
from trafficking_cli.corpus.cache import private_cache

pytestmark = pytest.mark.skipif(not privacy.has_posix_permissions(), reason="POSIX permissions and owners")
NOBODY = 65534


class Planted:
    """A pickle that, when loaded, creates the marker file: what an attacker would put in the cache."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (exec, (f"open({str(self.marker)!r}, 'w').close()",))


def _run(*args: str, cache: Path, home: Path, umask: int | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRAFFICKING_")}
    env |= {"TRAFFICKING_CACHE_DIR": str(cache), "TRAFFICKING_HOME": str(home), "COLUMNS": "120",
            "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "trafficking_cli", *args], env=env, capture_output=True,
                          text=True, timeout=120, preexec_fn=(lambda: os.umask(umask)) if umask is not None else None)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(scope="module")
def filled_cache(tmp_path_factory) -> Path:
    """A real cache (corpus pickle and search index) made by the tool itself."""
    cache = tmp_path_factory.mktemp("cache") / "c"
    result = _run("search", "traite", cache=cache, home=cache.parent / "home")
    assert result.returncode == 0, result.stderr
    return cache


def _plant(cache: Path, marker: Path) -> None:
    payload = pickle.dumps(Planted(marker))
    for target in [*cache.glob("corpus-*.pickle"), *cache.glob("search-*/*.toc")]:
        target.write_bytes(payload)


def _copy(src: Path, dst: Path) -> Path:
    import shutil

    shutil.copytree(src, dst)
    dst.chmod(0o700)
    return dst


@pytest.mark.slow
@pytest.mark.parametrize("spoil", ["folder_writable_by_all", "folder_of_another_user", "files_of_another_user",
                                   "files_writable_by_all"])
def test_a_planted_pickle_never_runs(tmp_path, filled_cache, spoil):
    if "another_user" in spoil and os.geteuid() != 0:
        pytest.skip("giving a file to another user needs root")
    cache = _copy(filled_cache, tmp_path / "cache")
    marker = tmp_path / "MARKER"
    _plant(cache, marker)
    planted = [*cache.glob("corpus-*.pickle"), *cache.glob("search-*/*.toc")]
    assert len(planted) >= 2
    if spoil == "folder_writable_by_all":
        cache.chmod(0o777)
    elif spoil == "folder_of_another_user":
        os.chown(cache, NOBODY, NOBODY)
    for target in planted:
        if spoil == "files_of_another_user":
            os.chown(target, NOBODY, NOBODY)
        elif spoil == "files_writable_by_all":
            target.chmod(0o666)

    for command in (["show", "3"], ["search", "traite"]):
        result = _run(*command, cache=cache, home=tmp_path / "home")
        assert result.returncode == 0, result.stderr
        assert not marker.exists(), (spoil, command)
        assert "Traceback" not in result.stderr
    if spoil.startswith("folder"):
        assert "Cache non utilisé" in result.stderr


def test_a_cache_folder_of_another_user_or_open_to_all_is_refused(tmp_path):
    open_to_all = tmp_path / "open"
    open_to_all.mkdir(mode=0o777)
    open_to_all.chmod(0o777)
    assert private_cache(open_to_all) == (None, (privacy.WRITABLE, open_to_all))
    if os.geteuid() == 0:  # giving a folder to another user needs root
        theirs = tmp_path / "theirs"
        theirs.mkdir(mode=0o700)
        os.chown(theirs, NOBODY, NOBODY)
        assert private_cache(theirs)[0] is None
    shared_parent = tmp_path / "shared"
    shared_parent.mkdir()
    shared_parent.chmod(0o777)  # no sticky bit: another user could swap the cache folder for theirs
    assert private_cache(shared_parent / "cache") == (None, (privacy.PARENT, shared_parent))
    readable = tmp_path / "readable"  # made 0755 by an older version: nobody else could write: made 0700
    readable.mkdir()
    readable.chmod(0o755)
    assert private_cache(readable) == (readable, None)
    assert _mode(readable) == 0o700


@pytest.mark.slow
def test_cache_data_and_case_folders_and_their_parents_are_made_private_even_at_umask_000(tmp_path):
    cache = tmp_path / "a" / "b" / "cache"
    home = tmp_path / "h" / "i"
    assert _run("case", "new", "rp-1", cache=cache, home=home, umask=0).returncode == 0
    assert _run("search", "traite", cache=cache, home=home, umask=0).returncode == 0
    for folder in (tmp_path / "a", tmp_path / "a" / "b", cache, tmp_path / "h", home, home / "cases"):
        assert _mode(folder) == 0o700, folder
    assert _mode(home / "cases" / "rp-1.yaml") == 0o600
    for index in cache.glob("search-*"):
        assert _mode(index) == 0o700


@pytest.mark.slow
def test_leftovers_of_killed_builds_are_removed(tmp_path):
    cache = tmp_path / "cache"
    cache.mkdir(mode=0o700)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    left = [cache / f".tmp-search-{dead.pid}-abc", cache / f".tmp-corpus-{dead.pid}-abc.pickle"]
    left[0].mkdir()
    (left[0] / "_MAIN_1.toc").write_bytes(b"half")
    left[1].write_bytes(b"half")
    old = cache / ".tmp-search-oldformat"  # no process named: removed once it is ten minutes old
    old.mkdir()
    os.utime(old, (time.time() - 3600, time.time() - 3600))
    mine = cache / f".tmp-search-{os.getpid()}-live"  # a build in progress is left alone
    mine.mkdir()
    private_cache(cache)
    assert [p.name for p in cache.iterdir()] == [mine.name]


@pytest.mark.slow
def test_kill_minus_nine_during_cache_builds_leaves_no_temporary_folder_for_ever(tmp_path):
    cache, home = tmp_path / "cache", tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRAFFICKING_")}
    env |= {"TRAFFICKING_CACHE_DIR": str(cache), "TRAFFICKING_HOME": str(home)}
    for delay in (0.3, 0.5, 0.7, 0.9):
        import shutil

        shutil.rmtree(cache, ignore_errors=True)
        child = subprocess.Popen([sys.executable, "-m", "trafficking_cli", "search", "traite"], env=env,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait()
        result = _run("search", "traite", cache=cache, home=home)
        assert result.returncode == 0, result.stderr
        assert not list(cache.glob(".tmp-*")), delay


@pytest.mark.slow  # rebuilds the corpus cache: with the slow tests, still run by CI
def test_a_cached_corpus_of_another_shape_is_rebuilt(tmp_path, shipped_corpus):
    cache = tmp_path / "cache"
    root = shipped_corpus.root
    corpus_module.load_cached(root, cache)  # the real pickle, under its real name
    (pickled,) = cache.glob("corpus-*.pickle")
    older = object.__new__(corpus_module.Corpus)
    older.__dict__.update({"root": root, "provisions": {}})  # an older layout: fields missing
    pickled.write_bytes(pickle.dumps(older))
    again = corpus_module.load_cached(root, cache)
    assert again.instruments and again.provisions


def test_a_case_in_a_folder_others_can_write_is_warned_about_once(invoke, tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    case = shared / "c.yaml"
    created = invoke("case", "new", str(case))
    assert created.exit_code == 0, created.output
    shown = invoke("case", "show", str(case))
    assert shown.exit_code == 0
    assert shown.stderr.count("d’autres utilisateurs peuvent écrire") == 1
