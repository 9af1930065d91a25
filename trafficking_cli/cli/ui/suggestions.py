"""At the end of a checklist: the elements the answers suggest, confirmed one by one by the interviewer.

"Beaten or threatened" (B16), "confined or watched" (B18), papers kept (B19), a debt (B20), 12 hours a day
(B29), no pay (B30) point to elements without establishing them: nothing becomes a legal element silently.
A confirmed element is recorded with the answer that supports it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from rich.console import Console
from rich.text import Text

from trafficking_cli.checklists.answers import NO_WORDS, YES_WORDS, fold
from trafficking_cli.checklists.engine import pending
from trafficking_cli.i18n import t

from .review import describe
from .widgets import prompt_line

if TYPE_CHECKING:
    from trafficking_cli.cases.interview import Interview
    from trafficking_cli.checklists.engine import Session


def confirm_suggestions(console: Console, interview: Interview, session: Session, lang: str,
                        now: Callable[[], str]) -> Session:
    """Ask about each suggested element not yet decided; Enter leaves it for later (asked again next time)."""
    todo = pending(session)
    if not todo:
        return session
    console.print()
    console.print(Text(t("ui.cl.suggest.title", lang), style="bold cyan"))
    index = interview.corpus.element_index()
    for item, element in todo:
        label = index[element][2].label.get(lang) if element in index else element
        answer = describe(item, session.record(item), lang)
        console.print(Text(t("ui.cl.suggest.item", lang, item=item.id, text=item.text.get(lang) or "",
                             answer=answer, element=label)))  # the label only: never an id
        while True:
            word = fold(prompt_line(t("ui.cl.suggest.ask", lang)))
            if word in YES_WORDS or word in NO_WORDS:
                session = interview.decide(item.id, element, word in YES_WORDS, now())
                break
            if not word:
                break  # undecided: suggested again at the next run
            console.print(Text(t("ui.cl.suggest.bad", lang), style="red"))
    return session
