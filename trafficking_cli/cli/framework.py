"""typer/click's own words in the user's language: help headings, the help option, usage errors.

typer vendors click with English strings. Two hooks put them through the catalogue (``click.*`` keys):
the help formatter (``Usage:``, section titles, "Show this message and exit.") and typer's ``gettext``
(``default:``, ``env var:``, ``required``); usage errors are said by ``usage_error_lines`` for the error
boundary. English output stays click's own, word for word.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from typing import Any

import typer.core
from typer._click import _textwrap
from typer._click.core import Context  # the click that typer vendors
from typer._click.formatting import HelpFormatter
from typer._click.globals import get_current_context
from typer._click.utils import make_default_short_help

from trafficking_cli.i18n import domain_messages, has, t

HELP_OPTION_NAMES = ["-h", "--help"]

_SECTIONS = {"Usage:": "click.usage", "Options": "click.options", "Commands": "click.commands",
             "Arguments": "click.arguments"}
_GETTEXT = {"default: {default}": "click.default", "env var: {var}": "click.env_var", "required": "click.required",
            "(dynamic)": "click.dynamic", "Aborted!": "click.aborted"}  # usage errors: say_usage_error
# typer's English help for the options it adds → the catalogue key that says it
_OPTION_HELP = {"Show this message and exit.": "click.help_option",
                "Install completion for the current shell.": "click.install_completion",
                "Show completion for the current shell, to copy it or customize the installation.":
                    "click.show_completion"}

# click's English usage errors → the catalogue key that says them (named groups are its values).
# Compiled at the first usage error (``_error_patterns``), not at every start.
_ERRORS: tuple[tuple[str, str], ...] = (
    # first: its message part is said on its own (a range or an integer error below)
    (r"Invalid value for (?P<param>.+?): (?P<message>.+)", "click.invalid_value"),
    (r"No such option: (?P<name>\S+)(?: \(Possible options: (?P<options>.+)\))?", "click.no_such_option"),
    (r"Missing argument '(?P<name>.+)'\.", "click.missing_argument"),
    (r"Missing option '(?P<name>.+)'\.", "click.missing_option"),
    (r"No such command '(?P<name>[^']+)'\.(?: Did you mean (?P<options>.+)\?)?", "click.no_such_command_try"),
    (r"Missing command\.", "click.missing_command"),
    (r"Got unexpected extra argument(?:s|\(s\))? \((?P<args>.+)\)", "click.extra_arguments"),
    (r"Option '(?P<name>.+)' requires an argument\.", "click.requires_argument"),
    (r"Option '(?P<name>.+)' requires (?P<n>\d+) arguments\.", "click.requires_arguments"),
    (r"Option '(?P<name>.+)' does not take a value\.", "click.takes_no_value"),
    (r"'(?P<value>.*)' is not a valid int(?:eger| range)\.", "click.not_integer"),
    (r"(?P<value>.+) is not in the range (?P<range>.+)\.", "click.not_in_range"),
    (r"'(?P<value>.*)' is not one of (?P<choices>.+)\.", "click.not_a_choice"),
)


# Our own help texts come from the catalogue (catalogue/help.py, ``app.help_text``): typer needs one string when
# a command is declared, so the process's language is baked in then; a run in the other language (in-process:
# tests, the CliRunner) gets the other text here.
_baked = {"lang": "fr"}


def localized_help(key: str, lang: str, /, **values: object) -> str:
    """The help text ``key`` in ``lang`` (the process's), the language the declared commands now carry."""
    _baked["lang"] = lang
    return t(key, lang, **values)


@functools.cache
def _help_pairs() -> dict[str, tuple[str, str]]:
    """Every help text, French and English, to its (French, English) pair."""
    pairs: dict[str, tuple[str, str]] = {}
    for fr, en in domain_messages("help").values():
        pairs[fr] = pairs[en] = (fr, en)
    return pairs


def _our_help(text: str, short_limit: int = 45) -> str:
    lang = current_lang()
    if lang == _baked["lang"] or not text:
        return text
    pairs = _help_pairs()
    if text in pairs:
        return pairs[text][lang == "en"]
    for source, pair in pairs.items():
        target = pair[lang == "en"]
        if source == target:
            continue
        if text.startswith(source):  # an option's help, followed by typer's [default: …]
            return target + text[len(source):]
        if source.startswith(text.removesuffix("...")):  # a command's help, shortened in a list
            return make_default_short_help(target, short_limit)
    return text


def current_lang() -> str:
    """The language of the run being parsed: the environment object on the root click context."""
    ctx = get_current_context(silent=True)
    env = ctx.find_root().obj if ctx is not None else None
    return getattr(env, "lang", "fr")


def _gettext(message: str) -> str:
    key = _GETTEXT.get(message)
    if key is None:
        return message
    lang = current_lang()
    # the catalogue's English is click's own; placeholders stay for typer to fill ({default}, {var}, {name!r})
    return t(key, lang) if lang != "en" else message


_BEFORE_SIGN = re.compile(r" ([:;!?»])")
_AFTER_GUILLEMET = re.compile(r"« ")
_GLUED_SEMICOLON = re.compile(r"(?<=[^\s\u00a0]);(?= )")  # click's « [défaut : 10; 1<=x<=200] »
_GUILLEMETS = re.compile(r"« | »")
_NUMBERED = re.compile(r"(?<=\()(art\.?|n°) (?=\d)")  # « (art 7) » whole; never inside a command to copy


def _french_spacing(text: str) -> str:
    """No-break spaces around French signs (« : », « ; », « « … » ») and after « art »: click's text
    wrapping never breaks there, so no help line starts with a colon or ends on an opening guillemet.
    English keeps its own spacing; its guillemets and « art 7 » are held together too."""
    text = _NUMBERED.sub("\\1\u00a0", _GUILLEMETS.sub(lambda m: m[0].replace(" ", "\u00a0"), text))
    if current_lang() == "en":
        return text
    text = _GLUED_SEMICOLON.sub("\u00a0;", text)
    return _AFTER_GUILLEMET.sub("«\u00a0", _BEFORE_SIGN.sub("\u00a0\\1", text))


_METAVAR = re.compile(r"<(?P<type>[a-z ]+)>")


def _french_metavar(match: re.Match[str]) -> str:
    """click's ``<int range>`` (a type's name) said in French, when the catalogue knows it."""
    key = "click.metavar." + match["type"].replace(" ", "_")
    return t(key, "fr") if has(key) else match[0]


_NAMES = re.compile(r"\b(CASE|OFFENCE|QUERY|KEY|VALUE|ID|REF|PATH|FILE)\b")


def _french_names(text: str) -> str:
    """Our arguments' names (declared once, in English: ``metavar="CASE"``) said in French: « {DOSSIER} »."""
    return _NAMES.sub(lambda match: t("click.metavar.name." + match[1], "fr"), text)


class LocalizedHelpFormatter(HelpFormatter):
    """click's help formatter, with its headings and the help option's text in the run's language."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        if current_lang() != "en":
            prefix = t("click.usage", "fr") + " " if prefix is None else prefix
            args = _french_names(args)
        super().write_usage(prog, args, prefix)

    def write_heading(self, heading: str) -> None:
        key = _SECTIONS.get(heading)
        if current_lang() == "en" or key is None:
            super().write_heading(heading)
            return
        # French puts a no-break space before the colon (textwrap never breaks there)
        self.write(f"{'':>{self.current_indent}}{t(key, 'fr')}\u00a0:\n")

    def write_dl(self, rows: Sequence[tuple[str, str]], col_max: int = 30, col_spacing: int = 2) -> None:
        # click shortens a command's help to what is left beside the longest name (its formatter's rule)
        limit = self.width - 6 - max((len(term) for term, _ in rows), default=0)
        rows = [(term, _our_help(text, limit)) for term, text in rows]
        if current_lang() != "en":
            rows = [(_french_names(_METAVAR.sub(_french_metavar, term)),
                     t(_OPTION_HELP[text], "fr") if text in _OPTION_HELP else text) for term, text in rows]
        rows = [(term, _french_spacing(text)) for term, text in rows]
        super().write_dl(rows, col_max, col_spacing)

    def write_text(self, text: str) -> None:
        super().write_text(_french_spacing(_our_help(text)))


class _WholeIds(_textwrap.TextWrapper):
    """click's help wrapper, never breaking after a hyphen: an id, a date format or a word with a hyphen
    (« ml- / loi-2012-023 », « AAAA-MM- / JJ », « en- / tête ») stays whole, as it is typed."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("break_on_hyphens", False)
        super().__init__(*args, **kwargs)


def install(command: Any = None) -> None:
    """Route typer/click's words through the catalogue (idempotent; the process is the command line)."""
    Context.formatter_class = LocalizedHelpFormatter
    if not issubclass(_textwrap.TextWrapper, _WholeIds):
        _textwrap.TextWrapper = _WholeIds  # type: ignore[misc]  # click's wrap_text imports it at each call
    typer.core._ = _gettext  # typer's gettext hook for its help fragments
    for param in getattr(command, "params", ()):
        if param.name == "install_completion":  # typer says what it installed in English: say it here
            param.callback = _install_completion


def _install_completion(ctx: Context, param: Any, value: Any) -> Any:
    """typer's ``--install-completion``, its two closing lines in the run's language (English: typer's own)."""
    from typer import completion

    lang = current_lang()
    if not value or ctx.resilient_parsing or lang == "en":
        return completion.install_callback(ctx, param, value)
    from typer._completion_shared import install as install_script

    shell, path = install_script(shell=value) if isinstance(value, str) else install_script()
    typer.secho(t("click.completion_installed", lang, shell=shell, path=path), fg="green")
    typer.echo(t("click.completion_restart", lang))
    raise SystemExit(0)


def usage_error_lines(error: Any, lang: str) -> Iterator[str]:
    """What click prints for a usage error (usage, where to get help, the error), in ``lang``."""
    ctx = error.ctx
    if ctx is not None:
        with ctx.scope(cleanup=False):  # so the formatter sees the run's language
            yield ctx.get_usage()
        if ctx.command.get_help_option(ctx) is not None:
            yield _try_help(ctx.command_path, lang)
        yield ""
    label = "Error" if lang == "en" else t("error", lang)
    colon = ": " if lang == "en" else "\u00a0: "
    yield f"{label}{colon}{say_usage_error(error.format_message(), lang)}"


def _try_help(command: str, lang: str) -> str:
    if lang == "en":
        return f"Try '{command} {HELP_OPTION_NAMES[-1]}' for help."
    return t("click.try_help", lang, command=f"{command} {HELP_OPTION_NAMES[0]}")


@functools.cache
def _error_patterns() -> list[tuple[re.Pattern[str], str]]:
    return [(re.compile(pattern), key) for pattern, key in _ERRORS]


def say_usage_error(message: str, lang: str) -> str:
    """click's English message in ``lang`` (unchanged in English, or when the catalogue does not know it)."""
    if lang == "en":
        return message
    for pattern, key in _error_patterns():
        match = pattern.fullmatch(message)
        if match:
            values = {name: value or "" for name, value in match.groupdict().items()}
            for name in ("name", "param"):  # « argument manquant : DOSSIER », as the usage line names it
                if name in values:
                    values[name] = _french_names(values[name])
            if "message" in values:
                values["message"] = say_usage_error(values["message"], lang)
            said = t(key, lang, **values)
            if values.get("options"):
                said = f"{said.rstrip('.')}. {t('error.did_you_mean', lang, options=values['options'])}"
            return said
    return message
