"""The ``search`` command: ranked full-text search of the law, and of the checklists (labelled as such)."""

from __future__ import annotations

from typing import Annotated

import typer

from ..app import H, State, app
from .law import JsonFlag, print_json


# Unknown options are read as words: ``trafficking search -x`` searches "-x" instead of failing.
@app.command(context_settings={"ignore_unknown_options": True}, help=H(
    "Recherche classée dans la loi (texte original et traduction) et dans les listes, avec ou sans accents, "
    "en français ou en anglais. Ex. : trafficking search mendicité ; trafficking search art 7.",
    "Ranked search of the law (original text and translation) and of the checklists, with or without "
    "accents, in French or English. E.g.: trafficking search forced begging; trafficking search art 7."))
def search(
    ctx: typer.Context,
    words: Annotated[list[str], typer.Argument(
        help=H("Mots à chercher, avec ou sans accents, en français ou en anglais ; ou une référence (art 7).",
               "Words to look for, with or without accents, in French or English; or a reference (art 7)."),
        show_default=False, metavar="QUERY")],
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, max=200,
                                       help=H("Nombre de résultats.", "Number of results."))] = 10,
    instrument: Annotated[str | None, typer.Option(
        "--instrument", "-i", help=H("Seulement ce texte (ml-loi-2012-023, palermo…) ou cette liste (A…E).",
                                     "Only this instrument (ml-loi-2012-023, palermo…) or checklist (A…E)."))] = None,
    as_json: JsonFlag = False,
) -> None:
    """The ranked search; the help text is above, in both languages."""
    from trafficking_cli.search import engine

    from ..ui import search as ui_search

    state: State = ctx.obj
    corpus = state.corpus()
    try:
        result = engine.search(corpus, " ".join(words), cache_dir=state.cache_dir(), limit=limit,
                               instrument=instrument, lang=state.lang)
    except engine.SearchQueryError as error:
        ui_search.print_query_error(state.console(stderr=True), error.reason, state.lang)
        raise typer.Exit(int(error.exit_code)) from None
    view = engine.result_view(corpus, result, state.lang)
    print_json(view) if as_json else ui_search.render_results(state.console(), view, state.lang)
