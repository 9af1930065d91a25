"""Messages: search ({key: (French, English)}); loaded by ``i18n`` on first use of a key prefix."""

MESSAGES: dict[str, tuple[str, str]] = {
    "search.title": ("{total} résultat(s) pour « {query} »", "{total} result(s) for “{query}”"),
    "search.shown": ("{shown} affiché(s) sur {total} : --limit N pour en voir plus.",
                     "{shown} shown of {total}: --limit N to see more."),
    "search.none": (
        "Aucun résultat pour « {query} ». Essayez un autre mot, sans accent, ou en anglais (la loi et sa traduction "
        "sont indexées).",
        "No results for “{query}”. Try another word, without accents, or in French (the law and its translation are "
        "both indexed)."),
    "search.did_you_mean": ("Vouliez-vous dire : « {suggestion} » ? Les résultats en tiennent compte.",
                            "Did you mean: “{suggestion}”? The results include it."),
    "search.col.rank": ("#", "#"),
    "search.col.reference": ("Référence", "Reference"),
    "search.col.status": ("Statut", "Status"),
    "search.col.snippet": ("Extrait", "Excerpt"),
    "search.col.score": ("Score", "Score"),
    "search.reference": ("réf.", "ref."),
    "search.translation": ("traduction {status}", "{status} translation"),
    "search.unofficial": ("non officielle", "unofficial"),
    "search.official": ("officielle", "official"),
    "search.no_text": ("(aucun texte connu)", "(no text known)"),
    "search.footer": ("Texte complet : trafficking show ID. Les listes ne sont pas la loi.",
                      "Full text: trafficking show ID. Checklists are not law."),
    "search.notice.operators_ignored": (
        "AND, OR et NOT ne sont pas des opérateurs ici : ils sont ignorés, les autres mots sont cherchés.",
        "AND, OR and NOT are not operators here: they were left out and the other words searched."),
    "search.notice.truncated": ("Texte très long : seuls ses premiers mots sont cherchés.",
                                "Very long text: only its first words are searched."),
    "search.notice.reference_elsewhere": (
        "La loi n°2012-023 n’a pas d’article « {query} » connu : voici les textes qui en ont un.",
        "Law No. 2012-023 has no known article “{query}”: here are the instruments that have one."),
    "search.notice.reference_not_found": (
        "Aucune disposition connue ne porte ce numéro (trafficking law list) : les mots sont cherchés.",
        "No known provision has that number (trafficking law list): the words are searched instead."),
    "search.error.empty": ("rien à chercher : tapez un ou plusieurs mots, p. ex. trafficking search mendicité",
                           "nothing to search: type one or more words, e.g. trafficking search begging"),
    "search.error.wildcard_only": ("« * » seul ne cherche rien : tapez le début d’un mot suivi de *, p. ex. mendic*",
                                   "“*” alone searches nothing: type the start of a word followed by *, e.g. beg*"),
    "search.error.operators_only": ("seulement des opérateurs (AND, OR, NOT) : tapez les mots à chercher",
                                    "only operators (AND, OR, NOT): type the words to look for"),
    "search.error.stopwords_only": (
        "seulement des mots trop courants (« la », « de », « the »…) : ajoutez un mot qui compte",
        "only very common words (“la”, “de”, “the”…): add a word that matters"),
}
