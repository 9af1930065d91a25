"""The checklist engine without a terminal: conditions, gating, child flow, never_ask_child, resume, derived facts.

Runs on tests/data/checklist-mini (a miniature of the shipped A–D), plus the shipped checklists.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trafficking_cli import resources
from trafficking_cli.checklists import engine as ck
from trafficking_cli.checklists.engine import AnswerError
from trafficking_cli.corpus import lookup as corpus_module

MINI = Path(__file__).resolve().parents[1] / "data" / "checklist-mini"
NOW = "2026-11-27T10:00:00"


@pytest.fixture(scope="module")
def mini() -> corpus_module.Corpus:
    return corpus_module.load(MINI)


@pytest.fixture(scope="module")
def shipped_checklists(tmp_path_factory: pytest.TempPathFactory) -> corpus_module.Corpus:
    """The shipped checklists; against the shipped law when it validates, else against the mini law."""
    shipped, problems = corpus_module.load_with_problems(resources.data_root())
    if not problems:
        return shipped
    root = tmp_path_factory.mktemp("shipped-checklists")
    shutil.copytree(MINI / "law", root / "law")
    shutil.copytree(resources.data_root() / "checklists", root / "checklists")
    corpus, problems = corpus_module.load_with_problems(root)
    if problems:
        pytest.skip(f"shipped checklists do not validate yet: {problems[0]}")
    return corpus


def session(corpus, checklist="A", answers=None, **kw) -> ck.Session:
    return ck.Session(corpus.checklists, corpus.checklist(checklist), "V1", dict(answers or {}), **kw)


def rec(value, **extra) -> dict:
    return {"value": value, "at": NOW, **extra}


CONSENT = {"A.A16": rec("yes"), "A.A17": rec("yes"), "A.A18": rec("oral")}


# ---- conditions ------------------------------------------------------------------------------

@pytest.mark.parametrize(("cond", "expected"), [
    ({"answered": "A.A01"}, True),
    ({"answered": "A.A09"}, False),
    ({"equals": ["A.A01", "yes"]}, True),
    ({"equals": ["A.A01", "no"]}, False),
    ({"in": ["A.A18", ["oral", "written"]]}, True),
    ({"in": ["A.A18", ["refused"]]}, False),
    ({"all": [{"equals": ["A.A01", "yes"]}, {"answered": "A.A18"}]}, True),
    ({"all": [{"equals": ["A.A01", "yes"]}, {"answered": "A.A09"}]}, False),
    ({"any": [{"answered": "A.A09"}, {"equals": ["A.A18", "oral"]}]}, True),
    ({"not": {"answered": "A.A09"}}, True),
    ({"child": True}, False),
    ({"child": False}, True),
    ({"equals": ["B.B28", "sexual_services"]}, True),  # multi: among the chosen options
    ({"in": ["B.B28", ["armed_group", "domestic_work"]]}, True),
    ({"equals": ["B.B28", "other"]}, False),
    ({"equals": ["B.B37", "3"]}, True),  # a number answer compared as a number
    ({"equals": ["B.B37", "3.0"]}, True),
    ({"equals": ["A.A05", "unknown"]}, True),
    ({"equals": ["A.A05", "no"]}, False),  # unknown is not no
])
def test_conditions(cond, expected):
    answers = {"A.A01": rec("yes"), "A.A18": rec("oral"), "B.B28": rec(["domestic_work", "sexual_services"]),
               "B.B37": rec(3), "A.A05": rec("unknown"), "A.A09": {"status": "skipped", "at": NOW}}
    assert ck.evaluate(cond, answers, child=False) is expected


def test_child_and_foreign_conditions():
    assert ck.evaluate({"child": True}, {}, child=True)
    assert ck.evaluate({"foreign": True}, {}, child=False, foreign=True)
    assert not ck.evaluate({"foreign": False}, {}, child=False, foreign=True)
    # nationality not known: neither foreign nor national
    assert not ck.evaluate({"foreign": True}, {}, child=False, foreign=None)
    assert not ck.evaluate({"foreign": False}, {}, child=False, foreign=None)


def test_conditions_are_data_never_code():
    sneaky = {"equals": ["__import__('os').system('echo PWNED')", "yes"]}
    assert ck.evaluate(sneaky, {}, child=False) is False
    with pytest.raises(ValueError, match="unknown condition operator"):
        ck.evaluate({"eval": "1"}, {}, child=False)


def test_item_conditions_show_and_hide(mini):
    s = session(mini, "A", {"A.A08": rec("no")})
    assert "A09" not in [i.id for i in s.visible()]
    s = session(mini, "A", {"A.A08": rec("yes")})
    assert "A09" in [i.id for i in s.visible()]


def test_foreign_item_needs_known_nationality(mini):
    assert "D20" not in [i.id for i in session(mini, "D").visible()]
    assert "D20" in [i.id for i in session(mini, "D", foreign=True).visible()]


# ---- gating ----------------------------------------------------------------------------------

def test_consent_gates_b(mini):
    gate = session(mini, "B").gate()
    assert not gate.allowed
    assert gate.reason == "requires"
    assert gate.missing == ("A.A16", "A.A17", "A.A18")
    gate = session(mini, "B", {"A.A16": rec("yes"), "A.A17": rec("no"), "A.A18": rec("oral")}).gate()
    assert gate.missing == ("A.A17",)
    assert session(mini, "B", CONSENT).gate().allowed


def test_refused_consent_is_its_own_reason(mini):
    gate = session(mini, "B", {**CONSENT, "A.A18": rec("refused")}).gate()
    assert (gate.allowed, gate.reason) == (False, "consent_refused")


def test_checklists_without_requires_are_open(mini):
    assert session(mini, "A").gate().allowed
    assert session(mini, "D").gate().allowed


def test_child_checklist_needs_a_child(mini):
    gate = session(mini, "C").gate()
    assert (gate.allowed, gate.reason) == (False, "not_child")
    assert "A.A06" in gate.missing
    assert session(mini, "C", {"A.A06": rec("unknown")}).gate().allowed
    assert session(mini, "C", minor_by_case=True).gate().allowed


# ---- child flow ------------------------------------------------------------------------------

@pytest.mark.parametrize(("key", "value", "child"), [
    ("A.A06", "yes", True),
    ("A.A06", "unknown", True),  # doubt: presumed a minor
    ("A.A06", "no", False),
    ("A.A06", "declined", False),
    ("B.B05", 16, True),
    ("B.B05", 17.5, True),
    ("B.B05", 18, False),
    ("B.B05", "unknown", True),
    ("C.C02", "yes", True),
])
def test_any_doubt_about_age_presumes_minority(mini, key, value, child):
    s = session(mini, "A", {key: rec(value)})
    assert s.child is child
    assert ("C" in s.opened()) is (child and key != "C.C02")  # C02 has no `opens`


def test_age_in_the_case_file_counts(mini):
    assert session(mini, "A", minor_by_case=True).child
    assert not session(mini, "A", minor_by_case=False).child


def test_date_of_birth_gives_the_benefit_of_the_doubt():
    item = ck.m.Item("B", "BX", "s", "ask", "date", ck.m.Bilingual("x", "x"), ck.m.Bilingual(), None,
                     feeds=ck.m.Feeds(minor=True))
    assert ck.minor_signal(item, rec("2010-05-01"), "2026-11-27")
    assert not ck.minor_signal(item, rec("1990-05-01"), "2026-11-27")
    assert ck.minor_signal(item, rec("2008"), "2026-06-30")  # born in 2008: could still be 17 on 30 June 2026
    assert not ck.minor_signal(item, rec("2007"), "2026-06-30")


def test_never_ask_child_items_hidden_in_adult_checklist(mini):
    adult = session(mini, "B", CONSENT)
    child = session(mini, "B", {**CONSENT, "A.A06": rec("yes")})
    assert {"B25", "B26"} <= {i.id for i in adult.visible()}
    assert not {"B25", "B26"} & {i.id for i in child.visible()}
    assert [i.id for i in child.child_hidden()] == ["B25", "B26"]


def test_child_checklist_keeps_practitioner_checks_but_never_asks_the_child(mini):
    s = session(mini, "C", {"A.A06": rec("yes")})
    shown = [i.id for i in s.visible()]
    assert "C01" in shown and "C18" in shown  # practitioner checks (documents, guardian, rules)
    assert "C19" not in shown  # an item marked never_ask_child that would be read aloud
    assert all(not (i.never_ask_child and i.mode == "ask") for i in s.visible())


def test_skipped_items_are_recorded_as_such(mini):
    s = ck.mark_child_hidden(session(mini, "B", {**CONSENT, "B.B05": rec(15)}), NOW)
    assert s.answers["B.B25"] == {"status": "not_asked_child", "at": NOW}
    assert s.answers["B.B26"]["status"] == "not_asked_child"
    assert s.first_open().id == "B04"
    # the age doubt is lifted: the items are asked again (never silently dropped)
    adult = ck.answer(s, "B05", 30, NOW)
    assert not adult.child
    assert not adult.handled(adult.checklist.item("B25"))


def test_a_given_answer_is_kept_when_the_item_becomes_hidden(mini):
    s = session(mini, "B", {**CONSENT, "B.B26": rec("yes")})
    s = ck.mark_child_hidden(ck.answer(s, "B05", 12, NOW), NOW)
    assert s.answers["B.B26"]["value"] == "yes"


def test_shipped_child_flow(shipped_checklists):
    corpus = shipped_checklists
    s = session(corpus, "B", {**CONSENT, "A.A06": rec("unknown")})
    hidden = {i.id for i in s.child_hidden()}
    assert {"B25", "B26", "B33"} <= hidden
    assert "C" in s.opened()
    c = session(corpus, "C", {"A.A06": rec("yes")})
    assert c.gate().allowed
    assert all(not (i.never_ask_child and i.mode == "ask") for i in c.visible())
    never = [i for c_ in corpus.checklists.values() for i in c_.items if i.never_ask_child]
    assert never, "the shipped checklists mark items never to be asked of a child"


# ---- navigation and resume ---------------------------------------------------------------------

def test_next_item_is_first_unanswered_visible(mini):
    s = session(mini, "A")
    assert s.first_open().id == "A01"
    s = ck.answer(s, "A01", "yes", NOW)
    assert s.first_open().id == "A06"
    s = ck.skip(s, "A06", NOW)
    assert s.first_open().id == "A08"
    s = ck.answer(s, "A08", "no", NOW)
    assert s.first_open().id == "A16"  # A09 hidden: no interpreter
    assert s.position("A16") == (4, 6)


def test_resume_from_case_answers(mini):
    case_answers = {"A.A01": {"V1": rec("yes"), "V2": rec("no")}, "A.A06": {"V2": rec("no")}}
    v1 = ck.start(mini.checklists, "A", "V1", case_answers)
    v2 = ck.start(mini.checklists, "A", "V2", case_answers)
    assert v1.first_open().id == "A06"
    assert v2.first_open().id == "A08"


def test_back_and_next(mini):
    s = session(mini, "A", {"A.A08": rec("no")})
    assert s.previous_before("A16").id == "A08"
    assert s.previous_before("A01") is None
    assert s.next_after("A08").id == "A16"
    assert s.next_after("A18") is None
    assert s.next_after("A09").id == "A16"  # an item that has just become hidden


def test_answers_of_other_victims_are_untouched():
    merged = ck.merge_answers({"A.A01": {"V1": rec("no"), "V2": rec("yes")}}, "V1", {"A.A01": rec("yes")})
    assert merged == {"A.A01": {"V2": rec("yes"), "V1": rec("yes")}}


def test_hand_written_yaml_booleans_are_read_as_yes_no():
    assert ck.victim_answers({"A.A01": {"V1": True}, "A.A08": {"V1": {"value": False}}}, "V1") == {
        "A.A01": {"value": "yes"}, "A.A08": {"value": "no"}}


# ---- answers ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("item_id", "typed", "value"), [
    ("A01", "o", "yes"), ("A01", "Oui", "yes"), ("A01", "y", "yes"), ("A01", "YES", "yes"),
    ("A01", "n", "no"), ("A01", "non", "no"), ("A01", "no", "no"),
    ("A01", "nsp", "unknown"), ("A01", "u", "unknown"), ("A01", "ne sait pas", "unknown"),
    ("A01", "unknown", "unknown"),
    ("A01", "r", "declined"), ("A01", "refus", "declined"), ("A01", "Refusé", "declined"),
    ("A08", "r", "declined"),
    ("A18", "2", "written"), ("A18", "écrit", "written"), ("A18", "fingerprint", "fingerprint"),
    ("A18", "refus", "refused"),  # an option wins over the "declined" shortcut
])
def test_parse_answers(mini, item_id, typed, value):
    item = mini.checklist("A").item(item_id)
    command = ck.parse_input(item, typed)
    assert (command.kind, command.value) == ("answer", value)


@pytest.mark.parametrize(("typed", "kind"), [
    ("?", "help"), ("aide", "help"), ("<", "back"), ("b", "back"), (">", "skip"), ("s", "skip"),
    ("q", "quit"), ("=", "review"),
])
def test_navigation_commands(mini, typed, kind):
    assert ck.parse_input(mini.checklist("A").item("A01"), typed).kind == kind


def test_question_mark_is_help_not_unknown(mini):
    assert ck.parse_input(mini.checklist("A").item("A01"), "?").kind == "help"


def test_unknown_and_declined_are_not_no(mini):
    item = mini.checklist("A").item("A01")
    values = {ck.parse_input(item, t).value for t in ("n", "nsp", "r")}
    assert values == {"no", "unknown", "declined"}


def test_strict_yes_no_has_no_unknown(mini):
    with pytest.raises(AnswerError) as caught:
        ck.parse_input(mini.checklist("A").item("A08"), "nsp")
    assert caught.value.code == "no_unknown"


@pytest.mark.parametrize(("item_id", "typed", "value"), [
    ("B25", "1,2", ["poverty", "illness"]), ("B25", "2 1", ["poverty", "illness"]), ("B25", "aucun", []),
    ("B25", "poverty", ["poverty"]),
    ("B09", "2019-01-15", "2019-01-15"), ("B09", "15/01/2019", "2019-01-15"), ("B09", "03/2019", "2019-03"),
    ("B09", "2019", "2019"),
    ("B05", "16", 16), ("B05", "16,5", 16.5),
    ("B39", "Elle veut rentrer chez elle.", "Elle veut rentrer chez elle."),
    ("B39", "u", "u"),  # a lone letter in a free text is text
    ("B39", "nsp", "unknown"),
])
def test_parse_typed_values(mini, item_id, typed, value):
    assert ck.parse_input(mini.checklist("B").item(item_id), typed).value == value


@pytest.mark.parametrize(("item_id", "typed"), [
    ("A01", "peut-être"), ("A18", "7"), ("A18", "o"), ("B25", "1,9"), ("B09", "31/02/2019"), ("B09", "hier"),
    ("B05", "-3"), ("B05", "seize"), ("A01", ""),
])
def test_invalid_answers_are_refused(mini, item_id, typed):
    checklist = "A" if item_id.startswith("A") else "B"
    with pytest.raises(AnswerError):
        ck.parse_input(mini.checklist(checklist).item(item_id), typed)


def test_note_after_colon(mini):
    command = ck.parse_input(mini.checklist("B").item("B16"), "oui : frappée à Kayes")
    assert (command.value, command.note) == ("yes", "frappée à Kayes")


def test_enter_keeps_an_existing_answer(mini):
    assert ck.parse_input(mini.checklist("A").item("A01"), "", has_current=True).kind == "keep"


def test_validate_values_from_a_file(mini):
    b = mini.checklist("B")
    assert ck.validate(b.item("B16"), True) == "yes"  # YAML's unquoted yes
    assert ck.validate(b.item("B16"), "oui") == "yes"
    assert ck.validate(b.item("B25"), ["illness", "poverty"]) == ["poverty", "illness"]
    assert ck.validate(b.item("B37"), 3) == 3
    assert ck.validate(b.item("B08"), "stranger") == "stranger"
    with pytest.raises(AnswerError):
        ck.validate(b.item("B25"), ["nonsense"])
    with pytest.raises(AnswerError):
        ck.validate(b.item("B37"), True)


def test_protected_values_never_enter_the_session(mini):
    s = session(mini, "B", CONSENT)
    with pytest.raises(AnswerError):
        ck.answer(s, "B04", "Aïcha", NOW)
    s = ck.record_protected(s, "B04", recorded=True, now=NOW)
    assert s.answers["B.B04"] == {"protected": True, "recorded": True, "at": NOW}
    assert ck.answer(s, "B04", "declined", NOW).answers["B.B04"]["value"] == "declined"


@pytest.mark.slow  # property test (hypothesis): with the slow tests, still run by CI
@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=30))
def test_typed_input_is_an_answer_a_command_or_a_clear_error(mini, text):
    for item in (*mini.checklist("A").items, *mini.checklist("B").items):
        try:
            command = ck.parse_input(item, text)
        except AnswerError as error:
            assert error.code
            continue
        if command.kind == "answer":
            assert ck.validate(item, command.value) == command.value


# ---- derived facts ---------------------------------------------------------------------------

def test_derived_facts(mini):
    answers = {**CONSENT, "A.A01": rec("yes"), "B.B04": {"protected": True, "recorded": False, "at": NOW},
               "B.B08": rec("stranger"), "B.B16": rec("yes"), "B.B17": rec("no"), "B.B25": rec(["poverty"]),
               "B.B28": rec(["sexual_services"]), "B.B37": rec(2), "D.D01": rec("yes"), "D.D03": rec("Orange Money"),
               "D.D13": rec(["death", "weapon"])}
    d = ck.derive(mini.checklists, answers, "V1", reference_date="2026-11-27")
    assert d.established == {"recrutement": ["B.B08"], "violence": ["B.B16"], "abus_vulnerabilite": ["B.B25"],
                             "exploitation_sexuelle": ["B.B28"], "transport": ["D.D01"]}
    assert d.excluded == {"menace": ["B.B17"]}
    assert d.aggravating == {"atteinte_grave_sante": ["B.B16"], "victimes_multiples": ["B.B37"],
                             "deces_victime": ["D.D13"], "usage_arme": ["D.D13"]}
    assert set(d.protection) == {"securite_immediate", "information_procedure"}
    kinds = [(e.kind, e.items) for e in d.evidence]
    assert kinds[0] == ("testimony", ("B.B04", "B.B08", "B.B16", "B.B25", "B.B28"))
    assert ("document", ("D.D01",)) in kinds and ("financial", ("D.D03",)) in kinds
    financial = next(e for e in d.evidence if e.kind == "financial")
    assert "Orange Money" in financial.description
    assert next(e for e in d.evidence if e.kind == "document").supports == ("transport",)


def test_unknown_and_declined_establish_nothing(mini):
    d = ck.derive(mini.checklists, {"B.B16": rec("unknown"), "B.B17": rec("declined"), "B.B26": rec("unknown")}, "V1")
    assert d.established == {} and d.excluded == {} and d.aggravating == {} and d.evidence == []


def test_conflicting_answers_neither_establish_nor_exclude(mini):
    assert ck.derive(mini.checklists, {"B.B17": rec("no")}, "V1").excluded == {"menace": ["B.B17"]}
    both = {"B.B17": rec("no")}
    extra = ck.m.Checklist("X", ck.m.Bilingual("x"), ck.m.Bilingual(), 9, "all", (), (
        ck.m.Item("X", "X1", "s", "ask", "yes_no", ck.m.Bilingual("x", "x"), ck.m.Bilingual(), None,
                  feeds=ck.m.Feeds(establishes=("menace",))),))
    d = ck.derive({**mini.checklists, "X": extra}, {**both, "X.X1": rec("yes")}, "V1")
    assert d.conflicts == ["menace"]
    assert "menace" not in d.established and "menace" not in d.excluded


def test_answers_to_items_that_no_longer_apply_do_not_count(mini):
    answers = {"A.A08": rec("yes"), "A.A09": rec("yes")}
    assert "confidentialite" in ck.derive(mini.checklists, answers, "V1").protection
    answers["A.A08"] = rec("no")  # the interpreter item no longer applies; its answer is kept but unused
    assert "confidentialite" not in ck.derive(mini.checklists, answers, "V1").protection


def test_json_views(mini):
    view = ck.checklist_json(mini.checklist("B"))
    item = next(i for i in view["items"] if i["id"] == "B26")
    assert {"id", "text", "type", "mode", "never_ask_child", "feeds"} <= set(item)
    assert item["text"]["fr"] and item["text"]["en"]
    assert item["never_ask_child"] is True
    assert item["feeds"]["establishes"] == ["paiement_avantages"]
    listing = ck.checklists_json(mini.checklists)
    assert [c["id"] for c in listing["checklists"]] == ["A", "B", "C", "D"]


def test_one_victim_is_not_multiple_victims(shipped_corpus):
    """D11 counts presumed victims: the aggravating fact needs at least two (feeds.min_number)."""
    d11 = shipped_corpus.checklist("D").item("D11")
    assert d11 is not None and d11.feeds.min_number == 2
    one = ck.derive(shipped_corpus.checklists, {"D.D11": {"value": 1, "at": "2026-11-27T10:00:00"}}, "V1")
    three = ck.derive(shipped_corpus.checklists, {"D.D11": {"value": 3, "at": "2026-11-27T10:00:00"}}, "V1")
    assert "victimes_multiples" not in one.aggravating
    assert "victimes_multiples" in three.aggravating


def test_consular_question_is_skipped_only_for_a_known_malian(shipped_corpus):
    """E08 asks about the embassy: not for a victim the case records as Malian, asked when unknown."""
    e08 = shipped_corpus.checklist("E").item("E08")
    assert ck.evaluate(e08.when, {}, child=False, foreign=False) is False
    assert ck.evaluate(e08.when, {}, child=False, foreign=True) is True
    assert ck.evaluate(e08.when, {}, child=False, foreign=None) is True


def test_a_digit_that_is_not_a_decimal_is_a_clear_error_not_a_crash(mini):
    """Found by the property test above: "❶" passes str.isdigit() but int() refuses it."""
    item = mini.checklist("A").item("A18")
    with pytest.raises(AnswerError):
        ck.parse_input(item, "❶")
