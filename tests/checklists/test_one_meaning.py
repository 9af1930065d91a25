"""A yes/no question has one meaning (review 2, point 9c): « oui » to B18 meant "I could go out" as well as
"I was locked in", and proposed force. A yes/no item that asks something of the person asks one thing; the
other questions of the sources' wording are parts, recorded as said and feeding nothing."""

from __future__ import annotations

import pytest

from trafficking_cli.checklists.derive import derive, suggested

YES_NO = ("yes_no", "yes_no_unknown")


def test_every_yes_no_question_read_to_the_person_asks_one_thing(shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    double = [i.key for c in shipped_corpus.checklists.values() for i in c.items
              if i.type in YES_NO and i.mode == "ask" and any(i.text.get(lang).count("?") > 1 for lang in ("fr", "en"))]
    assert double == []


def test_confinement_alone_proposes_the_means(shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    b18 = shipped_corpus.checklist("B").item("B18")
    assert "enfermé" in b18.text.fr and "sortir" not in b18.text.fr
    assert suggested(b18, {"value": "yes"}) == ["force", "abus_vulnerabilite"]  # yes = locked in, watched
    # "could you go out alone? — yes" is a part: freedom, and it proposes nothing
    free = {"value": "no", "parts": {"go_out_alone": "yes"}}
    assert suggested(b18, free) == []
    assert "force" not in derive(shipped_corpus.checklists, {"B.B18": free}, "V1").established


@pytest.mark.parametrize(("item", "part", "kept"), [("B22", "family_contact", "téléphone"),
                                                    ("E08", "fear_of_return", "ambassade")])
def test_the_other_double_questions_are_split_too(shipped_corpus, item: str, part: str, kept: str) -> None:  # type: ignore[no-untyped-def]
    found = shipped_corpus.checklist(item[0]).item(item)
    assert kept in found.text.fr and found.text.fr.count("?") == 1
    assert [p.id for p in found.parts] == [part] and found.parts[0].type == "yes_no_unknown"


def test_afraid_to_go_back_is_never_read_as_consent_to_consular_contact(shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    afraid = {"E.E08": {"value": "no", "parts": {"fear_of_return": "yes"}}}
    assert "rapatriement" not in derive(shipped_corpus.checklists, afraid, "V1").protection
