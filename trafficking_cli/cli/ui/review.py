"""The end of a checklist run in the terminal: answers as read back, the review screen, the summary,
the ``--answers FILE`` report, and how to resume after a pause or an interruption.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from trafficking_cli import models as m
from trafficking_cli.checklists.answers import COMMANDS, fold
from trafficking_cli.checklists.records import (
    DECLINED,
    NO,
    UNKNOWN,
    YES,
    Record,
    has_value,
    is_protected,
    open_parts,
    status_of,
    value_of,
)
from trafficking_cli.i18n import t

from .widgets import colon, labelled, prompt_line, titled_table

if TYPE_CHECKING:
    from trafficking_cli.cases.interview import Interview
    from trafficking_cli.checklists.engine import Session

FINISH_WORDS = {"", "f", "fin", "ok", "terminer", "finish", "done"}
SUMMARY_FACTS = ("established", "excluded", "aggravating", "protection")


class Pause(Exception):
    """The user typed ``q``: stop here, everything is saved."""


def describe(item: m.Item, record: Record | None, lang: str) -> str:
    """An answer as the reader should see it (option labels, oui/non, dates as typed)."""
    if is_protected(record):
        return t("ui.cl.value.protected" if record.get("recorded") else "ui.cl.value.not_recorded", lang)  # type: ignore[union-attr]
    if not has_value(record):
        status = status_of(record)
        return t(f"ui.cl.value.{status}", lang) if status else "—"
    value = value_of(record)
    labels = {o.id: o.label.get(lang) or o.id for o in item.options}
    if item.type == "ack" and value in (YES, NO):
        shown = t(f"ui.cl.value.ack.{value}", lang)
    elif isinstance(value, dict):  # per suspect
        shown = (" ; " if lang == "fr" else "; ").join(f"{code}{colon(lang)}" + ", ".join(
            str(labels.get(v, v)) for v in (chosen if isinstance(chosen, list) else [chosen]))
            for code, chosen in value.items())
    elif value in (YES, NO, UNKNOWN, DECLINED) and value not in labels:
        shown = t(f"ui.cl.value.{value}", lang)
    elif isinstance(value, list):
        shown = ", ".join(str(labels.get(v, v)) for v in value) or t("ui.cl.value.none", lang)
    else:
        shown = labels.get(value, str(value)) if isinstance(value, str) else str(value)
    parts = record.get("parts") if isinstance(record, dict) else None
    if parts:
        labels = {p.id: (p.label.get(lang) or p.id).rstrip(" ?") for p in item.parts}
        shown += "".join(f" · {labels.get(k, k)}{colon(lang)}{v}" for k, v in parts.items())  # en: « Where: »
    still = len(open_parts(record))
    if still:  # interrupted among its parts: the resume asks them
        shown += " · " + t("ui.cl.value.parts_open", lang, n=still)
    note = record.get("note") if isinstance(record, dict) else None
    return f"{shown} ({note})" if note else shown


# ---- the review screen -----------------------------------------------------------------------

def review(console: Console, session: Session, lang: str, *, mid_run: bool = False) -> m.Item | None:
    """The review screen: every answer, numbered; returns the item to change, or None.

    None means "finish" at the end of the run, and "back to the question" when opened mid-run with ``=``.
    """
    visible = session.visible()
    console.print()
    console.print(_review_table(session, visible, lang))
    return _choose_item(console, visible, lang, "ui.cl.review.prompt_back" if mid_run else "ui.cl.review.prompt")


def _review_table(session: Session, visible: list[m.Item], lang: str) -> Table:
    title = t("ui.cl.review.title", lang, checklist=session.checklist.id, victim=session.victim)
    table = titled_table(title, (t(f"ui.cl.review.{h}", lang) for h in ("#", "id", "question", "answer")),
                         overflow="fold")
    for index, item in enumerate(visible, 1):
        short = shorten(item.text.get(lang) or "")
        table.add_row(str(index), item.id, escape(short), escape(describe(item, session.record(item), lang)))
    for item in session.child_hidden():
        table.add_row("", item.id, escape(shorten(item.text.get(lang) or "")), t("ui.cl.value.not_asked_child", lang),
                      style="dim")
    return table


def shorten(text: str, limit: int = 60) -> str:
    """A question cut to fit the review table: after a whole word (never « he… »), then « … »."""
    if len(text) <= limit:
        return text
    head = re.match(rf"(.{{1,{limit - 3}}})\s", text)  # the longest start that ends before a space
    kept = head.group(1) if head else text[:limit - 3]
    return kept.rstrip(" ,;:(«—-") + "…"


def _choose_item(console: Console, visible: list[m.Item], lang: str, prompt: str) -> m.Item | None:
    """A number or an id to change; Enter returns None, ``q`` pauses (raises Pause)."""
    while True:
        raw = prompt_line(t(prompt, lang)).strip()
        word = fold(raw)
        if word in FINISH_WORDS:
            return None
        if word in COMMANDS["quit"]:
            raise Pause
        if raw.isdecimal() and 1 <= int(raw) <= len(visible):
            return visible[int(raw) - 1]
        found = next((i for i in visible if i.id.lower() == word), None)
        if found is not None:
            return found
        console.print(Text(t("ui.cl.review.bad", lang, n=len(visible)), style="red"))


# ---- after the run ---------------------------------------------------------------------------

def render_summary(console: Console, interview: Interview, session: Session, lang: str,
                   command_for: Callable[[str], str]) -> None:
    """Counts, what the answers established, the checklists now open, how to resume, where it is saved."""
    counts = session.counts()
    console.print()
    console.print(Text(t("ui.cl.done", lang, checklist=session.checklist.id, victim=session.victim, **counts),
                       style="bold green"))
    _render_closed(console, session, lang)
    record = ((interview.data.get("derived") or {}).get("victims") or {}).get(session.victim) or {}
    for key in SUMMARY_FACTS:
        if record.get(key):
            names = _fact_names(interview.corpus, key, list(record[key]), lang)
            console.print(labelled(t(f"ui.case.{key}", lang), (" ; " if lang == "fr" else "; ").join(names), lang=lang))
    child_lists = [c.id for c in session.checklists.values() if c.audience == "child"] if session.child else []
    for checklist_id in dict.fromkeys([*session.opened(), *child_lists]):
        if checklist_id != session.checklist.id:
            console.print(Text(t("ui.cl.next", lang, checklist=checklist_id, command=command_for(checklist_id)),
                               style="yellow"), soft_wrap=True)
    if counts["open"]:
        _print_resume(console, lang, command_for(session.checklist.id))
    render_memo_needs(console, interview.data, str(interview.case_file.path), lang)
    console.print(Text(t("ui.cl.saved", lang, path=interview.case_file.path), style="dim"), soft_wrap=True)


def _fact_names(corpus: Any, key: str, idents: list[str], lang: str) -> list[str]:
    """What the memo calls each fact (« l’hébergement »), an unverified aggravation with the memo's caveat
    (« — NON VÉRIFIÉE dans le texte malien »), a protection duty by its label: never the ids."""
    from trafficking_cli.corpus.labels import aggravation_caveat, fact_label, fact_labels

    if key == "protection":
        return [corpus.duties[d].label.get(lang) or d if d in corpus.duties else d for d in idents]
    labels = fact_labels(corpus)
    names = [fact_label(labels, ident, lang) for ident in idents]
    if key == "aggravating":
        caveats = [aggravation_caveat(corpus, ident) for ident in idents]
        names = [name + (f" — {caveat.render(lang)}" if caveat else "")
                 for name, caveat in zip(names, caveats, strict=True)]
    return names


FACT_EXAMPLES = {"facts_date": "2019-01-15", "places": "Kayes", "summary": "…", "reference": "RP-2019-0123"}


def render_memo_needs(console: Console, data: dict[str, Any], case: str, lang: str) -> None:
    """Which facts the memo still needs before it runs (and which would make it fuller), with the command."""
    from trafficking_cli.cases.facts import children_only, memo_needs

    from .fit import print_whole, whole, whole_commands  # wrapped at spaces; the command (and its path) kept whole

    missing = memo_needs(data)
    quoted = shlex.quote(case)
    if missing["needs"]:
        key = missing["needs"][0]
        # B09 gives the date, but list B is never put to a child (review 3, defect 3): then the command only
        needs = "ui.cl.memo.needs_child" if children_only(data) and key == "facts_date" else "ui.cl.memo.needs"
        said = t(needs, lang, facts=", ".join(missing["needs"]), case=quoted,
                 command=f"trafficking case set {quoted} {key} {FACT_EXAMPLES[key]}")
        print_whole(console, Text(whole_commands(said), style="bold yellow"))
    else:
        print_whole(console, Text(t("ui.cl.memo.ready", lang, command=whole(f"trafficking memo {quoted}")),
                                  style="green"), hanging=2)
    if missing["wants"]:
        print_whole(console, Text(t("ui.cl.memo.wants", lang, facts=", ".join(missing["wants"]),
                                    command=whole(f"trafficking case set {quoted} KEY VALUE")), style="yellow"),
                    hanging=2)


def _render_closed(console: Console, session: Session, lang: str) -> None:
    """The questions an answer closed (C09 "no" closes C12–C16; a child's guardian closes E11…), named."""
    from trafficking_cli.checklists.conditions import unmet

    hidden_child = {i.id for i in session.child_hidden()}
    shown = {i.id for i in session.visible()}
    waits: dict[str, list[str]] = {}
    for item in session.checklist.items:
        keys = unmet(item.when, session.answers, session.child, session.foreign)
        if item.id not in shown and item.id not in hidden_child and keys and any(
                k in session.answers for k in keys):  # closed by an answer given, not merely not reached
            waits.setdefault(", ".join(keys), []).append(item.id)
    for reasons, items in waits.items():
        console.print(Text(t("ui.cl.closed.summary", lang, items=", ".join(items), reasons=reasons), style="yellow"))


def render_scripted(console: Console, report: dict[str, Any], interview: Interview, session: Session, lang: str,
                    command_for: Callable[[str], str]) -> None:
    """After ``--answers FILE``: what was applied, what was not asked, then the usual summary."""
    from .alerts import show_alerts, show_stopped

    console.print(Text(t("ui.cl.scripted", lang, n=len(report["applied"])), style="green"))
    for item_id in report.get("alerts") or []:
        show_alerts(console, session.checklist.item(item_id) or session.item(item_id), session,
                    interview.corpus.duties, lang)
    for key in ("not_shown", "not_recorded", "suggested"):
        if report.get(key):
            console.print(Text(t(f"ui.cl.scripted.{key}", lang, items=", ".join(report[key])), style="yellow"))
    for reason in report.get("stopped") or []:
        show_stopped(console, reason, session.victim, command_for("E" if reason == "consent" else "C"), lang)
        console.print(Text(t("ui.cl.saved", lang, path=interview.case_file.path), style="dim"), soft_wrap=True)
        return
    render_summary(console, interview, session, lang, command_for)


def render_stopped(console: Console, interview: Interview, lang: str, command_for: Callable[[str], str], *,
                   paused: bool) -> None:
    """After ``q`` (paused) or Ctrl-C / Ctrl-D: where the answers are, and the command that resumes."""
    from .fit import print_whole  # the case file's path whole, however long

    message = t("ui.cl.paused" if paused else "ui.cl.interrupted", lang, path=interview.case_file.path)
    print_whole(console, Text(message, style="yellow"))
    _print_resume(console, lang, command_for(interview.checklist.id))


def _print_resume(console: Console, lang: str, command: str) -> None:
    console.print(Text(t("ui.cl.resume", lang, command=command), style="bold"),
                  soft_wrap=True)  # one line: the command can be copied as it is
