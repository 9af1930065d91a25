"""Everything the command line touches outside itself, in one object (HTTPie's ``Environment``).

Standard streams and whether each is a terminal, colour, the language, environment variables and the
clock. ``main(argv, env)`` receives one; commands reach it as ``ctx.obj`` and write through it, never to
``sys.stdout``. Tests build one around their own streams and variables.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from trafficking_cli.i18n import t
from trafficking_cli.structs import field, mutable

if TYPE_CHECKING:
    from trafficking_cli.corpus.lookup import Corpus

    from .ui.common import Console


def current_environ() -> Mapping[str, str]:
    """The variables of the run being executed (``ctx.obj``), or the process's outside a run: for helpers
    that a command calls without passing its environment along (the case folder, the lock wait)."""
    from typer._click.globals import get_current_context

    ctx = get_current_context(silent=True)
    env = ctx.find_root().obj if ctx is not None else None
    return env.environ if isinstance(env, Environment) else os.environ


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream is not None and stream.isatty())
    except (AttributeError, ValueError):  # no isatty, or a closed stream
        return False


@mutable
class Environment:
    stdin: TextIO = field(default_factory=lambda: sys.stdin)
    stdout: TextIO = field(default_factory=lambda: sys.stdout)
    stderr: TextIO = field(default_factory=lambda: sys.stderr)
    environ: Mapping[str, str] = field(default_factory=lambda: dict(os.environ))
    today: Callable[[], date] = date.today
    now: Callable[[], datetime] = datetime.now
    stdout_tty: bool | None = None  # say stdout is (or is not) a terminal; None: ask the stream
    # set from the global options
    lang: str = "fr"
    no_color: bool = False
    debug: bool = False
    data_dir: Path | None = None
    _corpus: Any = field(default=None, repr=False)
    _cache: tuple[Path | None] | None = field(default=None, repr=False)
    _warned: set[Path] = field(default_factory=set, repr=False)

    @classmethod
    def from_process(cls) -> Environment:
        """This process's streams, variables and clock."""
        return cls()

    @property
    def stdin_isatty(self) -> bool:
        return _isatty(self.stdin)

    @property
    def stdout_isatty(self) -> bool:
        return _isatty(self.stdout) if self.stdout_tty is None else self.stdout_tty

    @property
    def stderr_isatty(self) -> bool:
        return _isatty(self.stderr)

    @property
    def color(self) -> bool:
        """Colour on a terminal, unless --no-color or NO_COLOR (https://no-color.org) says otherwise."""
        return self.stdout_isatty and not self.no_color and "NO_COLOR" not in self.environ

    @property
    def columns(self) -> int | None:
        """The width asked for by COLUMNS, if any (else the terminal's own, or 80 in a pipe)."""
        value = self.environ.get("COLUMNS", "")
        return int(value) if value.isdigit() and int(value) > 0 else None

    @property
    def lines(self) -> int | None:
        """The height asked for by LINES, if any (else the terminal's own)."""
        value = self.environ.get("LINES", "")
        return int(value) if value.isdigit() and int(value) > 0 else None

    def console(self, stderr: bool = False) -> Console:
        from .ui.common import make_console

        no_color = self.no_color or "NO_COLOR" in self.environ
        return make_console(no_color, stderr=stderr, file=self.stderr if stderr else self.stdout, width=self.columns,
                            height=self.lines)

    def corpus(self) -> Corpus:
        if self._corpus is None:
            from trafficking_cli import resources
            from trafficking_cli.corpus.lookup import load_cached

            root = (self.data_dir or resources.data_root()).resolve()
            if self.data_dir:
                for folder in (root, root / "law", root / "checklists"):
                    self.warn_shared(folder)
            self._corpus = load_cached(root, self.cache_dir())
        return self._corpus

    def cache_dir(self) -> Path | None:
        """Where derived law data (parsed corpus, search index) may be cached; None disables it.

        Only a private folder is used: a cache can carry code (pickles). Another is refused, once, aloud."""
        if self._cache is None:
            self._cache = (self._private_cache(),)
        return self._cache[0]

    def _private_cache(self) -> Path | None:
        if self.environ.get("TRAFFICKING_NO_CACHE"):
            return None
        configured = self.environ.get("TRAFFICKING_CACHE_DIR")
        if configured:
            folder = Path(configured).expanduser()
        else:
            from platformdirs import user_cache_dir

            folder = Path(user_cache_dir("trafficking-cli", appauthor=False))
        from trafficking_cli.corpus.cache import private_cache

        usable, problem = private_cache(folder)
        quiet = problem is not None and problem[0] == "no_permissions" and os.name == "nt" and not configured
        if problem is not None and not quiet:  # (Windows' own cache folder is private by its ACL)
            reason, at = problem
            self.console(stderr=True).print(t(f"privacy.cache.{reason}", self.lang, folder=at, cache=folder),
                                            markup=False)
        return usable

    def warn_shared(self, path: Path) -> None:
        """Once per folder and run: a case file or a data tree in a folder other users can write."""
        from trafficking_cli.privacy import shared_folder

        folder = shared_folder(path)
        if folder is not None and folder not in self._warned:
            self._warned.add(folder)
            self.console(stderr=True).print(t("privacy.shared", self.lang, folder=folder), markup=False)
