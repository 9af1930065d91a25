"""Plain-data views of the law (contracts §4): what ``--json`` prints and what ``cli/ui/common.py`` renders."""

from __future__ import annotations

from typing import Any

from trafficking_cli import models as m

from .lookup import Corpus


def source_view(instrument: m.Instrument, source_id: str) -> dict[str, Any]:
    source = instrument.source(source_id)
    if source is None:
        return {"id": source_id, "title": source_id, "url": None, "date": None, "kind": None}
    return {"id": source.id, "title": source.title, "url": source.url, "date": source.date, "kind": source.kind}


def provision_view(corpus: Corpus, p: m.Provision, lang: str) -> dict[str, Any]:
    instrument = corpus.instrument_of(p)
    in_force = p.in_force or instrument.in_force
    translated = [lang_ for lang_ in p.translation_status if lang_ not in p.text_status]
    return {
        "id": p.id,
        "instrument": p.instrument,
        "article": p.num,
        "citation": corpus.citation(p, lang),
        "heading": p.heading.get(lang),
        # No source gives the Malian texts' article titles: those headings are our descriptive labels.
        "heading_status": "descriptive" if instrument.jurisdiction == "ML" else "official",
        "text": {"fr": p.text.get("fr", fallback=False), "en": p.text.get("en", fallback=False)},
        "text_status": p.status,
        "translation_status": p.translation_status[translated[0]] if translated else None,
        "sources": [source_view(instrument, s) for s in p.sources],
        "in_force": in_force.as_dict(),
        # Fields below are additions to contracts §4 (allowed: "add fields freely").
        "original_language": p.original_language,
        "text_status_by_language": dict(p.text_status),
        "translation_status_by_language": dict(p.translation_status),
        "number_status": p.number_status,
        "number_note": p.number_note.get(lang) if p.number_note else None,
        "kind": p.kind,
        "attribution": p.attribution.get(lang) if p.attribution else None,
        "confidence": p.confidence,
        "notes": [n.get(lang) for n in p.notes],
        "caveats": [c.text.get(lang) for c in instrument.caveats],
        "parent": f"{p.instrument}:{p.parent}" if p.parent else None,
        "children": [c.id for c in corpus.children(p)],
        # what the terminal prints for them: the citation (``short``: without the instrument, which the panel's
        # title names), and what to type to show it (review 2, defect 6)
        "children_citations": [{"id": c.id, "citation": corpus.citation(c, lang), "ref": corpus.typed_ref(c),
                                "short": corpus.citation(c, lang).removeprefix(f"{instrument.short.get(lang)}, ")}
                               for c in corpus.children(p)],
    }


def penalty_view(corpus: Corpus, penalty: m.Penalty, lang: str) -> dict[str, Any]:
    provision = corpus.provisions.get(penalty.provision)
    original = provision.original_language if provision else "fr"
    source_text = penalty.text.get(original, fallback=False)
    translated = lang != original and source_text is not None
    return {
        "provision": penalty.provision,
        "citation": corpus.citation(corpus.provisions[penalty.provision], lang)
        if penalty.provision in corpus.provisions else penalty.provision,
        "text_status": penalty.text_status,
        "kind": penalty.kind,
        "min_years": penalty.min_years,
        "max_years": penalty.max_years,
        "life": penalty.life,
        "fine_fcfa": {"min": penalty.fine_min, "max": penalty.fine_max},
        "additional": penalty.additional.get(lang) if penalty.additional else None,
        # "text" is the source's own words (its status is text_status); our translation comes apart, labelled.
        "text": source_text if translated else (penalty.text.get(lang) if penalty.text else None),
        "translation": penalty.text.get(lang, fallback=False) if translated else None,
        "translation_status": "unofficial" if translated and penalty.text.get(lang, fallback=False) else None,
    }


def aggravating_view(a: m.Aggravating, lang: str) -> dict[str, Any]:
    return {"id": a.id, "label": a.label.as_dict(), "verified": a.verified, "provision": a.provision,
            "max_years": a.max_years, "life": a.life, "note": a.note.get(lang) if a.note else None}


def offence_view(corpus: Corpus, offence: m.Offence, lang: str) -> dict[str, Any]:
    child_rule = offence.child_rule
    return {
        "offence": offence.id,
        "name": offence.name.as_dict(),
        "instrument": offence.instrument,
        "provisions": list(offence.provisions),
        "victim": offence.victim,
        "elements": [{
            "category": g.category, "rule": g.rule, "required_for_minors": g.required_for_minors,
            "label": g.label.as_dict() if g.label else None, "provisions": list(g.provisions),
            "items": [{"id": i.id, "label": i.label.as_dict()} for i in g.items],
        } for g in offence.elements],
        "child_rule": None if child_rule is None else {
            "basis": list(child_rule.basis), "verified_in_malian_law": child_rule.verified_in_malian_law,
            "caveat": child_rule.caveat.get(lang)},
        "aggravating": [aggravating_view(a, lang) for a in offence.aggravating],
        "penalties": [penalty_view(corpus, p, lang) for p in offence.penalties],
        "warnings": [w.get(lang) for w in offence.warnings],
        "citations": _citations(corpus, offence, lang),
    }


def _citations(corpus: Corpus, offence: m.Offence, lang: str) -> dict[str, str]:
    """Human citations for every provision id the offence mentions (terminal and memo use them)."""
    ids = [*offence.provisions, *(p for g in offence.elements for p in g.provisions),
           *(p.provision for p in offence.penalties), *(a.provision for a in offence.aggravating if a.provision),
           *(offence.child_rule.basis if offence.child_rule else ())]
    return {i: corpus.citation(corpus.provisions[i], lang) for i in dict.fromkeys(ids) if i in corpus.provisions}


def offences_list_view(corpus: Corpus) -> dict[str, Any]:
    return {"offences": [{"id": o.id, "name": o.name.as_dict(), "instrument": o.instrument,
                          "provisions": list(o.provisions)} for o in corpus.offences.values()]}


def instruments_view(corpus: Corpus, lang: str) -> dict[str, Any]:
    return {"instruments": [{
        "id": i.id, "kind": i.kind, "jurisdiction": i.jurisdiction, "short": i.short.get(lang),
        "title": i.title.as_dict(), "date": i.date, "in_force": i.in_force.as_dict(),
        "status": i.status.get(lang), "counts": corpus.counts(i.id),
    } for i in corpus.instruments.values()]}
