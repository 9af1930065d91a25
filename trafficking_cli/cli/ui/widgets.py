"""Small terminal pieces the case and checklist screens share: a prompt line, a titled table, a label."""

from __future__ import annotations

from collections.abc import Iterable

import typer
from rich.console import OverflowMethod
from rich.table import Table
from rich.text import Text


def prompt_line(text: str, hide: bool = False) -> str:
    """One line from the keyboard (click's prompt: CliRunner feeds it; Ctrl-C/Ctrl-D raise typer.Abort)."""
    return str(typer.prompt(text, default="", show_default=False, hide_input=hide, prompt_suffix=" "))


def titled_table(title: str, headers: Iterable[str], *, overflow: OverflowMethod = "ellipsis") -> Table:
    """A table titled on the left with these column headers; ``fold`` wraps long cells instead of cutting."""
    table = Table(title=title, title_justify="left")
    for header in headers:
        table.add_column(header, overflow=overflow)
    return table


def labelled(label: str, *value: str | tuple[str, str] | Text, indent: str = "") -> Text:
    """``label : value`` with the label in bold (French typography: a space before the colon)."""
    return Text.assemble((f"{indent}{label} : ", "bold"), *value)

