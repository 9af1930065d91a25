"""Warnings: what each legal statement rests on (paraphrase, inferred article number, international text,
unverified aggravation, child rule), and the case-wide warnings (future facts, no victim, parallel texts).

A paraphrase or an inference must never pass for the text of the law (sources/loi-2012-023.md §0): every
provision a charge relies on is checked here, and the memo prints what is found.
"""

from __future__ import annotations

from datetime import date

from trafficking_cli import models as m
from trafficking_cli.corpus.lookup import Corpus

from .law_in_force import citation, missing_articles
from .model import (
    NATIONAL_JURISDICTION,
    AggravationFinding,
    Charge,
    ElementFinding,
    Msg,
    PenaltyFinding,
    register_pairs,
)
from .periods import overlap, window


def charge_warnings(corpus: Corpus, offence: m.Offence, victim: m.Victim, elements: list[ElementFinding],
                    aggravating: list[AggravationFinding], penalty: PenaltyFinding | None,
                    child_rule: m.ChildRule | None) -> list[Msg]:
    """Everything a charge rests on that the magistrate must know, each said once; ``child_rule`` is set
    only when the rule was applied."""
    out = _child_rule_warnings(corpus, child_rule)
    out += _aggravation_warnings(offence, victim, aggravating)
    out += _penalty_status_warnings(corpus, penalty)
    for provision_id in dict.fromkeys(_relied_on(offence, elements, penalty, child_rule, aggravating)):
        out += provision_warnings(corpus, provision_id)
    out += [Msg.of("warning.data", text=w) for w in offence.warnings]
    out += child_aggravation_reach(offence, victim)
    return list(dict.fromkeys(out))


def _relied_on(offence: m.Offence, elements: list[ElementFinding], penalty: PenaltyFinding | None,
               child_rule: m.ChildRule | None, aggravating: list[AggravationFinding]) -> list[str]:
    """The provision ids a charge relies on, in the order its warnings are given."""
    provisions = list(offence.provisions)
    for element in elements:
        provisions += element.provisions
    if penalty is not None:
        provisions.append(penalty.provision)
    if child_rule is not None:
        provisions += child_rule.basis
    provisions += [a.provision for a in aggravating if a.provision]
    return provisions


def _child_rule_warnings(corpus: Corpus, rule: m.ChildRule | None) -> list[Msg]:
    if rule is None:
        return []
    key = "warning.child_rule_verified" if rule.verified_in_malian_law else "warning.child_rule"
    return [Msg.of(key, caveat=rule.caveat, basis=tuple(citation(corpus, b) for b in rule.basis))]


def _aggravation_warnings(offence: m.Offence, victim: m.Victim,
                          aggravating: list[AggravationFinding]) -> list[Msg]:
    out = [Msg.of("warning.aggravation_unverified", label=a.label, id=a.id) for a in aggravating
           if not a.verified and a.status == "met"]
    known = {a.id for a in offence.aggravating}
    out += [Msg.of("warning.aggravation_not_for_offence", id=fact)
            for fact in victim.aggravating if fact not in known]
    return out


def _penalty_status_warnings(corpus: Corpus, penalty: PenaltyFinding | None) -> list[Msg]:
    """A penalty known less well than verbatim, unless its provision's own warning already says so."""
    if penalty is None or penalty.text_status == "verbatim":
        return []
    base_provision = corpus.provisions.get(penalty.provision)
    if base_provision is not None and base_provision.status == penalty.text_status:
        return []
    return [Msg.of("warning.penalty_status", status=Msg.of(f"short.{penalty.text_status}"),
                   cite=citation(corpus, penalty.provision))]


def provision_warnings(corpus: Corpus, provision_id: str) -> list[Msg]:
    """What to know before relying on this provision: paraphrase, partial, inferred, international."""
    provision = corpus.provisions.get(provision_id)
    if provision is None:
        return [Msg.of("warning.not_in_corpus", id=provision_id)]
    cite = citation(corpus, provision_id)
    out = []
    if provision.status != "verbatim":
        out.append(Msg.of(f"warning.status.{provision.status}", cite=cite, id=provision_id))
    if provision.number_status != "attested":
        out.append(Msg.of(f"warning.number.{provision.number_status}", cite=cite, id=provision_id))
    instrument = corpus.instruments.get(provision.instrument)
    if instrument is not None and instrument.jurisdiction != NATIONAL_JURISDICTION:
        out.append(Msg.of("warning.international", cite=cite, id=provision_id))
    return out


def parallel_warnings(corpus: Corpus, charges: list[Charge], span: tuple[date, date]) -> list[Msg]:
    """A national instrument in force during the facts that reportedly has parallel offences whose text is
    not known."""
    out = []
    for instrument in corpus.instruments.values():
        if instrument.jurisdiction != NATIONAL_JURISDICTION or overlap(span, window(instrument)) is None:
            continue
        if not any(c.instrument != instrument.id for c in charges):
            continue
        out += [Msg.of("warning.parallel", short=instrument.short, headings=msg.param("headings"))
                for msg in missing_articles(corpus, instrument)]
    return out


def mismatch_warnings(mismatches: list[tuple[str, str, str, str]]) -> list[Msg]:
    """contracts §5: where a victim's ``established`` and the suspects' acts disagree (a warning, never an error)."""
    return [Msg.of(f"warning.mismatch.{kind}", victim=victim, element=element, suspect=suspect)
            for kind, victim, element, suspect in mismatches]


CP_2024_START = date(2024, 12, 13)
LENIENT_LAW = "un-pidcp-1966:art_15__para_1"


def lenient_law_warnings(charges: list[Charge], today: date) -> list[Msg]:
    """The more lenient law, stated right (ICCPR art. 15(1)), where it matters: facts before the 2024 Code,
    assessed after it, while the 2024 Code's trafficking articles are not known."""
    if today < CP_2024_START:
        return []
    earlier = [c for c in charges if c.period.start and date.fromisoformat(c.period.start) < CP_2024_START]
    if not earlier:
        return []
    return [Msg.of("warning.lenient_law", provision=LENIENT_LAW)]


def child_aggravation_reach(offence: m.Offence, victim: m.Victim) -> list[Msg]:
    """The ILO's child aggravation is known for traite only: for begging and smuggling, its reach is unknown."""
    if offence.id not in ("mendicite", "trafic_migrants") or victim.age_doubt or victim.age_at_facts is None:
        return []
    if victim.age_at_facts >= 15:
        return []
    return [Msg.of("warning.child_aggravation_reach", age=victim.age_at_facts)]


def general_warnings(case: m.Case, facts_date: date, today: date) -> list[Msg]:
    out = []
    if facts_date > today:
        out.append(Msg.of("warning.future_facts", date=case.facts_date))
    if not case.victims:
        out.append(Msg.of("warning.no_victims"))
    return out


_MESSAGES: dict[str, tuple[str, str]] = {
    "warning.child_rule": (
        "Règle de l’enfant appliquée (moyens non exigés) sur le fondement de {basis}, texte international ; "
        "non vérifiée en droit malien : {caveat}",
        "Child rule applied (means not required) on the basis of {basis}, an international text; not verified"
        " in Malian law: {caveat}"),
    "warning.child_rule_verified": (
        "Règle de l’enfant appliquée (moyens non exigés) : {basis}. {caveat}",
        "Child rule applied (means not required): {basis}. {caveat}"),
    "warning.aggravation_unverified": (
        "Circonstance aggravante « {label} » ({id}) NON VÉRIFIÉE dans le texte malien.",
        "Aggravating circumstance '{label}' ({id}) NOT VERIFIED in the Malian text."),
    "warning.aggravation_not_for_offence": (
        "Fait aggravant {id} relevé, mais le corpus ne le prévoit pas pour cette infraction.",
        "Aggravating fact {id} recorded, but the corpus does not provide it for this offence."),
    "warning.penalty_status": (
        "La peine repose sur un texte « {status} » ({cite}).",
        "The penalty rests on a '{status}' text ({cite})."),
    "warning.status.paraphrase": (
        "{cite} ({id}) : PARAPHRASE — ce ne sont pas les mots de la loi.",
        "{cite} ({id}): PARAPHRASE — not the words of the law."),
    "warning.status.partial": (
        "{cite} ({id}) : texte incomplet (la source s’arrête avant la fin).",
        "{cite} ({id}): partial text (the source stops before the end)."),
    "warning.status.missing": ("{cite} ({id}) : texte inconnu.", "{cite} ({id}): text not known."),
    "warning.number.inferred": (
        "{cite} ({id}) : numéro d’article déduit, non lu dans le texte.",
        "{cite} ({id}): article number inferred, not read in the text."),
    "warning.number.conflicting": (
        "{cite} ({id}) : numéro d’article discordant selon les sources (à vérifier au Journal officiel).",
        "{cite} ({id}): article number conflicting between sources (check the Journal officiel)."),
    "warning.number.unknown": (
        "{cite} ({id}) : numéro d’article inconnu.",
        "{cite} ({id}): article number unknown."),
    "warning.international": (
        "{cite} ({id}) : texte international, non une disposition pénale malienne.",
        "{cite} ({id}): international text, not a Malian criminal provision."),
    "warning.not_in_corpus": ("{id} : disposition absente du corpus.", "{id}: provision not in the corpus."),
    "warning.data": ("{text}", "{text}"),
    "warning.parallel": (
        "{short}, en vigueur, contiendrait aussi : {headings} (texte absent du corpus) ; articulation à "
        "vérifier au Journal officiel.",
        "{short}, in force, reportedly also contains: {headings} (text not in the corpus); how the two fit "
        "together must be checked in the Journal officiel."),
    "warning.future_facts": (
        "La date des faits ({date}) est postérieure à la date du mémo : à vérifier.",
        "The facts date ({date}) is after the date of the memo: check it."),
    "warning.mismatch.act_not_established": (
        "Dossier : l’acte {element} de {suspect} sur {victim} ne figure pas dans les faits établis de {victim} ;"
        " il est pris en compte comme fait allégué.",
        "Case file: {suspect}'s act {element} on {victim} is not in {victim}'s established facts; it is taken "
        "into account as an alleged fact."),
    "warning.mismatch.act_excluded": (
        "Dossier contradictoire : l’acte {element} de {suspect} sur {victim} est écarté dans les faits de "
        "{victim} (excluded) ; il n’est pas pris en compte. À clarifier.",
        "Contradictory case file: {suspect}'s act {element} on {victim} is ruled out in {victim}'s facts "
        "(excluded); it is not taken into account. To be clarified."),
    "warning.mismatch.not_attributed": (
        "Dossier : {element} est établi pour {victim}, mais aucun suspect n’en est l’auteur dans le dossier.",
        "Case file: {element} is established for {victim}, but no suspect is recorded as doing it."),
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
        "Victim aged {age}: the aggravation for a victim under 15 is known (ILO) only for trafficking; its reach "
        "for this offence is unknown."),
    "warning.no_victims": (
        "Aucune victime dans le dossier : aucune qualification possible.",
        "No victim in the case file: no charge is possible."),
}

register_pairs(_MESSAGES)
