"""The case file as text: the empty template, and YAML with a comment over each top-level key.

The comments explain each key to a magistrate opening the file in an editor; they are written in the
file's own language (French, or English), which ``comment_language`` reads back so saves keep it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from trafficking_cli.corpus.loader import dump_yaml_safe as dump_yaml
from trafficking_cli.i18n import MESSAGES, register, t

from .schema import CASE_SCHEMA

KEY_ORDER = ("schema", "reference", "facts_date", "facts_end_date", "places", "summary", "victims", "suspects",
             "evidence", "procedure", "answers", "derived")


def template_data(victims: tuple[str, ...] = ("V1",), suspects: tuple[str, ...] = ("S1",)) -> dict[str, Any]:
    """A new, empty case in contracts §3 shape."""
    return {
        "schema": CASE_SCHEMA, "reference": "", "facts_date": None, "facts_end_date": None, "places": [],
        "summary": "",
        "victims": [new_victim(v) for v in victims],
        "suspects": [{"id": s, "role": "", "participation": "auteur", "acts": []} for s in suspects],
        "evidence": [], "answers": {},
    }


def new_victim(code: str) -> dict[str, Any]:
    return {"id": code, "age_at_facts": None, "age_doubt": False, "sex": None, "nationality": None,
            "established": [], "excluded": [], "aggravating": []}


def to_plain(value: Any) -> Any:
    """Plain dicts and lists (the loader's line-numbered ones do not serialise)."""
    if isinstance(value, dict):
        return {str(k) if not isinstance(k, str) else k: to_plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [to_plain(v) for v in value]
    return value


def render_case(data: Mapping[str, Any], lang: str = "fr") -> str:
    """The case as YAML, each top-level key under a comment explaining it (French, or English)."""
    data = to_plain(dict(data))
    lines = [f"# {line}" for line in t("case.comment.header", lang).splitlines()]
    order = [k for k in KEY_ORDER if k in data] + [k for k in data if k not in KEY_ORDER]
    for key in order:
        if key == "derived" and not data[key]:
            continue
        lines.append("")
        if f"case.comment.{key}" in MESSAGES:
            lines += [f"# {line}".rstrip() for line in t(f"case.comment.{key}", lang).splitlines()]
        lines.append(dump_yaml({key: data[key]}).rstrip("\n"))
    return "\n".join(lines) + "\n"


def comment_language(text: str) -> str:
    """The language the file was written in (its first comment line), so that saves keep it."""
    english = "# " + t("case.comment.header", "en").splitlines()[0]
    return "en" if text.startswith(english) else "fr"


register({
    "case.comment.header": {
        "fr": "Dossier trafficking-cli (contrats §3). Les victimes et les suspects ne sont désignés que par des\n"
              "codes (V1, S1…) : aucun nom réel ici. Vérifiez avec : trafficking case show FICHIER",
        "en": "trafficking-cli case file (contracts §3). Victims and suspects are only codes (V1, S1…):\n"
              "no real name here. Check it with: trafficking case show FILE"},
    "case.comment.schema": {"fr": "Format du fichier : ne pas modifier.", "en": "File format: do not change."},
    "case.comment.reference": {"fr": "Référence du dossier (texte libre), ex. « RP 2019/0123 ».",
                               "en": "Case reference (free text), e.g. \"RP 2019/0123\"."},
    "case.comment.facts_date": {
        "fr": "Date des faits (début), entre guillemets : \"2019-01-15\". Elle décide de la loi applicable ;\n"
              "la note de qualification l’exige. Une estimation vaut mieux que rien. null = inconnue.",
        "en": "Date of the facts (start), in quotes: \"2019-01-15\". It decides which law applies; the\n"
              "charging memo needs it. An estimate is better than nothing. null = unknown."},
    "case.comment.facts_end_date": {"fr": "Date de fin des faits (facultative), même format ; null si inconnue.",
                                    "en": "End date of the facts (optional), same format; null if unknown."},
    "case.comment.places": {"fr": "Lieux des faits, ex. [\"Kayes\", \"Bamako\"].",
                            "en": "Places of the facts, e.g. [\"Kayes\", \"Bamako\"]."},
    "case.comment.summary": {"fr": "Résumé libre des faits, avec les seuls codes (V1, S1…), jamais de nom.",
                             "en": "Free summary of the facts, with codes only (V1, S1…), never a name."},
    "case.comment.victims": {
        "fr": "Victimes : des codes V1, V2… (les identités réelles vont dans le fichier d’identité protégé,\n"
              "toujours chiffré, jamais ici).\n"
              "  age_at_facts : âge au moment des faits (nombre entier), null si inconnu\n"
              "  age_doubt : true si l’âge est incertain ou contesté : la personne est traitée comme mineure\n"
              "  sex : F ou M (facultatif) ; nationality : code pays ISO à 2 lettres, ex. NG (facultatif)\n"
              "  established : éléments que les faits établissent (identifiants : trafficking elements traite)\n"
              "  excluded : éléments que les faits écartent\n"
              "  aggravating : circonstances aggravantes qui concernent cette victime\n"
              "Les réponses aux listes d’audition complètent ces listes ; vos ajouts à la main sont conservés.",
        "en": "Victims: codes V1, V2… (real identities go to the protected identity file, always\n"
              "encrypted, never here).\n"
              "  age_at_facts: age at the time of the facts (whole number), null if unknown\n"
              "  age_doubt: true when age is uncertain or disputed: the person is treated as a minor\n"
              "  sex: F or M (optional); nationality: ISO 2-letter country code, e.g. NG (optional)\n"
              "  established: elements the facts support (ids: trafficking elements traite)\n"
              "  excluded: elements the facts rule out\n"
              "  aggravating: aggravating facts concerning this victim\n"
              "Checklist answers add to these lists; what you add by hand is kept."},
    "case.comment.suspects": {
        "fr": "Suspects : des codes S1, S2… ; role : texte libre (recruteur, transporteur…).\n"
              "  kind : person | legal_person ; participation : auteur | coauteur | complice\n"
              "  with : pour un coauteur, les suspects dont il partage les actes, ex. [S2]\n"
              "  acts : ce que le suspect a fait, à qui, ex.\n"
              "    - {element: recrutement, victims: [V1], from: \"2019-01-15\", to: null, place: \"Lagos\","
              " stage: consomme}\n"
              "    (stage : consomme | tentative ; from, to, place facultatifs)\n"
              "  knowledge : known | unknown (le dossier prouve-t-il qu’il connaissait la finalité ?)\n"
              "  denies : true si le suspect conteste les faits (facultatif)",
        "en": "Suspects: codes S1, S2…; role: free text (recruiter, transporter…).\n"
              "  kind: person | legal_person; participation: auteur | coauteur | complice\n"
              "  with: for a coauteur, the suspects whose acts they share, e.g. [S2]\n"
              "  acts: what the suspect did, to whom, e.g.\n"
              "    - {element: recrutement, victims: [V1], from: \"2019-01-15\", to: null, place: \"Lagos\","
              " stage: consomme}\n"
              "    (stage: consomme | tentative; from, to, place optional)\n"
              "  knowledge: known | unknown (does the file prove they knew the purpose?)\n"
              "  denies: true if the suspect disputes the facts (optional)"},
    "case.comment.procedure": {
        "fr": "Procédure (facultatif) : first_act_date = date du premier acte d’enquête ou de poursuite\n"
              "(il interrompt la prescription), ex. procedure: {first_act_date: \"2019-02-01\"}.",
        "en": "Procedure (optional): first_act_date = date of the first act of investigation or prosecution\n"
              "(it interrupts limitation), e.g. procedure: {first_act_date: \"2019-02-01\"}."},
    "case.comment.evidence": {
        "fr": "Preuves : id E1, E2… ; kind : testimony | document | physical | digital | financial | expert ;\n"
              "description : texte libre ; supports : éléments étayés, sous la forme V1.recrutement\n"
              "(V1.age pour une preuve de l’âge : acte de naissance, expertise ; S1.recrutement pour l’acte\n"
              "d’un suspect). Exemple :\n"
              "  - id: E1\n"
              "    kind: document\n"
              "    description: \"Billets de car Kayes-Bamako\"\n"
              "    supports: [V1.transport]\n"
              "Les entrées déduites des réponses portent « source » et sont recalculées ; les vôtres restent.",
        "en": "Evidence: id E1, E2…; kind: testimony | document | physical | digital | financial | expert;\n"
              "description: free text; supports: elements it supports, written V1.recrutement\n"
              "(V1.age for evidence of age: birth certificate, age assessment; S1.recrutement for a\n"
              "suspect's act). Example:\n"
              "  - id: E1\n"
              "    kind: document\n"
              "    description: \"Bus tickets Kayes-Bamako\"\n"
              "    supports: [V1.transport]\n"
              "Entries derived from answers carry \"source\" and are recomputed; yours stay."},
    "case.comment.answers": {
        "fr": "Réponses aux listes d’audition : « LISTE.QUESTION » puis code de la victime. Écrit par\n"
              "« trafficking checklist run » après chaque réponse ; à corriger de préférence avec cette commande.",
        "en": "Checklist answers: \"CHECKLIST.ITEM\" then the victim's code. Written by\n"
              "\"trafficking checklist run\" after every answer; best corrected with that command."},
    "case.comment.derived": {
        "fr": "Recalculé à chaque réponse : ce que les réponses ont ajouté (added), avec les questions qui\n"
              "fondent chaque élément, circonstance et devoir de protection. Ne pas modifier.",
        "en": "Recomputed after every answer: what the answers added (added), with the items behind each\n"
              "element, aggravating fact and protection duty. Do not edit."},
})
