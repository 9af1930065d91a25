"""A draft of the charging wording for one suspect and one offence (« d’avoir, à Kayes, entre … recruté … »),
built only from the case's facts (places, dates, acts, victims' codes) and the law's labels (offence name,
citations). It is a draft for the magistrate to edit, and says so; it never adds a fact or a rule.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from trafficking_cli.i18n import has, t

from .model import Cite

if TYPE_CHECKING:
    from trafficking_cli.analysis.suspect_model import SuspectCharge

    from .build import _Builder


def charging_wording(b: _Builder, suspect: str, c: SuspectCharge, cites: tuple[Cite, ...]) -> str:
    lang = b.lang
    index = b.corpus.element_index()
    acts = [a for a in c.acts if a in index and index[a][1].category in ("act", "conduct")]
    means = [b.labels.word(a) for a in c.acts if a in index and index[a][1].category == "means"]
    form = "try" if c.stage == "tentative" else "done"
    verbs = [_verb(a, form, b) for a in acts]
    purposes = _purposes(b, c)
    return t("memo.draft.wording", lang, suspect=suspect, where=_where(b, c), when=_when(b, c),
             attempt=t("memo.draft.attempt", lang) if form == "try" else "",
             acts=_join(verbs, lang), victims=_join(list(c.victims), lang),
             means=t("memo.draft.means", lang, means=_join(means, lang)) if means else "",
             purpose=t("memo.draft.purpose", lang, purpose=_join(purposes, lang)) if purposes else "",
             offence=c.name.get(lang) or c.offence, texts=_join([x.citation for x in cites], lang)).replace(" ,", ",")


def _verb(element: str, form: str, b: _Builder) -> str:
    """``recruté`` / ``recruter``; an act without a verb in the catalogue is named by its label."""
    key = f"memo.draft.{form}.{element}"
    return t(key, b.lang) if has(key) else b.labels.word(element)


def _purposes(b: _Builder, c: SuspectCharge) -> list[str]:
    """The victims' purpose facts that the charge rests on (their labels)."""
    index = b.corpus.element_index()
    found: list[str] = []
    for victim in b.analysis.case.victims:
        if victim.id in c.victims:
            found += [f for f in victim.established if f in index and index[f][1].category == "purpose"]
    return [b.labels.word(f) for f in dict.fromkeys(found)]


def _where(b: _Builder, c: SuspectCharge) -> str:
    places = list(c.places) or list(b.analysis.case.places)
    return t("memo.draft.where", b.lang, places=_join(places, b.lang)) if places else ""


def _when(b: _Builder, c: SuspectCharge) -> str:
    case = b.analysis.case
    start, end = c.period[0] or case.facts_date, c.period[1] or case.facts_end_date
    if start and end and end != start:
        return t("memo.draft.between", b.lang, start=start, end=end)
    return t("memo.draft.on", b.lang, date=start) if start else ""


def _join(items: list[str], lang: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    word = " et " if lang == "fr" else " and "
    return ", ".join(items[:-1]) + word + items[-1]
