"""The charging memo in the terminal (rich). Lays out the memo model; says nothing of its own.

One function per section, as in the Markdown, DOCX and PDF renderers; the tables' columns and cells come
from ``memo.layout``, with colour added here (statuses, unverified aggravations, warnings).
"""

from __future__ import annotations

from collections.abc import Callable

from rich.console import Console, Group
from rich.markup import escape
from rich.padding import Padding
from rich.panel import Panel
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from trafficking_cli.memo import layout
from trafficking_cli.memo.model import Memo, MemoCharge, MemoElement, MemoPenalty, MemoProvision

ELEMENT_STYLE = {"met": "green", "unmet": "red", "unknown": "yellow", "not_required": "cyan"}
CHARGE_STYLE = {"established": "bold white on green", "incomplete": "bold black on yellow",
                "not_established": "bold white on red"}
TEXT_STYLE = {"verbatim": "green", "partial": "yellow", "paraphrase": "dark_orange3", "missing": "red"}

Section = Callable[[Console, Memo], None]


def render_memo(console: Console, memo: Memo) -> None:
    sections: tuple[Section, ...] = (_header, _summary, _parties, _charges, _penalties, _law, _gaps, _protection,
                                     _general_warnings, _annex)
    for section in sections:
        section(console, memo)


# ---- header, facts, parties -----------------------------------------------------------------------

def _header(console: Console, memo: Memo) -> None:
    L = memo.label
    header = Table.grid(padding=(0, 2))
    header.add_column(style="bold")
    header.add_column()
    for key, value in layout.header_rows(memo):
        header.add_row(key, value)
    console.print(Panel(Group(header, Text(""), Text(L("disclaimer"), style="italic dim")),
                        title=f"[bold]{escape(memo.title)}[/]",
                        subtitle=f"[bold red]{escape(L('confidential'))}[/]", border_style="red"))


def _summary(console: Console, memo: Memo) -> None:
    _section_title(console, f"1. {memo.label('h.summary')}")
    console.print(Text(memo.summary or memo.label("none")))


def _parties(console: Console, memo: Memo) -> None:
    L = memo.label
    _section_title(console, f"2. {L('h.parties')}")
    console.print(_filled(L("h.victims"), layout.victims_grid(memo)),
                  _filled(L("h.suspects"), layout.suspects_grid(memo)),
                  _filled(L("h.evidence"), layout.evidence_grid(memo)))


# ---- 3. charges -----------------------------------------------------------------------------------

def _charges(console: Console, memo: Memo) -> None:
    L = memo.label
    _section_title(console, f"3. {L('h.charges')}")
    console.print(Text(L("examined", offences=memo.examined), style="dim"))
    if not memo.charges:
        console.print(Text(L("no_charge"), style="bold yellow"))
    for charge in memo.charges:
        _charge(console, memo, charge)
    if memo.considered:
        grid = layout.considered_grid(memo)
        table = _table(L("h.considered"), grid.headers)
        for c, row in zip(memo.considered, grid.rows, strict=True):
            table.add_row(*row, style=None if c.charged else "dim")
        console.print(table)


def _charge(console: Console, memo: Memo, c: MemoCharge) -> None:
    console.print()
    console.print(Text.assemble((f"3.{c.number} {c.name} — {c.victim}  ", "bold"),
                                (f" {c.status_label} ", CHARGE_STYLE.get(c.status, "bold"))))
    console.print(Text(c.qualification))
    for note in c.notes:
        console.print(Text(f"  • {note}"))
    console.print(Text.assemble((memo.label("legal_basis") + memo.sep, "bold"), layout.cite_list(c.provisions)))
    _elements(console, memo, c)
    _aggravating(console, memo, c)
    _penalty(console, memo, c)
    for w in c.warnings:
        console.print(Text(f"⚠ {w}", style="yellow"))


def _elements(console: Console, memo: Memo, c: MemoCharge) -> None:
    grid = layout.elements_grid(memo, c, sep="\n", cite_sep="\n")
    table = _table(memo.label("h.elements"), grid.headers)
    for e, (label, _status, facts, evidence, basis) in zip(c.elements, grid.rows, strict=True):
        table.add_row(label, _element_status(e), facts, evidence, basis)
    console.print(table)


def _element_status(e: MemoElement) -> Text:
    """The status in its colour, the note (why, e.g. the child rule) dimmed on the next line."""
    status = Text(e.status_label, style=ELEMENT_STYLE.get(e.status, ""))
    if e.note:
        status.append(f"\n{e.note}", style="dim")
    return status


def _aggravating(console: Console, memo: Memo, c: MemoCharge) -> None:
    console.print(Text(memo.label("h.aggravating"), style="bold"))
    for a in c.aggravating:
        console.print(Text.assemble(f"• {a.label} ({a.id}) ",
                                    (f"[{a.verified_label}]", "green" if a.verified else "bold yellow"),
                                    f" {a.effect}", f" — {a.provision.short}" if a.provision else ""))
    if not c.aggravating:
        console.print(Text(memo.label("none_recorded"), style="dim"))


def _penalty(console: Console, memo: Memo, c: MemoCharge) -> None:
    console.print(Text(memo.label("h.penalty"), style="bold"))
    for p in layout.penalties_of(c):
        console.print(Text.assemble("• ", (p.summary, "bold"), " — ",
                                    (layout.penalty_basis(p), TEXT_STYLE.get(p.text_status, ""))))
        if p.additional:
            console.print(Text(f"  {memo.label('additional')} {p.additional}", style="dim"))


# ---- 4.–8. penalties, law, gaps, protection, warnings ---------------------------------------------

def _penalties(console: Console, memo: Memo) -> None:
    _section_title(console, f"4. {memo.label('h.penalties')}")
    grid = layout.penalties_grid(memo)
    table = _table(None, grid.headers)
    for c, (charge, victim, penalty, _status, basis) in zip(memo.charges, grid.rows, strict=True):
        table.add_row(charge, victim, penalty, _text_status(c.penalty), basis)
    console.print(table)


def _text_status(p: MemoPenalty | None) -> Text | str:
    """What the penalty's text is worth, in its colour (verbatim green … missing red)."""
    return Text(p.status_label, style=TEXT_STYLE.get(p.text_status, "")) if p else "—"


def _law(console: Console, memo: Memo) -> None:
    L = memo.label
    _section_title(console, f"5. {L('h.law')}")
    console.print(Text(L("facts_date_line", date=memo.facts_date)))
    table = _table(None, layout.instruments_grid(memo).headers)
    for i in memo.instruments:
        table.add_row(f"{i.name}\n({i.id})", Text(i.applies_label, style="green" if i.applies else "red"),
                      "\n".join((i.reason, *i.notes)))
    console.print(table)
    for i in memo.instruments:
        for caveat in i.caveats:
            console.print(Text(f"⚠ {i.name}{memo.sep}{caveat}", style="yellow"))


def _gaps(console: Console, memo: Memo) -> None:
    _section_title(console, f"6. {memo.label('h.gaps')}")
    console.print(_filled(None, layout.gaps_grid(memo)) if memo.gaps else Text(memo.label("none")))


def _protection(console: Console, memo: Memo) -> None:
    _section_title(console, f"7. {memo.label('h.protection')}")
    grid = layout.protection_grid(memo, sep="\n")
    # The caveats are long: on a screen each duty reads better as a block than as five narrow columns.
    for label, *cells in grid.rows:
        console.print(Text(f"• {label}", style="bold"))
        for header, cell in zip(grid.headers[1:], cells, strict=True):
            line = Text.assemble((f"{header} : " if memo.lang == "fr" else f"{header}: ", "dim"),
                                 cell.replace("\n", "; "))
            console.print(Padding(line, (0, 0, 0, 4)))


def _general_warnings(console: Console, memo: Memo) -> None:
    if memo.warnings:
        _section_title(console, f"8. {memo.label('h.warnings')}")
        for w in memo.warnings:
            console.print(Text(f"⚠ {w}", style="yellow"))


# ---- annex ----------------------------------------------------------------------------------------

def _annex(console: Console, memo: Memo) -> None:
    _section_title(console, memo.label("h.annex"))
    console.print(Text(memo.label("annex_intro"), style="dim"))
    for p in memo.annex:
        _provision(console, memo, p)


def _provision(console: Console, memo: Memo, p: MemoProvision) -> None:
    console.print()
    console.print(Text.assemble((f"{p.cite.citation}", "bold"), f"  [{p.cite.id}]  ",
                                (p.cite.status_label, TEXT_STYLE.get(p.cite.text_status, ""))))
    if layout.own_heading(p):
        console.print(Text(p.heading, style="italic"))
    if p.original:
        console.print(Text(layout.quote(layout.one_line(p.original), is_the_law=True)))
    if p.text:
        text = layout.one_line(p.text)
        # on screen a paraphrase is set in italics rather than brackets; only the law's words get « »
        shown = layout.quote(text, is_the_law=True) if p.quoted else text
        console.print(Text(shown, style="" if p.quoted else "italic"))
    else:
        console.print(Text(memo.label("no_text"), style="red"))
    for w in p.warnings:
        console.print(Text(f"⚠ {w}", style="yellow"))
    for s in p.sources:
        console.print(Text(f"• {s}", style="dim"))


# ---- building blocks ------------------------------------------------------------------------------

def _section_title(console: Console, title: str) -> None:
    console.print()
    console.print(Rule(Text(title, style="bold"), align="left"))


def _table(title: str | None, headers: list[str]) -> Table:
    table = Table(title=title, show_lines=True, expand=True, title_justify="left")
    for header in headers:
        table.add_column(header, overflow="fold")
    return table


def _filled(title: str | None, grid: layout.Grid) -> Table:
    """A table holding the grid's rows as they are (no colour)."""
    table = _table(title, grid.headers)
    for row in grid.rows:
        table.add_row(*row)
    return table
