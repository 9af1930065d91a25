"""``checklist list / show / run``: the interview checklists, printed or walked through item by item."""

from __future__ import annotations

import re
import shlex
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from trafficking_cli.errors import UsageError
from trafficking_cli.i18n import t

from ..app import State, app, help_text
from ..boundary import on_interrupt
from ..output import emit
from .case import JsonFlag, Secrets, case_path, lock_wait, now, today

if TYPE_CHECKING:
    from trafficking_cli import models as m
    from trafficking_cli.cases import CaseFile, Interview
    from trafficking_cli.cases.interview import Protect
    from trafficking_cli.corpus.lookup import Corpus

    from ..ui.common import Console

checklist_app = typer.Typer(no_args_is_help=True, help=help_text("help.checklist"))
app.add_typer(checklist_app, name="checklist")

ChecklistId = Annotated[str, typer.Argument(metavar="ID", help=help_text("help.argument.checklist"))]


@checklist_app.command("list", help=help_text("help.checklist.list"))
def checklist_list(ctx: typer.Context, as_json: JsonFlag = False) -> None:
    """Les listes d’audition. Ex. : trafficking checklist list."""
    from trafficking_cli.checklists.views import checklists_json

    state: State = ctx.obj
    emit(state, checklists_json(state.corpus().checklists), _render_checklists, as_json=as_json)


def _render_checklists(console: Console, view: Any, lang: str) -> None:
    from ..ui.checklist import render_checklists

    render_checklists(console, view, lang)


@checklist_app.command("show", help=help_text("help.checklist.show"))
def checklist_show(ctx: typer.Context, checklist_id: ChecklistId, as_json: JsonFlag = False) -> None:
    """Une liste en entier : questions, mode, type, ce qu’elles établissent. Ex. : trafficking checklist show B."""
    from trafficking_cli.checklists.views import checklist_json

    state: State = ctx.obj
    corpus = state.corpus()

    def render(console: Console, checklist: Any, lang: str) -> None:
        from trafficking_cli.corpus.labels import fact_labels

        from ..ui.checklist import render_checklist

        render_checklist(console, checklist, lang, fact_labels(corpus))  # what the items establish, by name

    emit(state, corpus.checklist(checklist_id), render, as_json=as_json, data=checklist_json)


@checklist_app.command("run", help=help_text("help.checklist.run"))
def checklist_run(
    ctx: typer.Context,
    checklist_id: ChecklistId,
    case: Annotated[str, typer.Option("--case", metavar="CASE", help=help_text("help.checklist.run.case"))],
    victim: Annotated[str, typer.Option("--victim", metavar="V1", help=help_text("help.checklist.run.victim"))] = "V1",
    answers: Annotated[Path | None, typer.Option("--answers", metavar="FILE",
                                                 help=help_text("help.checklist.run.answers"))] = None,
    encrypt: Annotated[bool, typer.Option("--encrypt", help=help_text("help.checklist.run.encrypt"))] = False,
    create: Annotated[bool, typer.Option("--new", help=help_text("help.checklist.run.new"))] = False,
) -> None:
    """Mène une liste, question par question ; chaque réponse est enregistrée aussitôt.

    Ex. : trafficking checklist run A --case rp-2019-0123 --victim V1
    """
    state: State = ctx.obj
    corpus = state.corpus()
    checklist = corpus.checklist(checklist_id)
    _check_victim_code(state, victim)
    given = _read_answers(answers, state.lang) if answers is not None else None
    secrets, interview = _open_interview(state, corpus, checklist.id, case, victim, encrypt=encrypt,
                                         scripted=given is not None, create=create)
    _check_gate(state, interview, case, victim)
    _check_and_save(interview, given, answers)
    console = state.console()
    protect = _protector(console, secrets, interview, victim)

    def command_for(target: str) -> str:
        return resume_command(state, target, case, victim)

    def stopped() -> None:  # Ctrl-C / Ctrl-D: every answer given is on disk; say where, and how to resume
        from ..ui.review import render_stopped

        if given is None:
            console.print()  # the prompt's line was left open
        render_stopped(console, interview, state.lang, command_for, paused=False)  # the path whole

    with on_interrupt(stopped):
        if given is None:
            from ..ui.interview import run_interview

            run_interview(console, interview, lang=state.lang, now=lambda: now(state), protect=protect,
                          command_for=command_for)
            return
        _scripted(console, state, interview, given, answers, protect, command_for)


def _check_victim_code(state: State, victim: str) -> None:
    """Victims are codes (V1, V2…): a name typed here would end up in the case file."""
    if not re.fullmatch(r"V\d+", victim):
        raise UsageError(t("run.error.victim", state.lang, victim=victim), "--victim V1")


def _open_interview(state: State, corpus: Corpus, checklist_id: str, case: str, victim: str, *, encrypt: bool,
                    scripted: bool, create: bool = False) -> tuple[Secrets, Interview]:
    """Open the case (or start one from the template; nothing is written yet) and the interview on it."""
    from trafficking_cli.cases import Interview

    path = case_path(case, encrypted=encrypt)
    state.warn_shared(path)
    secrets = Secrets(state, interactive=not scripted or state.stdin_isatty, path=path)
    case_file = _open_or_new_case(state, path, victim, secrets, encrypt, case, create)
    return secrets, Interview(case_file, corpus, checklist_id, victim, today=today(state))


def _open_or_new_case(state: State, path: Path, victim: str, secrets: Secrets, encrypt: bool,
                      case: str, create: bool) -> CaseFile:
    from trafficking_cli.cases import new_case_file, open_case_file, template_data

    if path.exists():
        if encrypt and not _is_encrypted(path):
            raise UsageError(t("run.error.encrypt_existing", state.lang, path=path))
        return open_case_file(path, secrets.for_case, wait=lock_wait())  # one writer per case
    _may_create(state, case, path, create)
    data = template_data((victim,), ())
    return new_case_file(path, data, secrets.for_new_case() if encrypt else None, lang=state.lang)


def _may_create(state: State, case: str, path: Path, create: bool) -> None:
    """A case that does not exist: never a person's name; ``--new``, or asked in a terminal, else refused.

    A typo in ``--case`` must not silently start a new case and record the interview there.
    """
    from trafficking_cli.cases import list_cases
    from trafficking_cli.cases.names import closest, looks_like_a_person, stem

    from .case import cases_dir, refuse_person_name

    if looks_like_a_person(case):
        refuse_person_name(state, case)
    if create:
        return
    near = closest(case, [row["name"] for row in list_cases(cases_dir())])
    hint = f"trafficking case new {shlex.quote(case if '/' in case else stem(case))}"
    if not state.stdin_isatty:
        said = t("run.error.no_case", state.lang, case=case, near=", ".join(near)) if near else \
            t("run.error.no_case.alone", state.lang, case=case)  # no « (les plus proches : —) »
        raise UsageError(said, t("run.error.no_case.hint", state.lang, command=hint))
    from ..ui.case import confirm_create

    if not confirm_create(state.console(), state.lang, case, str(path), near):
        raise UsageError(t("run.error.not_created", state.lang, case=case), hint)


def _check_and_save(interview: Interview, given: Any, source: Path | None) -> None:
    """Check every value of an answers file before anything is written; then write a new case or victim."""
    from trafficking_cli.cases import scripted_entries

    if given is not None:
        scripted_entries(interview.checklist, given, str(source))
    if not interview.case_file.path.exists() or interview.added_victim:
        interview.save()


def _scripted(console: Console, state: State, interview: Interview, given: Any, source: Path | None,
              protect: Protect, command_for: Callable[[str], str]) -> None:
    from trafficking_cli.cases import run_scripted

    from ..ui.review import render_scripted

    report = run_scripted(interview, given, now(state), protect, str(source))
    render_scripted(console, report, interview, interview.session(), state.lang, command_for)


def _read_answers(path: Path, lang: str) -> Any:
    from trafficking_cli.corpus.loader import read_yaml_file

    if path.is_dir():
        raise UsageError(t("run.error.answers_dir", lang, path=path), "--answers answers.yaml")
    if not path.exists():  # a pipe (--answers <(…)) or /dev/null is read, not "not found"
        raise UsageError(t("run.error.answers_missing", lang, path=path), "--answers answers.yaml")
    given = read_yaml_file(path)  # JSON is read by the same strict YAML parser
    if given is None:  # an empty file is a mistake, not a request for an interactive interview
        from trafficking_cli import models as m
        from trafficking_cli.errors import DataError
        from trafficking_cli.i18n import Msg

        raise DataError([m.Problem.of(str(path), None, "", Msg.of("data.answers_empty"))],
                        hint=Msg.of("data.nothing_was_written_fix_answers"))
    return given


def _is_encrypted(path: Path) -> bool:
    from trafficking_cli.cases import is_encrypted_file

    return is_encrypted_file(path)


def resume_command(state: State, checklist_id: str, case: str, victim: str) -> str:
    """The exact command that continues this interview."""
    parts = ["trafficking"]
    if state.lang == "en":
        parts += ["--lang", "en"]
    if state.data_dir:
        parts += ["--data-dir", shlex.quote(str(state.data_dir))]
    parts += ["checklist", "run", checklist_id, "--case", shlex.quote(case), "--victim", victim]
    return " ".join(parts)


def _check_gate(state: State, interview: Interview, case: str, victim: str) -> None:
    """Refuse a checklist this victim may not be heard on yet; the hint is the command for checklist A."""
    gate = interview.session().gate()
    if gate.allowed:
        return
    items = ", ".join(gate.missing)
    target = {"requires": "A", "not_child": "A", "adult_only": "C"}.get(gate.reason or "")
    hint = resume_command(state, target, case, victim) if target else ""
    raise UsageError(t(f"run.gate.{gate.reason}", state.lang, checklist=interview.checklist.id, victim=victim,
                       items=items), hint)


def _protector(console: Console, secrets: Secrets, interview: Interview, victim: str) -> Protect:
    """Store a protected answer in the encrypted identity file; False when it is not recorded."""
    from trafficking_cli.cases import IdentityFile, identity_path
    from trafficking_cli.errors import CryptoError

    opened: dict[str, IdentityFile] = {}  # the identity file, decrypted once per run

    def protect(item: m.Item, value: Any, note: str | None) -> bool:
        """The answer stays in memory while the passphrase is typed again after a mistake."""
        path = identity_path(interview.case_file.path)
        identity = opened.get("file")
        while identity is None:
            passphrase = secrets.for_identity(console, path.exists())
            if not passphrase:
                return False
            try:
                identity = IdentityFile.open(path, passphrase)
            except CryptoError:
                again = secrets.forget_identity()
                key = "run.identity.wrong_again" if again else "run.identity.wrong"
                console.print(t(key, secrets.lang, error=t("crypto.wrong", secrets.lang)), style="red", markup=False)
                if not again:
                    return False
        opened["file"] = identity
        identity.record(victim, item.key, value, now(), note)
        identity.save()
        return True

    return protect
