"""The reference commands as a user types them: show, elements, law list, validate."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import copy_of_the_data

from trafficking_cli import resources

SHOW_FORMS = {
    "3": "ml-loi-2012-023:art_3",
    "art 3": "ml-loi-2012-023:art_3",
    "art. 3": "ml-loi-2012-023:art_3",
    "article 3": "ml-loi-2012-023:art_3",
    "Art. 7": "ml-loi-2012-023:art_7",
    "ml-loi-2012-023:art_4": "ml-loi-2012-023:art_4",
    "palermo 3": "un-protocole-traite-2000:art_3",
    "protocole 3 a": "un-protocole-traite-2000:art_3__para_a",
    "palermo 3(c)": "un-protocole-traite-2000:art_3__para_c",
    "cp2024 324-12": "ml-cp-2024:art_324-12",
    "cp2001 244": "ml-cp-2001:art_244",
}


@pytest.mark.parametrize(("ref", "expected"), SHOW_FORMS.items())
def test_show_accepts_the_forms_people_type(invoke, ref: str, expected: str) -> None:
    result = invoke("show", ref, "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["id"] == expected


def test_show_json_has_the_contract_keys(invoke) -> None:
    data = json.loads(invoke("show", "3", "--json").stdout)
    for key in ("id", "instrument", "article", "citation", "heading", "text", "text_status",
                "translation_status", "sources", "in_force"):
        assert key in data
    assert set(data["text"]) == {"fr", "en"}
    assert data["text_status"] == "verbatim"
    assert data["translation_status"] == "unofficial"
    assert data["in_force"] == {"from": "2012-07-12", "to": None}
    assert data["sources"] and data["sources"][0]["url"].startswith("https://www.lechallenger.com")


def test_a_paraphrase_is_labelled_and_never_quoted_as_the_law(invoke) -> None:
    result = invoke("show", "7")
    assert result.exit_code == 0
    assert "PARAPHRASE" in result.stdout
    assert "ce ne sont pas les mots de la loi" in result.stdout
    assert "« " not in result.stdout.split("PARAPHRASE")[1].split("Qui parle")[0]


def test_an_inferred_article_number_is_flagged(invoke) -> None:
    result = invoke("show", "1", "--lang", "en")
    assert "article number inferred" in result.stdout
    assert "VERBATIM TEXT" in result.stdout
    assert "unofficial translation (ours)" in result.stdout


def test_a_missing_article_says_so(invoke) -> None:
    result = invoke("show", "5")
    assert result.exit_code == 0
    assert "TEXTE INCONNU" in result.stdout and "manquante" in result.stdout


def test_partial_text_is_marked(invoke) -> None:
    data = json.loads(invoke("show", "4", "--json").stdout)
    assert data["text_status"] == "partial"
    assert "INCOMPLET" in invoke("show", "4").stdout


def test_unknown_ref_suggests_and_exits_non_zero(invoke) -> None:
    result = invoke("show", "article 99")
    assert result.exit_code == 4
    assert "disposition inconnue" in result.stderr
    assert "Traceback" not in result.output


def test_lang_option_works_before_or_after_the_command(invoke) -> None:
    before = invoke("--lang", "en", "show", "3")
    after = invoke("show", "3", "--lang", "en")
    assert before.exit_code == after.exit_code == 0
    assert "Original text (French)" in before.stdout
    assert before.stdout == after.stdout


def test_lang_environment_variable(invoke) -> None:
    assert "Original text" in invoke("show", "3", env={"TRAFFICKING_LANG": "en"}).stdout


def test_elements_traite_json_follows_the_contract(invoke) -> None:
    data = json.loads(invoke("elements", "traite", "--json").stdout)
    assert data["offence"] == "traite"
    categories = {g["category"]: g for g in data["elements"]}
    assert set(categories) == {"act", "means", "purpose"}
    assert categories["means"]["required_for_minors"] is False
    assert [i["id"] for i in categories["act"]["items"]] == [
        "recrutement", "transport", "transfert", "hebergement", "accueil"]
    penalty = data["penalties"][0]
    assert penalty["provision"] == "ml-loi-2012-023:art_7"
    assert (penalty["min_years"], penalty["max_years"], penalty["text_status"]) == (5, 10, "paraphrase")
    assert {a["id"] for a in data["aggravating"]} >= {"deces_victime", "mutilation_victime"}


def test_elements_lists_offences_and_renders_a_table(invoke) -> None:
    listing = json.loads(invoke("elements", "--json").stdout)
    assert {o["id"] for o in listing["offences"]} >= {"traite", "mendicite", "trafic_migrants",
                                                       "trafic_enfant", "esclavage"}
    table = invoke("elements", "traite", "--lang", "en").stdout
    assert "not required for a minor" in table and "recrutement" in table


def test_elements_unknown_offence(invoke) -> None:
    result = invoke("elements", "traitee")
    assert result.exit_code == 4 and "traite" in result.stderr


def test_law_list_counts_what_is_verified(invoke) -> None:
    data = json.loads(invoke("law", "list", "--json").stdout)
    loi = next(i for i in data["instruments"] if i["id"] == "ml-loi-2012-023")
    assert loi["counts"]["verbatim"] >= 2 and loi["counts"]["missing"] >= 3
    assert loi["counts"]["known_article_count"] is None
    assert "Dispositions" in invoke("law", "list").stdout


def test_validate_the_shipped_data(invoke) -> None:
    result = invoke("validate")
    assert result.exit_code == 0, result.stdout
    assert "aucun problème" in result.stdout


@pytest.fixture()
def broken_copy(tmp_path: Path) -> Path:
    copy_of_the_data(tmp_path)
    law = tmp_path / "law" / "ml-loi-2012-023.yaml"
    text = law.read_text(encoding="utf-8")
    law.write_text(text.replace('eid: "art_3"', 'eid: "art_3"\n    eid: "art_3bis"', 1), encoding="utf-8")
    offences = tmp_path / "law" / "offences.yaml"
    offences.write_text(offences.read_text(encoding="utf-8").replace("recrutement", "recrutment", 1),
                        encoding="utf-8")
    return tmp_path


def test_corrupted_copy_gets_file_and_line_errors_not_a_traceback(invoke, broken_copy: Path) -> None:
    result = invoke("validate", "--data-dir", str(broken_copy), "--json")
    assert result.exit_code == 3
    problems = json.loads(result.stdout)["problems"]
    assert any(p["path"].endswith("ml-loi-2012-023.yaml") and p["line"] and "duplicate key" in p["message"]
               for p in problems)
    # A terminal wider than any temporary folder's path: this test is about file and line, not about wrapping
    # (the message names the absolute data folder, so at 120 columns it passed or failed with the path's length).
    shown = invoke("show", "3", "--data-dir", str(broken_copy), env={"COLUMNS": "1000"})
    assert shown.exit_code == 3
    assert "ml-loi-2012-023.yaml" in shown.stderr and "Traceback" not in shown.output


def test_validate_records_come_by_file_then_line_once_each(invoke, broken_copy: Path) -> None:
    law = broken_copy / "law" / "ml-cp-2001.yaml"
    text = law.read_text(encoding="utf-8")
    law.write_text(text.replace("text_status: {fr: verbatim}", "text_status: {fr: verbatum}", 3), encoding="utf-8")
    result = invoke("validate", "--data-dir", str(broken_copy), tty=False, env={"COLUMNS": "1000"})
    assert result.exit_code == 3
    records = result.stdout.splitlines()
    places = [(line.split(":")[0], int(line.split(":")[1])) for line in records]
    assert places == sorted(places) and len(set(records)) == len(records)
    assert sum("verbatum" in line for line in records) == 3 and len(records) == 3 + sum(
        "ml-cp-2001" not in line for line in records)  # each typo once, nothing said about it twice
    assert sum("text_status" in line or "sans statut" in line for line in records) == 3


def test_a_case_problem_is_said_once(invoke) -> None:
    scenario = Path(__file__).resolve().parents[1] / "scenarios" / "invalid" / "victim-without-id.yaml"
    result = invoke("memo", str(scenario), env={"COLUMNS": "1000"})
    assert result.exit_code == 3
    assert result.stderr.count("victims[0].id") == 1 and "autre" not in result.stderr, result.stderr


def test_debug_shows_the_traceback(invoke, broken_copy: Path) -> None:
    result = invoke("--debug", "show", "3", "--data-dir", str(broken_copy))
    assert result.exit_code != 0 and result.exception is not None


def test_help_is_french_by_default(invoke) -> None:
    result = invoke("--help")
    assert result.exit_code == 0 and "show" in result.stdout


def test_unknown_article_lists_the_known_ones_in_the_chosen_language(invoke) -> None:
    result = invoke("show", "palermo 33", "--lang", "en")
    assert result.exit_code == 4
    assert "unknown provision: 'palermo 33'" in result.stderr
    assert "Known articles of Palermo Protocol" in result.stderr and "14" in result.stderr
    french = invoke("show", "art 33")
    assert "Articles connus de Loi n°2012-023 : 1*, 2*, 3, 4, 5*, 6*, 7" in french.stderr


def test_only_the_typed_command_is_loaded() -> None:
    from trafficking_cli.cli.app import COMMAND_MODULES, modules_needed

    assert modules_needed(["--lang", "en", "show", "3"]) == ("law",)
    assert modules_needed(["--lang=en", "search", "art", "7"]) == ("search",)
    assert modules_needed(["memo", "x.yaml", "--help"]) == COMMAND_MODULES
    assert modules_needed(["serch", "x"]) == COMMAND_MODULES  # a typo still gets "did you mean"
    assert modules_needed([]) == COMMAND_MODULES


def test_a_data_folder_without_checklists_is_a_problem(invoke, tmp_path: Path) -> None:
    shutil.copytree(resources.data_root() / "law", tmp_path / "law")
    result = invoke("validate", "--data-dir", str(tmp_path))
    assert result.exit_code == 3
    assert "aucune liste d’audition trouvée" in result.stdout


def test_a_penalty_in_english_shows_the_source_words_and_labels_our_translation(invoke) -> None:
    """Found by the data audit: our English was shown as « verbatim » source text."""
    penalty = json.loads(invoke("elements", "trafic_enfant", "--json", "--lang", "en").stdout)["penalties"][0]
    assert penalty["text_status"] == "verbatim"
    assert penalty["text"].startswith("Sera punie de la réclusion")  # the source's own (French) words
    assert penalty["translation"].startswith("Any person convicted") and penalty["translation_status"] == "unofficial"
    table = invoke("elements", "trafic_enfant", "--lang", "en").stdout
    assert "« Any person" not in table and "[unofficial translation (ours)] Any person" in table


def test_our_descriptive_headings_are_not_passed_off_as_the_laws_titles(invoke) -> None:
    assert json.loads(invoke("show", "3", "--json").stdout)["heading_status"] == "descriptive"
    assert "Intitulé descriptif (le nôtre)" in invoke("show", "3").stdout
    assert json.loads(invoke("show", "palermo 3", "--json").stdout)["heading_status"] == "official"


@pytest.mark.parametrize(("words", "expected"), [
    (["palermo", "3"], "un-protocole-traite-2000:art_3"), (["art", "7"], "ml-loi-2012-023:art_7"),
    (["cp2024", "324-12"], "ml-cp-2024:art_324-12"),
    (["protocole", "3", "a"], "un-protocole-traite-2000:art_3__para_a")])
def test_show_needs_no_quotes(invoke, words: list[str], expected: str) -> None:
    result = invoke("show", *words, "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["id"] == expected


def test_version(invoke) -> None:
    from trafficking_cli import __version__

    result = invoke("--version")
    assert result.exit_code == 0 and f"trafficking-cli {__version__}" in result.stdout
