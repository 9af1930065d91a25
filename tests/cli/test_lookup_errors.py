"""Review 2, defects 6 and 8: a failed lookup says what it knows in citations, with commands, never raw ids,
never from another instrument than the one named, and never drops words of a legal reference."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("ref", ["palerme art 3", "palerme article 3", "palerme art. 3"])
def test_article_words_after_a_fuzzy_instrument(invoke, ref: str) -> None:
    result = invoke("show", ref)
    assert result.exit_code == 0, result.output
    assert result.stdout == invoke("show", "palermo 3").stdout


@pytest.mark.parametrize("ref", [["3", "4"], ["3 99"], ["3 x"], ["art 3a"]])
def test_a_reference_is_never_cut_short(invoke, ref: list[str]) -> None:
    result = invoke("show", *ref)
    assert result.exit_code == 4 and result.stdout == ""
    assert "référence incomplètement reconnue" in result.stderr
    assert "seul « Loi n°2012-023, art. 3 » est connu" in result.stderr
    assert "rien n’est affiché à sa place" in result.stderr
    assert "  • Loi n°2012-023, art. 3 — trafficking show 3\n" in result.stderr


def test_two_articles_are_offered_each_with_its_command(invoke) -> None:
    result = invoke("--lang", "en", "show", "3", "4")
    assert result.stderr.splitlines()[:4] == [
        "Error: reference only partly recognised: '3 4' — only 'Loi n°2012-023, art. 3' is known; the rest names "
        "no subdivision in the corpus, and nothing is shown in its place".replace("Loi n°2012-023", "Law No. 2012-023"),
        "Did you mean:",
        "  • Law No. 2012-023, art. 3 — trafficking show 3",
        "  • Law No. 2012-023, art. 4 — trafficking show 4",
    ]


def test_suggestions_are_citations_with_commands_not_ids(invoke) -> None:
    result = invoke("show", "cp2001 2444")
    assert result.exit_code == 4
    assert "  • Code pénal 2001, art. 244 — trafficking show 'cp2001 244'" in result.stderr
    assert "ml-cp-2001:" not in result.stderr
    assert "Articles connus de Code pénal 2001" in result.stderr


def test_a_miss_in_a_named_instrument_lists_that_instrument(invoke) -> None:
    result = invoke("show", "palerme art 99")
    assert result.exit_code == 4
    assert "Articles connus de Protocole de Palerme" in result.stderr
    assert "Loi n°2012-023" not in result.stderr and "ml-cp-2001" not in result.stderr


def test_code_penal_alone_offers_both_codes_with_their_dates(invoke) -> None:
    result = invoke("show", "code pénal 244")
    assert result.exit_code == 4
    lines = result.stderr.splitlines()
    assert lines[0] == ("Erreur\u00a0: référence ambiguë : 'code pénal 244' peut désigner plusieurs textes ; "
                        "précisez lequel")
    assert lines[1] == ("  • Code pénal 2001 (en vigueur du 2001-08-20 au 2024-12-12) : art. 244 — "
                        "trafficking show 'cp2001 244'")
    assert lines[2] == ("  • Code pénal 2024 (en vigueur depuis le 2024-12-13, sans fin connue) : aucune disposition "
                        "de ce numéro dans le corpus")
    assert "Loi n°2012-023" not in result.stderr


def test_code_penal_alone_in_english(invoke) -> None:
    result = invoke("--lang", "en", "show", "code pénal 244")
    assert "ambiguous reference: 'code pénal 244' may name several texts; say which one" in result.stderr
    assert "Penal Code 2024 (in force since 2024-12-13, no known end): no provision with that number" in result.stderr


def test_subdivisions_are_citations_with_their_commands(invoke) -> None:
    out = invoke("show", "palerme 3").stdout
    assert "un-protocole-traite-2000:art_3__para" not in out
    assert "│ • art. 3(a) — trafficking show 'palermo 3 a'" in out
    for line in [line for line in out.splitlines() if "• art. 3(" in line]:  # each command typed back works
        command = line.split("trafficking show ")[1].strip(" │").strip("'")
        assert invoke("show", command).exit_code == 0, command
    data = __import__("json").loads(invoke("show", "palerme 3", "--json").stdout)
    assert data["children"][0] == "un-protocole-traite-2000:art_3__para_a"  # JSON keeps the ids
    assert data["children_citations"][0]["citation"] == "Protocole de Palerme (traite des personnes), art. 3(a)"


def test_an_article_known_only_by_its_subdivisions_offers_them(invoke) -> None:
    result = invoke("show", "c182 3")
    assert result.exit_code == 4
    assert "trafficking show 'c182 3 a'" in result.stderr and "trafficking show 'c182 3 b-d'" in result.stderr
    assert "Articles connus" not in result.stderr  # no empty list of articles


def test_a_word_naming_two_offences_offers_them_by_name(invoke) -> None:
    result = invoke("elements", "trafic")
    assert result.exit_code == 4
    assert result.stderr.splitlines()[:4] == [
        "Erreur\u00a0: 'trafic' désigne plusieurs infractions ; précisez laquelle",
        "Vouliez-vous dire :",
        "  • Trafic illicite de migrants — trafficking elements trafic_migrants",
        "  • Trafic d’enfant (Code pénal 2001) — trafficking elements trafic_enfant",
    ]


def test_an_unknown_offence_in_english_never_offers_smuggling(invoke) -> None:
    result = invoke("--lang", "en", "elements", "traffiking")
    assert result.exit_code == 4 and "unknown offence: 'traffiking'" in result.stderr
    assert "Migrant smuggling" not in result.stderr and "trafic_migrants" not in result.stderr


def test_search_reads_a_misspelt_instrument_as_show_does(invoke) -> None:
    first = invoke("search", "palerme art 3", tty=False).stdout.splitlines()[0]
    assert first.startswith("un-protocole-traite-2000:art_3\t")


def test_an_instrument_we_do_not_know_is_not_answered_with_another(invoke) -> None:
    """« code du travail 5 » is neither ambiguous between the two penal codes nor a question about Loi 2012-023."""
    result = invoke("show", "code du travail 5")
    assert result.exit_code == 4 and "disposition inconnue" in result.stderr
    assert "ambiguë" not in result.stderr and "Articles connus" not in result.stderr


def test_an_inferred_number_says_probable_in_a_suggestion(invoke) -> None:
    result = invoke("show", "1 z")
    assert "  • Loi n°2012-023, art. 1 (probable) — trafficking show 1" in result.stderr
