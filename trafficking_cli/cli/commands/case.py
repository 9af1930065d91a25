"""``case new / list / show / delete``, and the helpers other commands use to find and open a case.

The case folder is ``platformdirs.user_data_dir("trafficking-cli")/cases``, or ``$TRAFFICKING_HOME/cases``.
The passphrase comes from ``TRAFFICKING_PASSPHRASE`` or is typed (hidden) once per run.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from trafficking_cli.errors import CaseNotFoundError, CryptoError, DataError, UsageError
from trafficking_cli.i18n import t

from ..app import State, app, help_text
from ..env import Environment, current_environ
from ..lines import case_lines
from ..output import emit

if TYPE_CHECKING:
    from trafficking_cli import models as m
    from trafficking_cli.cases import CaseFile

    from ..ui.common import Console

case_app = typer.Typer(no_args_is_help=True, help=help_text("help.case"))
app.add_typer(case_app, name="case")

CaseArg = Annotated[str, typer.Argument(metavar="CASE", help=help_text("help.argument.case"))]
JsonFlag = Annotated[bool, typer.Option("--json", help=help_text("help.option.json"))]


def cases_dir() -> Path:
    """Where named cases live: $TRAFFICKING_HOME/cases, else the user's data folder."""
    home = current_environ().get("TRAFFICKING_HOME")
    if home:
        return Path(home).expanduser() / "cases"
    from platformdirs import user_data_dir

    return Path(user_data_dir("trafficking-cli", appauthor=False)) / "cases"


def lock_wait() -> float:
    """Seconds a writer waits for another one on the same case (TRAFFICKING_LOCK_WAIT, default 5); the user is
    told at once whom it waits for (on stderr)."""
    from trafficking_cli.cases.lock import Patience

    try:
        seconds = max(0.0, float(current_environ().get("TRAFFICKING_LOCK_WAIT") or 5))
    except ValueError:
        seconds = 5.0
    return Patience(seconds, _say_waiting)


def _say_waiting(holder: dict[str, str]) -> None:
    from typer._click.globals import get_current_context

    ctx = get_current_context(silent=True)
    env = ctx.find_root().obj if ctx is not None else None
    if isinstance(env, Environment):
        env.console(stderr=True).print(t("case.waiting", env.lang, **holder), markup=False, soft_wrap=True)


def now(state: State | None = None) -> str:
    """The time to stamp an answer with: the environment's clock (``main(argv, env)``), else the system's."""
    moment = state.now() if state is not None else datetime.now()
    return moment.isoformat(timespec="seconds")


def today(state: State | None = None) -> str:
    return (state.today() if state is not None else date.today()).isoformat()


class Secrets:
    """The passphrases of one run: from TRAFFICKING_PASSPHRASE_FD / _FILE / TRAFFICKING_PASSPHRASE, or typed
    once and kept in memory."""

    def __init__(self, state: State, interactive: bool = True, path: Path | None = None) -> None:
        self.lang = state.lang
        self.path = path
        self.interactive = interactive
        from ..passphrase_source import passphrase_from  # an fd, a 0600 file, or TRAFFICKING_PASSPHRASE

        self.env = passphrase_from(state.environ)
        self.case: str | None = None
        self.identity: str | None = None
        self.identity_decided = False
        self.identity_typed = False  # after a wrong one: ask, never fall back on the case's or the environment's

    def for_case(self) -> str:
        if self.case is None:
            self.case = self.env or self._ask(new=False)
        return self.case

    def for_new_case(self) -> str:
        from ..ui.case import MIN_PASSPHRASE

        if self.env and len(self.env) < MIN_PASSPHRASE:
            raise CryptoError(t("case.passphrase_short.env", self.lang, n=MIN_PASSPHRASE),
                              t("case.passphrase_short.hint", self.lang))
        self.case = self.env or self._ask(new=True)
        return self.case

    def _ask(self, new: bool) -> str:
        if not self.interactive:  # nobody to ask: how the run was started is at fault (exit 2), not a passphrase
            raise UsageError(t("case.passphrase_needed", self.lang, path=self.path or "?"),
                             t("case.passphrase_needed.hint", self.lang))
        from ..ui.case import ask_passphrase

        return ask_passphrase(self.lang, new=new)

    def for_identity(self, console: Console, exists: bool) -> str | None:
        """The identity file's passphrase (the case's, when encrypted), or None: do not record."""
        if not self.identity_decided:
            self.identity = None if self.identity_typed else self.case or self.env
            if self.identity is None and self.interactive:
                from ..ui.case import ask_identity_passphrase

                self.identity = ask_identity_passphrase(console, self.lang, new=not exists)
            self.identity_decided = True
        return self.identity

    def forget_identity(self) -> bool:
        """After a wrong identity passphrase: forget it; True when another one can be typed."""
        self.identity, self.identity_decided, self.identity_typed = None, False, True
        return self.interactive


def refuse_person_name(state: State, name: str) -> None:
    """Victims are codes: a case named after a person would put that name in file names and listings."""
    from trafficking_cli.errors import UsageError

    raise UsageError(t("case.person_name", state.lang, name=name), t("case.person_name.hint", state.lang))


def case_path(ref: str, *, encrypted: bool = False) -> Path:
    from trafficking_cli.cases import resolve_case_path

    return resolve_case_path(ref, cases_dir(), encrypted=encrypted)


def open_case(state: State, ref: str, *, draft: bool = False) -> m.Case:
    """A case from a path or a name, decrypted if needed (for ``memo`` and other readers).

    A problem in the file names the command that fixes it; for an encrypted case, never a line to edit.
    """
    from trafficking_cli.cases import is_encrypted_file, load_case
    from trafficking_cli.cases.edit import fix_hint, for_encrypted

    path = case_path(ref)
    state.warn_shared(path)
    secrets = Secrets(state, interactive=state.stdin_isatty, path=path)
    try:
        return load_case(path, state.corpus(), secrets.for_case, draft=draft)
    except DataError as error:
        if is_encrypted_file(path):
            raise for_encrypted(error, ref, state.lang) from None
        if any(p.key == "facts_date" for p in error.problems):
            raise DataError(error.problems, hint=fix_hint(error.problems, ref)) from None
        raise


def _open_for_change(state: State, ref: str) -> CaseFile:
    """The case open for writing (decrypted in memory), whatever its form."""
    from trafficking_cli.cases import open_case_file

    path = case_path(ref)
    if not path.is_file():
        raise CaseNotFoundError(t("case.missing", state.lang, path=path), t("case.missing.hint", state.lang))
    secrets = Secrets(state, interactive=state.stdin_isatty, path=path)
    return open_case_file(path, secrets.for_case, wait=lock_wait())  # one writer per case


def _check_and_write(state: State, case_file: CaseFile, ref: str) -> m.Case:
    """Check the changed case as an interview does (a draft may lack facts_date), then write it atomically."""
    from trafficking_cli.cases.edit import for_encrypted
    from trafficking_cli.cases.schema import case_from_data

    corpus = state.corpus()
    try:
        model = case_from_data(case_file.data, str(case_file.path), corpus.element_index(),
                               corpus.aggravating_ids(), draft=True)
    except DataError as error:
        if case_file.encrypted:
            raise for_encrypted(error, ref, state.lang) from None
        raise
    case_file.save()
    return model


@case_app.command("new", help=help_text("help.case.new"))
def case_new(
    ctx: typer.Context,
    path: Annotated[str | None, typer.Argument(metavar="[PATH]", help=help_text("help.case.new.path"))] = None,
    encrypt: Annotated[bool, typer.Option("--encrypt", help=help_text("help.case.new.encrypt"))] = False,
) -> None:
    """Crée un dossier à partir du modèle commenté. Ex. : trafficking case new rp-2019-0123 --encrypt."""
    from trafficking_cli.cases import create_case_file, template_data
    from trafficking_cli.cases.store import check_new

    from ..ui.case import render_created

    state: State = ctx.obj
    from trafficking_cli.cases.names import looks_like_a_person

    if path and looks_like_a_person(path):
        refuse_person_name(state, path)
    name = path or f"dossier-{state.now():%Y%m%d-%H%M%S}"
    target = case_path(name, encrypted=encrypt)
    check_new(target)  # refuses an existing name before the passphrase is asked
    state.warn_shared(target)
    passphrase = Secrets(state).for_new_case() if encrypt else None
    create_case_file(target, template_data(), passphrase, lang=state.lang, wait=lock_wait())
    render_created(state.console(), str(target), name, encrypt, state.lang)


@case_app.command("list", help=help_text("help.case.list"))
def case_list(ctx: typer.Context, as_json: JsonFlag = False) -> None:
    """Les dossiers d’enquête enregistrés (les dossiers chiffrés ne sont pas ouverts). Ex. : trafficking case list."""
    from trafficking_cli.cases import list_cases

    state: State = ctx.obj
    folder = cases_dir()
    emit(state, {"folder": str(folder), "cases": list_cases(folder)}, _render_case_list, as_json=as_json,
         lines=case_lines)


def _render_case_list(console: Console, view: dict[str, Any], lang: str) -> None:
    from ..ui.case import render_case_list

    render_case_list(console, view["cases"], view["folder"], lang)


@case_app.command("show", help=help_text("help.case.show"))
def case_show(ctx: typer.Context, case: CaseArg, as_json: JsonFlag = False) -> None:
    """Un dossier : faits, victimes, éléments établis, preuves, avancement. Ex. : trafficking case show rp-1."""
    from trafficking_cli.cases import case_view, read_case_file
    from trafficking_cli.cases.schema import case_from_data

    state: State = ctx.obj
    corpus = state.corpus()
    path = case_path(case)
    state.warn_shared(path)
    case_file = read_case_file(path, Secrets(state, interactive=True, path=path).for_case)  # a reader: no lock
    model = case_from_data(case_file.data, str(path), corpus.element_index(), corpus.aggravating_ids(), draft=True)
    view = case_view(case_file, model, corpus, today=today(state), lang=state.lang)
    emit(state, view, _render_case, as_json=as_json)


def _render_case(console: Console, view: dict[str, Any], lang: str) -> None:
    from ..ui.case import render_case

    render_case(console, view, lang)


@case_app.command("set", help=help_text("help.case.set"))
def case_set(
    ctx: typer.Context, case: CaseArg,
    key: Annotated[str, typer.Argument(metavar="KEY", help=help_text("help.case.set.key"))],
    value: Annotated[str, typer.Argument(metavar="VALUE", help=help_text("help.case.set.value"))],
) -> None:
    """Renseigne un fait du dossier, chiffré ou non. Ex. : trafficking case set rp-1 facts_date 2019-01-15"""
    from trafficking_cli.cases.edit import set_value

    state: State = ctx.obj
    case_file = _open_for_change(state, case)
    written_key, written = set_value(case_file.data, key, value, state.lang)
    _check_and_write(state, case_file, case)
    shown = json.dumps(written, ensure_ascii=False)
    state.console().print(t("ui.case.set.done", state.lang, field=written_key, value=shown, path=case_file.path),
                          markup=False, soft_wrap=True)


@case_app.command("edit", help=help_text("help.case.edit"))
def case_edit(ctx: typer.Context, case: CaseArg) -> None:
    """Ouvre le dossier dans $EDITOR (copie privée temporaire, effacée ensuite). Ex. : trafficking case edit rp-1"""
    from trafficking_cli.corpus.loader import parse_yaml

    from .case_editor import edit_text

    state: State = ctx.obj
    case_file = _open_for_change(state, case)
    text = case_file.text()
    console = state.console()
    while True:
        edited = edit_text(text, suffix=".yaml", lang=state.lang)
        if edited == text:
            console.print(t("ui.case.edit.unchanged", state.lang), markup=False)
            return
        try:
            data = parse_yaml(edited, str(case_file.path))
            if not isinstance(data, dict):
                raise DataError([], hint="")
            case_file.data = data
            _check_and_write(state, case_file, case)
            break
        except DataError as error:
            from ..ui.case import confirm

            console.print(t("ui.case.edit.invalid", state.lang, error=error.localized_message(state.lang)),
                          style="red", markup=False)
            if not (state.stdin_isatty and confirm(state.lang, t("ui.case.edit.again", state.lang))):
                console.print(t("ui.case.edit.kept", state.lang, path=case_file.path), markup=False, soft_wrap=True)
                raise typer.Exit(int(error.exit_code)) from None
            text = edited
    console.print(t("ui.case.edit.done", state.lang, path=case_file.path), markup=False, soft_wrap=True)


@case_app.command("delete", help=help_text("help.case.delete"))
def case_delete(
    ctx: typer.Context, case: CaseArg,
    yes: Annotated[bool, typer.Option("--yes", "-y", help=help_text("help.case.delete.yes"))] = False,
) -> None:
    """Supprime un dossier et son fichier d’identité (confirmation demandée). Ex. : trafficking case delete rp-1."""
    from trafficking_cli.cases import delete_case, identity_path

    state: State = ctx.obj
    path = case_path(case)
    if not path.is_file():
        raise CaseNotFoundError(t("case.missing", state.lang, path=path), t("case.missing.hint", state.lang))
    identity = t("ui.case.delete.identity", state.lang) if identity_path(path).exists() else ""
    console = state.console()
    if not yes and not _confirmed(state, case, t("ui.case.delete.confirm", state.lang, path=path, identity=identity)):
        console.print(t("ui.case.delete.kept", state.lang))  # a « no » is an answer, not a failure: exit 0
        return
    removed = delete_case(path, wait=lock_wait())
    console.print(t("ui.case.deleted", state.lang, paths=", ".join(str(p) for p in removed)), markup=False)
    console.print(t("ui.case.delete.ssd", state.lang), style="dim")


def _confirmed(state: State, case: str, question: str) -> bool:
    """The user's « o » to ``question``; with no terminal and no answer piped in, a usage error naming ``-y``."""
    from ..ui.case import confirm

    try:
        return confirm(state.lang, question)
    except typer.Abort:
        if state.stdin_isatty:
            raise  # Ctrl-D at the prompt: interrupted
        import shlex

        command = f"trafficking case delete {shlex.quote(case)} -y"
        raise UsageError(t("ui.case.delete.no_answer", state.lang, path=case_path(case)),
                         t("ui.case.delete.no_answer.hint", state.lang, command=command)) from None


@case_app.command("identity", help=help_text("help.case.identity"))
def case_identity(
    ctx: typer.Context, case: CaseArg,
    victim: Annotated[str | None, typer.Option("--victim", metavar="V1",
                                               help=help_text("help.case.identity.victim"))] = None,
    as_json: JsonFlag = False,
) -> None:
    """Relit le fichier d’identité protégé d’un dossier. Ex. : trafficking case identity rp-1 --victim V1"""
    from trafficking_cli.cases import IdentityFile, identity_path

    state: State = ctx.obj
    path = identity_path(case_path(case))
    if not path.is_file():
        raise CaseNotFoundError(t("ui.case.identity.none", state.lang, path=path), t("case.missing.hint", state.lang))
    secrets = Secrets(state, interactive=state.stdin_isatty, path=path)
    identity = IdentityFile.open(path, secrets.for_case())
    entries = {v: e for v, e in (identity.data.get("identities") or {}).items() if victim in (None, v)}
    emit(state, {"path": str(path), "identities": entries}, _render_identity, as_json=as_json)


def _render_identity(console: Console, view: dict[str, Any], lang: str) -> None:
    from ..ui.case import render_identity

    render_identity(console, view["path"], view["identities"], lang)
