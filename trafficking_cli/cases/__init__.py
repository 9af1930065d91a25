"""Case files: read (plain or encrypted), write atomically, the commented template, interview storage.

No printing, no prompting, no environment, no clock: paths, passphrases and ``now`` are arguments.

- Every write goes to a temporary file in the same folder, is flushed and fsync'ed, then renamed over
  the case (``os.replace``) and the folder is fsync'ed: a crash or ``kill -9`` leaves either the old or
  the new file, never half of one. Files are created 0600, folders 0700.
- Victims and suspects are codes. Answers to ``protected`` items never go into the case file: their
  values go to ``<case>.identity``, which is always encrypted.
- ``derived`` (an extra key, allowed by contracts §3) records what the answers added to the victims and
  to the evidence list, so that changing an answer removes what it had added while entries written by
  hand stay.

The parts live in small modules: ``store`` (reading, ``CaseFile``, the case folder), ``schema`` (the case
file's checks), ``template`` (the commented YAML), ``identity`` (the identity file), ``derived`` (derived
facts), ``interview`` (an interview in progress, ``--answers FILE``), ``view`` (``case show``) and ``crypto``.
This package exports only what the command line and the tests use through it; the rest is imported from
its own module.
"""

from __future__ import annotations

from pathlib import Path

from trafficking_cli import models as m
from trafficking_cli.corpus.lookup import Corpus
from trafficking_cli.storage import atomic_write

from .derived import apply_derived
from .identity import IdentityFile
from .interview import Interview, run_scripted, scripted_entries
from .schema import case_from_data
from .store import (
    CaseConflictError,
    CaseFile,
    Passphrase,
    create_case_file,
    delete_case,
    identity_path,
    is_encrypted_file,
    list_cases,
    new_case_file,
    open_case_file,
    read_case_data,
    read_case_file,
    resolve_case_path,
)
from .template import render_case, template_data, to_plain
from .view import case_view

__all__ = [
    "CaseConflictError", "CaseFile", "IdentityFile", "Interview",
    "apply_derived", "atomic_write", "case_view", "create_case_file", "delete_case", "identity_path",
    "is_encrypted_file",
    "list_cases", "load_case", "new_case_file", "open_case_file", "read_case_data", "read_case_file",
    "render_case",
    "resolve_case_path", "run_scripted", "scripted_entries", "template_data", "to_plain",
]


def load_case(path: Path, corpus: Corpus, passphrase: Passphrase = None, *, draft: bool = False) -> m.Case:
    """Read and check a case file (plain YAML, or encrypted: then ``passphrase`` is needed).

    ``passphrase`` may be a string or a function asked only if the file turns out to be encrypted.
    """
    data, _ = read_case_data(path, passphrase)
    return case_from_data(data, str(path), corpus.element_index(), corpus.aggravating_ids(), draft=draft)
