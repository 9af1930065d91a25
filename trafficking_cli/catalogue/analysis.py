"""Messages: analysis ({key: (French, English)}); loaded by ``i18n`` on first use of a key prefix."""

MESSAGES: dict[str, tuple[str, str]] = {
    "considered.charged": ("retenue : faits établis {facts}", "charged: established facts {facts}"),
    "considered.adult": ("écartée : la victime est majeure ({age} ans) et l’infraction vise un enfant",
                         "set aside: the victim is an adult ({age}) and the offence concerns a child"),
    "considered.not_yet": ("écartée : texte entré en vigueur le {start}, après les faits (non-rétroactivité)",
                           "set aside: the text came into force on {start}, after the facts (non-retroactivity)"),
    "considered.ended": ("écartée : texte plus en vigueur à la date des faits (jusqu’au {end})",
                         "set aside: the text was no longer in force at the date of the facts (until {end})"),
    "derived.testimony": ("Déclarations de {victim}, liste {checklist} ({title}) : {items}",
                          "Statements of {victim}, checklist {checklist} ({title}): {items}"),
    "derived.protected": ("(détails dans le fichier d’identité protégé)", "(details in the protected identity file)"),
    "element.not_required_minor": ("victime mineure ou présumée mineure (règle de l’enfant, voir l’avertissement)",
                                   "the victim is a child or presumed one (child rule, see the warning)"),
    "element.age_unknown": ("âge inconnu : si la victime avait moins de 18 ans, cet élément ne serait pas exigé",
                            "age unknown: if the victim was under 18, this element would not be required"),
    "element.minor_age": ("{age} ans à la date des faits", "aged {age} at the date of the facts"),
    "element.minor_presumed": ("âge contesté : minorité présumée, non prouvée",
                               "age disputed: minority presumed, not proven"),
    "element.minor_unknown": ("âge inconnu : la minorité doit être établie",
                              "age unknown: minority must be established"),
    "gap.unknown": ("{offence} — {category} : non établi ni exclu (reste possible : {remaining}).",
                    "{offence} — {category}: neither established nor ruled out (still possible: {remaining})."),
    "gap.no_evidence": ("{fact} ({category}) : retenu comme établi, mais aucune pièce n’y est rattachée.",
                        "{fact} ({category}): recorded as established, but no exhibit is linked to it."),
    "gap.single_testimony": ("{fact} ({category}) : repose sur un seul témoignage ({evidence}), sans corroboration.",
                             "{fact} ({category}): rests on a single testimony ({evidence}), with no corroboration."),
    "gap.age_unknown": ("Âge inconnu : il décide si les moyens sont exigés et si les textes sur l’enfant s’appliquent.",
                        "Age unknown: it decides whether means are required and whether the child provisions apply."),
    "gap.age_evidence": ("Victime mineure ({age} ans) : aucune preuve d’âge enregistrée (liste C, question C01).",
                         "Child victim (aged {age}): no age evidence recorded (checklist C, item C01)."),
    "gap.age_doubt": ("Âge contesté : minorité présumée, aucune preuve d’âge enregistrée (liste C, question C01).",
                      "Age disputed: minority presumed, no age evidence recorded (checklist C, item C01)."),
    "gap.aggravation": ("Fait aggravant {id} : sa preuve doit figurer au dossier.",
                        "Aggravating fact {id}: its proof must be in the file."),
    "gap.slavery": (
        "Faits d’esclavage : le Code pénal 2024 les réprime spécialement ({cites}), mais aucun élément propre n’est "
        "retenu.",
        "Slavery facts: the 2024 Penal Code punishes them specifically ({cites}), but none of its own elements is "
        "recorded."),
    "gap.slavery_before": (
        "Faits d’esclavage antérieurs au Code pénal 2024 : aucune infraction spéciale d’esclavage n’existait.",
        "Slavery facts before the 2024 Penal Code: no specific slavery offence existed."),
    "gap.no_charge": (
        "Des faits sont établis, mais aucune infraction en vigueur à la date des faits ne les couvre dans le corpus.",
        "Facts are established, but no offence in force at the date of the facts covers them in the corpus."),
    "step.act": (
        "Établir l’acte : billets et registres de transport, chauffeurs, registres des postes de contrôle, logeurs "
        "et voisins, téléphones saisis (recruteurs, transporteurs).",
        "Establish the act: tickets and transport-company records, drivers, checkpoint registers, landlords and "
        "neighbours, seized phones (recruiters, transporters)."),
    "step.means": (
        "Établir les moyens : documents d’identité retenus (saisie), messages et appels, cahiers de dettes, annonces "
        "de recrutement, certificat médical des violences, témoins de la contrainte.",
        "Establish the means: withheld identity documents (seizure), messages and calls, debt notebooks, recruitment "
        "adverts, medical certificate of violence, witnesses of the coercion."),
    "step.purpose": (
        "Établir la finalité d’exploitation : constat sur le lieu d’exploitation, inspection du travail, registres "
        "du site, clients ou collègues témoins, flux financiers (l’intention suffit).",
        "Establish the exploitative purpose: inspection of the place of exploitation, labour inspectorate, site "
        "records, clients or co-workers as witnesses, money flows (intent is enough)."),
    "step.conduct": (
        "Établir le comportement incriminé : témoins, constatations sur place, téléphones et échanges, rôle de "
        "chaque suspect.",
        "Establish the conduct: witnesses, on-site findings, phones and messages, each suspect’s role."),
    "step.object": (
        "Établir l’objet de l’infraction : pièces d’identité et de voyage, registres frontaliers, statut "
        "administratif des personnes transportées.",
        "Establish the object of the offence: identity and travel documents, border records, immigration status of "
        "the persons moved."),
    "step.victim": ("Établir la qualité de la victime (âge, situation).",
                    "Establish the victim’s status (age, situation)."),
    "step.mendicite.purpose": (
        "Établir l’avantage tiré : sommes remises chaque jour, quotas, sanctions en cas de quota non atteint, "
        "témoins du voisinage, flux d’argent.",
        "Establish the benefit: sums handed over each day, quotas, punishment for missing them, neighbourhood "
        "witnesses, money flows."),
    "step.trafic_migrants.purpose": (
        "Établir l’avantage financier ou matériel : paiements, transferts d’argent mobile, tarifs, carnets.",
        "Establish the financial or material benefit: payments, mobile-money transfers, fares, notebooks."),
    "step.trafic_enfant.object": (
        "Établir que l’enfant a été traité comme une valeur marchande : paiements à la famille ou à l’intermédiaire, "
        "prix convenu, transferts d’argent.",
        "Establish that the child was treated as a commodity: payments to the family or intermediary, agreed price, "
        "money transfers."),
    "step.age": (
        "Établir l’âge : acte de naissance, jugement supplétif, dossier scolaire, carnet de santé ; à défaut, "
        "évaluation pluridisciplinaire (examen médical en dernier recours, marge d’erreur notée). En cas de doute, "
        "la personne est traitée comme un enfant.",
        "Establish age: birth certificate, jugement supplétif, school record, health card; failing that, a "
        "multidisciplinary assessment (medical examination as a last resort, margin of error noted). When in doubt, "
        "the person is treated as a child."),
    "step.aggravation": ("Réunir la preuve du fait aggravant et vérifier sa base dans le texte malien.",
                         "Gather proof of the aggravating fact and check its basis in the Malian text."),
    "step.aggravation.deces_victime": (
        "Acte de décès, rapport d’autopsie ou certificat médical, réquisition d’un médecin légiste ; lien entre les "
        "faits et le décès.",
        "Death certificate, autopsy report or medical certificate, request to a forensic doctor; link between the "
        "facts and the death."),
    "step.aggravation.mutilation_victime": (
        "Certificat médical descriptif des lésions (avec consentement), expertise médicale ; lien avec les faits.",
        "Medical certificate describing the injuries (with consent), medical expert report; link with the facts."),
    "step.slavery": ("Qualifier aussi au titre de l’esclavage (Code pénal 2024, art. 324-11 s.) : établir {items}.",
                     "Also consider slavery (2024 Penal Code, art. 324-11 ff.): establish {items}."),
    "step.slavery_before": (
        "Retenir les violences et atteintes concomitantes (séquestration, coups et blessures…) et, si ses éléments "
        "sont réunis, la traite (finalité d’esclavage).",
        "Charge the accompanying violence (sequestration, assault…) and, if its elements are present, trafficking "
        "(purpose of slavery)."),
    "step.no_charge": (
        "Rechercher les qualifications du droit de l’époque (voir « Droit applicable ») et les faits qui les "
        "constitueraient (par ex. une convention aliénant la liberté, un paiement).",
        "Look for the offences of the law of the time (see 'Applicable law') and the facts that would make them out "
        "(e.g. an agreement alienating liberty, a payment)."),
    "corroborate.act": (
        "Corroborer l’acte hors déclaration : billets, registres de transport, témoins du voyage ou de "
        "l’hébergement, téléphones.",
        "Corroborate the act beyond the statement: tickets, transport records, witnesses of the journey or lodging, "
        "phones."),
    "corroborate.means": (
        "Corroborer les moyens : messages, documents saisis, cahiers de dettes, certificat médical, témoins.",
        "Corroborate the means: messages, seized documents, debt notebooks, medical certificate, witnesses."),
    "corroborate.purpose": (
        "Corroborer la finalité : constat sur les lieux, clients ou collègues, flux financiers, registres.",
        "Corroborate the purpose: on-site findings, clients or co-workers, money flows, records."),
    "corroborate.conduct": ("Corroborer le comportement : autres témoins, constatations, téléphones, flux financiers.",
                            "Corroborate the conduct: other witnesses, findings, phones, money flows."),
    "corroborate.trafic_enfant.object": (
        "Corroborer par des traces financières : paiements, transferts d’argent mobile, témoins de la remise de "
        "l’enfant.",
        "Corroborate with financial traces: payments, mobile-money transfers, witnesses of the child being handed "
        "over."),
    "corroborate.object": ("Corroborer par des pièces : documents de voyage, registres frontaliers.",
                           "Corroborate with documents: travel documents, border records."),
    "corroborate.victim": ("Corroborer par des pièces d’état civil.", "Corroborate with civil records."),
    "warning.child_rule": (
        "Règle de l’enfant appliquée (moyens non exigés) sur le fondement de {basis}, texte international ; non "
        "vérifiée en droit malien : {caveat}",
        "Child rule applied (means not required) on the basis of {basis}, an international text; not verified in "
        "Malian law: {caveat}"),
    "warning.child_rule_verified": ("Règle de l’enfant appliquée (moyens non exigés) : {basis}. {caveat}",
                                    "Child rule applied (means not required): {basis}. {caveat}"),
    "warning.aggravation_unverified": ("Circonstance aggravante « {label} » ({id}) NON VÉRIFIÉE dans le texte malien.",
                                       "Aggravating circumstance '{label}' ({id}) NOT VERIFIED in the Malian text."),
    "warning.aggravation_not_for_offence": (
        "Fait aggravant {id} relevé, mais le corpus ne le prévoit pas pour cette infraction.",
        "Aggravating fact {id} recorded, but the corpus does not provide it for this offence."),
    "warning.penalty_status": ("La peine repose sur un texte « {status} » ({cite}).",
                               "The penalty rests on a '{status}' text ({cite})."),
    "warning.status.paraphrase": ("{cite} ({id}) : PARAPHRASE — ce ne sont pas les mots de la loi.",
                                  "{cite} ({id}): PARAPHRASE — not the words of the law."),
    "warning.status.partial": ("{cite} ({id}) : texte incomplet (la source s’arrête avant la fin).",
                               "{cite} ({id}): partial text (the source stops before the end)."),
    "warning.status.missing": ("{cite} ({id}) : texte inconnu.", "{cite} ({id}): text not known."),
    "warning.number.inferred": ("{cite} ({id}) : numéro d’article déduit, non lu dans le texte.",
                                "{cite} ({id}): article number inferred, not read in the text."),
    "warning.number.unknown": ("{cite} ({id}) : numéro d’article inconnu.", "{cite} ({id}): article number unknown."),
    "warning.international": ("{cite} ({id}) : texte international, non une disposition pénale malienne.",
                              "{cite} ({id}): international text, not a Malian criminal provision."),
    "warning.not_in_corpus": ("{id} : disposition absente du corpus.", "{id}: provision not in the corpus."),
    "warning.data": ("{text}", "{text}"),
    "warning.parallel": (
        "{short}, en vigueur, contiendrait aussi : {headings} (texte absent du corpus) ; articulation à vérifier au "
        "Journal officiel.",
        "{short}, in force, reportedly also contains: {headings} (text not in the corpus); how the two fit together "
        "must be checked in the Journal officiel."),
    "warning.future_facts": ("La date des faits ({date}) est postérieure à la date du mémo : à vérifier.",
                             "The facts date ({date}) is after the date of the memo: check it."),
    "warning.no_victims": ("Aucune victime dans le dossier : aucune qualification possible.",
                           "No victim in the case file: no charge is possible."),
    "why.always": ("toute victime", "every victim"),
    "why.child": ("victime mineure ou présumée : {victims}", "child or presumed child: {victims}"),
    "why.adult": ("victime majeure : {victims}", "adult victim: {victims}"),
    "why.foreign": ("victime étrangère : {victims}", "foreign victim: {victims}"),
    "why.national": ("victime malienne : {victims}", "Malian victim: {victims}"),
    "why.answer": ("réponse {item} ({victims})", "answer {item} ({victims})"),
    "why.condition": ("condition remplie par les réponses : {victims}", "condition met by the answers: {victims}"),
    "warning.mismatch.act_not_established": (
        "Dossier : l’acte {element} de {suspect} sur {victim} ne figure pas dans les faits établis de {victim} ; il "
        "est pris en compte comme fait allégué.",
        "Case file: {suspect}'s act {element} on {victim} is not in {victim}'s established facts; it is taken into "
        "account as an alleged fact."),
    "warning.mismatch.act_excluded": (
        "Dossier contradictoire : l’acte {element} de {suspect} sur {victim} est écarté dans les faits de {victim} "
        "(excluded) ; il n’est pas pris en compte. À clarifier.",
        "Contradictory case file: {suspect}'s act {element} on {victim} is ruled out in {victim}'s facts (excluded); "
        "it is not taken into account. To be clarified."),
    "warning.mismatch.not_attributed": (
        "Dossier : {element} est établi pour {victim}, mais aucun suspect n’en est l’auteur dans le dossier.",
        "Case file: {element} is established for {victim}, but no suspect is recorded as doing it."),
}
