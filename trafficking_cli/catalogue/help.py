"""Messages: the help of every command and option ({key: (French, English)}); loaded by ``i18n`` when the
command line is declared (``cli.app.help_text``). Keys follow the command: ``help.case.new.encrypt`` is the
``--encrypt`` option of ``case new``; ``help.option.*`` and ``help.argument.*`` are shared by several commands."""

MESSAGES: dict[str, tuple[str, str]] = {
    "help.app": (
        "Loi n°2012-023 (Mali) sur la traite des personnes : textes, éléments des infractions, listes d’audition et "
        "note de qualification. Aide de référence, pas un avis juridique.",
        "Mali's Law No. 2012-023 on trafficking in persons: texts, offence elements, interview checklists and "
        "charging memo. A reference aid, not legal advice."),
    "help.option.lang": ("Langue : fr (défaut) ou en.", "Language: fr (default) or en."),
    "help.option.no_color": ("Sans couleurs.", "No colours."),
    "help.option.data_dir": ("Dossier contenant law/ et checklists/.", "Folder holding law/ and checklists/."),
    "help.option.debug": ("Trace complète des erreurs.", "Full traceback on errors."),
    "help.option.version": ("Version de l’outil et des données, puis quitter.", "Tool and data version, then exit."),
    "help.option.lang.invalid": ("fr ou en", "fr or en"),
    "help.version_line": ("trafficking-cli {version} · données : {root}\n",
                          "trafficking-cli {version} · data: {root}\n"),
    "help.law": ("Les textes du corpus.", "The instruments in the corpus."),
    "help.option.json_contract": ("Sortie JSON (contrats §4).", "JSON output (contracts §4)."),
    "help.show": (
        'Une disposition : texte, traduction, statut, sources. Ex. : trafficking show "art 3".',
        'One provision: text, translation, status, sources. E.g.: trafficking show "art 3".'),
    "help.show.ref": (
        "Disposition : 3, art. 7, palermo 3 a, cp2024 324-12… (guillemets inutiles)",
        "Provision: 3, art. 7, palermo 3 a, cp2024 324-12… (no quotes needed)"),
    "help.elements": (
        "Les infractions, ou une infraction en éléments (acte, moyens, finalité). Ex. : trafficking elements traite.",
        "The offences, or one offence broken into its elements (act, means, purpose). E.g.: trafficking elements "
        "traite."),
    "help.elements.offence": (
        "Infraction : traite, mendicite, trafic_migrants…",
        "Offence: traite, mendicite, trafic_migrants…"),
    "help.law.list": (
        "Les textes, leur statut et la part de texte vérifié. Ex. : trafficking law list.",
        "The instruments, their status and how much of each is verified text. E.g.: trafficking law list."),
    "help.validate": (
        "Vérifie chaque fichier YAML ; liste chaque problème (fichier, ligne, clé). Ex. : trafficking validate.",
        "Checks every YAML file; lists every problem (file, line, key). E.g.: trafficking validate."),
    "help.validate.data_dir": ("Dossier à vérifier.", "Folder to check."),
    "help.search": (
        "Recherche classée dans la loi (texte original et traduction) et dans les listes, avec ou sans accents, en "
        "français ou en anglais. Ex. : trafficking search mendicité ; trafficking search art 7.",
        "Ranked search of the law (original text and translation) and of the checklists, with or without accents, in "
        "French or English. E.g.: trafficking search forced begging; trafficking search art 7."),
    "help.search.query": (
        "Mots à chercher, avec ou sans accents, en français ou en anglais ; ou une référence (art 7).",
        "Words to look for, with or without accents, in French or English; or a reference (art 7)."),
    "help.search.limit": ("Nombre de résultats.", "Number of results."),
    "help.search.instrument": (
        "Seulement ce texte (ml-loi-2012-023, palermo…) ou cette liste (A…E).",
        "Only this instrument (ml-loi-2012-023, palermo…) or checklist (A…E)."),
    "help.checklist": (
        "Listes d’audition centrées sur la victime (A avant l’audition, B adulte, C enfant, D preuves, E "
        "orientation).",
        "Victim-centred interview checklists (A before, B adult, C child, D evidence, E referral)."),
    "help.argument.checklist": ("Liste : A, B, C, D ou E.", "Checklist: A, B, C, D or E."),
    "help.checklist.list": (
        "Les listes d’audition. Ex. : trafficking checklist list.",
        "The interview checklists. E.g.: trafficking checklist list."),
    "help.checklist.show": (
        "Une liste en entier : questions, mode, type, ce qu’elles établissent. Ex. : trafficking checklist show B.",
        "A whole checklist: items, mode, type, what they establish. E.g.: trafficking checklist show B."),
    "help.checklist.run": (
        "Mène une liste, question par question ; chaque réponse est enregistrée aussitôt. Ex. : trafficking checklist "
        "run A --case rp-2019-0123 --victim V1",
        "Walk a checklist item by item; every answer is saved at once. E.g.: trafficking checklist run A --case "
        "rp-2019-0123 --victim V1"),
    "help.checklist.run.case": (
        "Dossier (chemin ou nom) ; s’il n’existe pas : --new, ou question dans un terminal.",
        "Case file (path or name); if missing: --new, or asked in a terminal."),
    "help.checklist.run.victim": ("Code de la victime entendue.", "Code of the victim heard."),
    "help.checklist.run.answers": (
        "Réponses (YAML ou JSON, clé = identifiant de question) : sans terminal.",
        "Answers (YAML or JSON keyed by item id): runs without a terminal."),
    "help.checklist.run.encrypt": ("Chiffrer le dossier s’il est créé.", "Encrypt the case if it is created."),
    "help.checklist.run.new": (
        "Créer le dossier s’il n’existe pas, sans question (sinon : question dans un terminal, refus ailleurs).",
        "Create the case if it does not exist, without asking (otherwise: asked in a terminal, refused elsewhere)."),
    "help.case": (
        "Dossiers : créer (modèle commenté), lister, afficher, supprimer. Victimes et suspects : codes V1, S1.",
        "Case files: create (commented template), list, show, delete. Victims and suspects: codes V1, S1."),
    "help.argument.case": (
        "Chemin d’un dossier, ou nom d’un dossier d’enquête enregistré (trafficking case list).",
        "Path to a case file, or the name of a case in your case folder (trafficking case list)."),
    "help.option.json": ("Sortie JSON.", "JSON output."),
    "help.case.set": (
        "Renseigne un fait du dossier, chiffré ou non (prime sur ce que déduisent les réponses). Ex. : trafficking "
        "case set rp-1 facts_date 2019-01-15 ; trafficking case set rp-1 V1.age_at_facts 16",
        "Set a fact of the case, encrypted or not (it wins over what answers derive). E.g.: trafficking case set rp-1 "
        "facts_date 2019-01-15; trafficking case set rp-1 V1.age_at_facts 16"),
    "help.case.set.key": (
        "reference, facts_date, facts_end_date, places (séparés par des virgules), summary, V1.age_at_facts, "
        "V1.age_doubt, V1.sex, V1.nationality",
        "reference, facts_date, facts_end_date, places (comma-separated), summary, V1.age_at_facts, V1.age_doubt, "
        "V1.sex, V1.nationality"),
    "help.case.set.value": ("La valeur ; null pour effacer.", "The value; null to clear."),
    "help.case.edit": (
        "Ouvre le dossier dans $EDITOR, chiffré ou non : une copie privée temporaire, vérifiée puis réenregistrée "
        "(rechiffrée) et effacée. Ex. : trafficking case edit rp-1",
        "Open the case in $EDITOR, encrypted or not: a private temporary copy, checked, saved back (re-encrypted) and "
        "removed. E.g.: trafficking case edit rp-1"),
    "help.case.new": (
        "Crée un dossier à partir du modèle commenté. Ex. : trafficking case new rp-2019-0123 --encrypt.",
        "Create a case from the commented template. E.g.: trafficking case new rp-2019-0123 --encrypt."),
    "help.case.new.path": (
        "Chemin du fichier, ou nom (jamais le nom d’une personne) dans le dossier personnel.",
        "File path, or a name (never a person's name) in your case folder."),
    "help.case.new.encrypt": (
        "Chiffrer le dossier (phrase secrète demandée deux fois, ou TRAFFICKING_PASSPHRASE).",
        "Encrypt the case (passphrase asked twice, or TRAFFICKING_PASSPHRASE)."),
    "help.case.list": (
        "Les dossiers d’enquête enregistrés (les dossiers chiffrés ne sont pas ouverts). Ex. : trafficking case list.",
        "The cases in your case folder (encrypted ones are not opened). E.g.: trafficking case list."),
    "help.case.show": (
        "Un dossier : faits, victimes, faits relevés (allégués), preuves, avancement. "
        "Ex. : trafficking case show rp-1.",
        "One case: facts, victims, facts recorded (alleged), evidence, progress. E.g.: trafficking case show rp-1."),
    "help.case.delete": (
        "Supprime un dossier et son fichier d’identité (confirmation demandée). Ex. : trafficking case delete rp-1.",
        "Delete a case and its identity file (asks first). E.g.: trafficking case delete rp-1."),
    "help.case.delete.yes": ("Sans confirmation.", "Do not ask."),
    "help.case.identity": (
        "Relit le fichier d’identité protégé d’un dossier (pour le procès-verbal officiel) : phrase secrète demandée. "
        "Ex. : trafficking case identity rp-1 --victim V1",
        "Read a case's protected identity file back (for the official record): asks its passphrase. E.g.: trafficking "
        "case identity rp-1 --victim V1"),
    "help.case.identity.victim": ("Une seule victime.", "One victim only."),
    "help.memo": (
        "La note de qualification : éléments, droit applicable, peines, lacunes, protection. Ex. : trafficking memo "
        "dossier.yaml --format docx --output note.docx",
        "The charging memo: elements, applicable law, penalties, gaps, protection. E.g.: trafficking memo case.yaml "
        "--format docx --output memo.docx"),
    "help.memo.case": (
        "Fichier de dossier (YAML) ou nom d’un dossier enregistré.",
        "Case file (YAML) or the name of a saved case."),
    "help.memo.format": (
        "terminal (défaut), md, docx, pdf ou json ; par défaut, celui qu’indique l’extension de --output.",
        "terminal (default), md, docx, pdf or json; by default, the one the extension of --output names."),
    "help.memo.output": ("Fichier à écrire (rien d’autre n’est écrit).", "File to write (nothing else is written)."),
    "help.memo.author": ("Nom ou qualité du rédacteur (en-tête).", "Author's name or office (header)."),
    "help.memo.court": (
        "Juridiction (en-tête) ; sinon « court: jurisdiction » du dossier.",
        "Court (header); else the case file's \"court: jurisdiction\"."),
    "help.memo.office": (
        "Parquet ou cabinet d’instruction (en-tête) ; sinon « court: office » du dossier.",
        "Prosecutor's office or chambers (header); else the case file's \"court: office\"."),
    "help.memo.as_of": (
        "Date de l’appréciation (AAAA-MM-JJ ou JJ/MM/AAAA ; défaut : aujourd’hui) : prescription, loi en vigueur.",
        "Date of the assessment (YYYY-MM-DD or DD/MM/YYYY; default: today): limitation, law in force."),
    "help.memo.force": (
        "Remplacer le fichier --output s’il existe (jamais un dossier).",
        "Replace the --output file if it exists (never a case file)."),
    "help.memo.draft": (
        "Ajoute, par suspect, un projet de libellé des préventions (à revoir).",
        "Adds, per suspect, a draft of the charging wording (to review)."),
}
