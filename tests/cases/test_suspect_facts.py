"""B36S and D18–D21 feed suspects[].acts, participation, kind, knowledge, denies (contracts §5), hand wins."""

from __future__ import annotations

from trafficking_cli.cases.derived import apply_derived
from trafficking_cli.cases.schema import case_from_data

AT = "2026-06-01T10:00:00"


def _case(answers: dict, suspects: list | None = None) -> dict:
    return {"schema": "trafficking-case/2", "reference": "rp", "facts_date": None, "places": [], "summary": "",
            "victims": [{"id": "V1", "age_at_facts": None, "age_doubt": False, "established": [], "excluded": [],
                         "aggravating": []},
                        {"id": "V2", "age_at_facts": None, "age_doubt": False, "established": [], "excluded": [],
                         "aggravating": []}],
            "suspects": suspects if suspects is not None else [], "answers": answers}


def _derive(corpus, data: dict) -> dict:
    apply_derived(data, corpus.checklists, set(corpus.element_index()), corpus.aggravating_ids(), today="2026-06-01")
    case_from_data(data, "t.yaml", corpus.element_index(), corpus.aggravating_ids(), draft=True)  # the memo reads it
    return data


def test_acts_per_suspect_with_the_victims_date_and_place(shipped_corpus):
    data = _case({
        "B.B09": {"V1": {"value": "2019-03", "parts": {"place": "Kayes"}, "at": AT},
                  "V2": {"value": "2019-03", "parts": {"place": "Kayes"}, "at": AT}},
        "B.B36S": {"V1": {"value": {"S1": ["recrutement", "tromperie"], "S2": ["hebergement"]}, "at": AT},
                   "V2": {"value": {"S1": ["recrutement"]}, "at": AT}},
        "D.D18": {"V1": {"value": {"S1": "auteur", "S2": "complice"}, "at": AT}},
        "D.D19": {"V1": {"value": {"S2": "legal_person"}, "at": AT}},
        "D.D20": {"V1": {"value": {"S1": "known"}, "at": AT}},
        "D.D21": {"V1": {"value": {"S1": "denies", "S2": "silent"}, "at": AT}},
    })
    _derive(shipped_corpus, data)
    s1, s2 = data["suspects"]
    assert s1["acts"][0] == {"element": "recrutement", "victims": ["V1", "V2"], "from": "2019-03-01",
                             "place": "Kayes", "stage": "consomme"}
    assert [a["element"] for a in s1["acts"]] == ["recrutement", "tromperie"]
    assert (s1["participation"], s1["knowledge"], s1["denies"]) == ("auteur", "known", True)
    assert (s2["participation"], s2["kind"], "denies" in s2) == ("complice", "legal_person", False)


def test_what_a_person_wrote_stays_and_a_later_answer_replaces_the_derived(shipped_corpus):
    hand = {"element": "transport", "victims": ["V1"]}
    data = _case({"B.B36S": {"V1": {"value": {"S1": ["recrutement"]}, "at": AT}},
                  "D.D18": {"V1": {"value": {"S1": "coauteur"}, "at": AT}}},
                 suspects=[{"id": "S1", "role": "", "participation": "auteur", "acts": [hand]}])
    _derive(shipped_corpus, data)
    assert [a["element"] for a in data["suspects"][0]["acts"]] == ["transport", "recrutement"]
    assert data["suspects"][0]["participation"] == "coauteur"  # the template's default is no one's choice
    data["answers"]["B.B36S"]["V1"]["value"] = {"S1": ["accueil"]}
    data["suspects"][0]["participation"] = "complice"  # a person's word
    data["answers"]["D.D18"]["V1"]["value"] = {"S1": "auteur"}
    _derive(shipped_corpus, data)
    assert [a["element"] for a in data["suspects"][0]["acts"]] == ["transport", "accueil"]
    assert data["suspects"][0]["participation"] == "complice"


def test_a_suspect_only_the_answers_created_goes_when_they_go(shipped_corpus):
    data = _case({"B.B36S": {"V1": {"value": {"S3": ["transport"]}, "at": AT}}})
    _derive(shipped_corpus, data)
    assert [s["id"] for s in data["suspects"]] == ["S3"]
    del data["answers"]["B.B36S"]
    _derive(shipped_corpus, data)
    assert data["suspects"] == []


def test_typed_per_suspect_answers(shipped_corpus):
    from trafficking_cli.checklists.answers import AnswerError, parse_input

    item = shipped_corpus.checklist("B").item("B36S")
    assert parse_input(item, "S1: 1,2 ; s2: hebergement").value == {"S1": ["recrutement", "transport"],
                                                                     "S2": ["hebergement"]}
    for bad in ("Awa: 1", "S1 1", "S1: 99"):
        try:
            parse_input(item, bad)
        except AnswerError:
            continue
        raise AssertionError(bad)
