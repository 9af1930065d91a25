"""The ``search`` command: ranked full-text search of the law, and of the checklists (labelled as such)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer

from ..app import State, app, help_text
from ..lines import search_lines
from ..output import emit
from .options import JsonFlag

if TYPE_CHECKING:
    from ..ui.common import Console


# An unknown option is an error, as in every command (a mistyped --json must not give a table); a word
# that starts with a dash goes after ``--``: ``trafficking search -- -x``.
@app.command(help=help_text("help.search"))
def search(
    ctx: typer.Context,
    words: Annotated[list[str], typer.Argument(help=help_text("help.search.query"), show_default=False,
                                               metavar="QUERY")],
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, max=200,
                                       help=help_text("help.search.limit"))] = 10,
    instrument: Annotated[str | None, typer.Option(
        "--instrument", "-i", help=help_text("help.search.instrument"))] = None,
    as_json: JsonFlag = False,
) -> None:
    """The ranked search; its help text is in the catalogue (help.search)."""
    from trafficking_cli.search import engine

    state: State = ctx.obj
    corpus = state.corpus()
    result = engine.search(corpus, " ".join(words), cache_dir=state.cache_dir(), limit=limit,
                           instrument=instrument, lang=state.lang)
    view = engine.result_view(corpus, result, state.lang)
    emit(state, view, _render_results, as_json=as_json, lines=search_lines, notes=_said_around)


def _render_results(console: Console, view: dict[str, Any], lang: str) -> None:
    from ..ui.search import render_results

    render_results(console, view, lang)


def _said_around(view: dict[str, Any], lang: str) -> list[str]:
    """What the line form (records only) leaves out: notices, a suggestion, « no result »."""
    from trafficking_cli.i18n import t

    said = [t(f"search.notice.{notice}", lang, query=view["query"]) for notice in view["notices"]]
    if view["suggestion"]:
        said.append(t("search.did_you_mean", lang, suggestion=view["suggestion"]))
    if not view["results"]:
        said.append(t("search.none", lang, query=view["query"]))
    return said
