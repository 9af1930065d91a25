"""The typer app: global options, command registration and the one error boundary.

Commands live in ``commands/``; each is an adapter that parses, calls one core function and renders.
Heavy libraries (whoosh, docx, fpdf, cryptography) are imported inside the commands that need them.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from trafficking_cli.errors import ExitCode, TraffickingCliError, UnknownIdError
from trafficking_cli.i18n import t

if TYPE_CHECKING:
    from rich.console import Console

    from trafficking_cli.corpus.lookup import Corpus

GLOBAL_FLAGS = {"--no-color", "--debug"}
GLOBAL_OPTIONS = {"--lang", "--data-dir"}


def early_lang(argv: list[str], env: dict[str, str]) -> str:
    """The language asked for, read before typer parses (so that --help is in that language too)."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return "en" if argv[index + 1] == "en" else "fr"
        if arg.startswith("--lang="):
            return "en" if arg.split("=", 1)[1] == "en" else "fr"
    return "en" if env.get("TRAFFICKING_LANG") == "en" else "fr"


HELP_LANG = early_lang(sys.argv, dict(os.environ))


def H(fr: str, en: str) -> str:
    return en if HELP_LANG == "en" else fr


@dataclass
class State:
    lang: str = "fr"
    no_color: bool = False
    debug: bool = False
    data_dir: Path | None = None
    _corpus: Any = field(default=None, repr=False)
    _cache: tuple[Path | None] | None = field(default=None, repr=False)
    _warned: set[Path] = field(default_factory=set, repr=False)

    def corpus(self) -> Corpus:
        if self._corpus is None:
            from trafficking_cli import resources
            from trafficking_cli.corpus import lookup as corpus

            root = (self.data_dir or resources.data_root()).resolve()
            if self.data_dir:
                for folder in (root, root / "law", root / "checklists"):
                    self.warn_shared(folder)
            self._corpus = corpus.load_cached(root, self.cache_dir())
        return self._corpus

    def cache_dir(self) -> Path | None:
        """Where derived law data (parsed corpus, search index) may be cached; None disables it.

        Only a private folder is used: a cache can carry code (pickles). Another is refused, once, aloud."""
        if self._cache is None:
            self._cache = (self._private_cache(),)
        return self._cache[0]

    def _private_cache(self) -> Path | None:
        if os.environ.get("TRAFFICKING_NO_CACHE"):
            return None
        configured = os.environ.get("TRAFFICKING_CACHE_DIR")
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

    def console(self, stderr: bool = False) -> Console:
        from .ui.common import make_console

        return make_console(self.no_color, stderr=stderr)


app = typer.Typer(
    name="trafficking",
    no_args_is_help=True,
    pretty_exceptions_enable=False,  # our own boundary below: one line, never locals (victims' data)
    add_completion=False,
    rich_markup_mode=None,
    help=H("Loi n°2012-023 (Mali) sur la traite des personnes : textes, éléments des infractions, listes "
           "d’audition et note de qualification. Aide de référence, pas un avis juridique.",
           "Mali's Law No. 2012-023 on trafficking in persons: texts, offence elements, interview checklists "
           "and charging memo. A reference aid, not legal advice."),
)


@app.callback()
def _global_options(
    ctx: typer.Context,
    lang: Annotated[str, typer.Option("--lang", envvar="TRAFFICKING_LANG",
                                      help=H("Langue : fr (défaut) ou en.", "Language: fr (default) or en."))] = "fr",
    no_color: Annotated[bool, typer.Option("--no-color", help=H("Sans couleurs.", "No colours."))] = False,
    data_dir: Annotated[Path | None, typer.Option(
        "--data-dir", envvar="TRAFFICKING_DATA",
        help=H("Dossier contenant law/ et checklists/.", "Folder holding law/ and checklists/."))] = None,
    debug: Annotated[bool, typer.Option("--debug", help=H("Trace complète des erreurs.",
                                                          "Full traceback on errors."))] = False,
    version: Annotated[bool, typer.Option("--version", is_eager=True, callback=lambda value: _print_version(value),
                                          help=H("Version de l’outil et des données, puis quitter.",
                                                 "Tool and data version, then exit."))] = False,
) -> None:
    if lang not in ("fr", "en"):
        raise typer.BadParameter(H("fr ou en", "fr or en"), param_hint="--lang")
    ctx.obj = State(lang=lang, no_color=no_color or "NO_COLOR" in os.environ, debug=debug, data_dir=data_dir)


def _print_version(asked: bool) -> None:
    """``--version``: the tool's version and which data it reads (a magistrate may point at a copy)."""
    if not asked:
        return
    from trafficking_cli import __version__, resources

    root = Path(os.environ.get("TRAFFICKING_DATA") or resources.data_root())
    typer.echo(H(f"trafficking-cli {__version__} · données : {root}", f"trafficking-cli {__version__} · data: {root}"))
    raise typer.Exit(0)


F = TypeVar("F", bound=Callable[..., Any])


def boundary(func: F) -> F:
    """The error boundary: our errors become one line on stderr and an exit code, never a traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        state = _state_from(args, kwargs)
        try:
            return func(*args, **kwargs)
        except TraffickingCliError as error:
            if state.debug:
                raise
            report_error(state, error)
            raise typer.Exit(int(error.exit_code)) from None
        except (KeyboardInterrupt, typer.Abort):  # click turns Ctrl-C / Ctrl-D at a prompt into Abort
            state.console(stderr=True).print(t("error.interrupted", state.lang))
            raise typer.Exit(int(ExitCode.INTERRUPTED)) from None
        except typer.Exit:
            raise
        except Exception as error:
            if state.debug:
                raise
            message = t("error.unexpected", state.lang, error=f"{type(error).__name__}: {error}")
            # Plain stderr: this path must work even if the rendering layer is what failed.
            sys.stderr.write(message + "\n")
            raise typer.Exit(int(ExitCode.ERROR)) from None
        finally:
            from trafficking_cli.cases.lock import release_all  # one writer per case: the command's locks end with it

            release_all()

    return wrapper  # type: ignore[return-value]


def _state_from(args: tuple[Any, ...], kwargs: dict[str, Any]) -> State:
    for value in (*args, *kwargs.values()):
        if isinstance(getattr(value, "obj", None), State):  # the click/typer context
            return value.obj
    return State()


def report_error(state: State, error: TraffickingCliError) -> None:
    from .ui.common import print_error

    message, hint = error.localized(state.lang)
    suggestions = error.suggestions if isinstance(error, UnknownIdError) else []
    print_error(state.console(stderr=True), message, hint, state.lang, suggestions)
    if isinstance(error, UnknownIdError) and error.known:
        instrument_id, *numbers = error.known
        instrument = state.corpus().instruments.get(instrument_id)
        title = instrument.short.get(state.lang) if instrument else instrument_id
        state.console(stderr=True).print(t("error.known", state.lang, title=title, known=", ".join(numbers)),
                                         markup=False)
    problems = getattr(error, "problems", None)
    if problems and len(problems) > 1:
        console = state.console(stderr=True)
        for problem in problems[1:6]:
            console.print(f"  {problem.text(state.lang)}", markup=False)


def hoist_global_options(argv: list[str]) -> list[str]:
    """Let global options stand anywhere: ``trafficking show 3 --lang en`` works like ``--lang en show 3``."""
    front: list[str] = []
    rest: list[str] = []
    index = 0
    while index < len(argv):
        arg = argv[index]
        name = arg.split("=", 1)[0]
        if arg == "--":
            rest += argv[index:]
            break
        if arg in GLOBAL_FLAGS or (name in GLOBAL_OPTIONS and "=" in arg):
            front.append(arg)
        elif arg in GLOBAL_OPTIONS and index + 1 < len(argv):
            front += [arg, argv[index + 1]]
            index += 1
        else:
            rest.append(arg)
        index += 1
    return front + rest


# Command modules register themselves on ``app`` when imported, in this order (the order of --help).
COMMAND_MODULES = ("law", "search", "checklist", "case", "memo")
MODULE_OF_COMMAND = {"show": "law", "elements": "law", "law": "law", "validate": "law", "search": "search",
                     "checklist": "checklist", "case": "case", "memo": "memo"}


def register_commands(modules: tuple[str, ...] = COMMAND_MODULES) -> None:
    import importlib

    for name in modules:
        importlib.import_module(f"{__package__}.commands.{name}")


def modules_needed(args: list[str]) -> tuple[str, ...]:
    """Only the module of the command typed (like git): a lookup does not pay for building the
    memo, case and checklist commands. Help, a typo or no command load them all."""
    index = 0
    while index < len(args) and args[index].startswith("-"):
        index += 2 if args[index] in GLOBAL_OPTIONS else 1
    command = args[index] if index < len(args) else None
    module = MODULE_OF_COMMAND.get(command or "")
    return (module,) if module and "--help" not in args else COMMAND_MODULES


def main(argv: list[str] | None = None) -> None:
    args = hoist_global_options(list(sys.argv[1:] if argv is None else argv))
    register_commands(modules_needed(args))
    app(args=args, prog_name="trafficking")
