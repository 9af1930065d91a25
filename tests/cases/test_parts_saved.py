"""A question that asks several things (A04, B09…): its main answer and each part are saved as given.

Review 3, defect 1: Ctrl-C or Ctrl-D at a part's prompt lost the main answer and the parts before it,
and ``q`` there was stored as the text « q ». Defect 5: the confirmation step showed element ids.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.console import Console

from trafficking_cli import cases as case_module
from trafficking_cli.checklists import engine as ck
from trafficking_cli.checklists.answers import AnswerError

NOW = "2026-11-27T10:00:00"
TODAY = "2026-11-27"
A04_PARTS = ["person", "family", "other_victims", "staff", "investigation"]


def answers_of(path: Path, key: str) -> dict:
    """One record of V1 as it is on disk (the file re-read, not the object in memory)."""
    data = case_module.to_plain(case_module.read_case_data(path)[0])
    return data["answers"][key]["V1"]


def a_interview(path: Path, corpus) -> case_module.Interview:
    case_file = case_module.new_case_file(path, case_module.template_data())
    interview = case_module.Interview(case_file, corpus, "A", "V1", today=TODAY)
    for item, value in (("A01", "yes"), ("A02", "1"), ("A03", "1")):
        interview.answer(item, value, NOW)
    return interview


# ---- the engine ------------------------------------------------------------------------------

def test_the_parts_still_to_ask_keep_the_question_open(shipped_corpus):
    session = ck.start(shipped_corpus.checklists, "A", "V1")
    session = ck.answer(session, "A04", "2", NOW, parts_to_ask=True)
    a04 = session.item("A04")
    assert session.record(a04) == {"value": "medium", "at": NOW, "parts_open": A04_PARTS}
    assert not session.handled(a04) and a04 in [i for i in session.visible() if not session.handled(i)]
    session = ck.answer_part(session, "A04", "person", "élevé : il a menacé")
    session = ck.answer_part(session, "A04", "family", None)  # Enter: left out, never asked again
    assert session.record(a04)["parts"] == {"person": "élevé : il a menacé"}
    assert [p.id for p in session.open_parts(a04)] == ["other_victims", "staff", "investigation"]
    assert session.counts()["answered"] == 0 and session.counts()["open"] == session.counts()["total"]
    for part in ("other_victims", "staff", "investigation"):
        session = ck.answer_part(session, "A04", part, "faible")
    record = session.record(a04)
    assert "parts_open" not in record and session.handled(a04)
    assert list(record["parts"]) == A04_PARTS[:1] + A04_PARTS[2:]  # in the question's order


def test_a_part_is_checked_by_its_type_and_needs_the_main_answer(shipped_corpus):
    session = ck.start(shipped_corpus.checklists, "B", "V1")
    with pytest.raises(AnswerError):
        ck.answer_part(session, "B29", "days_per_week", "7")  # no main answer yet
    session = ck.answer(session, "B29", "12", NOW, parts_to_ask=True)
    with pytest.raises(AnswerError):
        ck.answer_part(session, "B29", "days_per_week", "beaucoup")
    with pytest.raises(AnswerError):
        ck.answer_part(session, "B29", "nope", "7")
    assert ck.answer_part(session, "B29", "days_per_week", "7").record(session.item("B29"))["parts"] == {
        "days_per_week": 7}


def test_no_part_is_left_open_without_asking_or_for_a_special_answer(shipped_corpus):
    session = ck.start(shipped_corpus.checklists, "A", "V1")
    assert "parts_open" not in ck.answer(session, "A04", "2", NOW).record("A04")  # answers file: all at once
    assert "parts_open" not in ck.answer(session, "A04", "declined", NOW, parts_to_ask=True).record("A04")
    given = ck.answer(session, "A04", "2", NOW, parts={"person": "x"}, parts_to_ask=True).record("A04")
    assert given["parts_open"] == A04_PARTS[1:]


def test_a_part_removed_from_the_checklist_is_not_asked(shipped_corpus):
    record = {"value": "medium", "at": NOW, "parts_open": ["old_part", "staff"]}
    session = ck.Session(shipped_corpus.checklists, shipped_corpus.checklist("A"), "V1", {"A.A04": record})
    a04 = session.item("A04")
    assert [p.id for p in session.open_parts(a04)] == ["staff"]
    assert session.handled(a04) is False
    done = ck.answer_part(session, "A04", "staff", "faible")
    assert done.handled(a04) and "parts_open" not in done.record(a04)


# ---- the case file: every step on disk -------------------------------------------------------

def test_each_step_is_on_disk_and_the_file_stays_valid(tmp_path, shipped_corpus):
    path = tmp_path / "rp.yaml"
    interview = a_interview(path, shipped_corpus)
    interview.answer("A04", "2", NOW, parts_to_ask=True)
    assert answers_of(path, "A.A04") == {"value": "medium", "at": NOW, "parts_open": A04_PARTS}
    interview.answer_part("A04", "person", "texte personne", NOW)
    on_disk = answers_of(path, "A.A04")
    assert on_disk["parts"] == {"person": "texte personne"} and on_disk["parts_open"] == A04_PARTS[1:]
    data = case_module.read_case_data(path)[0]
    assert data["schema"] == "trafficking-case/2"
    case_module.load_case(path, shipped_corpus, draft=True)  # the file still reads as a case
    resumed = case_module.Interview(case_module.open_case_file(path), shipped_corpus, "A", "V1", today=TODAY)
    session = resumed.session()
    assert session.first_open().id == "A04"
    assert [p.id for p in session.open_parts(session.item("A04"))] == A04_PARTS[1:]


def test_the_memo_reads_a_case_interrupted_among_the_parts(tmp_path, shipped_corpus):
    """B09's date is saved before its place is asked: facts_date is known at once."""
    path = tmp_path / "rp.yaml"
    case_file = case_module.new_case_file(path, case_module.template_data())
    interview = case_module.Interview(case_file, shipped_corpus, "A", "V1", today=TODAY)
    for item, value in (("A16", "yes"), ("A17", "yes"), ("A18", "oral")):
        interview.answer(item, value, NOW)
    b = case_module.Interview(case_file, shipped_corpus, "B", "V1", today=TODAY)
    b.answer("B05", "34", NOW)
    b.answer("B09", "2019-01-15", NOW, parts_to_ask=True)
    case = case_module.load_case(path, shipped_corpus)  # not draft: what the memo asks for
    assert case.facts_date == "2019-01-15"
    assert answers_of(path, "B.B09")["parts_open"] == ["place"]


def test_an_answers_file_completes_an_item_left_among_its_parts(tmp_path, shipped_corpus):
    path = tmp_path / "rp.yaml"
    interview = a_interview(path, shipped_corpus)
    interview.answer("A04", "2", NOW, parts_to_ask=True)
    case_module.run_scripted(interview, {"A04": 2}, NOW, lambda *a: False)
    assert answers_of(path, "A.A04") == {"value": "medium", "at": NOW}


# ---- the interview, in-process (typed input; end of input as Ctrl-D) --------------------------

def run_a(invoke, home: Path, typed: str, *extra: str):
    env = {"TRAFFICKING_HOME": str(home), "TRAFFICKING_PASSPHRASE": None}
    return invoke("checklist", "run", "A", "--case", "rp-1", *extra, input=typed, env=env)


def test_a_part_is_read_back_with_the_colon_of_the_language(shipped_corpus):
    from trafficking_cli.cli.ui.review import describe

    item = shipped_corpus.checklist("A").item("A04")
    record = {"value": "medium", "at": NOW, "parts": {"person": "x"}, "parts_open": A04_PARTS[1:]}
    assert describe(item, record, "fr") == ("moyen · La personne : niveau et raison : x · "
                                            "4 partie(s) encore à demander")
    assert describe(item, record, "en") == "medium · The person: level and reason: x · 4 part(s) still to ask"


@pytest.mark.parametrize("stop", ["q\n", ""], ids=["q", "end-of-input"])
def test_stopping_at_a_part_keeps_the_answer_and_the_parts_given(invoke, tmp_path, stop):
    home = tmp_path / "home"
    first = run_a(invoke, home, "o\n1\n1\n2\ntexte personne\n" + stop, "--new")
    assert first.exit_code == (0 if stop else 130), first.output
    assert "Cette question demande aussi 5 autre(s) chose(s)" in first.output
    path = home / "cases" / "rp-1.yaml"
    record = answers_of(path, "A.A04")
    assert record["value"] == "medium" and record["parts"] == {"person": "texte personne"}
    assert record["parts_open"] == A04_PARTS[1:]  # « q » was not taken as the family's answer

    again = run_a(invoke, home, "?\n<\ntexte famille\n\n\n\nq\n")  # help, back refused, 3 parts left out
    assert again.exit_code == 0, again.output
    out = " ".join(again.output.split())
    assert "Réponse enregistrée : moyen · La personne : niveau et raison : texte personne" in out
    assert "Cette question demande aussi 4 autre(s) chose(s)" in out
    assert "Pas de retour ni de revue entre les parties" in out and "ℹ Pourquoi" in out
    assert "question 5 sur" in out  # then the next item: A04's own answer was not asked again
    record = answers_of(path, "A.A04")
    assert record["parts"] == {"person": "texte personne", "family": "texte famille"}
    assert "parts_open" not in record


def test_the_confirmation_step_names_elements_by_label_only(tmp_path, shipped_corpus, monkeypatch):
    from trafficking_cli.cli.ui import suggestions

    case_file = case_module.new_case_file(tmp_path / "rp.yaml", case_module.template_data())
    interview = case_module.Interview(case_file, shipped_corpus, "A", "V1", today=TODAY)
    for item, value in (("A16", "yes"), ("A17", "yes"), ("A18", "oral")):
        interview.answer(item, value, NOW)
    b = case_module.Interview(case_file, shipped_corpus, "B", "V1", today=TODAY)
    b.answer("B05", "34", NOW)
    session = b.answer("B16", "yes", NOW)
    todo = ck.pending(session)
    assert todo, "B16 = yes suggests elements to confirm"
    monkeypatch.setattr(suggestions, "prompt_line", lambda text: "")  # Enter: later
    for lang in ("fr", "en"):
        console = Console(record=True, width=200, color_system=None)
        suggestions.confirm_suggestions(console, b, session, lang, lambda: NOW)
        shown = console.export_text()
        index = shipped_corpus.element_index()
        for _, element in todo:
            assert f"→ {index[element][2].label.get(lang)} ?" in shown or \
                f"→ {index[element][2].label.get(lang)}?" in shown
            assert f"({element})" not in shown
