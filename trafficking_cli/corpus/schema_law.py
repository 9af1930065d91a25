"""Schema for an instrument file, ``law/<instrument-id>.yaml`` (docs/data-format.md §1).

The rules that keep a paraphrase from passing for the law's words live here (``_check_statuses``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from trafficking_cli import models as m
from trafficking_cli.i18n import Msg
from trafficking_cli.models import Problem

from .schema_reader import (
    EID_PATTERN,
    ID_PATTERN,
    SCHEMAS,
    Reader,
    _close,
    did_you_mean,
    open_document,
)


def load_instrument(path: Path) -> tuple[m.Instrument | None, list[m.Provision], list[Problem]]:
    keys = ("schema", "instrument", "provisions")
    reader, doc = open_document(path, keys, keys, SCHEMAS["law"])
    if doc is None:
        return None, [], reader.problems
    instrument = _instrument(reader, doc.get("instrument"), str(path))
    provisions: list[m.Provision] = []
    if instrument is not None:
        for where, node in reader.items(doc, "provisions", ""):
            provision = _provision(reader, node, where, instrument)
            if provision is not None:
                provisions.append(provision)
    return instrument, provisions, reader.problems


INSTRUMENT_KEYS = ("id", "kind", "jurisdiction", "original_languages", "short", "title",
                   "title_translation_status", "date", "in_force", "status", "aliases",
                   "known_article_count", "caveats", "sources")


def _instrument(reader: Reader, node: Any, path: str) -> m.Instrument | None:
    where = "instrument"
    node = reader.mapping(node, where, INSTRUMENT_KEYS, ("id", "kind", "original_languages", "short",
                                                        "title", "status", "sources"))
    ident = reader.text(node, "id", where, pattern=ID_PATTERN)
    if ident is None:
        return None
    languages = reader.strings(node, "original_languages", where)
    for lang in languages:
        if lang not in m.LANGS:
            reader.problem(node, f"{where}.original_languages", Msg.of("data.unknown_language", lang=lang),
                           Msg.of("data.use_fr_or_en"), node)
    return m.Instrument(
        id=ident,
        kind=reader.text(node, "kind", where, choices=("law", "code", "treaty")) or "law",
        jurisdiction=reader.text(node, "jurisdiction", where, required=False) or "",
        original_languages=languages or ("fr",),
        short=reader.bilingual(node, "short", where),
        title=reader.bilingual(node, "title", where),
        title_translation_status=_status_map(reader, node, "title_translation_status", where,
                                             m.TRANSLATION_STATUSES),
        date=reader.date(node, "date", where),
        in_force=reader.period(node, "in_force", where) or m.Period(),
        status=reader.bilingual(node, "status", where),
        aliases=tuple(a.lower() for a in reader.strings(node, "aliases", where)),
        known_article_count=reader.integer(node, "known_article_count", where),
        caveats=tuple(_caveat(reader, item, w) for w, item in reader.items(node, "caveats", where, required=False)),
        sources=tuple(s for w, item in reader.items(node, "sources", where) if (s := _source(reader, item, w))),
        path=path,
    )


def _status_map(reader: Reader, node: dict, key: str, where: str, choices: tuple[str, ...]) -> dict[str, str]:
    value = node.get(key)
    if value is None:
        return {}
    mapping = reader.mapping(value, f"{where}.{key}", m.LANGS)
    result = {}
    for lang in m.LANGS:
        status = reader.text(mapping, lang, f"{where}.{key}", required=False, choices=choices)
        if status:
            result[lang] = status
    return result


def _caveat(reader: Reader, node: Any, where: str) -> m.Caveat:
    node = reader.mapping(node, where, ("fr", "en", "sources"))
    texts = {lang: reader.text(node, lang, where, required=False) for lang in m.LANGS}
    if not any(texts.values()):
        reader.problem(node, where, Msg.of("data.caveat_needs_text_fr_and"), parent=node)
    return m.Caveat(m.Bilingual(**texts), reader.strings(node, "sources", where))


def _source(reader: Reader, node: Any, where: str) -> m.Source | None:
    node = reader.mapping(node, where, ("id", "title", "url", "date", "kind", "note", "reliability"),
                          ("id", "title"))
    ident = reader.text(node, "id", where, pattern=ID_PATTERN)
    title = reader.text(node, "title", where)
    if ident is None or title is None:
        return None
    return m.Source(
        id=ident, title=title, url=reader.text(node, "url", where, required=False),
        date=reader.date(node, "date", where),
        kind=reader.text(node, "kind", where, required=False,
                         choices=("press", "official", "treaty_collection", "court_report", "secondary",
                                  "ngo", "academic")) or "secondary",
        reliability=reader.text(node, "reliability", where, required=False, choices=("weak",)) or "",
    )


PROVISION_KEYS = ("eid", "num", "number_status", "number_note", "kind", "heading", "text", "text_status",
                  "translation_status", "attribution", "confidence", "sources", "in_force", "parent",
                  "notes", "keywords")


def _provision(reader: Reader, node: Any, where: str, instrument: m.Instrument) -> m.Provision | None:
    node = reader.mapping(node, where, PROVISION_KEYS, ("eid", "text_status", "sources"))
    eid = reader.text(node, "eid", where, pattern=EID_PATTERN)
    if eid is None:
        return None
    where = f"{where}({eid})"
    text = reader.bilingual(node, "text", where, required=False)
    text_status = _status_map(reader, node, "text_status", where, m.TEXT_STATUSES)
    # The instrument's first original language leads: a treaty known verbatim in English but only
    # partly in French is "verbatim", not "missing".
    order = [*instrument.original_languages, *m.LANGS]
    text_status = dict(sorted(text_status.items(), key=lambda pair: order.index(pair[0])))
    translation_status = _status_map(reader, node, "translation_status", where, m.TRANSLATION_STATUSES)
    number_status = reader.text(node, "number_status", where, required=False,
                                choices=m.NUMBER_STATUSES) or "attested"
    provision = m.Provision(
        instrument=instrument.id, eid=eid,
        num=reader.text(node, "num", where, required=False),
        number_status=number_status,
        number_note=reader.bilingual(node, "number_note", where, required=False),
        kind=reader.text(node, "kind", where, required=False,
                         choices=("article", "paragraph", "chapter", "section", "rule")) or "article",
        heading=reader.bilingual(node, "heading", where, required=False),
        text=text, text_status=text_status, translation_status=translation_status,
        attribution=reader.bilingual(node, "attribution", where, required=False),
        confidence=reader.text(node, "confidence", where, required=False, choices=("high", "medium", "low")),
        sources=reader.strings(node, "sources", where),
        in_force=reader.period(node, "in_force", where),
        parent=reader.text(node, "parent", where, required=False),
        notes=tuple(_note(reader, item, w) for w, item in reader.items(node, "notes", where, required=False)),
        keywords=_keywords(reader, node, where),
        line=getattr(node, "line", 0),
    )
    _check_statuses(reader, node, where, provision, instrument)
    return provision


def _note(reader: Reader, node: Any, where: str) -> m.Bilingual:
    node = reader.mapping(node, where, m.LANGS)
    return m.Bilingual(fr=reader.text(node, "fr", where, required=False),
                       en=reader.text(node, "en", where, required=False))


def _keywords(reader: Reader, node: dict, where: str) -> dict[str, tuple[str, ...]]:
    value = node.get("keywords")
    if value is None:
        return {}
    mapping = reader.mapping(value, f"{where}.keywords", m.LANGS)
    return {lang: reader.strings(mapping, lang, f"{where}.keywords") for lang in m.LANGS if lang in mapping}


def _check_statuses(reader: Reader, node: dict, where: str, p: m.Provision, instrument: m.Instrument) -> None:
    """The rules that keep a paraphrase from passing for the law's words."""
    _check_text_statuses(reader, node, where, p, instrument)
    _check_translations(reader, node, where, p)
    if p.number_status != "attested" and not p.number_note:
        reader.problem(node, f"{where}.number_note",
                       Msg.of("data.number_status_say_why", number_status=p.number_status),
                       Msg.of("data.add_number_note_fr_en"), node)
    if p.number_status == "unknown" and p.num is not None:
        reader.problem(node, f"{where}.num", Msg.of("data.number_status_unknown_but_number"), parent=node)
    _check_sources(reader, node, where, p, instrument)


def _check_text_statuses(reader: Reader, node: dict, where: str, p: m.Provision, instrument: m.Instrument) -> None:
    for lang in instrument.original_languages:
        if lang not in p.text_status:
            reader.problem(node, f"{where}.text_status.{lang}",
                           Msg.of("data.missing_every_original_language_needs"),
                           Msg.of("data.verbatim_partial_paraphrase_or_missing"),
                           parent=node)
    for lang, status in p.text_status.items():
        if lang not in instrument.original_languages:
            reader.problem(node, f"{where}.text_status.{lang}",
                           Msg.of("data.not_original_language", lang=lang, id=instrument.id),
                           Msg.of("data.translation_goes_under_translation_status", lang=lang), node)
        has_text = p.text.get(lang, fallback=False) is not None
        if status == "missing" and has_text:
            reader.problem(node, f"{where}.text.{lang}", Msg.of("data.text_given_but_text_status"),
                           Msg.of("data.set_status_verbatim_partial_or"), node)
        if status != "missing" and not has_text:
            reader.problem(node, f"{where}.text.{lang}", Msg.of("data.no_text_but_text_status", status=status),
                           Msg.of("data.add_text_or_set_status"), node)
        if status == "paraphrase" and not p.attribution:
            reader.problem(node, f"{where}.attribution", Msg.of("data.paraphrase_must_say_whose_words"),
                           Msg.of("data.add_attribution_fr_r_sum"), node)


def _check_translations(reader: Reader, node: dict, where: str, p: m.Provision) -> None:
    for lang in p.translation_status:
        if p.text.get(lang, fallback=False) is None and not reader.flagged(f"{where}.text.{lang}"):
            reader.problem(node, f"{where}.translation_status.{lang}",
                           Msg.of("data.translation_status_without_translation"),
                           parent=node)
        if lang in p.text_status:
            reader.problem(node, f"{where}.translation_status.{lang}",
                           Msg.of("data.has_both_text_status_and", lang=lang), parent=node)
    for lang in m.LANGS:
        if p.text.get(lang, fallback=False) and lang not in p.text_status and lang not in p.translation_status \
                and not reader.flagged(f"{where}.text_status.{lang}") \
                and not reader.flagged(f"{where}.translation_status.{lang}"):  # a misspelt status said it
            reader.problem(node, f"{where}.text.{lang}", Msg.of("data.text_without_status"),
                           Msg.of("data.add_text_status_original_or"), node)


def _check_sources(reader: Reader, node: dict, where: str, p: m.Provision, instrument: m.Instrument) -> None:
    known = {s.id for s in instrument.sources}
    for source in p.sources:
        if source not in known:
            close = _close(source, known)
            reader.problem(node, f"{where}.sources", Msg.of("data.unknown_source_2", source=source),
                           did_you_mean(close) if close else Msg.of("data.declare_under_instrument_sources"), node)
    if not p.sources:
        reader.problem(node, f"{where}.sources", Msg.of("data.every_provision_needs_at_least"), parent=node)
