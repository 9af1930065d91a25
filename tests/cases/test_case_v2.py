"""Case files version 2 (contracts §5): suspects with acts, participation, knowledge; procedure; /1 still read."""

from __future__ import annotations

from pathlib import Path

import pytest

from trafficking_cli import cases as case
from trafficking_cli.analysis.analyse import analyse
from trafficking_cli.cases.schema import case_to_data
from trafficking_cli.errors import DataError

HERE = Path(__file__).resolve().parents[1]
INVALID = HERE / "scenarios" / "invalid"

V2_CASE = """schema: trafficking-case/2
reference: "RP 2/0"
facts_date: "2019-01-15"
victims:
  - {id: V1, age_at_facts: 22, established: [recrutement]}
  - {id: V2, age_at_facts: 30, excluded: [transport]}
suspects:
  - id: S1
    kind: person
    role: recruteuse
    participation: coauteur
    with: [S2]
    knowledge: known
    denies: true
    acts:
      - {element: recrutement, victims: [V1, V2], from: "2019-01-15", to: null, place: "Lagos", stage: consomme}
      - {element: tromperie, victims: [V1]}
  - id: S2
    kind: legal_person
    participation: tentative
    acts:
      - {element: transport, victims: [V2], from: "2019-01-20", to: "2019-01-22"}
evidence:
  - {id: E1, kind: testimony, supports: [V1.recrutement, S1.recrutement]}
procedure:
  first_act_date: "2019-02-01"
"""


def _load(tmp_path: Path, text: str, corpus):  # type: ignore[no-untyped-def]
    path = tmp_path / "case.yaml"
    path.write_text(text, encoding="utf-8")
    return case.load_case(path, corpus)


def test_a_v2_case_reads_suspects_acts_and_procedure(tmp_path: Path, shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    loaded = _load(tmp_path, V2_CASE, shipped_corpus)
    s1, s2 = loaded.suspects
    assert (s1.kind, s1.participation, s1.partners, s1.knowledge, s1.denies) == (
        "person", "coauteur", ("S2",), "known", True)
    assert s1.acts[0].victims == ("V1", "V2") and s1.acts[0].start == "2019-01-15" and s1.acts[0].place == "Lagos"
    assert s1.acts[1].stage == "consomme" and s1.acts[1].start is None
    # a legacy "participation: tentative" reads as an auteur whose every act was attempted
    assert s2.kind == "legal_person" and s2.participation == "auteur"
    assert [a.stage for a in s2.acts] == ["tentative"]
    assert s1.knowledge == "known" and s2.knowledge == "unknown"
    assert loaded.procedure.first_act_date == "2019-02-01"
    assert loaded.evidence[0].supports == ("V1.recrutement", "S1.recrutement")


def test_a_victims_facts_are_the_union_of_established_and_acts(tmp_path: Path, shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    loaded = _load(tmp_path, V2_CASE, shipped_corpus)
    assert loaded.victim_facts("V1") == ("recrutement", "tromperie")
    # V2's excluded transport stays out (the file contradicts itself: a warning, not a fact)
    assert loaded.victim_facts("V2") == ("recrutement",)
    kinds = {(k, v, e) for k, v, e, _s in loaded.fact_mismatches()}
    assert ("act_not_established", "V1", "tromperie") in kinds
    assert ("act_excluded", "V2", "transport") in kinds
    assert ("act_not_established", "V1", "recrutement") not in kinds


def test_mismatches_are_warnings_in_both_languages(tmp_path: Path, shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    result = analyse(_load(tmp_path, V2_CASE, shipped_corpus), shipped_corpus, date(2026, 1, 1))
    keys = {w.key for w in result.warnings}
    assert {"warning.mismatch.act_not_established", "warning.mismatch.act_excluded"} <= keys
    said = [w.render("fr") for w in result.warnings] + [w.render("en") for w in result.warnings]
    assert any("contradictoire" in s and "S2" in s for s in said)
    assert any("is not in V1's established facts" in s for s in said)


def test_a_v1_file_keeps_loading_with_nothing_attributed(shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    loaded = case.load_case(HERE / "scenarios" / "kayes.yaml", shipped_corpus)
    assert loaded.schema == "trafficking-case/1"
    assert all(s.participation == "auteur" and not s.acts for s in loaded.suspects)
    assert loaded.fact_mismatches() == []
    assert loaded.procedure.first_act_date is None


def test_saving_writes_v2_and_reads_back_the_same(tmp_path: Path, shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    from trafficking_cli.cases.template import render_case

    loaded = _load(tmp_path, V2_CASE, shipped_corpus)
    data = case_to_data(loaded)
    assert data["schema"] == "trafficking-case/2"
    again = _load(tmp_path, render_case(data), shipped_corpus)
    assert again.suspects == loaded.suspects and again.procedure == loaded.procedure


INVALID_V2 = [
    ("act-unknown-victim.yaml", 10, "suspects[0](S1).acts[0].victims", "no victim 'V7'", "aucune victime 'V7'"),
    ("act-unknown-element.yaml", 10, "suspects[0](S1).acts[0].element", "unknown element 'recrutment'",
     "élément inconnu 'recrutment'"),
    ("bad-participation.yaml", 9, "suspects[0](S1).participation", "invalid value 'instigateur'",
     "valeur invalide 'instigateur'"),
    ("bad-participation.yaml", 12, "suspects[1](S2).with", "'S9': no other suspect", "'S9' : aucun autre suspect"),
    ("act-period-reversed.yaml", 10, "suspects[0](S1).acts[0].to", "ends (2019-02-01) before it starts (2019-06-01)",
     "se termine (2019-02-01) avant de commencer (2019-06-01)"),
    ("act-period-reversed.yaml", 12, "evidence[0].supports", "no suspect 'S3'", "aucun suspect 'S3'"),
]


@pytest.mark.parametrize(("name", "line", "key", "en", "fr"), INVALID_V2, ids=[f"{i[0]}-{i[1]}" for i in INVALID_V2])
def test_a_bad_v2_file_names_file_line_and_key(name: str, line: int, key: str, en: str, fr: str,
                                               shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(DataError) as caught:
        case.load_case(INVALID / name, shipped_corpus)
    found = [p for p in caught.value.problems if p.key == key]
    assert found, [str(p) for p in caught.value.problems]
    problem = found[0]
    assert problem.path.endswith(name) and problem.line == line
    assert en in problem.text("en") and fr in problem.text("fr")


def test_a_period_ending_before_it_starts_is_refused_for_the_facts_too(tmp_path: Path, shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    text = 'schema: trafficking-case/2\nfacts_date: "2019-06-01"\nfacts_end_date: "2019-01-01"\nvictims: []\n'
    with pytest.raises(DataError) as caught:
        _load(tmp_path, text, shipped_corpus)
    assert any(p.key == "facts_end_date" and p.line == 3 for p in caught.value.problems)
