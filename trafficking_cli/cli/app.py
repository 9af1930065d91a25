"""The typer app: global options, command registration, and ``main(argv, env)``.

Commands live in ``commands/``; each is an adapter that parses, calls one core function and hands its
result to ``output.emit``. Every way a run ends is decided in one place, ``boundary.run``. Heavy libraries
(whoosh, docx, fpdf, cryptography) are imported inside the commands that need them.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer
from typer._click.core import ParameterSource

from .boundary import Group, run
from .env import Environment
from .framework import HELP_OPTION_NAMES, localized_help

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


def help_text(key: str, /, **values: object) -> str:
    """The help text ``key`` of the catalogue (catalogue/help.py) in the process's language; a run in the
    other language gets the other one (framework.py)."""
    return localized_help(key, HELP_LANG, **values)


State = Environment  # the name the commands use for ``ctx.obj``


app = typer.Typer(
    name="trafficking",
    cls=Group,
    no_args_is_help=True,
    pretty_exceptions_enable=False,  # our own boundary (boundary.py): one line, never locals (victims' data)
    add_completion=True,  # --install-completion / --show-completion (bash, zsh, fish, PowerShell)
    context_settings={"help_option_names": HELP_OPTION_NAMES},  # -h everywhere: subcommands inherit it
    rich_markup_mode=None,
    help=help_text("help.app"),
)


@app.callback()
def _global_options(
    ctx: typer.Context,
    lang: Annotated[str, typer.Option("--lang", envvar="TRAFFICKING_LANG",
                                      help=help_text("help.option.lang"))] = "fr",
    no_color: Annotated[bool, typer.Option("--no-color", help=help_text("help.option.no_color"))] = False,
    data_dir: Annotated[Path | None, typer.Option(
        "--data-dir", envvar="TRAFFICKING_DATA",
        help=help_text("help.option.data_dir"))] = None,
    debug: Annotated[bool, typer.Option("--debug", help=help_text("help.option.debug"))] = False,
    version: Annotated[bool, typer.Option("--version", is_eager=True,
                                          callback=lambda ctx, value: _print_version(ctx, value),
                                          help=help_text("help.option.version"))] = False,
) -> None:
    if lang not in ("fr", "en"):
        raise typer.BadParameter(help_text("help.option.lang.invalid"), param_hint="--lang")
    env = ctx.obj if isinstance(ctx.obj, Environment) else Environment.from_process()  # CliRunner.invoke(app)
    if ctx.get_parameter_source("lang") is not ParameterSource.DEFAULT:  # else: main's reading of env.environ
        env.lang = lang
    env.no_color, env.debug, env.data_dir = no_color or "NO_COLOR" in env.environ, debug, data_dir
    ctx.obj = env


def _print_version(ctx: typer.Context, asked: bool) -> None:
    """``--version``: the tool's version and which data it reads (a magistrate may point at a copy)."""
    if not asked:
        return
    from trafficking_cli import __version__, resources

    env = ctx.find_root().obj if isinstance(ctx.find_root().obj, Environment) else Environment.from_process()
    root = Path(env.environ.get("TRAFFICKING_DATA") or resources.data_root())
    env.stdout.write(help_text("help.version_line", version=__version__, root=root))
    raise typer.Exit(0)


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


def command_typed(args: list[str]) -> str | None:
    """The known command the arguments name, unless they ask for help (which lists every command)."""
    index = 0
    while index < len(args) and args[index].startswith("-"):
        index += 2 if args[index] in GLOBAL_OPTIONS else 1
    command = args[index] if index < len(args) else None
    asks_help = any(arg in HELP_OPTION_NAMES for arg in args)
    return command if command in MODULE_OF_COMMAND and not asks_help else None


def modules_needed(args: list[str]) -> tuple[str, ...]:
    """Only the module of the command typed (like git): a lookup does not pay for building the
    memo, case and checklist commands. Help, a typo or no command load them all."""
    command = command_typed(args)
    return (MODULE_OF_COMMAND[command],) if command else COMMAND_MODULES


def main(argv: list[str] | None = None, env: Environment | None = None) -> int:
    """The command line: ``argv`` (without the program name) in ``env``; returns the exit code."""
    if env is None and argv is None:  # the real process (the console script): its streams, made safe once
        from .streams import prepare

        prepare()
    env = env or Environment.from_process()
    args = hoist_global_options(list(sys.argv[1:] if argv is None else argv))
    env.lang = early_lang(args, dict(env.environ))  # usage errors come before the options are parsed
    register_commands(modules_needed(args))
    return run(typer.main.get_command(_pruned(args)), args, env)


def _pruned(args: list[str]) -> typer.Typer:
    """The app with only the command typed, when one is (a copy: ``app`` itself keeps every command).
    typer reads every command's signature when it builds the app: ``show 3`` need not read ``elements``'s."""
    import copy

    command = command_typed(args)
    if command is None:
        return app
    pruned = copy.copy(app)
    pruned.registered_commands = [c for c in app.registered_commands if _name(c) == command]
    pruned.registered_groups = [g for g in app.registered_groups if g.name == command]
    return pruned


def _name(info: typer.models.CommandInfo) -> str:
    return info.name or typer.main.get_command_name(getattr(info.callback, "__name__", ""))
