"""The checklist walk-through in the terminal, and ``checklist list`` / ``checklist show``.

One item at a time: section, "item n of N", whether it is read aloud or a practitioner check, the
"why we ask" help on ``?``, back, skip, declined, don't know, and a review screen before finishing.
Every answer is written to the case file by ``case.Interview`` before the next item is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from . import checklist as engine
from . import models as m
from .case import Interview
from .checklist import AnswerError, Command, Session
from .i18n import register, t
from .ui_case import prompt_line

Protect = Callable[[m.Item, Any, str | None], bool]
FINISH_WORDS = {"", "f", "fin", "ok", "terminer", "finish", "done"}


class Pause(Exception):
    """The user typed ``q``: stop here, everything is saved."""


# ---- list and show ---------------------------------------------------------------------------

def render_checklists(console: Console, view: dict[str, Any], lang: str) -> None:
    table = Table(title=t("ui.cl.list.title", lang), title_justify="left")
    for header in ("id", "title", "audience", "items", "requires"):
        table.add_column(t(f"ui.cl.col.{header}", lang))
    for c in view["checklists"]:
        requires = t("ui.cl.requires.yes", lang) if c["requires"] else "—"
        table.add_row(c["id"], c["title"][lang] or c["title"]["fr"] or "", t(f"ui.cl.audience.{c['audience']}", lang),
                      str(c["items"]), requires)
    console.print(table)
    console.print(Text(t("ui.cl.list.hint", lang), style="dim"))


def render_checklist(console: Console, checklist: m.Checklist, lang: str) -> None:
    console.print(Text(f"{checklist.id} — {checklist.title.get(lang)}", style="bold"))
    if checklist.description:
        console.print(Text(checklist.description.get(lang) or "", style="italic"))
    console.print(Text(t("ui.cl.legend", lang), style="dim"))
    for section in checklist.sections:
        console.print(Text(f"\n{section.title.get(lang) or section.id}", style="bold cyan"))
        for item in (i for i in checklist.items if i.section == section.id):
            marks = [t(f"ui.cl.mode.short.{item.mode}", lang), item.type]
            if item.never_ask_child:
                marks.append("⛔")
            if item.protected:
                marks.append("🔒")
            if item.when:
                marks.append(t("ui.cl.conditional", lang))
            console.print(Text.assemble((f"  {item.id} ", "bold"), (f"[{' · '.join(marks)}] ", "dim"),
                                        item.text.get(lang) or ""))
            for index, option in enumerate(item.options, 1):
                console.print(Text(f"       {index}. {option.label.get(lang)}", style="dim"))
            feeds = [*item.feeds.tags, *item.feeds.establishes, *item.feeds.aggravating]
            if feeds:
                console.print(Text(f"       → {', '.join(dict.fromkeys(feeds))}", style="dim"))


# ---- the walk-through ------------------------------------------------------------------------

def run_interview(console: Console, interview: Interview, *, lang: str, now: Callable[[], str],
                  protect: Protect, command_for: Callable[[str], str]) -> None:
    """Walk ``interview`` item by item; Ctrl-C / Ctrl-D print how to resume and exit 130, ``q`` exits 0."""
    try:
        session = _loop(console, interview, lang=lang, now=now, protect=protect)
    except Pause:
        console.print(Text(t("ui.cl.paused", lang, path=interview.case_file.path), style="yellow"))
        console.print(Text(t("ui.cl.resume", lang, command=command_for(interview.checklist.id)), style="bold"),
                      soft_wrap=True)  # one line: the command can be copied as it is
        raise typer.Exit(0) from None
    except (typer.Abort, KeyboardInterrupt, EOFError):
        console.print()
        console.print(Text(t("ui.cl.interrupted", lang, path=interview.case_file.path), style="yellow"))
        console.print(Text(t("ui.cl.resume", lang, command=command_for(interview.checklist.id)), style="bold"),
                      soft_wrap=True)  # one line: the command can be copied as it is
        raise typer.Exit(130) from None
    render_summary(console, interview, session, lang, command_for)


def _loop(console: Console, interview: Interview, *, lang: str, now: Callable[[], str], protect: Protect) -> Session:
    session = interview.session()
    if any(not session.handled(i) for i in session.child_hidden()):
        session = interview.commit(session, now())
    _header(console, session, lang)
    current: m.Item | None = session.first_open()
    back_to_review = review_now = False
    if current is None:
        console.print(Text(t("ui.cl.all_answered", lang), style="green"))
    while True:
        if current is None or review_now:
            current, back_to_review = _open_or_review(console, session, lang, forced=review_now)
            review_now = False
            if current is None:
                return session
        command = _ask(console, session, current, lang)
        if command.kind == "quit":
            raise Pause
        if command.kind in ("review", "back"):
            review_now = command.kind == "review"
            current = current if review_now else _back(console, session, current, lang)
            continue
        before = session
        if command.kind == "skip" and not session.handled(current):
            session = interview.skip(current.id, now())
        elif command.kind == "answer":
            session = _store(console, interview, current, command, lang, now, protect)
        _notices(console, before, session, lang)
        current = None if back_to_review else session.next_after(current.id)
        back_to_review = False


def _open_or_review(console: Console, session: Session, lang: str, forced: bool) -> tuple[m.Item | None, bool]:
    """At the end (or on ``=``): the first item still open, else the review screen's choice."""
    current = None if forced else session.first_open()
    if current is not None:
        return current, False
    chosen = _review(console, session, lang)
    return chosen, chosen is not None


def _back(console: Console, session: Session, current: m.Item, lang: str) -> m.Item:
    previous = session.previous_before(current.id)
    if previous is None:
        console.print(Text(t("ui.cl.first", lang), style="yellow"))
    return previous or current


def _store(console: Console, interview: Interview, item: m.Item, command: Command, lang: str,
           now: Callable[[], str], protect: Protect) -> Session:
    if item.protected and command.value not in engine.SPECIAL:
        recorded = protect(item, command.value, command.note)
        console.print(Text(t("ui.cl.protected.recorded" if recorded else "ui.cl.protected.not_recorded", lang),
                           style="green" if recorded else "yellow"))
        return interview.protected(item.id, recorded, now())
    return interview.answer(item.id, command.value, now(), command.note)


def _ask(console: Console, session: Session, item: m.Item, lang: str) -> Command:
    _show_item(console, session, item, lang)
    while True:
        text = prompt_line("›")
        try:
            command = engine.parse_input(item, text, has_current=session.handled(item))
        except AnswerError as error:
            console.print(Text(f"✗ {t(error.message_key, lang, **error.message_values)}", style="red"))
            continue
        if command.kind == "help":
            _help(console, item, lang)
            continue
        return command


def _header(console: Console, session: Session, lang: str) -> None:
    checklist = session.checklist
    console.print(Text(f"{checklist.id} — {checklist.title.get(lang)}  ·  {session.victim}", style="bold"))
    counts = session.counts()
    if counts["answered"] or counts["skipped"]:
        console.print(Text(t("ui.cl.resuming", lang, **counts), style="cyan"))
    if session.child:
        message = t("ui.cl.child_mode", lang)
        if counts["not_asked_child"]:
            message += " " + t("ui.cl.became_child.hidden", lang, n=counts["not_asked_child"])
        console.print(Text(message, style="yellow"))
    console.print(Text(t("ui.cl.keys", lang), style="dim"))


def _show_item(console: Console, session: Session, item: m.Item, lang: str) -> None:
    n, total = session.position(item.id)
    section = next((s.title.get(lang) for s in session.checklist.sections if s.id == item.section), item.section)
    console.print()
    console.print(Text.assemble(("━━ ", "dim"), (f"{session.checklist.id} · {section}", "bold"), "   ",
                                (t("ui.cl.progress", lang, n=n, total=total), "cyan")))
    mode_style = "bold black on yellow" if item.mode == "ask" else "bold white on blue"
    console.print(Text(f" {t(f'ui.cl.mode.{item.mode}', lang)} ", style=mode_style))
    if item.never_ask_child and session.child:
        console.print(Text(t("ui.cl.never_child", lang), style="bold red"))
    if item.protected:
        console.print(Text(t("ui.cl.protected", lang), style="yellow"))
    console.print(Text.assemble((f"{item.id}  ", "bold"), (item.text.get(lang) or "", "bold")))
    for index, option in enumerate(item.options, 1):
        console.print(f"   {index}. {escape(option.label.get(lang) or option.id)}")
    record = session.record(item)
    if session.handled(item):
        console.print(Text(t("ui.cl.current", lang, answer=describe(item, record, lang)), style="green"))
    console.print(Text(t(f"ui.cl.hint.{item.type}", lang) + t("ui.cl.hint.common", lang), style="dim"))


def _help(console: Console, item: m.Item, lang: str) -> None:
    text = item.help.get(lang) or t("ui.cl.no_help", lang)
    source = f"  [{item.source}]" if item.source else ""
    console.print(Text(f"ℹ {text}{source}", style="cyan"))


def _notices(console: Console, before: Session, after: Session, lang: str) -> None:
    if after.child and not before.child:
        hidden = len(after.child_hidden())
        message = t("ui.cl.became_child", lang)
        if hidden:
            message += " " + t("ui.cl.became_child.hidden", lang, n=hidden)
        console.print(Text(message, style="bold yellow"))
    for checklist_id in set(after.opened()) - set(before.opened()):
        if checklist_id != after.checklist.id:
            console.print(Text(t("ui.cl.opened", lang, checklist=checklist_id), style="yellow"))


def describe(item: m.Item, record: engine.Record | None, lang: str) -> str:
    """An answer as the reader should see it (option labels, oui/non, dates as typed)."""
    if engine.is_protected(record):
        return t("ui.cl.value.protected" if record.get("recorded") else "ui.cl.value.not_recorded", lang)  # type: ignore[union-attr]
    if not engine.has_value(record):
        status = record.get("status") if isinstance(record, dict) else None
        return t(f"ui.cl.value.{status}", lang) if status else "—"
    value = engine.value_of(record)
    labels = {o.id: o.label.get(lang) or o.id for o in item.options}
    if value in (engine.YES, engine.NO, engine.UNKNOWN, engine.DECLINED) and value not in labels:
        shown = t(f"ui.cl.value.{value}", lang)
    elif isinstance(value, list):
        shown = ", ".join(labels.get(v, v) for v in value) or t("ui.cl.value.none", lang)
    else:
        shown = labels.get(value, str(value)) if isinstance(value, str) else str(value)
    note = record.get("note") if isinstance(record, dict) else None
    return f"{shown} ({note})" if note else shown


def _review(console: Console, session: Session, lang: str) -> m.Item | None:
    """The review screen: every answer, numbered; returns the item to change, or None to finish."""
    visible = session.visible()
    table = Table(title=t("ui.cl.review.title", lang, checklist=session.checklist.id, victim=session.victim),
                  title_justify="left", show_lines=False)
    for header in ("#", "id", "question", "answer"):
        table.add_column(t(f"ui.cl.review.{header}", lang), overflow="fold")
    for index, item in enumerate(visible, 1):
        text = item.text.get(lang) or ""
        short = text if len(text) <= 60 else text[:57] + "…"
        table.add_row(str(index), item.id, escape(short), escape(describe(item, session.record(item), lang)))
    for item in session.child_hidden():
        table.add_row("", item.id, escape((item.text.get(lang) or "")[:57]), t("ui.cl.value.not_asked_child", lang),
                      style="dim")
    console.print()
    console.print(table)
    while True:
        raw = prompt_line(t("ui.cl.review.prompt", lang)).strip()
        word = engine.fold(raw)
        if word in FINISH_WORDS:
            return None
        if word in engine.COMMANDS["quit"]:
            raise Pause
        if raw.isdigit() and 1 <= int(raw) <= len(visible):
            return visible[int(raw) - 1]
        found = next((i for i in visible if i.id.lower() == word), None)
        if found is not None:
            return found
        console.print(Text(t("ui.cl.review.bad", lang, n=len(visible)), style="red"))


def render_summary(console: Console, interview: Interview, session: Session, lang: str,
                   command_for: Callable[[str], str]) -> None:
    counts = session.counts()
    console.print()
    console.print(Text(t("ui.cl.done", lang, checklist=session.checklist.id, victim=session.victim, **counts),
                       style="bold green"))
    record = ((interview.data.get("derived") or {}).get("victims") or {}).get(session.victim) or {}
    for key in ("established", "excluded", "aggravating", "protection"):
        if record.get(key):
            console.print(Text.assemble((t(f"ui.case.{key}", lang) + " : ", "bold"), ", ".join(record[key])))
    child_lists = [c.id for c in session.checklists.values() if c.audience == "child"] if session.child else []
    for checklist_id in dict.fromkeys([*session.opened(), *child_lists]):
        if checklist_id != session.checklist.id:
            console.print(Text(t("ui.cl.next", lang, checklist=checklist_id, command=command_for(checklist_id)),
                               style="yellow"), soft_wrap=True)
    if counts["open"]:
        console.print(Text(t("ui.cl.resume", lang, command=command_for(session.checklist.id)), style="bold"),
                      soft_wrap=True)
    if not interview.data.get("facts_date"):
        console.print(Text(t("ui.case.warning.facts_date", lang), style="yellow"))
    console.print(Text(t("ui.cl.saved", lang, path=interview.case_file.path), style="dim"))


def render_scripted(console: Console, report: dict[str, Any], interview: Interview, session: Session, lang: str,
                    command_for: Callable[[str], str]) -> None:
    """After ``--answers FILE``: what was applied, what was not asked, then the usual summary."""
    console.print(Text(t("ui.cl.scripted", lang, n=len(report["applied"])), style="green"))
    if report["not_shown"]:
        console.print(Text(t("ui.cl.scripted.not_shown", lang, items=", ".join(report["not_shown"])),
                           style="yellow"))
    if report["not_recorded"]:
        console.print(Text(t("ui.cl.scripted.not_recorded", lang, items=", ".join(report["not_recorded"])),
                           style="yellow"))
    render_summary(console, interview, session, lang, command_for)


register({
    "ui.cl.list.title": {"fr": "Listes d’audition", "en": "Interview checklists"},
    "ui.cl.list.hint": {"fr": "Détail : trafficking checklist show ID · Audition : trafficking checklist run ID "
                              "--case DOSSIER",
                        "en": "Details: trafficking checklist show ID · Interview: trafficking checklist run ID "
                              "--case CASE"},
    "ui.cl.col.id": {"fr": "Id", "en": "Id"},
    "ui.cl.col.title": {"fr": "Liste", "en": "Checklist"},
    "ui.cl.col.audience": {"fr": "Pour", "en": "For"},
    "ui.cl.col.items": {"fr": "Questions", "en": "Items"},
    "ui.cl.col.requires": {"fr": "Préalable", "en": "Requires"},
    "ui.cl.requires.yes": {"fr": "consentement (A)", "en": "consent (A)"},
    "ui.cl.audience.all": {"fr": "toute victime", "en": "any victim"},
    "ui.cl.audience.adult": {"fr": "adulte", "en": "adult"},
    "ui.cl.audience.child": {"fr": "enfant ou âge douteux", "en": "child or age in doubt"},
    "ui.cl.legend": {"fr": "[à lire] = à lire à la personne · [vérif.] = pour l’enquêteur seul · ⛔ = jamais posée "
                           "à un enfant · 🔒 = réponse protégée (fichier d’identité)",
                     "en": "[ask] = read to the person · [check] = practitioner only · ⛔ = never asked of a child · "
                           "🔒 = protected answer (identity file)"},
    "ui.cl.mode.short.ask": {"fr": "à lire", "en": "ask"},
    "ui.cl.mode.short.check": {"fr": "vérif.", "en": "check"},
    "ui.cl.conditional": {"fr": "si…", "en": "if…"},
    "ui.cl.mode.ask": {"fr": "À LIRE À LA PERSONNE", "en": "READ TO THE PERSON"},
    "ui.cl.mode.check": {"fr": "VÉRIFICATION — pour l’enquêteur, ne pas lire", "en": "CHECK — practitioner only, "
                                                                                       "do not read out"},
    "ui.cl.progress": {"fr": "question {n} sur {total}", "en": "item {n} of {total}"},
    "ui.cl.never_child": {"fr": "⛔ Ne jamais poser cette question à l’enfant : répondre d’après les documents, le "
                                "tuteur ou d’autres preuves.",
                          "en": "⛔ Never put this question to the child: answer from documents, the guardian or "
                                "other evidence."},
    "ui.cl.protected": {"fr": "🔒 Réponse protégée : elle ira dans le fichier d’identité chiffré, jamais dans le "
                              "dossier.",
                        "en": "🔒 Protected answer: it goes to the encrypted identity file, never into the case file."},
    "ui.cl.current": {"fr": "Réponse enregistrée : {answer} — Entrée pour la garder",
                      "en": "Saved answer: {answer} — Enter to keep it"},
    "ui.cl.hint.yes_no": {"fr": "o/oui · n/non · r = refus", "en": "y/yes · n/no · r = declined"},
    "ui.cl.hint.yes_no_unknown": {"fr": "o/oui · n/non · nsp = ne sait pas · r = refus",
                                  "en": "y/yes · n/no · u = unknown · r = declined"},
    "ui.cl.hint.choice": {"fr": "numéro de l’option · nsp · r = refus", "en": "option number · u = unknown · "
                                                                                  "r = declined"},
    "ui.cl.hint.multi": {"fr": "numéros séparés par des virgules (1,3) · aucun · nsp · r = refus",
                         "en": "numbers separated by commas (1,3) · none · u = unknown · r = declined"},
    "ui.cl.hint.text": {"fr": "texte libre · nsp · refus", "en": "free text · unknown · declined"},
    "ui.cl.hint.date": {"fr": "AAAA-MM-JJ, JJ/MM/AAAA, MM/AAAA ou AAAA · nsp · r = refus",
                        "en": "YYYY-MM-DD, DD/MM/YYYY, MM/YYYY or YYYY · u = unknown · r = declined"},
    "ui.cl.hint.number": {"fr": "nombre · nsp · r = refus", "en": "number · u = unknown · r = declined"},
    "ui.cl.hint.common": {"fr": " · ? pourquoi · < retour · > passer · = revue · q pause",
                          "en": " · ? why · < back · > skip · = review · q pause"},
    "ui.cl.keys": {"fr": "Chaque réponse est enregistrée aussitôt. ? = pourquoi cette question · < = retour · "
                         "> = passer · nsp = ne sait pas · r = refus de répondre · « oui : note » ajoute une note · "
                         "q = pause",
                   "en": "Every answer is saved at once. ? = why we ask · < = back · > = skip · u = unknown · "
                         "r = declined to answer · \"yes: note\" adds a note · q = pause"},
    "ui.cl.resuming": {"fr": "Reprise : {answered} réponse(s), {skipped} passée(s), {open} restante(s).",
                       "en": "Resuming: {answered} answered, {skipped} skipped, {open} left."},
    "ui.cl.child_mode": {"fr": "Mode enfant : la personne est mineure ou présumée telle.",
                         "en": "Child mode: the person is or is presumed a minor."},
    "ui.cl.became_child": {"fr": "⚠ Doute sur l’âge : la personne est présumée mineure.",
                           "en": "⚠ Doubt about age: the person is presumed a minor."},
    "ui.cl.became_child.hidden": {"fr": "{n} question(s) ⛔ de cette liste ne lui seront pas posées.",
                                  "en": "{n} ⛔ item(s) in this checklist will not be put to them."},
    "ui.cl.opened": {"fr": "→ La liste {checklist} est ouverte pour cette personne.",
                     "en": "→ Checklist {checklist} is now open for this person."},
    "ui.cl.first": {"fr": "C’est la première question.", "en": "This is the first item."},
    "ui.cl.no_help": {"fr": "Pas d’explication pour cette question.", "en": "No explanation for this item."},
    "ui.cl.all_answered": {"fr": "Toutes les questions ont une réponse : revue.",
                           "en": "Every item has an answer: review."},
    "ui.cl.protected.recorded": {"fr": "🔒 Consigné dans le fichier d’identité chiffré.",
                                 "en": "🔒 Recorded in the encrypted identity file."},
    "ui.cl.protected.not_recorded": {"fr": "Non consigné (aucune trace de la réponse).",
                                     "en": "Not recorded (no trace of the answer)."},
    "ui.cl.value.yes": {"fr": "oui", "en": "yes"},
    "ui.cl.value.no": {"fr": "non", "en": "no"},
    "ui.cl.value.unknown": {"fr": "ne sait pas", "en": "unknown"},
    "ui.cl.value.declined": {"fr": "refus de répondre", "en": "declined to answer"},
    "ui.cl.value.none": {"fr": "aucun", "en": "none"},
    "ui.cl.value.skipped": {"fr": "— passée", "en": "— skipped"},
    "ui.cl.value.not_asked_child": {"fr": "⛔ non posée (enfant)", "en": "⛔ not asked (child)"},
    "ui.cl.value.protected": {"fr": "🔒 fichier d’identité", "en": "🔒 identity file"},
    "ui.cl.value.not_recorded": {"fr": "🔒 donnée, non consignée", "en": "🔒 given, not recorded"},
    "ui.cl.review.title": {"fr": "Revue — liste {checklist}, {victim}", "en": "Review — checklist {checklist}, "
                                                                               "{victim}"},
    "ui.cl.review.#": {"fr": "#", "en": "#"},
    "ui.cl.review.id": {"fr": "Id", "en": "Id"},
    "ui.cl.review.question": {"fr": "Question", "en": "Item"},
    "ui.cl.review.answer": {"fr": "Réponse", "en": "Answer"},
    "ui.cl.review.prompt": {"fr": "Numéro ou identifiant à modifier (Entrée = terminer, q = pause) ›",
                            "en": "Number or id to change (Enter = finish, q = pause) ›"},
    "ui.cl.review.bad": {"fr": "Tapez un numéro de 1 à {n}, un identifiant, ou Entrée.",
                         "en": "Type a number from 1 to {n}, an id, or Enter."},
    "ui.cl.done": {"fr": "Liste {checklist} pour {victim} : {answered} réponse(s), {skipped} passée(s), {open} sans "
                         "réponse, {not_asked_child} non posée(s) (enfant).",
                   "en": "Checklist {checklist} for {victim}: {answered} answered, {skipped} skipped, {open} open, "
                         "{not_asked_child} not asked (child)."},
    "ui.cl.next": {"fr": "→ Liste {checklist} ouverte : {command}", "en": "→ Checklist {checklist} is open: {command}"},
    "ui.cl.saved": {"fr": "Dossier enregistré : {path}", "en": "Case saved: {path}"},
    "ui.cl.paused": {"fr": "Pause. Toutes les réponses sont enregistrées dans {path}.",
                     "en": "Paused. Every answer is saved in {path}."},
    "ui.cl.interrupted": {"fr": "Interrompu. Les réponses déjà données sont enregistrées dans {path}.",
                          "en": "Interrupted. The answers already given are saved in {path}."},
    "ui.cl.resume": {"fr": "Pour reprendre : {command}", "en": "To resume: {command}"},
    "ui.cl.scripted": {"fr": "{n} réponse(s) du fichier enregistrée(s).", "en": "{n} answer(s) from the file saved."},
    "ui.cl.scripted.not_shown": {
        "fr": "Non posées (condition non remplie, ou question jamais posée à un enfant) : {items}",
        "en": "Not asked (condition not met, or never asked of a child): {items}"},
    "ui.cl.scripted.not_recorded": {
        "fr": "Réponses protégées non consignées (aucune phrase secrète : TRAFFICKING_PASSPHRASE) : {items}",
        "en": "Protected answers not recorded (no passphrase: TRAFFICKING_PASSPHRASE): {items}"},
})
