"""``validate`` says one mistake once: a misspelt value or key gives one record, not its consequences too.

Review 2, point 12: ``verbatum`` gave three records (invalid value, « missing status », « text without a
status »), a renamed key four, and the records came out of line order.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import copy_of_the_data

from trafficking_cli.corpus.lookup import load_with_problems
from trafficking_cli.corpus.schema_reader import Reader

ART_1 = '  - eid: "art_1"'


@pytest.fixture()
def data(tmp_path: Path) -> Path:
    return copy_of_the_data(tmp_path)


def _edit_art_1(data: Path, old: str, new: str) -> Path:
    """Replace the first ``old`` in art. 1 of the 2001 Penal Code (a verbatim provision with an English text)."""
    path = data / "law" / "ml-cp-2001.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index(ART_1)
    at = text.index(old, start)
    path.write_text(text[:at] + new + text[at + len(old):], encoding="utf-8")
    return path


def test_a_misspelt_status_is_one_record(data: Path) -> None:
    _edit_art_1(data, "text_status: {fr: verbatim}", "text_status: {fr: verbatum}")
    _, problems = load_with_problems(data)
    assert [(p.key, p.message) for p in problems] == [
        ("provisions[0](art_1).text_status.fr", "invalid value 'verbatum'")], problems


@pytest.mark.parametrize("key", ["text_status", *(pytest.param(k, marks=pytest.mark.slow)  # each loads a whole copy
                                                   for k in ("translation_status", "text", "sources", "heading"))])
def test_a_renamed_key_is_one_record(data: Path, key: str) -> None:
    _edit_art_1(data, f"\n    {key}:", f"\n    {key}x:")
    _, problems = load_with_problems(data)
    assert len(problems) == 1, [p.text("en") for p in problems]
    assert problems[0].key == f"provisions[0].{key}x" and f"'{key}'" in problems[0].text("en")


def test_two_different_mistakes_are_two_records_in_line_order(data: Path) -> None:
    path = _edit_art_1(data, "confidence: medium", "confidence: moyen")
    _edit_art_1(data, "text_status: {fr: verbatim}", "text_status: {fr: verbatum}")
    _, problems = load_with_problems(data)
    assert len(problems) == 2 and {p.path for p in problems} == {str(path)}


def test_the_same_key_is_reported_once_and_a_key_below_it_is_not() -> None:
    reader = Reader("f.yaml")
    reader.problem({}, "victims[0].id", "missing required key")
    reader.problem({}, "victims[0](V1).id", "missing required key")  # the same place, named by its id
    reader.problem({}, "victims[0].id.x", "anything below it")
    reader.problem({}, "victims[0].idx", "another key")  # a sibling whose name starts alike: its own record
    assert [p.key for p in reader.problems] == ["victims[0].id", "victims[0].idx"]
    assert reader.flagged("victims[0]") and reader.flagged("victims[0].id.y") and not reader.flagged("victims[1]")
