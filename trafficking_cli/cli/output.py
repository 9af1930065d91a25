"""The one place that decides how a command's result is shown (pipx's single renderer).

``--json``: the view as JSON (contracts §4). A pipe: one record per line when the command has a line form
(``validate``, ``search``, ``case list``), for grep, editors and scripts. A terminal: the rich screen,
through a pager when it is taller than the window.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .env import Environment
    from .ui.common import Console

Render = Callable[["Console", Any, str], None]
Lines = Callable[[Any, str], Iterable[str]]


def emit(env: Environment, view: Any, render: Render, *, as_json: bool = False, lines: Lines | None = None,
         notes: Lines | None = None, data: Callable[[Any], object] | None = None) -> None:
    """Show ``view``: as JSON, as plain lines in a pipe, or drawn by ``render`` on the terminal.

    ``notes``: what the line form leaves out (a count, a suggestion), on stderr, so that stdout holds records
    only. ``data`` turns the view into what ``--json`` writes when that is not the view itself (the contract's
    shape); it runs only for ``--json``."""
    if as_json:
        write_json(env, data(view) if data is not None else view)
    elif lines is not None and not env.stdout_isatty:
        env.stdout.writelines(f"{line}\n" for line in lines(view, env.lang))
        if notes is not None:
            env.stderr.writelines(f"{line}\n" for line in notes(view, env.lang))
    else:
        draw(env, lambda console: render(console, view, env.lang))


def write_json(env: Environment, data: object) -> None:
    import json  # only --json output pays for it

    env.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def draw(env: Environment, paint: Callable[[Console], None]) -> None:
    """Paint on the terminal console; a screen taller than the window goes through the pager
    ($PAGER, else less), unless TRAFFICKING_PAGER=0 or the output is not a terminal."""
    console = env.console()
    if not env.stdout_isatty:  # a pipe: no line ends in the spaces rich pads with (as ``--output x.txt``)
        with console.capture() as captured:
            paint(console)
        env.stdout.write(trimmed(captured.get()))
        return
    if not _may_page(env):
        paint(console)
        return
    with console.capture() as captured:
        paint(console)
    _show(env, captured.get(), console.size.height)


def trimmed(screen: str) -> str:
    """``screen`` without the spaces at the end of its lines (before the colour's closing codes, if any)."""
    import re

    return re.sub(r" +((?:\x1b\[[0-9;]*m)*)$", r"\1", screen, flags=re.MULTILINE)


def write_document(env: Environment, text: str) -> None:
    """A text document on stdout (``memo --format md``): paged on a terminal as a screen is, whole in a pipe."""
    if _may_page(env):
        _show(env, text, env.console().size.height)
    else:
        env.stdout.write(text)


def _show(env: Environment, screen: str, height: int) -> None:
    if screen.count("\n") < height - 1:
        env.stdout.write(screen)
        return
    _page(env, screen)


def _may_page(env: Environment) -> bool:
    return env.stdout_isatty and env.environ.get("TRAFFICKING_PAGER", "1") != "0"


def _page(env: Environment, screen: str) -> None:
    import pydoc
    import shutil

    command = env.environ.get("PAGER") or ("less -R" if shutil.which("less") else "")  # -R: keep the colours
    if not command:
        env.stdout.write(screen)
        return
    env.stdout.flush()
    pydoc.pipepager(screen, command)
