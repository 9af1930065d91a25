"""Answers fill the case's facts (date, places, summary, reference, ages), and a person's word wins."""

from __future__ import annotations

from datetime import date

import pytest

from trafficking_cli.cases.derived import apply_derived
from trafficking_cli.cases.facts import memo_needs
from trafficking_cli.checklists.ages import age_range, in_doubt


def test_age_today_less_the_time_since_the_facts():
    assert age_range(25, date(2026, 6, 1), "2019-01-15") == (17, 18)  # either side of 18: doubt
    assert in_doubt(17, 18) and in_doubt(14, 15) and not in_doubt(19, 20) and not in_doubt(16, 17)
    assert age_range(40, date(2026, 6, 1), "2019-01-15") == (32, 33)


def test_age_from_a_date_of_birth_even_a_year_only():
    assert age_range("2003-05-12", date(2026, 6, 1), "2019-01-15") == (15, 15)
    assert age_range("2003", date(2026, 6, 1), "2019-01-15") == (15, 16)
    assert age_range("2003", date(2026, 6, 1), "2019") == (15, 16)
    assert age_range("2020", date(2026, 6, 1), "2019-01-15") is None  # born after the facts: no age


def _case(shipped_corpus, answers: dict) -> dict:
    data = {"schema": "trafficking-case/1", "reference": "", "facts_date": None, "places": [], "summary": "",
            "victims": [{"id": "V1", "age_at_facts": None, "age_doubt": False, "established": [], "excluded": [],
                         "aggravating": []}], "answers": answers}
    return data


def _derive(shipped_corpus, data: dict) -> dict:
    return apply_derived(data, shipped_corpus.checklists, set(shipped_corpus.element_index()),
                         shipped_corpus.aggravating_ids(), today="2026-06-01", name="rp-2019-01")


def test_b05_b07_b09_fill_the_facts_the_memo_needs(shipped_corpus):
    data = _case(shipped_corpus, {
        "B.B05": {"V1": {"value": 24, "at": "2026-06-01T10:00:00"}},
        "B.B07": {"V1": {"value": "Recrutée au marché.", "at": "2026-06-01T10:01:00"}},
        "B.B09": {"V1": {"value": "2019-03", "parts": {"place": "Kayes"}, "at": "2026-06-01T10:02:00"}},
    })
    assert memo_needs(data)["needs"] == ["facts_date"]
    _derive(shipped_corpus, data)
    assert data["facts_date"] == "2019-03-01" and data["places"] == ["Kayes"]
    assert data["summary"] == "V1 : Recrutée au marché." and data["reference"] == "rp-2019-01"
    victim = data["victims"][0]
    assert victim["age_at_facts"] == 16 and victim["age_doubt"] is False  # 24 in 2026: 16 or 17 in 2019
    age = data["derived"]["victims"]["V1"]["age"]
    assert age["method"] == "age_today" and age["range"] == [16, 17] and age["from"] == ["B.B05"]
    assert data["derived"]["facts"]["facts_date"] == {"value": "2019-03-01", "from": ["V1: B.B09"],
                                                      "precision": "month"}
    assert memo_needs(data) == {"needs": [], "wants": []}


def test_a_later_answer_replaces_a_derived_fact_and_a_hand_written_one_stays(shipped_corpus):
    data = _case(shipped_corpus, {"B.B09": {"V1": {"value": "2019-01-15", "at": "2026-06-01T10:00:00"}},
                                  "B.B05": {"V1": {"value": "2003-05-12", "at": "2026-06-01T10:00:00"}}})
    _derive(shipped_corpus, data)
    assert data["facts_date"] == "2019-01-15" and data["victims"][0]["age_at_facts"] == 15
    data["answers"]["B.B09"]["V1"]["value"] = "2018-07-01"
    _derive(shipped_corpus, data)
    assert data["facts_date"] == "2018-07-01" and data["victims"][0]["age_at_facts"] == 15
    data["facts_date"], data["victims"][0]["age_at_facts"] = "2018-06-30", 14  # a person's word (case set)
    data["answers"]["B.B09"]["V1"]["value"] = "2017-01-01"
    _derive(shipped_corpus, data)
    assert data["facts_date"] == "2018-06-30" and data["victims"][0]["age_at_facts"] == 14
    assert data["derived"]["facts"]["facts_date"]["kept"] == "hand"
    del data["answers"]["B.B05"]  # the answer is taken back: what a person wrote still stays
    _derive(shipped_corpus, data)
    assert data["victims"][0]["age_at_facts"] == 14


@pytest.mark.parametrize(("answer", "doubt"), [(25, True), (40, False), ("2004", True)])
def test_age_doubt_when_the_age_at_the_facts_could_fall_either_side(shipped_corpus, answer, doubt):
    data = _case(shipped_corpus, {"B.B09": {"V1": {"value": "2019-01-15", "at": "2026-06-01T10:00:00"}},
                                  "B.B05": {"V1": {"value": answer, "at": "2026-06-01T10:00:00"}}})
    _derive(shipped_corpus, data)
    assert data["victims"][0]["age_doubt"] is doubt
