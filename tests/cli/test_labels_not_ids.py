"""Review 2, defect 6: human output names facts by their labels, as the memo does; ids stay in the JSON."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

SCENARIOS = Path(__file__).resolve().parents[1] / "scenarios"
SNAKE_ID = re.compile(r"\b[a-z0-9]+(?:_[a-z0-9]+)+\b")  # organise_mendicite, agent_public…


def test_case_show_names_facts_and_evidence_in_words(invoke) -> None:
    result = invoke("case", "show", str(SCENARIOS / "talibes.yaml"), env={"COLUMNS": "400"})  # no cell wraps
    assert result.exit_code == 0, result.output
    out = " ".join(result.stdout.split())
    assert ("Faits relevés (allégués) : l’accueil ; l’hébergement ; organise ou exploite la mendicité d’une "
            "personne") in out
    assert "témoignage" in out and "preuve matérielle" in out
    assert "testimony" not in out and "physical" not in out
    assert "V1 : l’accueil ; exerce sur une personne une pression pour qu’elle mendie" in out
    assert not SNAKE_ID.findall(out), SNAKE_ID.findall(out)
    assert "V1.accueil" not in out


def test_case_show_in_english(invoke) -> None:
    shown = invoke("--lang", "en", "case", "show", str(SCENARIOS / "talibes.yaml"), env={"COLUMNS": "400"})
    out = " ".join(shown.stdout.split())
    assert "Facts recorded (alleged): receipt; harbouring;" in out.replace(" :", ":")
    assert "physical evidence" in out and "V1: receipt;" in out
    assert "Established" not in out


def test_case_show_json_keeps_the_ids_and_adds_the_labels(invoke) -> None:
    view = json.loads(invoke("case", "show", str(SCENARIOS / "talibes.yaml"), "--json").stdout)
    assert view["victims"][0]["established"][0]["id"] == "accueil"
    assert view["evidence"][0]["kind"] == "testimony" and "V1.accueil" in view["evidence"][0]["supports"]
    assert view["labels"]["hebergement"] == {"fr": "l’hébergement", "en": "harbouring"}


def test_an_unverified_aggravation_carries_the_memos_caveat(invoke) -> None:
    out = " ".join(invoke("case", "show", str(SCENARIOS / "deces.yaml")).stdout.split())
    assert "Aggravantes : Les faits ont entraîné la mort de la victime — NON VÉRIFIÉE dans le texte malien" in out
    memo = invoke("memo", str(SCENARIOS / "deces.yaml"), "--format", "md").stdout
    assert "NON VÉRIFIÉE dans le texte malien" in memo  # the same words as the memo's


def test_a_caveat_names_the_offences_when_only_some_verify(shipped_corpus) -> None:
    from trafficking_cli.corpus.labels import aggravation_caveat

    caveat = aggravation_caveat(shipped_corpus, "victime_moins_15_ans")  # verified for CP 2001 art. 242 only
    assert caveat is not None
    assert caveat.render("fr") == "NON VÉRIFIÉE dans le texte malien pour : Traite des personnes"
    assert caveat.render("en") == "NOT VERIFIED in the Malian text for: Trafficking in persons"
    assert aggravation_caveat(shipped_corpus, "deces_victime").render("fr") == "NON VÉRIFIÉE dans le texte malien"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_interview_summary_names_facts_and_aggravations(invoke, tmp_path, lang: str) -> None:
    env = {"TRAFFICKING_HOME": str(tmp_path / "home"), "TRAFFICKING_PASSPHRASE": None}
    (tmp_path / "a.yaml").write_text("A01: yes\nA06: no\nA08: no\nA16: yes\nA17: yes\nA18: oral\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text("B05: 34\nB16: yes\nB28: [domestic_work]\nB37: 3\nB38: yes\nB08: stranger\n",
                                     encoding="utf-8")
    first = invoke("checklist", "run", "A", "--case", "t1", "--new", "--answers", str(tmp_path / "a.yaml"), env=env)
    assert first.exit_code == 0, first.output
    result = invoke("--lang", lang, "checklist", "run", "B", "--case", "t1", "--answers", str(tmp_path / "b.yaml"),
                    env=env)
    assert result.exit_code == 0, result.output
    out = " ".join(result.stdout.split())
    if lang == "fr":
        assert "Faits relevés (allégués) : le recrutement ; le travail forcé" in out
        assert ("Aggravantes : Pluralité de victimes (candidate, non vérifiée) — NON VÉRIFIÉE dans le texte malien ; "
                "Implication d’un agent public (candidate, non vérifiée) — NON VÉRIFIÉE dans le texte malien") in out
    else:
        assert "Facts recorded (alleged): recruitment; forced labour" in out.replace(" :", ":")
        assert "Multiple victims (candidate, unverified) — NOT VERIFIED in the Malian text" in out
    assert "victimes_multiples" not in out and "agent_public" not in out and "travail_force" not in out
    assert "Établis" not in out and "Established" not in out  # the victim's word, not proof (review 3, 4a)


def test_checklist_show_says_types_and_uses_in_words(invoke) -> None:
    out = invoke("checklist", "show", "B", env={"COLUMNS": "300"}).stdout
    assert "B02 [à lire · oui/non]" in out and "[à lire · yes_no]" not in out
    assert "→ = ce à quoi la réponse sert" in out  # the legend says what the arrow means
    assert "→ sert à : protection de la victime" in out and "→ PROT" not in out
    assert ("→ sert à : circonstances aggravantes, procédure · aggravante : Implication d’un agent public "
            "(candidate, non vérifiée)") in out
    assert "relève : le recours à la menace" in out and "MEANS" not in out
    assert not {"ACT", "AGGR", "PROC", "PURPOSE", "MINOR"} & set(re.findall(r"\b[A-Z]{3,}\b", out))


def test_checklist_show_in_english(invoke) -> None:
    out = invoke("--lang", "en", "checklist", "show", "B", env={"COLUMNS": "300"}).stdout
    assert "B02 [ask · yes/no]" in out and "→ used for: victim protection" in out
    assert "records: resort to threat" in out


def test_checklist_show_json_keeps_the_codes(invoke) -> None:
    items = {i["id"]: i for i in json.loads(invoke("checklist", "show", "B", "--json").stdout)["items"]}
    assert items["B02"]["type"] == "yes_no" and items["B38"]["feeds"]["tags"] == ["AGGR", "PROC"]


def test_conflicting_answers_are_named_by_their_labels(invoke) -> None:
    """The « réponses contradictoires » line names the facts as the memo does (its view carries the labels)."""
    from rich.console import Console

    from trafficking_cli.cli.ui.case import render_case

    view = json.loads(invoke("case", "show", str(SCENARIOS / "talibes.yaml"), "--json").stdout)
    view["victims"][0]["conflicts"] = ["hebergement", "un_fait_inconnu"]
    console = Console(width=200, record=True, color_system=None)
    render_case(console, view, "fr")
    out = console.export_text()
    assert "réponses contradictoires sur : l’hébergement ; un_fait_inconnu (ni relevés ni écartés)" in out
