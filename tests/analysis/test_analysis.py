"""The analysis against the scenarios in tests/scenarios/*.yaml (a case file plus an ``expect:`` key).

Each scenario says which charges the facts support, with each element's status; the analysis must give
exactly that, and must never claim more than the facts hold.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import scenario_params

from trafficking_cli import cases as case
from trafficking_cli.analysis import analyse as analysis
from trafficking_cli.analysis.analyse import ESTABLISHED, MET, NOT_REQUIRED, UNMET, Msg

SCENARIOS = sorted((Path(__file__).resolve().parents[1] / "scenarios").glob("*.yaml"))
IDS = [p.stem for p in SCENARIOS]


def run(path: Path, corpus):  # type: ignore[no-untyped-def]
    the_case = case.load_case(path, corpus)
    expect = the_case.extra["expect"]
    return the_case, expect, analysis.analyse(the_case, corpus, date.fromisoformat(expect["today"]))


def test_every_required_scenario_is_there() -> None:
    required = {"kayes", "talibes", "migrants", "faits-2010", "moyens-inconnus", "deces", "emploi-reel",
                "esclavage-2025"}
    assert required <= set(IDS)


@pytest.mark.parametrize("path", SCENARIOS, ids=IDS)
def test_charges_and_elements(path: Path, shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    _, expect, result = run(path, shipped_corpus)
    got = {(c.offence, c.victim): c for c in result.charges}
    for want in expect.get("charges", []):
        key = (want["offence"], want["victim"])
        assert key in got, f"{path.name}: expected a charge {key}, got {sorted(got)}"
        charge = got[key]
        assert charge.status == want["status"], f"{path.name} {key}"
        statuses = {e.category: e.status for e in charge.elements}
        assert statuses == want["elements"], f"{path.name} {key}"
        if "child_rule" in want:
            assert (charge.child_rule is not None) is want["child_rule"]
        if "aggravating" in want:
            assert [a.id for a in charge.aggravating] == want["aggravating"]
        if "life" in want:
            assert charge.penalty is not None and charge.penalty.life is want["life"]
        _check_v2_fields(path.name, charge, want)
    if expect.get("exact"):
        assert set(got) == {(w["offence"], w["victim"]) for w in expect.get("charges", [])}
    for absent in expect.get("not_charged", []):
        assert (absent["offence"], absent["victim"]) not in got


def _check_v2_fields(name: str, charge, want: dict) -> None:  # type: ignore[no-untyped-def]
    """contracts §5: conditions, proof, period, penalty (and its source), mitigation, limitation, aggravations."""
    where = f"{name} {charge.offence}/{charge.victim}"
    if "conditions" in want:
        assert [c.kind for c in charge.conditions] == want["conditions"], where
    if "proof" in want:
        assert charge.proof == want["proof"], where
    if "proposed" in want:
        assert charge.proposed is want["proposed"], where
    if "period" in want:
        assert charge.period.as_dict() == want["period"], where
    if "penalty" in want:
        if want["penalty"] is None:
            assert charge.penalty is None, where
        else:
            p = charge.penalty
            assert p is not None, where
            got = {"min_years": p.min_years, "max_years": p.max_years, "provision": p.provision, "kind": p.kind,
                   "life": p.life, "fine_min": p.fine_min, "fine_max": p.fine_max, "hypothetical": p.hypothetical,
                   "base_provision": p.base_provision, "aggravated_by": list(p.aggravated_by),
                   "mitigated": [[r.paragraph, r.kind, r.min_years, r.max_years] for r in p.mitigated_alternatives]}
            assert {k: got[k] for k in want["penalty"]} == want["penalty"], where
    if "prescription" in want:
        pr = charge.prescription
        assert pr is not None, where
        got = {"time_barred": pr.time_barred, "deadline": pr.deadline}
        assert {k: got[k] for k in want["prescription"]} == want["prescription"], where
    if "aggravation_status" in want:
        assert {a.id: a.status for a in charge.aggravating} == want["aggravation_status"], where


@pytest.mark.parametrize("path", scenario_params(SCENARIOS))
def test_what_a_reader_sees_in_both_languages(path: Path, shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    """The words of the memo (Markdown) and the JSON fields of contracts §5, as each scenario expects them."""
    import json

    from trafficking_cli.memo import build_memo, render

    _, expect, result = run(path, shipped_corpus)
    for lang in ("fr", "en"):
        text = render(build_memo(result, shipped_corpus, lang), "md")
        for needle in (expect.get("words") or {}).get(lang, []):
            assert needle in text, f"{path.name} [{lang}]: {needle!r} not in the memo"
        for needle in (expect.get("never_words") or {}).get(lang, []):
            assert needle not in text, f"{path.name} [{lang}]: {needle!r} must not be in the memo"
    data = json.loads(render(build_memo(result, shipped_corpus, "en"), "json"))
    assert data["schema"] == "trafficking-memo/2"
    charges = {(c["offence"], c["victim"]): c for c in data["charges"]}
    for want in expect.get("json", []):
        got = charges[(want["offence"], want["victim"])]
        for key, value in want.items():
            assert _subset(got[key], value), f"{path.name} {want['offence']}/{want['victim']}: {key}={got[key]!r}"


def _subset(got, want) -> bool:  # type: ignore[no-untyped-def]
    if isinstance(want, dict):
        return isinstance(got, dict) and all(k in got and _subset(got[k], v) for k, v in want.items())
    if isinstance(want, list):
        return (isinstance(got, list) and len(got) == len(want)
                and all(_subset(g, w) for g, w in zip(got, want, strict=True)))
    return bool(got == want)


@pytest.mark.parametrize("path", SCENARIOS, ids=IDS)
def test_law_gaps_protection(path: Path, shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    _, expect, result = run(path, shipped_corpus)
    instruments = {i.id: i for i in result.instruments}
    for ident, applies in (expect.get("instruments") or {}).items():
        assert instruments[ident].applies is applies, ident
    for ident, keys in (expect.get("instrument_notes") or {}).items():
        said = {instruments[ident].reason.key, *(n.key for n in instruments[ident].notes)}
        assert set(keys) <= said, ident
    kinds = {g.kind for g in result.gaps}
    assert set(expect.get("gaps", [])) <= kinds
    assert not set(expect.get("no_gap_kinds", [])) & kinds
    for kind, victims in (expect.get("gaps_for") or {}).items():
        assert {g.victim for g in result.gaps if g.kind == kind} >= set(victims)
    for kind, victims in (expect.get("no_gaps_for") or {}).items():
        assert not {g.victim for g in result.gaps if g.kind == kind} & set(victims)
    for victim in expect.get("slavery_gap", []):
        assert any(g.kind == "slavery" and g.victim == victim for g in result.gaps)
    duties = {d.id for d in result.protection}
    assert set(expect.get("protection", [])) <= duties
    assert not set(expect.get("not_protection", [])) & duties
    considered = {(c.offence, c.victim): c for c in result.considered}
    for want in expect.get("considered", []):
        seen = considered[(want["offence"], want["victim"])]
        assert seen.charged is want["charged"]
        if "reason" in want:
            assert seen.reason.key == want["reason"]
    general = {w.key for w in result.warnings}
    assert set(expect.get("general_warnings", [])) <= general
    charge_warnings = {w.key for c in result.charges for w in c.warnings}
    assert set(expect.get("warnings_include", [])) <= charge_warnings


@pytest.mark.parametrize("path", SCENARIOS, ids=IDS)
def test_never_claims_more_than_the_facts(path: Path, shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    the_case, _, result = run(path, shipped_corpus)
    groups = {(o.id, g.category): g for o in shipped_corpus.offences.values() for g in o.elements}
    for charge in result.charges:
        victim = the_case.victim(charge.victim)
        assert victim is not None
        for element in charge.elements:
            if element.status == MET and element.category != "victim":
                assert element.facts, (charge.offence, element.category)
                assert set(element.facts) <= set(the_case.victim_facts(victim.id))
            if element.status == UNMET:
                assert set(element.facts) <= set(victim.excluded)
            if element.status == NOT_REQUIRED:
                assert victim.minor is True
                assert groups[(charge.offence, element.category)].required_for_minors is False
            if element.category == "victim" and element.status == MET:
                assert victim.minor is True
        if charge.status == ESTABLISHED:
            assert all(e.status == MET for e in charge.elements), "the child rule never gives 'established'"
            assert not charge.conditions
        if charge.proposed:
            assert all(e.status in (MET, NOT_REQUIRED) for e in charge.elements)
        else:
            assert charge.penalty is None or (charge.penalty.hypothetical and not charge.penalty.aggravated_by)
        if victim.age_doubt or victim.age_at_facts is None:
            assert all(e.status != NOT_REQUIRED for e in charge.elements), "the presumption proves nothing"
            assert all(a.status != "met" for a in charge.aggravating if a.id == "victime_moins_15_ans")
        instrument = shipped_corpus.instruments[charge.instrument]
        period = charge.period
        assert period.start and instrument.in_force.contains(date.fromisoformat(period.start)), "not in force"
        assert period.end and instrument.in_force.contains(date.fromisoformat(period.end)), "not in force"


@pytest.mark.parametrize("path", SCENARIOS, ids=IDS)
def test_every_statement_renders_in_both_languages(path: Path, shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    _, _, result = run(path, shipped_corpus)
    msgs: list[Msg] = [*result.warnings]
    for charge in result.charges:
        msgs += charge.warnings
        msgs += [e.note for e in charge.elements if e.note]
    for i in result.instruments:
        msgs += [i.reason, *i.notes]
    for g in result.gaps:
        msgs += [g.subject, g.step]
    for d in result.protection:
        msgs += d.why
    for lang in ("fr", "en"):
        for msg in msgs:
            text = msg.render(lang)
            assert text and not text.startswith(("warning.", "gap.", "step.", "law.", "why.")), msg.key
            assert "{" not in text or "}" not in text.split("{", 1)[1], text


def test_paraphrase_and_inference_are_flagged(shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    _, _, result = run(Path(__file__).resolve().parents[1] / "scenarios" / "kayes.yaml", shipped_corpus)
    traite = result.charge("traite", "V2")
    assert traite is not None
    keys = {w.key for w in traite.warnings}
    assert {"warning.status.paraphrase", "warning.number.inferred", "warning.international",
            "warning.child_rule"} <= keys


def test_facts_spanning_an_entry_into_force(shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    the_case = case.load_case(Path(__file__).resolve().parents[1] / "scenarios" / "faits-2010.yaml", shipped_corpus)
    from trafficking_cli.structs import replace

    spanning = replace(the_case, facts_end_date="2013-01-01")
    result = analysis.analyse(spanning, shipped_corpus, date(2025, 3, 1))
    loi = next(i for i in result.instruments if i.id == "ml-loi-2012-023")
    assert loi.applies is True and loi.reason.key == "law.in_force_part"
    assert "2012-07-12" in loi.reason.render("fr") and "2013-01-01" in loi.reason.render("en")


def test_facts_in_the_future_are_flagged(shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    the_case = case.load_case(Path(__file__).resolve().parents[1] / "scenarios" / "kayes.yaml", shipped_corpus)
    result = analysis.analyse(the_case, shipped_corpus, date(2018, 1, 1))
    assert "warning.future_facts" in {w.key for w in result.warnings}


def test_charge_status_rule() -> None:  # the conditions come on top: see charges.build_charge
    assert analysis.charge_status(["met", "not_required"]) == "established"
    assert analysis.charge_status(["met", "unknown"]) == "incomplete"
    assert analysis.charge_status(["unknown", "unmet"]) == "not_established"


def test_slavery_facts_after_the_2024_code_point_to_art_324_11(shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    from trafficking_cli.structs import replace

    the_case = case.load_case(Path(__file__).resolve().parents[1] / "scenarios" / "esclavage-2025.yaml", shipped_corpus)
    v1 = replace(the_case.victims[0], established=("hebergement", "abus_vulnerabilite", "esclavage_pratique"))
    result = analysis.analyse(replace(the_case, victims=(v1,), suspects=()), shipped_corpus, date(2025, 6, 1))
    assert result.charge("esclavage", "V1") is None
    slavery = [g for g in result.gaps if g.kind == "slavery"]
    assert [g.subject.key for g in slavery] == ["gap.slavery"]
    assert "324-11" in slavery[0].step.render("fr") and "attributs_propriete" in slavery[0].step.render("fr")


def test_a_birth_certificate_written_by_hand_closes_the_age_gap(shipped_corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Evidence can prove a victim's age (``V2.age``), not only checklist answers C01/C03."""
    text = (Path(__file__).resolve().parents[1] / "scenarios" / "kayes.yaml").read_text(encoding="utf-8")
    without = tmp_path / "without.yaml"
    without.write_text(text, encoding="utf-8")
    with_certificate = tmp_path / "with.yaml"
    with_certificate.write_text(text.replace(
        "evidence:\n", "evidence:\n  - id: E9\n    kind: document\n    description: \"Acte de naissance\"\n"
        "    supports: [V2.age]\n", 1), encoding="utf-8")

    def age_gaps(path: Path) -> list[str]:
        memo = analysis.analyse(case.load_case(path, shipped_corpus), shipped_corpus, date(2026, 1, 1))
        return [g.kind for g in memo.gaps if g.victim == "V2" and g.kind.startswith("age")]

    assert age_gaps(without) == ["age_evidence"]
    assert age_gaps(with_certificate) == []


# ---- issue 8: the data and the command line ------------------------------------------------------------------

def test_ilo_data_carries_the_sources_status_and_attribution(shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    """Point 13: every new figure is a paraphrase, attributed, with no article number; the law's status wording."""
    p = shipped_corpus.provisions
    for ident in ("ml-loi-2012-023:aggr_enfant", "ml-loi-2012-023:peine_mendicite"):
        assert p[ident].status == "paraphrase" and p[ident].number_status == "unknown"
        assert "CEACR" in (p[ident].attribution.fr or "") and "CEACR" in (p[ident].attribution.en or "")
    assert "ilo-ceacr-c29" in p["ml-loi-2012-023:aggr_mort_mutilation"].sources  # corroborates, never extends
    assert "ban on entry" not in (p["ml-loi-2012-023:aggr_enfant"].text.en or "")
    assert "interdiction de séjour" in (p["ml-loi-2012-023:aggr_enfant"].text.en or "")
    loi = shipped_corpus.instruments["ml-loi-2012-023"]
    assert loi.status.fr == ("en vigueur selon les sources gouvernementales d'octobre 2025 ; articulation avec le Code "
                             "pénal 2024 (Loi n°2024-027) non vérifiée ; aucune source postérieure à décembre 2025")
    assert loi.in_force.start == "2012-07-12"
    art18 = p["ml-cp-2001:art_18"]
    assert art18.status == "verbatim" and "3° S'il encourt la réclusion de cinq à vingt ans" in (art18.text.fr or "")
    lenient = p["un-pidcp-1966:art_15__para_1"]
    assert lenient.text_status == {"en": "verbatim", "fr": "missing"}
    assert p["oit-c182-1999:art_3__para_a"].text_status["en"] == "verbatim"
    assert p["oit-c182-1999:art_3__para_b-d"].text_status["en"] == "paraphrase"


def test_conflicting_article_numbers_have_their_own_status(shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    """Point 14: art. 183 or 193 is attested but conflicting, not inferred; the warning says so in both languages."""
    from trafficking_cli.analysis.legal_warnings import provision_warnings

    assert shipped_corpus.provisions["ml-cp-2001:art_183"].number_status == "conflicting"
    said = provision_warnings(shipped_corpus, "ml-cp-2001:art_183")
    assert "warning.number.conflicting" in {w.key for w in said}
    texts = [w.render(lang) for w in said for lang in ("fr", "en")]
    assert any("discordant" in x for x in texts) and any("conflicting between sources" in x for x in texts)


def test_a_single_yes_does_not_establish_a_legal_means(shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    """Point 14: B26 (money to a person with authority) alone is not "paiement_avantages"; written by hand, it is."""
    data = case.template_data(("V1",))
    data |= {"reference": "RP 1", "facts_date": "2024-03-01"}
    data["victims"][0] |= {"age_at_facts": 25, "established": ["recrutement", "travail_force"]}
    data["answers"] = {"B.B26": {"V1": {"value": "yes", "at": "2024-03-02T10:05:00"}}}
    case.apply_derived(data, shipped_corpus.checklists, set(shipped_corpus.element_index()),
                       shipped_corpus.aggravating_ids(), today="2024-03-02")
    from trafficking_cli.cases.schema import case_from_data

    loaded = case_from_data(data, "dossier.yaml", shipped_corpus.element_index(), shipped_corpus.aggravating_ids())
    result = analysis.analyse(loaded, shipped_corpus, date(2026, 1, 1))
    traite = result.charge("traite", "V1")
    assert traite is not None and traite.status == "incomplete"
    assert any(g.kind == "single_answer" and "B.B26" in g.subject.render("fr") for g in result.gaps)
    assert any("a single \"yes\"" in g.subject.render("en") for g in result.gaps)
    # written by hand (a person vouches for it, e.g. with the amount and to whom): counted
    data = case.template_data(("V1",))
    data |= {"reference": "RP 1", "facts_date": "2024-03-01"}
    data["victims"][0] |= {"age_at_facts": 25, "established": ["recrutement", "travail_force", "paiement_avantages"]}
    data["answers"] = {"B.B26": {"V1": {"value": "yes", "at": "2024-03-02T10:05:00"}}}
    case.apply_derived(data, shipped_corpus.checklists, set(shipped_corpus.element_index()),
                       shipped_corpus.aggravating_ids(), today="2024-03-02")
    by_hand = case_from_data(data, "dossier.yaml", shipped_corpus.element_index(), shipped_corpus.aggravating_ids())
    assert analysis.analyse(by_hand, shipped_corpus, date(2026, 1, 1)).charge("traite", "V1").status == "established"


def test_memo_as_of_dates_the_assessment(invoke, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Point 9: ``memo --as-of DATE`` decides limitation; a bad date is refused with what to write."""
    import json

    scenario = str(Path(__file__).resolve().parents[1] / "scenarios" / "p09-prescription-acquise.yaml")
    done = invoke("memo", scenario, "--as-of", "2041-01-01", "-f", "json")
    assert done.exit_code == 0, done.output
    data = json.loads(done.output)
    assert data["as_of"] == "2041-01-01" and data["charges"][0]["prescription"]["time_barred"] is True
    earlier = json.loads(invoke("memo", scenario, "--as-of", "2026-01-15", "-f", "json").output)
    assert earlier["charges"][0]["prescription"]["time_barred"] is True  # the file records the late first act
    french = json.loads(invoke("memo", scenario, "--as-of", "15/01/2026", "-f", "json").output)
    assert french["as_of"] == "2026-01-15"  # the day forms case set accepts
    bad = invoke("memo", scenario, "--as-of", "31/02/2026")
    assert bad.exit_code == 2 and "AAAA-MM-JJ" in bad.output
    bad_en = invoke("memo", scenario, "--as-of", "hier", "--lang", "en")
    assert "YYYY-MM-DD" in bad_en.output
