"""``trafficking search`` as a user types it, on the shipped law, in French and in English."""

from __future__ import annotations

import json

import pytest


def search_json(invoke, *args: str) -> dict:
    result = invoke("search", *args, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_a_ranked_table_in_french(invoke) -> None:
    result = invoke("search", "mendicité")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "résultat(s) pour « mendicité »" in out
    assert "Loi n°2012-023, art. 3" in out and "ml-loi-2012-023:art_3" in out
    assert out.index("ml-loi-2012-023:art_3") < out.index("ml-cp-2001:art_183")
    assert "verbatim" in out and "LISTE (pas la loi)" in out
    assert "\x1b[" not in out  # no colour codes when not a terminal


def test_english_messages_with_lang_en(invoke) -> None:
    out = invoke("search", "forced", "begging", "--lang", "en").stdout
    assert "result(s) for “forced begging”" in out
    assert "Law No. 2012-023, art. 3" in out and "(unofficial translation)" in out


def test_unquoted_words_are_one_query(invoke) -> None:
    assert search_json(invoke, "traite", "des", "personnes")["query"] == "traite des personnes"


def test_json_is_the_contract(invoke) -> None:
    data = search_json(invoke, "mendicite")
    assert list(data)[:4] == ["query", "total", "suggestion", "results"]
    assert (data["query"], data["suggestion"]) == ("mendicite", None)
    first = data["results"][0]
    assert {k: first[k] for k in ("id", "instrument", "article", "citation", "text_status")} == {
        "id": "ml-loi-2012-023:art_3", "instrument": "ml-loi-2012-023", "article": "3",
        "citation": "Loi n°2012-023, art. 3", "text_status": "verbatim"}
    assert first["heading"] and "mendicité" in first["snippet"] and first["score"] > 0


def test_a_misspelling_gets_results_and_did_you_mean(invoke) -> None:
    data = search_json(invoke, "esclavge")
    assert data["suggestion"] == "esclavage" and data["results"][0]["id"] == "ml-cp-2024:art_324-12"
    out = invoke("search", "mendicitée").stdout
    assert "Vouliez-vous dire : « mendicité » ?" in out
    assert "Did you mean: “trafficking”?" in invoke("search", "traffiking", "--lang", "en").stdout


@pytest.mark.parametrize(("ref", "expected"), [("art 7", "ml-loi-2012-023:art_7"),
                                               ("article 3", "ml-loi-2012-023:art_3"),
                                               ("palermo 3", "un-protocole-traite-2000:art_3")])
def test_a_reference_goes_straight_to_the_provision(invoke, ref, expected) -> None:
    first = search_json(invoke, ref)["results"][0]
    assert (first["id"], first["match"]) == (expected, "reference")


def test_instrument_filter_and_limit(invoke) -> None:
    data = search_json(invoke, "traite", "--instrument", "palermo", "--limit", "2")
    assert len(data["results"]) == 2 and data["total"] > 2
    assert {r["instrument"] for r in data["results"]} == {"un-protocole-traite-2000"}
    items = search_json(invoke, "interprète", "-i", "A")["results"]
    assert items and all(r["kind"] == "checklist_item" and r["checklist"] == "A" for r in items)


def test_an_unknown_instrument_is_one_line_with_suggestions(invoke) -> None:
    result = invoke("search", "traite", "--instrument", "varsovie")
    assert result.exit_code == 4
    assert "texte ou liste inconnu : 'varsovie'" in result.stderr and "Traceback" not in result.output


def test_the_instrument_filter_forgives_as_show_does(invoke) -> None:
    """Review 2, defect 8: `-i palerme` is the Palermo Protocol, as in `show "palerme 3"`."""
    assert invoke("search", "traite", "-i", "palerme").stdout == invoke("search", "traite", "-i", "palermo").stdout
    ambiguous = invoke("search", "traite", "-i", "code pénal")
    assert ambiguous.exit_code == 4
    assert "Code pénal 2001 (en vigueur du 2001-08-20 au 2024-12-12) — cp2001" in ambiguous.stderr
    assert "Code pénal 2024 (en vigueur depuis le 2024-12-13, sans fin connue) — cp2024" in ambiguous.stderr


ODD = ["", "*", "AND", "(", ")", "[1 TO", "{", "\\", "^", "'", "\"unbalanced", "foo:bar", "🙂", "😀 traite",
       "la", "l'enfant", "art. 7", "loi n°2012-023", "mendic*", "a" * 5000, "traite " * 800, "-x", "--"]


@pytest.mark.parametrize("query", ODD, ids=range(len(ODD)))
def test_odd_input_never_gives_a_traceback(invoke, query) -> None:
    result = invoke("search", "--", query) if query.startswith("-") else invoke("search", query)
    assert result.exit_code in (0, 2), result.output
    assert "Traceback" not in result.output and "Error" not in result.stdout
    if result.exit_code == 2:
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_empty_query_explains_in_one_line(invoke) -> None:
    result = invoke("search", "")
    assert result.exit_code == 2
    assert result.stderr.strip() == ("Erreur\u00a0: rien à chercher : tapez un ou plusieurs mots, p. ex. "
                                     "trafficking search mendicité")
    english = invoke("search", "*", "--lang", "en")
    assert english.stderr.strip().startswith("Error: “*” alone searches nothing")


def test_an_unknown_option_is_an_error_not_a_word(invoke) -> None:
    """A script that mistypes --json must fail, not silently get a table of results for « --jsno »."""
    result = invoke("search", "mendicite", "--jsno")
    assert result.exit_code == 2 and result.stdout == ""
    assert "option inconnue : --jsno. Vouliez-vous dire : --json ?" in result.stderr


def test_a_word_that_starts_with_a_dash_goes_after_double_dash(invoke) -> None:
    result = invoke("search", "--", "-x")
    assert result.exit_code == 0 and "Aucun résultat pour « -x »" in result.stdout


def test_help_has_an_example(invoke) -> None:
    out = " ".join(invoke("search", "--help").stdout.split())
    assert "Ex. : trafficking search mendicité" in out and "--instrument" in out and "--limit" in out
