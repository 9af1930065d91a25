"""The charging memo as a PDF (fpdf2): A4, text extractable, French typography intact.

The PDF core fonts cannot print ’ « » œ, so a Unicode TrueType font is embedded: DejaVu Sans, bundled in
``trafficking_cli/fonts/`` with its licence. If those files are missing (a trimmed install), a system
DejaVu is used; failing that, the core Helvetica with the few characters it lacks replaced, and the
document says so. Maps the outline's blocks (``memo.outline``) to PDF typography; decides nothing about
sections or numbering. Returns bytes; writes nothing.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from .blocks import Block, Bullets, Fields, Heading, PageBreak, Para, Quote, Table, quote_text
from .model import Memo
from .outline import outline

FONT_DIRS = (Path(__file__).resolve().parent / "fonts", Path("/usr/share/fonts/truetype/dejavu"),
             Path("/usr/share/fonts/TTF"), Path("/Library/Fonts"), Path("C:/Windows/Fonts"))
FONT_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf", "I": "DejaVuSans-Oblique.ttf"}
FAMILY = "DejaVu"
# Replacements for the core-font fallback only (Latin-1): never used when DejaVu is found.
LATIN1 = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "œ": "oe", "Œ": "OE", "—": "-", "–": "-",
                        "…": "...", "→": "->", "⚠": "!", "·": "-", "\u202f": " ", "≤": "<=", "≥": ">="})
GREY, RED, ORANGE = (90, 90, 90), (176, 0, 32), (156, 87, 0)
GREEN, BLUE = (30, 123, 52), (31, 95, 139)
TONE_COLOUR = {"met": GREEN, "established": GREEN, "unmet": RED, "not_established": RED, "alert": RED,
               "unknown": ORANGE, "incomplete": ORANGE, "established_weak": ORANGE, "warn": ORANGE,
               "conditional": BLUE, "not_required": BLUE,
               "note": GREY}
WIDTH = 174  # mm between the margins
GRID_SIZE, GRID_LINE, GRID_PAD = 8.5, 4.2, 1.0  # table text size (pt), line height and cell padding (mm)
DENSE_SIZE, DENSE_LINE = 7.5, 3.5                 # long listings (victims, exhibits, sources)
Cell = tuple[str, str, tuple[int, int, int] | None]  # text, font style, colour
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
        self.widths: dict[tuple[str, float, str], float] = {}
        self.grid_size, self.grid_line = GRID_SIZE, GRID_LINE  # the current table's text size and line height
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
        line_height = size * 0.5
        for line in self.wrap(self.txt(text), self.epw - indent):
            if self.get_y() + line_height > self.page_break_trigger:
                self.add_page()
                self.set_font(self.family, style, size)
                if colour:
                    self.set_text_color(*colour)
            self.line_at(self.l_margin + indent, self.get_y(), line_height, line)
            self.set_xy(self.l_margin, self.get_y() + line_height)
        self.set_text_color(0, 0, 0)
        self.set_font(self.family, "", 9.5)
        self.ln(1)

    def line_at(self, x: float, top: float, height: float, line: str) -> None:
        """One line of already-broken text in a box of ``height`` from ``top``, set as ``cell`` would set it
        (``text`` is the lighter call: a long case prints thousands of lines)."""
        if line:
            self.text(x, top + 0.5 * height + 0.3 * self.font_size, line)

    # ---- line breaking ----
    # fpdf2 measures a line again for every character it adds (quadratic in the line's length); a long case
    # has some 80,000 characters of tables. Words are measured once each (and remembered), lines built greedily.
    def wrap(self, text: str, width: float) -> list[str]:
        """``text`` broken into lines no wider than ``width`` in the current font; a newline always breaks."""
        lines: list[str] = []
        space = self.measure(" ")
        for paragraph in text.split("\n"):
            line, used = "", 0.0
            for word in paragraph.split(" "):
                w = self.measure(word)
                if line and used + space + w <= width:
                    line, used = f"{line} {word}", used + space + w
                    continue
                if line:
                    lines.append(line)
                pieces = self.split_word(word, width) if w > width else [word]
                lines += pieces[:-1]
                line, used = pieces[-1], self.measure(pieces[-1])
            lines.append(line)
        return lines

    def measure(self, word: str) -> float:
        key = (self.font_style, self.font_size_pt, word)
        found = self.widths.get(key)
        if found is None:
            found = self.widths[key] = self.get_string_width(word)
        return found

    def split_word(self, word: str, width: float) -> list[str]:
        """A word wider than the column (a URL): cut where it no longer fits."""
        pieces, piece = [], ""
        for char in word:
            if piece and self.measure(piece + char) > width:
                pieces.append(piece)
                piece = ""
            piece += char
        return [*pieces, piece]

    def bullet(self, text: str, colour: tuple[int, int, int] | None = None, style: str = "",
               indent: float = 0) -> None:
        self.para(f"• {text}", style=style, colour=colour, indent=indent)

    def warning(self, text: str) -> None:
        self.bullet(f"⚠ {text}", colour=ORANGE)

    def grid(self, headers: list[str], rows: list[list[str]], widths: tuple[float, ...],
             colours: list[tuple[int, int, int] | None] | None = None, colour_col: int = -1,
             bold_first: bool = False) -> None:
        """A ruled table, its header row shaded and repeated on each page; ``colours[i]`` paints row i's
        ``colour_col`` cell in bold. Each cell's lines are broken once (fpdf2's own table breaks them twice,
        which doubles the time of a long case)."""
        if not rows:
            self.para("—")
            return
        head: list[Cell] = [(h, "B", None) for h in headers]
        if head:
            self._row(head, widths, shaded=True)
        for index, values in enumerate(rows):
            colour = colours[index] if colours and index < len(colours) else None
            cells: list[Cell] = [
                (value or "—", "B" if (col == colour_col and colour) or (bold_first and col == 0) else "",
                 colour if col == colour_col else None) for col, value in enumerate(values)]
            self._row(cells, widths, header=head)
        self.ln(2)
        self.set_font(self.family, "", 9.5)

    def _row(self, cells: list[Cell], widths: tuple[float, ...], shaded: bool = False,
             header: list[Cell] | None = None) -> None:
        """One row; a row longer than the page goes on over the next, under the repeated header row."""
        lines = []
        for (text, style, _), width in zip(cells, widths, strict=True):
            self.set_font(self.family, style, self.grid_size)
            lines.append(self.wrap(self.txt(text), width - 2 * GRID_PAD))
        done = 0
        while done < max(len(x) for x in lines):
            room = int((self.page_break_trigger - self.get_y() - 2 * GRID_PAD) // self.grid_line)
            if room < min(2, max(len(x) for x in lines) - done):
                self.add_page()
                if header:
                    self._row(header, widths, shaded=True)
                continue
            self._slice(cells, widths, [x[done:done + room] for x in lines], shaded)
            done += room

    def _slice(self, cells: list[Cell], widths: tuple[float, ...],
               lines: list[list[str]], shaded: bool) -> None:
        height = max(1, max(len(x) for x in lines)) * self.grid_line + 2 * GRID_PAD
        x, y = self.l_margin, self.get_y()
        self.set_fill_color(230, 230, 230)
        for (_, style, colour), width, cell_lines in zip(cells, widths, lines, strict=True):
            self.rect(x, y, width, height, style="DF" if shaded else "D")
            self.set_font(self.family, style, self.grid_size)
            if colour:
                self.set_text_color(*colour)
            for k, line in enumerate(cell_lines):
                self.line_at(x + GRID_PAD, y + GRID_PAD + k * self.grid_line, self.grid_line, line)
            self.set_text_color(0, 0, 0)
            x += width
        self.set_xy(self.l_margin, y + height)


def render_pdf(memo: Memo) -> bytes:
    pdf = _PDF(memo, find_fonts())
    _properties(pdf, memo)
    pdf.add_page()
    if not pdf.unicode:
        pdf.para("Police Unicode absente : typographie simplifiée. / Unicode font missing: simplified typography.",
                 style="I", colour=ORANGE)
    for block in outline(memo):
        _block(pdf, block)
    return bytes(pdf.output())


def _block(pdf: _PDF, block: Block) -> None:
    if isinstance(block, Heading):
        pdf.heading(block.text, block.level)
    elif isinstance(block, Para):
        _para(pdf, block.text, block.tone)
    elif isinstance(block, Bullets):
        for item in block.items:
            _para(pdf, ("• ⚠ " if block.tone == "warn" else "• ") + item, block.tone)
    elif isinstance(block, Fields):
        pdf.grid_size, pdf.grid_line = GRID_SIZE, GRID_LINE
        pdf.grid([], [list(row) for row in block.rows], (45, 129), bold_first=True)
    elif isinstance(block, Table):
        pdf.grid_size, pdf.grid_line = (DENSE_SIZE, DENSE_LINE) if block.dense else (GRID_SIZE, GRID_LINE)
        pdf.grid(list(block.headers), [list(row) for row in block.rows], _widths(block),
                 colours=[TONE_COLOUR.get(t) for t in block.tones], colour_col=block.tone_col)
    elif isinstance(block, Quote):
        pdf.para(quote_text(block.text, block.is_law), style="" if block.is_law else "I", size=SMALL, indent=4)
    elif isinstance(block, PageBreak):
        pdf.add_page()


def _para(pdf: _PDF, text: str, tone: str) -> None:
    style = "B" if tone in ("strong", "alert") else "I" if tone in ("note", "draft") else ""
    pdf.para(text, style=style, colour=TONE_COLOUR.get(tone), size=SMALL if tone == "note" else 9.5)


def _widths(table: Table) -> tuple[float, ...]:
    """The outline's relative widths scaled to the page; none given: equal columns."""
    weights = table.widths if len(table.widths) == len(table.headers) else (1,) * len(table.headers)
    total = sum(weights)
    return tuple(WIDTH * w / total for w in weights)


def _properties(pdf: _PDF, memo: Memo) -> None:
    """Document properties dated from the memo, not the clock: the same memo gives the same file."""
    pdf.set_title(pdf.txt(f"{memo.title} — {memo.reference}"))
    pdf.set_author(pdf.txt(memo.author))
    pdf.set_lang("fr-FR" if memo.lang == "fr" else "en-GB")
    pdf.set_creator("trafficking-cli")
    pdf.set_creation_date(datetime.fromisoformat(memo.date))
