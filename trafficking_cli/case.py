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

The parts live in small modules and are re-exported here, so callers keep one import:
``atomic`` (atomic writes), ``case_store`` (reading, ``CaseFile``, the case folder), ``case_template``
(the commented YAML), ``identity`` (the identity file), ``case_derived`` (derived facts),
``interview`` (an interview in progress, ``--answers FILE``) and ``case_view`` (``case show``).
"""

from __future__ import annotations

from pathlib import Path

from . import models as m
from .atomic import atomic_write, clean_orphans, ensure_private_dir, glob_escape
from .case_derived import apply_derived, foreign, hand_minor, sort_answers, victim_context, victim_session
from .case_schema import case_from_data
from .case_store import (
    CASE_SUFFIXES,
    ENCRYPTED_SUFFIX,
    IDENTITY_SUFFIX,
    PLAIN_SUFFIX,
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
    read_case_text,
    resolve_case_path,
)
from .case_template import KEY_ORDER, comment_language, new_victim, render_case, template_data, to_plain
from .case_view import case_view
from .corpus import Corpus
from .identity import IDENTITY_SCHEMA, IdentityFile
from .interview import Interview, run_scripted, scripted_entries

__all__ = [
    "CASE_SUFFIXES", "ENCRYPTED_SUFFIX", "IDENTITY_SCHEMA", "IDENTITY_SUFFIX", "KEY_ORDER", "PLAIN_SUFFIX",
    "CaseConflictError", "CaseFile", "IdentityFile", "Interview", "Passphrase",
    "apply_derived", "atomic_write", "case_view", "clean_orphans", "comment_language", "create_case_file",
    "delete_case",
    "ensure_private_dir", "foreign", "glob_escape", "hand_minor", "identity_path", "is_encrypted_file",
    "list_cases", "load_case", "new_case_file", "new_victim", "open_case_file", "read_case_data",
    "read_case_file", "read_case_text", "render_case", "resolve_case_path", "run_scripted", "scripted_entries", "sort_answers",
    "template_data", "to_plain", "victim_context", "victim_session",
]


def load_case(path: Path, corpus: Corpus, passphrase: Passphrase = None, *, draft: bool = False) -> m.Case:
    """Read and check a case file (plain YAML, or encrypted: then ``passphrase`` is needed).

    ``passphrase`` may be a string or a function asked only if the file turns out to be encrypted.
    """
    data, _ = read_case_data(path, passphrase)
    return case_from_data(data, str(path), corpus.element_index(), corpus.aggravating_ids(), draft=draft)
