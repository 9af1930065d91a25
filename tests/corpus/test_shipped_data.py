"""The shipped law and checklists are the product: every file loads, validates and keeps the contracts."""

from __future__ import annotations

from trafficking_cli import resources
from trafficking_cli.corpus import lookup as corpus_module
from trafficking_cli.corpus.crossref import CONTRACT_ELEMENTS, CONTRACT_OFFENCES


def test_every_shipped_file_loads_without_a_problem() -> None:
    corpus, problems = corpus_module.load_with_problems(resources.data_root())
    assert problems == []
    assert len(corpus.files) >= 12


def test_contract_offences_and_elements_are_present(shipped_corpus) -> None:
    assert set(CONTRACT_OFFENCES) <= set(shipped_corpus.offences)
    for offence_id, ids in CONTRACT_ELEMENTS.items():
        assert set(ids) <= set(shipped_corpus.offence(offence_id).item_ids())


def test_no_paraphrase_or_missing_text_is_marked_verbatim(shipped_corpus) -> None:
    for p in shipped_corpus.provisions.values():
        if p.status == "paraphrase":
            assert p.attribution, p.id
        if p.status == "missing":
            assert p.text.get(p.original_language, fallback=False) is None, p.id


def test_loi_2012_023_keeps_its_known_gaps(shipped_corpus) -> None:
    counts = shipped_corpus.counts("ml-loi-2012-023")
    assert counts["verbatim"] == 2  # art. 1 (number inferred) and art. 3: nothing more is known word for word
    assert counts["partial"] == 1  # art. 4 stops at "… tout autre avantage et"
    assert shipped_corpus.provision("ml-loi-2012-023:art_7").status == "paraphrase"
    assert shipped_corpus.provision("ml-loi-2012-023:art_1").number_status == "inferred"


def test_our_translations_are_labelled_unofficial(shipped_corpus) -> None:
    for p in shipped_corpus.provisions.values():
        for lang in ("fr", "en"):
            if p.text.get(lang, fallback=False) and lang not in p.text_status:
                assert p.translation_status.get(lang) == "unofficial", p.id


def test_means_are_not_required_for_minors_only_with_a_caveat(shipped_corpus) -> None:
    traite = shipped_corpus.offence("traite")
    assert traite.child_rule is not None
    assert traite.child_rule.verified_in_malian_law is False
    assert "un-protocole-traite-2000:art_3__para_c" in traite.child_rule.basis


def test_checklists_have_126_bilingual_items(shipped_corpus) -> None:
    items = [i for c in shipped_corpus.checklists.values() for i in c.items]
    assert len(items) == 126  # 119, the guardian checks A17G and E07G, B36S and D18–D21 (per suspect)
    assert all(i.text.fr and i.text.en for i in items)
    assert set(shipped_corpus.checklists) == {"A", "B", "C", "D", "E"}
