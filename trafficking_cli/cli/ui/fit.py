"""Screens that fit the terminal: no word or id cut in a table, no French punctuation alone at a line start.

- ``print_table``: a table whose longest words do not fit side by side (60 columns) is printed as one
  block per row (each header, then its value), so rich never cuts "abus_vulnerabilite" into "abus_vulnerabil…".
- ``print_whole``: a message wrapped at spaces only, continuation lines under their first word (a hanging
  indent); a path, a command or an id longer than the line is never cut: it stays whole on a line of its
  own, which the terminal soft-wraps (a copy gives it whole); a command marked by ``whole()`` is moved to the
  next line whole when a line can hold it.
- French punctuation is kept with its word when rich wraps (``common.keep_french_punctuation``).
"""

from __future__ import annotations

import re
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
            if isinstance(cell, str | Text):  # a path or an id in a cell is never cut; wrapped lines stay indented
                print_whole(console, _as_text(cell), indent=2)
            else:
                console.print(Padding(cell, (0, 0, 0, 2), expand=False))
    if table.caption:
        console.print(_as_text(table.caption), style="dim")


def print_whole(console: Console, text: Text, indent: int = 0, hanging: int | None = None) -> None:
    """``text`` wrapped at spaces only, each line starting with ``indent`` spaces and each continuation with
    ``hanging`` (default: under the text after a leading bullet); no word is ever cut or folded. A command
    marked by ``whole()`` goes to the next line whole rather than being split, when a line can hold it."""
    for paragraph in text.split("\n", allow_blank=True):
        after = hanging if hanging is not None else _bullet_width(paragraph.plain)
        for line in _wrap_commands(paragraph, console.width - indent, after):
            console.print(Text(" " * indent) + line if indent else line, soft_wrap=True)


_JOIN = "\ue000"  # a command's space while its line is chosen (one cell, never a break); printed as a space


def whole(command: str) -> str:
    """``command`` marked to be kept on one line by ``print_whole`` (each of its spaces stays a space)."""
    return command.replace(" ", _JOIN)


_COMMAND = re.compile(r"trafficking (?:case|checklist|memo|show|search|law|elements|validate)(?: [^\s(),]+)+")


def whole_commands(text: str) -> str:
    """Each ``trafficking …`` command in a message (up to a bracket, a comma or the end) marked by ``whole()``."""
    return _COMMAND.sub(lambda match: whole(match[0]), text)


def _wrap_commands(text: Text, width: int, hanging: int) -> list[Text]:
    """``wrap_whole``, a marked command on one line; one wider than a line is cut at its spaces instead."""
    lines = wrap_whole(text, width, hanging)
    if any(_JOIN in line.plain and cell_len(line.plain) > width for line in lines):
        lines = wrap_whole(_unjoined(text), width, hanging)
    return [_unjoined(line) for line in lines]


def _unjoined(text: Text) -> Text:
    if _JOIN not in text.plain:
        return text
    return Text(text.plain.replace(_JOIN, " "), style=text.style, spans=text.spans, end=text.end)


def print_entries(console: Console, text: str, style: str = "", sep: str = " · ") -> None:
    """``a · b · c`` over as many lines as it takes, cut only after a separator: no line starts with « · »
    and no entry (« r = refus », « ? pourquoi ») is split from its meaning, unless it is wider than a line."""
    mark = sep.rstrip().replace(" ", "\u00a0")  # the mark stays with its word
    entries = _units(text.split(sep), sep)
    current: list[str] = []
    for index, entry in enumerate(entries):
        ending = "" if index == len(entries) - 1 else mark  # the mark this line ends with if cut after entry
        trial = [*current, entry]
        if current:
            kept = _whole_in(sep.join(current) + mark, current, console.width)  # those whole so far stay whole
            if _whole_in(sep.join(trial) + ending, [*kept, entry], console.width) != [*kept, entry]:
                print_whole(console, Text(sep.join(current) + mark, style=style))
                trial = [entry]
        current = trial
    print_whole(console, Text(sep.join(current), style=style))


def _units(entries: list[str], sep: str) -> list[str]:
    """An entry that starts with a French closing sign (the key « ? pourquoi ») never starts a line: it goes
    with the one before."""
    units: list[str] = []
    for entry in entries:
        if units and entry[:1] in ";:!?»":
            units[-1] += sep + entry
        else:
            units.append(entry)
    return units


def _whole_in(text: str, entries: list[str], width: int) -> list[str]:
    """Those of ``entries`` that ``text``, wrapped at ``width``, keeps on one line (or that no line could hold)."""
    lines = [line.plain for line in wrap_whole(Text(text), width)]
    return [entry for entry in entries if cell_len(entry) > width or any(entry in line for line in lines)]


def wrap_whole(text: Text, width: int, hanging: int = 0) -> list[Text]:
    """One line of ``text`` cut at spaces as rich cuts it (with the French rule), but never inside a word;
    continuation lines start with ``hanging`` spaces."""
    from rich._wrap import divide_line

    lines: list[Text] = []
    rest, room = text, width
    while True:
        offsets = divide_line(rest.plain, max(room, 1), fold=False)
        head = rest.divide(offsets[:1])[0]
        head.rstrip_end(room)  # as rich: a space beyond the width goes, one within it stays
        lines.append(Text(" " * hanging) + head if lines and hanging else head)
        if not offsets:
            return lines
        rest = rest[offsets[0]:]
        room = width - hanging


def _bullet_width(line: str) -> int:
    stripped = line.lstrip(" ")
    lead = len(line) - len(stripped)
    return lead + 2 if stripped[:2] in ("• ", "⚠ ", "- ") else lead


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
        widest = max((_longest_word(cell, glued=True) for cell in (column.header, *column._cells)), default=0)
        if room < max(widest, column.min_width or 0):
            return False
    return True


def _longest_word(cell: Any, glued: bool = False) -> int:
    """The widest word of a cell; ``glued``: with the French punctuation kept on its line (« internationales ; »),
    which rich would otherwise fold, leaving « ; » at the start of the next line."""
    if not isinstance(cell, str | Text):
        return 0  # another renderable: it wraps by itself
    plain = _as_text(cell).plain
    if glued:
        from .common import _FRENCH_WORD

        return max((cell_len(word.strip()) for line in plain.split("\n") for word in _FRENCH_WORD.findall(line)),
                   default=0)
    return max((cell_len(word) for word in plain.split()), default=0)


def _as_text(value: Any) -> Text:
    if isinstance(value, Text):
        return value
    return Text.from_markup(value) if isinstance(value, str) else Text(str(value))
