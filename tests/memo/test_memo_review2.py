"""Review 2, defects 9 and 11: what the memo says must not mislead in a real workflow (headings, proof per
suspect against per victim, drafting French, the limitation source, derived text in the reader's language)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from trafficking_cli import cases, memo
from trafficking_cli.analysis.analyse import analyse
from trafficking_cli.structs import replace

CASES = Path(__file__).parent / "cases"
TODAY = date(2025, 3, 1)


def _built(corpus, lang: str = "fr", name: str = "coaccuses", drafts: bool = False, **changes):  # type: ignore[no-untyped-def]
    case = cases.load_case(CASES / f"{name}.yaml", corpus)
    analysis = analyse(replace(case, **changes) if changes else case, corpus, TODAY)
    return memo.build_memo(analysis, corpus, lang, drafts=drafts)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_suspect_without_description_has_no_double_dash_in_its_heading(lang: str, shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    case = cases.load_case(CASES / "coaccuses.yaml", shipped_corpus)
    bare = tuple(replace(s, role="") for s in case.suspects)
    text = memo.render_markdown(memo.build_memo(analyse(replace(case, suspects=bare), shipped_corpus, TODAY),
                                                shipped_corpus, lang))
    kind = "personne physique" if lang == "fr" else "natural person"
    assert f"### 4.1 S1 ({kind}" in text
    assert "— —" not in text
    described = memo.render_markdown(_built(shipped_corpus, lang))
    assert "### 4.1 S1 — recruteuse (" in described


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_limitation_figure_cites_its_source_and_status_never_a_research_file(lang: str, shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    text = memo.render_markdown(_built(shipped_corpus, lang))
    line = next(x for x in text.splitlines() if "15 " in x and ("Prescription" in x or "Limitation" in x))
    assert "framework" not in line and "§3.5" not in line
    assert "malibuzz.tv" in line  # the press explainer the 15-year figure rests on (sources/framework.md §3.5, [S])
    assert ("source secondaire" if lang == "fr" else "secondary source") in line


CHILD_CASE = """schema: trafficking-case/2
reference: RP-ENFANT
facts_date: "2020-01-01"
victims:
  - {id: V1, age_at_facts: 12, established: [recrutement, transport, travail_force]}
suspects:
  - {id: S1}
evidence: []
"""


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_child_case_is_told_where_acts_are_attributed_not_to_run_list_b(lang: str, invoke, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "enfant.yaml"
    path.write_text(CHILD_CASE, encoding="utf-8")
    shown = " ".join(invoke("--lang", lang, "case", "show", str(path), env={"COLUMNS": "400"}).output.split())
    assert "case edit" in shown and "suspects[].acts" in shown
    assert ("jamais posée" if lang == "fr" else "never put checklist B") in shown
    memo_text = " ".join(invoke("--lang", lang, "memo", str(path), "--format", "md").output.split())
    assert "suspects[].acts" in memo_text and "case edit" in memo_text
    adult = tmp_path / "adulte.yaml"
    adult.write_text(CHILD_CASE.replace("age_at_facts: 12", "age_at_facts: 30"), encoding="utf-8")
    shown = " ".join(invoke("--lang", lang, "case", "show", str(adult), env={"COLUMNS": "400"}).output.split())
    assert "case edit" not in shown and ("liste B" if lang == "fr" else "checklist B") in shown


@pytest.mark.parametrize("written", ["fr", "en"])
def test_derived_evidence_is_said_in_the_readers_language_whatever_wrote_the_file(written: str, invoke,
                                                                                   tmp_path) -> None:  # type: ignore[no-untyped-def]
    home = {"TRAFFICKING_HOME": str(tmp_path / "home")}
    a, b, d = tmp_path / "a.yaml", tmp_path / "b.yaml", tmp_path / "d.yaml"
    a.write_text("A01: yes\nA06: no\nA08: no\nA16: yes\nA17: yes\nA18: oral\n", encoding="utf-8")
    b.write_text('B05: 30\nB08: agent\nB09: "2019-01-15"\nB28: [domestic_work]\n', encoding="utf-8")
    d.write_text('D04: "billets de car Kayes-Bamako"\n', encoding="utf-8")
    for checklist, answers in (("A", a), ("B", b), ("D", d)):
        done = invoke("--lang", written, "checklist", "run", checklist, "--case", "rp-l", "--answers", str(answers),
                      "--new", env=home)
        assert done.exit_code == 0, done.output
    french, english = "Déclarations de V1, liste B", "Statements of V1, checklist B"
    for lang, said, never in (("fr", french, english), ("en", english, french)):
        shown = invoke("--lang", lang, "case", "show", "rp-l", "--json", env=home).output
        memo_text = invoke("--lang", lang, "memo", "rp-l", "--format", "md", env=home).output
        for text in (shown, memo_text):
            assert said in text and never not in text
            assert ("Preuves du transport" if lang == "fr" else "Transport evidence") in text
            assert "billets de car Kayes-Bamako" in text  # the answer itself is the person's words, as given


REVIEWED_FLOW = """schema: trafficking-case/2
reference: RP-ADULTE
facts_date: "2019-01-15"
victims:
  - {id: V1, age_at_facts: 22, established: [recrutement, violence, travail_force]}
suspects:
  - id: S1
    knowledge: known
    acts:
      - {element: recrutement, victims: [V1]}
      - {element: tromperie, victims: [V1]}
      - {element: travail_force, victims: [V1]}
evidence:
  - {id: E1, kind: testimony, description: "Audition de V1", supports: [V1.recrutement, V1.violence, V1.travail_force]}
"""


def _memo_of(text: str, corpus, tmp_path, lang: str = "fr"):  # type: ignore[no-untyped-def]
    path = tmp_path / "case.yaml"
    path.write_text(text, encoding="utf-8")
    return memo.build_memo(analyse(cases.load_case(path, corpus), corpus, TODAY), corpus, lang)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_suspects_proof_weaker_than_the_victims_is_said_and_explained(lang: str, shipped_corpus, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The reviewer's case (A → B, B36S): the victim's means (violence) rests on her statement, but nothing in the
    file says who used it; S1's own means (deception) rests on no exhibit. Both proofs are true; the memo says
    which is which instead of contradicting itself."""
    built = _memo_of(REVIEWED_FLOW, shipped_corpus, tmp_path, lang)
    [victims_charge] = [c for c in built.charges if c.offence == "traite"]
    [s1] = built.per_suspect.suspects
    assert (victims_charge.proof, s1.charges[0].proof) == ("single", "none")
    text = " ".join(memo.render_markdown(built).split())
    if lang == "fr":
        assert "Cette preuve est celle des faits subis par V1, quel qu’en soit l’auteur" in text
        assert "(S1 : aucune pièce)" in text
        assert "Aucune pièce n’étaye, pour ce suspect : Moyen (la tromperie)." in text
        assert "La preuve est celle des actes du suspect" in text
    else:
        assert "This proof is that of the facts V1 suffered, whoever did them" in text and "(S1: no exhibit)" in text
        assert "No exhibit supports, for this suspect: Means (deception)." in text
    # once an exhibit supports S1's deception, both proofs agree and nothing needs explaining
    proven = REVIEWED_FLOW.replace("V1.travail_force]}", "V1.travail_force, S1.tromperie]}")
    again = _memo_of(proven, shipped_corpus, tmp_path, lang)
    assert again.per_suspect.suspects[0].charges[0].proof == "single"
    assert "quel qu’en soit l’auteur" not in memo.render_markdown(again)
    assert not again.per_suspect.suspects[0].charges[0].unproven


CHILD_TRAFFIC = """schema: trafficking-case/2
reference: RP-244
facts_date: "2018-05-01"
victims:
  - {id: V1, age_at_facts: 12, established: [transport, valeur_marchande]}
suspects:
  - id: S1
    knowledge: known
    acts:
      - {element: transport, victims: [V1]}
evidence:
  - {id: E1, kind: document, description: "Billets de car", supports: [S1.transport, V1.valeur_marchande]}
  - {id: E2, kind: document, description: "Acte de naissance", supports: [V1.age]}
"""


def test_the_age_exhibit_counts_for_a_suspects_child_trafficking_charge_as_for_the_victims(
        shipped_corpus, tmp_path) -> None:  # type: ignore[no-untyped-def]
    built = _memo_of(CHILD_TRAFFIC, shipped_corpus, tmp_path)
    victims = {c.offence: c.proof for c in built.charges}
    suspects = {c.offence: c.proof for c in built.per_suspect.suspects[0].charges}
    assert victims["trafic_enfant"] == suspects["trafic_enfant"] == "single"  # E2 proves the minority for both
