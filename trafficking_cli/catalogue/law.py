"""Messages: law ({key: (French, English)}); loaded by ``i18n`` on first use of a key prefix."""

MESSAGES: dict[str, tuple[str, str]] = {
    "status.verbatim": ("TEXTE DE LA LOI (verbatim)", "VERBATIM TEXT"),
    "status.partial": ("TEXTE INCOMPLET (verbatim, s’arrête avant la fin)",
                       "PARTIAL TEXT (verbatim, stops before the end)"),
    "status.paraphrase": ("PARAPHRASE — ce ne sont pas les mots de la loi", "PARAPHRASE — not the words of the law"),
    "status.missing": ("TEXTE INCONNU", "TEXT NOT KNOWN"),
    "status.unofficial": ("traduction non officielle (la nôtre)", "unofficial translation (ours)"),
    "status.official": ("traduction officielle", "official translation"),
    "short.verbatim": ("verbatim", "verbatim"),
    "short.partial": ("incomplet", "partial"),
    "short.paraphrase": ("paraphrase", "paraphrase"),
    "short.missing": ("manquant", "missing"),
    "number.inferred": ("numéro d’article déduit, non lu dans le texte",
                        "article number inferred, not read in the text"),
    "number.unknown": ("numéro d’article inconnu", "article number unknown"),
    "number.conflicting": ("numéro d’article attesté mais discordant selon les sources",
                           "article number attested but conflicting between sources"),
    "show.original": ("Texte original ({language})", "Original text ({language})"),
    "show.translation": ("Traduction ({language}) — {status}", "Translation ({language}) — {status}"),
    "show.no_text": ("Aucun texte connu de cette disposition. Elle est comptée comme manquante.",
                     "No text of this provision is known. It is counted as missing."),
    "show.heading_descriptive": ("Intitulé descriptif (le nôtre) : la source ne donne pas le titre de l’article.",
                                 "Descriptive heading (ours): the source gives no title for the article."),
    "show.attribution": ("Qui parle", "Whose words"),
    "show.sources": ("Sources", "Sources"),
    "show.notes": ("Notes", "Notes"),
    "show.caveats": ("Mises en garde", "Caveats"),
    "show.in_force": ("En vigueur", "In force"),
    "show.from": ("du {start}", "from {start}"),
    "show.to": ("au {end}", "to {end}"),
    "show.unknown_end": ("(fin inconnue ou toujours en vigueur)", "(end unknown or still in force)"),
    "show.confidence": ("Fiabilité de la source", "Source reliability"),
    "show.paragraphs": ("Subdivisions", "Subdivisions"),
    "confidence.high": ("élevée", "high"),
    "confidence.medium": ("moyenne", "medium"),
    "confidence.low": ("faible", "low"),
    "elements.title": ("Éléments constitutifs", "Elements of the offence"),
    "elements.offences": ("Infractions", "Offences"),
    "elements.offence": ("Infraction", "Offence"),
    "elements.category": ("Catégorie", "Category"),
    "elements.rule": ("Règle", "Rule"),
    "elements.items": ("Éléments (identifiant)", "Elements (id)"),
    "elements.basis": ("Fondement", "Basis"),
    "elements.any_of": ("l’un au moins", "any one"),
    "elements.all_of": ("tous", "all"),
    "elements.not_for_minors": ("non exigé pour un mineur", "not required for a minor"),
    "elements.child_rule": ("Règle de l’enfant", "Child rule"),
    "elements.penalties": ("Peines", "Penalties"),
    "elements.aggravating": ("Circonstances aggravantes", "Aggravating circumstances"),
    "elements.warnings": ("Avertissements", "Warnings"),
    "elements.verified": ("confirmée dans le texte malien", "confirmed in the Malian text"),
    "elements.unverified": ("NON VÉRIFIÉE dans le texte malien", "NOT VERIFIED in the Malian text"),
    "elements.hint": ("Détail : trafficking elements ID", "Details: trafficking elements ID"),
    "penalty.years": ("{low} à {high} ans", "{low} to {high} years"),
    "penalty.life": ("jusqu’à la perpétuité", "up to life"),
    "penalty.unknown": ("peine inconnue", "penalty unknown"),
    "penalty.fine": ("amende {amount} FCFA", "fine {amount} FCFA"),
    "category.act": ("Acte", "Act"),
    "category.means": ("Moyens", "Means"),
    "category.purpose": ("Finalité (exploitation)", "Purpose (exploitation)"),
    "category.conduct": ("Comportement", "Conduct"),
    "category.object": ("Objet", "Object"),
    "category.victim": ("Victime", "Victim"),
    "law.title": ("Textes", "Instruments"),
    "law.id": ("Identifiant", "Id"),
    "law.instrument": ("Texte", "Instrument"),
    "law.status": ("Statut", "Status"),
    "law.known": ("Dispositions connues", "Known provisions"),
    "law.counts": ("{verbatim} · {partial} · {paraphrase} · {missing}",
                   "{verbatim} · {partial} · {paraphrase} · {missing}"),
    # one: 0 or 1 (French puts both in the singular); many: 2 and more
    "law.count.verbatim.one": ("{n}\u00a0verbatim", "{n}\u00a0verbatim"),
    "law.count.verbatim.many": ("{n}\u00a0verbatim", "{n}\u00a0verbatim"),
    "law.count.partial.one": ("{n}\u00a0incomplète", "{n}\u00a0partial"),
    "law.count.partial.many": ("{n}\u00a0incomplètes", "{n}\u00a0partial"),
    "law.count.paraphrase.one": ("{n}\u00a0paraphrase", "{n}\u00a0paraphrased"),
    "law.count.paraphrase.many": ("{n}\u00a0paraphrases", "{n}\u00a0paraphrased"),
    "law.count.missing.one": ("{n}\u00a0manquante", "{n}\u00a0missing"),
    "law.count.missing.many": ("{n}\u00a0manquantes", "{n}\u00a0missing"),
    "law.total_unknown": ("nombre total d’articles inconnu", "total number of articles unknown"),
    "law.total": ("{total} articles au total", "{total} articles in all"),
    "law.inferred": ("{n} numéro(s) déduit(s) ou inconnu(s)", "{n} number(s) inferred or unknown"),
    "validate.ok": ("{files} fichiers vérifiés : aucun problème.", "{files} files checked: no problems."),
    "validate.problems": ("{n} problème(s) dans {files} fichiers.", "{n} problem(s) in {files} files."),
    "validate.file": ("Fichier:ligne", "File:line"),
    "validate.key": ("Clé", "Key"),
    "validate.problem": ("Problème", "Problem"),
    "validate.hint": ("À faire", "What to do"),
    "category.aggravating": (
        "Circonstance aggravante",
        "Aggravating circumstance"),
    "law.in_force": (
        "En vigueur à la date des faits (du {start} au {end}).",
        "In force at the date of the facts (from {start} to {end})."),
    "law.not_yet": (
        "Pas encore en vigueur à la date des faits (entrée en vigueur le {start}) : la loi pénale n’est pas "
        "rétroactive ; les faits ne peuvent pas être poursuivis sur ce fondement.",
        "Not yet in force at the date of the facts (in force from {start}): criminal law does not reach back; the "
        "facts cannot be prosecuted on this basis."),
    "law.ended": (
        "Plus en vigueur à la date des faits (jusqu’au {end}) : un texte abrogé ne régit pas des faits postérieurs.",
        "No longer in force at the date of the facts (until {end}): a repealed text does not govern later facts."),
    "law.international_in_force": (
        "Instrument international en vigueur depuis le {start} : il oblige l’État et sert à interpréter la loi "
        "malienne ; il n’est pas à lui seul le fondement d’une poursuite.",
        "International instrument in force since {start}: it binds the State and helps interpret Malian law; it is "
        "not by itself a basis for a prosecution."),
    "law.international_not_in_force": (
        "Instrument international pas encore en vigueur à la date des faits (depuis le {start}).",
        "International instrument not yet in force at the date of the facts (in force from {start})."),
    "law.offered": (
        "Le droit en vigueur à la date des faits offre : {offences}.",
        "The law in force at the date of the facts offers: {offences}."),
    "law.offered_one": (
        "{name} ({cites})",
        "{name} ({cites})"),
    "law.offered_minor": (
        "{name} ({cites}), si la victime est mineure",
        "{name} ({cites}), for a child victim"),
    "law.continuing": (
        "Les faits se poursuivent jusqu’au {end} : seuls les faits postérieurs au {start} pourraient relever de ce "
        "texte ; à examiner séparément.",
        "The facts continue until {end}: only the facts after {start} could fall under this text; to be examined "
        "separately."),
    "law.missing_articles": (
        "Dispositions dont l’existence est rapportée mais dont le texte n’est pas dans le corpus : {headings} "
        "({ids}). Elles peuvent s’appliquer concurremment : vérifier au Journal officiel.",
        "Provisions reported to exist whose text is not in the corpus: {headings} ({ids}). They may apply alongside: "
        "check the Journal officiel."),
    "short.checklist_item": ("LISTE (pas la loi)", "CHECKLIST (not law)"),
    # issue 8 (analysis v2)
    "law.in_force_part": (
        "En vigueur pour une partie des faits seulement (du {start} au {end}) : les faits sont jugés partie par "
        "partie (voir la période de chaque qualification).",
        "In force for part of the facts only (from {start} to {end}): the facts are judged part by part (see each "
        "charge's period)."),
    "law.international_undated": (
        "Instrument international (date d’entrée en vigueur absente des sources) : il oblige l’État et sert à "
        "interpréter la loi malienne ; il n’est pas à lui seul le fondement d’une poursuite.",
        "International instrument (date of entry into force not in the sources): it binds the State and helps "
        "interpret Malian law; it is not by itself a basis for a prosecution."),
}
