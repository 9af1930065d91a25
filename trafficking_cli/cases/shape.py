"""The shape of a case file's free parts (``places``, ``derived``): a wrong type is a data error naming
file, line and key, never "K, a, y, e, s" in a memo nor an unexpected error in ``case show``.

``derived`` is written by the tool, but a hand edit or a hostile file can give it any shape; every
reader of it (``case show``, the next save) expects mappings and lists where the tool writes them.
"""

from __future__ import annotations

from typing import Any

from trafficking_cli.corpus.schema_reader import Reader, _kind
from trafficking_cli.i18n import Msg

DERIVED = "derived"  # the key (key paths built from it are not catalogue keys)


def check_free_parts(reader: Reader, doc: dict[str, Any]) -> None:
    places = doc.get("places")
    if places is not None and not isinstance(places, list):
        reader.problem(doc, "places", Msg.of("data.must_be_list", kind=_kind(places)), parent=doc)
    elif places:
        for index, place in enumerate(places):
            if isinstance(place, dict | list):
                reader.problem(places, f"places[{index}]", Msg.of("data.place_must_be_text", kind=_kind(place)),
                               parent=doc)
    _check_derived(reader, doc)


def _check_derived(reader: Reader, doc: dict[str, Any]) -> None:
    derived = doc.get("derived")
    if derived is None:
        return
    if not _expect(reader, doc, "derived", derived, dict):
        return
    victims = derived.get("victims")
    if victims is not None and _expect(reader, derived, f"{DERIVED}.victims", victims, dict):
        for code, record in victims.items():
            where = f"{DERIVED}.victims.{code}"
            if record is not None and _expect(reader, victims, where, record, dict):
                for key, kind in (("added", dict), ("minor", list), ("conflicts", list)):
                    if record.get(key) is not None:  # what ``derived.py`` reads back as such
                        _expect(reader, record, f"{where}.{key}", record[key], kind)
    evidence = derived.get("evidence")
    if evidence is not None:
        _expect(reader, derived, f"{DERIVED}.evidence", evidence, list)


def _expect(reader: Reader, parent: Any, where: str, value: Any, kind: type) -> bool:
    if isinstance(value, kind):
        return True
    key = "data.must_be_list" if kind is list else "data.expected_mapping"
    reader.problem(parent, where, Msg.of(key, kind=_kind(value)), Msg.of("data.derived_hint"), parent=parent)
    return False
