"""The tool against what Malian courts did in the reported cases (framework.md §6, loi-2012-023.md §3.2).

Each tests/scenarios/real-*.yaml reconstructs a reported case from the sources only (pseudonym codes) and says,
in its comments, the court's outcome and what the file lacks. Beside the per-victim checks of test_analysis,
the ``expect: suspects:`` block fixes each accused's charges: the tool is never more certain than the facts
(an accused acquitted for lack of proof is never proposed), and a suspect expected with no charge has none.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from conftest import scenario_params

from trafficking_cli import cases as case
from trafficking_cli.analysis import analyse as analysis

REAL = sorted((Path(__file__).resolve().parents[1] / "scenarios").glob("real-*.yaml"))


def _memo_json(path: Path, corpus) -> tuple[dict, dict]:  # type: ignore[no-untyped-def]
    from trafficking_cli.memo import build_memo, render

    the_case = case.load_case(path, corpus)
    expect = the_case.extra["expect"]
    result = analysis.analyse(the_case, corpus, date.fromisoformat(expect["today"]))
    return expect, json.loads(render(build_memo(result, corpus, "fr"), "json"))


def test_the_reported_cases_are_there() -> None:
    assert len(REAL) >= 4, [p.name for p in REAL]


@pytest.mark.parametrize("path", REAL, ids=[p.stem for p in REAL])
def test_each_accused_gets_no_more_than_the_file_supports(path: Path, shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    expect, data = _memo_json(path, shipped_corpus)
    found = {s["id"]: {c["offence"]: c for c in s["charges"]} for s in data["suspects"]}
    for suspect, charges in (expect.get("suspects") or {}).items():
        # every expected charge is there, and nothing else is proposed (leads to investigate may be listed)
        proposed = {o for o, c in found[suspect].items() if c["proposed"]}
        assert set(charges) <= set(found[suspect]), f"{path.name} {suspect}: {sorted(found[suspect])}"
        assert proposed <= set(charges), f"{path.name} {suspect}: proposed {sorted(proposed)}"
        for offence, want in charges.items():
            got = found[suspect][offence]
            assert {k: got[k] for k in want} == want, f"{path.name} {suspect}/{offence}"


def test_an_incomplete_lead_is_never_advised_first_without_its_condition(shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    """Koulikoro (framework §6.1): ages unknown, so art. 244 is only a lead; traite is what the facts support."""
    _, data = _memo_json(next(p for p in REAL if "koulikoro" in p.name), shipped_corpus)
    [entry] = data["concurrence"]
    statuses = {c["offence"]: c["proposed"] for c in data["charges"]}
    assert entry["offences"][0] == "trafic_enfant" and statuses["trafic_enfant"] is False
    assert entry["proposed"] == ["traite"]  # a script reading offences[0] alone can tell the lead apart
    assert entry["advice"].startswith("En l’état, retenir « Traite des personnes ».")
    assert "Si les éléments manquants de « Trafic d’enfant (Code pénal 2001) » sont établis" in entry["advice"]


def test_the_facts_column_names_the_texts_words_without_a_bare_gloss(shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    """Art. 244: the file's « transport » meets the text's « tout acte comportant le transport d'enfant »; the
    reader sees that beside the fact, never a free-standing « → vaut pour … » gloss."""
    from trafficking_cli.memo import build_memo, render

    path = Path(__file__).resolve().parents[1] / "scenarios" / "kayes.yaml"
    the_case = case.load_case(path, shipped_corpus)
    result = analysis.analyse(the_case, shipped_corpus, date(2026, 12, 6))
    fr = render(build_memo(result, shipped_corpus, "fr"), "md")
    en = render(build_memo(result, shipped_corpus, "en"), "md")
    assert "→ vaut pour" not in fr and "→ stands for" not in en
    assert "le transport (au sens du texte : « tout acte comportant le transport d'enfant »" in fr
    assert "transport (in the text's words: \"any act involving the transport of a child\"" in en
    assert "(par un fait équivalent : le transport / le transfert)" in fr


ALL = sorted((Path(__file__).resolve().parents[1] / "scenarios").glob("*.yaml"))


@pytest.mark.parametrize("path", scenario_params(ALL))
def test_no_instrument_id_in_the_prose_of_any_shipped_memo(path: Path, shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    """Readers see labels (« Code pénal 2024 »), never ids (« voir ml-cp-2024 »); addresses may hold such words."""
    import re

    from trafficking_cli.memo import build_memo, render

    the_case = case.load_case(path, shipped_corpus)
    result = analysis.analyse(the_case, shipped_corpus, date(2026, 12, 6))
    for lang in ("fr", "en"):
        text = render(build_memo(result, shipped_corpus, lang), "md")
        prose = re.sub(r"https?://\S+", "", text)
        assert not re.findall(r"\b(?:ml|un|oit)-[a-z0-9]+(?:-[a-z0-9]+)*\b", prose), (path.name, lang)


def test_a_complice_without_principals_is_to_be_examined_not_unchargeable(shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    """Koulikoro's fetish priest, with no principal named (no ``with``): his own act (a threat) is no offence's
    act, but a complice's liability does not rest on his own acts and its rule is not in the corpus: the
    conclusions never call him « non poursuivable »."""
    from trafficking_cli.memo import build_memo, render
    from trafficking_cli.structs import replace

    path = next(p for p in REAL if "koulikoro" in p.name)
    the_case = case.load_case(path, shipped_corpus)
    alone = tuple(replace(s, partners=()) if s.id == "S3" else s for s in the_case.suspects)
    result = analysis.analyse(replace(the_case, suspects=alone), shipped_corpus, date(2026, 12, 6))
    fr = render(build_memo(result, shipped_corpus, "fr"), "md")
    en = render(build_memo(result, shipped_corpus, "en"), "md")
    assert "complicité à examiner (règle absente du corpus)" in fr and "non poursuivable" not in fr
    assert "complicity to be examined (rule not in the corpus)" in en and "not chargeable" not in en
