"""The memo: golden Markdown, DOCX opened with python-docx, PDF text extracted with pypdf, JSON contract."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest

from trafficking_cli import cases as case
from trafficking_cli import memo
from trafficking_cli.analysis import analyse as analysis

HERE = Path(__file__).resolve().parents[1]
SCENARIOS = HERE / "scenarios"
GOLDEN = HERE / "golden"
AUTHOR = "Substitut du procureur (pôle spécialisé)"
GOLDEN_CASES = [("kayes", "fr"), ("kayes", "en"), ("faits-2010", "fr"), ("esclavage-2025", "fr"), ("talibes", "fr")]


def build(name: str, corpus, lang: str = "fr") -> memo.Memo:  # type: ignore[no-untyped-def]
    the_case = case.load_case(SCENARIOS / f"{name}.yaml", corpus)
    today = date.fromisoformat(the_case.extra["expect"]["today"])
    return memo.build_memo(analysis.analyse(the_case, corpus, today), corpus, lang, AUTHOR)


@pytest.mark.parametrize(("name", "lang"), GOLDEN_CASES, ids=[f"{n}-{lang}" for n, lang in GOLDEN_CASES])
def test_markdown_golden(name: str, lang: str, shipped_corpus, request) -> None:  # type: ignore[no-untyped-def]
    text = memo.render_markdown(build(name, shipped_corpus, lang))
    golden = GOLDEN / f"{name}.{lang}.md"
    if request.config.getoption("--update-golden"):
        golden.write_text(text, encoding="utf-8")
    assert golden.exists(), f"missing {golden.name}: run pytest --update-golden and review the diff"
    assert text == golden.read_text(encoding="utf-8"), f"{golden.name} differs: review, then --update-golden"


def test_markdown_is_deterministic(shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    assert memo.render_markdown(build("kayes", shipped_corpus)) == memo.render_markdown(build("kayes", shipped_corpus))


def test_markdown_sections_and_labels(shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    text = memo.render_markdown(build("kayes", shipped_corpus))
    for heading in ("## 1. Conclusions", "## 2. Résumé des faits", "## 3. Qualification juridique",
                    "#### Éléments constitutifs", "#### Victimes × éléments", "Circonstances aggravantes",
                    "## 4. Par suspect", "## 5. Concours de qualifications", "## 6. Autres infractions",
                    "## 7. Peines encourues", "## 8. Droit applicable", "## 9. Lacunes et actes d’enquête",
                    "## 10. Mesures de protection", "## Annexe A — Dispositions citées", "## Annexe B — Sources",
                    "## Annexe C — Détail", "### Signature"):
        assert heading in text, heading
    # the court header comes first, the conclusions before the reasoning
    assert text.index("| Juridiction |") < text.index("## 1. Conclusions") < text.index("## 3. Qualification")
    assert "CONFIDENTIEL" in text and AUTHOR in text and "2025-03-01" in text
    # a paraphrase is labelled as such and never put between the law's quotation marks
    assert "Loi n°2012-023, art. 7 (paraphrase)" in text
    assert "PARAPHRASE — ce ne sont pas les mots de la loi" in text
    assert "« Par exemple dans la section 1" not in text
    assert "n° déduit" in text
    english = memo.render_markdown(build("kayes", shipped_corpus, "en"))
    assert "## 2. Summary of the facts" in english and "CONFIDENTIAL" in english
    assert "NOT VERIFIED" not in text  # no aggravation in Kayes
    died = memo.render_markdown(build("deces", shipped_corpus))
    assert "NON VÉRIFIÉE dans le texte malien" in died and "jusqu’à la perpétuité" in died


def test_names_never_leave_the_codes(shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    m = build("kayes", shipped_corpus)
    assert [v["id"] for v in m.victims] == ["V1", "V2"]
    assert [s["id"] for s in m.suspects] == ["S1", "S2"]


CONTRACT_ELEMENT_STATUSES = {"met", "unmet", "unknown", "not_required"}
CONTRACT_CHARGE_STATUSES = {"established", "conditional", "incomplete", "not_established"}


@pytest.mark.parametrize("name", sorted(p.stem for p in SCENARIOS.glob("*.yaml")))
def test_json_contract(name: str, shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(memo.render_json(build(name, shipped_corpus)))
    assert data["schema"] == "trafficking-memo/2"
    assert {"reference", "facts_date"} <= set(data["case"])
    for key in ("applicable_instruments", "charges", "gaps", "protection"):
        assert isinstance(data[key], list), key
    for instrument in data["applicable_instruments"]:
        assert isinstance(instrument["id"], str) and isinstance(instrument["applies"], bool)
        assert isinstance(instrument["reason"], str) and instrument["reason"]
    for charge in data["charges"]:
        assert {"offence", "victim", "status", "provisions", "elements", "aggravating", "penalty",
                "warnings", "conditions", "proof", "proposed", "period", "prescription"} <= set(charge)
        assert charge["proof"] in {"none", "single", "corroborated"}
        assert charge["proposed"] is (charge["status"] in {"established", "conditional"})
        assert charge["status"] in CONTRACT_CHARGE_STATUSES
        for element in charge["elements"]:
            assert {"category", "status", "facts", "provisions"} <= set(element)
            assert element["status"] in CONTRACT_ELEMENT_STATUSES
        for aggravation in charge["aggravating"]:
            assert {"id", "verified", "provision"} <= set(aggravation)
        penalty = charge["penalty"]
        if penalty is None:  # a charge examined and set aside is never priced
            assert charge["status"] == "not_established"
            continue
        assert {"min_years", "max_years", "life", "text_status", "provision", "kind", "fine_min_fcfa",
                "fine_max_fcfa", "mitigated", "mitigated_alternatives"} <= set(penalty)
        assert penalty["text_status"] in {"verbatim", "partial", "paraphrase", "missing"}
        assert penalty["kind"] in {"reclusion", "emprisonnement", "unknown"}
        assert all(isinstance(w, str) for w in charge["warnings"])
    assert all(isinstance(g, str) for g in data["gaps"])
    assert all(isinstance(p, str) for p in data["protection"])


def test_json_values_kayes(shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(memo.render_json(build("kayes", shipped_corpus)))
    v2 = next(c for c in data["charges"] if c["offence"] == "traite" and c["victim"] == "V2")
    # issue 8: a child with no means proved is conditional (Palermo 3(c) only), the means row cites Palermo,
    # and the ILO's child aggravation (prostitution of a 16-year-old: C182 art. 3(b)) cites its own source
    assert v2["status"] == "conditional" and v2["proposed"] is True
    assert [c["kind"] for c in v2["conditions"]] == ["child_rule"]
    means = next(e for e in v2["elements"] if e["category"] == "means")
    assert means == {"category": "means", "status": "not_required", "facts": [],
                     "provisions": ["un-protocole-traite-2000:art_3__para_c"], "evidence": [], "label": "Moyen"}
    penalty = v2["penalty"]
    assert {k: penalty[k] for k in ("min_years", "max_years", "life", "text_status", "provision", "kind",
                                    "aggravated_by", "base_provision")} == {
        "min_years": 10, "max_years": 20, "life": False, "text_status": "paraphrase",
        "provision": "ml-loi-2012-023:aggr_enfant", "kind": "reclusion",
        "aggravated_by": ["enfant_pire_forme_travail"], "base_provision": "ml-loi-2012-023:art_7"}
    assert penalty["mitigated"]["provision"] == "ml-cp-2001:art_18" and penalty["mitigated"]["max_years"] == 5
    deces = json.loads(memo.render_json(build("deces", shipped_corpus)))
    charge = deces["charges"][0]
    assert charge["penalty"]["life"] is True
    assert charge["penalty"]["provision"] == "ml-loi-2012-023:aggr_mort_mutilation"  # never art. 7 for life
    assert [{k: a[k] for k in ("id", "verified", "provision")} for a in charge["aggravating"]] == [
        {"id": "deces_victime", "verified": False, "provision": "ml-loi-2012-023:aggr_mort_mutilation"}]
    old = json.loads(memo.render_json(build("faits-2010", shipped_corpus)))
    loi = next(i for i in old["applicable_instruments"] if i["id"] == "ml-loi-2012-023")
    assert loi["applies"] is False and "rétroactive" in loi["reason"]
    assert "art. 244" in " ".join(loi["notes"]) and "art. 242" in " ".join(loi["notes"])


@pytest.mark.slow
def test_docx_opens_with_real_headings_and_tables(shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    import docx

    data = memo.render(build("kayes", shipped_corpus), "docx")
    assert isinstance(data, bytes) and data[:2] == b"PK"
    document = docx.Document(io.BytesIO(data))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith(("Heading", "Title"))]
    assert any(h.startswith("2. Résumé des faits") for h in headings)
    assert any(h.startswith("3.1 Traite des personnes — V1") for h in headings)
    assert "Annexe A — Dispositions citées" in headings
    assert {p.style.name for p in document.paragraphs} >= {"Title", "Heading 1", "Heading 2", "Heading 3"}
    assert len(document.tables) >= 10
    cells = {cell.text for table in document.tables for row in table.rows for cell in row.cells}
    assert "réuni" in cells and "non exigé : non exigé pour un enfant selon le Protocole de Palerme, art. 3 c) " \
                                 "seulement (aucun texte malien trouvé) : voir la condition — aucune pièce" in cells
    body = "\n".join(p.text for p in document.paragraphs)
    assert "CONFIDENTIEL" in body and "l’œuvre" in body and "« dette »" in body
    assert "CONFIDENTIEL" in document.sections[0].header.paragraphs[0].text
    assert abs(document.sections[0].page_width.cm - 21.0) < 0.01
    assert document.core_properties.author == AUTHOR


@pytest.mark.slow
def test_pdf_text_is_extractable_with_accents(shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    data = memo.render(build("kayes", shipped_corpus), "pdf")
    assert isinstance(data, bytes) and data.startswith(b"%PDF")
    reader = PdfReader(io.BytesIO(data))
    box = reader.pages[0].mediabox
    assert (round(float(box.width) * 25.4 / 72), round(float(box.height) * 25.4 / 72)) == (210, 297)  # A4
    text = "\n".join(page.extract_text() for page in reader.pages)
    for needle in ("CONFIDENTIEL", "Résumé des faits", "Qualification juridique", "l’œuvre", "« dette »",
                   "ÉTABLIE", "Lacunes et actes d’enquête", "Annexe A — Dispositions citées", "V1", "V2"):
        assert needle in text, needle
    assert "S1" in text and AUTHOR in text


@pytest.mark.slow
def test_pdf_falls_back_without_a_unicode_font(shipped_corpus, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    from trafficking_cli.memo import as_pdf as memo_pdf

    monkeypatch.setattr(memo_pdf, "find_fonts", lambda: None)
    data = memo.render(build("kayes", shipped_corpus), "pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    assert "Résumé des faits" in text and "Unicode" in text


@pytest.mark.slow  # imports fpdf2 (PDF): with the slow tests, still run by CI
def test_bundled_font_and_licence_ship_with_the_package() -> None:
    from trafficking_cli.memo import as_pdf as memo_pdf

    folder = Path(memo_pdf.__file__).parent / "fonts"
    assert {p.name for p in folder.iterdir()} >= {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
                                                   "LICENSE-DejaVu.txt"}
    assert memo_pdf.find_fonts() is not None


def test_terminal_rendering(shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    from rich.console import Console

    from trafficking_cli.cli.ui.memo import render_memo

    console = Console(record=True, width=120, no_color=True)
    render_memo(console, build("kayes", shipped_corpus))
    text = console.export_text()
    assert "CONFIDENTIEL" in text and "Éléments constitutifs" in text and "Loi n°2012-023, art. 7" in text
    assert "ml-loi-2012-023:art_7" not in text
