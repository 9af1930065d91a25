"""Terminal side of case files: passphrase prompts, confirmation, ``case list`` and ``case show``."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.text import Text

from trafficking_cli.errors import CryptoError
from trafficking_cli.i18n import register, t

from .widgets import labelled, prompt_line, titled_table

__all__ = ["ask_identity_passphrase", "ask_passphrase", "confirm", "prompt_line", "render_case", "render_case_list",
           "render_created"]

YES_WORDS = {"o", "oui", "y", "yes"}
TRIES = 3  # a passphrase typed wrong three times: stop rather than loop


def ask_passphrase(lang: str, *, new: bool, what: str = "case") -> str:
    """A passphrase typed without echo; a new one is typed twice. Never empty."""
    for _ in range(TRIES):
        first = _prompt_secret(t("ui.case.passphrase.new" if new else f"ui.case.passphrase.{what}", lang), lang)
        if not first:
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
        if sys.stdin is None or not sys.stdin.isatty():
            raise CryptoError(t("ui.case.passphrase.no_terminal", lang),
                              t("ui.case.passphrase.no_terminal.hint", lang)) from None
        raise  # Ctrl-C or Ctrl-D in a terminal: the boundary says "Interrupted"


def ask_identity_passphrase(console: Console, lang: str, *, new: bool) -> str | None:
    """For the protected identity file: a passphrase, or None when the user prefers not to record."""
    console.print(Text(t("ui.case.identity.explain", lang), style="yellow"))
    for _ in range(TRIES):
        first = prompt_line(t("ui.case.passphrase.identity", lang), hide=True)
        if not first:
            return None
        if _confirmed(first, new, lang):
            return first
        console.print(Text(t("ui.case.passphrase.mismatch", lang), style="red"))
    return None


def _confirmed(first: str, new: bool, lang: str) -> bool:
    """A new passphrase must be typed twice alike (a typo would lock the file for good); an existing one once."""
    return not new or prompt_line(t("ui.case.passphrase.again", lang), hide=True) == first


def confirm(lang: str, question: str) -> bool:
    return prompt_line(f"{question} {t('ui.case.yes_no_default_no', lang)}").strip().lower() in YES_WORDS


def render_created(console: Console, path: str, encrypted: bool, lang: str) -> None:
    console.print(Text(t("ui.case.created", lang, path=path), style="green"))
    console.print(Text(t("ui.case.created.encrypted" if encrypted else "ui.case.created.plain", lang), style="dim"))


def render_case_list(console: Console, rows: list[dict[str, Any]], folder: str, lang: str) -> None:
    if not rows:
        console.print(Text(t("ui.case.list.empty", lang, folder=folder)))
        return
    headers = ("name", "reference", "facts_date", "victims", "answers", "modified")
    table = titled_table(t("ui.case.list.title", lang, folder=folder), (t(f"ui.case.col.{h}", lang) for h in headers))
    for row in rows:
        name = escape(row["name"]) + (" 🔒" if row["encrypted"] else "")
        if row["encrypted"]:
            details = [t("ui.case.list.encrypted", lang), "", "", ""]
        elif row["problem"]:
            details = [Text(t("ui.case.list.invalid", lang), style="red"), "", "", ""]
        else:
            details = [escape(str(row["reference"] or "")), str(row["facts_date"] or "—"),
                       ", ".join(row["victims"]) or "—", str(row["answers"])]
        modified = datetime.fromtimestamp(row["modified"]).strftime("%Y-%m-%d %H:%M")
        table.add_row(name, *details, modified)
    console.print(table)


def render_case(console: Console, view: dict[str, Any], lang: str) -> None:
    title = view["reference"] or t("ui.case.no_reference", lang)
    lock = t("ui.case.show.encrypted", lang) if view["encrypted"] else t("ui.case.show.plain", lang)
    console.print(Text.assemble((title, "bold"), "  ", (f"{view['path']} · {lock}", "dim")))
    console.print(labelled(t("ui.case.col.facts_date", lang), _dates(view, lang), "   ",
                           (t("ui.case.places", lang) + " : ", "bold"), ", ".join(view["places"]) or "—"))
    if view["summary"]:
        console.print(Text(view["summary"], style="italic"))
    for warning in view["warnings"]:
        console.print(Text(f"⚠ {t(warning, lang)}", style="yellow"))
    for victim in view["victims"]:
        _render_victim(console, victim, lang)
    if view["suspects"]:
        console.print(Text(t("ui.case.suspects", lang), style="bold"))
        for suspect in view["suspects"]:
            console.print(f"  {suspect['id']}  {escape(suspect.get('role') or '')}")
    _render_evidence(console, view["evidence"], lang)
    if view["identity_file"]:
        console.print(Text(t("ui.case.identity.present", lang), style="dim"))


def _dates(view: dict[str, Any], lang: str) -> Text:
    if not view["facts_date"]:
        return Text(t("ui.case.date_missing", lang), style="red")
    end = f" → {view['facts_end_date']}" if view["facts_end_date"] else ""
    return Text(view["facts_date"] + end)


def _render_victim(console: Console, victim: dict[str, Any], lang: str) -> None:
    """One victim of ``case show``: age and minority, facts with the items behind them, duties, progress."""
    console.print(_victim_line(victim, lang))
    for key in ("established", "excluded", "aggravating"):
        facts = victim[key]
        if facts:
            shown = ", ".join(f"{f['id']}" + (f" [{', '.join(f['items'])}]" if f["items"] else "") for f in facts)
            console.print(labelled(t("ui.case." + key, lang), shown, indent="  "))
    if victim["protection"]:
        labels = victim.get("protection_labels") or {}
        names = [(labels.get(d) or {}).get(lang) or d for d in victim["protection"]]
        console.print(labelled(t("ui.case.protection", lang), ", ".join(names), indent="  "))
    for checklist_id, keys in victim["opens"].items():
        console.print(Text(f"  → {t('ui.case.opens', lang, checklist=checklist_id, items=', '.join(keys))}",
                           style="yellow"))
    if victim["conflicts"]:
        console.print(Text(f"  ⚠ {t('ui.case.conflicts', lang, ids=', '.join(victim['conflicts']))}", style="red"))
    progress = ", ".join(f"{c} {p['answered']}/{p['total']}" for c, p in victim["progress"].items() if p["answered"])
    if progress:
        console.print(labelled(t("ui.case.progress", lang), progress, indent="  "))


def _victim_line(victim: dict[str, Any], lang: str) -> Text:
    """``V1  âge 15 · mineur(e) · NG``; a doubt about age reads "presumed minor"."""
    minor = {True: "ui.case.minor.yes", False: "ui.case.minor.no", None: "ui.case.minor.unknown"}[victim["minor"]]
    if victim["minor"] and victim["age_doubt"]:
        minor = "ui.case.minor.presumed"
    age = victim["age_at_facts"] if victim["age_at_facts"] is not None else "?"
    return Text.assemble(("\n" + victim["id"], "bold cyan"), f"  {t('ui.case.age', lang)} {age} · ",
                         (t(minor, lang), "yellow" if victim["minor"] else ""), f" · {victim['nationality'] or '—'}")


def _render_evidence(console: Console, evidence: list[dict[str, Any]], lang: str) -> None:
    if not evidence:
        return
    table = titled_table(t("ui.case.evidence", lang),
                         (t(f"ui.case.col.{h}", lang) for h in ("id", "kind", "description", "supports")),
                         overflow="fold")
    for entry in evidence:
        mark = " *" if entry["derived"] else ""
        table.add_row(entry["id"] + mark, entry["kind"], escape(entry["description"]), ", ".join(entry["supports"]))
    console.print(table)
    if any(e["derived"] for e in evidence):
        console.print(Text(t("ui.case.evidence.derived", lang), style="dim"))


register({
    "ui.case.passphrase.case": {"fr": "Phrase secrète du dossier :", "en": "Case passphrase:"},
    "ui.case.passphrase.new": {"fr": "Nouvelle phrase secrète (plusieurs mots ; perdue = dossier perdu) :",
                               "en": "New passphrase (several words; lost = case lost):"},
    "ui.case.passphrase.again": {"fr": "Retapez-la :", "en": "Type it again:"},
    "ui.case.passphrase.mismatch": {"fr": "Les deux saisies diffèrent.", "en": "The two entries differ."},
    "ui.case.passphrase.no_terminal": {
        "fr": "ce dossier est chiffré et aucun terminal n’est là pour saisir la phrase secrète : rien n’a été lu "
              "ni écrit",
        "en": "this case is encrypted and there is no terminal to type the passphrase: nothing was read or "
              "written"},
    "ui.case.passphrase.no_terminal.hint": {
        "fr": "lancez la commande dans un terminal, ou définissez TRAFFICKING_PASSPHRASE pour un script",
        "en": "run the command in a terminal, or set TRAFFICKING_PASSPHRASE for a script"},
    "ui.case.passphrase.failed": {"fr": "aucune phrase secrète valable saisie : rien n’a été écrit",
                                  "en": "no valid passphrase entered: nothing written"},
    "ui.case.passphrase.identity": {
        "fr": "Phrase secrète du fichier d’identité (Entrée seule = ne pas consigner) :",
        "en": "Identity file passphrase (Enter alone = do not record):"},
    "ui.case.identity.explain": {
        "fr": "Cette réponse identifie la personne : elle ne va jamais dans le dossier, seulement dans le "
              "fichier d’identité protégé, toujours chiffré.",
        "en": "This answer identifies the person: it never goes into the case file, only into the protected "
              "identity file, always encrypted."},
    "ui.case.identity.present": {"fr": "Un fichier d’identité protégé (chiffré) accompagne ce dossier.",
                                 "en": "A protected (encrypted) identity file goes with this case."},
    "ui.case.yes_no_default_no": {"fr": "[o/N]", "en": "[y/N]"},
    "ui.case.created": {"fr": "Dossier créé : {path}", "en": "Case created: {path}"},
    "ui.case.created.plain": {
        "fr": "Complétez-le dans un éditeur (les commentaires expliquent chaque clé), ou lancez une liste : "
              "trafficking checklist run A --case …",
        "en": "Fill it in with an editor (the comments explain each key), or run a checklist: "
              "trafficking checklist run A --case …"},
    "ui.case.created.encrypted": {
        "fr": "Chiffré : il se remplit par « trafficking checklist run A --case … » et se lit par "
              "« trafficking case show ». Sans la phrase secrète, il est illisible, définitivement.",
        "en": "Encrypted: fill it with \"trafficking checklist run A --case …\" and read it with "
              "\"trafficking case show\". Without the passphrase it cannot be read, ever."},
    "ui.case.list.title": {"fr": "Dossiers ({folder})", "en": "Cases ({folder})"},
    "ui.case.list.empty": {"fr": "Aucun dossier dans {folder}. Créez-en un : trafficking case new NOM",
                           "en": "No case in {folder}. Create one: trafficking case new NAME"},
    "ui.case.list.encrypted": {"fr": "chiffré", "en": "encrypted"},
    "ui.case.list.invalid": {"fr": "invalide (case show)", "en": "invalid (case show)"},
    "ui.case.col.name": {"fr": "Nom", "en": "Name"},
    "ui.case.col.reference": {"fr": "Référence", "en": "Reference"},
    "ui.case.col.facts_date": {"fr": "Date des faits", "en": "Date of facts"},
    "ui.case.col.victims": {"fr": "Victimes", "en": "Victims"},
    "ui.case.col.answers": {"fr": "Réponses", "en": "Answers"},
    "ui.case.col.modified": {"fr": "Modifié", "en": "Modified"},
    "ui.case.col.id": {"fr": "Id", "en": "Id"},
    "ui.case.col.kind": {"fr": "Nature", "en": "Kind"},
    "ui.case.col.description": {"fr": "Description", "en": "Description"},
    "ui.case.col.supports": {"fr": "Étaye", "en": "Supports"},
    "ui.case.no_reference": {"fr": "(sans référence)", "en": "(no reference)"},
    "ui.case.show.encrypted": {"fr": "chiffré", "en": "encrypted"},
    "ui.case.show.plain": {"fr": "non chiffré", "en": "not encrypted"},
    "ui.case.places": {"fr": "Lieux", "en": "Places"},
    "ui.case.date_missing": {"fr": "inconnue (nécessaire pour la note)", "en": "unknown (needed for the memo)"},
    "ui.case.warning.facts_date": {
        "fr": "facts_date manque : la note de qualification refusera ce dossier tant qu’il n’est pas renseigné.",
        "en": "facts_date is missing: the charging memo will refuse this case until it is filled in."},
    "ui.case.age": {"fr": "âge", "en": "age"},
    "ui.case.minor.yes": {"fr": "mineur(e)", "en": "minor"},
    "ui.case.minor.presumed": {"fr": "présumé(e) mineur(e) (doute sur l’âge)", "en": "presumed minor (age in doubt)"},
    "ui.case.minor.no": {"fr": "majeur(e)", "en": "adult"},
    "ui.case.minor.unknown": {"fr": "âge inconnu", "en": "age unknown"},
    "ui.case.established": {"fr": "Établis", "en": "Established"},
    "ui.case.excluded": {"fr": "Écartés", "en": "Excluded"},
    "ui.case.aggravating": {"fr": "Aggravantes", "en": "Aggravating"},
    "ui.case.protection": {"fr": "Devoirs de protection", "en": "Protection duties"},
    "ui.case.opens": {"fr": "liste {checklist} ouverte ({items})", "en": "checklist {checklist} opened ({items})"},
    "ui.case.conflicts": {"fr": "réponses contradictoires sur : {ids} (ni établis ni écartés)",
                          "en": "conflicting answers on: {ids} (neither established nor excluded)"},
    "ui.case.progress": {"fr": "Réponses", "en": "Answers"},
    "ui.case.suspects": {"fr": "Suspects", "en": "Suspects"},
    "ui.case.evidence": {"fr": "Preuves", "en": "Evidence"},
    "ui.case.evidence.derived": {"fr": "* déduite des réponses aux listes (recalculée)",
                                 "en": "* derived from checklist answers (recomputed)"},
    "ui.case.delete.confirm": {"fr": "Supprimer définitivement {path}{identity} ?",
                               "en": "Delete {path}{identity} for good?"},
    "ui.case.delete.identity": {"fr": " et son fichier d’identité", "en": " and its identity file"},
    "ui.case.deleted": {"fr": "Supprimé : {paths}", "en": "Deleted: {paths}"},
    "ui.case.delete.kept": {"fr": "Rien n’a été supprimé.", "en": "Nothing was deleted."},
    "ui.case.delete.ssd": {
        "fr": "Sur un disque SSD, des copies peuvent subsister : seul un dossier chiffré est réellement effacé "
              "quand sa phrase secrète est oubliée.",
        "en": "On an SSD, copies may remain: only an encrypted case is truly erased once its passphrase is "
              "forgotten."},
})
