"""Messages: cli ({key: (French, English)}); loaded by ``i18n`` on first use of a key prefix."""

MESSAGES: dict[str, tuple[str, str]] = {
    "error": ("Erreur", "Error"),
    "error.try": ("Essayez : {hint}", "Try: {hint}"),
    "error.known": ("Articles connus de {title} : {known} (* numéro déduit)",
                    "Known articles of {title}: {known} (* number inferred)"),
    "error.did_you_mean": ("Vouliez-vous dire : {options} ?", "Did you mean: {options}?"),
    "error.unknown.provision": ("disposition inconnue : {given!r}", "unknown provision: {given!r}"),
    "error.unknown.offence": ("infraction inconnue : {given!r}", "unknown offence: {given!r}"),
    "error.partial_reference": (
        "référence incomplètement reconnue : {given!r} — seul « {known} » est connu ; la suite ne désigne aucune "
        "subdivision du corpus, et rien n’est affiché à sa place",
        "reference only partly recognised: {given!r} — only '{known}' is known; the rest names no subdivision in "
        "the corpus, and nothing is shown in its place"),
    "error.ambiguous.instrument": (
        "référence ambiguë : {given!r} peut désigner plusieurs textes ; précisez lequel",
        "ambiguous reference: {given!r} may name several texts; say which one"),
    "error.ambiguous.offence": ("{given!r} désigne plusieurs infractions ; précisez laquelle",
                                "{given!r} names several offences; say which one"),
    "error.suggested_provisions": ("Vouliez-vous dire :", "Did you mean:"),
    "error.instrument_in_force": ("{title} (en vigueur {period})", "{title} (in force {period})"),
    "error.period.between": ("du {start} au {end}", "from {start} to {end}"),
    "error.period.since": ("depuis le {start}, sans fin connue", "since {start}, no known end"),
    "error.period.unknown": ("dates inconnues", "dates unknown"),
    "error.instrument_lacks": ("{title} : aucune disposition de ce numéro dans le corpus",
                               "{title}: no provision with that number in the corpus"),
    "error.unknown.checklist": ("liste inconnue : {given!r}", "unknown checklist: {given!r}"),
    "error.invalid_data": ("données invalides", "invalid data"),
    "error.more_one": ("{first} (+1 autre)", "{first} (+1 more)"),
    "error.more": ("{first} (+{n} autres)", "{first} (+{n} more)"),
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
    "write.readonly": (
        "impossible d’écrire {path} : le support est en lecture seule ({reason}). Rien n’a été perdu : la version "
        "précédente du fichier est intacte.",
        "cannot write {path}: the medium is read-only ({reason}). Nothing was lost: the previous version of the "
        "file is intact."),
    "write.readonly.hint": (
        "retirez la protection en écriture (clé USB, carte SD) ou choisissez un autre dossier",
        "remove the write protection (USB stick, SD card) or choose another folder"),
    "write.denied": (
        "impossible d’écrire {path} : permission refusée ({reason}). Rien n’a été perdu : la version précédente du "
        "fichier est intacte.",
        "cannot write {path}: permission denied ({reason}). Nothing was lost: the previous version of the file is "
        "intact."),
    "write.denied.hint": (
        "choisissez un dossier où vous avez le droit d’écrire (p. ex. votre dossier personnel)",
        "choose a folder you may write to (e.g. your home folder)"),
    "write.toolong": (
        "impossible d’écrire {path} : nom de fichier trop long pour ce système ({reason})",
        "cannot write {path}: file name too long for this system ({reason})"),
    "write.toolong.hint": (
        "choisissez un nom plus court",
        "choose a shorter name"),
    "write.other": (
        "impossible d’écrire {path} : {reason}. Rien n’a été perdu : la version précédente du fichier est intacte.",
        "cannot write {path}: {reason}. Nothing was lost: the previous version of the file is intact."),
    "write.other.hint": (
        "vérifiez que le dossier existe toujours et que le support est branché, puis relancez",
        "check that the folder still exists and the medium is plugged in, then run again"),
    # typer/click's own words (cli/framework.py); the English is click's, word for word
    "click.usage": ("Utilisation\u00a0:", "Usage:"),
    "click.options": ("Options", "Options"),
    "click.commands": ("Commandes", "Commands"),
    "click.arguments": ("Arguments", "Arguments"),
    "click.help_option": ("Affiche cette aide, puis quitte.", "Show this message and exit."),
    "click.install_completion": ("Installe la complétion pour le shell courant.",
                                 "Install completion for the current shell."),
    "click.show_completion": (
        "Affiche le script de complétion du shell courant, pour le copier ou adapter l’installation.",
        "Show completion for the current shell, to copy it or customize the installation."),
    # the metavars click derives from a parameter's type (``--limit <int range>``)
    "click.metavar.str": ("<texte>", "<str>"),
    "click.metavar.int": ("<entier>", "<int>"),
    "click.metavar.int_range": ("<entier>", "<int range>"),
    "click.metavar.float": ("<nombre>", "<float>"),
    "click.metavar.float_range": ("<nombre>", "<float range>"),
    "click.metavar.path": ("<chemin>", "<path>"),
    "click.metavar.filename": ("<fichier>", "<filename>"),
    "click.completion_installed": ("complétion {shell} installée dans {path}",
                                   "{shell} completion installed in {path}"),
    "click.completion_restart": ("La complétion sera active une fois le terminal relancé.",
                                 "Completion will take effect once you restart the terminal"),
    "click.default": ("défaut\u00a0: {default}", "default: {default}"),
    "click.env_var": ("variable d’environnement\u00a0: {var}", "env var: {var}"),
    "click.required": ("obligatoire", "required"),
    "click.dynamic": ("(dynamique)", "(dynamic)"),
    "click.aborted": ("Interrompu.", "Aborted!"),
    "click.try_help": ("Essayez « {command} » pour l’aide.", "Try '{command}' for help."),
    "click.no_such_option": ("option inconnue : {name}", "No such option: {name}"),
    "click.missing_argument": ("argument manquant : {name}.", "Missing argument '{name}'."),
    "click.missing_option": ("option manquante : {name}.", "Missing option '{name}'."),
    "click.no_such_command_try": ("commande inconnue : '{name}'.", "No such command '{name}'."),
    "click.missing_command": ("commande manquante.", "Missing command."),
    "click.extra_arguments": ("argument(s) en trop : {args}", "Got unexpected extra argument(s) ({args})"),
    "click.requires_argument": ("l’option '{name}' attend une valeur.", "Option '{name}' requires an argument."),
    "click.requires_arguments": ("l’option '{name}' attend {n} valeurs.", "Option '{name}' requires {n} arguments."),
    "click.takes_no_value": ("l’option '{name}' ne prend pas de valeur.", "Option '{name}' does not take a value."),
    "click.not_integer": ("'{value}' n’est pas un nombre entier.", "'{value}' is not a valid integer."),
    "click.not_in_range": ("{value} n’est pas dans l’intervalle {range}.", "{value} is not in the range {range}."),
    "click.not_a_choice": ("'{value}' n’est pas l’une des valeurs {choices}.", "'{value}' is not one of {choices}."),
    "click.invalid_value": ("valeur invalide pour {param} : {message}", "Invalid value for {param}: {message}"),
    "output.full": ("la sortie standard est pleine ({reason}) : le résultat n’a pas été écrit en entier",
                    "standard output is full ({reason}): the result was not written in full"),
    "output.full.hint": ("libérez de la place, ou écrivez dans un fichier sur un autre disque",
                         "free some space, or write to a file on another disk"),
    "output.closed": ("la sortie standard est fermée : rien n’a pu être écrit",
                      "standard output is closed: nothing could be written"),
    "output.closed.hint": ("redirigez-la vers un fichier : trafficking … > resultat.txt",
                           "redirect it to a file: trafficking … > result.txt"),
    "output.other": ("écriture impossible sur la sortie standard ({reason})",
                     "cannot write to standard output ({reason})"),
    "output.other.hint": ("redirigez-la vers un fichier : trafficking … > resultat.txt",
                          "redirect it to a file: trafficking … > result.txt"),
    "write.exists": ("{path} existe déjà : rien n’a été écrit", "{path} already exists: nothing written"),
    "write.exists.hint": ("ajoutez --force pour le remplacer, ou choisissez un autre nom",
                          "add --force to replace it, or choose another name"),
    "write.is_case": ("{path} est un dossier de trafficking-cli : il ne sera pas remplacé par une note",
                      "{path} is a trafficking-cli case file: it is not replaced by a memo"),
    "write.is_case.hint": ("choisissez un autre nom de fichier, p. ex. note.docx",
                           "choose another file name, e.g. memo.docx"),
    "write.replace_question": ("{path} existe déjà. Le remplacer ?", "{path} already exists. Replace it?"),
}
