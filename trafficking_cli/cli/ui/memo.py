"""The charging memo in the terminal (rich). Maps the outline's blocks (``memo.outline``) to rich
renderables; says nothing of its own and decides nothing about sections or numbering.
"""

from __future__ import annotations

from rich.align import AlignMethod
from rich.console import Console
from rich.padding import Padding
from rich.rule import Rule
from rich.table import Table as RichTable
from rich.text import Text

from trafficking_cli.memo.blocks import Block, Bullets, Fields, Heading, PageBreak, Para, Quote, Table, quote_text
from trafficking_cli.memo.model import Memo
from trafficking_cli.memo.outline import outline

TONE_STYLE = {"met": "green", "established": "bold white on green", "established_weak": "bold yellow",
              "unmet": "red", "not_established": "bold white on red", "unknown": "yellow",
              "incomplete": "bold black on yellow", "conditional": "bold white on blue", "not_required": "cyan",
              "warn": "yellow", "alert": "bold red", "strong": "bold", "note": "dim", "draft": "italic",
              "said": "italic"}


def render_memo(console: Console, memo: Memo) -> None:
    for block in outline(memo):
        _block(console, block)


def memo_text(memo: Memo) -> str:
    """The terminal memo as plain text for a file (``--format terminal --output``): 110 columns, no colour."""
    from io import StringIO

    buffer = StringIO()
    render_memo(Console(file=buffer, width=110, no_color=True, highlight=False, color_system=None), memo)
    # rich pads each line to the width: in a file that is only trailing spaces (2.5 times the size)
    return "".join(line.rstrip(" ") + "\n" for line in buffer.getvalue().splitlines())


def _block(console: Console, block: Block) -> None:
    if isinstance(block, Heading):
        _heading(console, block)
    elif isinstance(block, Para):
        console.print(Text(block.text, style=TONE_STYLE.get(block.tone, "")))
    elif isinstance(block, Bullets):
        for item in block.items:
            mark = "⚠ " if block.tone == "warn" else "• "
            console.print(Padding(Text(mark + item, style=TONE_STYLE.get(block.tone, "")), (0, 0, 0, 2)))
    elif isinstance(block, Fields):
        grid = RichTable.grid(padding=(0, 2))
        grid.add_column(style="bold")
        grid.add_column()
        for key, value in block.rows:
            grid.add_row(key, value)
        console.print(grid)
    elif isinstance(block, Table):
        from .fit import print_table  # one block per row where the columns would cut words

        print_table(console, _table(block))
    elif isinstance(block, Quote):
        console.print(Padding(Text(quote_text(block.text, block.is_law), style="" if block.is_law else "italic"),
                              (0, 0, 0, 4)))
    elif isinstance(block, PageBreak):
        return


def _heading(console: Console, block: Heading) -> None:
    if block.level == 0:
        _rule(console, Text(block.text, style="bold"), align="center", style="red")
    elif block.level == 1:
        console.print()
        _rule(console, Text(block.text, style="bold"), align="left", style="rule.line")
    else:
        console.print()
        console.print(Text(block.text, style="bold" if block.level == 2 else "bold dim"))


def _rule(console: Console, title: Text, align: AlignMethod, style: str) -> None:
    """A title in a rule; one too long for it (rich would crop it: « RP 2021/… ») wrapped whole under a rule,
    then the rule again under a heading of the whole memo."""
    if title.cell_len + (4 if align == "center" else 2) <= console.width:
        console.print(Rule(title, align=align, style=style))
        return
    from .fit import print_whole

    console.print(Rule(style=style))
    print_whole(console, title)
    if align == "center":
        console.print(Rule(style=style))


def _table(block: Table) -> RichTable:
    table = RichTable(show_lines=True, expand=True)
    for header in block.headers:
        table.add_column(header, overflow="fold")
    for index, row in enumerate(block.rows):
        cells: list[Text | str] = list(row)
        if 0 <= block.tone_col < len(cells) and index < len(block.tones):
            cells[block.tone_col] = Text(row[block.tone_col], style=TONE_STYLE.get(block.tones[index], ""))
        table.add_row(*cells)
    return table
