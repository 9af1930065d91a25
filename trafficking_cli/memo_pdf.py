"""The charging memo as a PDF (fpdf2): A4, text extractable, French typography intact.

The PDF core fonts cannot print ’ « » œ, so a Unicode TrueType font is embedded: DejaVu Sans, bundled in
``trafficking_cli/fonts/`` with its licence. If those files are missing (a trimmed install), a system
DejaVu is used; failing that, the core Helvetica with the few characters it lacks replaced, and the
document says so. Lays out the ``Memo`` model only; returns bytes; writes nothing.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from .memo import Memo, MemoCharge, MemoProvision, header_rows

FONT_DIRS = (Path(__file__).resolve().parent / "fonts", Path("/usr/share/fonts/truetype/dejavu"),
             Path("/usr/share/fonts/TTF"), Path("/Library/Fonts"), Path("C:/Windows/Fonts"))
FONT_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf", "I": "DejaVuSans-Oblique.ttf"}
FAMILY = "DejaVu"
# Replacements for the core-font fallback only (Latin-1): never used when DejaVu is found.
LATIN1 = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "œ": "oe", "Œ": "OE", "—": "-", "–": "-",
                        "…": "...", "→": "->", "⚠": "!", "·": "-", "\u202f": " ", "≤": "<=", "≥": ">="})
GREY, RED, ORANGE = (90, 90, 90), (176, 0, 32), (156, 87, 0)
STATUS_COLOUR = {"met": (30, 123, 52), "unmet": RED, "unknown": ORANGE, "not_required": (31, 95, 139)}


def find_fonts() -> dict[str, Path] | None:
    for folder in FONT_DIRS:
        paths = {style: folder / name for style, name in FONT_FILES.items()}
        if all(p.is_file() for p in paths.values()):
            return paths
    return None


class _PDF(FPDF):
    def __init__(self, memo: Memo, fonts: dict[str, Path] | None) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.memo = memo
        self.unicode = fonts is not None
        if fonts:
            for style, path in fonts.items():
                self.add_font(FAMILY, style, str(path))
            self.family = FAMILY
        else:
            self.family = "Helvetica"
        self.set_margins(18, 18, 18)
        self.set_auto_page_break(True, margin=18)
        self.alias_nb_pages()

    def txt(self, text: str) -> str:
        return text if self.unicode else text.translate(LATIN1).encode("latin-1", "replace").decode("latin-1")

    def header(self) -> None:
        self.set_font(self.family, "B", 8)
        self.set_text_color(*RED)
        self.cell(0, 5, self.txt(f"{self.memo.label('confidential')} — {self.memo.reference}"), align="R",
                  new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(2)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(self.family, "", 8)
        self.set_text_color(*GREY)
        self.cell(0, 5, self.txt(f"{self.memo.title} — {self.page_no()}/{{nb}}"), align="C")
        self.set_text_color(0, 0, 0)

    # ---- building blocks ----
    def heading(self, text: str, level: int) -> None:
        size = {0: 16, 1: 13, 2: 11.5, 3: 10.5}[level]
        if self.will_page_break(size * 2):
            self.add_page()
        self.ln(2 if level > 1 else 4)
        if level <= 2:
            self.start_section(self.txt(text)[:120], level=max(0, level - 1), strict=False)
        self.set_font(self.family, "B", size)
        self.multi_cell(0, size * 0.5, self.txt(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(1)
        self.set_font(self.family, "", 9.5)

    def para(self, text: str, style: str = "", colour: tuple[int, int, int] | None = None,
             size: float = 9.5, indent: float = 0) -> None:
        self.set_font(self.family, style, size)
        if colour:
            self.set_text_color(*colour)
        self.set_x(self.l_margin + indent)
        self.multi_cell(0, size * 0.5, self.txt(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.set_font(self.family, "", 9.5)
        self.ln(1)

    def bullet(self, text: str, colour: tuple[int, int, int] | None = None, style: str = "",
               indent: float = 0) -> None:
        self.para(f"• {text}", style=style, colour=colour, indent=indent)

    def grid(self, headers: list[str], rows: list[list[str]], widths: tuple[float, ...],
             colours: list[tuple[int, int, int] | None] | None = None, colour_col: int = -1) -> None:
        if not rows:
            self.para("—")
            return
        self.set_font(self.family, "", 8.5)
        with self.table(col_widths=widths, text_align="LEFT", line_height=4.2, padding=1,
                        headings_style=_heading_style(self.family), first_row_as_headings=True) as table:
            table.row([self.txt(h) for h in headers])
            for index, values in enumerate(rows):
                row = table.row()
                for col, value in enumerate(values):
                    colour = colours[index] if colours and col == colour_col else None
                    if colour:
                        from fpdf.fonts import FontFace

                        row.cell(self.txt(value or "—"), style=FontFace(color=colour, emphasis="BOLD"))
                    else:
                        row.cell(self.txt(value or "—"))
        self.ln(2)
        self.set_font(self.family, "", 9.5)


def _heading_style(family: str):  # type: ignore[no-untyped-def]
    from fpdf.fonts import FontFace

    return FontFace(family=family, emphasis="BOLD", fill_color=(230, 230, 230))


def render_pdf(memo: Memo) -> bytes:
    fonts = find_fonts()
    pdf = _PDF(memo, fonts)
    L = memo.label
    pdf.set_title(pdf.txt(f"{memo.title} — {memo.reference}"))
    pdf.set_author(pdf.txt(memo.author))
    pdf.set_lang("fr-FR" if memo.lang == "fr" else "en-GB")
    pdf.set_creator("trafficking-cli")
    pdf.set_creation_date(datetime.fromisoformat(memo.date))
    pdf.add_page()
    pdf.heading(f"{memo.title} — {memo.reference}", 0)
    pdf.para(f"{L('confidential')} — {L('confidential_note')}", style="B", colour=RED)
    pdf.grid([L("field"), L("value")], header_rows(memo), (45, 129))
    pdf.para(L("disclaimer"), style="I", colour=GREY, size=8.5)
    if not fonts:
        pdf.para("Police Unicode absente : typographie simplifiée. / Unicode font missing: simplified typography.",
                 style="I", colour=ORANGE)

    pdf.heading(f"1. {L('h.summary')}", 1)
    pdf.para(memo.summary or L("none"))
    pdf.heading(f"2. {L('h.parties')}", 1)
    pdf.heading(L("h.victims"), 2)
    pdf.grid([L("code"), L("age"), L("sex"), L("nationality"), L("minor")],
             [[v["id"], v["age"], v["sex"], v["nationality"], v["minor"]] for v in memo.victims],
             (20, 30, 20, 34, 70))
    pdf.heading(L("h.suspects"), 2)
    pdf.grid([L("code"), L("role")], [[s["id"], s["role"]] for s in memo.suspects], (20, 154))
    pdf.heading(L("h.evidence"), 2)
    pdf.grid([L("exhibit"), L("kind"), L("description"), L("supports")],
             [[e["id"], e["kind_label"], e["description"], e["supports"]] for e in memo.evidence],
             (16, 28, 70, 60))

    pdf.heading(f"3. {L('h.charges')}", 1)
    pdf.para(L("examined", offences=memo.examined), colour=GREY, size=8.5)
    if not memo.charges:
        pdf.para(L("no_charge"), style="B")
    for charge in memo.charges:
        _charge(pdf, memo, charge)
    if memo.considered:
        pdf.heading(L("h.considered"), 2)
        pdf.grid([L("offence"), L("victim"), L("decision")],
                 [[f"{c.name} ({c.offence})", c.victim, c.reason] for c in memo.considered], (62, 16, 96))

    pdf.heading(f"4. {L('h.penalties')}", 1)
    pdf.grid([L("charge"), L("victim"), L("penalty"), L("text_status"), L("basis")],
             [[f"{c.number}. {c.name}", c.victim, c.penalty.summary if c.penalty else "—",
               c.penalty.status_label if c.penalty else "—",
               c.penalty.provision.short if c.penalty and c.penalty.provision else "—"] for c in memo.charges],
             (40, 17, 38, 24, 55))

    pdf.heading(f"5. {L('h.law')}", 1)
    pdf.para(L("facts_date_line", date=memo.facts_date))
    pdf.grid([L("instrument"), L("applies"), L("reason")],
             [[f"{i.name} ({i.id})", i.applies_label, " ".join((i.reason, *i.notes))] for i in memo.instruments],
             (48, 18, 108))
    for i in memo.instruments:
        if i.caveats:
            pdf.para(L("caveats_of", name=i.name), style="B")
            for caveat in i.caveats:
                pdf.bullet(caveat, colour=ORANGE)

    pdf.heading(f"6. {L('h.gaps')}", 1)
    pdf.grid(["#", L("victim"), L("gap"), L("step")],
             [[str(n), g.victim, g.subject, g.step] for n, g in enumerate(memo.gaps, start=1)], (8, 17, 68, 81))
    pdf.heading(f"7. {L('h.protection')}", 1)
    pdf.para(L("protection_intro"))
    pdf.grid([L("measure"), L("why"), L("basis"), L("status"), L("caveat")],
             [[d.label, d.why, "; ".join(x.short for x in d.basis) or d.basis_note or "—", d.status_label,
               d.caveat or "—"] for d in memo.protection], (30, 26, 42, 22, 54))
    if memo.warnings:
        pdf.heading(f"8. {L('h.warnings')}", 1)
        for w in memo.warnings:
            pdf.bullet(f"⚠ {w}", colour=ORANGE)

    pdf.heading(L("h.annex"), 1)
    pdf.para(L("annex_intro"), style="I", colour=GREY, size=8.5)
    for provision in memo.annex:
        _provision(pdf, memo, provision)
    pdf.ln(4)
    pdf.para(L("footer", date=memo.date), style="I", colour=GREY, size=8.5)
    return bytes(pdf.output())


def _charge(pdf: _PDF, memo: Memo, c: MemoCharge) -> None:
    L = memo.label
    sep = memo.sep
    pdf.heading(f"3.{c.number} {c.name} — {c.victim}{sep}{c.status_label}", 2)
    pdf.para(c.qualification)
    pdf.para(f"{L('legal_basis')}{sep}" + "; ".join(x.short for x in c.provisions), size=8.5)
    pdf.heading(L("h.elements"), 3)
    pdf.grid([L("element"), L("status"), L("facts"), L("evidence"), L("basis")],
             [[e.label, e.status_label + (f" — {e.note}" if e.note else ""), "\n".join(e.fact_labels) or "—",
               "\n".join(e.evidence_labels) or "—", "\n".join(x.short for x in e.provisions)] for e in c.elements],
             (28, 32, 46, 26, 42), colours=[STATUS_COLOUR.get(e.status) for e in c.elements], colour_col=1)
    pdf.heading(L("h.aggravating"), 3)
    for a in c.aggravating:
        pdf.bullet(f"{a.label} ({a.id}) — {a.verified_label} — {a.effect}"
                   + (f" — {a.provision.short}" if a.provision else ""),
                   colour=None if a.verified else ORANGE)
    if not c.aggravating:
        pdf.para(L("none_recorded"), colour=GREY)
    pdf.heading(L("h.penalty"), 3)
    for p in filter(None, (c.penalty, *c.other_penalties)):
        pdf.bullet(f"{p.summary} — {p.provision.short if p.provision else '—'}", style="B")
        if p.source_text:
            text = " ".join(p.source_text.split())
            quoted = f"« {text} »" if p.text_status in ("verbatim", "partial") else f"({text})"
            pdf.para(f"{L('as_source_says', status=p.status_label)} {quoted}", size=8.5, indent=5)
        if p.additional:
            pdf.para(f"{L('additional')} {p.additional}", size=8.5, indent=5)
    if c.warnings:
        pdf.heading(L("h.charge_warnings"), 3)
        for w in c.warnings:
            pdf.bullet(f"⚠ {w}", colour=ORANGE)


def _provision(pdf: _PDF, memo: Memo, p: MemoProvision) -> None:
    L = memo.label
    title = f"{p.cite.citation} [{p.cite.id}]"
    if p.heading and p.heading not in p.cite.citation:
        title += f" — {p.heading}"
    pdf.heading(title, 3)
    sep = memo.sep
    pdf.para(f"{L('text_status')}{sep}{p.cite.status_label}", style="B", size=8.5)
    if p.text:
        text = " ".join(p.text.split())
        pdf.para(f"« {text} »" if p.quoted else f"({text})", style="" if p.quoted else "I", size=8.5, indent=4)
    else:
        pdf.para(L("no_text"), style="I", colour=GREY, size=8.5)
    for w in p.warnings:
        pdf.bullet(f"⚠ {w}", colour=ORANGE)
    for source in p.sources:
        pdf.para(f"{L('sources')}{sep}{source}", colour=GREY, size=7.5)
