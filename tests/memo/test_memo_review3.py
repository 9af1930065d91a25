"""Review 3, defects 4b, 4c and 9: the memo says no more than the law and facts support (a qualification no
suspect carries is not « retenue », a paraphrased provision keeps its caveat in the draft) and shows, beside
our translation, what the source says, labelled for what it is."""

from __future__ import annotations

from pathlib import Path

SCENARIOS = Path(__file__).resolve().parents[1] / "scenarios"


def _annex_entry(text: str, heading: str) -> str:
    start = text.index("## Annex A")
    entry = text.index(heading, start)
    return text[entry:text.index("\n#### ", entry + 1)]


def test_an_english_annex_shows_the_french_paraphrase_and_labels_our_translation(invoke) -> None:  # type: ignore[no-untyped-def]
    text = invoke("--lang", "en", "memo", str(SCENARIOS / "kayes.yaml"), "--format", "md").output
    art7 = _annex_entry(text, "#### Law No. 2012-023, art. 7 ")
    assert "**Text status: paraphrase (fr)**" in art7
    assert "*The source's paraphrase (French), not the law's words:*" in art7
    assert "> (Par exemple dans la section 1, l’article 7 punit" in art7  # the source's words, in brackets
    assert "« Par exemple" not in art7  # never quoted as the law's words
    assert "*Our translation, unofficial:*\n\n> (For example, in section 1, article 7 punishes" in art7
    art1 = _annex_entry(text, "#### Law No. 2012-023, art. 1 ")
    assert "*The law's text (French):*\n\n> « le recrutement" in art1
    assert "*Our translation, unofficial:*\n\n> (the recruitment" in art1
    french = invoke("memo", str(SCENARIOS / "kayes.yaml"), "--format", "md").output
    assert "Paraphrase de la source" not in french and "Notre traduction" not in french  # French: the text itself
