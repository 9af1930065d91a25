"""Small terminal pieces the case and checklist screens share: a prompt line, a titled table, a label."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import TextIO

import typer
from rich.console import OverflowMethod
from rich.table import Table
from rich.text import Text

from trafficking_cli.checklists.answers import clean_typed


def prompt_line(text: str, hide: bool = False) -> str:
    """One line from the keyboard (click's prompt: CliRunner feeds it; Ctrl-D raises typer.Abort, Ctrl-C goes on).

    A real standard input that is not a terminal (a pipe, a file) is read directly (``_read_line``):
    ``getpass`` would print a raw warning there. A terminal keeps ``input()`` and its line editing
    (readline). Control characters that get through (NUL, escape) are dropped; the rest of the line is
    kept; bytes that are not UTF-8 arrive as "�" (``streams.prepare``).
    """
    stream = sys.stdin
    real = _has_fileno(stream)
    if real and not hide and stream.isatty() and "readline" in sys.modules:
        line = _edited_line(text)  # arrows, Home/End, history: the interview turned readline on
    elif real and not (hide and stream.isatty()):
        line = _read_line(stream, text, to_stderr=hide)
    else:
        line = str(typer.prompt(text, default="", show_default=False, hide_input=hide, prompt_suffix=" "))
    return clean_typed(line).translate(_TYPED_CONTROLS)  # whole key codes (←: ESC [ D), not only the ESC


def _edited_line(text: str) -> str:
    """``input()``, which ``readline`` edits once imported; Ctrl-D as click's prompt gives it (Ctrl-C goes on to
    the error boundary, the one place that handles it)."""
    try:
        return input(f"{text} ")
    except EOFError:
        raise typer.Abort() from None


_TYPED_CONTROLS = dict.fromkeys([c for c in range(0x20) if c != 0x09] + [0x7F])


def _has_fileno(stream: object) -> bool:
    try:
        stream.fileno()  # type: ignore[attr-defined]
        return True
    except (AttributeError, OSError, ValueError):  # CliRunner's stream, or a closed one
        return False


def _read_line(stream: TextIO, text: str, *, to_stderr: bool) -> str:
    out = sys.stderr if to_stderr else sys.stdout
    out.write(f"{text} ")
    out.flush()
    line = stream.readline()  # Ctrl-C goes on to the error boundary
    if not line:  # end of input (Ctrl-D, a closed or exhausted pipe): close the prompt's line for what follows
        out.write("\n")
        raise typer.Abort()
    return line.rstrip("\r\n")


def titled_table(title: str, headers: Iterable[str], *, overflow: OverflowMethod = "ellipsis") -> Table:
    """A table titled on the left with these column headers; ``fold`` wraps long cells instead of cutting."""
    table = Table(title=title, title_justify="left")
    for header in headers:
        table.add_column(header, overflow=overflow)
    return table


def labelled(label: str, *value: str | tuple[str, str] | Text, lang: str, indent: str = "") -> Text:
    """``label : value`` with the label in bold (French typography: a space before the colon; English: none)."""
    return Text.assemble((f"{indent}{label}{colon(lang)}", "bold"), *value)


def colon(lang: str) -> str:
    return " : " if lang == "fr" else ": "

