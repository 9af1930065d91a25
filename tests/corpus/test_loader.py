"""The strict loader: one deliberately broken file per rule, each with the message a lawyer needs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from trafficking_cli.corpus.loader import dump_yaml, parse_yaml
from trafficking_cli.corpus.schema_checklists import load_checklist
from trafficking_cli.corpus.schema_law import load_instrument
from trafficking_cli.corpus.schema_offences import load_offences
from trafficking_cli.errors import DataError

INVALID = sorted((Path(__file__).resolve().parents[1] / "data" / "invalid").glob("*.yaml"))


def _expectation(path: Path) -> tuple[str, int]:
    match = re.match(r"# expect: (.*) @ (\d+)$", path.read_text(encoding="utf-8").splitlines()[0])
    assert match, f"{path.name}: first line must be '# expect: MESSAGE @ LINE'"
    return match.group(1), int(match.group(2))


def _problems(path: Path):
    if path.name.startswith("offences"):
        return load_offences(path)[1]
    if path.name.startswith("checklist"):
        return load_checklist(path)[1]
    return load_instrument(path)[2]


@pytest.mark.parametrize("path", INVALID, ids=[p.stem for p in INVALID])
def test_each_broken_file_gets_its_message_and_line(path: Path) -> None:
    message, line = _expectation(path)
    problems = _problems(path)
    assert problems, f"{path.name} should be rejected"
    matching = [p for p in problems if message in str(p)]
    assert matching, f"expected {message!r} in {[str(p) for p in problems]}"
    assert matching[0].line == line
    assert matching[0].path == str(path)


def test_every_rule_has_a_broken_example() -> None:
    assert len(INVALID) >= 15


def test_dates_stay_strings_and_numbers_are_not_coerced() -> None:
    data = parse_yaml('d: 2012-07-12\nn: "3.10"\nb: "no"\n', "x.yaml")
    assert data == {"d": "2012-07-12", "n": "3.10", "b": "no"}


def test_duplicate_key_is_refused_with_the_line() -> None:
    with pytest.raises(DataError) as caught:
        parse_yaml("a: 1\nb: 2\na: 3\n", "dup.yaml")
    problem = caught.value.problems[0]
    assert problem.line == 3 and "duplicate key 'a'" in problem.message


def test_every_problem_in_a_file_is_reported_not_just_the_first(tmp_path: Path) -> None:
    path = tmp_path / "many.yaml"
    path.write_text(
        "schema: trafficking-law/1\n"
        "instrument: {id: many, kind: law, original_languages: [fr], short: {fr: M}, title: {fr: M},"
        " status: {fr: s}, sources: [{id: s1, title: S}]}\n"
        "provisions:\n"
        "  - {eid: art_1, num: 1, text_status: {fr: missing}, sources: [s1]}\n"
        "  - {eid: art_2, num: '2', text_status: {fr: verbatim}, sources: [nope]}\n",
        encoding="utf-8",
    )
    messages = [p.message for p in load_instrument(path)[2]]
    assert any("quoted string" in m for m in messages)
    assert any("no text but text_status is verbatim" in m for m in messages)
    assert any("unknown source 'nope'" in m for m in messages)


def test_not_utf8_is_a_clear_problem(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes("schema: trafficking-law/1\ntitle: Mal\xe9\n".encode("latin-1"))
    problems = load_instrument(path)[2]
    assert "not UTF-8" in problems[0].message


def test_dump_then_parse_round_trips_french_text() -> None:
    data = {"summary": "« L’exploitation » — œuvre", "n": "3.10"}
    assert parse_yaml(dump_yaml(data), "x") == data
