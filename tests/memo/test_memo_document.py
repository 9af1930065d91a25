"""The memo as a document a court office files (issue 9) from one outline (issue 12 point 5): labels never
ids, caveats said once, victims sharing findings grouped, sources ranked, the format from the extension, and
every format carrying the same headings."""

from __future__ import annotations

import io
import re
import sys
from datetime import date
from pathlib import Path

import pytest

from trafficking_cli import cases, memo
from trafficking_cli.analysis.analyse import analyse
from trafficking_cli.errors import UsageError
from trafficking_cli.memo.blocks import Heading, Table
from trafficking_cli.memo.groups import codes, merge_by_victim, shared_sentences

HERE = Path(__file__).parent
SCENARIOS = sorted((HERE.parent / "scenarios").glob("*.yaml")) + sorted((HERE / "cases").glob("*.yaml"))
TODAY = date(2025, 3, 1)
PROVISION_ID = re.compile(r"\b[a-z]{2}-[a-z0-9-]+:[a-z0-9_]+(?:-[a-z0-9_]+)*\b")
sys.path.insert(0, str(HERE.parents[1] / "benchmarks"))
from memo_cases import case_yaml  # noqa: E402  (the benchmark's generator: one source of long cases)


def _memo(path: Path, corpus, lang: str = "fr", **options) -> memo.Memo:  # type: ignore[no-untyped-def]
    return memo.build_memo(analyse(cases.load_case(path, corpus), corpus, TODAY), corpus, lang, **options)


def _internal_ids(corpus) -> set[str]:  # type: ignore[no-untyped-def]
    """Every id with an underscore a reader must never see (elements, aggravations, offences)."""
    ids = {o.id for o in corpus.offences.values()} | set(corpus.element_index()) | corpus.aggravating_ids()
    return {i for i in ids if "_" in i}


# Four kinds of memo in the fast run; the other scenarios with the slow tests (about 0.3 s each).
FAST_SCENARIOS = {"kayes", "coaccuses", "talibes", "esclavage-2025"}


@pytest.mark.parametrize("path", [pytest.param(p, id=p.stem, marks=() if p.stem in FAST_SCENARIOS else pytest.mark.slow)
                                  for p in SCENARIOS])
def test_human_formats_show_labels_never_ids(path: Path, shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    from rich.console import Console

    from trafficking_cli.cli.ui.memo import render_memo

    built = _memo(path, shipped_corpus, drafts=True)
    console = Console(record=True, width=120, no_color=True)
    render_memo(console, built)
    forbidden = _internal_ids(shipped_corpus)
    for text in (memo.render_markdown(built), console.export_text()):
        assert not PROVISION_ID.search(text), PROVISION_ID.search(text)
        words = set(re.findall(r"\b[a-z0-9]+(?:_[a-z0-9]+)+\b", text))
        assert not words & forbidden, words & forbidden


def test_json_keeps_the_ids(shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    import json

    data = json.loads(memo.render_json(_memo(HERE.parent / "scenarios" / "kayes.yaml", shipped_corpus)))
    assert "ml-loi-2012-023:art_1" in data["charges"][0]["provisions"]


def test_each_caveat_is_written_out_once_and_referred_to(shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    text = memo.render_markdown(_memo(HERE.parent / "scenarios" / "kayes.yaml", shipped_corpus))
    said = re.findall(r"^- ⚠ R(\d+) — (.*)$", text, re.M)
    numbers = [int(n) for n, _ in said]
    assert numbers == list(range(1, len(numbers) + 1))            # numbered once each, in order
    assert len({t for _, t in said}) == len(said)                 # no caveat written out twice
    assert "Voir aussi les réserves R1, R2" in text               # the second charge refers to them
    assert text.count("Loi n°2012-023, art. 7 : PARAPHRASE — ce ne sont pas les mots de la loi") == 1


def test_weak_sources_stay_out_unless_they_are_the_only_one(shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    built = _memo(HERE.parent / "scenarios" / "kayes.yaml", shipped_corpus)
    for p in built.annex:
        if any(not s.weak for s in p.source_refs):
            assert all(not s.weak for s in p.source_refs), p.cite.citation
        if p.only_weak:
            assert p.source_refs and all(s.weak for s in p.source_refs)
    text = memo.render_markdown(built)
    sources = text[text.index("## Annexe B"):text.index("## Annexe C")]
    ranks = [line for line in sources.splitlines() if line.startswith("| [")]
    kinds = [line.rsplit("|", 2)[1].strip() for line in ranks]
    assert kinds[0].startswith("texte officiel")                 # official texts and UN bodies first
    assert kinds.index("presse") < max(i for i, k in enumerate(kinds) if k.startswith("copie secondaire"))
    assert "etudier.com" not in text                              # an essay site, never the only source here
    assert all("seule source connue" in line for line in ranks if "github.com" in line)


def test_sixty_victims_read_like_two_with_a_longer_table(shipped_corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "long.yaml"
    path.write_text(case_yaml(60), encoding="utf-8")
    blocks = memo.outline(_memo(path, shipped_corpus))
    parts = [b.text for b in blocks if isinstance(b, Heading) and b.level == 1]
    charge_groups = [b.text for b in blocks if isinstance(b, Heading) and b.level == 2 and b.text.startswith("3.")]
    assert len(charge_groups) <= 6                                # one write-up per shared set of findings
    assert any("V4, V7, V10" in g for g in charge_groups)
    conclusions = next(b for b in blocks if isinstance(b, Table))
    assert len(conclusions.rows) <= 4                             # one line per suspect and offence
    two = memo.outline(_memo(HERE.parent / "scenarios" / "kayes.yaml", shipped_corpus))
    general = "Avertissements généraux"  # the long case's file warnings (said once, merged across victims)
    assert [p.split(". ", 1)[-1] for p in parts if general not in p] == \
        [b.text.split(". ", 1)[-1] for b in two if isinstance(b, Heading) and b.level == 1 and general not in b.text]
    matrix = [b for b in blocks if isinstance(b, Table) and b.dense and b.headers[0] == "Victime"]
    assert sum(len(t.rows) for t in matrix) >= 60                 # every victim has its row


def test_codes_shorten_runs_and_sentences_merge_across_victims() -> None:
    assert codes(["V1", "V2", "V3", "V4", "V7", "V9", "V10"]) == "V1–V4, V7, V9, V10"
    assert codes(["S1", "S2"]) == "S1, S2"
    merged = merge_by_victim(["x établi pour V1, sans auteur.", "x établi pour V2, sans auteur.",
                              "x établi pour V3, sans auteur.", "autre"])
    assert merged == ["x établi pour V1–V3, sans auteur.", "autre"]
    assert shared_sentences(["Une première phrase assez longue pour compter. Propre à A.",
                             "Une première phrase assez longue pour compter. Propre à B."]) == \
        ["Une première phrase assez longue pour compter."]


def test_format_comes_from_the_extension_and_a_contradiction_is_refused() -> None:
    from trafficking_cli.cli.commands.memo import format_for

    assert format_for(None, Path("note.pdf"), "fr") == "pdf"
    assert format_for(None, Path("NOTE.DOCX"), "fr") == "docx"
    assert format_for(None, Path("note.txt"), "fr") == "terminal"
    assert format_for(None, None, "fr") == "terminal"
    assert format_for("md", Path("note.md"), "fr") == "md"
    assert format_for("terminal", Path("note.txt"), "fr") == "terminal"
    with pytest.raises(UsageError) as refused:
        format_for("md", Path("note.pdf"), "fr")
    assert "contredit l’extension de note.pdf" in str(refused.value.message if hasattr(refused.value, "message")
                                                       else refused.value)


def test_memo_output_pdf_without_format_writes_a_pdf(invoke, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    kayes = str(HERE.parent / "scenarios" / "kayes.yaml")
    target = tmp_path / "note.md"
    result = invoke("memo", kayes, "-o", str(target))
    assert result.exit_code == 0 and target.read_bytes().startswith(b"# Note")
    refused = invoke("memo", kayes, "-o", str(tmp_path / "note.pdf"), "-f", "md")
    assert refused.exit_code == 2 and not (tmp_path / "note.pdf").exists()
    assert "--format md contredit" in refused.output


# ---- every format, read back (slow: python-docx and fpdf2) --------------------------------------------

def _md_headings(built: memo.Memo) -> list[str]:
    return [b.text for b in memo.outline(built) if isinstance(b, Heading)]


@pytest.mark.slow
@pytest.mark.parametrize("name", ["kayes", "coaccuses"])
def test_docx_and_pdf_carry_the_outline_headings_tables_and_no_ids(name: str, shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    import docx
    from pypdf import PdfReader

    path = next(p for p in SCENARIOS if p.stem == name)
    built = _memo(path, shipped_corpus, drafts=True)
    headings = _md_headings(built)
    document = docx.Document(io.BytesIO(memo.render(built, "docx")))  # type: ignore[arg-type]
    docx_headings = [p.text for p in document.paragraphs if p.style.name.startswith(("Heading", "Title"))]
    assert docx_headings == headings
    assert len(document.tables) == sum(isinstance(b, Table) for b in memo.outline(built)) + 1  # + header fields
    body = "\n".join([p.text for p in document.paragraphs]
                     + [c.text for t in document.tables for r in t.rows for c in r.cells])
    assert not PROVISION_ID.search(body)
    pdf_text = " ".join(" ".join(page.extract_text().split())
                        for page in PdfReader(io.BytesIO(memo.render(built, "pdf"))).pages)  # type: ignore[arg-type]
    for heading in headings:
        assert " ".join(heading.split())[:40] in pdf_text, heading
    assert not PROVISION_ID.search(pdf_text)
    assert "Loi n°2012-023, art. 7" in pdf_text
    for provision in built.annex:  # every format cites the same provisions: the annex of the one outline
        assert provision.cite.citation in body, provision.cite.citation
        assert " ".join(provision.cite.citation.split())[:30] in pdf_text, provision.cite.citation


def test_the_terminal_carries_the_outline_headings(shipped_corpus) -> None:  # type: ignore[no-untyped-def]
    from rich.console import Console

    from trafficking_cli.cli.ui.memo import render_memo

    built = _memo(next(p for p in SCENARIOS if p.stem == "coaccuses"), shipped_corpus)
    console = Console(record=True, width=200, no_color=True)
    render_memo(console, built)
    text = console.export_text()
    for heading in _md_headings(built):
        assert heading in text, heading


@pytest.mark.slow
def test_sixty_victims_print_in_at_most_twice_the_pages_of_kayes(shipped_corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    path = tmp_path / "long.yaml"
    path.write_text(case_yaml(60), encoding="utf-8")

    def pages(p: Path) -> list[str]:
        reader = PdfReader(io.BytesIO(memo.render(_memo(p, shipped_corpus), "pdf")))  # type: ignore[arg-type]
        return [page.extract_text() for page in reader.pages]

    long, kayes = pages(path), pages(HERE.parent / "scenarios" / "kayes.yaml")
    assert len(long) <= 2 * len(kayes)
    # the header and the conclusions on the first page; the facts start the second
    assert "1. Conclusions" in long[0] and "Le raisonnement suit" in long[0] and "2. Résumé des faits" in long[1]
