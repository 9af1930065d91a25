"""Charges per suspect (issue 9, contracts §5): co-accused with different acts, a legal person, an attempt, the
same facts under three qualifications, other offences to consider, and the memo's per-suspect sections."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from trafficking_cli import cases, memo
from trafficking_cli.analysis.analyse import analyse
from trafficking_cli.analysis.concurrence import concurrences
from trafficking_cli.analysis.other_offences import other_offences
from trafficking_cli.analysis.per_suspect import assess_suspects
from trafficking_cli.analysis.suspect_model import SuspectFinding
from trafficking_cli.memo.blocks import Bullets
from trafficking_cli.structs import replace

CASES = Path(__file__).parent / "cases"
TODAY = date(2025, 3, 1)


def _analysis(name: str, corpus, **changes):  # type: ignore[no-untyped-def]
    case = cases.load_case(CASES / f"{name}.yaml", corpus)
    return analyse(replace(case, **changes) if changes else case, corpus, TODAY)


def _suspects(name: str, corpus, **changes) -> dict[str, SuspectFinding]:  # type: ignore[no-untyped-def]
    return {s.id: s for s in assess_suspects(_analysis(name, corpus, **changes), corpus)}


def _keys(msgs) -> list[str]:  # type: ignore[no-untyped-def]
    return [m.key for m in msgs]


def test_the_recruiter_who_knew_is_charged_for_both_victims(shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    s1 = _suspects("coaccuses", shipped_corpus)["S1"]
    [charge] = s1.charges
    assert (charge.offence, charge.victims, charge.status) == ("traite", ("V1", "V2"), "established")
    assert charge.acts == ("recrutement", "tromperie", "transport") and charge.stage == "consomme"
    # the exploitation of V1 and V2 rests on no exhibit: the weakest support decides
    assert charge.proof == "none"
    assert charge.period == ("2019-01-15", "2019-02-01") and charge.places == ("Lagos",)
    assert "suspect.denies" in _keys(s1.notes)  # the suspect's position, kept apart from the findings


def test_the_harbourer_without_knowledge_is_not_charged_and_told_what_to_prove(shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    s2 = _suspects("coaccuses", shipped_corpus)["S2"]
    [charge] = s2.charges
    assert charge.status == "incomplete" and charge.acts == ("hebergement",)
    assert "suspect.prove_knowledge" in _keys(charge.missing)
    assert charge.proof == "single"  # E3 supports the harbouring, nothing else
    # with knowledge shown (and a means of their own), the same acts would reach the purpose
    case = cases.load_case(CASES / "coaccuses.yaml", shipped_corpus)
    knew = tuple(replace(s, knowledge="known") if s.id == "S2" else s for s in case.suspects)
    again = {s.id: s for s in assess_suspects(analyse(replace(case, suspects=knew), shipped_corpus, TODAY),
                                              shipped_corpus)}["S2"]
    assert "suspect.prove_knowledge" not in _keys(again.charges[0].missing)


def test_the_lender_is_not_chargeable_and_the_memo_says_what_is_missing(shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    s3 = _suspects("coaccuses", shipped_corpus)["S3"]
    assert s3.charges == ()
    assert _keys(s3.not_reached) == ["suspect.no_act_group"]
    text = memo.render_markdown(memo.build_memo(_analysis("coaccuses", shipped_corpus), shipped_corpus))
    assert "Aucune qualification examinée ne le vise en l’état" in text and "Établir un acte matériel" in text


def test_a_coauteur_shares_the_acts_of_the_suspects_named_in_with(shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    found = _suspects("coaccuses", shipped_corpus)
    assert found["S6"].charges[0].acts == found["S1"].charges[0].acts
    assert found["S6"].charges[0].participation == "coauteur"


def test_an_accomplice_rests_on_the_principals_acts_and_is_never_proposed_without_their_own(shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    s7 = _suspects("coaccuses", shipped_corpus)["S7"]
    assert {v for c in s7.charges for v in c.victims} == {"V1", "V2"}
    for charge in s7.charges:
        assert charge.participation == "complice" and charge.status == "incomplete"
        assert _keys(charge.conditions) == ["suspect.complicity"]
        assert {"suspect.complice_no_act", "suspect.prove_knowledge"} <= set(_keys(charge.missing))
        assert "un-protocole-traite-2000:art_5" in charge.provisions


def test_a_legal_person_is_charged_only_under_a_condition(shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    [charge] = _suspects("coaccuses", shipped_corpus)["S4"].charges
    assert charge.status == "conditional"
    assert _keys(charge.conditions) == ["suspect.legal_person_2001"]
    later = _suspects("coaccuses", shipped_corpus, facts_date="2025-01-10", facts_end_date=None)["S4"]
    assert any("suspect.legal_person_2024" in _keys(c.conditions) for c in later.charges) \
        or "suspect.legal_person_2024" in _keys(later.notes)


def test_an_attempted_crime_cites_cp_2001_art_3_and_stays_conditional(shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    [charge] = _suspects("coaccuses", shipped_corpus)["S5"].charges
    assert charge.stage == "tentative" and charge.status == "conditional"
    assert "ml-cp-2001:art_3" in charge.provisions
    assert _keys(charge.conditions) == ["suspect.attempt_crime", "suspect.attempt_general_rule"]


def test_an_attempt_after_the_2024_code_is_not_established_by_a_rule_not_in_the_corpus(shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    found = _suspects("coaccuses", shipped_corpus, facts_date="2025-01-10", facts_end_date=None)["S5"]
    for charge in found.charges:
        assert charge.status in ("incomplete", "not_established")
        assert "suspect.attempt_2024" in _keys(charge.missing)


def test_an_attempted_delit_is_not_punishable_without_a_special_provision(shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    from trafficking_cli.analysis.suspect_rules import _attempt

    status, missing, conditions, cited = _attempt("established", "emprisonnement", "ml-loi-2012-023", date(2019, 1, 1))
    assert status == "not_established" and [m.key for m in missing] == ["suspect.attempt_delit"]
    assert cited == ["ml-cp-2001:art_3"] and conditions == []


def test_the_same_facts_under_three_qualifications(shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis("trois-qualifications", shipped_corpus)
    [entry] = concurrences(analysis, shipped_corpus)
    assert entry.victims == ("V1",)
    assert set(entry.offences) == {"traite", "trafic_enfant", "mendicite"}
    # no charge is met without a condition (traite rests on the child rule, art. 244 lacks the displacement):
    # art. 244 comes first as the more specific, traite in the alternative (issue 9's example)
    assert entry.offences[0] == "trafic_enfant"
    assert entry.advice.param("why").key == "concurrence.why.specific"
    s1 = {c.offence: c for c in _suspects("trois-qualifications", shipped_corpus)["S1"].charges}
    assert s1["mendicite"].acts == ("organise_mendicite",) and s1["traite"].acts == ("recrutement", "hebergement")
    assert s1["traite"].status == "conditional"  # the child rule: Palermo art. 3(c) only
    text = memo.render_markdown(memo.build_memo(analysis, shipped_corpus))
    assert "Concours de qualifications" in text and "ne s’additionnent pas" in text
    assert "n’est pas dans le corpus" in text


def test_other_offences_are_named_without_a_text(shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    keys = {o.key for o in other_offences(_analysis("coaccuses", shipped_corpus).case)}
    assert {"proxenetisme", "association_malfaiteurs"} <= keys
    assert "travail_enfants" in {o.key for o in other_offences(_analysis("trois-qualifications", shipped_corpus).case)}
    data = json.loads(memo.render_json(memo.build_memo(_analysis("coaccuses", shipped_corpus), shipped_corpus)))
    assert all(o["text_status"] == "missing" and "Code pénal" in o["caveat"] for o in data["other_offences"])


def test_memo_json_suspects_follow_contract_5(shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(memo.render_json(memo.build_memo(_analysis("coaccuses", shipped_corpus), shipped_corpus)))
    by_id = {s["id"]: s for s in data["suspects"]}
    assert set(by_id) == {"S1", "S2", "S3", "S4", "S5", "S6", "S7"}
    charge = by_id["S1"]["charges"][0]
    assert {"offence", "victims", "participation", "status", "proof", "acts", "provisions"} <= set(charge)
    assert charge["victims"] == ["V1", "V2"] and charge["proposed"] is True
    assert by_id["S2"]["charges"][0]["proposed"] is False and by_id["S2"]["charges"][0]["to_investigate"] is True
    assert by_id["S3"]["charges"] == [] and by_id["S3"]["not_chargeable"]
    assert by_id["S4"]["kind"] == "legal_person"


def test_a_case_without_attributed_acts_says_so(shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    from trafficking_cli.analysis.analyse import analyse as run

    kayes = cases.load_case(Path(__file__).parents[1] / "scenarios" / "kayes.yaml", shipped_corpus)
    text = memo.render_markdown(memo.build_memo(run(kayes, shipped_corpus, TODAY), shipped_corpus))
    assert "Le dossier n’attribue aucun acte à un suspect" in text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_draft_wording_is_built_from_facts_and_labels_and_marked_as_a_draft(lang: str, shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    built = memo.build_memo(_analysis("coaccuses", shipped_corpus), shipped_corpus, lang, drafts=True)
    text = memo.render_markdown(built)
    assert ("PROJET, à revoir" if lang == "fr" else "DRAFT, for the magistrate") in text
    if lang == "fr":
        assert ("S1 : d’avoir, à Lagos, entre le 15 janvier 2019 et le 1er février 2019, recruté et transporté "
                "V1 et V2, par la tromperie") in text
        assert "S5 : d’avoir, à Kayes, le 1er mars 2019, tenté de recruter V3" in text
    else:  # the draft's dates as a charge writes them, in each language
        assert "between 15 January 2019 and 1 February 2019" in text and "on 1 March 2019" in text
    # no draft for a charge that is not proposed (S2), none for a suspect not chargeable (S3)
    drafts = [b for b in memo.outline(built) if isinstance(b, Bullets) and b.tone == "draft"]
    assert [item.split(" ")[0].rstrip(":") for item in drafts[0].items] == ["S1", "S4", "S5", "S6"]
    assert "PROJET" not in memo.render_markdown(memo.build_memo(_analysis("coaccuses", shipped_corpus),
                                                                shipped_corpus))


def test_a_case_file_naming_an_unknown_victim_or_element_in_an_act_is_refused_with_file_line_key(
        invoke, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = (CASES / "coaccuses.yaml").read_text(encoding="utf-8")
    bad = bad.replace("{element: hebergement, victims: [V1, V2]", "{element: hebergment, victims: [V1, V9]")
    bad = bad.replace("with: [S1]", "with: [S8]", 1)
    bad = bad.replace("supports: [S3.paiement_avantages]", "supports: [S9.paiement_avantages]")
    path = tmp_path / "bad.yaml"
    path.write_text(bad, encoding="utf-8")
    result = invoke("memo", str(path), "-f", "md", env={"COLUMNS": "300"})
    assert result.exit_code != 0
    out = result.output
    line = next(n for n, text in enumerate(bad.splitlines(), start=1) if "hebergment" in text)
    with_line = next(n for n, text in enumerate(bad.splitlines(), start=1) if "with: [S8]" in text)
    assert f"bad.yaml:{line} : suspects[1](S2).acts[0].element : élément inconnu 'hebergment'" in out
    assert f"bad.yaml:{line} : suspects[1](S2).acts[0].victims : aucune victime 'V9'" in out
    assert f"bad.yaml:{with_line} : suspects[5](S6).with : 'S8'" in out
    evidence_line = next(n for n, text in enumerate(bad.splitlines(), start=1) if "S9.paiement_avantages" in text)
    assert f"bad.yaml:{evidence_line} : evidence[3].supports : 'S9.paiement_avantages' : aucun suspect 'S9'" in out
    assert "Traceback" not in out


def test_case_show_covers_the_per_suspect_fields(invoke) -> None:  # type: ignore[no-untyped-def]
    path = str(CASES / "coaccuses.yaml")
    data = json.loads(invoke("case", "show", path, "--json").output)
    s5 = next(s for s in data["suspects"] if s["id"] == "S5")
    assert s5["acts"][0] == {"element": "recrutement", "victims": ["V3"], "from": "2019-03-01", "to": None,
                             "place": "Kayes", "stage": "tentative"}
    s4 = next(s for s in data["suspects"] if s["id"] == "S4")
    assert (s4["kind"], s4["participation"], s4["knowledge"]) == ("legal_person", "auteur", "known")
    s6 = next(s for s in data["suspects"] if s["id"] == "S6")
    assert (s6["participation"], s6["with"]) == ("coauteur", ["S1"])
    text = invoke("case", "show", path, env={"COLUMNS": "200"}).output
    assert "S4  société hôtelière — personne morale ; auteur" in text
    assert "• le recrutement → V3 (2019-03-01, Kayes) [tentative]" in text
    assert "conteste les faits" in text and "connaissance de la finalité : non établie" in text


def test_an_unknown_penalty_is_never_called_the_more_severe(shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    case = cases.load_case(Path(__file__).parents[1] / "scenarios" / "esclavage-2025.yaml", shipped_corpus)
    found = [c for c in concurrences(analyse(case, shipped_corpus, TODAY), shipped_corpus) if "traite" in c.offences]
    assert found and found[0].offences[0] == "traite"
    assert found[0].advice.param("why").key == "concurrence.why.known_penalty"


def test_a_victim_of_attempts_only_is_told_so_not_that_no_offence_covers_them(shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    """V3 was only the target of S5's attempted recruitment: the gap names the attempt, not the law of the time."""
    gaps = [g for g in _analysis("coaccuses", shipped_corpus).gaps if g.victim == "V3"]
    assert [g.kind for g in gaps if g.kind in ("attempt_only", "old_law")] == ["attempt_only"]
    [attempt] = [g for g in gaps if g.kind == "attempt_only"]
    assert "tentés (S5)" in attempt.subject.render("fr") and "By suspect" in attempt.subject.render("en")


def test_green_is_kept_for_elements_met_with_corroborated_proof(shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    """« ÉLÉMENTS RÉUNIS (FAITS ALLÉGUÉS) — PREUVE : AUCUNE PIÈCE » is not coloured like a proven charge."""
    from trafficking_cli.memo.blocks import Table
    from trafficking_cli.memo.outline import outline

    built = memo.build_memo(_analysis("coaccuses", shipped_corpus), shipped_corpus)
    toned = [(row[b.tone_col], tone) for b in outline(built) if isinstance(b, Table) and b.tone_col >= 0
             for row, tone in zip(b.rows, b.tones, strict=False)]
    unproven = [(label, tone) for label, tone in toned if "AUCUNE PIÈCE" in label]
    assert unproven and all(tone == "established_weak" for _label, tone in unproven)
    assert all(tone != "established" for label, tone in toned if "CORROBOR" not in label.upper())
