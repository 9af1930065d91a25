"""Gaps and investigative steps: what the file does not yet show, and how to go and get it.

Each gap says what is missing (an element neither established nor ruled out, a fact with no exhibit or
a single testimony, the victim's age, the proof of an aggravating fact, slavery facts the charges do not
cover) and the investigative step that would fill it, specific to the offence when the data has one.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from trafficking_cli import models as m
from trafficking_cli.checklists import engine
from trafficking_cli.corpus.lookup import Corpus
from trafficking_cli.i18n import MESSAGES

from .law_in_force import citation
from .model import MET, UNKNOWN, Charge, Considered, ElementFinding, Gap, Msg, register_pairs

# Facts that describe slavery (traite purposes, and forced labour, which alone never establishes it); with the
# 2024 Code in force they point to its slavery offences (art. 324-11 ff.), before it to the law of the time.
SLAVERY_FACTS = frozenset({"esclavage_pratique", "pratiques_analogues_esclavage", "servitude", "travail_force"})
SLAVERY_OFFENCE = "esclavage"
SLAVERY_OFFENCES = ("esclavage", "traite_esclaves")
# Checklist items whose answer is age evidence (checklists/C-victime-enfant.yaml: C01 documents, C03 method).
AGE_EVIDENCE_ITEMS = ("C.C01", "C.C03")


def find_gaps(case: m.Case, corpus: Corpus, charges: list[Charge], applying: set[str],
              considered: list[Considered] = ()) -> list[Gap]:  # type: ignore[assignment]
    """Every gap, each once, grouped by victim in case order (a victim's gaps keep the order found)."""
    gaps: list[Gap] = []
    for charge in charges:
        gaps += _unknown_gaps(charge)
        gaps += [Gap("date_act", charge.victim, charge.offence, "act", reason, Msg.of("step.date_act"))
                 for reason in charge.reasons]
    gaps += [Gap("unknown", c.victim, c.offence, "act", Msg.of("gap.no_act", offence=c.name),
                 _most_specific(f"step.{c.offence}.act", "step.act"))
             for c in considered if c.reason.key == "considered.no_act"]
    for victim in case.victims:
        gaps += _evidence_gaps(case, victim, [c for c in charges if c.victim == victim.id])
        gaps += _age_gaps(case, victim, charges, considered)
        gaps += _aggravation_gaps(victim)
        gaps += _slavery_gaps(corpus, victim, charges, applying)
        gaps += _no_charge_gaps(victim, charges)
    order = {v.id: index for index, v in enumerate(case.victims)}
    return sorted(dict.fromkeys(gaps), key=lambda g: order.get(g.victim or "", len(order)))  # stable


def _unknown_gaps(charge: Charge) -> list[Gap]:
    out = []
    for element in charge.elements:
        if element.status != UNKNOWN:
            continue
        if element.category == "victim":
            continue  # said once per victim by the age gaps
        subject = Msg.of("gap.unknown", offence=charge.name, category=_label(element),
                         remaining=element.remaining)
        out.append(Gap("unknown", charge.victim, charge.offence, element.category, subject,
                       _most_specific(f"step.{charge.offence}.{element.category}", f"step.{element.category}")))
    return out


def _label(element: ElementFinding) -> m.Bilingual | Msg:
    return element.label if element.label else Msg.of(f"category.{element.category}")


def _most_specific(specific: str, general: str) -> Msg:
    """The step the data writes for this very offence or fact when it has one, else the general step."""
    return Msg.of(specific if specific in MESSAGES else general)


def _evidence_gaps(case: m.Case, victim: m.Victim, charges: list[Charge]) -> list[Gap]:
    """Facts the charges rest on that have no exhibit, or only one testimony and nothing to corroborate it."""
    gaps = (_fact_evidence_gap(case, victim, charge, element, fact)
            for charge, element, fact in _facts_relied_on(charges))
    return [gap for gap in gaps if gap is not None]


def _facts_relied_on(charges: list[Charge]) -> Iterator[tuple[Charge, ElementFinding, str]]:
    """Each fact that meets an element, once, with the first charge and element that rely on it."""
    seen: set[str] = set()
    for charge in charges:
        for element in charge.elements:
            if element.status != MET:
                continue
            for fact in element.facts:
                if fact not in seen:
                    seen.add(fact)
                    yield charge, element, fact


def _fact_evidence_gap(case: m.Case, victim: m.Victim, charge: Charge, element: ElementFinding,
                       fact: str) -> Gap | None:
    supporting = [e for e in case.evidence if f"{victim.id}.{fact}" in e.supports]
    category = _label(element)
    step = _most_specific(f"corroborate.{charge.offence}.{element.category}", f"corroborate.{element.category}")
    if not supporting:
        return Gap("no_evidence", victim.id, charge.offence, element.category,
                   Msg.of("gap.no_evidence", fact=fact, category=category), step)
    if len(supporting) == 1 and supporting[0].kind == "testimony":
        return Gap("single_testimony", victim.id, charge.offence, element.category,
                   Msg.of("gap.single_testimony", fact=fact, evidence=supporting[0].id, category=category), step)
    return None


def _age_gaps(case: m.Case, victim: m.Victim, charges: list[Charge], considered: list[Considered]) -> list[Gap]:
    """The age decides the child rule, art. 244 and the age aggravations: unknown or disputed, it is to be
    established (the presumption of minority protects the person, it proves nothing against an accused)."""
    involved = any(c.victim == victim.id for c in charges) or any(c.victim == victim.id for c in considered)
    if victim.age_doubt or victim.age_at_facts is None:
        if not involved:
            return []
        key = "gap.age_doubt" if victim.age_doubt else "gap.age_unknown"
        return [Gap("age_unknown", victim.id, None, "victim", Msg.of(key, age=victim.age_at_facts),
                    Msg.of("step.age"))]
    if victim.minor and not _has_age_evidence(case, victim):
        return [Gap("age_evidence", victim.id, None, "victim", Msg.of("gap.age_evidence", age=victim.age_at_facts),
                    Msg.of("step.age"))]
    return []


def _has_age_evidence(case: m.Case, victim: m.Victim) -> bool:
    targets = {f"{victim.id}.age", f"{victim.id}.age_at_facts"}
    if any(targets & set(e.supports) for e in case.evidence):
        return True
    for key in AGE_EVIDENCE_ITEMS:
        value = answer(case, victim.id, key)
        if value and value not in ("no", "unknown", "declined"):
            if isinstance(value, list) and set(value) <= {"family_statement"}:
                continue  # a family statement alone is testimony, not a document
            return True
    return False


def _aggravation_gaps(victim: m.Victim) -> list[Gap]:
    return [Gap("aggravation_evidence", victim.id, None, "aggravating", Msg.of("gap.aggravation", id=fact),
                _most_specific(f"step.aggravation.{fact}", "step.aggravation"))
            for fact in victim.aggravating]


def _slavery_gaps(corpus: Corpus, victim: m.Victim, charges: list[Charge], applying: set[str]) -> list[Gap]:
    """Slavery facts (descent-based status, forced unpaid work, deprivation of land or rights): under the 2024
    Code, its slavery offences to consider (never established on forced labour alone); before it, what the
    older law reaches (there was no specific slavery offence)."""
    slavery = corpus.offences.get(SLAVERY_OFFENCE)
    own = {i for o in SLAVERY_OFFENCES if o in corpus.offences for i in corpus.offences[o].item_ids()}
    if slavery is None or not set(victim.established) & (SLAVERY_FACTS | own):
        return []
    out = []
    if slavery.instrument not in applying or any(c.victim == victim.id and c.period.start
                                                 and c.period.start < "2024-12-13" for c in charges):
        out.append(Gap("slavery", victim.id, SLAVERY_OFFENCE, None, Msg.of("gap.slavery_before"),
                       Msg.of("step.slavery_before")))
    if slavery.instrument in applying and not any(c.offence in SLAVERY_OFFENCES and c.victim == victim.id
                                                  and c.proposed for c in charges):
        out.append(Gap("slavery", victim.id, SLAVERY_OFFENCE, None,
                       Msg.of("gap.slavery", cites=tuple(citation(corpus, p) for p in slavery.provisions)),
                       Msg.of("step.slavery", items=tuple(slavery.item_ids()))))
    return out


def _no_charge_gaps(victim: m.Victim, charges: list[Charge]) -> list[Gap]:
    """Established facts that no offence in force covers: the law of the time must be searched by hand."""
    if any(c.victim == victim.id for c in charges) or not victim.established:
        return []
    return [Gap("old_law", victim.id, None, None, Msg.of("gap.no_charge"), Msg.of("step.no_charge"))]


def answer(case: m.Case, victim_id: str, key: str) -> Any:
    """One victim's answer to a checklist item (``answers: {"C.C01": {V1: {value: …}}}``), or None."""
    return engine.value_of(engine.victim_answers(case.answers, victim_id).get(key))


_MESSAGES: dict[str, tuple[str, str]] = {
    "gap.unknown": (
        "{offence} — {category} : non établi ni exclu (reste possible : {remaining}).",
        "{offence} — {category}: neither established nor ruled out (still possible: {remaining})."),
    "gap.no_evidence": (
        "{fact} ({category}) : relevé au dossier, mais aucune pièce n’y est rattachée (fait allégué).",
        "{fact} ({category}): recorded as established, but no exhibit is linked to it."),
    "gap.single_testimony": (
        "{fact} ({category}) : repose sur un seul témoignage ({evidence}), sans corroboration.",
        "{fact} ({category}): rests on a single testimony ({evidence}), with no corroboration."),
    "gap.age_unknown": (
        "Âge inconnu : il décide si les moyens sont exigés, si les textes sur l’enfant s’appliquent et si les "
        "circonstances aggravantes d’âge sont constituées. Établir l’âge.",
        "Age unknown: it decides whether means are required, whether the child provisions apply and whether the "
        "age aggravations are made out. Establish the age."),
    "gap.no_act": (
        "{offence} : l’acte ou le comportement incriminé n’est pas établi ; l’infraction n’est pas examinée.",
        "{offence}: the act or conduct is not established; the offence is not examined."),
    "step.date_act": (
        "Dater l’acte : billets, registres, téléphones, témoins de la date ; l’indiquer au dossier (acts: from).",
        "Date the act: tickets, records, phones, witnesses of the date; record it in the file (acts: from)."),
    "gap.age_evidence": (
        "Victime mineure ({age} ans) : aucune preuve d’âge enregistrée (liste C, question C01).",
        "Child victim (aged {age}): no age evidence recorded (checklist C, item C01)."),
    "gap.age_doubt": (
        "Âge contesté : la personne est protégée comme un enfant, mais la présomption ne prouve aucun élément ; "
        "les qualifications qui exigent la minorité restent incomplètes. Établir l’âge (liste C, question C01).",
        "Age disputed: the person is protected as a child, but the presumption proves no element; charges that "
        "need minority stay incomplete. Establish the age (checklist C, item C01)."),
    "gap.aggravation": (
        "Fait aggravant {id} : sa preuve doit figurer au dossier.",
        "Aggravating fact {id}: its proof must be in the file."),
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
    "gap.no_charge": (
        "Des faits sont établis, mais aucune infraction en vigueur à la date des faits ne les couvre dans le "
        "corpus.",
        "Facts are established, but no offence in force at the date of the facts covers them in the corpus."),
    "step.act": (
        "Établir l’acte : billets et registres de transport, chauffeurs, registres des postes de contrôle, "
        "logeurs et voisins, téléphones saisis (recruteurs, transporteurs).",
        "Establish the act: tickets and transport-company records, drivers, checkpoint registers, landlords "
        "and neighbours, seized phones (recruiters, transporters)."),
    "step.means": (
        "Établir les moyens : documents d’identité retenus (saisie), messages et appels, cahiers de dettes, "
        "annonces de recrutement, certificat médical des violences, témoins de la contrainte.",
        "Establish the means: withheld identity documents (seizure), messages and calls, debt notebooks, "
        "recruitment adverts, medical certificate of violence, witnesses of the coercion."),
    "step.purpose": (
        "Établir la finalité d’exploitation : constat sur le lieu d’exploitation, inspection du travail, "
        "registres du site, clients ou collègues témoins, flux financiers (l’intention suffit).",
        "Establish the exploitative purpose: inspection of the place of exploitation, labour inspectorate, "
        "site records, clients or co-workers as witnesses, money flows (intent is enough)."),
    "step.conduct": (
        "Établir le comportement incriminé : témoins, constatations sur place, téléphones et échanges, rôle "
        "de chaque suspect.",
        "Establish the conduct: witnesses, on-site findings, phones and messages, each suspect’s role."),
    "step.object": (
        "Établir l’objet de l’infraction : pièces d’identité et de voyage, registres frontaliers, statut "
        "administratif des personnes transportées.",
        "Establish the object of the offence: identity and travel documents, border records, immigration "
        "status of the persons moved."),
    "step.victim": (
        "Établir la qualité de la victime (âge, situation).",
        "Establish the victim’s status (age, situation)."),
    "step.mendicite.purpose": (
        "Établir l’avantage tiré : sommes remises chaque jour, quotas, sanctions en cas de quota non atteint,"
        " témoins du voisinage, flux d’argent.",
        "Establish the benefit: sums handed over each day, quotas, punishment for missing them, neighbourhood"
        " witnesses, money flows."),
    "step.trafic_migrants.purpose": (
        "Établir l’avantage financier ou matériel : paiements, transferts d’argent mobile, tarifs, carnets.",
        "Establish the financial or material benefit: payments, mobile-money transfers, fares, notebooks."),
    "step.trafic_enfant.object": (
        "Établir que l’enfant a été traité comme une valeur marchande : paiements à la famille ou à "
        "l’intermédiaire, prix convenu, transferts d’argent.",
        "Establish that the child was treated as a commodity: payments to the family or intermediary, agreed "
        "price, money transfers."),
    "step.age": (
        "Établir l’âge : acte de naissance, jugement supplétif, dossier scolaire, carnet de santé ; à défaut,"
        " évaluation pluridisciplinaire (examen médical en dernier recours, marge d’erreur notée). En cas de "
        "doute, la personne est traitée comme un enfant.",
        "Establish age: birth certificate, jugement supplétif, school record, health card; failing that, a "
        "multidisciplinary assessment (medical examination as a last resort, margin of error noted). When in "
        "doubt, the person is treated as a child."),
    "step.aggravation": (
        "Réunir la preuve du fait aggravant et vérifier sa base dans le texte malien.",
        "Gather proof of the aggravating fact and check its basis in the Malian text."),
    "step.aggravation.deces_victime": (
        "Acte de décès, rapport d’autopsie ou certificat médical, réquisition d’un médecin légiste ; lien "
        "entre les faits et le décès.",
        "Death certificate, autopsy report or medical certificate, request to a forensic doctor; link between"
        " the facts and the death."),
    "step.aggravation.mutilation_victime": (
        "Certificat médical descriptif des lésions (avec consentement), expertise médicale ; lien avec les "
        "faits.",
        "Medical certificate describing the injuries (with consent), medical expert report; link with the "
        "facts."),
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
        "Consider: trafficking (Law No. 2012-023) for slavery, servitude or forced labour, if an act and a means "
        "are established; art. 242 of the 2001 Penal Code, only if an agreement alienating liberty is established; "
        "and the accompanying violence (sequestration, assault…)."),
    "step.no_charge": (
        "Rechercher les qualifications du droit de l’époque (voir « Droit applicable ») et les faits qui les "
        "constitueraient (par ex. une convention aliénant la liberté, un paiement).",
        "Look for the offences of the law of the time (see 'Applicable law') and the facts that would make "
        "them out (e.g. an agreement alienating liberty, a payment)."),
    "corroborate.act": (
        "Corroborer l’acte hors déclaration : billets, registres de transport, témoins du voyage ou de "
        "l’hébergement, téléphones.",
        "Corroborate the act beyond the statement: tickets, transport records, witnesses of the journey or "
        "lodging, phones."),
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
        "Corroborer par des traces financières : paiements, transferts d’argent mobile, témoins de la "
        "remise de l’enfant.",
        "Corroborate with financial traces: payments, mobile-money transfers, witnesses of the child being "
        "handed over."),
    "corroborate.object": (
        "Corroborer par des pièces : documents de voyage, registres frontaliers.",
        "Corroborate with documents: travel documents, border records."),
    "corroborate.victim": ("Corroborer par des pièces d’état civil.", "Corroborate with civil records."),
    "category.aggravating": ("Circonstance aggravante", "Aggravating circumstance"),
}

register_pairs(_MESSAGES)
