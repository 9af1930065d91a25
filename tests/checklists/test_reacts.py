"""The engine's reactions: alerts and the duties they record, the adult checklist closed to a child,
answers cleaned of terminal key codes, question parts, r = declined everywhere."""

from __future__ import annotations

import pytest

from trafficking_cli.checklists import engine as ck
from trafficking_cli.checklists.answers import AnswerError, clean_typed, parse_input, validate_parts
from trafficking_cli.checklists.derive import derive, raised


def _session(corpus, checklist: str, answers: dict | None = None, **kw):
    return ck.Session(corpus.checklists, corpus.checklist(checklist), "V1", answers or {}, **kw)


@pytest.mark.parametrize(("item", "value", "duty"), [
    ("A01", "no", "securite_immediate"), ("A01", "unknown", "securite_immediate"),
    ("A02", "no", "securite_immediate"), ("A03", ["water"], "besoins_essentiels"),
    ("A03", ["doctor"], "soins_medicaux"), ("A04", "high", "protection_temoins"),
    ("A09", "no", "interprete")])
def test_a_worrying_answer_raises_an_alert_and_records_its_duty(shipped_corpus, item, value, duty):
    record = {"value": value, "at": "2026-01-01T10:00:00"}
    alerts = raised(shipped_corpus.checklist("A").item(item), record)
    assert alerts and all(a.text.fr and a.text.en for a in alerts)
    answers = {f"A.{item}": record, "A.A08": {"value": "yes", "at": "t"}}  # A09 is asked when A08 is yes
    derived = derive(shipped_corpus.checklists, answers, "V1")
    assert f"A.{item}" in derived.protection[duty]


def test_the_reassuring_answer_raises_nothing(shipped_corpus):
    record = {"value": "yes", "at": "t"}
    assert raised(shipped_corpus.checklist("A").item("A01"), record) == []
    assert "securite_immediate" not in derive(shipped_corpus.checklists, {"A.A01": record}, "V1").protection


def test_consent_refused_stops_and_recording_is_not_asked(shipped_corpus):
    a18 = shipped_corpus.checklist("A").item("A18")
    assert any(alert.stop for alert in raised(a18, {"value": "refused"}))
    session = _session(shipped_corpus, "A", {"A.A18": {"value": "refused"}})
    assert "A19" not in [i.id for i in session.visible()]


def test_a_child_needs_an_independent_guardian_for_consent_family_consulate_and_data(shipped_corpus):
    child = _session(shipped_corpus, "A", {"A.A06": {"value": "yes"}})
    shown = [i.id for i in child.visible()]
    assert "A17G" in shown and "A18" not in shown and "A19" not in shown
    agreed = _session(shipped_corpus, "A", {"A.A06": {"value": "yes"}, "A.A17G": {"value": "yes"}})
    assert {"A18", "A19"} <= {i.id for i in agreed.visible()}
    e = _session(shipped_corpus, "E", {"A.A06": {"value": "yes"}})
    assert not {"E08", "E11", "E13"} & {i.id for i in e.visible()}
    adult = _session(shipped_corpus, "E", {"A.A06": {"value": "no"}})
    assert {"E11", "E13"} <= {i.id for i in adult.visible()} and "E07G" not in {i.id for i in adult.visible()}


def test_a_presumed_child_is_never_given_the_adult_checklist(shipped_corpus):
    answers = {"A.A16": {"value": "yes"}, "A.A17": {"value": "yes"}, "A.A18": {"value": "oral"},
               "A.A06": {"value": "unknown"}}
    gate = _session(shipped_corpus, "B", answers).gate()
    assert not gate.allowed and gate.reason == "adult_only"
    answers["A.A06"] = {"value": "no"}
    assert _session(shipped_corpus, "B", answers).gate().allowed


def test_terminal_key_codes_never_reach_an_answer(shipped_corpus):
    assert clean_typed("Bam\x1b[Dbar\x1b[H\x1bOF\x1b[3~\x07") == "Bambar"
    item = shipped_corpus.checklist("A").item("A07")
    assert parse_input(item, "fran\x1b[Dçais").value == "françai" + "s"


def test_r_is_declined_in_every_kind_of_question(shipped_corpus):
    for item in (i for c in shipped_corpus.checklists.values() for i in c.items if not i.protected):
        assert parse_input(item, "r").value == "declined", item.key


def test_a_question_with_parts_takes_them_by_name(shipped_corpus):
    b09 = shipped_corpus.checklist("B").item("B09")
    assert [p.id for p in b09.parts] == ["place"]
    assert validate_parts(b09, {"place": "Kayes"}) == {"place": "Kayes"}
    with pytest.raises(AnswerError):
        validate_parts(b09, {"lieu": "Kayes"})
    session = ck.answer(_session(shipped_corpus, "B"), "B09", "2019-01-15", "t", parts={"place": "Kayes"})
    assert session.record("B09") == {"value": "2019-01-15", "at": "t", "parts": {"place": "Kayes"}}


def test_instructions_are_done_not_answered_yes_or_no(shipped_corpus):
    instructions = [i for c in shipped_corpus.checklists.values() for i in c.items if i.mode == "instruction"]
    assert {i.key for i in instructions} >= {"A.A16", "A.A17", "B.B01", "C.C18", "C.C19", "E.E04"}
    for item in instructions:
        assert item.type == "ack", item.key
        assert parse_input(item, "").value == "yes" and parse_input(item, "ok").value == "yes"
        assert parse_input(item, "n").value == "no"
        with pytest.raises(AnswerError):
            parse_input(item, "nsp")


def test_c16_is_an_open_question():
    from trafficking_cli import resources
    from trafficking_cli.corpus import lookup

    c16 = lookup.load(resources.data_root()).checklist("C").item("C16")
    assert c16.text.fr.startswith("Raconte-moi") and "argent" not in c16.text.fr and "?" not in c16.text.fr[:-1]


@pytest.mark.parametrize(("checklist", "item"), [("B", "B09"), ("B", "B20"), ("B", "B29"), ("B", "B30"), ("B", "B37"),
                                                 ("A", "A04")])
def test_questions_that_ask_several_things_take_several_answers(shipped_corpus, checklist, item):
    assert len(shipped_corpus.checklist(checklist).item(item).parts) >= 1
