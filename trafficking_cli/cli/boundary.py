"""The one error boundary: every way a run can end becomes an exit code, and at most a few lines on stderr.

| how the run ends                                     | exit | said                                 |
| ---------------------------------------------------- | ---- | ------------------------------------ |
| normally                                             | 0    |                                      |
| a closed pipe (``trafficking search x | head -1``)   | 0    | nothing                              |
| bare ``trafficking`` / a group with no subcommand    | 0    | the help, on stdout                  |
| one of our errors (``TraffickingCliError``)          | 1-5  | message, suggestions, hint           |
| a usage error (unknown option, missing argument)     | 2    | usage, where to get help, the error  |
| Ctrl-C, or Ctrl-D at a prompt                        | 130  | "Interrupted.", or the command's own |
| anything else                                        | 1    | one line; ``--debug`` re-raises      |

Lines are never hard-wrapped: a path or a command stays whole, for the terminal to fold and for a user to
copy (HTTPie's ``raw_main``; pipx's one place that decides).

Ctrl-C is handled here only. A command that has more to say when interrupted (an interview: where its answers
are and how to resume) registers it with ``on_interrupt``; the boundary says it instead of "Interrupted.".
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from typer._click.core import Command
from typer._click.exceptions import ClickException, NoArgsIsHelpError, UsageError
from typer.core import TyperGroup
from typer.exceptions import Abort, Exit

from trafficking_cli.errors import ExitCode, Interrupted, TraffickingCliError, UnknownIdError
from trafficking_cli.i18n import t

from . import framework

if TYPE_CHECKING:
    from typer._click.core import Context

    from .env import Environment


# What the running command says if Ctrl-C (or Ctrl-D at a prompt) stops it: the innermost ``on_interrupt``.
_ON_INTERRUPT: list[Callable[[], None]] = []


@contextlib.contextmanager
def on_interrupt(report: Callable[[], None]) -> Iterator[None]:
    """While the block runs, an interruption is reported by ``report`` (said by the boundary, then exit 130).

    No ``try`` here: when the block raises, ``report`` stays registered for the boundary to find (it decides
    whether the run was interrupted) and is cleared when the run ends."""
    _ON_INTERRUPT.append(report)
    yield
    _ON_INTERRUPT.remove(report)


class ClosedPipe(Exception):
    """Whoever read our output went away (``| head``): not an error of ours."""


class Group(TyperGroup):
    """The root group: turns Ctrl-C and a closed pipe into our own exceptions before typer's ``main``
    (which would print nothing for Ctrl-C and exit 1 for a closed pipe) can see them."""

    def invoke(self, ctx: Context) -> Any:
        try:
            if not ctx._protected_args:  # global options and no command (``--lang en``): the help, as bare
                Command.invoke(self, ctx)  # the global options' own checks (an unknown --lang) first
                raise NoArgsIsHelpError(ctx)
            return super().invoke(ctx)
        except KeyboardInterrupt:
            raise Interrupted() from None
        except OSError as error:
            if error.errno == errno.EPIPE:
                raise ClosedPipe() from None
            raise


def run(command: Command, args: list[str], env: Environment) -> int:
    """Run ``command`` with ``args``; return the exit code. Nothing escapes but ``--debug`` tracebacks."""
    framework.install(command)
    try:
        try:
            # typer and click echo to sys.stdout/sys.stderr (help, completion scripts): point them at env's
            with contextlib.redirect_stdout(env.stdout), contextlib.redirect_stderr(env.stderr):
                result = command.main(args=args, prog_name="trafficking", standalone_mode=False, obj=env)
            env.stdout.flush()  # a closed pipe shows here, inside the boundary
            return result if isinstance(result, int) else 0
        finally:
            _release_case_locks()
    except (ClosedPipe, BrokenPipeError):
        return _closed_pipe(env)
    except Interrupted:
        return _interrupted(env)
    except TraffickingCliError as error:
        if env.debug:
            raise
        report_error(env, error)
        return int(error.exit_code)
    except (ClickException, Abort, Exit, KeyboardInterrupt, EOFError) as error:
        return _framework_ending(env, error)
    except SystemExit as stop:  # typer's completion scripts end this way
        return stop.code if isinstance(stop.code, int) else int(ExitCode.ERROR if stop.code else ExitCode.OK)
    except Exception as error:
        if env.debug:
            raise
        # Plain stderr: this path must work even if the rendering layer is what failed.
        _write(env.stderr, t("error.unexpected", env.lang, error=f"{type(error).__name__}: {error}") + "\n")
        return int(ExitCode.ERROR)
    finally:
        _ON_INTERRUPT.clear()


def _interrupted(env: Environment) -> int:
    """Ctrl-C, or Ctrl-D at a prompt: what the command registered (``on_interrupt``), else "Interrupted."."""
    if _ON_INTERRUPT:
        _ON_INTERRUPT[-1]()
    else:
        _write(env.stderr, t("error.interrupted", env.lang) + "\n")
    return int(ExitCode.INTERRUPTED)


def _framework_ending(env: Environment, error: BaseException) -> int:
    """What typer/click stopped on: help asked by asking nothing, a usage error, Ctrl-C at a prompt, an exit."""
    if isinstance(error, NoArgsIsHelpError):
        with error.ctx.scope(cleanup=False):  # so the formatter sees the run's language
            _write(env.stdout, error.ctx.get_help() + "\n")  # asked for nothing: the help, not an error
        return int(ExitCode.OK)
    if isinstance(error, UsageError):
        _write(env.stderr, "\n".join(framework.usage_error_lines(error, env.lang)) + "\n")
        return int(ExitCode.USAGE)
    if isinstance(error, ClickException):
        _write(env.stderr, _error_line(env, framework.say_usage_error(error.format_message(), env.lang)) + "\n")
        return error.exit_code
    if isinstance(error, Exit):
        return error.exit_code
    return _interrupted(env)  # click turns Ctrl-C / Ctrl-D at a prompt into Abort


def _release_case_locks() -> None:
    """One writer per case: a command's locks end with it (only if it took any)."""
    lock = sys.modules.get("trafficking_cli.cases.lock")
    if lock is not None:
        lock.release_all()


def _closed_pipe(env: Environment) -> int:
    # Point stdout at /dev/null so that Python's own flush at exit does not fail again (Python docs, "SIGPIPE").
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, env.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # not a real file (tests): nothing to silence
        pass
    return int(ExitCode.OK)


def _write(stream: Any, text: str) -> None:
    try:
        stream.write(text)
        stream.flush()
    except (OSError, ValueError):  # stderr itself closed: nothing more can be said
        pass


def _error_line(env: Environment, message: str) -> str:
    colon = "\u00a0: " if env.lang == "fr" else ": "
    return f"{t('error', env.lang)}{colon}{message}"


def report_error(env: Environment, error: TraffickingCliError) -> None:
    """Our error on stderr: the message, suggestions, the hint, other problems; each line whole."""
    from .ui.common import print_error

    message, hint = error.localized(env.lang)
    suggestions = error.suggestions if isinstance(error, UnknownIdError) else []
    console = env.console(stderr=True)
    lines = None
    if isinstance(error, UnknownIdError) and error.kind in ("provision", "instrument", "offence"):
        from .ui.lookup import suggestion_lines  # citations and commands, not raw ids

        lines = suggestion_lines(env.corpus(), error, env.lang)
    print_error(console, message, hint, env.lang, suggestions, lines)
    if isinstance(error, UnknownIdError) and error.known:
        instrument_id, *numbers = error.known
        instrument = env.corpus().instruments.get(instrument_id)
        title = instrument.short.get(env.lang) if instrument else instrument_id
        console.print(t("error.known", env.lang, title=title, known=", ".join(numbers)), markup=False, soft_wrap=True)
    problems = getattr(error, "problems", None)
    if problems and len(problems) > 1:
        for problem in problems[1:6]:
            console.print(f"  {problem.text(env.lang)}", markup=False, soft_wrap=True)
