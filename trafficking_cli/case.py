"""Case files: read (plain or encrypted), write atomically, pseudonyms. No printing, no prompting."""

from __future__ import annotations

from pathlib import Path

from . import models as m
from .case_schema import case_from_data
from .corpus import Corpus
from .errors import CaseError
from .loader import read_yaml_file


def load_case(path: Path, corpus: Corpus) -> m.Case:
    """Read and check a plain YAML case file against the law's element ids."""
    if not path.exists():
        raise CaseError(f"{path}: no such case file", hint="trafficking case list, or trafficking case new")
    doc = read_yaml_file(path)
    return case_from_data(doc, str(path), corpus.element_index(), corpus.aggravating_ids())
