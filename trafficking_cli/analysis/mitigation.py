"""The penalty courts actually apply: mitigating circumstances (CP 2001 art. 18, verbatim).

Reported sentences in trafficking and smuggling trials (« cinq ans de prison dont trois avec sursis ») sit below
the five-year réclusion floor and fit only through art. 18 3° and a suspended sentence (sources/framework.md §2).
Art. 18 governs facts before 13 December 2024; for later facts the 2024 Code's scale is not in the corpus, and
nothing is shown but that caveat. Every shape the article gives is returned (2°, 4°, 5°, 6° give several).
"""

from __future__ import annotations

from datetime import date

from trafficking_cli import models as m

from .model import MitigatedRange, Msg, PenaltyFinding

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
    if found.kind not in ("reclusion", "emprisonnement", "amende") and found.max_years is not None:
        # réclusion or emprisonnement, the sources disagree: both readings, each said as such
        return [shape(1, 5, "emprisonnement", "3°", "mitigation.if_reclusion"),
                shape(None, 0, "emprisonnement", "4°", "mitigation.if_prison", days=10)]
    if found.kind == "emprisonnement":
        out = [shape(None, 0, "emprisonnement", "4°", "mitigation.prison", days=10)]
        if found.fine_min is not None or found.fine_max is not None:
            out += [shape(found.min_years, found.max_years, "emprisonnement", "5°", "mitigation.prison_only"),
                    shape(None, None, "amende", "5°", "mitigation.fine_only"),
                    shape(None, None, "amende", "6°", "mitigation.fine_police")]
        return out
    return []
