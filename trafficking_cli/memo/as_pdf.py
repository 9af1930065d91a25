"""The charging memo as a PDF (fpdf2): A4, text extractable, French typography intact.

The PDF core fonts cannot print ’ « » œ, so a Unicode TrueType font is embedded: DejaVu Sans, bundled in
``trafficking_cli/fonts/`` with its licence. If those files are missing (a trimmed install), a system
DejaVu is used; failing that, the core Helvetica with the few characters it lacks replaced, and the
document says so. Lays out the ``Memo`` model only (cells from ``memo.layout``), one function per
section as in the other renderers; returns bytes; writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace

from . import layout
from .model import Memo, MemoCharge, MemoProvision

FONT_DIRS = (Path(__file__).resolve().parent / "fonts", Path("/usr/share/fonts/truetype/dejavu"),
             Path("/usr/share/fonts/TTF"), Path("/Library/Fonts"), Path("C:/Windows/Fonts"))
FONT_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf", "I": "DejaVuSans-Oblique.ttf"}
FAMILY = "DejaVu"
# Replacements for the core-font fallback only (Latin-1): never used when DejaVu is found.
LATIN1 = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "œ": "oe", "Œ": "OE", "—": "-", "–": "-",
                        "…": "...", "→": "->", "⚠": "!", "·": "-", "\u202f": " ", "≤": "<=", "≥": ">="})
GREY, RED, ORANGE = (90, 90, 90), (176, 0, 32), (156, 87, 0)
STATUS_COLOUR = {"met": (30, 123, 52), "unmet": RED, "unknown": ORANGE, "not_required": (31, 95, 139)}
SMALL = 8.5  # notes, citations and the annex: smaller than the body text (9.5)


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

    def warning(self, text: str) -> None:
        self.bullet(f"⚠ {text}", colour=ORANGE)

    def grid(self, headers: list[str], rows: list[list[str]], widths: tuple[float, ...],
             colours: list[tuple[int, int, int] | None] | None = None, colour_col: int = -1) -> None:
        """A table with a shaded header; ``colours[i]`` paints row i's ``colour_col`` cell, in bold."""
        if not rows:
            self.para("—")
            return
        self.set_font(self.family, "", 8.5)
        headings_style = FontFace(family=self.family, emphasis="BOLD", fill_color=(230, 230, 230))
        with self.table(col_widths=widths, text_align="LEFT", line_height=4.2, padding=1,
                        headings_style=headings_style, first_row_as_headings=True) as table:
            table.row([self.txt(h) for h in headers])
            for index, values in enumerate(rows):
                row = table.row()
                for col, value in enumerate(values):
                    colour = colours[index] if colours and col == colour_col else None
                    if colour:
                        row.cell(self.txt(value or "—"), style=FontFace(color=colour, emphasis="BOLD"))
                    else:
                        row.cell(self.txt(value or "—"))
        self.ln(2)
        self.set_font(self.family, "", 9.5)


Section = Callable[[_PDF, Memo], None]


def render_pdf(memo: Memo) -> bytes:
    pdf = _PDF(memo, find_fonts())
    _properties(pdf, memo)
    pdf.add_page()
    sections: tuple[Section, ...] = (_header, _summary, _parties, _charges, _penalties, _law, _gaps, _protection,
                                     _general_warnings, _annex, _footer)
    for section in sections:
        section(pdf, memo)
    return bytes(pdf.output())


def _properties(pdf: _PDF, memo: Memo) -> None:
    """Document properties dated from the memo, not the clock: the same memo gives the same file."""
    pdf.set_title(pdf.txt(layout.memo_title(memo)))
    pdf.set_author(pdf.txt(memo.author))
    pdf.set_lang("fr-FR" if memo.lang == "fr" else "en-GB")
    pdf.set_creator("trafficking-cli")
    pdf.set_creation_date(datetime.fromisoformat(memo.date))


# ---- header, facts, parties -----------------------------------------------------------------------

def _header(pdf: _PDF, memo: Memo) -> None:
    L = memo.label
    pdf.heading(layout.memo_title(memo), 0)
    pdf.para(f"{L('confidential')} — {L('confidential_note')}", style="B", colour=RED)
    pdf.grid(*layout.header_grid(memo), (45, 129))
    pdf.para(L("disclaimer"), style="I", colour=GREY, size=SMALL)
    if not pdf.unicode:
        pdf.para("Police Unicode absente : typographie simplifiée. / Unicode font missing: simplified typography.",
                 style="I", colour=ORANGE)


def _summary(pdf: _PDF, memo: Memo) -> None:
    pdf.heading(f"1. {memo.label('h.summary')}", 1)
    pdf.para(memo.summary or memo.label("none"))


def _parties(pdf: _PDF, memo: Memo) -> None:
    L = memo.label
    pdf.heading(f"2. {L('h.parties')}", 1)
    pdf.heading(L("h.victims"), 2)
    pdf.grid(*layout.victims_grid(memo), (20, 30, 20, 34, 70))
    pdf.heading(L("h.suspects"), 2)
    pdf.grid(*layout.suspects_grid(memo), (20, 154))
    pdf.heading(L("h.evidence"), 2)
    pdf.grid(*layout.evidence_grid(memo), (16, 28, 70, 60))


# ---- 3. charges -----------------------------------------------------------------------------------

def _charges(pdf: _PDF, memo: Memo) -> None:
    L = memo.label
    pdf.heading(f"3. {L('h.charges')}", 1)
    pdf.para(L("examined", offences=memo.examined), colour=GREY, size=SMALL)
    if not memo.charges:
        pdf.para(L("no_charge"), style="B")
    for charge in memo.charges:
        _charge(pdf, memo, charge)
    if memo.considered:
        pdf.heading(L("h.considered"), 2)
        pdf.grid(*layout.considered_grid(memo), (62, 16, 96))


def _charge(pdf: _PDF, memo: Memo, c: MemoCharge) -> None:
    pdf.heading(layout.charge_heading(memo, c), 2)
    pdf.para(c.qualification)
    for note in c.notes:
        pdf.para(f"• {note}")
    pdf.para(f"{memo.label('legal_basis')}{memo.sep}" + layout.cite_list(c.provisions), size=SMALL)
    _elements(pdf, memo, c)
    _aggravating(pdf, memo, c)
    _penalty(pdf, memo, c)
    _charge_warnings(pdf, memo, c)


def _elements(pdf: _PDF, memo: Memo, c: MemoCharge) -> None:
    """The elements table, each status in its colour (met green, unmet red, unknown amber)."""
    pdf.heading(memo.label("h.elements"), 3)
    pdf.grid(*layout.elements_grid(memo, c, sep="\n", cite_sep="\n"), (28, 32, 46, 26, 42),
             colours=[STATUS_COLOUR.get(e.status) for e in c.elements], colour_col=1)


def _aggravating(pdf: _PDF, memo: Memo, c: MemoCharge) -> None:
    pdf.heading(memo.label("h.aggravating"), 3)
    for a in c.aggravating:
        pdf.bullet(f"{a.label} ({a.id}) — {a.verified_label}" + layout.aggravation_effect(a),
                   colour=None if a.verified else ORANGE)
    if not c.aggravating:
        pdf.para(memo.label("none_recorded"), colour=GREY)


def _penalty(pdf: _PDF, memo: Memo, c: MemoCharge) -> None:
    pdf.heading(memo.label("h.penalty"), 3)
    for p in layout.penalties_of(c):
        pdf.bullet(f"{p.summary} — {layout.penalty_basis(p)}", style="B")
        if p.source_text:
            pdf.para(layout.source_says(memo, p, layout.one_line(p.source_text)), size=SMALL, indent=5)
        if p.additional:
            pdf.para(f"{memo.label('additional')} {p.additional}", size=SMALL, indent=5)


def _charge_warnings(pdf: _PDF, memo: Memo, c: MemoCharge) -> None:
    if c.warnings:
        pdf.heading(memo.label("h.charge_warnings"), 3)
        for w in c.warnings:
            pdf.warning(w)


# ---- 4.–8. penalties, law, gaps, protection, warnings ---------------------------------------------

def _penalties(pdf: _PDF, memo: Memo) -> None:
    pdf.heading(f"4. {memo.label('h.penalties')}", 1)
    pdf.grid(*layout.penalties_grid(memo), (40, 17, 38, 24, 55))


def _law(pdf: _PDF, memo: Memo) -> None:
    L = memo.label
    pdf.heading(f"5. {L('h.law')}", 1)
    pdf.para(L("facts_date_line", date=memo.facts_date))
    pdf.grid(*layout.instruments_grid(memo), (48, 18, 108))
    for i in memo.instruments:
        if i.caveats:
            pdf.para(L("caveats_of", name=i.name), style="B")
            for caveat in i.caveats:
                pdf.bullet(caveat, colour=ORANGE)


def _gaps(pdf: _PDF, memo: Memo) -> None:
    pdf.heading(f"6. {memo.label('h.gaps')}", 1)
    pdf.grid(*layout.gaps_grid(memo), (8, 17, 68, 81))


def _protection(pdf: _PDF, memo: Memo) -> None:
    pdf.heading(f"7. {memo.label('h.protection')}", 1)
    pdf.para(memo.label("protection_intro"))
    pdf.grid(*layout.protection_grid(memo), (30, 26, 42, 22, 54))


def _general_warnings(pdf: _PDF, memo: Memo) -> None:
    if memo.warnings:
        pdf.heading(f"8. {memo.label('h.warnings')}", 1)
        for w in memo.warnings:
            pdf.warning(w)


# ---- annex and footer -----------------------------------------------------------------------------

def _annex(pdf: _PDF, memo: Memo) -> None:
    pdf.heading(memo.label("h.annex"), 1)
    pdf.para(memo.label("annex_intro"), style="I", colour=GREY, size=SMALL)
    for provision in memo.annex:
        _provision(pdf, memo, provision)


def _provision(pdf: _PDF, memo: Memo, p: MemoProvision) -> None:
    L = memo.label
    pdf.heading(layout.provision_title(p), 3)
    pdf.para(f"{L('text_status')}{memo.sep}{p.cite.status_label}", style="B", size=SMALL)
    if p.text:
        pdf.para(layout.provision_text(p), style="" if p.quoted else "I", size=SMALL, indent=4)
    else:
        pdf.para(L("no_text"), style="I", colour=GREY, size=SMALL)
    for w in p.warnings:
        pdf.warning(w)
    for source in p.sources:
        pdf.para(f"{L('sources')}{memo.sep}{source}", colour=GREY, size=7.5)


def _footer(pdf: _PDF, memo: Memo) -> None:
    pdf.ln(4)
    pdf.para(memo.label("footer", date=memo.date), style="I", colour=GREY, size=SMALL)
