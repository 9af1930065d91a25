"""Reading suspects, their acts and the procedure of a case file (contracts §5, ``trafficking-case/2``).

Every problem is collected by the ``Reader`` with file, line and key: an act naming an unknown victim or
element, a ``with`` naming an unknown suspect, a participation outside the vocabulary, a period that ends
before it starts. A /1 suspect (``id`` and ``role`` only) reads as an ``auteur`` with no acts.
"""

from __future__ import annotations

import difflib
import re
from datetime import date
from typing import Any

from trafficking_cli import models as m
from trafficking_cli.corpus.schema_reader import Reader, did_you_mean
from trafficking_cli.i18n import Msg

SUSPECT_ID = r"S\d+"
SUSPECT_KEYS = ("id", "role", "note", "kind", "participation", "with", "acts", "knowledge", "denies")
ACT_KEYS = ("element", "victims", "from", "to", "place", "stage", "note")
# Early drafts wrote the attempt as a participation; contracts §5 reads it as auteur + every act attempted.
LEGACY_ATTEMPT = "tentative"


def suspect(reader: Reader, node: Any, where: str, victims: set[str], elements: set[str]) -> m.Suspect | None:
    """One entry of ``suspects``; None when it has no usable id (the problem is recorded)."""
    node = reader.mapping(node, where, SUSPECT_KEYS, ("id",))
    ident = reader.text(node, "id", where, pattern=SUSPECT_ID)
    if ident is None:
        return None
    where = f"{where}({ident})"
    kind = reader.text(node, "kind", where, required=False, choices=m.SUSPECT_KINDS) or "person"
    participation = _participation(reader, node, where)
    attempted = node.get("participation") == LEGACY_ATTEMPT
    acts = tuple(a for w, act in reader.items(node, "acts", where, required=False)
                 if (a := _act(reader, act, w, victims, elements, attempted)))
    knowledge = reader.text(node, "knowledge", where, required=False, choices=m.KNOWLEDGE) or "unknown"
    denies = reader.maybe(node, "denies", where)
    role = node.get("role")
    return m.Suspect(id=ident, role=None if role is None else str(role), kind=kind, participation=participation,
                     partners=reader.strings(node, "with", where), acts=acts, knowledge=knowledge, denies=denies)


def _participation(reader: Reader, node: dict, where: str) -> str:
    value = node.get("participation")
    if value == LEGACY_ATTEMPT:
        return "auteur"
    return reader.text(node, "participation", where, required=False, choices=m.PARTICIPATIONS) or "auteur"


def _act(reader: Reader, node: Any, where: str, victims: set[str], elements: set[str],
         attempted: bool) -> m.Act | None:
    node = reader.mapping(node, where, ACT_KEYS, ("element",))
    element = reader.text(node, "element", where)
    if element is not None and element not in elements:
        close = difflib.get_close_matches(element, sorted(elements), n=1, cutoff=0.6)
        reader.problem(node, f"{where}.element", Msg.of("data.unknown_element_2", element=element),
                       did_you_mean(close[0]) if close
                       else Msg.of("data.see_trafficking_elements"), parent=node)
        element = None
    named = reader.strings(node, "victims", where)
    for victim in named:
        if victim not in victims:
            reader.problem(node, f"{where}.victims", Msg.of("data.no_victim_this_case", victim=victim),
                           Msg.of("data.add_under_victims_or_correct"), parent=node)
    start, end = act_date(reader, node, "from", where), act_date(reader, node, "to", where)
    if start and end and end < start:
        reader.problem(node, f"{where}.to", Msg.of("data.act_ends_before_starts", end=end, start=start),
                       Msg.of("data.swap_from_and_or_correct"),
                       parent=node)
    stage = reader.text(node, "stage", where, required=False, choices=m.STAGES)
    place = node.get("place")
    if element is None:
        return None
    return m.Act(element=element, victims=tuple(v for v in named if v in victims), start=start, end=end,
                 place=None if place is None else str(place),
                 stage="tentative" if attempted else (stage or "consomme"))


def act_date(reader: Reader, node: dict, key: str, where: str) -> str | None:
    """An ISO date (``YYYY-MM-DD``) or None; anything else is a problem naming the key."""
    value = node.get(key)
    if value is None:
        return None
    text = str(value)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            date.fromisoformat(text)
            return text
        except ValueError:
            pass
    reader.problem(node, f"{where}.{key}", Msg.of("data.not_date", text=text),
                   Msg.of("data.write_yyyy_mm_dd_quotes"), parent=node)
    return None


def check_partners(reader: Reader, doc: dict, suspects: list[m.Suspect]) -> None:
    """Every ``with`` names a suspect of this case, and not the suspect itself."""
    known = {s.id for s in suspects}
    listed = doc.get("suspects")
    nodes = listed if isinstance(listed, list) else []
    for index, node in enumerate(nodes):
        if not isinstance(node, dict) or not isinstance(node.get("with"), list):
            continue
        ident = node.get("id")
        for partner in node["with"]:
            if partner not in known or partner == ident:
                reader.problem(node, f"suspects[{index}]({ident}).with",
                               Msg.of("data.no_other_suspect_with_this", partner=partner),
                               Msg.of("data.list_codes_coauteurs_with_s2"), parent=node)


def procedure(reader: Reader, doc: dict) -> m.Procedure:
    """``procedure: {first_act_date: "YYYY-MM-DD"}``; absent = nothing recorded."""
    node = doc.get("procedure")
    if node is None:
        return m.Procedure()
    node = reader.mapping(node, "procedure", ("first_act_date", "note"))
    return m.Procedure(first_act_date=act_date(reader, node, "first_act_date", "procedure"))


def suspect_to_data(s: m.Suspect) -> dict[str, Any]:
    """A suspect in contracts §5 shape, writing only what differs from the defaults."""
    data: dict[str, Any] = {"id": s.id, **({"role": s.role} if s.role else {})}
    if s.kind != "person":
        data["kind"] = s.kind
    if s.participation != "auteur" or s.partners:
        data["participation"] = s.participation
    if s.partners:
        data["with"] = list(s.partners)
    if s.acts:
        data["acts"] = [{"element": a.element, "victims": list(a.victims),
                         **({"from": a.start} if a.start else {}), **({"to": a.end} if a.end else {}),
                         **({"place": a.place} if a.place else {}), "stage": a.stage} for a in s.acts]
    if s.knowledge != "unknown":
        data["knowledge"] = s.knowledge
    if s.denies is not None:
        data["denies"] = s.denies
    return data
