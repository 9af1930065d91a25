"""The charging memo as a Word document (python-docx): real headings, real tables, editable and printable.

Maps the outline's blocks (``memo.outline``) to Word styles; decides nothing about sections or numbering.
Returns bytes; writes nothing.
"""

from __future__ import annotations

import io
from datetime import datetime
from typing import Any

from docx import Document
from docx.document import Document as DocxDocument  # the class; docx.Document is a factory function
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from .blocks import Block, Bullets, Fields, Heading, PageBreak, Para, Quote, Table, quote_text
from .model import Memo
from .outline import outline

LANG_TAGS = {"fr": "fr-FR", "en": "en-GB"}
GREY, RED, AMBER = RGBColor(0x5A, 0x5A, 0x5A), RGBColor(0xB0, 0x00, 0x20), RGBColor(0x9C, 0x57, 0x00)
GREEN, BLUE = RGBColor(0x1E, 0x7B, 0x34), RGBColor(0x1F, 0x5F, 0x8B)
TONE_COLOUR = {"met": GREEN, "established": GREEN, "unmet": RED, "not_established": RED, "alert": RED,
               "unknown": AMBER, "incomplete": AMBER, "established_weak": AMBER, "warn": AMBER, "conditional": BLUE,
               "not_required": BLUE,
               "note": GREY}

Doc = DocxDocument


def render_docx(memo: Memo) -> bytes:
    doc = Document()
    _page_setup(doc, memo)
    _running_header_footer(doc, memo)
    _properties(doc, memo)
    for block in outline(memo):
        _block(doc, memo, block)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _block(doc: Doc, memo: Memo, block: Block) -> None:
    if isinstance(block, Heading):
        doc.add_heading(block.text, level=block.level)
    elif isinstance(block, Para):
        _para(doc, block.text, block.tone)
    elif isinstance(block, Bullets):
        for item in block.items:
            _para(doc, ("⚠ " if block.tone == "warn" else "") + item, block.tone, style="List Bullet")
    elif isinstance(block, Fields):
        _table(doc, [], [list(row) for row in block.rows], bold_first=True)
    elif isinstance(block, Table):
        _table(doc, list(block.headers), [list(row) for row in block.rows], block.tone_col, block.tones)
    elif isinstance(block, Quote):
        paragraph = doc.add_paragraph(quote_text(block.text, block.is_law), style="Quote")
        paragraph.runs[0].italic = not block.is_law
    elif isinstance(block, PageBreak):
        doc.add_page_break()


# ---- the document: page, running header and footer, properties ----------------------------------

def _page_setup(doc: Doc, memo: Memo) -> None:
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


def _running_header_footer(doc: Doc, memo: Memo) -> None:
    """Every page says it is confidential and which case it belongs to, and carries its number."""
    section = doc.sections[0]
    header = section.header.paragraphs[0]
    header.text = f"{memo.label('confidential')} — {memo.reference}"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run(f"{memo.title} — ")
    _page_field(footer)


def _properties(doc: Doc, memo: Memo) -> None:
    """Document properties dated from the memo, not the clock: the same memo gives the same file."""
    props = doc.core_properties
    props.title = f"{memo.title} — {memo.reference}"
    props.author = memo.author
    props.language = LANG_TAGS.get(memo.lang, "fr-FR")
    props.keywords = memo.label("confidential")
    stamp = datetime.fromisoformat(memo.date)
    props.created = props.modified = stamp
    props.last_printed = stamp
    props.revision = 1


def _page_field(paragraph: Any) -> None:
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


# ---- building blocks ------------------------------------------------------------------------------

def _para(doc: Doc, text: str, tone: str = "", style: str | None = None) -> None:
    paragraph = doc.add_paragraph(style=style)
    run = paragraph.add_run(text)
    run.bold = tone in ("strong", "alert")
    run.italic = tone in ("note", "draft")
    if tone in TONE_COLOUR:
        run.font.color.rgb = TONE_COLOUR[tone]
    if tone == "note":
        run.font.size = Pt(9)


def _table(doc: Doc, headers: list[str], rows: list[list[str]], tone_col: int = -1, tones: tuple[str, ...] = (),
           bold_first: bool = False) -> None:
    """A grid table whose header row (if any) repeats on each page; cells filled through the XML-light path."""
    width = len(headers) or len(rows[0])
    table = doc.add_table(rows=len(rows) + (1 if headers else 0), cols=width)
    table.style = "Table Grid"
    all_rows = table.rows
    if headers:
        for cell, header in zip(all_rows[0].cells, headers, strict=True):
            cell.paragraphs[0].add_run(header).bold = True
        _repeat_header(all_rows[0])
        all_rows = all_rows[1:]
    for index, (row, values) in enumerate(zip(all_rows, rows, strict=True)):
        for col, (cell, value) in enumerate(zip(row.cells, values, strict=True)):
            run = cell.paragraphs[0].add_run(value or "—")
            if col == tone_col and index < len(tones) and tones[index] in TONE_COLOUR:
                run.bold = True
                run.font.color.rgb = TONE_COLOUR[tones[index]]
            elif bold_first and col == 0:
                run.bold = True
    doc.add_paragraph()


def _repeat_header(row: Any) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    element = OxmlElement("w:tblHeader")
    element.set(qn("w:val"), "true")
    tr_pr.append(element)
