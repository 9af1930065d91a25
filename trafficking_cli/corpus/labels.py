"""What the law data calls each of its ids: an element (``hebergement`` → « l’hébergement »), an
aggravation (``agent_public`` → « Implication d’un agent public (candidate, non vérifiée) »), an offence.

Human output prints these labels, never the ids (issue 12, review 2 defect 6); ids stay in the JSON. When two
offences label one id differently, the first offence's label is kept, as the memo does (``memo.labels``).
An aggravation the Malian text does not verify carries the memo's caveat, here as for the memo.
"""

from __future__ import annotations

from trafficking_cli import models as m
from trafficking_cli.i18n import LANGS, Msg

from .lookup import Corpus


def fact_labels(corpus: Corpus) -> dict[str, m.Bilingual]:
    """Every element, aggravation and offence id → its label in both languages (first definition wins)."""
    labels: dict[str, m.Bilingual] = {}
    for offence in corpus.offences.values():
        labels.setdefault(offence.id, offence.name)
        for group in offence.elements:
            for item in group.items:
                labels.setdefault(item.id, item.label)
        for aggravation in offence.aggravating:
            labels.setdefault(aggravation.id, aggravation.label)
    return labels


def fact_label(labels: dict[str, m.Bilingual], ident: str, lang: str) -> str:
    """``ident``'s label in ``lang``; an id the law data does not know is shown as it is."""
    label = labels.get(ident)
    return (label.get(lang) if label else None) or ident


def aggravation_caveat(corpus: Corpus, ident: str) -> Msg | None:
    """« NON VÉRIFIÉE dans le texte malien » (the memo's words) when no offence's text verifies the
    aggravation; naming the offences when only some do (victime_moins_15_ans: verified for the CP 2001's
    alienation of liberty, not for trafficking); None when every offence that provides it verifies it."""
    providing = [(o, a) for o in corpus.offences.values() for a in o.aggravating if a.id == ident]
    unverified = [o for o, a in providing if not a.verified]
    if not unverified:
        return None
    if len(unverified) == len(providing):
        return Msg.of("case.aggravation.unverified")
    return Msg.of("case.aggravation.unverified_for", offences=[o.name for o in unverified])


def bilingual(message: Msg | None) -> dict[str, str] | None:
    """A message said in both languages, for a plain-data view (JSON) that the terminal renders later."""
    return {lang: message.render(lang) for lang in LANGS} if message else None
