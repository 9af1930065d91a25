"""Terminal rendering with rich: panels, badges, tables, and the console itself.

Only ``cli/ui`` imports rich (the ``rich`` contract of .importlinter); the commands, ``env`` and ``output``
take the ``Console`` type from here, for their annotations only.
"""

from __future__ import annotations

import errno
import re
from typing import TYPE_CHECKING, Any

from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.text import Text

if TYPE_CHECKING:
    from rich.table import Table

from trafficking_cli.i18n import t

STATUS_STYLE = {"verbatim": "bold white on green", "partial": "bold black on yellow",
                "paraphrase": "bold white on dark_orange3", "missing": "bold white on red"}


def _table(**options: Any) -> Table:
    from rich.table import Table  # only the screens that draw one pay for it (rich.table imports decimal)

    return Table(**options)


# A word, with what follows a space and starts with a French closing sign glued to it (« mot : »,
# « mot ; », « mot »). »), and an opening guillemet (« l’« ») glued to the word after it: rich wraps at
# any space, so a French line could otherwise begin with « : » or « ; », or end on a lone « « ».
# A no-break space (U+00A0, U+202F) is part of the word, as its name says: « 1 incomplète » stays whole.
# A list's « · » stays at the end of its line too (« verbatim · » / « n° déduit »), never at the start of the next.
_SPACE, _INK = r"[^\S\u00a0\u202f]", r"[\S\u00a0\u202f]"
_FRENCH_WORD = re.compile(rf"{_SPACE}*(?:{_INK}*[«“]{_SPACE}+)?{_INK}+(?:{_SPACE}+[:;!?»”·]{_INK}*)*{_SPACE}*")


def keep_french_punctuation() -> None:
    """Teach rich's line breaking the French rule (idempotent; rich reads its word pattern at each wrap)."""
    from rich import _wrap

    _wrap.re_word = _FRENCH_WORD


class _Console(Console):
    def on_broken_pipe(self) -> None:
        # rich would exit 1 itself; the error boundary decides instead (a closed pipe ends silently with 0)
        raise BrokenPipeError(errno.EPIPE, "Broken pipe")


def print_table(console: Console, table: Table) -> None:
    from .fit import print_table as fitted

    fitted(console, table)


def make_console(no_color: bool = False, stderr: bool = False, file: Any = None, width: int | None = None,
                 height: int | None = None) -> Console:
    # rich already honours NO_COLOR and turns colour off when the output is not a terminal.
    keep_french_punctuation()
    # stderr carries errors and warnings with paths and commands: never hard-wrapped (soft_wrap)
    return _Console(stderr=stderr, file=file, width=width, height=height, no_color=no_color or None,
                    highlight=False, soft_wrap=stderr)


def badge(status: str, lang: str, short: bool = False) -> Text:
    label = t(f"short.{status}" if short else f"status.{status}", lang)
    return Text(f" {label} ", style=STATUS_STYLE.get(status, "bold"))


def _colon(label: str, lang: str) -> str:
    # French typography puts a (non-breaking) space before the colon; English does not.
    return f"{label}\u00a0: " if lang == "fr" else f"{label}: "


def _lang_name(code: str, lang: str) -> str:
    names = {"fr": {"fr": "français", "en": "French"}, "en": {"fr": "anglais", "en": "English"}}
    return names.get(code, {}).get(lang, code)


def render_provision(console: Console, view: dict[str, Any], lang: str) -> None:
    title, heading = _panel_title(view, console.width)
    body: list[Any] = [heading, _heading_line(view, lang), _number_line(view, lang)]
    original = view["original_language"]
    for code, status in view["text_status_by_language"].items():
        body.append(Text.assemble((t("show.original", lang, language=_lang_name(code, lang)), "bold"), "  ",
                                  badge(status, lang)))
        text = view["text"].get(code)
        body.append(_quoted(text, status) if text else Text(t("show.no_text", lang), style="italic red"))
        body.append(Text(""))
    for code, status in view["translation_status_by_language"].items():
        text = view["text"].get(code)
        if text and code != original:
            label = t("show.translation", lang, language=_lang_name(code, lang), status=t(f"status.{status}", lang))
            body += [Text(label, style="bold cyan"), Text(text, style="cyan"), Text("")]
    body += _details(view, lang)
    subtitle: Text | None = Text(view["id"])
    if not _fits_border(Text(view["id"]), console.width):  # an id is typed back: whole, inside, not cropped
        body.append(Text(view["id"], style="dim"))
        subtitle = None
    console.print(Panel(Group(*[b for b in body if b is not None]), title=title, title_align="left",
                        subtitle=subtitle, subtitle_align="right", border_style=_border(view["text_status"])))


def _panel_title(view: dict[str, Any], width: int) -> tuple[Text | None, Text | None]:
    """The panel's title, and what of it goes inside, whole, where rich would crop it on the border."""
    # Text, not markup: a string title is parsed for markup and :emoji: codes (and imports rich's 19 ms emoji table)
    whole = Text.assemble((view["citation"], "bold"), f" — {view['heading']}" if view["heading"] else "")
    citation = Text(view["citation"], style="bold")
    if _fits_border(whole, width):
        return whole, None
    if _fits_border(citation, width):
        return citation, Text(view["heading"], style="bold") if view["heading"] else None
    return None, whole


def _fits_border(text: Text, width: int) -> bool:
    """Does ``text`` fit whole in a panel's border (a corner, a line and a space each side)?"""
    return text.cell_len + 6 <= width


def _border(status: str) -> str:
    return {"verbatim": "green", "partial": "yellow", "paraphrase": "dark_orange3"}.get(status, "red")


def _heading_line(view: dict[str, Any], lang: str) -> Text | None:
    if not view["heading"] or view["heading_status"] != "descriptive":
        return None
    return Text(t("show.heading_descriptive", lang), style="dim")


def _number_line(view: dict[str, Any], lang: str) -> Text | None:
    if view["number_status"] == "attested":
        return None
    label = t(f"number.{view['number_status']}", lang)
    note = f" — {view['number_note']}" if view["number_note"] else ""
    return Text(f"⚠ {label}{note}\n", style="yellow")


def _quoted(text: str, status: str) -> Text:
    # Only the law's own words get quotation marks; a paraphrase is printed in italics, unquoted.
    if status in ("verbatim", "partial"):
        suffix = " […]" if status == "partial" and not text.rstrip().endswith("]") else ""
        return Text(f"« {text}{suffix} »")
    return Text(text, style="italic")


def _details(view: dict[str, Any], lang: str) -> list[Any]:
    lines: list[Any] = []
    if view["attribution"]:
        lines.append(Text.assemble((_colon(t("show.attribution", lang), lang), "bold"), view["attribution"]))
    for heading, entries, style in (("show.notes", view["notes"], ""), ("show.caveats", view["caveats"], "yellow")):
        entries = [e for e in entries if e]
        if entries:
            lines.append(Text(t(heading, lang), style="bold"))
            lines += [Text(f"• {entry}", style=style) for entry in entries]
    if view["confidence"]:
        lines.append(Text.assemble((_colon(t("show.confidence", lang), lang), "bold"),
                                   t(f"confidence.{view['confidence']}", lang)))
    lines.append(Text.assemble((_colon(t("show.in_force", lang), lang), "bold"), _period(view["in_force"], lang)))
    lines.append(Text(t("show.sources", lang), style="bold"))
    for source in view["sources"]:
        url = f" — {source['url']}" if source["url"] else ""
        date = f" ({source['date']})" if source["date"] else ""
        lines.append(Text(f"• {source['title']}{date}{url}", style="dim"))
    if view["children"]:  # each by its citation, with the command that shows it (never the bare id)
        import shlex

        lines.append(Text(t("show.paragraphs", lang), style="bold"))
        lines += [Text(f"• {c['short']} — trafficking show {shlex.quote(c['ref'])}")
                  for c in view["children_citations"]]
    return lines


def _period(period: dict[str, str | None], lang: str) -> str:
    parts = []
    if period["from"]:
        parts.append(t("show.from", lang, start=period["from"]))
    parts.append(t("show.to", lang, end=period["to"]) if period["to"] else t("show.unknown_end", lang))
    return " ".join(parts)


def render_offence(console: Console, view: dict[str, Any], lang: str) -> None:
    cite = view["citations"]
    console.print(Text(f"{view['name'][lang] or view['name']['fr']}  ({view['offence']})", style="bold"))
    console.print(Text(" · ".join(cite.get(p, p) for p in view["provisions"]), style="dim"))
    table = _table(title=t("elements.title", lang), show_lines=True, expand=False)
    for header in ("elements.category", "elements.items", "elements.basis"):
        table.add_column(t(header, lang))
    for group in view["elements"]:
        category, rule = t(f"category.{group['category']}", lang), t(f"elements.{group['rule']}", lang)
        head = f"[bold]{category}[/]\n{rule}"
        if not group["required_for_minors"]:
            head += f"\n[yellow]{t('elements.not_for_minors', lang)}[/]"
        labels = "\n".join(f"• {escape(i['label'][lang] or i['label']['fr'])} [dim]{i['id']}[/]"
                           for i in group["items"])
        basis = "\n".join(escape(cite.get(p, p)) for p in group["provisions"])
        table.add_row(head, labels, basis)
    print_table(console, table)
    if view["child_rule"]:
        rule = view["child_rule"]
        console.print(Text.assemble((_colon(t("elements.child_rule", lang), lang), "bold yellow"),
                                    rule["caveat"] or "", f"  [{', '.join(cite.get(p, p) for p in rule['basis'])}]"))
    _render_penalties(console, view["penalties"], lang)
    _render_aggravating(console, view["aggravating"], lang)
    if any(view["warnings"]):
        console.print(Text(t("elements.warnings", lang), style="bold yellow"))
        for warning in filter(None, view["warnings"]):
            console.print(Text(f"⚠ {warning}", style="yellow"))


def penalty_summary(penalty: dict[str, Any], lang: str) -> str:
    low, high = penalty["min_years"], penalty["max_years"]
    parts = []
    if low is not None or high is not None:
        parts.append(t("penalty.years", lang, low=low if low is not None else "?",
                       high=high if high is not None else "?"))
    if penalty["life"]:
        parts.append(t("penalty.life", lang))
    fine = penalty["fine_fcfa"]
    if fine["min"] or fine["max"]:
        amounts = "–".join(f"{v:,}".replace(",", " ") for v in (fine["min"], fine["max"]) if v)
        parts.append(t("penalty.fine", lang, amount=amounts))
    return ", ".join(parts) or t("penalty.unknown", lang)


def _render_penalties(console: Console, penalties: list[dict[str, Any]], lang: str) -> None:
    console.print(Text(t("elements.penalties", lang), style="bold"))
    for penalty in penalties:
        line = Text.assemble("• ", badge(penalty["text_status"], lang, short=True), " ",  # status first

                             (penalty_summary(penalty, lang), "bold"), f"  ({penalty['citation']})")
        console.print(line)
        if penalty["text"]:
            said = penalty["text"]
            if penalty["text_status"] in ("verbatim", "partial"):
                said = f"« {said} »"  # only the law's own words get quotation marks
            console.print(Text(f"    {said}", style="" if said.startswith("«") else "italic dim"))
        if penalty.get("translation"):
            console.print(Text(f"    [{t('status.unofficial', lang)}] {penalty['translation']}", style="cyan"))
        if penalty["additional"]:
            console.print(Text(f"    {penalty['additional']}", style="italic dim"))


def _render_aggravating(console: Console, items: list[dict[str, Any]], lang: str) -> None:
    if not items:
        return
    console.print(Text(t("elements.aggravating", lang), style="bold"))
    for a in items:
        flag = ("green", t("elements.verified", lang)) if a["verified"] else ("yellow", t("elements.unverified", lang))
        effect = t("penalty.life", lang) if a["life"] else ""
        console.print(Text.assemble("• ", a["label"][lang] or a["label"]["fr"], f" ({a['id']}) ",
                                    (f"[{flag[1]}]", flag[0]), f" {effect}"))
        if a["note"]:
            console.print(Text(f"    {a['note']}", style="dim"))


def render_offences_list(console: Console, view: dict[str, Any], lang: str,
                         citations: dict[str, str] | None = None) -> None:
    """The offences; their basis as citations (``Loi n°2012-023, art. 4``), the provision id only when the
    corpus has no citation for it. The offence id stays: it is what ``elements ID`` takes."""
    cite = citations or {}
    table = _table(title=t("elements.offences", lang))
    table.add_column("id", style="bold", no_wrap=True)
    table.add_column(t("elements.offence", lang))
    table.add_column(t("elements.basis", lang), style="dim")
    for o in view["offences"]:
        table.add_row(o["id"], o["name"][lang] or o["name"]["fr"], "\n".join(cite.get(p, p) for p in o["provisions"]))
    print_table(console, table)
    console.print(Text(t("elements.hint", lang), style="dim"))


def render_instruments(console: Console, view: dict[str, Any], lang: str) -> None:
    table = _table(title=t("law.title", lang), show_lines=True)
    table.add_column(t("law.id", lang), no_wrap=True)  # an id is typed back (--instrument): never cut it
    for header in ("law.instrument", "show.in_force", "law.known"):
        table.add_column(t(header, lang))
    for i in view["instruments"]:
        counts = i["counts"]
        known = t("law.counts", lang, **{status: _count(status, counts[status], lang) for status in STATUS_STYLE})
        total = counts["known_article_count"]
        known += "\n" + (t("law.total", lang, total=total) if total else t("law.total_unknown", lang))
        if counts["number_inferred"]:
            known += "\n" + t("law.inferred", lang, n=counts["number_inferred"])
        table.add_row(i["id"], i["short"] or i["id"], _period(i["in_force"], lang), known)
    print_table(console, table)
    for i in view["instruments"]:
        console.print(Text.assemble((_colon(i["short"] or i["id"], lang), "bold"), (i["status"] or "", "dim")))


def _count(status: str, n: int, lang: str) -> str:
    """« 1 incomplète », « 2 incomplètes »: 0 and 1 take the singular in French."""
    return t(f"law.count.{status}.{'one' if n <= 1 else 'many'}", lang, n=n)


def render_problems(console: Console, problems: list[Any], files: int, lang: str) -> None:
    if not problems:
        console.print(Text(t("validate.ok", lang, files=files), style="green"))
        return
    table = _table(show_lines=False, expand=False)
    for header in ("validate.file", "validate.key", "validate.problem", "validate.hint"):
        table.add_column(t(header, lang), overflow="fold")
    for p in problems:
        where = f"{p.path}:{p.line}" if p.line else p.path
        message, hint = p.localized(lang)
        table.add_row(escape(where), escape(p.key), escape(message), escape(hint))
    print_table(console, table)
    console.print(Text(t("validate.problems", lang, n=len(problems), files=files), style="bold red"))


def print_error(console: Console, message: str, hint: str, lang: str, suggestions: list[str] | None = None,
                lines: list[str] | None = None) -> None:
    """An error, each line whole (``soft_wrap``): a path or a command is never cut, whatever its length.
    ``lines``: what to offer instead, one per line (citations with their commands), in place of ``suggestions``."""
    console.print(Text.assemble((_colon(t("error", lang), lang), "bold red"), message), soft_wrap=True)
    if suggestions and not lines:
        console.print(Text(t("error.did_you_mean", lang, options=", ".join(suggestions)), style="yellow"),
                      soft_wrap=True)
    for line in lines or []:
        console.print(Text(line, style="yellow"), soft_wrap=True)
    if hint:
        console.print(Text(t("error.try", lang, hint=hint), style="dim"), soft_wrap=True)
