"""The ``--draft`` charging wording reads as correct French and English for every offence, act, purpose and
text (review 2, point 9e): « aux fins de servitude et de travail forcé », never « aux fins de la servitude et
le travail forcé »; « prévus et punis par les articles 1 (numéro probable) et 7 de la loi n°2012-023 », never
« par Loi n°2012-023, art. 1 (probable) »; an international text never « punishes »."""

from __future__ import annotations

import dataclasses
import json
import re
from datetime import date
from pathlib import Path

import pytest

from trafficking_cli import cases, memo
from trafficking_cli.analysis.analyse import analyse
from trafficking_cli.analysis.suspect_model import SuspectCharge
from trafficking_cli.i18n import has
from trafficking_cli.memo.build import _Builder
from trafficking_cli.memo.drafting import charging_wording
from trafficking_cli.structs import replace

TESTS = Path(__file__).parents[1]
FILES = sorted([*(TESTS / "scenarios").glob("*.yaml"), *(TESTS / "memo" / "cases").glob("*.yaml")])
SNAKE = re.compile(r"\b[a-z0-9]+(?:_[a-z0-9]+)+\b")
BAD = {"fr": ("aux fins de le ", "aux fins de la ", "aux fins de l’", "aux fins de les ", "aux fins de afin",
              "aux fins de en vue", " et le travail", "par Loi", "par Code", "(probable)", "Protocole", "tenté de d’",
              "qualifiés de « E", "de de "),
       "en": ("for the purpose of in order", "for the purpose of with a view", "by Law", "by Penal Code",
              "(probable)", "Protocol", "Palermo")}


def _drafts(path: Path, lang: str, invoke) -> list[str]:  # type: ignore[no-untyped-def]
    result = invoke("--lang", lang, "memo", str(path), "--draft", "--format", "json", "--as-of", "2026-12-06")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    return [c["draft"] for s in data["suspects"] for c in s["charges"] if c.get("draft")]


def _well_formed(text: str, lang: str) -> None:
    assert not [bad for bad in BAD[lang] if bad in text], text
    assert "{" not in text and "}" not in text and not SNAKE.search(text), text
    said = ("prévus et punis par les articles ", "prévus et punis par l’article ", "prévus et punis par la "
            ) if lang == "fr" else ("punished by articles ", "punished by article ", "punished by the provision ")
    assert any(s in text for s in said), text


@pytest.mark.parametrize("lang", ["fr", pytest.param("en", marks=pytest.mark.slow)])
def test_every_draft_of_every_scenario_reads_correctly(lang: str, invoke) -> None:  # type: ignore[no-untyped-def]
    seen = 0
    for path in FILES:
        if path.parent.name == "invalid":
            continue
        for text in _drafts(path, lang, invoke):
            _well_formed(text, lang)
            seen += 1
    assert seen >= 15


def test_the_review_examples_read_as_a_court_writes_them(shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    built = memo.build_memo(_analysis(shipped_corpus, "coaccuses"), shipped_corpus, "fr", drafts=True)
    text = memo.render_markdown(built)
    assert ("prévus et punis par les articles 1 (numéro probable) et 7 (texte connu par une paraphrase seulement, "
            "non vérifié au Journal officiel) de la loi n°2012-023.") in text  # art. 7: a press paraphrase
    assert "S5 : d’avoir, à Kayes, le 1er mars 2019, tenté de recruter V3" in text
    assert "et l’article 3 du Code pénal de 2001." in text  # the attempt's rule, a Malian text
    assert ("S6 : d’avoir, à Lagos, entre le 15 janvier 2019 et le 1er février 2019, avec S1, recruté et "
            "transporté V1") in text


def _analysis(corpus, name: str, **changes):  # type: ignore[no-untyped-def]
    case = cases.load_case(TESTS / "memo" / "cases" / f"{name}.yaml", corpus)
    return analyse(replace(case, **changes) if changes else case, corpus, date(2025, 3, 1))


def _every_item(corpus, category: tuple[str, ...]) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(o.id, i.id) for o in corpus.offences.values() for g in o.elements if g.category in category
            for i in g.items]


def test_every_act_purpose_and_malian_text_has_a_drafting_form(shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    for _, item in _every_item(shipped_corpus, ("act", "conduct")):
        assert has(f"memo.draft.done.{item}") and has(f"memo.draft.try.{item}"), item
    for _, item in _every_item(shipped_corpus, ("purpose",)):
        assert has(f"memo.draft.purpose.{item}") or has(f"memo.draft.aim.{item}"), item
    for offence in shipped_corpus.offences.values():
        for pid in offence.provisions:
            instrument = shipped_corpus.instruments[shipped_corpus.provisions[pid].instrument]
            assert instrument.kind not in ("law", "code") or has(f"memo.draft.of.{instrument.id}"), pid


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("stage", ["consomme", "tentative"])
@pytest.mark.parametrize("victims", [("V1",), ("V1", "V2")])
def test_every_act_with_every_purpose_of_its_offence_drafts_well(lang: str, stage: str, victims: tuple[str, ...],
                                                                   shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    purposes = [i for _, i in _every_item(shipped_corpus, ("purpose",))]
    analysis = _analysis(shipped_corpus, "coaccuses")
    everything = tuple(replace(v, established=(*v.established, *purposes)) for v in analysis.case.victims)
    b = _Builder(dataclasses.replace(analysis, case=replace(analysis.case, victims=everything)), shipped_corpus, lang)
    for offence_id, item in _every_item(shipped_corpus, ("act", "conduct")):
        offence = shipped_corpus.offences[offence_id]
        charge = SuspectCharge(offence=offence_id, name=offence.name, instrument=offence.instrument,
                               victims=victims, participation="auteur", status="established", proof="single",
                               stage=stage, acts=(item,), provisions=offence.provisions)
        text = charging_wording(b, "S1", charge)
        _well_formed(text, lang)
        label = shipped_corpus.element_index()[item][2].label.get(lang) or ""
        # a definition's words (« organise ou exploite la mendicité d’une personne ») are not a clause here
        # (an attempt's infinitive may coincide with a label that is an infinitive: « organiser le transport »)
        if stage == "consomme" and " " in label:
            assert label not in text or has(f"memo.draft.aim.{item}"), text
        if lang == "fr" and len(victims) > 1:
            assert "cette personne" not in text, text
