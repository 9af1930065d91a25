"""The checklist walk-through in the terminal, one item at a time.

Section, "item n of N", whether it is read aloud or a practitioner check, the "why we ask" help on
``?``, back, skip, declined, don't know, and a review screen before finishing. Every answer is written
to the case file by ``cases.interview.Interview`` before the next item is shown.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.text import Text

from trafficking_cli import models as m
from trafficking_cli.checklists.answers import (
    COMMANDS,
    AnswerError,
    Command,
    fold,
    parse_input,
    parse_value,
    part_item,
)
from trafficking_cli.checklists.records import SPECIAL
from trafficking_cli.i18n import t

from .alerts import Stopped, show_alerts, show_closed, show_stopped, stop_reason
from .review import Pause, describe, render_stopped, render_summary, review
from .suggestions import confirm_suggestions
from .widgets import prompt_line

if TYPE_CHECKING:
    from trafficking_cli.cases.interview import Interview
    from trafficking_cli.checklists.engine import Session

Protect = Callable[[m.Item, Any, str | None], bool]
Clock = Callable[[], str]


def run_interview(console: Console, interview: Interview, *, lang: str, now: Clock,
                  protect: Protect, command_for: Callable[[str], str]) -> None:
    """Walk ``interview`` item by item; ``q`` exits 0 (Ctrl-C / Ctrl-D: the command's ``on_interrupt`` says
    how to resume, and the run exits 130)."""
    enable_line_editing()
    try:
        session = _loop(console, interview, lang=lang, now=now, protect=protect)
    except Pause:
        render_stopped(console, interview, lang, command_for, paused=True)
        raise typer.Exit(0) from None
    except Stopped as stop:
        show_stopped(console, stop.reason, interview.victim, command_for("E" if stop.reason == "consent" else "C"),
                     lang)
        console.print(Text(t("ui.cl.saved", lang, path=interview.case_file.path), style="dim"), soft_wrap=True)
        raise typer.Exit(0) from None
    render_summary(console, interview, session, lang, command_for)


def enable_line_editing() -> str:
    """Arrow keys, Home/End and the history of this run's answers at every prompt, as in a shell.

    On Linux and macOS the standard library's ``readline`` gives ``input()`` (which the prompts use) line
    editing once imported; it keeps the history in memory only, never in a file. Windows has no
    ``readline``: its console edits the line itself (arrows, Home/End, F7 for the history). Whatever the
    terminal sends that is not text is removed from the answer (``answers.clean_typed``).
    """
    if not sys.stdin.isatty():
        return "none"
    try:
        import readline  # noqa: F401  # importing it is what turns line editing on for input()
    except ImportError:
        return "console"
    return "readline"


def _loop(console: Console, interview: Interview, *, lang: str, now: Clock, protect: Protect) -> Session:
    """Ask, store, move on; at the end (or on ``=``) the review screen picks an item or finishes."""
    session = interview.note_child_hidden(now())
    _header(console, session, lang)
    current: m.Item | None = session.first_open()
    back_to_review = review_now = False  # back_to_review: the item was picked on the review screen
    if current is None:
        console.print(Text(t("ui.cl.all_answered", lang), style="green"))
    while True:
        if review_now:  # "=" mid-run: Enter comes back to the question that was on screen
            chosen = review(console, session, lang, mid_run=True)
            current, back_to_review, review_now = chosen or current, chosen is not None, False
        elif current is None:
            if session.first_open() is None:
                session = confirm_suggestions(console, interview, session, lang, now)
            current, back_to_review = _open_or_review(console, session, lang)
        if current is None:
            return session
        command = _ask(console, session, current, lang)
        if command.kind == "quit":
            raise Pause
        if command.kind in ("review", "back"):
            review_now = command.kind == "review"
            current = current if review_now else _back(console, session, current, lang)
            continue
        session = _apply(console, interview, session, current, command, lang, now, protect)
        current = None if back_to_review else session.next_after(current.id)
        back_to_review = False


def _open_or_review(console: Console, session: Session, lang: str) -> tuple[m.Item | None, bool]:
    """At the end: the first item still open, else the review screen's choice."""
    current = session.first_open()
    if current is not None:
        return current, False
    chosen = review(console, session, lang)
    return chosen, chosen is not None


def _back(console: Console, session: Session, current: m.Item, lang: str) -> m.Item:
    previous = session.previous_before(current.id)
    if previous is None:
        console.print(Text(t("ui.cl.first", lang), style="yellow"))
    return previous or current


def _apply(console: Console, interview: Interview, session: Session, item: m.Item, command: Command, lang: str,
           now: Clock, protect: Protect) -> Session:
    """Store an answer or a skip (Enter on an answered item keeps it), then say what the change opened.

    ``parts``: the main answer is already saved, some of its parts are not (a resumed run asks only those).
    """
    before = session
    if command.kind == "skip" and not session.handled(item):
        session = interview.skip(item.id, now())
    elif command.kind in ("answer", "parts"):
        if command.kind == "answer":
            session = _store(console, interview, item, command, lang, now, protect)
        session = _ask_parts(console, interview, session, item, lang, now)
        alerts = show_alerts(console, item, session, interview.corpus.duties, lang)
        reason = stop_reason(item, session, alerts)
        if reason:
            raise Stopped(reason)
    _notices(console, before, session, lang)
    show_closed(console, before, session, lang)
    return session


def _store(console: Console, interview: Interview, item: m.Item, command: Command, lang: str,
           now: Clock, protect: Protect) -> Session:
    """Save the main answer at once; a question with parts lists them as still to ask (``_ask_parts``)."""
    if item.protected and command.value not in SPECIAL:
        recorded = protect(item, command.value, command.note)
        console.print(Text(t("ui.cl.protected.recorded" if recorded else "ui.cl.protected.not_recorded", lang),
                           style="green" if recorded else "yellow"))
        return interview.protected(item.id, recorded, now())
    return interview.answer(item.id, command.value, now(), command.note, parts_to_ask=bool(item.parts))


def _ask_parts(console: Console, interview: Interview, session: Session, item: m.Item, lang: str,
               now: Clock) -> Session:
    """The parts still to ask of a question that asks several things (B09: when, then where).

    Each part is saved as soon as it is given (Enter leaves it out), so Ctrl-C, Ctrl-D or ``q`` at any
    part keeps the main answer and the parts before it; the resume asks only the parts left.
    """
    todo = session.open_parts(item)
    if todo:
        console.print(Text(t("ui.cl.parts", lang, n=len(todo)), style="dim"))
    for part in todo:
        value = _part_value(console, item, part, lang)
        session = interview.answer_part(item.id, part.id, value, now())
    return session


def _part_value(console: Console, item: m.Item, part: m.Part, lang: str) -> Any:
    """One part's value, None when left out; ``?`` and ``q`` work as at the question's own prompt."""
    sub = part_item(item, part)
    while True:
        text = prompt_line(f"  {part.label.get(lang) or part.id} ›")
        word = fold(text)
        if not word or word in COMMANDS["skip"]:
            return None
        if word in COMMANDS["quit"]:
            raise Pause  # what was given is saved: the resume asks this part again
        if word in COMMANDS["help"]:
            _help(console, item, lang)
            continue
        if word in COMMANDS["back"] or word in COMMANDS["review"]:
            console.print(Text(f"✗ {t('ui.cl.parts.no_nav', lang)}", style="red"))
            continue
        try:
            return parse_value(sub, text)
        except AnswerError as error:
            console.print(Text(f"✗ {error.localized(lang)[0]}", style="red"))


def _ask(console: Console, session: Session, item: m.Item, lang: str) -> Command:
    """Show the item and read lines until one is an answer or a navigation command (``?`` shows help).

    An item whose main answer is saved but some parts are not goes straight to those parts.
    """
    _show_item(console, session, item, lang)
    if session.open_parts(item):
        return Command("parts")
    while True:
        text = prompt_line("›")
        try:
            command = parse_input(item, text, has_current=session.handled(item))
        except AnswerError as error:
            console.print(Text(f"✗ {error.localized(lang)[0]}", style="red"))
            continue
        if command.kind == "help":
            _help(console, item, lang)
            continue
        return command


def _header(console: Console, session: Session, lang: str) -> None:
    checklist = session.checklist
    from .fit import print_entries  # cut after a « · », never before it nor inside a key's meaning

    print_entries(console, f"{checklist.id} — {checklist.title.get(lang)}  ·  {session.victim}", "bold", "  ·  ")
    counts = session.counts()
    if counts["answered"] or counts["skipped"]:
        console.print(Text(t("ui.cl.resuming", lang, **counts), style="cyan"))
    if session.child:
        message = t("ui.cl.child_mode", lang)
        if counts["not_asked_child"]:
            message += " " + t("ui.cl.became_child.hidden", lang, n=counts["not_asked_child"])
        console.print(Text(message, style="yellow"))
    print_entries(console, t("ui.cl.keys", lang), style="dim")


def _show_item(console: Console, session: Session, item: m.Item, lang: str) -> None:
    n, total = session.position(item.id)
    section = next((s.title.get(lang) for s in session.checklist.sections if s.id == item.section), item.section)
    console.print()
    title = Text.assemble(("━━ ", "dim"), (f"{session.checklist.id} · {section}", "bold"))
    progress = Text(t("ui.cl.progress", lang, n=n, total=total), style="cyan")
    if title.cell_len + 3 + progress.cell_len <= console.width:
        console.print(Text.assemble(title, "   ", progress))
    else:  # never « question 1 sur » / « 20 »: the progress on its own line
        console.print(title)
        console.print(progress)
    mode_style = {"ask": "bold black on yellow", "instruction": "bold white on magenta"}.get(item.mode,
                                                                                           "bold white on blue")
    console.print(Text(f" {t(f'ui.cl.mode.{item.mode}', lang)} ", style=mode_style))
    if item.never_ask_child and session.child:
        console.print(Text(t("ui.cl.never_child", lang), style="bold red"))
    if item.protected:
        console.print(Text(t("ui.cl.protected", lang), style="yellow"))
    text = item.text.get(lang) or ""
    console.print(Text.assemble((f"{item.id}  ", "bold"), (text, "bold")))
    if "[lieu]" in text or "[place]" in text or "[personne]" in text or "[person]" in text:
        console.print(Text(t("ui.cl.placeholder", lang), style="dim"))  # said aloud: name it, don't read it
    for index, option in enumerate(item.options, 1):
        console.print(f"   {index}. {escape(option.label.get(lang) or option.id)}")
    if session.handled(item):
        console.print(Text(t("ui.cl.current", lang, answer=describe(item, session.record(item), lang)),
                           style="green"))
    elif session.open_parts(item):  # interrupted among its parts: they come next (their own keys), the answer stays
        console.print(Text(t("ui.cl.current.parts_open", lang, answer=describe(item, session.record(item), lang)),
                           style="green"))
        return
    from .fit import print_entries  # cut between the hints, never inside one (« · = revue » at a line's start)

    print_entries(console, t(f"ui.cl.hint.{item.type}", lang) + t("ui.cl.hint.common", lang), style="dim")


def _help(console: Console, item: m.Item, lang: str) -> None:
    text = item.help.get(lang) or t("ui.cl.no_help", lang)
    source = f"  [{item.source}]" if item.source else ""
    console.print(Text(f"ℹ {text}{source}", style="cyan"))


def _notices(console: Console, before: Session, after: Session, lang: str) -> None:
    """Say when an answer made the victim a presumed child, or opened another checklist."""
    if after.child and not before.child:
        hidden = len(after.child_hidden())
        message = t("ui.cl.became_child", lang)
        if hidden:
            message += " " + t("ui.cl.became_child.hidden", lang, n=hidden)
        console.print(Text(message, style="bold yellow"))
    for checklist_id in set(after.opened()) - set(before.opened()):
        if checklist_id != after.checklist.id:
            console.print(Text(t("ui.cl.opened", lang, checklist=checklist_id), style="yellow"))
