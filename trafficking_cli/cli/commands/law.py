"""Reference commands: ``show``, ``elements``, ``law list``, ``validate``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ..app import State, app, help_text
from ..lines import problem_lines
from ..output import Render, emit
from .options import JsonFlag

if TYPE_CHECKING:
    from trafficking_cli.models import Problem

    from ..ui.common import Console

law_app = typer.Typer(no_args_is_help=True, help=help_text("help.law"))
app.add_typer(law_app, name="law")



@app.command(help=help_text("help.show"))
def show(
    ctx: typer.Context,
    # Several words, so that `show palermo 3` works without quotes, as people type it.
    ref: Annotated[list[str], typer.Argument(
        help=help_text("help.show.ref"), metavar="REF")],
    as_json: JsonFlag = False,
) -> None:
    """Une disposition : texte, traduction, statut, sources. Ex. : trafficking show "art 3"."""
    from trafficking_cli.corpus.views import provision_view

    state: State = ctx.obj
    corpus = state.corpus()
    view = provision_view(corpus, corpus.resolve(" ".join(ref)), state.lang)
    emit(state, view, _ui("render_provision"), as_json=as_json)


@app.command(help=help_text("help.elements"))
def elements(
    ctx: typer.Context,
    offence: Annotated[str | None, typer.Argument(metavar="OFFENCE", help=help_text("help.elements.offence"))] = None,
    as_json: JsonFlag = False,
) -> None:
    """Les infractions, ou une infraction en éléments (acte, moyens, finalité). Ex. : trafficking elements traite."""
    from trafficking_cli.corpus import views

    state: State = ctx.obj
    corpus = state.corpus()
    if offence is None:
        listed = views.offences_list_view(corpus)
        citations = {p: corpus.citation(corpus.provisions[p], state.lang)
                     for o in listed["offences"] for p in o["provisions"] if p in corpus.provisions}

        def render(console: Console, view: Any, lang: str) -> None:
            from ..ui.common import render_offences_list

            render_offences_list(console, view, lang, citations)

        emit(state, listed, render, as_json=as_json)
        return
    view = views.offence_view(corpus, corpus.offence(offence), state.lang)
    emit(state, view, _ui("render_offence"), as_json=as_json)


@law_app.command("list", help=help_text("help.law.list"))
def law_list(ctx: typer.Context, as_json: JsonFlag = False) -> None:
    """Les textes, leur statut et la part de texte vérifié. Ex. : trafficking law list."""
    from trafficking_cli.corpus import views

    state: State = ctx.obj
    emit(state, views.instruments_view(state.corpus(), state.lang), _ui("render_instruments"), as_json=as_json)


@app.command(help=help_text("help.validate"))
def validate(
    ctx: typer.Context,
    data_dir: Annotated[Path | None, typer.Option("--data-dir", help=help_text("help.validate.data_dir"))] = None,
    as_json: JsonFlag = False,
) -> None:
    """Vérifie chaque fichier YAML ; liste chaque problème (fichier, ligne, clé). Ex. : trafficking validate."""
    from trafficking_cli import resources
    from trafficking_cli.corpus.lookup import load_with_problems
    from trafficking_cli.errors import ExitCode

    state: State = ctx.obj
    root = data_dir or state.data_dir or resources.data_root()
    corpus, problems = load_with_problems(root)
    problems = sorted(problems, key=lambda p: (p.path, p.line or 0))  # as an editor walks them: file, then line
    view = {"root": str(root), "problems": problems, "files": len(corpus.files)}
    emit(state, view, _render_problems, as_json=as_json, lines=problem_lines if problems else None,
         notes=_count, data=_validate_json)
    if problems:
        raise typer.Exit(int(ExitCode.DATA))


def _ui(name: str) -> Render:
    """A renderer of ``ui.common``, imported only when the terminal is drawn (not for --json)."""

    def render(console: Console, view: object, lang: str) -> None:
        from ..ui import common

        getattr(common, name)(console, view, lang)

    return render


def _render_problems(console: Console, view: dict[str, Any], lang: str) -> None:
    from ..ui.common import render_problems

    render_problems(console, view["problems"], view["files"], lang)


def _count(view: dict[str, Any], lang: str) -> list[str]:
    """The line form is records only: the count goes to stderr."""
    from trafficking_cli.i18n import t

    return [t("validate.problems", lang, n=len(view["problems"]), files=view["files"])]


def _validate_json(view: dict[str, Any]) -> dict[str, object]:
    return {"root": view["root"], "files": view["files"], "problems": [_problem_json(p) for p in view["problems"]]}


def _problem_json(problem: Problem) -> dict[str, object]:
    # "message"/"hint" stay English for the scripts already reading them; the French comes alongside.
    message_fr, hint_fr = problem.localized("fr")
    return {"path": problem.path, "line": problem.line, "key": problem.key, "message": problem.message,
            "hint": problem.hint, "message_fr": message_fr, "hint_fr": hint_fr}
