"""Messages: cli ({key: (French, English)}); loaded by ``i18n`` on first use of a key prefix."""

MESSAGES: dict[str, tuple[str, str]] = {
    "error": ("Erreur", "Error"),
    "error.try": ("Essayez : {hint}", "Try: {hint}"),
    "error.known": ("Articles connus de {title} : {known} (* numéro déduit)",
                    "Known articles of {title}: {known} (* number inferred)"),
    "error.did_you_mean": ("Vouliez-vous dire : {options} ?", "Did you mean: {options}?"),
    "error.unknown.provision": ("disposition inconnue : {given!r}", "unknown provision: {given!r}"),
    "error.unknown.offence": ("infraction inconnue : {given!r}", "unknown offence: {given!r}"),
    "error.unknown.checklist": ("liste inconnue : {given!r}", "unknown checklist: {given!r}"),
    "error.unexpected": ("erreur inattendue : {error}. Relancez avec --debug pour le détail.",
                         "unexpected error: {error}. Run again with --debug for details."),
    "error.interrupted": ("Interrompu.", "Interrupted."),
    "disclaimer": ("Aide de référence, pas un avis juridique. Vérifiez au Journal officiel.",
                   "A reference aid, not legal advice. Check against the Journal officiel."),
    "write.failed": (
        "impossible d’écrire {path} : {reason}. Rien n’a été perdu : la version précédente du fichier est intacte, "
        "seule la dernière modification n’a pas été enregistrée.",
        "cannot write {path}: {reason}. Nothing was lost: the previous version of the file is intact; only the last "
        "change was not saved."),
    "write.failed.hint": (
        "libérez de la place sur le disque (ou choisissez un autre dossier), puis relancez la même commande",
        "free some disk space (or choose another folder), then run the same command again"),
    "error.unknown.instrument": ("texte ou liste inconnu : {given!r}", "unknown instrument or checklist: {given!r}"),
}
