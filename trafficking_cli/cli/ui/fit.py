"""Screens that fit the terminal: no word or id cut in a table, no French punctuation alone at a line start.

- ``print_table``: a table whose longest words do not fit side by side (60 columns) is printed as one
  block per row (each header, then its value), so rich never cuts "abus_vulnerabilite" into "abus_vulnerabil…".
- French punctuation is kept with its word when rich wraps (``common.keep_french_punctuation``).
"""

from __future__ import annotations

from typing import Any

from rich.cells import cell_len
from rich.console import Console
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

NARROW = 80  # below this, rich's sharing out of columns may cut a word even when each one could fit


def print_table(console: Console, table: Table) -> None:
    if fits(console, table):
        console.print(table)
    else:
        print_stacked(console, table)


def fits(console: Console, table: Table) -> bool:
    """Can ``table`` be drawn without cutting a word?"""
    return (_fits(console, table) and (console.width >= NARROW or len(table.columns) < 3)
            and _drawn_widths_fit(console, table))


def print_stacked(console: Console, table: Table) -> None:
    """The table as one block per row: the header in bold, the value under it, indented."""
    if table.title:
        console.print(_as_text(table.title), style="bold")
    headers = [_as_text(column.header).plain for column in table.columns]
    for index in range(table.row_count):
        console.print(Text("─" * min(console.width, 40), style="dim"))
        for header, column in zip(headers, table.columns, strict=True):
            cell = column._cells[index]  # rich keeps each column's cells in order
            if isinstance(cell, str | Text) and not _as_text(cell).plain.strip():
                continue
            if header:
                console.print(Text(header, style="bold"))
            console.print(_indented(cell))
    if table.caption:
        console.print(_as_text(table.caption), style="dim")


def _indented(cell: Any) -> Any:
    if not isinstance(cell, str | Text):
        return Padding(cell, (0, 0, 0, 2), expand=False)
    return Text("\n").join(Text("  ") + line for line in _as_text(cell).split("\n"))


def _fits(console: Console, table: Table) -> bool:
    """Does every column get at least its longest word (and the borders their place)?"""
    need = 1
    for column in table.columns:
        widest = max((_longest_word(cell) for cell in (column.header, *column._cells)), default=0)
        need += max(widest, column.width or 0, column.min_width or 0) + 3  # padding both sides, a border
    return need <= console.width


def _drawn_widths_fit(console: Console, table: Table) -> bool:
    """Do the widths rich will really give keep the table inside the console and each longest word whole?

    The sum of the longest words is not enough: when rich shares out too little room it shrinks a column
    below its ``min_width`` (a 41-character id), measures it back up, and crops the table's right side
    (border, Score column, the ends of words).
    """
    options = console.options.update_width(console.width - table._extra_width)
    widths = table._calculate_column_widths(console, options)  # what Table.__rich_console__ draws with
    if sum(widths) + table._extra_width > console.width:
        return False
    for width, column in zip(widths, table.columns, strict=True):
        room = width - table._get_padding_width(column._index)
        widest = max((_longest_word(cell) for cell in (column.header, *column._cells)), default=0)
        if room < max(widest, column.min_width or 0):
            return False
    return True


def _longest_word(cell: Any) -> int:
    if not isinstance(cell, str | Text):
        return 0  # another renderable: it wraps by itself
    return max((cell_len(word) for word in _as_text(cell).plain.split()), default=0)


def _as_text(value: Any) -> Text:
    if isinstance(value, Text):
        return value
    return Text.from_markup(value) if isinstance(value, str) else Text(str(value))
