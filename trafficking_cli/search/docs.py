"""What is indexed for each provision and each checklist item: one dict of field → text per document.

The field names are those of ``search.engine.make_schema``; a field added here must be added there too.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from trafficking_cli import models as m


def documents(corpus: Any) -> Iterator[dict[str, str]]:
    labels = element_labels(corpus)
    for provision in corpus.provisions.values():
        yield provision_document(corpus, provision, labels.get(provision.id, ([], [])))
    for checklist in corpus.checklists.values():
        titles = {s.id: s.title for s in checklist.sections}
        for item in checklist.items:
            yield item_document(checklist, item, titles.get(item.section, m.EMPTY))


def element_labels(corpus: Any) -> dict[str, tuple[list[str], list[str]]]:
    """Offence names and element labels, attached to the provisions they rest on."""
    labels: dict[str, tuple[list[str], list[str]]] = {}

    def attach(provision_ids: tuple[str, ...], label: m.Bilingual) -> None:
        for pid in provision_ids:
            fr, en = labels.setdefault(pid, ([], []))
            fr.append(label.fr or "")
            en.append(label.en or "")

    for offence in corpus.offences.values():
        attach(offence.provisions, offence.name)
        for group in offence.elements:
            for item in group.items:
                attach(group.provisions, item.label)
    return labels


def provision_document(corpus: Any, p: m.Provision, labels: tuple[list[str], list[str]]) -> dict[str, str]:
    instrument = corpus.instruments[p.instrument]
    parent = corpus.provisions.get(f"{p.instrument}:{p.parent}") if p.parent else None
    # Names of the instrument and the article number only: a heading or an eid here would count twice.
    number = f"art {p.num}" if p.num else ""
    cite = " ".join([instrument.short.fr or "", instrument.short.en or "", number, *instrument.aliases])
    doc = {"id": p.id, "scope": p.instrument, "cite": cite}
    for i, lang in enumerate(m.LANGS):
        heading, keywords = own_heading_and_keywords(p, parent, lang)
        doc[f"heading_{lang}"] = heading
        doc[f"terms_{lang}"] = " ".join([*keywords, *labels[i]])
        doc[f"text_{lang}"] = p.text.get(lang, fallback=False) or ""
    doc["exact"] = " ".join(doc[f"{f}_{lang}"] for f in ("heading", "terms", "text") for lang in m.LANGS)
    return doc


def own_heading_and_keywords(p: m.Provision, parent: m.Provision | None, lang: str) -> tuple[str, list[str]]:
    """A paragraph's own heading and keywords: when they are copies of its article's, the article owns
    them, so "rapatriement" finds art. 8 rather than its six paragraphs."""
    heading = p.heading.get(lang, fallback=False) or ""
    keywords = list(p.keywords.get(lang, ()))
    if parent is not None:
        if heading == (parent.heading.get(lang, fallback=False) or ""):
            heading = ""
        if keywords == list(parent.keywords.get(lang, ())):
            keywords = []
    return heading, keywords


def item_document(checklist: m.Checklist, item: m.Item, section: m.Bilingual) -> dict[str, str]:
    doc = {"id": item.key, "scope": f"checklist:{checklist.id}", "cite": f"{checklist.id} {item.id}"}
    for lang in m.LANGS:
        options = " ".join(o.label.get(lang) or "" for o in item.options)
        doc[f"text_{lang}"] = f"{item.text.get(lang) or ''} {options}"
        doc[f"aside_{lang}"] = " ".join([item.help.get(lang) or "", section.get(lang) or "",
                                         checklist.title.get(lang) or ""])
    doc["exact"] = " ".join(doc[f"{f}_{lang}"] for f in ("text", "aside") for lang in m.LANGS)
    return doc
