"""The penalty courts actually apply: mitigating circumstances (CP 2001 art. 18, verbatim).

Reported sentences in trafficking and smuggling trials (« cinq ans de prison dont trois avec sursis ») sit below
the five-year réclusion floor and fit only through art. 18 3° and a suspended sentence (sources/framework.md §2).
Art. 18 governs facts before 13 December 2024; for later facts the 2024 Code's scale is not in the corpus, and
nothing is shown but that caveat. Every shape the article gives is returned (2°, 4°, 5°, 6° give several).
"""

from __future__ import annotations

from datetime import date

from trafficking_cli import models as m

from .model import MitigatedRange, Msg, PenaltyFinding, register_pairs

ART_18 = "ml-cp-2001:art_18"
CP_2024_START = date(2024, 12, 13)
# Loi 2012-023's own text is unknown: whether it excludes mitigating circumstances cannot be told.
TEXT_UNKNOWN = frozenset({"ml-loi-2012-023"})


def mitigated(offence: m.Offence, found: PenaltyFinding, period: m.Period) -> tuple[list[MitigatedRange], list[Msg]]:
    """(the shapes of art. 18 for the penalty incurred, the caveats), or ([], why not) after 13 Dec 2024."""
    if period.start is None or date.fromisoformat(period.start) >= CP_2024_START:
        return [], [Msg.of("mitigation.after_2024")]
    shapes = art_18_shapes(found)
    caveats = []
    if not shapes:
        caveats.append(Msg.of("mitigation.penalty_unknown"))
    if offence.instrument in TEXT_UNKNOWN:
        caveats.append(Msg.of("mitigation.text_unknown"))
    if period.end and date.fromisoformat(period.end) >= CP_2024_START:
        caveats.append(Msg.of("mitigation.part_after"))
    if shapes:
        caveats.append(Msg.of("mitigation.sursis"))
    return shapes, caveats


def art_18_shapes(found: PenaltyFinding) -> list[MitigatedRange]:
    """Art. 18's sentences for the penalty incurred, in the order of the article."""
    def shape(low: int | None, high: int | None, kind: str, para: str, note: str,
              days: int | None = None) -> MitigatedRange:
        return MitigatedRange(low, high, kind, ART_18, Msg.of(note), para, days)

    if found.life:
        return [shape(5, 20, "reclusion", "2°", "mitigation.life_reclusion"),
                shape(2, 5, "emprisonnement", "2°", "mitigation.life_prison")]
    if found.kind == "reclusion" and (found.min_years is not None or found.max_years is not None):
        return [shape(1, 5, "emprisonnement", "3°", "mitigation.reclusion")]
    if found.kind == "emprisonnement":
        out = [shape(None, 0, "emprisonnement", "4°", "mitigation.prison", days=10)]
        if found.fine_min is not None or found.fine_max is not None:
            out += [shape(found.min_years, found.max_years, "emprisonnement", "5°", "mitigation.prison_only"),
                    shape(None, None, "amende", "5°", "mitigation.fine_only"),
                    shape(None, None, "amende", "6°", "mitigation.fine_police")]
        return out
    return []


_MESSAGES: dict[str, tuple[str, str]] = {
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
    "mitigation.fine_only": ("art. 18, 5° : l’amende seule, sans l’emprisonnement",
                             "art. 18, 5°: the fine alone, without imprisonment"),
    "mitigation.fine_police": ("art. 18, 6° : l’amende réductible aux peines de simple police",
                               "art. 18, 6°: the fine reducible to petty-offence (simple police) penalties"),
    "mitigation.after_2024": (
        "Faits postérieurs au 12 décembre 2024 : l’échelle des circonstances atténuantes du Code pénal 2024 n’est pas "
        "dans le corpus (l’art. 18 du Code pénal 2001 ne régit que les faits antérieurs).",
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
}

register_pairs(_MESSAGES)
