"""Terminal rendering of search results, and the search messages in French and English.

rich is imported inside the functions that draw: ``--json`` and the one-line errors do not pay for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trafficking_cli.i18n import t

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

HIGHLIGHT = "bold reverse"  # visible with or without colour


def print_query_error(console: Console, reason: str, lang: str) -> None:
    """One line on stderr saying why nothing was searched and what to type instead."""
    from rich.text import Text

    console.print(Text.assemble((t("error", lang) + " : " if lang == "fr" else t("error", lang) + ": ",
                                 "bold red"), t(f"search.error.{reason}", lang)))


def render_results(console: Console, view: dict[str, Any], lang: str) -> None:
    from rich.text import Text

    for notice in view["notices"]:
        console.print(Text(t(f"search.notice.{notice}", lang, query=view["query"]), style="yellow"))
    if view["suggestion"]:
        console.print(Text(t("search.did_you_mean", lang, suggestion=view["suggestion"]), style="yellow"))
    if not view["results"]:
        console.print(Text(t("search.none", lang, query=view["query"])))
        return
    from .fit import fits

    table = results_table(view, lang)
    if fits(console, table):
        console.print(table)
    else:  # too narrow for the ids and the words side by side: one block per result, nothing cut
        _render_blocks(console, view, lang)
    shown, total = len(view["results"]), view["total"]
    if shown < total:
        console.print(Text(t("search.shown", lang, shown=shown, total=total), style="dim"))
    console.print(Text(t("search.footer", lang), style="dim"))


def _render_blocks(console: Console, view: dict[str, Any], lang: str) -> None:
    from rich.text import Text

    console.print(Text(t("search.title", lang, total=view["total"], query=view["query"]), style="bold"))
    for rank, hit in enumerate(view["results"], 1):
        score = t("search.reference", lang) if hit["match"] == "reference" else f"{hit['score']:.1f}"
        console.print()
        console.print(Text.assemble((f"{rank}. ", "bold"), status_badge(hit, lang), f"  {score}"))
        console.print(reference_cell(hit))
        console.print(snippet_cell(hit, lang))


def results_table(view: dict[str, Any], lang: str) -> Table:
    from rich.table import Table

    table = Table(title=t("search.title", lang, total=view["total"], query=view["query"]), show_lines=True,
                  title_justify="left")
    # Fixed widths where the content is known: a steadier layout, and rich has less to measure.
    table.add_column(t("search.col.rank", lang), justify="right", style="dim", width=3)
    longest_id = max((len(hit["id"]) for hit in view["results"]), default=0)  # an id is typed back: never cut
    table.add_column(t("search.col.reference", lang), overflow="fold", min_width=longest_id,
                     max_width=max(34, longest_id))
    # Wide enough for the checklist badge ("LISTE (pas la loi)") only when one is shown.
    has_items = any(hit["text_status"] is None for hit in view["results"])
    table.add_column(t("search.col.status", lang), width=(22 if lang == "fr" else 21) if has_items else 12)
    table.add_column(t("search.col.snippet", lang), overflow="fold", ratio=1)
    table.add_column(t("search.col.score", lang), justify="right", width=5)
    for rank, hit in enumerate(view["results"], 1):
        score = t("search.reference", lang) if hit["match"] == "reference" else f"{hit['score']:.1f}"
        table.add_row(str(rank), reference_cell(hit), status_badge(hit, lang), snippet_cell(hit, lang), score)
    return table


def reference_cell(hit: dict[str, Any]) -> Text:
    from rich.text import Text

    cell = Text(hit["citation"], style="bold")
    if hit["heading"] and hit["heading"] not in hit["citation"]:  # unnumbered: the citation is the heading
        cell.append(f"\n{hit['heading']}")
    cell.append(f"\n{hit['id']}", style="dim")
    return cell


def status_badge(hit: dict[str, Any], lang: str) -> Text:
    from .common import badge

    # A checklist item is never law: it gets its own badge, never a text status.
    return badge(hit["text_status"] or "checklist_item", lang, short=True)


def snippet_cell(hit: dict[str, Any], lang: str) -> Text:
    from rich.text import Text

    if not hit["snippet"]:
        return Text(t("search.no_text", lang), style="italic dim")
    cell = Text(hit["snippet"], style="italic" if hit["text_status"] == "paraphrase" else "")
    for start, end in hit["highlights"]:
        cell.stylize(HIGHLIGHT, start, end)
    if hit["snippet_status"] in ("unofficial", "official"):
        status = t(f"search.{hit['snippet_status']}", lang)
        cell.append(f"\n({t('search.translation', lang, status=status)})", style="dim cyan")
    return cell
