"""The charging memo as a Word document (python-docx): real headings, real tables, editable and printable.

Lays out the ``Memo`` model only; every sentence comes from ``memo.py``. Returns bytes; writes nothing.
"""

from __future__ import annotations

import io
from datetime import datetime

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table

from .memo import Memo, MemoCharge, MemoProvision, header_rows

LANG_TAGS = {"fr": "fr-FR", "en": "en-GB"}
WARN = RGBColor(0x9C, 0x57, 0x00)
STATUS_COLOUR = {"met": RGBColor(0x1E, 0x7B, 0x34), "unmet": RGBColor(0xB0, 0x00, 0x20),
                 "unknown": RGBColor(0x9C, 0x57, 0x00), "not_required": RGBColor(0x1F, 0x5F, 0x8B)}


def render_docx(memo: Memo) -> bytes:
    doc = Document()
    _setup(doc, memo)
    L = memo.label
    doc.add_heading(f"{memo.title} — {memo.reference}", level=0)
    banner = doc.add_paragraph()
    run = banner.add_run(L("confidential"))
    run.bold = True
    run.font.color.rgb = RGBColor(0xB0, 0x00, 0x20)
    banner.add_run(f" — {L('confidential_note')}")
    _table(doc, [L("field"), L("value")], header_rows(memo))
    _para(doc, L("disclaimer"), italic=True)

    doc.add_heading(f"1. {L('h.summary')}", level=1)
    _para(doc, memo.summary or L("none"))
    doc.add_heading(f"2. {L('h.parties')}", level=1)
    doc.add_heading(L("h.victims"), level=2)
    _table(doc, [L("code"), L("age"), L("sex"), L("nationality"), L("minor")],
           [[v["id"], v["age"], v["sex"], v["nationality"], v["minor"]] for v in memo.victims])
    doc.add_heading(L("h.suspects"), level=2)
    _table(doc, [L("code"), L("role")], [[s["id"], s["role"]] for s in memo.suspects])
    doc.add_heading(L("h.evidence"), level=2)
    _table(doc, [L("exhibit"), L("kind"), L("description"), L("supports")],
           [[e["id"], e["kind_label"], e["description"], e["supports"]] for e in memo.evidence])

    doc.add_heading(f"3. {L('h.charges')}", level=1)
    _para(doc, L("examined", offences=memo.examined))
    if not memo.charges:
        _para(doc, L("no_charge"), bold=True)
    for charge in memo.charges:
        _charge(doc, memo, charge)
    if memo.considered:
        doc.add_heading(L("h.considered"), level=2)
        _table(doc, [L("offence"), L("victim"), L("decision")],
               [[f"{c.name} ({c.offence})", c.victim, c.reason] for c in memo.considered])

    doc.add_heading(f"4. {L('h.penalties')}", level=1)
    _table(doc, [L("charge"), L("victim"), L("penalty"), L("text_status"), L("basis")],
           [[f"{c.number}. {c.name}", c.victim, c.penalty.summary if c.penalty else "—",
             c.penalty.status_label if c.penalty else "—",
             c.penalty.provision.short if c.penalty and c.penalty.provision else "—"] for c in memo.charges])

    doc.add_heading(f"5. {L('h.law')}", level=1)
    _para(doc, L("facts_date_line", date=memo.facts_date))
    _table(doc, [L("instrument"), L("applies"), L("reason")],
           [[f"{i.name} ({i.id})", i.applies_label, " ".join((i.reason, *i.notes))] for i in memo.instruments])
    for i in memo.instruments:
        if i.caveats:
            _para(doc, L("caveats_of", name=i.name), bold=True)
            for caveat in i.caveats:
                doc.add_paragraph(caveat, style="List Bullet")

    doc.add_heading(f"6. {L('h.gaps')}", level=1)
    _table(doc, ["#", L("victim"), L("gap"), L("step")],
           [[str(n), g.victim, g.subject, g.step] for n, g in enumerate(memo.gaps, start=1)])
    doc.add_heading(f"7. {L('h.protection')}", level=1)
    _para(doc, L("protection_intro"))
    _table(doc, [L("measure"), L("why"), L("basis"), L("status"), L("caveat")],
           [[d.label, d.why, "; ".join(x.short for x in d.basis) or d.basis_note or "—", d.status_label,
             d.caveat or "—"] for d in memo.protection])
    if memo.warnings:
        doc.add_heading(f"8. {L('h.warnings')}", level=1)
        for w in memo.warnings:
            _warning(doc, w)

    doc.add_heading(L("h.annex"), level=1)
    _para(doc, L("annex_intro"), italic=True)
    for provision in memo.annex:
        _provision(doc, memo, provision)
    _para(doc, L("footer", date=memo.date), italic=True)

    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _setup(doc: Document, memo: Memo) -> None:
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
    header = section.header.paragraphs[0]
    header.text = f"{memo.label('confidential')} — {memo.reference}"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run(f"{memo.title} — ")
    _page_field(footer)
    props = doc.core_properties
    props.title = f"{memo.title} — {memo.reference}"
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


def _para(doc: Document, text: str, *, bold: bool = False, italic: bool = False) -> None:
    paragraph = doc.add_paragraph()
    run = paragraph.add_run(text)
    run.bold, run.italic = bold, italic


def _warning(doc: Document, text: str) -> None:
    paragraph = doc.add_paragraph(style="List Bullet")
    run = paragraph.add_run(f"⚠ {text}")
    run.font.color.rgb = WARN


def _table(doc: Document, headers: list[str], rows: list[list[str]]) -> Table | None:
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


def _charge(doc: Document, memo: Memo, c: MemoCharge) -> None:
    L = memo.label
    doc.add_heading(f"3.{c.number} {c.name} — {c.victim}{memo.sep}{c.status_label}", level=2)
    _para(doc, c.qualification)
    paragraph = doc.add_paragraph()
    paragraph.add_run(f"{L('legal_basis')}{memo.sep}").bold = True
    paragraph.add_run("; ".join(x.short for x in c.provisions))
    doc.add_heading(L("h.elements"), level=3)
    table = _table(doc, [L("element"), L("status"), L("facts"), L("evidence"), L("basis")], [
        [e.label, e.status_label + (f" — {e.note}" if e.note else ""), "\n".join(e.fact_labels) or "—",
         "\n".join(e.evidence_labels) or "—", "\n".join(x.short for x in e.provisions)] for e in c.elements])
    if table is not None:
        for row, element in zip(table.rows[1:], c.elements, strict=True):
            for run in row.cells[1].paragraphs[0].runs:
                run.bold = True
                run.font.color.rgb = STATUS_COLOUR.get(element.status, RGBColor(0, 0, 0))
    doc.add_heading(L("h.aggravating"), level=3)
    for a in c.aggravating:
        paragraph = doc.add_paragraph(style="List Bullet")
        paragraph.add_run(f"{a.label} ({a.id}) — ")
        flag = paragraph.add_run(a.verified_label)
        flag.bold = True
        if not a.verified:
            flag.font.color.rgb = WARN
        paragraph.add_run(f" — {a.effect}" + (f" — {a.provision.short}" if a.provision else ""))
    if not c.aggravating:
        _para(doc, L("none_recorded"))
    _penalties(doc, memo, c)
    if c.warnings:
        doc.add_heading(L("h.charge_warnings"), level=3)
        for w in c.warnings:
            _warning(doc, w)


def _penalties(doc: Document, memo: Memo, c: MemoCharge) -> None:
    L = memo.label
    doc.add_heading(L("h.penalty"), level=3)
    for p in filter(None, (c.penalty, *c.other_penalties)):
        paragraph = doc.add_paragraph(style="List Bullet")
        paragraph.add_run(p.summary).bold = True
        paragraph.add_run(f" — {p.provision.short if p.provision else '—'}")
        if p.source_text:
            quoted = f"« {p.source_text} »" if p.text_status in ("verbatim", "partial") else f"({p.source_text})"
            doc.add_paragraph(f"{L('as_source_says', status=p.status_label)} {quoted}", style="List Bullet 2")
        if p.additional:
            doc.add_paragraph(f"{L('additional')} {p.additional}", style="List Bullet 2")


def _provision(doc: Document, memo: Memo, p: MemoProvision) -> None:
    L = memo.label
    title = f"{p.cite.citation} [{p.cite.id}]"
    if p.heading and p.heading not in p.cite.citation:
        title += f" — {p.heading}"
    doc.add_heading(title, level=3)
    paragraph = doc.add_paragraph()
    paragraph.add_run(f"{L('text_status')}{memo.sep}").bold = True
    paragraph.add_run(p.cite.status_label)
    if p.text:
        text = " ".join(p.text.split())
        quote = doc.add_paragraph(f"« {text} »" if p.quoted else f"({text})", style="Quote")
        quote.runs[0].italic = not p.quoted
    else:
        _para(doc, L("no_text"), italic=True)
    for w in p.warnings:
        _warning(doc, w)
    if p.sources:
        _para(doc, L("sources"), bold=True)
        for source in p.sources:
            doc.add_paragraph(source, style="List Bullet 2")
