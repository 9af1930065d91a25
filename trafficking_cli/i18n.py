"""French and English messages. French is the default everywhere (contracts §1)."""

from __future__ import annotations

DEFAULT_LANG = "fr"

MESSAGES: dict[str, dict[str, str]] = {
    # text status badges (contracts §2 vocabulary)
    "status.verbatim": {"fr": "TEXTE DE LA LOI (verbatim)", "en": "VERBATIM TEXT"},
    "status.partial": {"fr": "TEXTE INCOMPLET (verbatim, s’arrête avant la fin)",
                       "en": "PARTIAL TEXT (verbatim, stops before the end)"},
    "status.paraphrase": {"fr": "PARAPHRASE — ce ne sont pas les mots de la loi",
                          "en": "PARAPHRASE — not the words of the law"},
    "status.missing": {"fr": "TEXTE INCONNU", "en": "TEXT NOT KNOWN"},
    "status.unofficial": {"fr": "traduction non officielle (la nôtre)", "en": "unofficial translation (ours)"},
    "status.official": {"fr": "traduction officielle", "en": "official translation"},
    "short.verbatim": {"fr": "verbatim", "en": "verbatim"},
    "short.partial": {"fr": "incomplet", "en": "partial"},
    "short.paraphrase": {"fr": "paraphrase", "en": "paraphrase"},
    "short.missing": {"fr": "manquant", "en": "missing"},
    "number.inferred": {"fr": "numéro d’article déduit, non lu dans le texte",
                        "en": "article number inferred, not read in the text"},
    "number.unknown": {"fr": "numéro d’article inconnu", "en": "article number unknown"},
    "number.conflicting": {"fr": "numéro d’article attesté mais discordant selon les sources",
                           "en": "article number attested but conflicting between sources"},
    # show
    "show.original": {"fr": "Texte original ({language})", "en": "Original text ({language})"},
    "show.translation": {"fr": "Traduction ({language}) — {status}", "en": "Translation ({language}) — {status}"},
    "show.no_text": {"fr": "Aucun texte connu de cette disposition. Elle est comptée comme manquante.",
                     "en": "No text of this provision is known. It is counted as missing."},
    "show.heading_descriptive": {"fr": "Intitulé descriptif (le nôtre) : la source ne donne pas le titre de l’article.",
                                 "en": "Descriptive heading (ours): the source gives no title for the article."},
    "show.attribution": {"fr": "Qui parle", "en": "Whose words"},
    "show.sources": {"fr": "Sources", "en": "Sources"},
    "show.notes": {"fr": "Notes", "en": "Notes"},
    "show.caveats": {"fr": "Mises en garde", "en": "Caveats"},
    "show.in_force": {"fr": "En vigueur", "en": "In force"},
    "show.from": {"fr": "du {start}", "en": "from {start}"},
    "show.to": {"fr": "au {end}", "en": "to {end}"},
    "show.unknown_end": {"fr": "(fin inconnue ou toujours en vigueur)", "en": "(end unknown or still in force)"},
    "show.confidence": {"fr": "Fiabilité de la source", "en": "Source reliability"},
    "show.paragraphs": {"fr": "Subdivisions", "en": "Subdivisions"},
    "confidence.high": {"fr": "élevée", "en": "high"},
    "confidence.medium": {"fr": "moyenne", "en": "medium"},
    "confidence.low": {"fr": "faible", "en": "low"},
    # elements
    "elements.title": {"fr": "Éléments constitutifs", "en": "Elements of the offence"},
    "elements.offences": {"fr": "Infractions", "en": "Offences"},
    "elements.offence": {"fr": "Infraction", "en": "Offence"},
    "elements.category": {"fr": "Catégorie", "en": "Category"},
    "elements.rule": {"fr": "Règle", "en": "Rule"},
    "elements.items": {"fr": "Éléments (identifiant)", "en": "Elements (id)"},
    "elements.basis": {"fr": "Fondement", "en": "Basis"},
    "elements.any_of": {"fr": "l’un au moins", "en": "any one"},
    "elements.all_of": {"fr": "tous", "en": "all"},
    "elements.not_for_minors": {"fr": "non exigé pour un mineur", "en": "not required for a minor"},
    "elements.child_rule": {"fr": "Règle de l’enfant", "en": "Child rule"},
    "elements.penalties": {"fr": "Peines", "en": "Penalties"},
    "elements.aggravating": {"fr": "Circonstances aggravantes", "en": "Aggravating circumstances"},
    "elements.warnings": {"fr": "Avertissements", "en": "Warnings"},
    "elements.verified": {"fr": "confirmée dans le texte malien", "en": "confirmed in the Malian text"},
    "elements.unverified": {"fr": "NON VÉRIFIÉE dans le texte malien", "en": "NOT VERIFIED in the Malian text"},
    "elements.hint": {"fr": "Détail : trafficking elements ID", "en": "Details: trafficking elements ID"},
    "penalty.years": {"fr": "{low} à {high} ans", "en": "{low} to {high} years"},
    "penalty.life": {"fr": "jusqu’à la perpétuité", "en": "up to life"},
    "penalty.unknown": {"fr": "peine inconnue", "en": "penalty unknown"},
    "penalty.fine": {"fr": "amende {amount} FCFA", "en": "fine {amount} FCFA"},
    "category.act": {"fr": "Acte", "en": "Act"},
    "category.means": {"fr": "Moyens", "en": "Means"},
    "category.purpose": {"fr": "Finalité (exploitation)", "en": "Purpose (exploitation)"},
    "category.conduct": {"fr": "Comportement", "en": "Conduct"},
    "category.object": {"fr": "Objet", "en": "Object"},
    "category.victim": {"fr": "Victime", "en": "Victim"},
    # law list
    "law.title": {"fr": "Textes", "en": "Instruments"},
    "law.id": {"fr": "Identifiant", "en": "Id"},
    "law.instrument": {"fr": "Texte", "en": "Instrument"},
    "law.status": {"fr": "Statut", "en": "Status"},
    "law.known": {"fr": "Dispositions connues", "en": "Known provisions"},
    "law.counts": {"fr": "{verbatim} verbatim · {partial} incomplètes · {paraphrase} paraphrases · "
                         "{missing} manquantes",
                   "en": "{verbatim} verbatim · {partial} partial · {paraphrase} paraphrased · {missing} missing"},
    "law.total_unknown": {"fr": "nombre total d’articles inconnu", "en": "total number of articles unknown"},
    "law.total": {"fr": "{total} articles au total", "en": "{total} articles in all"},
    "law.inferred": {"fr": "{n} numéro(s) déduit(s) ou inconnu(s)", "en": "{n} number(s) inferred or unknown"},
    # validate
    "validate.ok": {"fr": "{files} fichiers vérifiés : aucun problème.", "en": "{files} files checked: no problems."},
    "validate.problems": {"fr": "{n} problème(s) dans {files} fichiers.", "en": "{n} problem(s) in {files} files."},
    "validate.file": {"fr": "Fichier:ligne", "en": "File:line"},
    "validate.key": {"fr": "Clé", "en": "Key"},
    "validate.problem": {"fr": "Problème", "en": "Problem"},
    "validate.hint": {"fr": "À faire", "en": "What to do"},
    # errors
    "error": {"fr": "Erreur", "en": "Error"},
    "error.try": {"fr": "Essayez : {hint}", "en": "Try: {hint}"},
    "error.known": {"fr": "Articles connus de {title} : {known} (* numéro déduit)",
                    "en": "Known articles of {title}: {known} (* number inferred)"},
    "error.did_you_mean": {"fr": "Vouliez-vous dire : {options} ?", "en": "Did you mean: {options}?"},
    "error.unknown.provision": {"fr": "disposition inconnue : {given!r}", "en": "unknown provision: {given!r}"},
    "error.unknown.offence": {"fr": "infraction inconnue : {given!r}", "en": "unknown offence: {given!r}"},
    "error.unknown.checklist": {"fr": "liste inconnue : {given!r}", "en": "unknown checklist: {given!r}"},
    "error.unexpected": {"fr": "erreur inattendue : {error}. Relancez avec --debug pour le détail.",
                         "en": "unexpected error: {error}. Run again with --debug for details."},
    "error.interrupted": {"fr": "Interrompu.", "en": "Interrupted."},
    "disclaimer": {"fr": "Aide de référence, pas un avis juridique. Vérifiez au Journal officiel.",
                   "en": "A reference aid, not legal advice. Check against the Journal officiel."},
}


def t(key: str, lang: str = DEFAULT_LANG, **values: object) -> str:
    """The message ``key`` in ``lang`` (falling back to French), formatted with ``values``."""
    entry = MESSAGES.get(key)
    if entry is None:
        return key
    text = entry.get(lang) or entry[DEFAULT_LANG]
    return text.format(**values) if values else text


def register(messages: dict[str, dict[str, str]]) -> None:
    """Let a feature module add its own messages (search, checklist, memo) without editing this file."""
    MESSAGES.update(messages)
