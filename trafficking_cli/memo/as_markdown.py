"""The charging memo as Markdown: deterministic, golden-tested (``tests/golden/*.md``).

Each section function returns its blocks; blocks are joined with a blank line between them. Lays out the
``Memo`` model only; the cells come from ``memo.layout``, shared with the other renderers.
"""

from __future__ import annotations

from collections.abc import Callable

from . import layout
from .model import Memo, MemoCharge, MemoProvision

Blocks = list[str]


def render_markdown(memo: Memo) -> str:
    """Deterministic Markdown (golden-tested): same memo in, same bytes out."""
    sections: tuple[Callable[[Memo], Blocks], ...] = (
        _header, _summary, _parties, _charges, _penalties, _law, _gaps, _protection, _general_warnings, _annex,
        _footer)
    blocks: Blocks = []
    for section in sections:
        blocks += section(memo)
    return "\n".join(blocks).rstrip("\n") + "\n"


def _header(memo: Memo) -> Blocks:
    L = memo.label
    return [f"# {memo.title} — {_md(memo.reference)}\n", f"**{L('confidential')}** — {L('confidential_note')}\n",
            _table(*layout.header_grid(memo)), f"> {L('disclaimer')}\n"]


def _summary(memo: Memo) -> Blocks:
    return [f"## 1. {memo.label('h.summary')}\n", (_md(memo.summary) or memo.label("none")) + "\n"]


def _parties(memo: Memo) -> Blocks:
    L = memo.label
    return [f"## 2. {L('h.parties')}\n",
            f"### {L('h.victims')}\n", _table_or_none(memo, layout.victims_grid(memo)),
            f"### {L('h.suspects')}\n", _table_or_none(memo, layout.suspects_grid(memo)),
            f"### {L('h.evidence')}\n", _table_or_none(memo, layout.evidence_grid(memo))]


# ---- 3. charges -----------------------------------------------------------------------------------

def _charges(memo: Memo) -> Blocks:
    L = memo.label
    out = [f"## 3. {L('h.charges')}\n", L("examined", offences=memo.examined) + "\n"]
    if not memo.charges:
        out.append(L("no_charge") + "\n")
    for c in memo.charges:
        out += _charge(memo, c)
    if memo.considered:
        out += [f"### {L('h.considered')}\n", _table(*layout.considered_grid(memo))]
    return out


def _charge(memo: Memo, c: MemoCharge) -> Blocks:
    L = memo.label
    return [f"### {layout.charge_heading(memo, c)}\n", c.qualification + "\n",
            "".join(f"- {_md(n)}\n" for n in c.notes),
            f"**{L('legal_basis')}**{memo.sep}" + layout.cite_list(c.provisions) + "\n",
            f"#### {L('h.elements')}\n", _table(*layout.elements_grid(memo, c)),
            *_aggravating(memo, c), *_penalty(memo, c), *_charge_warnings(memo, c)]


def _aggravating(memo: Memo, c: MemoCharge) -> Blocks:
    out = [f"#### {memo.label('h.aggravating')}\n"]
    if not c.aggravating:
        return [*out, memo.label("none_recorded") + "\n"]
    return out + [f"- {_md(a.label)} ({a.id}) — **{a.verified_label}**{layout.aggravation_effect(a)}\n"
                  for a in c.aggravating]


def _penalty(memo: Memo, c: MemoCharge) -> Blocks:
    L = memo.label
    out = [f"#### {L('h.penalty')}\n"]
    if not layout.penalties_of(c):  # as in DOCX, PDF and on screen: the offence's other penalties still show
        return [*out, L("none") + "\n"]
    for p in layout.penalties_of(c):
        line = f"- **{p.summary}** — {layout.penalty_basis(p)}"
        if p.source_text:
            line += "\n  - " + layout.source_says(memo, p, layout.one_line(p.source_text))
        if p.additional:
            line += f"\n  - {L('additional')} {_md(p.additional)}"
        out.append(line + "\n")
    return out


def _charge_warnings(memo: Memo, c: MemoCharge) -> Blocks:
    if not c.warnings:
        return []
    return [f"#### {memo.label('h.charge_warnings')}\n", "".join(f"- ⚠ {_md(x)}\n" for x in c.warnings)]


# ---- 4.–8. penalties, law, gaps, protection, warnings ---------------------------------------------

def _penalties(memo: Memo) -> Blocks:
    L = memo.label
    return [f"## 4. {L('h.penalties')}\n", _table_or_none(memo, layout.penalties_grid(memo, no_penalty=L("none")))]


def _law(memo: Memo) -> Blocks:
    L = memo.label
    out = [f"## 5. {L('h.law')}\n", L("facts_date_line", date=memo.facts_date) + "\n",
           _table(*layout.instruments_grid(memo))]
    for i in memo.instruments:
        if i.caveats:
            out += [f"**{L('caveats_of', name=i.name)}**\n", "".join(f"- {_md(c)}\n" for c in i.caveats)]
    return out


def _gaps(memo: Memo) -> Blocks:
    return [f"## 6. {memo.label('h.gaps')}\n", _table_or_none(memo, layout.gaps_grid(memo))]


def _protection(memo: Memo) -> Blocks:
    L = memo.label
    return [f"## 7. {L('h.protection')}\n", L("protection_intro") + "\n",
            _table_or_none(memo, layout.protection_grid(memo))]


def _general_warnings(memo: Memo) -> Blocks:
    if not memo.warnings:
        return []
    return [f"## 8. {memo.label('h.warnings')}\n", "".join(f"- {_md(x)}\n" for x in memo.warnings)]


# ---- annex and footer -----------------------------------------------------------------------------

def _annex(memo: Memo) -> Blocks:
    out = [f"## {memo.label('h.annex')}\n", memo.label("annex_intro") + "\n"]
    for p in memo.annex:
        out += _provision(memo, p)
    return out


def _provision(memo: Memo, p: MemoProvision) -> Blocks:
    L = memo.label
    heading = layout.own_heading(p)
    head = f"### {p.cite.id} — {_md(p.cite.citation)}" + (f" — {_md(heading)}" if heading else "")
    out = [head + "\n", f"**{L('text_status')}**{memo.sep}{p.cite.status_label}\n"]
    if p.text:
        out.append("> " + _md(layout.provision_text(p)) + "\n")
    else:
        out.append(f"*{L('no_text')}*\n")
    if p.warnings:
        out.append("".join(f"- ⚠ {_md(x)}\n" for x in p.warnings))
    if p.sources:
        out.append(f"{L('sources')}{memo.sep.rstrip()}\n" + "".join(f"- {_md(s)}\n" for s in p.sources))
    return out


def _footer(memo: Memo) -> Blocks:
    return ["---\n", f"*{memo.label('footer', date=memo.date)}*\n"]


# ---- Markdown typography --------------------------------------------------------------------------

def _md(text: str) -> str:
    """One line, with the table separator escaped: any text is safe in a cell or a list item."""
    return " ".join(str(text).split()).replace("|", "\\|")


def _table(headers: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(_md(h) for h in headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(_md(c) if c else "—" for c in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def _table_or_none(memo: Memo, grid: layout.Grid) -> str:
    return _table(*grid) if grid.rows else memo.label("none") + "\n"
