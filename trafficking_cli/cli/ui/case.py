"""Terminal side of case files: passphrase prompts, confirmation, ``case list`` and ``case show``."""

from __future__ import annotations

import shlex
from datetime import datetime
from typing import Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from trafficking_cli.errors import CryptoError, UsageError
from trafficking_cli.i18n import t

from .common import print_table
from .fit import print_whole, whole_commands
from .widgets import colon, labelled, prompt_line, titled_table

__all__ = ["ask_identity_passphrase", "ask_passphrase", "confirm", "prompt_line", "render_case", "render_case_list",
           "render_created"]

YES_WORDS = {"o", "oui", "y", "yes"}
MIN_PASSPHRASE = 16  # as the commands' Secrets: four short words
TRIES = 3  # a passphrase typed wrong three times: stop rather than loop


def ask_passphrase(lang: str, *, new: bool, what: str = "case") -> str:
    """A passphrase typed without echo; a new one is typed twice. Never empty."""
    for _ in range(TRIES):
        first = _prompt_secret(t("ui.case.passphrase.new" if new else f"ui.case.passphrase.{what}", lang), lang)
        if not first:
            continue
        if new and len(first) < MIN_PASSPHRASE:
            typer.echo(t("ui.case.passphrase.short", lang, n=MIN_PASSPHRASE), err=True)
            continue
        if _confirmed(first, new, lang):
            return first
        typer.echo(t("ui.case.passphrase.mismatch", lang), err=True)
    raise CryptoError(t("ui.case.passphrase.failed", lang))


def _prompt_secret(label: str, lang: str) -> str:
    """Hidden input; with no terminal and nothing to read (a script, a pipe), say how to pass it instead."""
    import sys

    try:
        return prompt_line(label, hide=True)
    except typer.Abort:
        if sys.stdin is None or not sys.stdin.isatty():  # how the run was started, not a passphrase: exit 2
            raise UsageError(t("ui.case.passphrase.no_terminal", lang),
                             t("ui.case.passphrase.no_terminal.hint", lang)) from None
        raise  # Ctrl-C or Ctrl-D in a terminal: the boundary says "Interrupted"


def ask_identity_passphrase(console: Console, lang: str, *, new: bool) -> str | None:
    """For the protected identity file: a passphrase, or None when the user prefers not to record."""
    console.print(Text(t("ui.case.identity.explain", lang), style="yellow"))
    for _ in range(TRIES):
        first = prompt_line(t("ui.case.passphrase.identity", lang), hide=True)
        if not first:
            return None
        if new and len(first) < MIN_PASSPHRASE:
            console.print(Text(t("ui.case.passphrase.short", lang, n=MIN_PASSPHRASE), style="red"))
            continue
        if _confirmed(first, new, lang):
            return first
        console.print(Text(t("ui.case.passphrase.mismatch", lang), style="red"))
    return None


def _confirmed(first: str, new: bool, lang: str) -> bool:
    """A new passphrase must be typed twice alike (a typo would lock the file for good); an existing one once."""
    return not new or prompt_line(t("ui.case.passphrase.again", lang), hide=True) == first


def confirm(lang: str, question: str) -> bool:
    return prompt_line(f"{question} {t('ui.case.yes_no_default_no', lang)}").strip().lower() in YES_WORDS


def render_created(console: Console, path: str, case: str, encrypted: bool, lang: str) -> None:
    """The new file's path, and the commands that fill and read it, naming ``case`` as the user will type it."""
    console.print(Text(t("ui.case.created", lang, path=path), style="green"), soft_wrap=True)
    key = "ui.case.created.encrypted" if encrypted else "ui.case.created.plain"
    console.print(Text(t(key, lang, case=shlex.quote(case)), style="dim"))


def render_case_list(console: Console, rows: list[dict[str, Any]], folder: str, lang: str) -> None:
    if not rows:
        print_whole(console, Text(t("ui.case.list.empty", lang, folder=folder)))  # the folder whole
        return
    headers = ("name", "reference", "facts_date", "victims", "answers", "modified")
    # The folder on a line of its own, and case names never cut or wrapped: they are typed back as they are.
    console.print(Text(t("ui.case.list.title", lang, folder=folder), style="italic"), soft_wrap=True)
    table = Table()
    longest = max(len(row["name"]) + (2 if row["encrypted"] else 0) for row in rows)
    table.add_column(t("ui.case.col.name", lang), no_wrap=True, overflow="ignore", min_width=longest)
    for header in headers[1:]:
        table.add_column(t(f"ui.case.col.{header}", lang), overflow="fold")
    for row in rows:
        name = escape(row["name"]) + (" 🔒" if row["encrypted"] else "")
        details: list[str | Text]
        if row["encrypted"]:
            details = [t("ui.case.list.encrypted", lang), "", "", ""]
        elif row["problem"]:
            details = [Text(t("ui.case.list.invalid", lang), style="red"), "", "", ""]
        else:
            details = [escape(str(row["reference"] or "")), str(row["facts_date"] or "—"),
                       ", ".join(row["victims"]) or "—", str(row["answers"])]
        modified = datetime.fromtimestamp(row["modified"]).strftime("%Y-%m-%d %H:%M")
        table.add_row(name, *details, modified)
    print_table(console, table)


def render_case(console: Console, view: dict[str, Any], lang: str) -> None:
    from trafficking_cli.cases.facts import localized_summary

    title = view["reference"] or t("ui.case.no_reference", lang)
    lock = t("ui.case.show.encrypted", lang) if view["encrypted"] else t("ui.case.show.plain", lang)
    # the path whole; « · » kept at its end (a no-break space), never at the start of a line
    print_whole(console, Text.assemble((title, "bold"), "  ", (f"{view['path']}\u00a0· {lock}", "dim")))
    console.print(labelled(t("ui.case.col.facts_date", lang), _dates(view, lang), "   ",
                           (t("ui.case.places", lang) + colon(lang), "bold"), ", ".join(view["places"]) or "—",
                           lang=lang))
    if view["summary"]:
        print_whole(console, Text(localized_summary(view["summary"], lang), style="italic"))
    for warning in view["warnings"]:  # wrapped under its text; the path and the command whole
        print_whole(console, Text(whole_commands(f"⚠ {t(warning, lang, case=shlex.quote(view['path']))}"),
                                  style="yellow"))
    labels = view.get("labels") or {}
    for victim in view["victims"]:
        _render_victim(console, victim, labels, lang)
    if view["suspects"]:
        console.print(Text(t("ui.case.suspects", lang), style="bold"))
        # a child is never put list B: the hint says where a child's acts are attributed (review 2, 9a)
        child = any(v["minor"] for v in view["victims"])
        for suspect in view["suspects"]:
            _render_suspect(console, suspect, lang, child, view["path"])
    _render_evidence(console, view["evidence"], labels, lang)
    if view["identity_file"]:
        console.print(Text(t("ui.case.identity.present", lang), style="dim"))


def _render_suspect(console: Console, suspect: dict[str, Any], lang: str, child: bool = False,
                    path: str = "") -> None:
    """``S1  recruteuse — personne physique, auteur ; connaissance de la finalité : établie``, then each act."""
    about = [t(f"ui.case.suspect.kind.{suspect.get('kind', 'person')}", lang),
             t(f"ui.case.suspect.participation.{suspect.get('participation', 'auteur')}", lang)]
    if suspect.get("with"):
        about.append(t("ui.case.suspect.with", lang, codes=", ".join(suspect["with"])))
    about.append(t(f"ui.case.suspect.knowledge.{suspect.get('knowledge', 'unknown')}", lang))
    if suspect.get("denies"):
        about.append(t("ui.case.suspect.denies", lang))
    role = escape(suspect.get("role") or "")
    sep = " ; " if lang == "fr" else "; "
    # continuation lines under the role (a hanging indent), in a terminal and in a pipe
    print_whole(console, Text.assemble(f"  {suspect['id']}  ", (role, "bold"), " — " if role else "",
                                       sep.join(about)), hanging=len(suspect["id"]) + 4)
    labels = suspect.get("act_labels") or {}
    for act in suspect.get("acts") or []:
        label = (labels.get(act["element"]) or {}).get(lang) or act["element"]
        when = " → ".join(x for x in (act.get("from"), act.get("to")) if x)
        where = ", ".join(x for x in (when, act.get("place")) if x)
        attempt = f" [{t('ui.case.suspect.attempt', lang)}]" if act.get("stage") == "tentative" else ""
        victims = ", ".join(act.get("victims") or []) or "?"
        print_whole(console, Text(f"• {label} → {victims}" + (f" ({where})" if where else "") + attempt,
                                  style="yellow" if attempt else ""), indent=6)
    if not suspect.get("acts") and not suspect.get("with"):
        hint = (t("ui.case.suspect.no_act_child", lang, case=shlex.quote(path)) if child
                else t("ui.case.suspect.no_act", lang))
        print_whole(console, Text(whole_commands(hint), style="dim"), indent=6)


def _dates(view: dict[str, Any], lang: str) -> Text:
    if not view["facts_date"]:
        return Text(t("ui.case.date_missing", lang), style="red")
    end = f" → {view['facts_end_date']}" if view["facts_end_date"] else ""
    return Text(view["facts_date"] + end)


def _render_victim(console: Console, victim: dict[str, Any], labels: dict[str, Any], lang: str) -> None:
    """One victim of ``case show``: age and minority, facts (their labels, the items behind them, the caveat of
    an unverified aggravation), duties, progress."""
    console.print(_victim_line(victim, lang))
    caveats = victim.get("aggravating_caveats") or {}
    for key in ("established", "excluded", "aggravating"):
        facts = victim[key]
        if facts:
            shown = _list_sep(lang).join(
                _fact(f["id"], labels, lang) + (f" [{', '.join(f['items'])}]" if f["items"] else "")
                + (f" — {caveats[f['id']][lang]}" if f["id"] in caveats else "") for f in facts)
            print_whole(console, labelled(t("ui.case." + key, lang), shown, lang=lang, indent="  "), hanging=4)
    if victim["protection"]:
        duties = victim.get("protection_labels") or {}
        names = [(duties.get(d) or {}).get(lang) or d for d in victim["protection"]]
        print_whole(console, labelled(t("ui.case.protection", lang), ", ".join(names), lang=lang, indent="  "),
                    hanging=4)
    for checklist_id, keys in victim["opens"].items():
        console.print(Text(f"  → {t('ui.case.opens', lang, checklist=checklist_id, items=', '.join(keys))}",
                           style="yellow"))
    if victim["conflicts"]:
        facts = _list_sep(lang).join(_fact(c, labels, lang) for c in victim["conflicts"])
        console.print(Text(f"  ⚠ {t('ui.case.conflicts', lang, ids=facts)}", style="red"))
    progress = ", ".join(f"{c} {p['answered']}/{p['total']}" for c, p in victim["progress"].items() if p["answered"])
    if progress:
        print_whole(console, labelled(t("ui.case.progress", lang), progress, lang=lang, indent="  "), hanging=4)


def _victim_line(victim: dict[str, Any], lang: str) -> Text:
    """``V1  âge 15 · mineur(e) · NG``; a doubt about age reads "presumed minor"."""
    minor = {True: "ui.case.minor.yes", False: "ui.case.minor.no", None: "ui.case.minor.unknown"}[victim["minor"]]
    if victim["minor"] and victim["age_doubt"]:
        minor = "ui.case.minor.presumed"
    age = victim["age_at_facts"] if victim["age_at_facts"] is not None else "?"
    derived = victim.get("age_from_answers")
    if derived and derived.get("value") == victim["age_at_facts"]:  # say how the answers reached it
        low, high = derived.get("range") or (age, age)
        age = t(f"ui.case.age_from.{derived.get('method')}", lang, age=age, low=low, high=high,
                items=", ".join(derived.get("from") or []))
    return Text.assemble(("\n" + victim["id"], "bold cyan"), f"  {t('ui.case.age', lang)} {age} · ",
                         (t(minor, lang), "yellow" if victim["minor"] else ""), f" · {victim['nationality'] or '—'}")


def _fact(ident: str, labels: dict[str, Any], lang: str) -> str:
    """An element or aggravation id as the memo says it (« l’hébergement »); an unknown id as it is."""
    return (labels.get(ident) or {}).get(lang) or ident


def _list_sep(lang: str) -> str:
    """Between labels: « ; », since a label may hold commas (« un avantage financier, matériel ou … »)."""
    return " ; " if lang == "fr" else "; "


def _supports(refs: list[str], labels: dict[str, Any], lang: str) -> str:
    """``V1.accueil, V1.hebergement, V2.hebergement`` → « V1 : l’accueil ; l’hébergement », then
    « V2 : l’hébergement » on the next line: one line per victim or suspect."""
    by_party: dict[str, list[str]] = {}
    for ref in refs:
        party, _, ident = ref.partition(".")
        by_party.setdefault(party, []).append(_fact(ident, labels, lang))
    colon = " : " if lang == "fr" else ": "
    return "\n".join(f"{party}{colon}{_list_sep(lang).join(facts)}" for party, facts in by_party.items())


def _kind(kind: str, lang: str) -> str:
    """``testimony`` → « témoignage » (the memo's word); a kind the catalogue lacks as it is."""
    from trafficking_cli.i18n import has

    return t(f"evidence.{kind}", lang) if has(f"evidence.{kind}") else kind


def _render_evidence(console: Console, evidence: list[dict[str, Any]], labels: dict[str, Any], lang: str) -> None:
    if not evidence:
        return
    table = titled_table(t("ui.case.evidence", lang),
                         (t(f"ui.case.col.{h}", lang) for h in ("id", "kind", "description", "supports")),
                         overflow="fold")
    for entry in evidence:
        mark = " *" if entry["derived"] else ""
        table.add_row(entry["id"] + mark, _kind(entry["kind"], lang), escape(entry["description"]),
                      escape(_supports(entry["supports"], labels, lang)))
    print_table(console, table)
    if any(e["derived"] for e in evidence):
        console.print(Text(t("ui.case.evidence.derived", lang), style="dim"))


def render_identity(console: Console, path: str, entries: dict[str, Any], lang: str) -> None:
    """The identity file's answers, per victim and item (only ever shown on request: ``case identity``)."""
    if not entries:
        console.print(t("ui.case.identity.empty", lang))
        return
    table = titled_table(t("ui.case.identity.title", lang, path=path),
                         ("V", "Question", t("ui.cl.review.answer", lang), "Date"), overflow="fold")
    for victim, items in entries.items():
        for key, entry in (items or {}).items():
            value = entry.get("value")
            note = f" ({entry['note']})" if entry.get("note") else ""
            table.add_row(victim, key, escape(f"{value}{note}"), str(entry.get("at") or ""))
    print_table(console, table)


def confirm_create(console: Console, lang: str, case: str, path: str, near: list[str]) -> bool:
    """No case by that name: say so, name the closest ones, and ask « Créer … ? [O/n] » (Enter = yes)."""
    console.print(Text(t("ui.case.create.none", lang, case=case, path=path), style="yellow"), soft_wrap=True)
    if near:
        console.print(Text(t("ui.case.create.near", lang, names=", ".join(near)), style="yellow"), soft_wrap=True)
    answer = prompt_line(t("ui.case.create.ask", lang, case=case)).strip().lower()
    return answer in ("", *YES_WORDS)
