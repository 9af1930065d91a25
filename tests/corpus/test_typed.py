"""Lookups forgive what people type: case, accents, names in either language, spacing."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("typed", "offence"), [
    ("traite", "traite"), ("Traite", "traite"), ("mendicité", "mendicite"), ("MENDICITE", "mendicite"),
    ("traite des personnes", "traite"), ("Traite des personnes", "traite"), ("begging", "mendicite"),
    ("trafic illicite de migrants", "trafic_migrants"), ("migrant smuggling", "trafic_migrants"),
    ("trafic-enfant", "trafic_enfant"), ("slave trade", "traite_esclaves"),
])
def test_an_offence_by_what_people_type(shipped_corpus, typed: str, offence: str) -> None:
    assert shipped_corpus.offence(typed).id == offence


def test_trafficking_is_a_question_back_and_never_smuggling(shipped_corpus) -> None:
    from trafficking_cli.errors import UnknownIdError

    with pytest.raises(UnknownIdError) as caught:
        shipped_corpus.offence("trafficking")
    assert caught.value.suggestions == ["traite", "trafic_enfant"]
    assert "trafic_migrants" not in caught.value.suggestions


@pytest.mark.parametrize(("typed", "provision"), [
    ("art3", "ml-loi-2012-023:art_3"), ("Art. 3", "ml-loi-2012-023:art_3"), ("3", "ml-loi-2012-023:art_3"),
    ("palerme 3", "un-protocole-traite-2000:art_3"), ("palermo 3", "un-protocole-traite-2000:art_3"),
])
def test_a_provision_by_what_people_type(shipped_corpus, typed: str, provision: str) -> None:
    assert shipped_corpus.resolve(typed).id == provision


@pytest.mark.parametrize("args", [["elements", "mendicité"], ["elements", "Traite"],
                                  ["elements", "traite des personnes"], ["elements", "begging", "--lang", "en"],
                                  ["show", "palerme 3"], ["show", "art3"]])
def test_forgiving_lookups_through_the_command_line(invoke, args: list[str]) -> None:
    result = invoke(*args)
    assert result.exit_code == 0, result.output


def test_elements_trafficking_does_not_suggest_smuggling(invoke) -> None:
    result = invoke("elements", "trafficking")
    assert result.exit_code == 4
    assert "traite, trafic_enfant" in result.stderr and "trafic_migrants" not in result.stderr
