"""What the interview does at once when it hears something: an alert with what to do, or a stop.

A01 "no" (the exploiters can reach the person), a high risk at A04, a companion not kept apart, an
interpreter not checked, urgent needs, no guardian for a child: the alert is printed before the next
question, with the protection duty the answer recorded. Consent refused (A18) stops the run; so does a
person who turns out to be a presumed child in the adults' checklist B.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from rich.console import Console
from rich.panel import Panel
from rich.text import Text

from trafficking_cli.checklists.conditions import unmet
from trafficking_cli.checklists.derive import raised
from trafficking_cli.i18n import t

if TYPE_CHECKING:
    from trafficking_cli import models as m
    from trafficking_cli.checklists.engine import Session


class Stopped(Exception):
    """The run stops on what was heard: ``consent`` refused, or a ``child`` in the adults' checklist."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def show_alerts(console: Console, item: m.Item, session: Session, duties: Mapping[str, m.ProtectionDuty],
                lang: str) -> list[m.Alert]:
    """Print every alert the item's answer raises; return them (a ``stop`` one ends the run)."""
    alerts = raised(item, session.record(item))
    for alert in alerts:
        body = Text(alert.text.get(lang) or "", style="bold")
        if alert.protection:
            names = ", ".join(duties[d].label.get(lang) or d if d in duties else d for d in alert.protection)
            body.append("\n" + t("ui.cl.alert.duty", lang, duties=names), style="green")
        console.print(Panel(body, title=t("ui.cl.alert.title", lang, item=item.id), title_align="left",
                            border_style="bold red"))
    return alerts


def stop_reason(item: m.Item, session: Session, alerts: list[m.Alert]) -> str | None:
    """``consent`` when an alert stops the run, ``child`` when a presumed child is in an adults' checklist."""
    if any(a.stop for a in alerts):
        return "consent"
    if session.checklist.audience == "adult" and session.child:
        return "child"
    return None


def closed_items(before: Session, after: Session) -> list[tuple[m.Item, list[str]]]:
    """Items an answer closed (their condition no longer holds), each with the answers it waits on."""
    shown_before = {i.id for i in before.visible()}
    shown_now = {i.id for i in after.visible()}
    hidden_child = {i.id for i in after.child_hidden()}
    return [(i, unmet(i.when, after.answers, after.child, after.foreign)) for i in before.checklist.items
            if i.id in shown_before and i.id not in shown_now and i.id not in hidden_child]


def show_closed(console: Console, before: Session, after: Session, lang: str) -> None:
    """Name the questions an answer closed (C09 "no" closes C12–C16) or opened, so that the total of
    "question n of N" never changes without a reason given."""
    closed = closed_items(before, after)
    if closed:
        reasons = sorted({k for _, keys in closed for k in keys})
        console.print(Text(t("ui.cl.closed", lang, items=", ".join(i.id for i, _ in closed),
                             reasons=", ".join(reasons) or "—"), style="yellow"))
    shown_before = {i.id for i in before.visible()}
    opened = [i.id for i in after.visible() if i.id not in shown_before]
    if opened:
        console.print(Text(t("ui.cl.opened_items", lang, items=", ".join(opened)), style="cyan"))
    total_before, total_after = len(before.visible()), len(after.visible())
    if total_before != total_after:
        console.print(Text(t("ui.cl.total_changed", lang, before=total_before, after=total_after), style="cyan"))


def show_stopped(console: Console, reason: str, victim: str, command: str, lang: str) -> None:
    console.print()
    console.print(Text(t(f"ui.cl.stopped.{reason}", lang, victim=victim, command=command), style="bold yellow"),
                  soft_wrap=True)
