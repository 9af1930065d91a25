"""Messages: memo ({key: (French, English)}); loaded by ``i18n`` on first use of a key prefix."""

MESSAGES: dict[str, tuple[str, str]] = {
    "memo.error.format": ("format inconnu : {fmt!r}", "unknown format: {fmt!r}"),
    "memo.error.extension": ("--format {fmt} contredit l’extension de {path} (qui donne {implied})",
                             "--format {fmt} contradicts the extension of {path} (which gives {implied})"),
    "memo.error.extension_hint": ("retirez --format, ou nommez le fichier en .{ext}",
                                  "drop --format, or name the file .{ext}"),
    "memo.error.binary": ("le format {fmt} est un fichier binaire : il ne s’affiche pas dans un terminal",
                          "the {fmt} format is a binary file: it cannot be shown in a terminal"),
    "memo.error.binary_hint": ("trafficking memo {case} --format {fmt} --output note.{fmt}",
                               "trafficking memo {case} --format {fmt} --output memo.{fmt}"),
    "memo.error.output_dir": ("{path} est un dossier : donnez un nom de fichier",
                              "{path} is a folder: give a file name"),
    "memo.error.no_parent": ("le dossier {path} n’existe pas", "folder {path} does not exist"),
    "memo.error.as_of": ("--as-of : {value!r} n’est pas une date", "--as-of: {value!r} is not a date"),
    "memo.error.as_of_hint": ("écrivez AAAA-MM-JJ ou JJ/MM/AAAA, par exemple --as-of 2026-01-15",
                              "write YYYY-MM-DD or DD/MM/YYYY, e.g. --as-of 2026-01-15"),
    "memo.written": ("Note écrite : {path}", "Memo written: {path}"),
    "memo.title": ("Note de qualification (traite des personnes)", "Charging memo (trafficking in persons)"),
    "memo.confidential": ("CONFIDENTIEL", "CONFIDENTIAL"),
    "memo.confidential_note": ("victimes et suspects désignés par leur code ; identités dans le fichier protégé.",
                               "victims and suspects named by code only; identities are in the protected file."),
    "memo.disclaimer": (
        "Aide à la décision préparée par un outil : elle ne remplace pas l’appréciation du magistrat et n’est pas un "
        "avis juridique. Chaque énoncé juridique indique la disposition et la valeur de son texte (verbatim, "
        "incomplet, paraphrase, manquant) ; une paraphrase n’est jamais le texte de la loi. Vérifier au Journal "
        "officiel.",
        "A decision aid prepared by a tool: it does not replace the magistrate's judgement and is not legal advice. "
        "Each legal statement gives the provision and the worth of its text (verbatim, partial, paraphrase, "
        "missing); a paraphrase is never the text of the law. Check against the Journal officiel."),
    "memo.author_unknown": ("(à compléter)", "(to be completed)"),
    "memo.field": ("Rubrique", "Field"),
    "memo.value": ("Valeur", "Value"),
    "memo.reference": ("Référence du dossier", "Case reference"),
    "memo.facts_date": ("Date des faits", "Date of the facts"),
    "memo.places": ("Lieux", "Places"),
    "memo.memo_date": ("Date de la note", "Date of the memo"),
    "memo.prepared_by": ("Établie par", "Prepared by"),
    "memo.classification": ("Diffusion", "Classification"),
    "memo.court": ("Juridiction", "Court"),
    "memo.office": ("Parquet ou cabinet", "Prosecutor's office or chambers"),
    "memo.to_fill": ("(à compléter)", "(to be completed)"),
    "memo.h.conclusions": ("Conclusions", "Conclusions"),
    "memo.conclusions_intro": (
        "Qualifications examinées, avec les victimes concernées, leur statut, la preuve et leur fondement. Seules "
        "les qualifications établies ou conditionnelles sont proposées ; les incomplètes restent à instruire, les "
        "autres sont écartées.",
        "Charges examined, with the victims concerned, their status, the proof and their basis. Only established or "
        "conditional charges are proposed; incomplete ones remain to be investigated, the others are set aside."),
    "memo.conclusions_reasoning": ("Le raisonnement suit (partie {part}) ; les textes cités et leurs sources sont "
                                   "en annexe.",
                                   "The reasoning follows (part {part}); the provisions cited and their sources "
                                   "are annexed."),
    "memo.victims": ("Victimes", "Victims"),
    "memo.gaps_for": ("Lacunes (victimes concernées)", "Gaps (victims concerned)"),
    "memo.parties_line": (
        "Victimes : {victims} ({victim_codes}) ; suspects : {suspects} ; pièces : {exhibits}. Détail en annexe C.",
        "Victims: {victims} ({victim_codes}); suspects: {suspects}; exhibits: {exhibits}. Detail in annex C."),
    "memo.qualification_group.established": (
        "Les éléments constitutifs de l’infraction « {name} » sont réunis et étayés à l’égard de : {victims}, sous "
        "les réserves indiquées. Qualification retenue.",
        "The elements of the offence '{name}' are made out and supported as regards: {victims}, subject to the "
        "caveats below. Charge proposed."),
    "memo.qualification_group.conditional": (
        "Les éléments de l’infraction « {name} » sont réunis à l’égard de : {victims}, mais seulement sous les "
        "conditions indiquées, que l’outil ne peut garantir : qualification retenue sous condition, non tenue pour "
        "acquise.",
        "The elements of the offence '{name}' are made out as regards: {victims}, but only on the conditions stated, "
        "which the tool cannot vouch for: charge proposed on condition."),
    "memo.qualification_group.incomplete": (
        "La qualification « {name} » à l’égard de : {victims} est une piste à instruire, non retenue à ce stade : "
        "des éléments restent à établir.",
        "A charge of '{name}' as regards: {victims} is a lead to investigate, not charged at this stage: elements "
        "remain to be established."),
    "memo.qualification_group.not_established": (
        "La qualification « {name} » à l’égard de : {victims} a été examinée et écartée : un élément est exclu par "
        "les faits.",
        "A charge of '{name}' as regards: {victims} was examined and set aside: an element is ruled out by the facts."),
    "memo.h.victims_elements": ("Victimes × éléments (statut — pièces)", "Victims × elements (status — exhibits)"),
    "memo.no_exhibit": ("aucune pièce", "no exhibit"),
    "memo.caveat_ref": ("R{n}", "C{n}"),
    "memo.caveats_seen": ("Voir aussi les réserves {refs}, énoncées plus haut.",
                          "See also caveats {refs}, stated above."),
    "memo.h.sources": ("Annexe B — Sources", "Annex B — Sources"),
    "memo.sources_intro": (
        "Classées par autorité : textes officiels et organes de l’ONU et de l’OIT d’abord, puis décisions "
        "rapportées, doctrine et ONG, puis presse, puis copies secondaires. Une source que les données marquent "
        "comme peu fiable n’est citée que si elle est la seule d’une disposition, et elle est signalée.",
        "Ranked by authority: official texts and UN and ILO bodies first, then reported decisions, scholarship "
        "and NGOs, then the press, then secondary copies. A source the data marks as weak is cited only when it "
        "is a provision's only source, and it is flagged."),
    "memo.source": ("Source", "Source"),
    "memo.weak": ("peu fiable (seule source connue)", "weak (the only source known)"),
    "memo.only_weak": ("Seule source connue de cette disposition, marquée peu fiable : vérifier au Journal officiel.",
                       "The only source known for this provision, marked weak: check against the Journal officiel."),
    "memo.source_kind.official": ("texte officiel / ONU-OIT", "official text / UN-ILO"),
    "memo.source_kind.treaty_collection": ("recueil de traités", "treaty collection"),
    "memo.source_kind.court_report": ("décision rapportée", "reported decision"),
    "memo.source_kind.academic": ("doctrine", "scholarship"),
    "memo.source_kind.ngo": ("ONG", "NGO"),
    "memo.source_kind.press": ("presse", "press"),
    "memo.source_kind.secondary": ("copie secondaire", "secondary copy"),
    "memo.h.detail": ("Annexe C — Détail par victime, suspects et pièces", "Annex C — Detail: victims, suspects, "
                      "exhibits"),
    "memo.h.signature": ("Signature", "Signature"),
    "memo.signature_place": ("Fait à ………………………, le ………………………", "Done at ………………………, on ………………………"),
    "memo.signature_who": ("Le magistrat (nom, qualité, signature) :", "The magistrate (name, office, signature):"),
    # ---- per suspect (memo.suspects, memo.drafting, memo.outline) ----
    "memo.suspect_kind.person": ("personne physique", "natural person"),
    "memo.suspect_kind.legal_person": ("personne morale", "legal person"),
    "memo.participation.auteur": ("auteur", "principal"),
    "memo.participation.coauteur": ("coauteur", "co-principal"),
    "memo.participation.complice": ("complice", "accomplice"),
    "memo.h.by_suspect": ("Par suspect", "By suspect"),
    # {role}: « — recruteuse », or nothing when the file gives no description (never « S1 — — »)
    "memo.h.suspect": ("{id}{role} ({kind} ; {participation})", "{id}{role} ({kind}; {participation})"),
    "memo.h.suspect_role": (" — {role}", " — {role}"),
    "memo.h.concurrence": ("Concours de qualifications", "Concurrence of qualifications"),
    "memo.h.other_offences": ("Autres infractions à envisager", "Other offences to consider"),
    "memo.h.drafts": ("Projet de libellé des préventions", "Draft of the charging wording"),
    "memo.h.victim_charges": ("Qualifications par victime", "Charges by victim"),
    "memo.by_suspect_intro": (
        "Pour chaque suspect, les qualifications que ses propres actes permettent d’envisager, avec les victimes, "
        "le statut et la preuve, toujours ensemble : « ÉTABLIE » n’est jamais écrit quand aucune pièce ne "
        "soutient les faits ; une qualification incomplète est une piste à instruire, non retenue. La preuve est "
        "celle des actes du suspect : elle peut être plus faible que celle des faits subis par la victime "
        "(partie 3), quand les pièces étayent des faits que le dossier n’attribue pas à ce suspect.",
        "For each suspect, the charges their own acts support, with the victims, the status and the proof, always "
        "together: \"ESTABLISHED\" is never written when no exhibit supports the facts; an incomplete charge is a "
        "lead to investigate, not charged. The proof is that of the suspect's acts: it can be weaker than that of "
        "the facts the victim suffered (part 3), when the exhibits support facts the file does not attribute to "
        "this suspect."),
    # review 2, point 9b: which group of a suspect's charge no exhibit supports, and why the victim's charge
    # (part 3) can read better proven than a suspect's
    "memo.suspect_unproven": (
        "Aucune pièce n’étaye, pour ce suspect : {groups}.",
        "No exhibit supports, for this suspect: {groups}."),
    "memo.suspect_unproven_group": ("{group} ({facts})", "{group} ({facts})"),
    "memo.proof_bare.none": ("aucune pièce", "no exhibit"),
    "memo.proof_bare.single": ("une seule pièce", "a single exhibit"),
    "memo.proof_bare.corroborated": ("corroborée", "corroborated"),
    "memo.note.proof_of_victim": (
        "Cette preuve est celle des faits subis par {victim}, quel qu’en soit l’auteur. Les actes attribués aux "
        "suspects sont moins étayés ({suspects}) : voir la partie « Par suspect ».",
        "This proof is that of the facts {victim} suffered, whoever did them. The acts attributed to the suspects "
        "are less supported ({suspects}): see the part \"By suspect\"."),
    "memo.no_attribution": (
        "Le dossier n’attribue aucun acte à un suspect : les qualifications ci-dessous sont examinées victime par "
        "victime ; attribuer chaque acte à un suspect (liste B) pour obtenir les préventions par personne.",
        "The file attributes no act to a suspect: the charges below are examined victim by victim; attribute each "
        "act to a suspect (checklist B) to get the charges per person."),
    "memo.no_attribution_child": (
        "Le dossier n’attribue aucun acte à un suspect : les qualifications ci-dessous sont examinées victime par "
        "victime. Pour obtenir les préventions par personne, attribuer chaque acte à un suspect : liste B pour une "
        "victime adulte ; pour un enfant (ou présumé tel), à qui la liste B n’est jamais posée, d’après le dossier "
        "(audition spécialisée enregistrée, pièces, témoins), dans suspects[].acts du dossier (trafficking case "
        "edit).",
        "The file attributes no act to a suspect: the charges below are examined victim by victim. To get the "
        "charges per person, attribute each act to a suspect: checklist B for an adult victim; for a child (or "
        "presumed child), never put checklist B, from the file (specialist recorded interview, exhibits, "
        "witnesses), in the case file's suspects[].acts (trafficking case edit)."),
    "memo.acts": ("Actes", "Acts"),
    "memo.proof": ("Preuve", "Proof"),
    "memo.missing": ("Manque", "Missing"),
    "memo.conditions": ("Conditions", "Conditions"),
    # "not chargeable" would say more than the tool knows: only the offences examined here are judged, and
    # the others it names (violence, homicide …) have no text in the corpus (review, Kayes assizes case)
    "memo.not_reached": ("Aucune qualification examinée ne le vise en l’état : {why}",
                         "No qualification examined reaches them as things stand: {why}"),
    "memo.not_reached_short": ("aucune qualification examinée en l’état : ses actes ne réunissent les éléments "
                               "d’aucune infraction examinée (voir « Par suspect » et les autres infractions à "
                               "envisager)",
                               "no qualification examined as things stand: their acts make out no examined "
                               "offence's elements (see \"By suspect\" and the other offences to consider)"),
    "memo.not_reached_complice": (
        "Comme auteur, aucune qualification examinée ne le vise en l’état : {why} Comme complice : à examiner, "
        "la règle de la complicité n’étant pas dans le corpus.",
        "As a principal, no qualification examined reaches them as things stand: {why} As an accomplice: to be "
        "examined, the rule on complicity not being in the corpus."),
    "memo.not_reached_short_complice": (
        "complicité à examiner (règle absente du corpus) ; comme auteur, ses actes ne réunissent les éléments "
        "d’aucune infraction (voir « Par suspect »)",
        "complicity to be examined (rule not in the corpus); as a principal, their acts make out no offence's "
        "elements (see \"By suspect\")"),
    "memo.notes_seen": ("Autres mentions : comme en {numbers}.", "Other notes: as under {numbers}."),
    "memo.see_caveat": ("voir {ref}", "see {ref}"),
    "memo.penalty_seen": ("Texte de la peine et peines complémentaires : voir {number}.",
                          "Text of the penalty and additional penalties: see {number}."),
    "memo.why_raised": ("Pourquoi l’envisager", "Why consider it"),
    "memo.draft.notice": (
        "PROJET, à revoir et compléter par le magistrat : libellé construit seulement à partir des faits du dossier "
        "et des intitulés des textes ; il n’ajoute aucun fait.",
        "DRAFT, for the magistrate to review and complete: wording built only from the facts in the file and the "
        "titles of the texts; it adds no fact."),
    # The draft follows the court's own form « prévus et punis par les dispositions des articles 1 et 7 de la loi
    # n°2012-023 » (loi-2012-023.md §2.1). Every act, purpose and text has a form that fits the sentence, for
    # every offence: labels (« la servitude ») never go after « aux fins de » (review 2, point 9e).
    "memo.draft.wording": (
        "{suspect} : {acts}{means}{purpose}, faits qualifiés {offence}, prévus et punis par {texts}.",
        "{suspect}: {acts}{means}{purpose}, acts qualified as {offence}, defined and punished by {texts}."),
    "memo.draft.offence": ("de « {name} »", "'{name}'"),
    "memo.draft.offence_vowel": ("d’« {name} »", "'{name}'"),
    "memo.draft.complicity": (
        "{suspect} : de s’être{setting} rendu(e) complice des faits qualifiés {offence} reprochés à "
        "{partners}{own} ; la complicité est à qualifier au Code pénal (règle absente du corpus) ; faits principaux "
        "prévus et punis par {texts}.",
        "{suspect}: having{setting} been an accomplice to the acts qualified as {offence} charged against "
        "{partners}{own}; complicity is to be qualified under the Penal Code (rule not in the corpus); principal "
        "acts defined and punished by {texts}."),
    "memo.draft.own_acts": (", en l’espèce par {acts}", ", namely by {acts}"),
    "memo.draft.lead.avoir": ("d’avoir", "having"),
    "memo.draft.lead.etre": ("de s’être", "having"),
    "memo.draft.and_lead.avoir": ("et d’avoir", "and having"),
    "memo.draft.and_lead.etre": ("et de s’être", "and having"),
    "memo.draft.with": (", avec {codes}", ", with {codes}"),
    "memo.draft.where": (", à {places}", ", in {places}"),
    "memo.draft.between": (", entre le {start} et le {end}", ", between {start} and {end}"),
    "memo.draft.on": (", le {date}", ", on {date}"),
    # a date as the draft writes it: « le 15 janvier 2019 », « le 1er mars 2019 »; "15 January 2019"
    "memo.draft.date": ("{day} {month} {year}", "{day} {month} {year}"),
    "memo.draft.first_day": ("1er", "1"),
    "memo.draft.months": ("janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
                          "January February March April May June July August September October November December"),
    "memo.draft.attempt": ("tenté", "attempted"),
    "memo.draft.means": (", par {means}", ", by {means}"),
    "memo.draft.purpose": (", aux fins {purpose}", ", for the purpose of {purpose}"),
    "memo.draft.one_person": ("cette personne", "them"),
    "memo.draft.persons": ("ces personnes", "them"),
    "memo.draft.done.recrutement": ("recruté", "recruited"),
    "memo.draft.done.transport": ("transporté", "transported"),
    "memo.draft.done.transfert": ("transféré", "transferred"),
    "memo.draft.done.hebergement": ("hébergé", "harboured"),
    "memo.draft.done.accueil": ("accueilli", "received"),
    "memo.draft.try.recrutement": ("recruter", "to recruit"),
    "memo.draft.try.transport": ("transporter", "to transport"),
    "memo.draft.try.transfert": ("transférer", "to transfer"),
    "memo.draft.try.hebergement": ("héberger", "to harbour"),
    "memo.draft.try.accueil": ("accueillir", "to receive"),
    # acts whose words place the victims themselves ({victims}); {person}: « cette personne » or « ces personnes »
    "memo.draft.done.organise_mendicite": ("organisé ou exploité la mendicité de {victims}",
                                           "organised or exploited the begging of {victims}"),
    "memo.draft.try.organise_mendicite": ("organiser ou exploiter la mendicité de {victims}",
                                          "to organise or exploit the begging of {victims}"),
    "memo.draft.done.entraine_mendicite": ("entraîné ou détourné {victims} pour livrer {person} à la mendicité",
                                           "drawn in or led astray {victims} in order to deliver {person} to "
                                           "begging"),
    "memo.draft.try.entraine_mendicite": ("entraîner ou détourner {victims} pour livrer {person} à la mendicité",
                                          "to draw in or lead astray {victims} in order to deliver {person} to "
                                          "begging"),
    "memo.draft.done.pression_mendicite": ("exercé sur {victims} une pression pour que {person} mendie ou continue "
                                           "de le faire",
                                           "exerted pressure on {victims} so that {person} beg or continue to do so"),
    "memo.draft.try.pression_mendicite": ("exercer sur {victims} une pression pour que {person} mendie ou continue "
                                          "de le faire",
                                          "to exert pressure on {victims} so that {person} beg or continue to do "
                                          "so"),
    # ``.plural``: the form for several victims, where the verb agrees
    "memo.draft.done.pression_mendicite.plural": ("exercé sur {victims} une pression pour que {person} mendient ou "
                                                  "continuent de le faire",
                                                  "exerted pressure on {victims} so that {person} beg or continue "
                                                  "to do so"),
    "memo.draft.try.pression_mendicite.plural": ("exercer sur {victims} une pression pour que {person} mendient ou "
                                                 "continuent de le faire",
                                                 "to exert pressure on {victims} so that {person} beg or continue "
                                                 "to do so"),
    "memo.draft.done.accompagne_enfants_mendicite": ("fait accompagner par {victims}, enfant mineur",
                                                     "had themselves accompanied by {victims}, a minor child"),
    "memo.draft.try.accompagne_enfants_mendicite": ("se faire accompagner par {victims}, enfant mineur",
                                                    "to have themselves accompanied by {victims}, a minor child"),
    "memo.draft.done.accompagne_enfants_mendicite.plural": ("fait accompagner par {victims}, enfants mineurs",
                                                            "had themselves accompanied by {victims}, minor "
                                                            "children"),
    "memo.draft.try.accompagne_enfants_mendicite.plural": ("se faire accompagner par {victims}, enfants mineurs",
                                                           "to have themselves accompanied by {victims}, minor "
                                                           "children"),
    "memo.draft.done.organise_transport_migrants": ("organisé le transport sur terre, air, mer ou fleuve de "
                                                    "{victims}",
                                                    "organised the transport by land, air, sea or river of "
                                                    "{victims}"),
    "memo.draft.try.organise_transport_migrants": ("organiser le transport sur terre, air, mer ou fleuve de "
                                                   "{victims}",
                                                   "to organise the transport by land, air, sea or river of "
                                                   "{victims}"),
    "memo.draft.done.hebergement_migrants": ("organisé l’hébergement de {victims}",
                                             "organised the lodging of {victims}"),
    "memo.draft.try.hebergement_migrants": ("organiser l’hébergement de {victims}",
                                            "to organise the lodging of {victims}"),
    "memo.draft.done.transit_migrants": ("organisé le transit de {victims}", "organised the transit of {victims}"),
    "memo.draft.try.transit_migrants": ("organiser le transit de {victims}", "to organise the transit of {victims}"),
    "memo.draft.done.recrutement_enfant": ("recruté", "recruited"),
    "memo.draft.try.recrutement_enfant": ("recruter", "to recruit"),
    "memo.draft.done.transport_enfant": ("transporté", "transported"),
    "memo.draft.try.transport_enfant": ("transporter", "to transport"),
    "memo.draft.done.recel_enfant": ("recelé", "concealed (recel)"),
    "memo.draft.try.recel_enfant": ("receler", "to conceal (recel)"),
    # art. 244 reads « vérité » [sic]: « vente » is a probable reading, said as such
    "memo.draft.done.vente_enfant": ("vendu {victims} (le texte porte « vérité » [sic] : lecture probable « vente »)",
                                     "sold {victims} (the text reads \"vérité\" [sic]: probable reading \"vente\", "
                                     "sale)"),
    "memo.draft.try.vente_enfant": ("vendre {victims} (le texte porte « vérité » [sic] : lecture probable « vente »)",
                                    "to sell {victims} (the text reads \"vérité\" [sic]: probable reading \"vente\", "
                                    "sale)"),
    "memo.draft.done.deplacement_enfant": ("accompli un acte entraînant le déplacement de {victims} à l’intérieur "
                                           "ou à l’extérieur d’un pays",
                                           "done an act resulting in the movement of {victims} within or outside "
                                           "a country"),
    "memo.draft.try.deplacement_enfant": ("accomplir un acte entraînant le déplacement de {victims} à l’intérieur "
                                          "ou à l’extérieur d’un pays",
                                          "to do an act resulting in the movement of {victims} within or outside "
                                          "a country"),
    "memo.draft.done.convention_alienation_liberte": ("conclu une convention ayant pour objet d’aliéner, à titre "
                                                      "gratuit ou onéreux, la liberté de {victims}",
                                                      "concluded an agreement whose object is to alienate, free "
                                                      "of charge or for consideration, the liberty of {victims}"),
    "memo.draft.try.convention_alienation_liberte": ("conclure une convention ayant pour objet d’aliéner, à titre "
                                                     "gratuit ou onéreux, la liberté de {victims}",
                                                     "to conclude an agreement whose object is to alienate, free "
                                                     "of charge or for consideration, the liberty of {victims}"),
    "memo.draft.done.introduction_sortie_mali": ("introduit dans la République du Mali, ou fait sortir de la "
                                                 "République, {victims} en vue d’une telle convention",
                                                 "brought into the Republic of Mali, or taken out of the "
                                                 "Republic, {victims} with a view to such an agreement"),
    "memo.draft.try.introduction_sortie_mali": ("introduire dans la République du Mali, ou faire sortir de la "
                                                "République, {victims} en vue d’une telle convention",
                                                "to bring into the Republic of Mali, or take out of the "
                                                "Republic, {victims} with a view to such an agreement"),
    "memo.draft.done.maitre_esclavage": ("exercé sur {victims} des attributs comparables à ceux du droit de "
                                         "propriété, ou maintenu {person} dans cette condition",
                                         "exercised over {victims} attributes comparable to those of the right of "
                                         "ownership, or kept {person} in that condition"),
    "memo.draft.try.maitre_esclavage": ("exercer sur {victims} des attributs comparables à ceux du droit de "
                                        "propriété, ou maintenir {person} dans cette condition",
                                        "to exercise over {victims} attributes comparable to those of the right of "
                                        "ownership, or keep {person} in that condition"),
    "memo.draft.done.capture_esclave": ("capturé {victims} en vue de réduire {person} en esclavage",
                                        "captured {victims} with a view to reducing {person} to slavery"),
    "memo.draft.try.capture_esclave": ("capturer {victims} en vue de réduire {person} en esclavage",
                                       "to capture {victims} with a view to reducing {person} to slavery"),
    "memo.draft.done.acquisition_esclave": ("acquis {victims} en vue de réduire {person} en esclavage, ou de vendre "
                                            "ou d’échanger {person}",
                                            "acquired {victims} with a view to reducing {person} to slavery, or to "
                                            "selling or exchanging {person}"),
    "memo.draft.try.acquisition_esclave": ("acquérir {victims} en vue de réduire {person} en esclavage, ou de vendre "
                                           "ou d’échanger {person}",
                                           "to acquire {victims} with a view to reducing {person} to slavery, or to "
                                           "selling or exchanging {person}"),
    "memo.draft.done.cession_esclave": ("cédé {victims} en vue de réduire {person} en esclavage, ou cédé par vente "
                                        "ou échange {person}, acquise comme esclave en vue d’être vendue",
                                        "disposed of {victims} with a view to reducing {person} to slavery, or "
                                        "disposed of {person} by sale or exchange, acquired as a slave with a view "
                                        "to being sold"),
    "memo.draft.try.cession_esclave": ("céder {victims} en vue de réduire {person} en esclavage, ou céder par vente "
                                       "ou échange {person}, acquise comme esclave en vue d’être vendue",
                                       "to dispose of {victims} with a view to reducing {person} to slavery, or "
                                       "dispose of {person} by sale or exchange, acquired as a slave with a view to "
                                       "being sold"),
    "memo.draft.done.cession_esclave.plural": ("cédé {victims} en vue de réduire {person} en esclavage, ou cédé par "
                                               "vente ou échange {person}, acquises comme esclaves en vue d’être "
                                               "vendues",
                                               "disposed of {victims} with a view to reducing {person} to slavery, or "
                                               "disposed of {person} by sale or exchange, acquired as slaves with a "
                                               "view to being sold"),
    "memo.draft.try.cession_esclave.plural": ("céder {victims} en vue de réduire {person} en esclavage, ou céder par "
                                              "vente ou échange {person}, acquises comme esclaves en vue d’être "
                                              "vendues",
                                              "to dispose of {victims} with a view to reducing {person} to slavery, "
                                              "or dispose of {person} by sale or exchange, acquired as slaves with a "
                                              "view to being sold"),
    # purposes after « aux fins »: without the label's article (« de servitude », never « de la servitude »)
    "memo.draft.purpose.exploitation_prostitution": ("d’exploitation de la prostitution d’autrui",
                                                     "exploitation of the prostitution of others"),
    "memo.draft.purpose.exploitation_sexuelle": ("d’autres formes d’exploitation sexuelle",
                                                 "other forms of sexual exploitation"),
    "memo.draft.purpose.travail_force": ("de travail forcé", "forced labour"),
    "memo.draft.purpose.services_forces": ("de services forcés", "forced services"),
    "memo.draft.purpose.esclavage_pratique": ("d’esclavage", "slavery"),
    "memo.draft.purpose.pratiques_analogues_esclavage": ("de pratiques analogues à l’esclavage",
                                                         "practices similar to slavery"),
    "memo.draft.purpose.servitude": ("de servitude", "servitude"),
    "memo.draft.purpose.prelevement_organes": ("de prélèvement d’organes", "removal of organs"),
    # aims that are clauses of their own in the law's words (art. 3, art. 4)
    "memo.draft.aim.avantage_mendicite": (
        ", en vue d’en tirer directement ou indirectement un avantage financier, matériel ou tout autre avantage",
        ", with a view to deriving from it, directly or indirectly, a financial, material or any other benefit"),
    "memo.draft.aim.avantage_trafic": (
        ", afin d’en tirer directement ou indirectement un avantage financier, matériel ou tout autre avantage",
        ", in order to derive from it, directly or indirectly, a financial, material or any other benefit"),
    # the texts: « les articles 1 (numéro probable) et 7 de la loi n°2012-023 »
    "memo.draft.of.ml-loi-2012-023": ("de la loi n°2012-023", "of Law No. 2012-023"),
    "memo.draft.of.ml-cp-2001": ("du Code pénal de 2001", "of the 2001 Penal Code"),
    "memo.draft.of.ml-cp-2024": ("du Code pénal de 2024", "of the 2024 Penal Code"),
    "memo.draft.of_other": ("du texte « {short} »", "of {short}"),
    "memo.draft.article": ("l’article {numbers}", "article {numbers}"),
    "memo.draft.articles": ("les articles {numbers}", "articles {numbers}"),
    "memo.draft.number_notes": ("{number} ({notes})", "{number} ({notes})"),
    "memo.draft.probable": ("numéro probable", "probable number"),
    "memo.draft.number_unknown": ("numéro inconnu", "number unknown"),
    # a text the memo does not hold verbatim carries, in the draft too, the memo's caveat (review 3, defect 4c)
    "memo.draft.status.paraphrase": ("texte connu par une paraphrase seulement, non vérifié au Journal officiel",
                                     "text known only from a paraphrase, not verified against the Journal officiel"),
    "memo.draft.status.partial": ("texte incomplet, non vérifié au Journal officiel",
                                  "partial text, not verified against the Journal officiel"),
    "memo.draft.status.missing": ("texte inconnu, non vérifié au Journal officiel",
                                  "text unknown, not verified against the Journal officiel"),
    "memo.draft.penalty_provision": ("la disposition qui fixe la peine ({notes})",
                                     "the provision that sets the penalty ({notes})"),
    "memo.draft.unnumbered": ("la disposition « {heading} » ({notes})", "the provision '{heading}' ({notes})"),
    "memo.draft.texts_of": ("{provisions} {of}", "{provisions} {of}"),
    "memo.h.summary": ("Résumé des faits", "Summary of the facts"),
    "memo.h.parties": ("Victimes, suspects et pièces (codes seulement)", "Victims, suspects and exhibits (codes only)"),
    "memo.h.victims": ("Victimes", "Victims"),
    "memo.h.suspects": ("Suspects", "Suspects"),
    "memo.h.evidence": ("Pièces", "Exhibits"),
    "memo.h.charges": ("Qualification juridique", "Legal qualification"),
    "memo.h.elements": ("Éléments constitutifs", "Elements of the offence"),
    "memo.h.aggravating": ("Circonstances aggravantes", "Aggravating circumstances"),
    "memo.h.penalty": ("Peine encourue", "Penalty incurred"),
    "memo.h.charge_warnings": ("Avertissements", "Warnings"),
    "memo.h.considered": ("Qualifications examinées", "Offences considered"),
    "memo.h.penalties": ("Peines encourues", "Penalties incurred"),
    "memo.h.law": ("Droit applicable à la date des faits", "Law applicable at the date of the facts"),
    "memo.h.gaps": ("Lacunes et actes d’enquête à accomplir", "Gaps and investigative steps"),
    "memo.h.protection": ("Mesures de protection", "Protection measures"),
    "memo.h.warnings": ("Avertissements généraux", "General warnings"),
    "memo.h.annex": ("Annexe A — Dispositions citées", "Annex A — Provisions cited"),
    "memo.code": ("Code", "Code"),
    "memo.age": ("Âge aux faits", "Age at the facts"),
    "memo.sex": ("Sexe", "Sex"),
    "memo.nationality": ("Nationalité", "Nationality"),
    "memo.minor": ("Mineur", "Minor"),
    "memo.minor.yes": ("oui", "yes"),
    "memo.minor.no": ("non", "no"),
    "memo.minor.unknown": ("âge inconnu", "age unknown"),
    "memo.minor.presumed": ("présumé (âge contesté)", "presumed (age disputed)"),
    "memo.role": ("Rôle", "Role"),
    "memo.exhibit": ("Pièce", "Exhibit"),
    "memo.kind": ("Nature", "Kind"),
    "memo.description": ("Description", "Description"),
    "memo.supports": ("Se rapporte à", "Supports"),
    "memo.none": ("Néant.", "None."),
    "memo.none_recorded": ("Aucune relevée au dossier.", "None recorded in the file."),
    "memo.examined": ("Infractions examinées : {offences}.", "Offences examined: {offences}."),
    # only the offences examined are judged: the others the memo names (homicide, proxénétisme …) have no text
    # in the corpus, so "no offence" would say more than the tool knows (review, Kayes assizes, Kangaba)
    "memo.no_charge": (
        "Aucune qualification n’est proposée à ce stade : aucun fait établi au dossier ne réunit encore les éléments "
        "d’une des infractions examinées, en vigueur à la date des faits. Voir les lacunes et les actes d’enquête "
        "ci-dessous, et les autres infractions à envisager, dont le texte n’est pas dans le corpus.",
        "No charge is proposed at this stage: no fact established in the file yet makes out the elements of one of "
        "the offences examined, in force at the date of the facts. See the gaps and investigative steps below, and "
        "the other offences to consider, whose text is not in the corpus."),
    "memo.qualification.established": (
        "Les éléments constitutifs de l’infraction « {name} » sont réunis et étayés à l’égard de {person} {victim}, "
        "sous les réserves indiquées. Qualification retenue.",
        "The elements of the offence '{name}' are made out and supported as regards {person} {victim}, subject to "
        "the caveats below. Charge proposed."),
    "memo.qualification.incomplete": (
        "La qualification « {name} » à l’égard de {person} {victim} est une piste à instruire, non retenue à ce "
        "stade : des éléments restent à établir.",
        "A charge of '{name}' as regards {person} {victim} is a lead to investigate, not charged at this stage: "
        "elements remain to be established."),
    "memo.qualification.not_established": (
        "La qualification « {name} » à l’égard de {person} {victim} a été examinée et écartée : un élément est exclu "
        "par les faits.",
        "A charge of '{name}' as regards {person} {victim} was examined and set aside: an element is ruled out by "
        "the facts."),
    "memo.charge.established": (
        "ÉTABLIE",
        "ESTABLISHED"),
    "memo.charge.incomplete": (
        "INCOMPLÈTE — PISTE À INSTRUIRE, NON RETENUE",
        "INCOMPLETE — LEAD TO INVESTIGATE, NOT CHARGED"),
    "memo.charge.not_established": (
        "NON ÉTABLIE — EXAMINÉE ET ÉCARTÉE",
        "NOT ESTABLISHED — EXAMINED AND SET ASIDE"),
    "memo.element.met": (
        "réuni",
        "met"),
    "memo.element.unmet": ("exclu par les faits", "ruled out by the facts"),
    "memo.element.unknown": ("à établir", "unknown — to establish"),
    "memo.element.not_required": ("non exigé", "not required"),
    "memo.legal_basis": ("Fondement", "Legal basis"),
    "memo.child_rule": ("Règle de l’enfant (moyens non exigés) : {basis}. {caveat}",
                        "Child rule (means not required): {basis}. {caveat}"),
    "memo.element": ("Élément", "Element"),
    "memo.status": ("Statut", "Status"),
    "memo.facts": ("Faits retenus", "Facts"),
    "memo.evidence": ("Pièces", "Evidence"),
    "memo.basis": ("Fondement", "Basis"),
    "memo.equivalent": ("{fact} (au sens du texte : {items})", "{fact} (in the text's words: {items})"),
    "memo.equivalent_item": ("{items} (par un fait équivalent : {facts})", "{items} (through an equivalent fact: "
                                                                        "{facts})"),
    "memo.quoted": ("« {text} »", "\"{text}\""),
    "memo.verified": ("vérifiée dans le texte malien", "verified in the Malian text"),
    "memo.unverified": ("NON VÉRIFIÉE dans le texte malien", "NOT VERIFIED in the Malian text"),
    "memo.up_to": ("jusqu’à {years} ans", "up to {years} years"),
    "memo.effect_unknown": ("effet sur la peine inconnu", "effect on the penalty unknown"),
    "memo.aggravated_by": ("aggravée par {ids}", "aggravated by {ids}"),
    "memo.kind.reclusion": ("réclusion", "réclusion, criminal imprisonment"),
    "memo.kind.emprisonnement": ("emprisonnement", "imprisonment"),
    "memo.as_source_says": ("Selon la source ({status}) :", "As the source gives it ({status}):"),
    "memo.our_translation": ("traduction non officielle (la nôtre)", "unofficial translation (ours)"),
    "memo.additional": ("Peines complémentaires :", "Additional penalties:"),
    "memo.offence": ("Infraction", "Offence"),
    "memo.victim": ("Victime", "Victim"),
    "memo.decision": ("Décision", "Decision"),
    "memo.charge": ("Qualification", "Charge"),
    "memo.penalty": ("Peine", "Penalty"),
    "memo.text_status": ("Valeur du texte", "Text status"),
    "memo.instrument": ("Texte", "Instrument"),
    "memo.applies": ("S’applique", "Applies"),
    "memo.reason": ("Motif", "Reason"),
    "memo.yes": ("oui", "yes"),
    "memo.no": ("non", "no"),
    "memo.facts_date_line": ("Date des faits retenue : {date}.", "Date of the facts: {date}."),
    "memo.caveats_of": ("Mises en garde — {name}", "Caveats — {name}"),
    "memo.gap": ("Lacune", "Gap"),
    "memo.step": ("Acte d’enquête à accomplir", "Investigative step"),
    "memo.protection_intro": (
        "Obligations envers les victimes que le dossier appelle, avec leur fondement et sa valeur.",
        "Duties owed to the victims that the case calls for, with their basis and its status."),
    "memo.measure": ("Mesure", "Measure"),
    "memo.why": ("Pourquoi", "Why"),
    "memo.caveat": ("Réserve", "Caveat"),
    "memo.annex_intro": (
        "Chaque disposition citée, avec la valeur de son texte et sa source. Les guillemets « » ne marquent que les "
        "mots de la loi ; une paraphrase est donnée entre parenthèses.",
        "Every provision cited, with the worth of its text and its source. Quotation marks « » mark only the law's "
        "own words; a paraphrase is given in brackets."),
    "memo.no_text": ("Aucun texte connu.", "No text known."),
    # beside our translation, what the source gives (the law's words, or a source's paraphrase of them)
    "memo.original.verbatim": ("Texte de la loi (français) :", "The law's text (French):"),
    "memo.original.partial": ("Texte de la loi (français), incomplet :", "The law's text (French), incomplete:"),
    "memo.original.paraphrase": ("Paraphrase de la source (français), pas les mots de la loi :",
                                 "The source's paraphrase (French), not the law's words:"),
    "memo.translation_label": ("Notre traduction, non officielle :", "Our translation, unofficial:"),
    "memo.sources": ("Sources", "Sources"),
    "memo.not_in_corpus": ("Disposition absente du corpus.", "Provision not in the corpus."),
    "memo.number.inferred": ("n° déduit", "no. inferred"),
    "memo.number.unknown": ("n° inconnu", "no. unknown"),
    "memo.footer": ("Note générée le {date} par trafficking-cli ; à relire, compléter et signer.",
                    "Memo generated on {date} by trafficking-cli; to be reviewed, completed and signed."),
    "duty.malian_law": ("droit malien", "Malian law"),
    "duty.international": ("texte international", "international text"),
    "duty.guidance": ("bonne pratique / lignes directrices", "good practice / guidance"),
    "duty.unverified": ("non vérifié", "unverified"),
    "evidence.testimony": ("témoignage", "testimony"),
    "evidence.document": ("document", "document"),
    "evidence.physical": ("preuve matérielle", "physical evidence"),
    "evidence.digital": ("preuve numérique", "digital evidence"),
    "evidence.financial": ("trace financière", "financial trace"),
    "evidence.expert": ("expertise", "expert report"),
    # issue 8 (analysis v2)
    "memo.qualification.alleged": (
        "Les éléments constitutifs de l’infraction « {name} » sont réunis à l’égard de {person} {victim} sur la foi "
        "des faits allégués : aucune pièce du dossier ne les étaye encore. Qualification proposée sous réserve de la "
        "preuve.",
        "The elements of the offence '{name}' are made out as regards {person} {victim} on the facts alleged: no "
        "exhibit in the file supports them yet. Charge proposed subject to proof."),
    "memo.qualification.conditional": (
        "Les éléments de l’infraction « {name} » sont réunis à l’égard de {person} {victim}, mais seulement sous les "
        "conditions ci-dessous : qualification retenue sous condition, non tenue pour acquise.",
        "The elements of the offence '{name}' are made out as regards {person} {victim}, but only on the conditions "
        "below: charge proposed on condition; it cannot be called established."),
    "memo.charge.alleged": (
        "ÉLÉMENTS RÉUNIS (FAITS ALLÉGUÉS) — PREUVE : AUCUNE PIÈCE",
        "ELEMENTS MADE OUT (ALLEGED FACTS) — PROOF: NO EXHIBIT"),
    "memo.charge.conditional": (
        "CONDITIONNELLE",
        "CONDITIONAL"),
    "memo.proof_short.none": (
        "preuve : aucune pièce",
        "proof: no exhibit"),
    "memo.proof_short.single": (
        "preuve : une seule pièce",
        "proof: a single exhibit"),
    "memo.proof_short.corroborated": (
        "preuve : corroborée",
        "proof: corroborated"),
    "memo.proof_line.none": (
        "Preuve : aucune pièce — les faits sont allégués, aucune pièce du dossier ne les étaye encore.",
        "Proof: no exhibit — the facts are alleged; no exhibit in the file supports them yet."),
    "memo.proof_line.single": (
        "Preuve : une seule pièce pour au moins un des éléments — à corroborer.",
        "Proof: a single exhibit for at least one of the elements — to be corroborated."),
    "memo.proof_line.corroborated": (
        "Preuve : chaque élément retenu est étayé par au moins deux pièces.",
        "Proof: each element relied on is supported by at least two exhibits."),
    "memo.person.victim": (
        "la victime",
        "victim"),
    "memo.aggravation.unknown": (
        "À ÉTABLIR, non appliquée",
        "TO BE ESTABLISHED, not applied"),
    "memo.penalty.hypothetical": (
        "si les éléments manquants sont établis : {summary} (sans aggravation)",
        "if the missing elements are established: {summary} (without aggravation)"),
    "memo.penalty.base": (
        "base : {base}, {cite}",
        "base: {base}, {cite}"),
    "memo.penalty.life_from": (
        "de {low} ans à la perpétuité",
        "from {low} years up to life"),
    "memo.penalty.below_days": (
        "moins de {days} jours",
        "less than {days} days"),
    "memo.amount_range": (
        "{low} à {high}",
        "{low} to {high}"),
    "memo.kind.amende": (
        "amende",
        "fine"),
    "memo.note.period": (
        "Période couverte : du {start} au {end}.",
        "Period covered: from {start} to {end}."),
    "memo.note.condition": (
        "Condition : {text}",
        "Condition: {text}"),
    "memo.note.missing": (
        "À établir : {text}",
        "To establish: {text}"),
    "memo.note.mitigated": (
        "Avec circonstances atténuantes : {range} ({cite}) — {note}.",
        "With mitigating circumstances: {range} ({cite}) — {note}."),
    "memo.note.mitigated_caveat": (
        "Circonstances atténuantes : {text}",
        "Mitigating circumstances: {text}"),
    "memo.note.prescription.unknown": (
        "Prescription (au {date}) : impossible à dire. {basis} Échéance : {deadline}. {caveats}",
        "Limitation (as of {date}): cannot be told. {basis} Deadline: {deadline}. {caveats}"),
    "memo.note.prescription.not_barred": (
        "Prescription (au {date}) : non acquise. {basis} Échéance : {deadline}. {caveats}",
        "Limitation (as of {date}): not time-barred. {basis} Deadline: {deadline}. {caveats}"),
    "memo.note.prescription.barred": (
        "Prescription (au {date}) : ACQUISE d’après le dossier. {basis} Échéance : {deadline}. {caveats}",
        "Limitation (as of {date}): TIME-BARRED according to the file. {basis} Deadline: {deadline}. {caveats}"),
    "memo.number.conflicting": (
        "n° discordant selon les sources",
        "no. conflicting between sources"),
    # made out for the victim, but no suspect carries it on an exhibit: not « retenue » (review 3, defect 4b)
    "memo.qualification_group.victim_only.established": (
        "Les éléments constitutifs de l’infraction « {name} » sont réunis et étayés à l’égard de : {victims}, sous "
        "les réserves indiquées : qualification possible pour la victime.",
        "The elements of the offence '{name}' are made out and supported as regards: {victims}, subject to the "
        "caveats below: a charge possible for the victim."),
    "memo.qualification_group.victim_only.conditional": (
        "Les éléments de l’infraction « {name} » sont réunis à l’égard de : {victims}, mais seulement sous les "
        "conditions indiquées, que l’outil ne peut garantir : qualification possible pour la victime, sous condition.",
        "The elements of the offence '{name}' are made out as regards: {victims}, but only on the conditions stated, "
        "which the tool cannot vouch for: a charge possible for the victim, on condition."),
    "memo.qualification_group.victim_only.alleged": (
        "Les éléments constitutifs de l’infraction « {name} » sont réunis à l’égard de : {victims} sur la foi des "
        "faits allégués : aucune pièce du dossier ne les étaye encore ; qualification possible pour la victime, "
        "sous réserve de la preuve.",
        "The elements of the offence '{name}' are made out as regards: {victims} on the facts alleged: no exhibit in "
        "the file supports them yet; a charge possible for the victim, subject to proof."),
    "memo.no_suspect_chargeable": (
        "Aucun suspect n’est à ce stade poursuivable de ce chef (voir la partie « Par suspect »).",
        "No suspect can be charged with it at this stage (see the part \"By suspect\")."),
    "memo.no_suspect_on_exhibits": (
        "Aucun suspect n’est à ce stade poursuivable de ce chef sur pièces : contre {suspects}, les éléments ne "
        "reposent que sur des faits allégués, qu’aucune pièce n’étaye (voir la partie « Par suspect »).",
        "No suspect can be charged with it on exhibits at this stage: against {suspects}, the elements rest only on "
        "alleged facts that no exhibit supports (see the part \"By suspect\")."),
    "memo.qualification_group.alleged": (
        "Les éléments constitutifs de l’infraction « {name} » sont réunis à l’égard de : {victims} sur la foi des "
        "faits allégués : aucune pièce du dossier ne les étaye encore. Qualification proposée sous réserve de la "
        "preuve.",
        "The elements of the offence '{name}' are made out as regards: {victims} on the facts alleged: no exhibit in "
        "the file supports them yet. Charge proposed subject to proof."),
}
