"""What every renderer of the memo lays out the same way: each section's table (column names and cells),
the charge heading, the penalty's basis, and how the law's own words are quoted.

Plain strings only (no Markdown, DOCX, PDF or rich here): each renderer adds its own typography, so the
Markdown, DOCX, PDF and terminal memos cannot drift apart on what a cell says.
"""

from __future__ import annotations

from typing import NamedTuple

from .model import Cite, Memo, MemoAggravation, MemoCharge, MemoElement, MemoPenalty, MemoProvision

NONE = "—"  # an empty cell, a missing value


class Grid(NamedTuple):
    """A table: column names, then one list of cells per row."""

    headers: list[str]
    rows: list[list[str]]


# ---- header and parties -------------------------------------------------------------------------

def header_rows(memo: Memo) -> list[list[str]]:
    L = memo.label
    dates = memo.facts_date + (f" → {memo.facts_end_date}" if memo.facts_end_date else "")
    return [[L("reference"), memo.reference], [L("facts_date"), dates],
            [L("places"), ", ".join(memo.places) or NONE], [L("memo_date"), memo.date],
            [L("prepared_by"), memo.author], [L("classification"), L("confidential")]]


def header_grid(memo: Memo) -> Grid:
    return Grid([memo.label("field"), memo.label("value")], header_rows(memo))


def memo_title(memo: Memo) -> str:
    return f"{memo.title} — {memo.reference}"


def victims_grid(memo: Memo) -> Grid:
    L = memo.label
    return Grid([L("code"), L("age"), L("sex"), L("nationality"), L("minor")],
                [[v["id"], v["age"], v["sex"], v["nationality"], v["minor"]] for v in memo.victims])


def suspects_grid(memo: Memo) -> Grid:
    return Grid([memo.label("code"), memo.label("role")], [[s["id"], s["role"]] for s in memo.suspects])


def evidence_grid(memo: Memo) -> Grid:
    L = memo.label
    return Grid([L("exhibit"), L("kind"), L("description"), L("supports")],
                [[e["id"], e["kind_label"], e["description"], e["supports"]] for e in memo.evidence])


# ---- charges --------------------------------------------------------------------------------------

def charge_heading(memo: Memo, c: MemoCharge) -> str:
    return f"3.{c.number} {c.name} — {c.victim}{memo.sep}{c.status_label}"


def cite_list(cites: tuple[Cite, ...], sep: str = "; ") -> str:
    return sep.join(x.short for x in cites)


def elements_grid(memo: Memo, c: MemoCharge, sep: str = ", ", cite_sep: str = "; ") -> Grid:
    """One row per element; ``sep`` joins facts and exhibits, ``cite_sep`` the provisions ("\\n": one a line)."""
    L = memo.label
    return Grid([L("element"), L("status"), L("facts"), L("evidence"), L("basis")],
                [[e.label, element_status(e), sep.join(e.fact_labels) or NONE, sep.join(e.evidence_labels) or NONE,
                  cite_list(e.provisions, cite_sep)] for e in c.elements])


def element_status(e: MemoElement) -> str:
    return e.status_label + (f" — {e.note}" if e.note else "")


def aggravation_effect(a: MemoAggravation) -> str:
    """What follows an aggravation's label and verification: `` — effect — provision``."""
    return f" — {a.effect}" + (f" — {a.provision.short}" if a.provision else "")


def penalties_of(c: MemoCharge) -> list[MemoPenalty]:
    """The charge's penalty, then the other penalties of the offence."""
    return [p for p in (c.penalty, *c.other_penalties) if p]


def penalty_basis(p: MemoPenalty | None) -> str:
    return p.provision.short if p and p.provision else NONE


def considered_grid(memo: Memo) -> Grid:
    L = memo.label
    return Grid([L("offence"), L("victim"), L("decision")],
                [[f"{c.name} ({c.offence})", c.victim, c.reason] for c in memo.considered])


def penalties_grid(memo: Memo, no_penalty: str = NONE) -> Grid:
    L = memo.label
    return Grid([L("charge"), L("victim"), L("penalty"), L("text_status"), L("basis")],
                [[f"{c.number}. {c.name}", c.victim, c.penalty.summary if c.penalty else no_penalty,
                  c.penalty.status_label if c.penalty else NONE, penalty_basis(c.penalty)] for c in memo.charges])


# ---- the law, gaps, protection --------------------------------------------------------------------

def instruments_grid(memo: Memo) -> Grid:
    L = memo.label
    return Grid([L("instrument"), L("applies"), L("reason")],
                [[f"{i.name} ({i.id})", i.applies_label, " ".join((i.reason, *i.notes))] for i in memo.instruments])


def gaps_grid(memo: Memo) -> Grid:
    L = memo.label
    return Grid(["#", L("victim"), L("gap"), L("step")],
                [[str(n), g.victim, g.subject, g.step] for n, g in enumerate(memo.gaps, start=1)])


def protection_grid(memo: Memo, sep: str = "; ") -> Grid:
    """One row per duty; ``sep`` joins the provisions it rests on."""
    L = memo.label
    return Grid([L("measure"), L("why"), L("basis"), L("status"), L("caveat")],
                [[d.label, d.why, cite_list(d.basis, sep) or d.basis_note or NONE, d.status_label, d.caveat or NONE]
                 for d in memo.protection])


# ---- the law's own words ---------------------------------------------------------------------------

def quote(text: str, is_the_law: bool) -> str:
    """Only the law's own words get quotation marks; a paraphrase is never dressed as the text."""
    return f"« {text} »" if is_the_law else f"({text})"


def quotes_the_law(text_status: str) -> bool:
    """A verbatim or partial text is the law's own words (partial: it stops before the end)."""
    return text_status in ("verbatim", "partial")


def one_line(text: str) -> str:
    return " ".join(text.split())


def source_says(memo: Memo, p: MemoPenalty, text: str) -> str:
    """``As the source gives it (paraphrase): (…)``: the penalty's text with what it is worth; our translation
    follows in brackets, labelled, and never inside the law's quotation marks."""
    said = f"{memo.label('as_source_says', status=p.status_label)} {quote(text, quotes_the_law(p.text_status))}"
    if p.translation:
        said += f" [{memo.label('our_translation')} : {one_line(p.translation)}]" if memo.lang == "fr" \
            else f" [{memo.label('our_translation')}: {one_line(p.translation)}]"
    return said


def own_heading(p: MemoProvision) -> str:
    """The provision's heading when its citation does not already say it."""
    return p.heading if p.heading and p.heading not in p.cite.citation else ""


def provision_title(p: MemoProvision) -> str:
    heading = own_heading(p)
    return f"{p.cite.citation} [{p.cite.id}]" + (f" — {heading}" if heading else "")


def provision_text(p: MemoProvision) -> str:
    shown = quote(one_line(p.text), p.quoted)
    return f"{quote(one_line(p.original), True)} {shown}" if p.original else shown
