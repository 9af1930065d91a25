"""JSON views of the checklists (``checklist list --json`` / ``checklist show --json``): plain data."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from trafficking_cli import models as m

from .signals import ordered_checklists


def checklists_json(checklists: Mapping[str, m.Checklist]) -> dict[str, Any]:
    return {"checklists": [{
        "id": c.id, "title": c.title.as_dict(), "description": c.description.as_dict(), "order": c.order,
        "audience": c.audience, "requires": c.requires, "sections": len(c.sections), "items": len(c.items),
    } for c in ordered_checklists(checklists)]}


def checklist_json(checklist: m.Checklist) -> dict[str, Any]:
    titles = {s.id: s.title.as_dict() for s in checklist.sections}
    return {
        "id": checklist.id, "title": checklist.title.as_dict(), "description": checklist.description.as_dict(),
        "order": checklist.order, "audience": checklist.audience, "requires": checklist.requires,
        "sections": [{"id": s.id, "title": s.title.as_dict()} for s in checklist.sections],
        "items": [item_json(i, titles) for i in checklist.items],
    }


def item_json(item: m.Item, section_titles: Mapping[str, Any] | None = None) -> dict[str, Any]:
    feeds = item.feeds
    return {
        "id": item.id, "key": item.key, "section": item.section, "text": item.text.as_dict(),
        "help": item.help.as_dict(), "source": item.source, "type": item.type, "mode": item.mode,
        "never_ask_child": item.never_ask_child, "protected": item.protected,
        "options": [{"id": o.id, "label": o.label.as_dict(), "establishes": list(o.establishes),
                     "aggravating": list(o.aggravating)} for o in item.options],
        "when": item.when, "opens": item.opens,
        "feeds": {"tags": list(feeds.tags), "establishes": list(feeds.establishes),
                  "excludes": list(feeds.excludes), "aggravating": list(feeds.aggravating),
                  "protection": list(feeds.protection), "evidence": feeds.evidence, "minor": feeds.minor,
                  "fact": feeds.fact},
        "parts": [{"id": p.id, "type": p.type, "label": p.label.as_dict(), "fact": p.fact} for p in item.parts],
    }
