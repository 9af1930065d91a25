"""Messages: case ({key: (French, English)}); loaded by ``i18n`` on first use of a key prefix."""

MESSAGES: dict[str, tuple[str, str]] = {
    "case.aggravation.unverified": ("NON VÉRIFIÉE dans le texte malien", "NOT VERIFIED in the Malian text"),
    "case.aggravation.unverified_for": ("NON VÉRIFIÉE dans le texte malien pour : {offences}",
                                        "NOT VERIFIED in the Malian text for: {offences}"),
    "case.missing": ("{path} : aucun dossier à cet endroit", "{path}: no such case file"),
    "case.missing.hint": ("trafficking case list, ou trafficking case new",
                          "trafficking case list, or trafficking case new"),
    "case.is_dir": ("{path} est un répertoire : donnez le chemin d’un fichier de dossier, ou un nom de dossier",
                    "{path} is a folder: give the path of a case file, or a case name"),
    "case.is_dir.hint": ("trafficking case list", "trafficking case list"),
    "case.name_too_long": ("nom de dossier trop long ({name}) : {max} octets au plus",
                           "case name too long ({name}): at most {max} bytes"),
    "case.name_too_long.hint": ("un nom court, p. ex. rp-2019-0123", "a short name, e.g. rp-2019-0123"),
    "case.unreadable": ("{path} : lecture impossible ({reason})", "{path}: cannot read ({reason})"),
    "case.not_text": ("{path} : ni un dossier YAML ni un dossier chiffré",
                      "{path}: neither a YAML case file nor an encrypted one"),
    "case.exists": ("{path} existe déjà : rien n’a été écrit", "{path} already exists: nothing written"),
    "case.exists.hint": ("choisissez un autre nom, ou : trafficking case show {path}",
                         "choose another name, or: trafficking case show {path}"),
    "case.passphrase_needed": ("{path} est chiffré : la phrase secrète est nécessaire",
                               "{path} is encrypted: the passphrase is needed"),
    "case.passphrase_needed.hint": (
        "lancez la commande dans un terminal ; un script donne la phrase secrète par TRAFFICKING_PASSPHRASE_FD=3 "
        "(avec 3< fichier) ou TRAFFICKING_PASSPHRASE_FILE=fichier (lisible par vous seul), sinon "
        "TRAFFICKING_PASSPHRASE",
        "run the command in a terminal; a script gives the passphrase with TRAFFICKING_PASSPHRASE_FD=3 (with "
        "3< file) or TRAFFICKING_PASSPHRASE_FILE=file (readable by you only), else TRAFFICKING_PASSPHRASE"),
    "case.comment.header": (
        "Dossier trafficking-cli (contrats §3). Les victimes et les suspects ne sont désignés que par des\n"
        "codes (V1, S1…) : aucun nom réel ici. Vérifiez avec : trafficking case show FICHIER",
        "trafficking-cli case file (contracts §3). Victims and suspects are only codes (V1, S1…):\n"
        "no real name here. Check it with: trafficking case show FILE"),
    "case.comment.schema": ("Format du fichier : ne pas modifier.", "File format: do not change."),
    "case.comment.reference": ("Référence du dossier (texte libre), ex. « RP 2019/0123 ».",
                               "Case reference (free text), e.g. \"RP 2019/0123\"."),
    "case.comment.facts_date": (
        "Date des faits (début), entre guillemets : \"2019-01-15\". Elle décide de la loi applicable ;\n"
        "la note de qualification l’exige. Une estimation vaut mieux que rien. null = inconnue.",
        "Date of the facts (start), in quotes: \"2019-01-15\". It decides which law applies; the\n"
        "charging memo needs it. An estimate is better than nothing. null = unknown."),
    "case.comment.facts_end_date": ("Date de fin des faits (facultative), même format ; null si inconnue.",
                                    "End date of the facts (optional), same format; null if unknown."),
    "case.comment.places": ("Lieux des faits, ex. [\"Kayes\", \"Bamako\"].",
                            "Places of the facts, e.g. [\"Kayes\", \"Bamako\"]."),
    "case.comment.summary": ("Résumé libre des faits, avec les seuls codes (V1, S1…), jamais de nom.",
                             "Free summary of the facts, with codes only (V1, S1…), never a name."),
    "case.comment.victims": (
        "Victimes : des codes V1, V2… (les identités réelles vont dans le fichier d’identité protégé,\n"
        "toujours chiffré, jamais ici).\n"
        "  age_at_facts : âge au moment des faits (nombre entier), null si inconnu\n"
        "  age_doubt : true si l’âge est incertain ou contesté : la personne est traitée comme mineure\n"
        "  sex : F ou M (facultatif) ; nationality : code pays ISO à 2 lettres, ex. NG (facultatif)\n"
        "  established : éléments que les faits relevés réunissent, allégués tant qu’aucune pièce ne les prouve\n"
        "    (identifiants : trafficking elements traite)\n"
        "  excluded : éléments que les faits écartent\n"
        "  aggravating : circonstances aggravantes qui concernent cette victime\n"
        "Les réponses aux listes d’audition complètent ces listes ; vos ajouts à la main sont conservés.",
        "Victims: codes V1, V2… (real identities go to the protected identity file, always\n"
        "encrypted, never here).\n"
        "  age_at_facts: age at the time of the facts (whole number), null if unknown\n"
        "  age_doubt: true when age is uncertain or disputed: the person is treated as a minor\n"
        "  sex: F or M (optional); nationality: ISO 2-letter country code, e.g. NG (optional)\n"
        "  established: elements the recorded facts make out, alleged until an exhibit proves them\n"
        "    (ids: trafficking elements traite)\n"
        "  excluded: elements the facts rule out\n"
        "  aggravating: aggravating facts concerning this victim\n"
        "Checklist answers add to these lists; what you add by hand is kept."),
    "case.comment.suspects": (
        "Suspects : des codes S1, S2… ; role : texte libre (recruteur, transporteur…).\n"
        "  kind : person | legal_person ; participation : auteur | coauteur | complice\n"
        "  with : pour un coauteur, les suspects dont il partage les actes, ex. [S2]\n"
        "  acts : ce que le suspect a fait, à qui, ex.\n"
        "    - {element: recrutement, victims: [V1], from: \"2019-01-15\", to: null, place: \"Lagos\", stage: "
        "consomme}\n"
        "    (stage : consomme | tentative ; from, to, place facultatifs)\n"
        "  knowledge : known | unknown (le dossier prouve-t-il qu’il connaissait la finalité ?)\n"
        "  denies : true si le suspect conteste les faits (facultatif)",
        "Suspects: codes S1, S2…; role: free text (recruiter, transporter…).\n"
        "  kind: person | legal_person; participation: auteur | coauteur | complice\n"
        "  with: for a coauteur, the suspects whose acts they share, e.g. [S2]\n"
        "  acts: what the suspect did, to whom, e.g.\n"
        "    - {element: recrutement, victims: [V1], from: \"2019-01-15\", to: null, place: \"Lagos\", stage: "
        "consomme}\n"
        "    (stage: consomme | tentative; from, to, place optional)\n"
        "  knowledge: known | unknown (does the file prove they knew the purpose?)\n"
        "  denies: true if the suspect disputes the facts (optional)"),
    "case.comment.evidence": (
        "Preuves : id E1, E2… ; kind : testimony | document | physical | digital | financial | expert ;\n"
        "description : texte libre ; supports : éléments étayés, sous la forme V1.recrutement\n"
        "(V1.age pour une preuve de l’âge : acte de naissance, expertise ; S1.recrutement pour l’acte\n"
        "d’un suspect). Exemple :\n"
        "  - id: E1\n"
        "    kind: document\n"
        "    description: \"Billets de car Kayes-Bamako\"\n"
        "    supports: [V1.transport]\n"
        "Les entrées déduites des réponses portent « source » et sont recalculées ; les vôtres restent.",
        "Evidence: id E1, E2…; kind: testimony | document | physical | digital | financial | expert;\n"
        "description: free text; supports: elements it supports, written V1.recrutement\n"
        "(V1.age for evidence of age: birth certificate, age assessment; S1.recrutement for a\n"
        "suspect's act). Example:\n"
        "  - id: E1\n"
        "    kind: document\n"
        "    description: \"Bus tickets Kayes-Bamako\"\n"
        "    supports: [V1.transport]\n"
        "Entries derived from answers carry \"source\" and are recomputed; yours stay."),
    "case.comment.answers": (
        "Réponses aux listes d’audition : « LISTE.QUESTION » puis code de la victime. Écrit par\n"
        "« trafficking checklist run » après chaque réponse ; à corriger de préférence avec cette commande.",
        "Checklist answers: \"CHECKLIST.ITEM\" then the victim's code. Written by\n"
        "\"trafficking checklist run\" after every answer; best corrected with that command."),
    "case.comment.derived": (
        "Recalculé à chaque réponse : ce que les réponses ont ajouté (added), avec les questions qui\n"
        "fondent chaque élément, circonstance et devoir de protection. Ne pas modifier.",
        "Recomputed after every answer: what the answers added (added), with the items behind each\n"
        "element, aggravating fact and protection duty. Do not edit."),
    "crypto.wrong": ("phrase secrète incorrecte, ou fichier modifié ou endommagé : rien n’a été lu ni modifié",
                     "wrong passphrase, or the file was altered or damaged: nothing was read or changed"),
    "crypto.wrong.hint": ("retapez la phrase secrète (majuscules, accents) ; une phrase perdue ne se récupère pas",
                          "type the passphrase again (capitals, accents); a lost passphrase cannot be recovered"),
    "crypto.not_encrypted": ("ce fichier n’est pas un fichier chiffré de trafficking-cli",
                             "this is not a trafficking-cli encrypted file"),
    "crypto.not_encrypted.hint": ("vérifiez le chemin du fichier", "check the file path"),
    "crypto.version": ("format de chiffrement inconnu (version {version})",
                       "unknown encryption format (version {version})"),
    "crypto.version.hint": ("mettez trafficking-cli à jour", "update trafficking-cli"),
    "crypto.bad_params": ("paramètres scrypt refusés (n=2^{log2_n}, r={r}, p={p})",
                          "scrypt parameters refused (n=2^{log2_n}, r={r}, p={p})"),
    "crypto.bad_params.hint": ("le fichier est peut-être endommagé", "the file may be damaged"),
    "crypto.empty_passphrase": ("la phrase secrète est vide", "the passphrase is empty"),
    "crypto.empty_passphrase.hint": ("choisissez une phrase de plusieurs mots", "choose a passphrase of several words"),
    "case.identity_bad": ("{path} n’est pas un fichier d’identité de trafficking-cli",
                          "{path} is not a trafficking-cli identity file"),
    "case.comment.procedure": (
        "Procédure (facultatif) : first_act_date = date du premier acte d’enquête ou de poursuite\n"
        "(il interrompt la prescription), ex. procedure: {first_act_date: \"2019-02-01\"}.",
        "Procedure (optional): first_act_date = date of the first act of investigation or prosecution\n"
        "(it interrupts limitation), e.g. procedure: {first_act_date: \"2019-02-01\"}."),
    "case.set.key": ("{field!r} ne peut pas être défini ainsi (clés : {keys})",
        "{field!r} cannot be set this way (keys: {keys})"),
    "case.set.victim": ("aucune victime {victim} dans ce dossier",
        "no victim {victim} in this case"),
    "case.set.date": ("{field} : date attendue AAAA-MM-JJ ou JJ/MM/AAAA ({given!r})",
        "{field}: expected a date YYYY-MM-DD or DD/MM/YYYY ({given!r})"),
    "case.set.age": ("âge attendu : un nombre entier d’années, ou null ({given!r})",
        "expected an age: a whole number of years, or null ({given!r})"),
    "case.set.bool": ("{field} : oui ou non attendu ({given!r})",
        "{field}: expected yes or no ({given!r})"),
    "case.encrypted_word": ("dossier chiffré",
        "encrypted case"),
    "case.edit.no_editor": ("aucun éditeur trouvé : définissez EDITOR (p. ex. EDITOR=nano)",
        "no editor found: set EDITOR (e.g. EDITOR=nano)"),
    "case.edit.failed": ("l’éditeur {editor} a échoué ({reason}) : rien n’a été changé",
        "the editor {editor} failed ({reason}): nothing was changed"),
    "case.enc_not_encrypted": (
        "{path} porte l’extension .enc mais n’est pas chiffré : refusé (les réponses y seraient écrites en clair)",
        "{path} has the .enc extension but is not encrypted: refused (answers would be written to it in clear)"),
    "case.enc_not_encrypted.hint": (
        "renommez-le en .yaml s’il doit rester en clair, ou créez un dossier chiffré : trafficking case new NOM "
        "--encrypt",
        "rename it to .yaml if it is meant to be plain, or create an encrypted case: trafficking case new NAME "
        "--encrypt"),
    "case.too_big": (
        "{path} : fichier trop gros pour un dossier (plus de {max} Mo) : refusé",
        "{path}: too big for a case file (over {max} MB): refused"),
    "case.too_big.hint": (
        "vérifiez le chemin : ce n’est sans doute pas un dossier",
        "check the path: this is probably not a case file"),
    "case.changed": (
        "{path} a été modifié par un autre programme depuis son ouverture : il n’a pas été écrasé ; la version de "
        "cette session est enregistrée dans {recovery}",
        "{path} was changed by another program since it was opened: it was not overwritten; this session's version "
        "is saved in {recovery}"),
    "case.changed.hint": (
        "comparez les deux fichiers et reportez les réponses manquantes, puis relancez la commande",
        "compare the two files and carry over the missing answers, then run the command again"),
    "case.vanished": (
        "{path} a été supprimé ou déplacé depuis son ouverture : il n’a pas été recréé ; la version de cette "
        "session est enregistrée dans {recovery}",
        "{path} was deleted or moved since it was opened: it was not recreated; this session's version is saved in "
        "{recovery}"),
    "case.vanished.hint": (
        "si la suppression était voulue, supprimez aussi {recovery} ; sinon renommez-le en {path}",
        "if the deletion was meant, delete {recovery} too; otherwise rename it to {path}"),
    "case.appeared": (
        "{path} a été créé par un autre programme pendant cette session : il n’a pas été écrasé ; la version de "
        "cette session est enregistrée dans {recovery}",
        "{path} was created by another program during this session: it was not overwritten; this session's version "
        "is saved in {recovery}"),
    "case.appeared.hint": (
        "comparez les deux fichiers, puis relancez la commande",
        "compare the two files, then run the command again"),
    "case.busy": (
        "{path} est déjà ouvert en écriture par un autre processus (n° {pid}, ordinateur {host}, utilisateur "
        "{user}, depuis {since} : {command}) : rien n’a été écrit",
        "{path} is already open for writing by another process (pid {pid}, computer {host}, user {user}, since "
        "{since}: {command}): nothing was written"),
    "case.busy.hint": (
        "terminez d’abord l’autre commande (ou l’autre audition), puis relancez celle-ci ; pour attendre plus "
        "longtemps : TRAFFICKING_LOCK_WAIT=60 (secondes)",
        "finish the other command (or interview) first, then run this one again; to wait longer: "
        "TRAFFICKING_LOCK_WAIT=60 (seconds)"),
    "case.fix.facts_date": ("trafficking case set {case} facts_date 2019-01-15 (ou : trafficking case edit {case})",
                            "trafficking case set {case} facts_date 2019-01-15 (or: trafficking case edit {case})"),
    "case.fix.edit": ("trafficking case edit {case}", "trafficking case edit {case}"),
    "privacy.cache.owner": (
        "Cache non utilisé : le dossier {folder} appartient à un autre utilisateur, qui pourrait y placer du code "
        "exécuté à votre insu. Choisissez un dossier à vous (TRAFFICKING_CACHE_DIR) ou supprimez {cache}.",
        "Cache not used: folder {folder} belongs to another user, who could put code there that would run as "
        "you. Choose a folder of your own (TRAFFICKING_CACHE_DIR) or delete {cache}."),
    "privacy.cache.writable": (
        "Cache non utilisé : d’autres utilisateurs peuvent écrire dans {folder} et y placer du code exécuté à "
        "votre insu. Supprimez {cache} (il sera recréé privé) ou choisissez un dossier privé (chmod 700).",
        "Cache not used: other users can write into {folder} and put code there that would run as you. Delete "
        "{cache} (it is made again, private) or choose a private folder (chmod 700)."),
    "privacy.cache.parent": (
        "Cache non utilisé : d’autres utilisateurs peuvent écrire dans {folder}, qui contient le cache {cache}, "
        "et le remplacer par le leur. Choisissez un cache dans un dossier privé (TRAFFICKING_CACHE_DIR).",
        "Cache not used: other users can write into {folder}, which holds the cache {cache}, and replace it "
        "with theirs. Choose a cache in a private folder (TRAFFICKING_CACHE_DIR)."),
    "privacy.cache.no_permissions": (
        "Remarque : {folder} est sur un support sans permissions (clé USB, Windows) : impossible de vérifier que "
        "le cache est privé ; vérification omise.",
        "Note: {folder} is on a medium without permissions (USB stick, Windows): whether the cache is private "
        "cannot be checked; check skipped."),
    "privacy.shared": (
        "Attention : d’autres utilisateurs peuvent écrire dans le dossier {folder} : ils peuvent y remplacer un "
        "dossier ou un fichier de données par le leur. Gardez dossiers et données dans un dossier privé.",
        "Warning: other users can write into folder {folder}: they can replace a case or data file there with "
        "their own. Keep cases and data in a private folder."),
    "case.enc_needs_encrypt": (
        "{path} : un dossier .enc est toujours chiffré : ajoutez --encrypt, ou choisissez un nom en .yaml",
        "{path}: a .enc case is always encrypted: add --encrypt, or choose a .yaml name"),
    "case.passphrase_short.env": ("TRAFFICKING_PASSPHRASE est trop courte pour un nouveau dossier : au moins {n} "
                                  "caractères",
                                  "TRAFFICKING_PASSPHRASE is too short for a new case: at least {n} characters"),
    "case.passphrase_short.hint": ("choisissez une phrase de quatre mots ou plus ; rien n’a été écrit",
                                   "choose a phrase of four words or more; nothing was written"),
    "case.person_name": ("« {name} » ressemble au nom d’une personne : un dossier porte une référence, jamais le "
                         "nom d’une victime ou d’un suspect",
                         "\"{name}\" looks like a person's name: a case carries a reference, never the name of a "
                         "victim or a suspect"),
    "case.person_name.hint": ("un nom du type rp-2019-0123 ; les identités vont dans le fichier d’identité protégé",
                              "a name such as rp-2019-0123; identities go to the protected identity file"),
    "case.identity_damaged": (
        "{path} est endommagé (ce n’est plus un fichier chiffré de trafficking-cli) : les réponses protégées ne "
        "peuvent pas y être consignées ; rien n’y a été écrit",
        "{path} is damaged (no longer a trafficking-cli encrypted file): protected answers cannot be recorded "
        "in it; nothing was written to it"),
    "case.identity_damaged.hint": (
        "restaurez-le depuis une sauvegarde, ou déplacez-le ailleurs (un nouveau fichier sera créé), puis relancez",
        "restore it from a backup, or move it elsewhere (a new one is then made), then run again"),
    "case.slash_name": (
        "{name} : le dossier {parent} n’existe pas ; un nom de dossier ne peut pas contenir « / » (rien n’a été "
        "créé)",
        "{name}: folder {parent} does not exist; a case name cannot contain \"/\" (nothing was created)"),
    "case.slash_name.hint": (
        "un nom sans barre, p. ex. {suggestion} (la référence « {name} » va dans reference: du dossier)",
        "a name without slashes, e.g. {suggestion} (the reference \"{name}\" goes in the file's reference:)"),
    "case.passphrase_fd_bad": ("TRAFFICKING_PASSPHRASE_FD={fd} : un numéro de descripteur est attendu (p. ex. 3)",
                               "TRAFFICKING_PASSPHRASE_FD={fd}: a file descriptor number is expected (e.g. 3)"),
    "case.passphrase_source_unreadable": ("phrase secrète illisible depuis {source} ({reason})",
                                          "cannot read the passphrase from {source} ({reason})"),
    "case.passphrase_source_empty": ("{source} ne contient pas de phrase secrète (vide)",
                                     "{source} holds no passphrase (empty)"),
    "case.passphrase_file_open": (
        "{path} (mode {mode}) peut être lu par d’autres que vous, ou ne vous appartient pas : phrase secrète "
        "refusée",
        "{path} (mode {mode}) can be read by others than you, or is not yours: passphrase refused"),
    "case.passphrase_file_open.hint": ("chmod 600 {path}", "chmod 600 {path}"),
    "case.waiting": (
        "{path} est ouvert en écriture par un autre processus (n° {pid}, {host}, {user}, depuis {since} : "
        "{command}) : attente de {wait} s au plus…",
        "{path} is open for writing by another process (pid {pid}, {host}, {user}, since {since}: {command}): "
        "waiting {wait} s at most…"),
}
