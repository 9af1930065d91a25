"""The charging memo as a Word document (python-docx): real headings, real tables, editable and printable.

Lays out the ``Memo`` model only; every sentence comes from ``memo.build``, every table's cells from
``memo.layout``. One function per section, as in the other renderers. Returns bytes; writes nothing.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import datetime

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table

from . import layout
from .model import Memo, MemoCharge, MemoProvision

LANG_TAGS = {"fr": "fr-FR", "en": "en-GB"}
WARN = RGBColor(0x9C, 0x57, 0x00)
RED = RGBColor(0xB0, 0x00, 0x20)
STATUS_COLOUR = {"met": RGBColor(0x1E, 0x7B, 0x34), "unmet": RED,
                 "unknown": RGBColor(0x9C, 0x57, 0x00), "not_required": RGBColor(0x1F, 0x5F, 0x8B)}

Section = Callable[[Document, Memo], None]


def render_docx(memo: Memo) -> bytes:
    doc = Document()
    _page_setup(doc, memo)
    _running_header_footer(doc, memo)
    _properties(doc, memo)
    sections: tuple[Section, ...] = (_header, _summary, _parties, _charges, _penalties, _law, _gaps, _protection,
                                     _general_warnings, _annex, _footer)
    for section in sections:
        section(doc, memo)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


# ---- the document: page, running header and footer, properties ----------------------------------

def _page_setup(doc: Document, memo: Memo) -> None:
    """A4 portrait, 2 cm margins, Calibri 10.5, and the memo's language (for the spelling checker)."""
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.0))
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    rpr = normal.element.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), LANG_TAGS.get(memo.lang, "fr-FR"))
    rpr.append(lang)


def _running_header_footer(doc: Document, memo: Memo) -> None:
    """Every page says it is confidential and which case it belongs to, and carries its number."""
    section = doc.sections[0]
    header = section.header.paragraphs[0]
    header.text = f"{memo.label('confidential')} — {memo.reference}"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run(f"{memo.title} — ")
    _page_field(footer)


def _properties(doc: Document, memo: Memo) -> None:
    """Document properties dated from the memo, not the clock: the same memo gives the same file."""
    props = doc.core_properties
    props.title = layout.memo_title(memo)
    props.author = memo.author
    props.language = LANG_TAGS.get(memo.lang, "fr-FR")
    props.keywords = memo.label("confidential")
    stamp = datetime.fromisoformat(memo.date)
    props.created = props.modified = stamp
    props.last_printed = stamp
    props.revision = 1


def _page_field(paragraph) -> None:  # type: ignore[no-untyped-def]
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


# ---- header, facts, parties -----------------------------------------------------------------------

def _header(doc: Document, memo: Memo) -> None:
    L = memo.label
    doc.add_heading(layout.memo_title(memo), level=0)
    banner = doc.add_paragraph()
    run = banner.add_run(L("confidential"))
    run.bold = True
    run.font.color.rgb = RED
    banner.add_run(f" — {L('confidential_note')}")
    _table(doc, *layout.header_grid(memo))
    _para(doc, L("disclaimer"), italic=True)


def _summary(doc: Document, memo: Memo) -> None:
    doc.add_heading(f"1. {memo.label('h.summary')}", level=1)
    _para(doc, memo.summary or memo.label("none"))


def _parties(doc: Document, memo: Memo) -> None:
    L = memo.label
    doc.add_heading(f"2. {L('h.parties')}", level=1)
    doc.add_heading(L("h.victims"), level=2)
    _table(doc, *layout.victims_grid(memo))
    doc.add_heading(L("h.suspects"), level=2)
    _table(doc, *layout.suspects_grid(memo))
    doc.add_heading(L("h.evidence"), level=2)
    _table(doc, *layout.evidence_grid(memo))


# ---- 3. charges -----------------------------------------------------------------------------------

def _charges(doc: Document, memo: Memo) -> None:
    L = memo.label
    doc.add_heading(f"3. {L('h.charges')}", level=1)
    _para(doc, L("examined", offences=memo.examined))
    if not memo.charges:
        _para(doc, L("no_charge"), bold=True)
    for charge in memo.charges:
        _charge(doc, memo, charge)
    if memo.considered:
        doc.add_heading(L("h.considered"), level=2)
        _table(doc, *layout.considered_grid(memo))


def _charge(doc: Document, memo: Memo, c: MemoCharge) -> None:
    doc.add_heading(layout.charge_heading(memo, c), level=2)
    _para(doc, c.qualification)
    for note in c.notes:
        _para(doc, f"• {note}")
    paragraph = doc.add_paragraph()
    paragraph.add_run(f"{memo.label('legal_basis')}{memo.sep}").bold = True
    paragraph.add_run(layout.cite_list(c.provisions))
    _elements(doc, memo, c)
    _aggravating(doc, memo, c)
    _penalty(doc, memo, c)
    _charge_warnings(doc, memo, c)


def _elements(doc: Document, memo: Memo, c: MemoCharge) -> None:
    """The elements table, each status in its colour (met green, unmet red, unknown amber)."""
    doc.add_heading(memo.label("h.elements"), level=3)
    table = _table(doc, *layout.elements_grid(memo, c, sep="\n", cite_sep="\n"))
    if table is None:
        return
    for row, element in zip(table.rows[1:], c.elements, strict=True):
        for run in row.cells[1].paragraphs[0].runs:
            run.bold = True
            run.font.color.rgb = STATUS_COLOUR.get(element.status, RGBColor(0, 0, 0))


def _aggravating(doc: Document, memo: Memo, c: MemoCharge) -> None:
    doc.add_heading(memo.label("h.aggravating"), level=3)
    for a in c.aggravating:
        paragraph = doc.add_paragraph(style="List Bullet")
        paragraph.add_run(f"{a.label} ({a.id}) — ")
        flag = paragraph.add_run(a.verified_label)
        flag.bold = True
        if not a.verified:
            flag.font.color.rgb = WARN
        paragraph.add_run(layout.aggravation_effect(a))
    if not c.aggravating:
        _para(doc, memo.label("none_recorded"))


def _penalty(doc: Document, memo: Memo, c: MemoCharge) -> None:
    L = memo.label
    doc.add_heading(L("h.penalty"), level=3)
    for p in layout.penalties_of(c):
        paragraph = doc.add_paragraph(style="List Bullet")
        paragraph.add_run(p.summary).bold = True
        paragraph.add_run(f" — {layout.penalty_basis(p)}")
        if p.source_text:  # its line breaks kept (Word shows them); the other formats put it on one line
            doc.add_paragraph(layout.source_says(memo, p, p.source_text), style="List Bullet 2")
        if p.additional:
            doc.add_paragraph(f"{L('additional')} {p.additional}", style="List Bullet 2")


def _charge_warnings(doc: Document, memo: Memo, c: MemoCharge) -> None:
    if c.warnings:
        doc.add_heading(memo.label("h.charge_warnings"), level=3)
        for w in c.warnings:
            _warning(doc, w)


# ---- 4.–8. penalties, law, gaps, protection, warnings ---------------------------------------------

def _penalties(doc: Document, memo: Memo) -> None:
    doc.add_heading(f"4. {memo.label('h.penalties')}", level=1)
    _table(doc, *layout.penalties_grid(memo))


def _law(doc: Document, memo: Memo) -> None:
    L = memo.label
    doc.add_heading(f"5. {L('h.law')}", level=1)
    _para(doc, L("facts_date_line", date=memo.facts_date))
    _table(doc, *layout.instruments_grid(memo))
    for i in memo.instruments:
        if i.caveats:
            _para(doc, L("caveats_of", name=i.name), bold=True)
            for caveat in i.caveats:
                doc.add_paragraph(caveat, style="List Bullet")


def _gaps(doc: Document, memo: Memo) -> None:
    doc.add_heading(f"6. {memo.label('h.gaps')}", level=1)
    _table(doc, *layout.gaps_grid(memo))


def _protection(doc: Document, memo: Memo) -> None:
    doc.add_heading(f"7. {memo.label('h.protection')}", level=1)
    _para(doc, memo.label("protection_intro"))
    _table(doc, *layout.protection_grid(memo))


def _general_warnings(doc: Document, memo: Memo) -> None:
    if memo.warnings:
        doc.add_heading(f"8. {memo.label('h.warnings')}", level=1)
        for w in memo.warnings:
            _warning(doc, w)


# ---- annex and footer -----------------------------------------------------------------------------

def _annex(doc: Document, memo: Memo) -> None:
    doc.add_heading(memo.label("h.annex"), level=1)
    _para(doc, memo.label("annex_intro"), italic=True)
    for provision in memo.annex:
        _provision(doc, memo, provision)


def _provision(doc: Document, memo: Memo, p: MemoProvision) -> None:
    L = memo.label
    doc.add_heading(layout.provision_title(p), level=3)
    paragraph = doc.add_paragraph()
    paragraph.add_run(f"{L('text_status')}{memo.sep}").bold = True
    paragraph.add_run(p.cite.status_label)
    if p.text:
        quote_paragraph = doc.add_paragraph(layout.provision_text(p), style="Quote")
        quote_paragraph.runs[0].italic = not p.quoted
    else:
        _para(doc, L("no_text"), italic=True)
    for w in p.warnings:
        _warning(doc, w)
    if p.sources:
        _para(doc, L("sources"), bold=True)
        for source in p.sources:
            doc.add_paragraph(source, style="List Bullet 2")


def _footer(doc: Document, memo: Memo) -> None:
    _para(doc, memo.label("footer", date=memo.date), italic=True)


# ---- building blocks ------------------------------------------------------------------------------

def _para(doc: Document, text: str, *, bold: bool = False, italic: bool = False) -> None:
    paragraph = doc.add_paragraph()
    run = paragraph.add_run(text)
    run.bold, run.italic = bold, italic


def _warning(doc: Document, text: str) -> None:
    paragraph = doc.add_paragraph(style="List Bullet")
    run = paragraph.add_run(f"⚠ {text}")
    run.font.color.rgb = WARN


def _table(doc: Document, headers: list[str], rows: list[list[str]]) -> Table | None:
    """A grid table whose header row repeats on each page; an empty table is a dash."""
    if not rows:
        _para(doc, "—")
        return None
    table = doc.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    for cell, header in zip(table.rows[0].cells, headers, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(header).bold = True
    _repeat_header(table)
    for row in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            cell.text = value or "—"
    doc.add_paragraph()
    return table


def _repeat_header(table: Table) -> None:
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    element = OxmlElement("w:tblHeader")
    element.set(qn("w:val"), "true")
    tr_pr.append(element)

