"""Messages: charges per suspect, concurrence of qualifications, other offences ({key: (French, English)})."""

MESSAGES: dict[str, tuple[str, str]] = {
    # ---- per suspect (analysis.per_suspect, analysis.suspect_rules) ----
    "suspect.no_act": (
        "Aucun acte n’est attribué à ce suspect dans le dossier : aucune qualification ne peut le viser.",
        "No act is attributed to this suspect in the file: no charge can be brought against them."),
    "suspect.no_act_group": (
        "Les actes relevés ({facts}) ne sont l’acte matériel ou le comportement d’aucune infraction examinée "
        "(recrutement, transport, transfert, hébergement, accueil, organisation de la mendicité …) : en l’état, "
        "aucune qualification ne vise ce suspect comme auteur. Établir un acte matériel, ou examiner la "
        "complicité.",
        "The acts recorded ({facts}) are not the act or conduct of any offence examined (recruitment, "
        "transport, transfer, harbouring, receipt, organising begging …): as things stand, no charge reaches "
        "this suspect as a principal. Establish an act, or examine complicity."),
    "suspect.no_victim_offence": (
        "Les actes relevés ({facts}) ne réunissent, pour aucune victime, l’acte d’une infraction dont le texte "
        "était en vigueur : aucune qualification ne vise ce suspect en l’état.",
        "The acts recorded ({facts}) do not make out, for any victim, the act of an offence whose text was in "
        "force: no charge reaches this suspect as things stand."),
    "suspect.prove_knowledge": (
        "Prouver que {suspect} connaissait la finalité d’exploitation (rien au dossier ne le montre).",
        "Prove that {suspect} knew of the purpose of exploitation (nothing in the file shows it)."),
    "suspect.missing_group": ("{group} : à établir.", "{group}: to be established."),
    "suspect.attempt_crime": (
        "Tentative : le Code pénal 2001, art. 3 (verbatim) considère la tentative de crime, manifestée par un "
        "commencement d’exécution, comme le crime lui-même (faits antérieurs au 13 décembre 2024).",
        "Attempt: Penal Code 2001, art. 3 (verbatim) treats the attempt of a crime, shown by a beginning of "
        "execution, as the crime itself (facts before 13 December 2024)."),
    "suspect.attempt_general_rule": (
        "Règle générale du Code pénal 2001, appliquée ici à une infraction de la loi n°2012-023 : aucune "
        "disposition de cette loi sur la tentative n’a été trouvée.",
        "A general rule of the 2001 Penal Code, applied here to an offence of Law No. 2012-023: no provision "
        "of that law on attempt was found."),
    "suspect.attempt_delit": (
        "Tentative d’un délit : punissable seulement si une disposition spéciale le prévoit (Code pénal 2001, "
        "art. 3) ; aucune n’est connue pour cette infraction.",
        "Attempt of a délit: punishable only where a special provision says so (Penal Code 2001, art. 3); none "
        "is known for this offence."),
    "suspect.attempt_kind_unknown": (
        "Tentative : on ne sait pas si l’infraction est un crime ou un délit (nature de la peine inconnue) ; la "
        "tentative n’est punissable de plein droit que pour un crime (Code pénal 2001, art. 3).",
        "Attempt: it is not known whether the offence is a crime or a délit (kind of penalty unknown); an "
        "attempt is punishable as such only for a crime (Penal Code 2001, art. 3)."),
    "suspect.attempt_2024": (
        "Tentative, faits depuis le 13 décembre 2024 : la règle du Code pénal 2024 sur la tentative n’est pas "
        "dans le corpus ; vérifier au Journal officiel.",
        "Attempt, facts since 13 December 2024: the 2024 Penal Code's rule on attempt is not in the corpus; "
        "check the Journal officiel."),
    "suspect.complicity": (
        "Complicité : la règle du Code pénal sur la complicité n’est pas dans le corpus (ni une disposition de la "
        "loi n°2012-023) ; le Protocole de Palerme, art. 5 par. 2 b), oblige seulement l’État à l’incriminer "
        "(texte international). Vérifier au Code pénal.",
        "Complicity: the Penal Code's rule on complicity is not in the corpus (nor a provision of Law "
        "No. 2012-023); the Palermo Protocol, art. 5(2)(b), only obliges the State to criminalise it "
        "(international text). Check the Penal Code."),
    "suspect.complice_no_act": (
        "Établir ce que {suspect} a fait pour la commission de l’infraction : le dossier ne lui attribue aucun "
        "acte (la règle du Code pénal sur la complicité n’est pas dans le corpus).",
        "Establish what {suspect} did towards the offence: the file attributes no act to them (the Penal Code's "
        "rule on complicity is not in the corpus)."),
    "suspect.legal_person_2024": (
        "Personne morale : selon la presse, le Code pénal 2024 prévoit la responsabilité pénale des personnes "
        "morales, mais son texte n’est pas dans le corpus ; vérifier au Journal officiel.",
        "Legal person: according to the press, the 2024 Penal Code provides for the criminal liability of legal "
        "persons, but its text is not in the corpus; check the Journal officiel."),
    "suspect.legal_person_2001": (
        "Personne morale : aucune source du corpus ne dit que le Code pénal 2001 ou la loi n°2012-023 prévoient "
        "la responsabilité pénale des personnes morales (le Code pénal 2024 la prévoirait selon la presse, pour "
        "des faits postérieurs) ; vérifier avant de la poursuivre.",
        "Legal person: no source in the corpus says that the 2001 Penal Code or Law No. 2012-023 provides for "
        "the criminal liability of legal persons (the 2024 Penal Code reportedly does, for later facts); check "
        "before prosecuting it."),
    "suspect.denies": (
        "Le suspect conteste les faits (sa position, distincte de ce que montre le dossier).",
        "The suspect denies the facts (their own position, apart from what the file shows)."),
    # ---- concurrence (analysis.concurrence) ----
    "concurrence.advice": (
        "Retenir d’abord « {first} » ({why}) ; « {others} » à titre subsidiaire ou cumulatif, à motiver.",
        "Charge '{first}' first ({why}); '{others}' in the alternative or cumulatively, with reasons."),
    # an incomplete qualification is a lead, not a charge: it is advised only on its condition (review)
    "concurrence.advice_then_pending": (
        "Retenir d’abord « {first} » ({why}) ; « {others} » à titre subsidiaire ou cumulatif, à motiver ; "
        "« {pending} » seulement si ses éléments manquants sont établis (piste à instruire, non retenue en l’état).",
        "Charge '{first}' first ({why}); '{others}' in the alternative or cumulatively, with reasons; "
        "'{pending}' only if its missing elements are established (a lead to investigate, not charged as things "
        "stand)."),
    "concurrence.advice_then_pending_only": (
        "Retenir « {first} » ({why}) ; « {pending} » seulement si ses éléments manquants sont établis, alors à "
        "titre subsidiaire ou cumulatif, à motiver (piste à instruire, non retenue en l’état).",
        "Charge '{first}' ({why}); '{pending}' only if its missing elements are established, then in the "
        "alternative or cumulatively, with reasons (a lead to investigate, not charged as things stand)."),
    "concurrence.advice_pending_first": (
        "En l’état, retenir « {now} ». Si les éléments manquants de « {first} » sont établis, retenir d’abord "
        "celle-ci ({why}) et « {now} » à titre subsidiaire ou cumulatif, à motiver{note}.",
        "As things stand, charge '{now}'. If the missing elements of '{first}' are established, charge it first "
        "({why}) and '{now}' in the alternative or cumulatively, with reasons{note}."),
    "concurrence.pending_note": (
        " ; « {pending} » seulement si ses éléments manquants sont établis",
        "; '{pending}' only if its missing elements are established"),
    "concurrence.advice_none_proposed": (
        "Aucune de ces qualifications n’est proposée en l’état. Si ses éléments manquants sont établis, retenir "
        "d’abord « {first} » ({why}) ; « {others} » à titre subsidiaire ou cumulatif, à motiver.",
        "None of these qualifications is proposed as things stand. If its missing elements are established, "
        "charge '{first}' first ({why}); '{others}' in the alternative or cumulatively, with reasons."),
    "concurrence.why.certain": (
        "tous ses éléments sont réunis sans condition et son texte est connu mot pour mot",
        "every element is met without a condition and its text is known word for word"),
    "concurrence.why.specific": ("qualification plus spéciale : elle vise l’enfant", "the more specific "
                                                                                     "qualification: it concerns "
                                                                                     "a child"),
    "concurrence.why.severe": ("qualification la plus sévère ({penalty})", "the more severe qualification "
                                                                           "({penalty})"),
    "concurrence.why.known_penalty": ("la seule dont la peine est connue ; celle de l’autre n’est pas dans le corpus",
                                      "the only one whose penalty is known; the other's is not in the corpus"),
    "concurrence.why.first": ("aucune règle ne départage : ordre du dossier", "no rule decides: the file's order"),
    "concurrence.caveat": (
        "Ordre proposé par l’outil : d’abord la qualification dont tous les éléments sont réunis sans condition "
        "et dont le texte est verbatim, puis la plus spéciale, puis la plus sévère. Les peines prévues pour les "
        "mêmes faits ne s’additionnent pas. La règle du Code pénal sur le concours de qualifications n’est pas "
        "dans le corpus. « Poursuivre cumulativement ou subsidiairement » est une recommandation de l’ONUDC "
        "(lignes directrices), non une règle ; que les juridictions, dans les affaires rapportées par la presse, "
        "aient retenu la seule loi n°2012-023 est une pratique, non une règle. Ne sont comparées que des "
        "qualifications dont les périodes se recouvrent.",
        "Order proposed by the tool: first the qualification whose every element is met without a condition and "
        "whose text is verbatim, then the more specific, then the more severe. The penalties for one set of "
        "facts do not add up. The Penal Code's own rule on concurrence is not in the corpus. \"Charge "
        "cumulatively or in the alternative\" is UNODC guidance, not a rule; that the courts in the cases "
        "reported by the press used Law No. 2012-023 alone is practice, not a rule. Only qualifications whose "
        "periods overlap are compared."),
    # ---- other offences (analysis.other_offences) ----
    "other.not_in_corpus": ("texte absent du corpus : vérifier au Code pénal", "text not in the corpus: check the "
                                                                              "Penal Code"),
    "other.proxenetisme": ("Proxénétisme", "Procuring (proxénétisme)"),
    "other.violences": ("Homicide, coups et blessures, violences", "Homicide, assault, violence"),
    "other.sequestration": ("Séquestration", "Sequestration"),
    "other.association_malfaiteurs": ("Association de malfaiteurs", "Criminal association (association de "
                                                                    "malfaiteurs)"),
    "other.faux_documents": ("Faux documents", "Document fraud"),
    "other.travail_enfants": ("Travail des enfants", "Child labour"),
    "other.viol_infractions_sexuelles": ("Viol ou infractions sexuelles", "Rape or sexual offences"),
    "other.why.facts": ("faits relevés : {facts}", "facts recorded: {facts}"),
    "other.why.suspects": ("{count} suspects agissant ensemble ({suspects})", "{count} suspects acting together "
                                                                             "({suspects})"),
    "other.why.answer": ("coché à la liste D (question D17)", "ticked in checklist D (item D17)"),
}
