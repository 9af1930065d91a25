"""Messages: checklist ({key: (French, English)}); loaded by ``i18n`` on first use of a key prefix."""

MESSAGES: dict[str, tuple[str, str]] = {
    "answer.empty": ("réponse vide", "empty answer"),
    "answer.no_unknown": ("cette question attend oui ou non (ou r = refus)",
                          "this item takes yes or no (or r = declined)"),
    "answer.type.yes_no": ("réponse attendue : o/oui ou n/non ({given!r})", "expected y/yes or n/no ({given!r})"),
    "answer.type.yes_no_unknown": ("réponse attendue : o/oui, n/non ou nsp ({given!r})",
                                   "expected y/yes, n/no or u/unknown ({given!r})"),
    "answer.type.choice": ("tapez le numéro d’une option ({given!r})", "type the number of an option ({given!r})"),
    "answer.type.multi": ("tapez les numéros des options, séparés par des virgules, ou « aucun » ({given!r})",
                          "type the option numbers separated by commas, or 'none' ({given!r})"),
    "answer.type.text": ("un texte est attendu", "a text is expected"),
    "answer.type.date": ("date attendue : AAAA-MM-JJ, JJ/MM/AAAA, MM/AAAA ou AAAA ({given!r})",
                         "expected a date: YYYY-MM-DD, DD/MM/YYYY, MM/YYYY or YYYY ({given!r})"),
    "answer.type.number": ("un nombre est attendu ({given!r})", "a number is expected ({given!r})"),
    "answer.number": ("nombre positif attendu ({given!r})", "a positive number is expected ({given!r})"),
    "answer.option": ("option inconnue {given!r} (options : {options})",
                      "unknown option {given!r} (options: {options})"),
    "answer.option_number": ("pas d’option n°{given} (1 à {n})", "no option {given} (1 to {n})"),
    "answer.protected": ("{item} est une réponse protégée : elle ne va jamais dans le dossier",
                         "{item} is a protected answer: it never goes into the case file"),
    "answer.not_protected": ("{item} n’est pas une question protégée", "{item} is not a protected item"),
    "answer.unknown_item": ("la liste {checklist} n’a pas de question {item!r}",
                            "checklist {checklist} has no item {item!r}"),
    "run.error.victim": ("{victim!r} n’est pas un code de victime : les victimes sont désignées V1, V2…",
                         "{victim!r} is not a victim code: victims are V1, V2…"),
    "run.error.answers_missing": ("{path} : fichier de réponses introuvable", "{path}: no such answers file"),
    "run.error.answers_dir": ("{path} est un dossier : donnez le chemin d’un fichier de réponses (YAML ou JSON)",
                              "{path} is a folder: give the path of an answers file (YAML or JSON)"),
    "run.error.encrypt_existing": ("{path} existe déjà, non chiffré : --encrypt ne vaut que pour un nouveau dossier",
                                   "{path} already exists unencrypted: --encrypt only applies to a new case"),
    "run.gate.requires": (
        "la liste {checklist} est verrouillée pour {victim} : le consentement n’est pas consigné ({items})",
        "checklist {checklist} is locked for {victim}: consent is not recorded ({items})"),
    "run.gate.consent_refused": (
        "{victim} a refusé l’audition ({items}) : la liste {checklist} ne peut pas être menée ; la liste E "
        "(orientation, protection) reste possible",
        "{victim} declined the interview ({items}): checklist {checklist} cannot go ahead; checklist E (referral, "
        "protection) is still available"),
    "run.gate.not_child": (
        "la liste {checklist} est réservée à un enfant ou à une personne dont l’âge est douteux : rien n’indique que "
        "{victim} est mineur(e) ({items}), ni âge ni age_doubt dans le dossier",
        "checklist {checklist} is for a child or a person whose age is in doubt: nothing says {victim} is a minor "
        "({items}), nor age or age_doubt in the case"),
    "run.identity.wrong": ("Fichier d’identité : {error}. Réponse non consignée.",
                           "Identity file: {error}. Answer not recorded."),
    "ui.case.passphrase.case": ("Phrase secrète du dossier :", "Case passphrase:"),
    "ui.case.passphrase.new": ("Nouvelle phrase secrète (plusieurs mots ; perdue = dossier perdu) :",
                               "New passphrase (several words; lost = case lost):"),
    "ui.case.passphrase.again": ("Retapez-la :", "Type it again:"),
    "ui.case.passphrase.mismatch": ("Les deux saisies diffèrent.", "The two entries differ."),
    "ui.case.passphrase.no_terminal": (
        "ce dossier est chiffré et aucun terminal n’est là pour saisir la phrase secrète : rien n’a été lu ni écrit",
        "this case is encrypted and there is no terminal to type the passphrase: nothing was read or written"),
    "ui.case.passphrase.no_terminal.hint": (
        "lancez la commande dans un terminal ; un script donne la phrase secrète par TRAFFICKING_PASSPHRASE_FD=3 "
        "(avec 3< fichier) ou TRAFFICKING_PASSPHRASE_FILE=fichier (lisible par vous seul), sinon "
        "TRAFFICKING_PASSPHRASE",
        "run the command in a terminal; a script gives the passphrase with TRAFFICKING_PASSPHRASE_FD=3 (with "
        "3< file) or TRAFFICKING_PASSPHRASE_FILE=file (readable by you only), else TRAFFICKING_PASSPHRASE"),
    "ui.case.passphrase.failed": ("aucune phrase secrète valable saisie : rien n’a été écrit",
                                  "no valid passphrase entered: nothing written"),
    "ui.case.passphrase.identity": ("Phrase secrète du fichier d’identité (Entrée seule = ne pas consigner) :",
                                    "Identity file passphrase (Enter alone = do not record):"),
    "ui.case.identity.explain": (
        "Cette réponse identifie la personne : elle ne va jamais dans le dossier, seulement dans le fichier "
        "d’identité protégé, toujours chiffré.",
        "This answer identifies the person: it never goes into the case file, only into the protected identity file, "
        "always encrypted."),
    "ui.case.identity.present": ("Un fichier d’identité protégé (chiffré) accompagne ce dossier.",
                                 "A protected (encrypted) identity file goes with this case."),
    "ui.case.yes_no_default_no": ("[o/N]", "[y/N]"),
    "ui.case.created": ("Dossier créé : {path}", "Case created: {path}"),
    "ui.case.created.plain": (
        "Complétez-le dans un éditeur (les commentaires expliquent chaque clé), ou lancez une liste : trafficking "
        "checklist run A --case {case}",
        "Fill it in with an editor (the comments explain each key), or run a checklist: trafficking checklist run A "
        "--case {case}"),
    "ui.case.created.encrypted": (
        "Chiffré : il se remplit par « trafficking checklist run A --case {case} » et se lit par « trafficking case "
        "show {case} ». Sans la phrase secrète, il est illisible, définitivement.",
        "Encrypted: fill it with \"trafficking checklist run A --case {case}\" and read it with \"trafficking case "
        "show {case}\". Without the passphrase it cannot be read, ever."),
    "ui.case.list.title": ("Dossiers ({folder})", "Cases ({folder})"),
    "ui.case.list.empty": ("Aucun dossier dans {folder}. Créez-en un : trafficking case new NOM",
                           "No case in {folder}. Create one: trafficking case new NAME"),
    "ui.case.list.encrypted": ("chiffré", "encrypted"),
    "ui.case.list.invalid": ("invalide (case show)", "invalid (case show)"),
    "ui.case.col.name": ("Nom", "Name"),
    "ui.case.col.reference": ("Référence", "Reference"),
    "ui.case.col.facts_date": ("Date des faits", "Date of facts"),
    "ui.case.col.victims": ("Victimes", "Victims"),
    "ui.case.col.answers": ("Réponses", "Answers"),
    "ui.case.col.modified": ("Modifié", "Modified"),
    "ui.case.col.id": ("Id", "Id"),
    "ui.case.col.kind": ("Nature", "Kind"),
    "ui.case.col.description": ("Description", "Description"),
    "ui.case.col.supports": ("Étaye", "Supports"),
    "ui.case.no_reference": ("(sans référence)", "(no reference)"),
    "ui.case.show.encrypted": ("chiffré", "encrypted"),
    "ui.case.show.plain": ("non chiffré", "not encrypted"),
    "ui.case.places": ("Lieux", "Places"),
    "ui.case.date_missing": ("inconnue (nécessaire pour la note)", "unknown (needed for the memo)"),
    "ui.case.warning.facts_date": (
        "facts_date manque : la note de qualification refusera ce dossier tant qu’il n’est pas renseigné "
        "(question B09, ou : trafficking case set {case} facts_date AAAA-MM-JJ).",
        "facts_date is missing: the charging memo will refuse this case until it is filled in "
        "(question B09, or: trafficking case set {case} facts_date YYYY-MM-DD)."),
    # a child (or presumed child) is never put list B, so B09 is no way to the date (review 3, defect 3)
    "ui.case.warning.facts_date_child": (
        "facts_date manque : la note de qualification refusera ce dossier tant qu’il n’est pas renseigné "
        "(victime enfant, à qui la liste B n’est jamais posée : trafficking case set {case} facts_date AAAA-MM-JJ, "
        "ou JJ/MM/AAAA).",
        "facts_date is missing: the charging memo will refuse this case until it is filled in "
        "(child victim, never put checklist B: trafficking case set {case} facts_date YYYY-MM-DD, or DD/MM/YYYY)."),
    "ui.case.age": ("âge", "age"),
    "ui.case.minor.yes": ("mineur(e)", "minor"),
    "ui.case.minor.presumed": ("présumé(e) mineur(e) (doute sur l’âge)", "presumed minor (age in doubt)"),
    "ui.case.minor.no": ("majeur(e)", "adult"),
    "ui.case.minor.unknown": ("âge inconnu", "age unknown"),
    # what the victim's answers (or a hand entry) say: alleged facts, not proof; the memo's « FAITS ALLÉGUÉS »
    # (review 3, defect 4a). The JSON key stays « established » (contracts §3).
    "ui.case.established": ("Faits relevés (allégués)", "Facts recorded (alleged)"),
    "ui.case.excluded": ("Écartés", "Excluded"),
    "ui.case.aggravating": ("Aggravantes", "Aggravating"),
    "ui.case.protection": ("Devoirs de protection", "Protection duties"),
    "ui.case.opens": ("liste {checklist} ouverte ({items})", "checklist {checklist} opened ({items})"),
    "ui.case.conflicts": ("réponses contradictoires sur : {ids} (ni relevés ni écartés)",
                          "conflicting answers on: {ids} (neither recorded nor excluded)"),
    "ui.case.progress": ("Réponses", "Answers"),
    "ui.case.suspects": ("Suspects", "Suspects"),
    "ui.case.suspect.kind.person": ("personne physique", "natural person"),
    "ui.case.suspect.kind.legal_person": ("personne morale", "legal person"),
    "ui.case.suspect.participation.auteur": ("auteur", "principal"),
    "ui.case.suspect.participation.coauteur": ("coauteur", "co-principal"),
    "ui.case.suspect.participation.complice": ("complice", "accomplice"),
    "ui.case.suspect.with": ("avec {codes}", "with {codes}"),
    "ui.case.suspect.knowledge.known": ("connaissance de la finalité : établie au dossier",
                                        "knowledge of the purpose: shown in the file"),
    "ui.case.suspect.knowledge.unknown": ("connaissance de la finalité : non établie",
                                          "knowledge of the purpose: not shown"),
    "ui.case.suspect.denies": ("conteste les faits", "denies the facts"),
    "ui.case.suspect.attempt": ("tentative", "attempt"),
    "ui.case.suspect.no_act": ("aucun acte attribué (liste B : attribuer chaque acte à un suspect)",
                               "no act attributed (checklist B: attribute each act to a suspect)"),
    # A child is never put list B and list C asks no attribution (checklist-standards.md §6.0: ⛔ items come
    # from documents, the guardian, other evidence or the specialist's single recorded interview; C19: never
    # have the child identify a suspect face to face): the acts are written in the case file (review 2, 9a)
    "ui.case.suspect.no_act_child": (
        "aucun acte attribué. Victime adulte : liste B. Enfant (ou présumé tel), à qui la liste B n’est jamais "
        "posée : attribuer chaque acte d’après le dossier (audition spécialisée enregistrée, pièces, témoins), "
        "jamais en faisant désigner le suspect par l’enfant, dans suspects[].acts : trafficking case edit {case}",
        "no act attributed. Adult victim: checklist B. Child (or presumed child), never put checklist B: "
        "attribute each act from the file (specialist recorded interview, exhibits, witnesses), never by having "
        "the child point out the suspect, in suspects[].acts: trafficking case edit {case}"),
    "ui.case.evidence": ("Preuves", "Evidence"),
    "ui.case.evidence.derived": ("* déduite des réponses aux listes (recalculée)",
                                 "* derived from checklist answers (recomputed)"),
    "ui.case.delete.confirm": ("Supprimer définitivement {path}{identity} ?", "Delete {path}{identity} for good?"),
    "ui.case.delete.identity": (" et son fichier d’identité", " and its identity file"),
    "ui.case.deleted": ("Supprimé : {paths}", "Deleted: {paths}"),
    "ui.case.delete.kept": ("Rien n’a été supprimé.", "Nothing was deleted."),
    "ui.case.delete.no_answer": (
        "aucun terminal pour confirmer la suppression de {path} : rien n’a été supprimé",
        "no terminal to confirm deleting {path}: nothing was deleted"),
    "ui.case.delete.no_answer.hint": ("ajoutez -y pour supprimer sans question : {command}",
                                      "add -y to delete without a question: {command}"),
    "ui.case.delete.ssd": (
        "Sur un disque SSD, des copies peuvent subsister : seul un dossier chiffré est réellement effacé quand sa "
        "phrase secrète est oubliée.",
        "On an SSD, copies may remain: only an encrypted case is truly erased once its passphrase is forgotten."),
    "ui.cl.list.title": ("Listes d’audition", "Interview checklists"),
    "ui.cl.list.hint": (
        "Détail : trafficking checklist show ID · Audition : trafficking checklist run ID --case DOSSIER",
        "Details: trafficking checklist show ID · Interview: trafficking checklist run ID --case CASE"),
    "ui.cl.col.id": ("Id", "Id"),
    "ui.cl.col.title": ("Liste", "Checklist"),
    "ui.cl.col.audience": ("Pour", "For"),
    "ui.cl.col.items": ("Questions", "Items"),
    "ui.cl.col.requires": ("Préalable", "Requires"),
    "ui.cl.requires.yes": ("consentement (A)", "consent (A)"),
    "ui.cl.audience.all": ("toute victime", "any victim"),
    "ui.cl.audience.adult": ("adulte", "adult"),
    "ui.cl.audience.child": ("enfant ou âge douteux", "child or age in doubt"),
    "ui.cl.legend": (
        "[à lire] = à lire à la personne · [vérif.] = pour l’enquêteur seul · ⛔ = jamais posée à un enfant · 🔒 = "
        "réponse protégée (fichier d’identité) · → = ce à quoi la réponse sert",
        "[ask] = read to the person · [check] = practitioner only · ⛔ = never asked of a child · 🔒 = protected "
        "answer (identity file) · → = what the answer is used for"),
    # checklist show: the kind of answer an item expects, in words (review 2, defect 6)
    "ui.cl.type.yes_no": ("oui/non", "yes/no"),
    "ui.cl.type.yes_no_unknown": ("oui/non/ne sait pas", "yes/no/don't know"),
    "ui.cl.type.choice": ("un choix", "one choice"),
    "ui.cl.type.multi": ("plusieurs choix", "several choices"),
    "ui.cl.type.text": ("texte", "text"),
    "ui.cl.type.date": ("date", "date"),
    "ui.cl.type.number": ("nombre", "number"),
    "ui.cl.type.age": ("âge", "age"),
    "ui.cl.type.ack": ("fait/pas fait", "done/not done"),
    "ui.cl.type.suspects_multi": ("par suspect, plusieurs choix", "per suspect, several choices"),
    "ui.cl.type.suspects_choice": ("par suspect, un choix", "per suspect, one choice"),
    # checklist show: what an answer is used for (the item's tags), then what it establishes or aggravates
    "ui.cl.tag.ACT": ("acte", "act"),
    "ui.cl.tag.MEANS": ("moyens", "means"),
    "ui.cl.tag.PURPOSE": ("finalité", "purpose"),
    "ui.cl.tag.MINOR": ("âge (minorité)", "age (minority)"),
    "ui.cl.tag.AGGR": ("circonstances aggravantes", "aggravating circumstances"),
    "ui.cl.tag.PROT": ("protection de la victime", "victim protection"),
    "ui.cl.tag.PROC": ("procédure", "procedure"),
    "ui.cl.feeds.tags": ("sert à : {tags}", "used for: {tags}"),
    "ui.cl.feeds.establishes": ("relève : {facts}", "records: {facts}"),  # an answer alleges, it proves nothing
    "ui.cl.feeds.aggravating": ("aggravante : {facts}", "aggravating: {facts}"),
    "ui.cl.mode.short.ask": ("à lire", "ask"),
    "ui.cl.mode.short.check": ("vérif.", "check"),
    "ui.cl.conditional": ("si…", "if…"),
    "ui.cl.mode.ask": ("À LIRE À LA PERSONNE", "READ TO THE PERSON"),
    "ui.cl.mode.check": ("VÉRIFICATION — pour l’enquêteur, ne pas lire", "CHECK — practitioner only, do not read out"),
    "ui.cl.progress": ("question {n} sur {total}", "item {n} of {total}"),
    "ui.cl.placeholder": ("[lieu] / [personne] : dites le nom connu du dossier, ne lisez pas le crochet.",
                          "[place] / [person]: say the name known from the case; do not read the brackets."),
    "ui.cl.never_child": (
        "⛔ Ne jamais poser cette question à l’enfant : répondre d’après les documents, le tuteur ou d’autres preuves.",
        "⛔ Never put this question to the child: answer from documents, the guardian or other evidence."),
    "ui.cl.protected": ("🔒 Réponse protégée : elle ira dans le fichier d’identité chiffré, jamais dans le dossier.",
                        "🔒 Protected answer: it goes to the encrypted identity file, never into the case file."),
    "ui.cl.current": ("Réponse enregistrée : {answer} — Entrée pour la garder",
                      "Saved answer: {answer} — Enter to keep it"),
    "ui.cl.hint.yes_no": ("o/oui · n/non · r = refus", "y/yes · n/no · r = declined"),
    "ui.cl.hint.yes_no_unknown": ("o/oui · n/non · nsp = ne sait pas · r = refus",
                                  "y/yes · n/no · u = unknown · r = declined"),
    "ui.cl.hint.choice": ("numéro de l’option · nsp · r = refus", "option number · u = unknown · r = declined"),
    "ui.cl.hint.multi": ("numéros séparés par des virgules (1,3) · aucun · nsp · r = refus",
                         "numbers separated by commas (1,3) · none · u = unknown · r = declined"),
    "ui.cl.hint.text": ("texte libre · nsp · r = refus", "free text · unknown · r = declined"),
    "ui.cl.hint.date": ("AAAA-MM-JJ, JJ/MM/AAAA, MM/AAAA ou AAAA · nsp · r = refus",
                        "YYYY-MM-DD, DD/MM/YYYY, MM/YYYY or YYYY · u = unknown · r = declined"),
    "ui.cl.hint.number": ("nombre · nsp · r = refus", "number · u = unknown · r = declined"),
    "ui.cl.hint.common": (" · ? pourquoi · < retour · > passer · = revue · q pause",
                          " · ? why · < back · > skip · = review · q pause"),
    "ui.cl.keys": (
        "Chaque réponse est enregistrée aussitôt. ? = pourquoi cette question · < = retour · > = passer · nsp = ne "
        "sait pas · r = refus de répondre · « oui : note » ajoute une note · q = pause",
        "Every answer is saved at once. ? = why we ask · < = back · > = skip · u = unknown · r = declined to answer "
        "· \"yes: note\" adds a note · q = pause"),
    "ui.cl.resuming": ("Reprise : {answered} réponse(s), {skipped} passée(s), {open} restante(s).",
                       "Resuming: {answered} answered, {skipped} skipped, {open} left."),
    "ui.cl.child_mode": ("Mode enfant : la personne est mineure ou présumée telle.",
                         "Child mode: the person is or is presumed a minor."),
    "ui.cl.became_child": ("⚠ Doute sur l’âge : la personne est présumée mineure.",
                           "⚠ Doubt about age: the person is presumed a minor."),
    "ui.cl.became_child.hidden": ("{n} question(s) ⛔ de cette liste ne lui seront pas posées.",
                                  "{n} ⛔ item(s) in this checklist will not be put to them."),
    "ui.cl.opened": ("→ La liste {checklist} est ouverte pour cette personne.",
                     "→ Checklist {checklist} is now open for this person."),
    "ui.cl.first": ("C’est la première question.", "This is the first item."),
    "ui.cl.no_help": ("Pas d’explication pour cette question.", "No explanation for this item."),
    "ui.cl.all_answered": ("Toutes les questions ont une réponse : revue.", "Every item has an answer: review."),
    "ui.cl.protected.recorded": ("🔒 Consigné dans le fichier d’identité chiffré.",
                                 "🔒 Recorded in the encrypted identity file."),
    "ui.cl.protected.not_recorded": ("Non consigné (aucune trace de la réponse).",
                                     "Not recorded (no trace of the answer)."),
    "ui.cl.value.yes": ("oui", "yes"),
    "ui.cl.value.no": ("non", "no"),
    "ui.cl.value.unknown": ("ne sait pas", "unknown"),
    "ui.cl.value.declined": ("refus de répondre", "declined to answer"),
    "ui.cl.value.none": ("aucun", "none"),
    "ui.cl.value.skipped": ("— passée", "— skipped"),
    "ui.cl.value.not_asked_child": ("⛔ non posée (enfant)", "⛔ not asked (child)"),
    "ui.cl.value.protected": ("🔒 fichier d’identité", "🔒 identity file"),
    "ui.cl.value.not_recorded": ("🔒 donnée, non consignée", "🔒 given, not recorded"),
    "ui.cl.review.title": ("Revue — liste {checklist}, {victim}", "Review — checklist {checklist}, {victim}"),
    "ui.cl.review.#": ("#", "#"),
    "ui.cl.review.id": ("Id", "Id"),
    "ui.cl.review.question": ("Question", "Item"),
    "ui.cl.review.answer": ("Réponse", "Answer"),
    "ui.cl.review.prompt": ("Numéro ou identifiant à modifier (Entrée = terminer, q = pause) ›",
                            "Number or id to change (Enter = finish, q = pause) ›"),
    "ui.cl.review.bad": ("Tapez un numéro de 1 à {n}, un identifiant, ou Entrée.",
                         "Type a number from 1 to {n}, an id, or Enter."),
    "ui.cl.done": (
        "Liste {checklist} pour {victim} : {answered} réponse(s), {skipped} passée(s), {open} sans réponse, "
        "{not_asked_child} non posée(s) (enfant).",
        "Checklist {checklist} for {victim}: {answered} answered, {skipped} skipped, {open} open, {not_asked_child} "
        "not asked (child)."),
    "ui.cl.next": ("→ Liste {checklist} ouverte : {command}", "→ Checklist {checklist} is open: {command}"),
    "ui.cl.saved": ("Dossier enregistré : {path}", "Case saved: {path}"),
    "ui.cl.paused": ("Pause. Toutes les réponses sont enregistrées dans {path}.",
                     "Paused. Every answer is saved in {path}."),
    "ui.cl.interrupted": ("Interrompu. Les réponses déjà données sont enregistrées dans {path}.",
                          "Interrupted. The answers already given are saved in {path}."),
    "ui.cl.resume": ("Pour reprendre : {command}", "To resume: {command}"),
    "ui.cl.scripted": ("{n} réponse(s) du fichier enregistrée(s).", "{n} answer(s) from the file saved."),
    "ui.cl.scripted.not_shown": ("Non posées (condition non remplie, ou question jamais posée à un enfant) : {items}",
                                 "Not asked (condition not met, or never asked of a child): {items}"),
    "ui.cl.scripted.not_recorded": (
        "Réponses protégées non consignées (aucune phrase secrète : TRAFFICKING_PASSPHRASE) : {items}",
        "Protected answers not recorded (no passphrase: TRAFFICKING_PASSPHRASE): {items}"),
    "answer.type.age": ("un âge en années (16) ou une date de naissance (2003, 05/2003, 12/05/2003) ({given!r})",
                        "an age in years (16) or a date of birth (2003, 05/2003, 12/05/2003) ({given!r})"),
    "answer.parts": ("{item} : parties possibles : {parts}", "{item}: the parts are: {parts}"),
    "ui.cl.hint.age": ("âge en années, ou date de naissance (2003, 05/2003, 12/05/2003) · nsp · r = refus",
                       "age in years, or date of birth (2003, 05/2003, 12/05/2003) · u = unknown · r = declined"),
    "ui.cl.memo.needs": ("⚠ La note de qualification a encore besoin de : {facts} (B09 la donne ; ou : {command})",
                         "⚠ The charging memo still needs: {facts} (B09 gives it; or: {command})"),
    "ui.cl.memo.needs_child": (
        "⚠ La note de qualification a encore besoin de : {facts} (victime enfant, à qui la liste B n’est jamais "
        "posée : trafficking case set {case} facts_date AAAA-MM-JJ, ou JJ/MM/AAAA)",
        "⚠ The charging memo still needs: {facts} (child victim, never put checklist B: "
        "trafficking case set {case} facts_date YYYY-MM-DD, or DD/MM/YYYY)"),
    "ui.cl.memo.ready": ("La note de qualification peut être produite : {command}",
                         "The charging memo can be produced: {command}"),
    "ui.cl.memo.wants": ("À compléter pour une note plus complète : {facts} ({command})",
                         "To complete for a fuller memo: {facts} ({command})"),
    "ui.case.set.done": ("{field} = {value} : enregistré dans {path}", "{field} = {value}: saved in {path}"),
    "ui.case.edit.unchanged": ("Aucun changement : le dossier n’a pas été réécrit.",
                               "No change: the case was not rewritten."),
    "ui.case.edit.invalid": ("Le dossier modifié n’est pas valide : {error}", "The edited case is not valid: {error}"),
    "ui.case.edit.again": ("Reprendre la modification ?", "Edit it again?"),
    "ui.case.edit.kept": ("Rien n’a été écrit : {path} est inchangé.", "Nothing written: {path} is unchanged."),
    "ui.case.edit.done": ("Dossier vérifié et enregistré : {path}", "Case checked and saved: {path}"),
    "ui.cl.alert.title": ("⚠ ALERTE ({item}) — à faire avant de continuer",
                          "⚠ ALERT ({item}) — do this before going on"),
    "ui.cl.alert.duty": ("Devoir de protection consigné : {duties}", "Protection duty recorded: {duties}"),
    "ui.cl.closed": ("Ces questions ne seront pas posées (elles attendent : {reasons}) : {items}",
                     "These items will not be asked (they wait on: {reasons}): {items}"),
    "ui.cl.stopped.consent": ("L’audition de {victim} s’arrête : consentement refusé. Ne restent possibles que "
                              "l’orientation et la protection, sans audition : {command}",
                              "The interview of {victim} stops: consent refused. Only referral and protection "
                              "remain possible, without an interview: {command}"),
    "ui.cl.stopped.child": ("{victim} est mineur(e) ou présumé(e) tel(le) : la liste B (adultes) ne lui est pas "
                            "posée et s’arrête ici. Poursuivez avec la liste C (enfant) : {command}",
                            "{victim} is or is presumed a minor: checklist B (adults) is not put to them and "
                            "stops here. Go on with checklist C (child): {command}"),
    "run.gate.adult_only": ("{victim} est mineur(e) ou présumé(e) tel(le) ({items}) : la liste {checklist} "
                            "(adultes) ne lui est jamais posée ; menez la liste C (enfant)",
                            "{victim} is or is presumed a minor ({items}): checklist {checklist} (adults) is "
                            "never put to them; run checklist C (child)"),
    "ui.case.passphrase.short": ("Trop courte : au moins {n} caractères, par exemple quatre mots (« sable rouge "
                                 "pluie Kayes »). Une phrase perdue ne se retrouve pas.",
                                 "Too short: at least {n} characters, e.g. four words (\"red sand rain Kayes\"). "
                                 "A lost passphrase cannot be recovered."),
    "run.identity.wrong_again": ("Fichier d’identité : {error}. La réponse est gardée en mémoire : retapez la phrase "
                                 "secrète (Entrée seule = ne pas consigner).",
                                 "Identity file: {error}. The answer is kept in memory: type the passphrase again "
                                 "(Enter alone = do not record)."),
    "ui.case.identity.title": ("Fichier d’identité protégé — {path} (données identifiantes : ne pas diffuser)",
                               "Protected identity file — {path} (identifying data: do not circulate)"),
    "ui.case.identity.empty": ("Le fichier d’identité ne contient aucune réponse.",
                               "The identity file holds no answer."),
    "ui.case.identity.none": ("{path} : aucun fichier d’identité pour ce dossier",
                              "{path}: no identity file for this case"),
    "run.error.no_case": ("aucun dossier « {case} » (les plus proches : {near}) : rien n’a été écrit",
                          "no case \"{case}\" (the closest: {near}): nothing was written"),
    "run.error.no_case.alone": ("aucun dossier « {case} » : rien n’a été écrit",
                                "no case \"{case}\": nothing was written"),
    "run.error.no_case.hint": ("créez-le d’abord : {command} (ou ajoutez --new)",
                               "create it first: {command} (or add --new)"),
    "run.error.not_created": ("dossier « {case} » non créé : rien n’a été écrit",
                              "case \"{case}\" not created: nothing was written"),
    "ui.case.create.none": ("Aucun dossier « {case} » ({path}).", "No case \"{case}\" ({path})."),
    "ui.case.create.near": ("Les plus proches : {names}", "The closest: {names}"),
    "ui.case.create.ask": ("Créer « {case} » ? [O/n]", "Create \"{case}\"? [Y/n]"),
    "ui.cl.review.prompt_back": ("Numéro ou identifiant à modifier (Entrée = revenir à la question, q = pause) ›",
                                 "Number or id to change (Enter = back to the question, q = pause) ›"),
    "ui.cl.opened_items": ("Cette réponse ouvre : {items}", "This answer opens: {items}"),
    "ui.cl.total_changed": ("Le nombre de questions passe de {before} à {after}.",
                            "The number of items goes from {before} to {after}."),
    "ui.cl.mode.instruction": ("CONSIGNE — pour l’enquêteur : à faire, pas une question",
                               "INSTRUCTION — for the interviewer: to do, not a question"),
    "ui.cl.mode.short.instruction": ("consigne", "instruction"),
    "ui.cl.hint.ack": ("Entrée ou ok = fait · n = pas fait (avec « n : pourquoi »)",
                       "Enter or ok = done · n = not done (with \"n: why\")"),
    "ui.cl.value.ack.yes": ("✓ fait", "✓ done"),
    "ui.cl.value.ack.no": ("✗ pas fait", "✗ not done"),
    "answer.type.ack": ("Entrée ou ok = fait, n = pas fait ({given!r})",
                        "Enter or ok = done, n = not done ({given!r})"),
    "ui.cl.suggest.title": ("Éléments que les réponses suggèrent : confirmez-les un par un (rien ne devient un "
                            "élément sans vous). o = confirmer · n = écarter · Entrée = plus tard",
                            "Elements the answers suggest: confirm them one by one (nothing becomes an element "
                            "without you). y = confirm · n = set aside · Enter = later"),
    "ui.cl.suggest.item": ("{item} ({text}) : « {answer} » → {element} ?",
                           "{item} ({text}): \"{answer}\" → {element}?"),
    "ui.cl.suggest.ask": ("Confirmer ? [o/n, Entrée = plus tard] ›", "Confirm? [y/n, Enter = later] ›"),
    "ui.cl.suggest.bad": ("Tapez o, n, ou Entrée.", "Type y, n, or Enter."),
    "ui.cl.scripted.suggested": ("Éléments suggérés, à confirmer (en terminal, ou « confirm: [...] » dans le "
                                 "fichier) : {items}",
                                 "Suggested elements to confirm (in a terminal, or \"confirm: [...]\" in the file): "
                                 "{items}"),
    "answer.not_suggested": ("{item} ne suggère pas l’élément {element}", "{item} does not suggest element {element}"),
    "answer.type.suspects": ("par suspect, des codes S1, S2… : « S1: 1,2 ; S2: 3 » ({given!r})",
                             "per suspect, codes S1, S2…: \"S1: 1,2; S2: 3\" ({given!r})"),
    "ui.cl.hint.suspects_multi": ("par suspect : S1: 1,2 ; S2: 3 (codes, jamais de nom) · nsp · r = refus",
                                  "per suspect: S1: 1,2; S2: 3 (codes, never names) · u = unknown · r = declined"),
    "ui.cl.hint.suspects_choice": ("par suspect : S1: 1 ; S2: 2 (codes, jamais de nom) · nsp · r = refus",
                                   "per suspect: S1: 1; S2: 2 (codes, never names) · u = unknown · r = declined"),
    "ui.cl.closed.summary": ("Non posées, fermées par la réponse à {reasons} : {items}",
                             "Not asked, closed by the answer to {reasons}: {items}"),
    "ui.cl.parts": ("Cette question demande aussi {n} autre(s) chose(s), chacune enregistrée aussitôt : Entrée "
                    "seule laisse une partie vide · ? pourquoi · q pause",
                    "This question also asks {n} more thing(s), each saved at once: Enter alone leaves a part empty "
                    "· ? why · q pause"),
    "ui.cl.parts.no_nav": ("Pas de retour ni de revue entre les parties d’une question : Entrée laisse celle-ci vide, "
                           "q met en pause.",
                           "No back or review between the parts of a question: Enter leaves this one empty, q pauses."),
    "ui.cl.value.parts_open": ("{n} partie(s) encore à demander", "{n} part(s) still to ask"),
    "ui.cl.current.parts_open": ("Réponse enregistrée : {answer} — les parties restantes suivent",
                                 "Saved answer: {answer} — the remaining parts follow"),
    "ui.case.age_from.age_today": ("{age} ({low}–{high} ans au début des faits, d’après l’âge déclaré à {items})",
                                   "{age} ({low}–{high} at the start of the facts, from the age given at {items})"),
    "ui.case.age_from.date_of_birth": ("{age} ({low}–{high} ans au début des faits, d’après la date de naissance "
                                       "donnée à {items})",
                                       "{age} ({low}–{high} at the start of the facts, from the date of birth given "
                                       "at {items})"),
}
