"""``checklist list`` / ``checklist show`` in the terminal.

The walk-through itself is ``cli.ui.interview`` (asking) and ``cli.ui.review`` (review screen, summary); its
entry points are re-exported here for callers that knew them from this module.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rich.console import Console
from rich.text import Text

from trafficking_cli import models as m
from trafficking_cli.i18n import t

from .common import print_table
from .interview import Protect, run_interview
from .review import FINISH_WORDS, Pause, describe, render_scripted, render_summary
from .widgets import titled_table

__all__ = ["FINISH_WORDS", "Pause", "Protect", "describe", "render_checklist", "render_checklists",
           "render_scripted", "render_summary", "run_interview"]


def render_checklists(console: Console, view: dict[str, Any], lang: str) -> None:
    table = titled_table(t("ui.cl.list.title", lang),
                         (t(f"ui.cl.col.{h}", lang) for h in ("id", "title", "audience", "items", "requires")))
    for c in view["checklists"]:
        requires = t("ui.cl.requires.yes", lang) if c["requires"] else "—"
        table.add_row(c["id"], c["title"][lang] or c["title"]["fr"] or "", t(f"ui.cl.audience.{c['audience']}", lang),
                      str(c["items"]), requires)
    print_table(console, table)
    console.print(Text(t("ui.cl.list.hint", lang), style="dim"))


def render_checklist(console: Console, checklist: m.Checklist, lang: str,
                     labels: Mapping[str, m.Bilingual] | None = None) -> None:
    """``labels``: what the law data calls the elements and aggravations items establish (corpus.labels)."""
    console.print(Text(f"{checklist.id} — {checklist.title.get(lang)}", style="bold"))
    if checklist.description:
        console.print(Text(checklist.description.get(lang) or "", style="italic"))
    console.print(Text(t("ui.cl.legend", lang), style="dim"))
    for section in checklist.sections:
        console.print(Text(f"\n{section.title.get(lang) or section.id}", style="bold cyan"))
        for item in (i for i in checklist.items if i.section == section.id):
            _render_item(console, item, labels or {}, lang)


def _render_item(console: Console, item: m.Item, labels: Mapping[str, m.Bilingual], lang: str) -> None:
    """One item of ``checklist show``: id, marks, text, numbered options, what it is used for (in words)."""
    from .fit import print_whole  # wrapped lines stay under the text (a hanging indent), in a pipe too

    print_whole(console, Text.assemble((f"  {item.id} ", "bold"), (f"[{' · '.join(_marks(item, lang))}] ", "dim"),
                                       item.text.get(lang) or ""), hanging=7)
    for index, option in enumerate(item.options, 1):
        print_whole(console, Text(f"       {index}. {option.label.get(lang)}", style="dim"), hanging=10)
    feeds = _feeds(item, labels, lang)
    if feeds:
        print_whole(console, Text(f"       → {feeds}", style="dim"), hanging=9)


def _feeds(item: m.Item, labels: Mapping[str, m.Bilingual], lang: str) -> str:
    """« sert à : acte, moyens · établit : la menace »: the tags in words, the facts by their labels."""
    def named(ids: tuple[str, ...]) -> str:
        return (" ; " if lang == "fr" else "; ").join(
            (labels[i].get(lang) if i in labels else None) or i for i in dict.fromkeys(ids))

    parts = []
    if item.feeds.tags:
        tags = ", ".join(t(f"ui.cl.tag.{tag}", lang) for tag in item.feeds.tags)
        parts.append(t("ui.cl.feeds.tags", lang, tags=tags))
    for key in ("establishes", "aggravating"):
        ids = getattr(item.feeds, key)
        if ids:
            parts.append(t(f"ui.cl.feeds.{key}", lang, facts=named(ids)))
    return " · ".join(parts)


def _marks(item: m.Item, lang: str) -> list[str]:
    """Mode and type (in words), then ⛔ never asked of a child, 🔒 protected, "if…" conditional (see the legend)."""
    marks = [t(f"ui.cl.mode.short.{item.mode}", lang), t(f"ui.cl.type.{item.type}", lang)]
    if item.never_ask_child:
        marks.append("⛔")
    if item.protected:
        marks.append("🔒")
    if item.when:
        marks.append(t("ui.cl.conditional", lang))
    return marks
