"""The line forms of list-like results, for a pipe: one record per line, no colour, no table, no wrapping.

``validate`` prints ``path:line: key: problem (what to do)`` as compilers and linters do, so editors jump
to it; ``search`` and ``case list`` print tab-separated fields, the id or path first (``cut -f1``).

``case list``: ``path, state, reference, facts_date, victims, answers, modified``, always seven fields.
``state`` is empty for a case that reads well, else « chiffré » (not opened: the fields it holds stay empty)
or « invalide (case show) » (``encrypted`` / ``invalid (case show)`` with ``--lang en``); ``victims`` is
comma-separated; ``modified`` is ``YYYY-MM-DD HH:MM``.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from trafficking_cli.i18n import t


def problem_lines(view: dict[str, Any], lang: str) -> Iterator[str]:
    for problem in view["problems"]:
        message, hint = problem.localized(lang)
        where = f"{problem.path}:{problem.line}" if problem.line else problem.path
        line = ": ".join(part for part in (where, problem.key, message) if part)
        yield f"{line} ({hint})" if hint else line


def search_lines(view: dict[str, Any], lang: str) -> Iterator[str]:
    for hit in view["results"]:
        status = t(f"short.{hit['text_status'] or 'checklist_item'}", lang)
        snippet = " ".join((hit["snippet"] or "").split())
        yield "\t".join((hit["id"], hit["citation"], status, snippet))


def case_lines(view: dict[str, Any], lang: str) -> Iterator[str]:
    for row in view["cases"]:
        modified = datetime.fromtimestamp(row["modified"]).strftime("%Y-%m-%d %H:%M")
        if row["encrypted"] or row["problem"]:  # the state in its own field: the others keep their meaning
            state = t("ui.case.list.encrypted" if row["encrypted"] else "ui.case.list.invalid", lang)
            details = [state, "", "", "", ""]
        else:
            details = ["", str(row["reference"] or ""), str(row["facts_date"] or ""), ",".join(row["victims"]),
                       str(row["answers"])]
        yield "\t".join([row["path"], *details, modified])
