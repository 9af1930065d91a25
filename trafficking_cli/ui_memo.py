"""The charging memo in the terminal (rich). Lays out the memo model; says nothing of its own."""

from __future__ import annotations

from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from .memo import Memo, MemoCharge, header_rows

ELEMENT_STYLE = {"met": "green", "unmet": "red", "unknown": "yellow", "not_required": "cyan"}
CHARGE_STYLE = {"established": "bold white on green", "incomplete": "bold black on yellow",
                "not_established": "bold white on red"}
TEXT_STYLE = {"verbatim": "green", "partial": "yellow", "paraphrase": "dark_orange3", "missing": "red"}


def render_memo(console: Console, memo: Memo) -> None:
    L = memo.label
    header = Table.grid(padding=(0, 2))
    header.add_column(style="bold")
    header.add_column()
    for key, value in header_rows(memo):
        header.add_row(key, value)
    console.print(Panel(Group(header, Text(""), Text(L("disclaimer"), style="italic dim")),
                        title=f"[bold]{escape(memo.title)}[/]",
                        subtitle=f"[bold red]{escape(L('confidential'))}[/]", border_style="red"))
    _section(console, f"1. {L('h.summary')}")
    console.print(Text(memo.summary or L("none")))
    _section(console, f"2. {L('h.parties')}")
    _parties(console, memo)
    _section(console, f"3. {L('h.charges')}")
    console.print(Text(L("examined", offences=memo.examined), style="dim"))
    if not memo.charges:
        console.print(Text(L("no_charge"), style="bold yellow"))
    for charge in memo.charges:
        _charge(console, memo, charge)
    if memo.considered:
        table = _table(L("h.considered"), [L("offence"), L("victim"), L("decision")])
        for c in memo.considered:
            table.add_row(f"{c.name} ({c.offence})", c.victim, c.reason, style=None if c.charged else "dim")
        console.print(table)
    _section(console, f"4. {L('h.penalties')}")
    table = _table(None, [L("charge"), L("victim"), L("penalty"), L("text_status"), L("basis")])
    for c in memo.charges:
        p = c.penalty
        table.add_row(f"{c.number}. {c.name}", c.victim, p.summary if p else "—",
                      Text(p.status_label, style=TEXT_STYLE.get(p.text_status, "")) if p else "—",
                      p.provision.short if p and p.provision else "—")
    console.print(table)
    _law(console, memo)
    _section(console, f"6. {L('h.gaps')}")
    table = _table(None, ["#", L("victim"), L("gap"), L("step")])
    for n, g in enumerate(memo.gaps, start=1):
        table.add_row(str(n), g.victim, g.subject, g.step)
    console.print(table if memo.gaps else Text(L("none")))
    _section(console, f"7. {L('h.protection')}")
    table = _table(None, [L("measure"), L("why"), L("basis"), L("status"), L("caveat")])
    for d in memo.protection:
        table.add_row(Text(d.label, style="bold"), d.why,
                      "\n".join(x.short for x in d.basis) or d.basis_note or "—", d.status_label, d.caveat or "—")
    console.print(table)
    if memo.warnings:
        _section(console, f"8. {L('h.warnings')}")
        for w in memo.warnings:
            console.print(Text(f"⚠ {w}", style="yellow"))
    _annex(console, memo)


def _section(console: Console, title: str) -> None:
    console.print()
    console.print(Rule(Text(title, style="bold"), align="left"))


def _table(title: str | None, headers: list[str]) -> Table:
    table = Table(title=title, show_lines=True, expand=True, title_justify="left")
    for header in headers:
        table.add_column(header, overflow="fold")
    return table


def _parties(console: Console, memo: Memo) -> None:
    L = memo.label
    victims = _table(L("h.victims"), [L("code"), L("age"), L("sex"), L("nationality"), L("minor")])
    for v in memo.victims:
        victims.add_row(v["id"], v["age"], v["sex"], v["nationality"], v["minor"])
    suspects = _table(L("h.suspects"), [L("code"), L("role")])
    for s in memo.suspects:
        suspects.add_row(s["id"], s["role"])
    evidence = _table(L("h.evidence"), [L("exhibit"), L("kind"), L("description"), L("supports")])
    for e in memo.evidence:
        evidence.add_row(e["id"], e["kind_label"], e["description"], e["supports"])
    console.print(victims, suspects, evidence)


def _charge(console: Console, memo: Memo, c: MemoCharge) -> None:
    L = memo.label
    console.print()
    console.print(Text.assemble((f"3.{c.number} {c.name} — {c.victim}  ", "bold"),
                                (f" {c.status_label} ", CHARGE_STYLE.get(c.status, "bold"))))
    console.print(Text(c.qualification))
    console.print(Text.assemble((L("legal_basis") + memo.sep, "bold"), "; ".join(x.short for x in c.provisions)))
    table = _table(L("h.elements"), [L("element"), L("status"), L("facts"), L("evidence"), L("basis")])
    for e in c.elements:
        status = Text(e.status_label, style=ELEMENT_STYLE.get(e.status, ""))
        if e.note:
            status.append(f"\n{e.note}", style="dim")
        table.add_row(e.label, status, "\n".join(e.fact_labels) or "—", "\n".join(e.evidence_labels) or "—",
                      "\n".join(x.short for x in e.provisions))
    console.print(table)
    console.print(Text(L("h.aggravating"), style="bold"))
    for a in c.aggravating:
        console.print(Text.assemble(f"• {a.label} ({a.id}) ",
                                    (f"[{a.verified_label}]", "green" if a.verified else "bold yellow"),
                                    f" {a.effect}", f" — {a.provision.short}" if a.provision else ""))
    if not c.aggravating:
        console.print(Text(L("none_recorded"), style="dim"))
    console.print(Text(L("h.penalty"), style="bold"))
    for p in filter(None, (c.penalty, *c.other_penalties)):
        console.print(Text.assemble("• ", (p.summary, "bold"), " — ",
                                    (p.provision.short if p.provision else "—", TEXT_STYLE.get(p.text_status, ""))))
        if p.additional:
            console.print(Text(f"  {L('additional')} {p.additional}", style="dim"))
    for w in c.warnings:
        console.print(Text(f"⚠ {w}", style="yellow"))


def _law(console: Console, memo: Memo) -> None:
    L = memo.label
    _section(console, f"5. {L('h.law')}")
    console.print(Text(L("facts_date_line", date=memo.facts_date)))
    table = _table(None, [L("instrument"), L("applies"), L("reason")])
    for i in memo.instruments:
        table.add_row(f"{i.name}\n({i.id})", Text(i.applies_label, style="green" if i.applies else "red"),
                      "\n".join((i.reason, *i.notes)))
    console.print(table)
    for i in memo.instruments:
        for caveat in i.caveats:
            console.print(Text(f"⚠ {i.name}{memo.sep}{caveat}", style="yellow"))


def _annex(console: Console, memo: Memo) -> None:
    L = memo.label
    _section(console, L("h.annex"))
    console.print(Text(L("annex_intro"), style="dim"))
    for p in memo.annex:
        console.print()
        console.print(Text.assemble((f"{p.cite.citation}", "bold"), f"  [{p.cite.id}]  ",
                                    (p.cite.status_label, TEXT_STYLE.get(p.cite.text_status, ""))))
        if p.heading and p.heading not in p.cite.citation:
            console.print(Text(p.heading, style="italic"))
        if p.text:
            text = " ".join(p.text.split())
            console.print(Text(f"« {text} »" if p.quoted else text, style="" if p.quoted else "italic"))
        else:
            console.print(Text(L("no_text"), style="red"))
        for w in p.warnings:
            console.print(Text(f"⚠ {w}", style="yellow"))
        for s in p.sources:
            console.print(Text(f"• {s}", style="dim"))
