"""Messages: analysis ({key: (French, English)}); loaded by ``i18n`` on first use of a key prefix."""

MESSAGES: dict[str, tuple[str, str]] = {
    "considered.charged": (
        "retenue : faits {facts}",
        "charged: facts {facts}"),
    "considered.adult": (
        "écartée : la victime est majeure ({age} ans) et l’infraction vise un enfant",
        "set aside: the victim is an adult ({age}) and the offence concerns a child"),
    "considered.not_yet": (
        "écartée : texte entré en vigueur le {start}, après les faits (non-rétroactivité)",
        "set aside: the text came into force on {start}, after the facts (non-retroactivity)"),
    "considered.ended": (
        "écartée : texte plus en vigueur à la date des faits (jusqu’au {end}) ; un texte abrogé ne régit pas des "
        "faits postérieurs",
        "set aside: the text was no longer in force at the date of the facts (until {end}); a repealed text does not "
        "govern later facts"),
    "derived.testimony": ("Déclarations de {victim}, liste {checklist} ({title}) : {items}",
                          "Statements of {victim}, checklist {checklist} ({title}): {items}"),
    "derived.protected": ("(détails dans le fichier d’identité protégé)", "(details in the protected identity file)"),
    "element.not_required_minor": (
        "non exigé pour un enfant selon le Protocole de Palerme, art. 3 c) seulement (aucun texte malien trouvé) : "
        "voir la condition",
        "not required for a child under the Palermo Protocol, art. 3(c) only (no Malian text found): see the "
        "condition"),
    "element.age_unknown": (
        "âge inconnu : si la victime avait moins de 18 ans, cet élément ne serait pas exigé (règle de l’enfant, "
        "Protocole de Palerme, art. 3 c))",
        "age unknown: if the victim was under 18, this element would not be required (child rule, Palermo Protocol, "
        "art. 3(c))"),
    "element.minor_age": (
        "{age} ans à la date des faits",
        "aged {age} at the date of the facts"),
    "element.minor_presumed": (
        "âge contesté : la minorité est présumée pour protéger la personne, elle n’est pas prouvée ; établir l’âge",
        "age disputed: minority is presumed to protect the person, it is not proven; establish the age"),
    "element.minor_unknown": (
        "âge inconnu : la minorité doit être établie",
        "age unknown: minority must be established"),
    "gap.unknown": (
        "{offence} — {category} : non établi ni exclu (reste possible : {remaining}).",
        "{offence} — {category}: neither established nor ruled out (still possible: {remaining})."),
    "gap.no_evidence": (
        "{fact} ({category}) : relevé au dossier, mais aucune pièce n’y est rattachée (fait allégué).",
        "{fact} ({category}): recorded in the file, but no exhibit is linked to it (alleged fact)."),
    "gap.single_testimony": (
        "{fact} ({category}) : repose sur un seul témoignage ({evidence}), sans corroboration.",
        "{fact} ({category}): rests on a single testimony ({evidence}), with no corroboration."),
    "gap.age_unknown": (
        "Âge inconnu : il décide si les moyens sont exigés, si les textes sur l’enfant s’appliquent et si les "
        "circonstances aggravantes d’âge sont constituées. Établir l’âge.",
        "Age unknown: it decides whether means are required, whether the child provisions apply and whether the age "
        "aggravations are made out. Establish the age."),
    "gap.age_evidence": (
        "Victime mineure ({age} ans) : aucune preuve d’âge enregistrée (liste C, question C01).",
        "Child victim (aged {age}): no age evidence recorded (checklist C, item C01)."),
    "gap.age_doubt": (
        "Âge contesté : la personne est protégée comme un enfant, mais la présomption ne prouve aucun élément ; les "
        "qualifications qui exigent la minorité restent incomplètes. Établir l’âge (liste C, question C01).",
        "Age disputed: the person is protected as a child, but the presumption proves no element; charges that need "
        "minority stay incomplete. Establish the age (checklist C, item C01)."),
    "gap.aggravation": (
        "Fait aggravant « {id} » : sa preuve doit figurer au dossier.",
        "Aggravating fact '{id}': its proof must be in the file."),
    "gap.slavery": (
        "Faits évoquant l’esclavage (statut par ascendance, travail forcé non payé, privation de terres ou de "
        "droits) : le Code pénal 2024 réprime l’esclavage et les pratiques assimilées ({cites}) ; infractions à "
        "envisager, non établies : le travail forcé seul ne suffit pas.",
        "Facts suggesting slavery (descent-based status, forced unpaid work, deprivation of land or rights): the "
        "2024 Penal Code punishes slavery and related practices ({cites}); offences to consider, not established: "
        "forced labour alone is not enough."),
    "gap.slavery_before": (
        "Faits évoquant l’esclavage ou des pratiques analogues (dont le travail forcé), antérieurs au 13 décembre "
        "2024 : aucune infraction spéciale d’esclavage n’existait avant le Code pénal 2024.",
        "Facts suggesting slavery or similar practices (including forced labour), before 13 December 2024: no "
        "specific slavery offence existed before the 2024 Penal Code."),
    "gap.attempt_only": (
        "Les actes relevés contre cette victime n’ont été que tentés ({suspects}) : aucune infraction "
        "consommée n’est constituée à son égard dans le dossier ; la tentative est examinée pour chaque "
        "suspect (voir « Par suspect »).",
        "The acts recorded against this victim were only attempted ({suspects}): the file makes out no completed "
        "offence against them; the attempt is weighed for each suspect (see 'By suspect')."),
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
    "step.victim": (
        "Établir la qualité de la victime (âge, situation).",
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
    "step.aggravation": (
        "Réunir la preuve du fait aggravant et vérifier sa base dans le texte malien.",
        "Gather proof of the aggravating fact and check its basis in the Malian text."),
    "step.aggravation.deces_victime": (
        "Acte de décès, rapport d’autopsie ou certificat médical, réquisition d’un médecin légiste ; lien entre les "
        "faits et le décès.",
        "Death certificate, autopsy report or medical certificate, request to a forensic doctor; link between the "
        "facts and the death."),
    "step.aggravation.mutilation_victime": (
        "Certificat médical descriptif des lésions (avec consentement), expertise médicale ; lien avec les faits.",
        "Medical certificate describing the injuries (with consent), medical expert report; link with the facts."),
    "step.slavery": (
        "Envisager l’esclavage (Code pénal 2024, art. 324-11 s. ; article d’incrimination et peine à vérifier au "
        "Journal officiel) : établir {items} (attributs du droit de propriété exercés par le suspect, dépendance "
        "absolue) ; envisager aussi le servage, la servitude pour dettes et la privation de droits liée au statut "
        "d’esclave (non modélisés).",
        "Consider slavery (2024 Penal Code, art. 324-11 ff.; the incriminating article and penalty to be checked in "
        "the Journal officiel): establish {items} (attributes of ownership exercised by the suspect, absolute "
        "dependence); also consider serfdom, debt bondage and deprivation of rights tied to slave status (not "
        "modelled)."),
    "step.slavery_before": (
        "Envisager : la traite (loi n°2012-023) aux fins d’esclavage, de servitude ou de travail forcé, si un acte "
        "et un moyen sont établis ; l’art. 242 du Code pénal 2001, seulement si une convention aliénant la liberté "
        "est établie ; et les violences et atteintes concomitantes (séquestration, coups et blessures…).",
        "Consider: trafficking (Law No. 2012-023) for slavery, servitude or forced labour, if an act and a means are "
        "established; art. 242 of the 2001 Penal Code, only if an agreement alienating liberty is established; and "
        "the accompanying violence (sequestration, assault…)."),
    "step.attempt_only": (
        "Établir le commencement d’exécution et ce qui a empêché l’acte d’aboutir (interruption, arrestation) ; "
        "ou, si l’acte a en fait été accompli, le consigner comme consommé.",
        "Establish the beginning of execution and what stopped the act (interruption, arrest); or, if the act "
        "was in fact carried out, record it as completed."),
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
    "corroborate.conduct": (
        "Corroborer le comportement : autres témoins, constatations, téléphones, flux financiers.",
        "Corroborate the conduct: other witnesses, findings, phones, money flows."),
    "corroborate.trafic_enfant.object": (
        "Corroborer par des traces financières : paiements, transferts d’argent mobile, témoins de la remise de "
        "l’enfant.",
        "Corroborate with financial traces: payments, mobile-money transfers, witnesses of the child being handed "
        "over."),
    "corroborate.object": (
        "Corroborer par des pièces : documents de voyage, registres frontaliers.",
        "Corroborate with documents: travel documents, border records."),
    "corroborate.victim": (
        "Corroborer par des pièces d’état civil.",
        "Corroborate with civil records."),
    "warning.child_rule": (
        "Règle de l’enfant appliquée (moyens non exigés) sur le fondement de {basis}, texte international ; non "
        "vérifiée en droit malien : {caveat}",
        "Child rule applied (means not required) on the basis of {basis}, an international text; not verified in "
        "Malian law: {caveat}"),
    "warning.child_rule_verified": (
        "Règle de l’enfant appliquée (moyens non exigés) : {basis}. {caveat}",
        "Child rule applied (means not required): {basis}. {caveat}"),
    "warning.aggravation_unverified": (
        "Circonstance aggravante « {label} » NON VÉRIFIÉE dans le texte malien.",
        "Aggravating circumstance '{label}' NOT VERIFIED in the Malian text."),
    "warning.aggravation_not_for_offence": (
        "Fait aggravant « {id} » relevé, mais le corpus ne le prévoit pas pour cette infraction.",
        "Aggravating fact '{id}' recorded, but the corpus does not provide it for this offence."),
    "warning.penalty_status": (
        "La peine repose sur un texte « {status} » ({cite}).",
        "The penalty rests on a '{status}' text ({cite})."),
    "warning.status.paraphrase": (
        "{cite} ({id}) : PARAPHRASE — ce ne sont pas les mots de la loi.",
        "{cite} ({id}): PARAPHRASE — not the words of the law."),
    "warning.status.partial": (
        "{cite} ({id}) : texte incomplet (la source s’arrête avant la fin).",
        "{cite} ({id}): partial text (the source stops before the end)."),
    "warning.status.missing": (
        "{cite} ({id}) : texte inconnu.",
        "{cite} ({id}): text not known."),
    "warning.number.inferred": (
        "{cite} ({id}) : numéro d’article déduit, non lu dans le texte.",
        "{cite} ({id}): article number inferred, not read in the text."),
    "warning.number.unknown": (
        "{cite} ({id}) : numéro d’article inconnu.",
        "{cite} ({id}): article number unknown."),
    "warning.international": (
        "{cite} ({id}) : texte international, non une disposition pénale malienne.",
        "{cite} ({id}): international text, not a Malian criminal provision."),
    "warning.not_in_corpus": (
        "{id} : disposition absente du corpus.",
        "{id}: provision not in the corpus."),
    "warning.data": (
        "{text}",
        "{text}"),
    "warning.parallel": (
        "{short}, en vigueur, contiendrait aussi : {headings} (texte absent du corpus) ; articulation à vérifier au "
        "Journal officiel.",
        "{short}, in force, reportedly also contains: {headings} (text not in the corpus); how the two fit together "
        "must be checked in the Journal officiel."),
    "warning.future_facts": (
        "La date des faits ({date}) est postérieure à la date du mémo : à vérifier.",
        "The facts date ({date}) is after the date of the memo: check it."),
    "warning.no_victims": (
        "Aucune victime dans le dossier : aucune qualification possible.",
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
    # issue 8 (analysis v2)
    # The figure rests on one press explainer of the new Code (sources/framework.md §3.5, [S]): name that source
    # and its status, never the research file (review 2, point 9)
    "prescription.crime": (
        "Crime : 15 ans révolus à compter du {start} ({counted}), selon le nouveau Code de procédure pénale tel que "
        "le rapporte la presse (malibuzz.tv ; source secondaire : le texte du Code, son article et ses exceptions "
        "n’ont pas été consultés) ; tout acte d’instruction ou de poursuite l’interrompt.",
        "Crime: 15 full years from {start} ({counted}), under the new Code of criminal procedure as reported by the "
        "press (malibuzz.tv; secondary source: the Code's text, its article and its exceptions were not seen); any "
        "act of investigation or prosecution interrupts it."),
    # an undated act takes the start of the period charged: say so, never "the act's date" (review)
    "prescription.from_act": (
        "début de la période retenue : date de l’acte s’il est daté, sinon la plus ancienne possible",
        "start of the period charged: the act's date when it is dated, otherwise the earliest possible"),
    "prescription.from_end": (
        "acte continu : à compter de sa fin",
        "continuing act: counted from its end"),
    "prescription.delit": (
        "Délit : le délai de prescription des délits n’est pas dans le corpus (ni l’ancien, ni le nouveau Code de "
        "procédure pénale).",
        "Délit: the limitation period for délits is not in the corpus (neither the old nor the new Code of criminal "
        "procedure)."),
    "prescription.kind_unknown": (
        "Nature de la peine inconnue (crime ou délit) : délai de prescription indéterminable.",
        "Kind of penalty unknown (crime or délit): the limitation period cannot be determined."),
    "prescription.no_date": (
        "Date des faits inconnue : prescription non calculable.",
        "Date of the facts unknown: limitation cannot be worked out."),
    "prescription.old_code": (
        "Faits antérieurs au 13 juin 2025 : le délai de l’ancien Code de procédure pénale et la règle transitoire du "
        "nouveau ne sont pas dans le corpus ; la date indiquée est celle du nouveau délai seulement.",
        "Facts before 13 June 2025: the old Code of criminal procedure's period and the new code's transitional rule "
        "are not in the corpus; the date given is that of the new period only."),
    "prescription.absent_interruption": (
        "Échéance en l’absence d’interruption.",
        "Deadline absent interruption."),
    "prescription.check_procedure": (
        "Échéance passée en l’absence d’interruption : vérifier au dossier les actes d’enquête ou de poursuite "
        "(procedure.first_act_date).",
        "Deadline passed absent interruption: check the file for acts of investigation or prosecution "
        "(procedure.first_act_date)."),
    "prescription.first_act_late": (
        "Le premier acte d’enquête ou de poursuite au dossier ({first}) est postérieur à l’échéance : prescrit.",
        "The file's first act of investigation or prosecution ({first}) came after the deadline: time-barred."),
    "prescription.interrupted": (
        "Interrompue par l’acte du {first} : un nouveau délai de 15 ans court à compter de cette date.",
        "Interrupted by the act of {first}: a new 15-year period runs from that date."),
    "prescription.minor": (
        "Victime mineure (ou d’âge non établi) : on ignore si le délai ne court qu’à sa majorité.",
        "Child victim (or age not established): whether the period runs only from majority is unknown."),
    "mitigation.life_reclusion": (
        "art. 18, 2° : réclusion de cinq à vingt ans ; l’interdiction de séjour peut être prononcée",
        "art. 18, 2°: réclusion of five to twenty years; an interdiction de séjour may be imposed"),
    "mitigation.life_prison": (
        "art. 18, 2° : ou emprisonnement de deux à cinq ans ; l’interdiction de séjour peut être prononcée",
        "art. 18, 2°: or imprisonment of two to five years; an interdiction de séjour may be imposed"),
    "mitigation.reclusion": (
        "art. 18, 3° : emprisonnement d’un à cinq ans ; l’interdiction de séjour peut être prononcée (lecture : le "
        "3° vise la réclusion à temps de l’art. 4, « de cinq à vingt ans », donc aussi une réclusion de cinq à dix "
        "ans)",
        "art. 18, 3°: imprisonment of one to five years; an interdiction de séjour may be imposed (reading: 3° "
        "covers the fixed-term réclusion of art. 4, \"five to twenty years\", hence also réclusion of five to ten "
        "years)"),
    "mitigation.prison": (
        "art. 18, 4° : emprisonnement réductible au-dessous de onze jours, et l’amende à 18 000 francs ou moins",
        "art. 18, 4°: imprisonment reducible below eleven days, and the fine to 18,000 francs or less"),
    "mitigation.prison_only": (
        "art. 18, 5° : l’emprisonnement seul, sans l’amende",
        "art. 18, 5°: imprisonment alone, without the fine"),
    "mitigation.fine_only": (
        "art. 18, 5° : l’amende seule, sans l’emprisonnement",
        "art. 18, 5°: the fine alone, without imprisonment"),
    "mitigation.fine_police": (
        "art. 18, 6° : l’amende réductible aux peines de simple police",
        "art. 18, 6°: the fine reducible to petty-offence (simple police) penalties"),
    "mitigation.after_2024": (
        "Faits postérieurs au 12 décembre 2024 : l’échelle des circonstances atténuantes du Code pénal 2024 n’est "
        "pas dans le corpus (l’art. 18 du Code pénal 2001 ne régit que les faits antérieurs).",
        "Facts after 12 December 2024: the 2024 Penal Code's scale of mitigating circumstances is not in the corpus "
        "(art. 18 of the 2001 Penal Code governs only earlier facts)."),
    "mitigation.text_unknown": (
        "On ignore si la loi n°2012-023 exclut les circonstances atténuantes : son texte est inconnu.",
        "Whether Law No. 2012-023 excludes mitigating circumstances is unknown: its text is unknown."),
    "mitigation.part_after": (
        "L’art. 18 ne vaut que pour la partie des faits antérieure au 13 décembre 2024.",
        "Art. 18 applies only to the part of the facts before 13 December 2024."),
    "mitigation.sursis": (
        "Le sursis (art. 19) ne peut être apprécié : son texte n’est connu que par la presse.",
        "A suspended sentence (art. 19) cannot be assessed: its text is known only from the press."),
    "mitigation.penalty_unknown": (
        "Peine encourue inconnue : l’effet des circonstances atténuantes ne peut être calculé.",
        "Penalty incurred unknown: the effect of mitigating circumstances cannot be worked out."),
    "aggravation.age": (
        "déduite de l’âge au dossier : {age} ans à la date des faits",
        "derived from the age in the file: aged {age} at the date of the facts"),
    "aggravation.age_doubt": (
        "âge contesté : circonstance à établir (la présomption de minorité ne la prouve pas) ; établir l’âge",
        "age disputed: circumstance to be established (the presumption of minority does not prove it); establish the "
        "age"),
    "aggravation.age_unknown": (
        "âge inconnu : circonstance à établir ; établir l’âge",
        "age unknown: circumstance to be established; establish the age"),
    "aggravation.worst_form": (
        "déduite de la finalité d’exploitation ({purposes}) d’un enfant : lecture de la Convention n°182 de l’OIT, "
        "art. 3, à indiquer comme telle",
        "derived from the exploitative purpose ({purposes}) for a child: a reading of ILO Convention No. 182, art. "
        "3, to be stated as such"),
    "aggravation.worst_form_qualify": (
        "finalité ({purposes}) à qualifier : la Convention n°182, art. 3 b), vise la prostitution et la pornographie "
        "; préciser la forme d’exploitation sexuelle",
        "purpose ({purposes}) to be qualified: ILO Convention No. 182, art. 3(b), covers prostitution and "
        "pornography; specify the form of sexual exploitation"),
    "element.age_doubt": (
        "âge contesté : la présomption de minorité protège la personne mais ne dispense pas de cet élément ; établir "
        "l’âge",
        "age disputed: the presumption of minority protects the person but does not remove this element; establish "
        "the age"),
    "considered.charged_conditional": (
        "retenue sous condition (voir les conditions) : faits {facts}",
        "charged on condition (see the conditions): facts {facts}"),
    "considered.to_investigate": (
        "non retenue à ce stade : piste à instruire, des éléments manquent (faits {facts})",
        "not charged at this stage: a lead to investigate, elements are missing (facts {facts})"),
    "considered.set_aside": (
        "examinée et écartée : un élément est exclu par les faits (faits {facts})",
        "examined and set aside: an element is ruled out by the facts (facts {facts})"),
    "considered.no_act": (
        "non examinée : l’acte ou le comportement incriminé n’est pas établi (faits relevés : {facts})",
        "not examined: the act or conduct is not established (facts recorded: {facts})"),
    "considered.dated_outside": (
        "écartée : les actes datés au dossier tombent hors de la période de vigueur du texte",
        "set aside: the acts dated in the file fall outside the period in which the text was in force"),
    "condition.child_rule": (
        "Moyens non prouvés : la qualification repose sur la règle de l’enfant, qui n’a pour base que le Protocole "
        "de Palerme (art. 3 c)) ; aucune disposition malienne n’a été trouvée (le texte connu de la loi n°2012-023 "
        "énumère les moyens sans exception). Pour en sortir : prouver un moyen, ou vérifier au Journal officiel "
        "l’existence d’une disposition sur l’enfant ; pour des faits antérieurs au 13 décembre 2024, envisager "
        "l’art. 244 du Code pénal 2001 (trafic d’enfant).",
        "Means not proven: the charge rests on the child rule, whose only basis is the Palermo Protocol (art. 3(c)); "
        "no Malian provision was found (the known text of Law No. 2012-023 lists the means with no exception). Way "
        "out: prove a means, or check the Journal officiel for a child provision; for facts before 13 December 2024, "
        "consider art. 244 of the 2001 Penal Code (child trafficking)."),
    "condition.data": (
        "{text}",
        "{text}"),
    "period.split_assumed": (
        "Faits à cheval sur le {boundary} : seule la partie du {start} au {end} relève de ce texte. Acte continu "
        "({facts}) scindé à cette date ; le dossier ne datant pas les actes, on suppose que les éléments relevés ont "
        "duré sur toute la période. Dater les actes.",
        "Facts running across {boundary}: only the part from {start} to {end} falls under this text. Continuing act "
        "({facts}) split at that date; as the file does not date the acts, the recorded elements are assumed to have "
        "lasted over the whole span. Date the acts."),
    "period.date_act": (
        "Faits à cheval sur le {boundary} : l’acte ({facts}) est instantané et n’est pas daté ; il ne relève de ce "
        "texte que s’il a été commis entre le {start} et le {end}. Dater cet acte.",
        "Facts running across {boundary}: the act ({facts}) is instantaneous and undated; it falls under this text "
        "only if committed between {start} and {end}. Date this act."),
    "period.entry_uncertain": (
        "{short} est appliquée à partir du {start} inclus, date la plus précoce possible : la date de sa publication "
        "au Journal officiel est inconnue.",
        "{short} is applied from {start} inclusive, the earliest possible date: the date of its publication in the "
        "Journal officiel is unknown."),
    "gap.no_act": (
        "{offence} : l’acte ou le comportement incriminé n’est pas établi ; l’infraction n’est pas examinée.",
        "{offence}: the act or conduct is not established; the offence is not examined."),
    "step.date_act": (
        "Dater l’acte : billets, registres, téléphones, témoins de la date ; l’indiquer au dossier (acts: from).",
        "Date the act: tickets, records, phones, witnesses of the date; record it in the file (acts: from)."),
    "warning.number.conflicting": (
        "{cite} ({id}) : numéro d’article discordant selon les sources (à vérifier au Journal officiel).",
        "{cite} ({id}): article number conflicting between sources (check the Journal officiel)."),
    "warning.lenient_law": (
        "Loi plus douce (Pacte international relatif aux droits civils et politiques, art. 15, par. 1) : une loi "
        "postérieure qui prévoit une peine plus légère s’applique aux faits antérieurs non encore définitivement "
        "jugés ; un texte abrogé ne régit pas des faits postérieurs. Les articles du Code pénal 2024 sur la traite "
        "n’étant pas connus, on ne peut pas vérifier s’ils sont plus doux pour les faits antérieurs au 13 décembre "
        "2024 : à vérifier au Journal officiel.",
        "More lenient law (International Covenant on Civil and Political Rights, art. 15(1)): a later law providing "
        "a lighter penalty reaches earlier facts not yet finally judged; a repealed text does not govern later "
        "facts. The 2024 Penal Code's trafficking articles being unknown, whether they are milder for facts before "
        "13 December 2024 cannot be checked: check the Journal officiel."),
    "warning.child_aggravation_reach": (
        "Victime de {age} ans : l’aggravation pour une victime de moins de 15 ans n’est connue (OIT) que pour la "
        "traite ; sa portée pour cette infraction est inconnue.",
        "Victim aged {age}: the aggravation for a victim under 15 is known (ILO) only for trafficking; its reach for "
        "this offence is unknown."),
    "why.fact": ("personne objet du trafic illicite de migrants : {victims}", "person smuggled: {victims}"),
    "gap.single_answer": (
        "{fact} : un seul « oui » (question {item}) ne suffit pas à établir un moyen au sens de la loi ; il n’est "
        "pas compté.",
        "{fact}: a single \"yes\" (item {item}) is not enough to establish a means in law; it is not counted."),
    "step.single_answer": (
        "Faire préciser et noter (question {item}) : quoi, par qui, contre qui, quand, et le lien avec le "
        "recrutement ou l’exploitation ; corroborer (messages, témoins, paiements).",
        "Have it specified and recorded (item {item}): what, by whom, against whom, when, and the link with the "
        "recruitment or the exploitation; corroborate (messages, witnesses, payments)."),
    "mitigation.if_reclusion": (
        "art. 18, 3°, si la peine encourue est la réclusion (crime) : emprisonnement d’un à cinq ans",
        "art. 18, 3°, if the penalty incurred is réclusion (a crime): imprisonment of one to five years"),
    "mitigation.if_prison": (
        "art. 18, 4°, si la peine encourue est l’emprisonnement (délit) : réductible au-dessous de onze jours",
        "art. 18, 4°, if the penalty incurred is imprisonment (a délit): reducible below eleven days"),
}
