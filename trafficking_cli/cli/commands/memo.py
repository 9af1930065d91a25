"""``trafficking memo CASE``: the charging memo, in the terminal or as a file (md, docx, pdf, json)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from trafficking_cli.errors import UsageError
from trafficking_cli.i18n import t

from ..app import State, app, help_text

if TYPE_CHECKING:
    from trafficking_cli.memo.model import Memo


@app.command(help=help_text("help.memo"))
def memo(
    ctx: typer.Context,
    case: Annotated[str, typer.Argument(metavar="CASE", help=help_text("help.memo.case"))],
    fmt: Annotated[str | None, typer.Option("--format", "-f", help=help_text("help.memo.format"))] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help=help_text("help.memo.output"))] = None,
    author: Annotated[str | None, typer.Option("--author", help=help_text("help.memo.author"))] = None,
    court: Annotated[str | None, typer.Option("--court", help=help_text("help.memo.court"))] = None,
    office: Annotated[str | None, typer.Option("--office", help=help_text("help.memo.office"))] = None,
    as_of: Annotated[str | None, typer.Option("--as-of", help=help_text("help.memo.as_of"))] = None,
    force: Annotated[bool, typer.Option("--force", help=help_text("help.memo.force"))] = False,
    draft: Annotated[bool, typer.Option("--draft", help=help_text("help.memo.draft"))] = False,
) -> None:
    """La note de qualification : éléments, droit applicable, peines, lacunes, protection.
    Ex. : trafficking memo dossier.yaml --format docx --output note.docx"""
    from trafficking_cli.analysis.analyse import analyse  # lazy: the other commands must not pay for the memo
    from trafficking_cli.memo import build_memo, render

    from .case import open_case

    state: State = ctx.obj
    fmt = format_for(fmt, output, state.lang)
    _check_request(state, case, fmt, output, force)  # before the case is opened: no passphrase asked in vain
    assessed = _as_of(as_of, state.lang)
    the_case = open_case(state, case)  # a path or a saved case's name; asks an encrypted case's passphrase
    corpus = state.corpus()
    the_memo = build_memo(analyse(the_case, corpus, assessed), corpus, state.lang, author, court or "",
                          office or "", drafts=draft)
    if fmt == "terminal":
        _terminal(state, the_memo, output)
    else:
        _emit(state, render(the_memo, fmt), output, page=fmt == "md")  # JSON is never paged (as --json)


def _as_of(value: str | None, lang: str) -> date:
    """``--as-of``: the date the memo assesses the case at (the clock is read here, never in the core)."""
    from trafficking_cli.checklists.answers import parse_day  # the days case set accepts: 2026-01-15, 15/01/2026

    if value is None:
        return date.today()
    day = parse_day(value)
    if day is None:
        raise UsageError(t("memo.error.as_of", lang, value=value), hint=t("memo.error.as_of_hint", lang))
    return day


# The extensions that name a format; any other (or none) leaves the choice to --format (default: terminal text).
EXTENSIONS = {".md": "md", ".markdown": "md", ".docx": "docx", ".pdf": "pdf", ".json": "json"}


def format_for(fmt: str | None, output: Path | None, lang: str) -> str:
    """The format asked for: ``--format``, else the one ``--output``'s extension names, else the terminal's.

    ``--output note.pdf --format md`` is refused: the file would not be what its name says.
    """
    implied = EXTENSIONS.get(output.suffix.lower()) if output is not None else None
    if fmt is None:
        return implied or "terminal"
    if implied is not None and implied != fmt and output is not None:
        wanted = next((ext for ext, f in EXTENSIONS.items() if f == fmt), "")
        raise UsageError(t("memo.error.extension", lang, fmt=fmt, path=output.name, implied=implied),
                         hint=t("memo.error.extension_hint", lang, ext=wanted.lstrip(".") or fmt))
    return fmt


def stdout_is_terminal() -> bool:
    return sys.stdout.isatty()


def _check_request(state: State, case: str, fmt: str, output: Path | None, force: bool = False) -> None:
    """Refuse an unknown format, a binary file poured into a terminal, or an output path that cannot be."""
    from trafficking_cli.memo import BINARY_FORMATS, FORMATS

    if fmt not in FORMATS:
        raise UsageError(t("memo.error.format", state.lang, fmt=fmt), hint=" | ".join(FORMATS))
    if fmt in BINARY_FORMATS and output is None and stdout_is_terminal():
        raise UsageError(t("memo.error.binary", state.lang, fmt=fmt),
                         hint=t("memo.error.binary_hint", state.lang, case=case, fmt=fmt))
    if output is not None:
        from ..outfile import check_output
        from .case import case_path

        check_output(state, output, force=force, case=case_path(case))


def _emit(state: State, rendered: str | bytes, output: Path | None, page: bool = False) -> None:
    """To ``output`` if given, else to stdout: bytes as they are (a pipe), text as text (``page``: through
    the pager on a terminal)."""
    if output is not None:
        _write(state, output, rendered.encode("utf-8") if isinstance(rendered, str) else rendered)
    elif isinstance(rendered, bytes):
        sys.stdout.buffer.write(rendered)
        sys.stdout.buffer.flush()
    elif page and state.stdout_isatty:
        from ..output import write_document  # the memo is the longest screen: paged like every other

        write_document(state, rendered)
    else:
        typer.echo(rendered, nl=False)


def _terminal(state: State, the_memo: Memo, output: Path | None) -> None:
    from ..ui.memo import memo_text, render_memo

    if output is None:
        from ..output import draw  # through the pager when taller than the window, as every long screen

        draw(state, lambda console: render_memo(console, the_memo))
        return
    _write(state, output, memo_text(the_memo).encode("utf-8"))


def _write(state: State, output: Path, data: bytes) -> None:
    from ..outfile import write_output  # atomic for a file, into a pipe or a device, never half a memo

    write_output(output, data)
    state.console(stderr=True).print(t("memo.written", state.lang, path=output), markup=False)
