"""The command line: parse, make one call into the core, render. Owns exit codes and error lines.

Only typer and the standard library are imported at start-up; each command imports what it needs,
so `--version` and `check` stay close to the cost of any Typer program. Unlike the other modules this
one does not use `from __future__ import annotations`: Typer reads the parameters of every command on
every run, and evaluating string annotations cost 17 ms of each run.
"""

import datetime as dt
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import IntEnum, StrEnum
from typing import IO, TYPE_CHECKING, Annotated, Any, Literal, NoReturn, cast

import typer
from typer._click.exceptions import ClickException, NoArgsIsHelpError  # typer >= 0.29 vendors click
from typer._click.parser import _OptionParser, _ParsingState
from typer.core import TyperArgument, TyperCommand, TyperGroup

from chengkou_tracker import __version__

if TYPE_CHECKING:
    from rich.console import Console

    from chengkou_tracker.errors import TrackerError
    from chengkou_tracker.model import Ledger
    from chengkou_tracker.status import Assessment

PROG = "chengkou-tracker"
# One definition of pace and gap (status.py computes them; the README says the same), shown under the help of
# every command that prints them.
PACE_HELP = (
    "Pace and gap: for quantity, level and reduction commitments the even pace is the figure a steady advance "
    "from the base at the start to the target at the deadline reaches by the as-of date, and the gap is the "
    "latest figure minus that pace, in the target's unit and as a share of the way from base to target. For "
    "growth, ceiling and floor commitments the gap is the distance to the target in its unit (percentage points "
    "for a %): the figure minus the target, or the target minus the figure for a ceiling. A negative gap means "
    "behind."
)


class ExitStatus(IntEnum):
    """Every exit code the tool uses (documented in the README)."""

    OK = 0
    PROBLEMS = 1  # `check` found something overdue (or, with --strict, at risk or stale)
    USAGE = 2  # bad usage or bad input
    LEDGER = 3  # the ledger is missing, unreadable, invalid or locked


class Lang(StrEnum):
    en = "en"
    zh = "zh"


class TableFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    markdown = "markdown"


class ShortFormat(StrEnum):
    table = "table"
    json = "json"


class CheckFormat(StrEnum):
    text = "text"
    json = "json"


class ExportFormat(StrEnum):
    csv = "csv"
    json = "json"
    xlsx = "xlsx"


class Sort(StrEnum):
    id = "id"
    deadline = "deadline"
    status = "status"
    progress = "progress"
    section = "section"


# The language of this run, once the global options are read (errors before that read LANG and argv).
_run_lang: str | None = None
# The words of this run as _Group.main got them (a test's runner passes them without setting sys.argv).
_run_words: list[str] | None = None


def _error_lang(args: list[str] | None = None) -> str:
    from chengkou_tracker.i18n.labels import language

    if _run_lang is not None:
        return _run_lang
    words = list(sys.argv[1:] if args is None else args)
    for index, word in enumerate(words):
        if word == "--":
            break
        if (word == "--lang" and index + 1 < len(words)) or word.startswith("--lang="):
            return "zh" if (word[7:] if "=" in word else words[index + 1]) == "zh" else "en"
    return language(None)


def _error_line(message: str, lang: str) -> str:
    """`chengkou-tracker: error: MESSAGE`, in Chinese with --lang zh (`错误`, and the message translated)."""
    from chengkou_tracker.escape import inert

    if lang == "zh":
        from chengkou_tracker.i18n.messages import chinese

        return f"{PROG}: 错误: {inert(chinese(message))}\n"
    return f"{PROG}: error: {inert(message)}\n"


def fail(message: str, code: ExitStatus) -> NoReturn:
    lang = _error_lang()
    for line in message.split("\n"):
        sys.stderr.write(_error_line(line, lang))
    raise typer.Exit(int(code))


def fail_error(error: "TrackerError", code: ExitStatus) -> NoReturn:
    """ERROR as one line on stderr in this run's language, then exit with CODE."""
    from chengkou_tracker.escape import inert
    from chengkou_tracker.i18n import render, say

    lang = _error_lang()
    errors = error.fields.get("errors") if error.key == "rows.invalid" else None
    for one in errors if isinstance(errors, list) else [error]:
        for line in render(one, lang).split("\n"):
            sys.stderr.write(say("error.line", lang, message=inert(line)) + "\n")
    raise typer.Exit(int(code))


# Options of the program itself, which Click only reads before the command name.
_GLOBAL_OPTIONS = ("--ledger", "-l", "--as-of", "--lang", "--lock-timeout")  # each takes a value
_GLOBAL_FLAGS = ("--color", "--no-color", "--version")


def _usage_message(error: ClickException, args: list[str], lang: str) -> str:
    """Click's message, or for a global option given after the command, where to put it instead."""
    from typer._click.exceptions import NoSuchOption

    if isinstance(error, NoSuchOption):
        option = error.option_name.split("=", 1)[0]
        if option in _GLOBAL_OPTIONS or option in _GLOBAL_FLAGS:
            from chengkou_tracker.i18n import say

            value = ""
            if option in _GLOBAL_OPTIONS:
                at = args.index(error.option_name) if error.option_name in args else -1
                value = " " + args[at + 1] if 0 <= at < len(args) - 1 else " ..."
            command = error.ctx.info_name if error.ctx is not None and error.ctx.info_name else "COMMAND"
            return say("global option", lang, option=option, value=value, command=command)
    return error.format_message().replace("Value error, ", "")  # pydantic's prefix, which says nothing


# Placeholders in --help that say what to type, instead of Python types like <str> or <list[str]>.
_PLACEHOLDERS = {
    "ledger": "PATH", "as_of": "DATE", "lock_timeout": "SECONDS", "date": "DATE", "since": "DATE",
    "until": "DATE", "deadline": "DATE", "owner": "TEXT", "search": "TEXT", "note": "TEXT", "source": "TEXT",
    "by": "NAME", "title_en": "TEXT", "tolerance": "NUMBER", "tags": "TAG,...", "output": "FILE",
}  # fmt: skip


class _Argument(TyperArgument):
    """An argument shown as ID or [ID] in help, without Typer's {ID} and <str>."""

    def display_type_rich(self, ctx: Any) -> str | None:
        return None

    def _usage_display_name(self) -> str:
        name = self.display_name_raw
        return name if self.required else f"[{name.strip('[]')}]"

    def _rich_display_name(self) -> str:
        return self.display_name_raw


def _readable(params: list[Any]) -> None:
    """Give every option and argument a placeholder a person can read (ID, DATE, SECTION, SECONDS...)."""
    for param in params:
        if isinstance(param, TyperArgument):
            param.__class__ = _Argument
            if param.metavar is None and param.name:
                param.metavar = param.name.upper()
        elif (
            not getattr(param, "is_flag", False)
            and param.metavar is None
            and param.name
            and not getattr(getattr(param, "type_descriptor", None), "is_choice", False)
        ):
            param.metavar = _PLACEHOLDERS.get(param.name, param.name.upper())


class _HelpContext(typer.Context):
    """A context whose --help is in Chinese when the run is (--lang zh before the command, or LANG zh...)."""

    def make_formatter(self) -> Any:
        if _error_lang(_run_words) == "zh":
            from chengkou_tracker.i18n.help_zh import ChineseHelpFormatter

            return ChineseHelpFormatter(width=self.terminal_width, max_width=self.max_content_width)
        return super().make_formatter()


class _Group(TyperGroup):
    """Turns Click's usage errors into the tool's one-line errors with exit code 2."""

    context_class = _HelpContext

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _readable(self.params)

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        command = super().get_command(ctx, cmd_name)
        if command is not None:
            _readable(command.params)
            command.context_class = _HelpContext
        return command

    def main(self, *args: Any, **kwargs: Any) -> Any:
        global _run_lang, _run_words
        _run_lang = None
        standalone_mode = kwargs.pop("standalone_mode", True)
        kwargs.setdefault("prog_name", PROG)
        words = list(args[0] if args and args[0] is not None else kwargs.get("args") or sys.argv[1:])
        _run_words = words
        try:
            kwargs["standalone_mode"] = False
            result = super().main(*args, **kwargs)
        except NoArgsIsHelpError as error:
            # The program alone: its help, as --help shows it (not as one error line), and exit 2.
            sys.stdout.write(error.format_message() + "\n")
            result = ExitStatus.USAGE
        except ClickException as error:
            lang = _error_lang(words)
            sys.stderr.write(_error_line(_usage_message(error, words, lang), lang))
            result = ExitStatus.USAGE if error.exit_code == 2 else error.exit_code
        except typer.Abort:
            sys.stderr.write(_error_line("aborted", _error_lang(words)))
            result = ExitStatus.USAGE
        code = int(result) if isinstance(result, int) else 0
        if standalone_mode:
            sys.exit(code)
        return code


# A value such as -3.2 or +5 (negative growth is ordinary data); no option of the tool looks like one.
_SIGNED_NUMBER = re.compile(r"[+-](?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")


class _SignedNumberParser(_OptionParser):
    """Click's parser, except that a word like -3.2 is an argument, not an unknown option."""

    def _process_opts(self, arg: str, state: _ParsingState) -> None:
        if _SIGNED_NUMBER.fullmatch(arg):
            state.largs.append(arg)
            return
        super()._process_opts(arg, state)


class _Command(TyperCommand):
    """A command that reads `record T004 -3.2` as a value, without the `--` Click would need."""

    def make_parser(self, ctx: Any) -> _OptionParser:
        parser = _SignedNumberParser(ctx)
        for param in self.get_params(ctx):
            param.add_to_parser(parser, ctx)
        return parser


app = typer.Typer(
    cls=_Group,
    name=PROG,
    help="Track the commitments of a government work report: record figures, see what is behind or overdue.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    epilog="Exit codes: 0 ok; 1 check found problems; 2 bad usage or input; 3 ledger missing, invalid or locked.",
    rich_markup_mode=None,  # help text is plain, so "[default: ...]" is not read as markup
    context_settings={"help_option_names": ["-h", "--help"]},
)


@dataclass
class State:
    """What the global options decided, shared by every command."""

    ledger: str | None
    as_of_option: str | None
    lang: str
    color: bool | None
    lock_timeout: float

    @property
    def as_of(self) -> dt.date:
        text = self.as_of_option or os.environ.get("CHENGKOU_AS_OF")
        if not text:
            return dt.date.today()
        if len(text) == 10 and text[4] == text[7] == "-":  # the usual form, read without importing the parser
            try:
                return dt.date.fromisoformat(text)
            except ValueError:
                pass
        from chengkou_tracker.dates import parse_date
        from chengkou_tracker.errors import UsageError

        try:
            return parse_date(text, "--as-of" if self.as_of_option else "CHENGKOU_AS_OF")
        except UsageError as error:
            fail_error(error, ExitStatus.USAGE)

    def ledger_path(self, *, writing: bool = False) -> str:
        """--ledger, else CHENGKOU_LEDGER, else ./commitments.toml, else (read-only) the bundled ledger."""
        path = self.ledger or os.environ.get("CHENGKOU_LEDGER")
        if path:
            return path
        if os.path.lexists("commitments.toml"):
            return "commitments.toml"
        if writing:
            fail("no ledger here: run 'chengkou-tracker init' to create ./commitments.toml", ExitStatus.LEDGER)
        from importlib import resources

        return str(resources.files("chengkou_tracker").joinpath("data", "commitments.toml"))

    def console(self) -> "Console":
        from rich.console import Console

        color = self.color
        if color is None:
            color = not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb" and sys.stdout.isatty()
        # A pipe has no width; Rich would assume 80 columns and squeeze the titles.
        columns = os.environ.get("COLUMNS", "")
        width = int(columns) if columns.isdigit() else None if sys.stdout.isatty() else 120
        return Console(
            file=cast("IO[str]", _TrimmedLines(sys.stdout)),
            width=width,
            height=25 if width else None,  # Rich ignores a width without a height at TERM=dumb
            force_terminal=color,
            no_color=not color,
            color_system=_color_system() if color else None,
            highlight=False,
            emoji=False,
            markup=False,
        )


class _TrimmedLines:
    """A text stream that drops the spaces Rich pads each table line with, so piped output has none."""

    _TRAILING = re.compile(r" +((?:\x1b\[[0-9;]*m)*)$", re.MULTILINE)

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(self._TRAILING.sub(r"\1", text))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def isatty(self) -> bool:
        return bool(self._stream.isatty())

    def fileno(self) -> int:
        return int(self._stream.fileno())


def _color_system() -> Literal["standard", "256", "truecolor"]:
    # Rich's own detection gives no colour at all for TERM=dumb or a pipe, even when --color asks for it.
    if os.environ.get("COLORTERM") in ("truecolor", "24bit"):
        return "truecolor"
    return "256" if "256" in os.environ.get("TERM", "") else "standard"


def _state(ctx: typer.Context) -> State:
    state = ctx.find_root().obj
    assert isinstance(state, State)
    return state


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"{PROG} {__version__}\n")
        raise typer.Exit()


@app.callback()
def main(
    ctx: typer.Context,
    ledger: Annotated[
        str | None,
        typer.Option(
            "--ledger",
            "-l",
            help="Ledger file [default: $CHENGKOU_LEDGER, ./commitments.toml, the bundled ledger].",
            show_default=False,
        ),
    ] = None,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            help="Compute statuses at this date, YYYY-MM-DD [default: $CHENGKOU_AS_OF, today].",
            show_default=False,
        ),
    ] = None,
    lang: Annotated[
        Lang | None,
        typer.Option(
            "--lang", help="Language of labels [default: zh when $LANG starts with zh, else en].", show_default=False
        ),
    ] = None,
    color: Annotated[
        bool | None,
        typer.Option(
            "--color/--no-color",
            help="Colour output [default: on at a terminal unless NO_COLOR or TERM=dumb].",
            show_default=False,
        ),
    ] = None,
    lock_timeout: Annotated[
        float, typer.Option("--lock-timeout", help="Seconds to wait for another writer.", min=0)
    ] = 5.0,
    version: Annotated[
        bool, typer.Option("--version", help="Show the version and exit.", callback=_version, is_eager=True)
    ] = False,
) -> None:
    """Track the commitments of a government work report: record figures, see what is behind or overdue."""
    from chengkou_tracker.i18n.labels import language

    global _run_lang
    _run_lang = language(lang.value if lang else None)
    ctx.obj = State(ledger, as_of, _run_lang, color, lock_timeout)


@contextmanager
def _errors() -> Iterator[None]:
    """Turn the core's exceptions into one line on stderr and the documented exit code."""
    from chengkou_tracker.errors import LedgerError, UsageError

    try:
        yield
    except UsageError as error:
        fail_error(error, ExitStatus.USAGE)
    except LedgerError as error:
        fail_error(error, ExitStatus.LEDGER)


def _load(state: State) -> "Ledger":
    from chengkou_tracker.store.ledger import load

    with _errors():
        return load(state.ledger_path())


def _assessments(state: State, ledger: "Ledger") -> "list[Assessment]":
    from chengkou_tracker.status import assess_ledger

    return assess_ledger(ledger, state.as_of)


def _year_over(state: State, ledger: "Ledger", *, to_stderr: bool) -> None:
    """When the as-of date is past every deadline, say in one line that the ledger's year is over."""
    deadlines = [commitment.deadline for commitment in ledger.commitments.values()]
    if not deadlines or state.as_of <= max(deadlines):
        return
    from chengkou_tracker.i18n import say

    line = say("year over", state.lang, year=ledger.report.year)
    if to_stderr:
        sys.stderr.write(f"{PROG}: {line}\n")
    else:
        _write(line + "\n")


def _now() -> dt.datetime:
    """The time a change is recorded at; CHENGKOU_NOW pins it for reproducible tests."""
    pinned = os.environ.get("CHENGKOU_NOW")
    if pinned:
        try:
            return dt.datetime.fromisoformat(pinned).astimezone(dt.UTC)
        except ValueError:
            fail(f"CHENGKOU_NOW '{pinned}' is not a date-time like YYYY-MM-DDTHH:MM:SSZ", ExitStatus.USAGE)
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def _user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def _write(text: str) -> None:
    sys.stdout.write(text)


def inert_line(text: str) -> str:
    """TEXT made safe for a terminal, as one line."""
    from chengkou_tracker.escape import inert

    return inert(text) + "\n"


def _print(state: State, renderable: Any) -> None:
    state.console().print(renderable)


# ---------------------------------------------------------------- commands


@app.command()
def init(
    ctx: typer.Context,
    path: Annotated[str, typer.Argument(help="Where to write the ledger.")] = "commitments.toml",
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Write the bundled example ledger (Chengkou County's 2023 report) to PATH (never overwrites without --force)."""
    from chengkou_tracker.operations import init as init_ledger

    state = _state(ctx)
    with _errors():
        text_path = init_ledger(path, force=force, lock_timeout=state.lock_timeout)
    from chengkou_tracker.i18n import say

    _write(inert_line(say("wrote", state.lang, path=path)))
    if text_path is not None:
        _write(inert_line(say("wrote text", state.lang, path=text_path)))


@app.command()
def validate(ctx: typer.Context) -> None:
    """Check the ledger; print every problem as FILE:LINE: message (exit 3 when there are any)."""
    from chengkou_tracker.errors import LedgerInvalid
    from chengkou_tracker.store.ledger import validate as validate_ledger

    state = _state(ctx)
    with _errors():
        try:
            problems, note = validate_ledger(state.ledger_path())
        except LedgerInvalid as invalid:  # a file that is not even text: its problem, printed like the others
            problems, note = invalid.problems, None
    if note is not None:
        from chengkou_tracker.escape import inert

        if state.lang == "zh":
            from chengkou_tracker.i18n.messages import chinese

            note = chinese(note)
        _write(inert(note) + "\n")
    if problems:
        from chengkou_tracker.escape import inert
        from chengkou_tracker.i18n import render_problem

        for problem in problems:
            sys.stderr.write(inert(render_problem(problem, state.lang)) + "\n")
        raise typer.Exit(ExitStatus.LEDGER)


@app.command()
def repair(ctx: typer.Context) -> None:
    """Remove a final record cut short by a crash, keeping its bytes in LEDGER.torn."""
    from chengkou_tracker.operations import repair as repair_ledger

    state = _state(ctx)
    with _errors():
        kept = repair_ledger(state.ledger_path(writing=True), state.lock_timeout)
    from chengkou_tracker.i18n import say

    _write(inert_line(say("repaired", state.lang, path=kept) if kept else say("nothing to repair", state.lang)))


@app.command("list", epilog=PACE_HELP)
def list_(
    ctx: typer.Context,
    section: Annotated[
        list[str] | None,
        typer.Option(
            "--section",
            help="Only this section: its key as the ledger writes it (（一） or (一)) or its position, 0 for the "
            "first; repeatable.",
        ),
    ] = None,
    status: Annotated[
        list[str] | None,
        typer.Option(
            "--status", help="Only this status: not_started, on_track, at_risk, achieved, overdue, missed; repeatable."
        ),
    ] = None,
    kind: Annotated[
        list[str] | None,
        typer.Option(
            "--kind", help="Only this kind: growth, level, quantity, ceiling, floor, reduction, milestone; repeatable."
        ),
    ] = None,
    owner: Annotated[
        str | None, typer.Option("--owner", help="Only commitments whose owner contains this text.")
    ] = None,
    tag: Annotated[list[str] | None, typer.Option("--tag", help="Only commitments with this tag; repeatable.")] = None,
    search: Annotated[str | None, typer.Option("--search", help="Text in the id, title, title_en or quote.")] = None,
    stale: Annotated[bool, typer.Option("--stale", help="Only commitments with no update in 60 days.")] = False,
    sort: Annotated[Sort, typer.Option("--sort", help="Order of the rows.")] = Sort.id,
    output_format: Annotated[TableFormat, typer.Option("--format", "-f", help="Output format.")] = TableFormat.table,
) -> None:
    """List commitments with their latest figure, progress and status."""
    from chengkou_tracker.selection import Filters, section_keys, select

    state = _state(ctx)
    ledger = _load(state)
    keys = section_keys(ledger)
    with _errors():
        filters = Filters.parse(section or [], status or [], kind or [], owner, tag or [], search, stale, keys)
    assessments = select(_assessments(state, ledger), filters, sort.value, keys)
    _emit_assessments(state, assessments, output_format)
    _year_over(state, ledger, to_stderr=output_format is not TableFormat.table)


def _emit_assessments(state: State, assessments: "list[Assessment]", output_format: TableFormat) -> None:
    from chengkou_tracker.output import formats

    if output_format is TableFormat.json:
        _write(formats.to_json([formats.commitment_record(a) for a in assessments]))
    elif output_format is TableFormat.csv:
        _write(formats.to_csv([formats.commitment_record(a) for a in assessments]))
    elif output_format is TableFormat.markdown:
        _write(formats.to_markdown([formats.commitment_record(a) for a in assessments]))
    elif not assessments:
        from chengkou_tracker.i18n.labels import label

        _write(label("no commitments match", state.lang) + "\n")
    else:
        from chengkou_tracker.output.render import commitments_table

        console = state.console()
        console.print(commitments_table(assessments, state.lang, console.width))


@app.command(epilog=PACE_HELP)
def show(
    ctx: typer.Context, commitment_id: Annotated[str, typer.Argument(metavar="ID", help="Commitment id, e.g. T001.")]
) -> None:
    """Show one commitment: its quote, fields, status, pace and history."""
    from chengkou_tracker.inputs import find
    from chengkou_tracker.output.render import detail
    from chengkou_tracker.status import assess

    state = _state(ctx)
    ledger = _load(state)
    with _errors():
        commitment = find(ledger, commitment_id)
    _print(state, detail(assess(commitment, ledger.updates_for(commitment.id), state.as_of), state.lang))


@app.command(cls=_Command)
def record(
    ctx: typer.Context,
    commitment_id: Annotated[str, typer.Argument(metavar="ID", help="Commitment id, e.g. T001.")],
    value: Annotated[str, typer.Argument(help="A number (-3.2 and +5 too), or 'started' / 'done' for a milestone.")],
    date: Annotated[
        str | None, typer.Option("--date", help="Date of the figure [default: the as-of date].", show_default=False)
    ] = None,
    note: Annotated[str, typer.Option("--note", help="A note kept with the figure.")] = "",
    source: Annotated[str, typer.Option("--source", help="Where the figure comes from.")] = "",
    by: Annotated[
        str | None, typer.Option("--by", help="Who reports it [default: your login name].", show_default=False)
    ] = None,
    final: Annotated[bool, typer.Option("--final", help="The year's final figure: closes the commitment.")] = False,
) -> None:
    """Record a figure (or a milestone's state) for a commitment; prints the new status."""
    from chengkou_tracker.i18n import say
    from chengkou_tracker.i18n.labels import label
    from chengkou_tracker.numbers import title, value_text
    from chengkou_tracker.operations import record as record_update
    from chengkou_tracker.status import assess

    state = _state(ctx)
    as_of = state.as_of
    path = state.ledger_path(writing=True)
    from chengkou_tracker.errors import AlreadyRecorded

    with _errors():
        if date is not None:
            from chengkou_tracker.dates import parse_date

            when = parse_date(date, "--date")
        else:
            when = as_of
        try:
            update, ledger = record_update(
                path, commitment_id, value, date=when, today=dt.date.today(), now=_now(),
                by=_user() if by is None else by, note=note, source=source, final=final,
                lock_timeout=state.lock_timeout,
            )  # fmt: skip
        except AlreadyRecorded as same:
            from chengkou_tracker.i18n import render

            _write(inert_line(render(same, state.lang)))
            return
    commitment = ledger.commitments[update.commitment]
    assessment = assess(commitment, ledger.updates_for(commitment.id), as_of)
    lang = state.lang
    final_mark = say("final", lang) if update.final else ""
    line = say(
        "recorded", lang, id=commitment.id, title=title(commitment, lang), value=value_text(update.value, lang),
        final=final_mark, date=update.date, status=label(assessment.status.value, lang),
    )  # fmt: skip
    _write(inert_line(line))
    if update.date > as_of:
        sys.stderr.write(f"{PROG}: {say('counts later', lang, date=update.date, as_of=as_of)}\n")


@app.command()
def overdue(
    ctx: typer.Context,
    output_format: Annotated[ShortFormat, typer.Option("--format", "-f", help="Output format.")] = ShortFormat.table,
) -> None:
    """List the commitments past their deadline and not achieved."""
    from chengkou_tracker.model import Status

    state = _state(ctx)
    ledger = _load(state)
    late = [a for a in _assessments(state, ledger) if a.status is Status.OVERDUE]
    if output_format is ShortFormat.table and not late:
        from chengkou_tracker.i18n.labels import label

        _write(label("nothing overdue", state.lang) + "\n")
    else:
        _emit_assessments(state, late, TableFormat(output_format.value))
    _year_over(state, ledger, to_stderr=output_format is not ShortFormat.table)


@app.command()
def check(
    ctx: typer.Context,
    strict: Annotated[bool, typer.Option("--strict", help="Also fail when something is at risk or stale.")] = False,
    output_format: Annotated[CheckFormat, typer.Option("--format", "-f", help="Output format.")] = CheckFormat.text,
    owner: Annotated[
        str | None, typer.Option("--owner", help="Only commitments whose owner contains this text.")
    ] = None,
    by_owner: Annotated[
        bool, typer.Option("--by-owner", help="One entry per owner: its overdue, at-risk and stale commitments.")
    ] = False,
) -> None:
    """For cron: exit 0 when nothing is overdue, 1 when something is (see --strict)."""
    from collections import Counter

    from chengkou_tracker.model import Status

    state = _state(ctx)
    ledger = _load(state)
    assessments = _assessments(state, ledger)
    _year_over(state, ledger, to_stderr=True)  # cron keeps the same stdout
    if owner is not None:
        from chengkou_tracker.owners import owned_by

        assessments = owned_by(assessments, owner)
    if by_owner:
        _check_by_owner(state, assessments, strict, output_format)
        return
    overdue_ids = [a.commitment.id for a in assessments if a.status is Status.OVERDUE]
    at_risk_ids = [a.commitment.id for a in assessments if a.status is Status.AT_RISK]
    stale_ids = [a.commitment.id for a in assessments if a.stale]
    if output_format is CheckFormat.json:
        from chengkou_tracker.output.formats import to_json

        counts = Counter(a.status for a in assessments)
        _write(
            to_json(
                {
                    "as_of": state.as_of.isoformat(),
                    "counts": {status.value: counts.get(status, 0) for status in Status},
                    "overdue": overdue_ids,
                    "at_risk": at_risk_ids,
                    "stale": stale_ids,
                }
            )
        )
    else:
        from chengkou_tracker.output.checks import check_lines

        _write("\n".join(check_lines(state.as_of, assessments, strict, state.lang)) + "\n")
    if overdue_ids or (strict and (at_risk_ids or stale_ids)):
        raise typer.Exit(ExitStatus.PROBLEMS)


def _check_by_owner(state: State, assessments: "list[Assessment]", strict: bool, output_format: CheckFormat) -> None:
    from chengkou_tracker.owners import departments

    found = departments(assessments)
    if output_format is CheckFormat.json:
        from chengkou_tracker.output.formats import department_records, to_json

        _write(to_json({"as_of": state.as_of.isoformat(), "departments": department_records(found)}))
    else:
        from chengkou_tracker.output.checks import department_lines

        _write("\n".join(department_lines(state.as_of, found, state.lang)) + "\n")
    if any(d.overdue or (strict and (d.at_risk or d.stale)) for d in found):
        raise typer.Exit(ExitStatus.PROBLEMS)


class SummaryBy(StrEnum):
    section = "section"
    owner = "owner"


@app.command()
def summary(
    ctx: typer.Context,
    by: Annotated[SummaryBy, typer.Option("--by", help="Group by section or by owner (a department scorecard).")] = (
        SummaryBy.section
    ),
) -> None:
    """Counts by section (or owner) and status, with mean progress per group."""
    state = _state(ctx)
    if by is SummaryBy.owner:
        from chengkou_tracker.output.render import owner_summary_table
        from chengkou_tracker.owners import departments

        console = state.console()
        console.print(owner_summary_table(departments(_assessments(state, _load(state))), state.lang, console.width))
        return
    from chengkou_tracker.output.render import section_headings, summary_table
    from chengkou_tracker.selection import ledger_sections

    ledger = _load(state)
    assessments = _assessments(state, ledger)
    sections = ledger_sections(ledger)
    console = state.console()
    console.print(summary_table(assessments, state.lang, [section.key for section in sections], console.width))
    headings = section_headings(sections, assessments)
    if headings is not None:
        _write("\n")
        _print(state, headings)


@app.command()
def history(
    ctx: typer.Context,
    commitment_id: Annotated[
        str | None, typer.Argument(metavar="[ID]", help="Only this commitment.", show_default=False)
    ] = None,
    since: Annotated[str | None, typer.Option("--since", help="Only changes dated on or after this date.")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Only changes dated on or before this date.")] = None,
    output_format: Annotated[ShortFormat, typer.Option("--format", "-f", help="Output format.")] = ShortFormat.table,
) -> None:
    """Every change in the order it was recorded, oldest first."""
    from chengkou_tracker.inputs import find
    from chengkou_tracker.operations import history_between

    state = _state(ctx)
    ledger = _load(state)
    with _errors():
        if commitment_id is not None:
            commitment_id = find(ledger, commitment_id).id
        changes = history_between(ledger, commitment_id, since, until)
    if output_format is ShortFormat.json:
        from chengkou_tracker.output.formats import change_records, to_json

        _write(to_json(change_records(changes)))
    elif not changes:
        from chengkou_tracker.i18n.labels import label

        _write(label("no changes recorded", state.lang) + "\n")
    else:
        from chengkou_tracker.output.render import history_table

        _print(state, history_table(changes, state.lang))


@app.command()
def undo(
    ctx: typer.Context, yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False
) -> None:
    """Revert the most recent change (a whole import counts as one), and say what it was."""
    from chengkou_tracker.escape import inert
    from chengkou_tracker.i18n import say
    from chengkou_tracker.i18n.messages import describe
    from chengkou_tracker.operations import last_change
    from chengkou_tracker.operations import undo as undo_change

    state = _state(ctx)
    path = state.ledger_path(writing=True)
    if not yes:
        if not sys.stdin.isatty():
            fail("undo needs --yes when not run at a terminal", ExitStatus.USAGE)
        with _errors():
            pending = last_change(path)
        if pending is None:
            fail("nothing to undo: the ledger records no changes", ExitStatus.USAGE)
        if not typer.confirm(inert(say("undo?", state.lang, change=describe(pending, state.lang)))):
            fail("nothing undone", ExitStatus.USAGE)
    with _errors():
        change = undo_change(path, state.lock_timeout)
    _write(inert_line(say("undid", state.lang, change=describe(change, state.lang))))


@app.command(cls=_Command)
def edit(
    ctx: typer.Context,
    commitment_id: Annotated[str, typer.Argument(metavar="ID", help="Commitment id, e.g. T001.")],
    owner: Annotated[str | None, typer.Option("--owner", help="Responsible department.", show_default=False)] = None,
    deadline: Annotated[
        str | None, typer.Option("--deadline", help="New deadline, YYYY-MM-DD.", show_default=False)
    ] = None,
    tags: Annotated[
        str | None, typer.Option("--tags", help="Comma-separated tags (replaces the old ones).", show_default=False)
    ] = None,
    title_en: Annotated[str | None, typer.Option("--title-en", help="English title.", show_default=False)] = None,
    tolerance: Annotated[
        str | None,
        typer.Option("--tolerance", help="How far an 'about' target may be missed, in its unit.", show_default=False),
    ] = None,
    by: Annotated[
        str | None, typer.Option("--by", help="Who makes the change [default: your login name].", show_default=False)
    ] = None,
) -> None:
    """Change a commitment's owner, deadline, tags, English title or tolerance (kept in history)."""
    from chengkou_tracker.dates import parse_date
    from chengkou_tracker.numbers import parse_number
    from chengkou_tracker.operations import edit as edit_commitment

    state = _state(ctx)
    path = state.ledger_path(writing=True)
    fields: dict[str, object] = {}
    with _errors():
        if owner is not None:
            fields["owner"] = owner
        if deadline is not None:
            fields["deadline"] = parse_date(deadline, "--deadline")
        if tags is not None:
            fields["tags"] = tuple(tag.strip() for tag in tags.split(",") if tag.strip())
        if title_en is not None:
            fields["title_en"] = title_en
        if tolerance is not None:
            fields["tolerance"] = parse_number(tolerance, "--tolerance")
        change, _ = edit_commitment(
            path, commitment_id, fields, by=_user() if by is None else by, now=_now(), lock_timeout=state.lock_timeout
        )
    from chengkou_tracker.i18n import say
    from chengkou_tracker.i18n.messages import describe
    from chengkou_tracker.model import Change

    described = describe(Change(change.change, (), (change,)), state.lang)
    _write(inert_line(say("edited", state.lang, change=described)))


@app.command()
def assign(
    ctx: typer.Context,
    owner: Annotated[
        str | None, typer.Argument(metavar="OWNER", help="The lead department (free text).", show_default=False)
    ] = None,
    commitment_ids: Annotated[
        list[str] | None, typer.Argument(metavar="ID", help="Commitment ids.", show_default=False)
    ] = None,
    section: Annotated[
        list[str] | None, typer.Option("--section", help="Every commitment of this section; repeatable.")
    ] = None,
    tag: Annotated[list[str] | None, typer.Option("--tag", help="Every commitment with this tag; repeatable.")] = None,
    search: Annotated[
        str | None, typer.Option("--search", help="Every commitment with this text in its id, title or quote.")
    ] = None,
    from_file: Annotated[
        str | None,
        typer.Option("--from", metavar="FILE", help="CSV or xlsx with columns id, owner.", show_default=False),
    ] = None,
    by: Annotated[
        str | None, typer.Option("--by", help="Who makes the change [default: your login name].", show_default=False)
    ] = None,
) -> None:
    """Set the owner (lead department) of many commitments as one change; one undo reverts it."""
    from chengkou_tracker.escape import inert
    from chengkou_tracker.operations import assign as assign_owners

    state = _state(ctx)
    path = state.ledger_path(writing=True)
    chosen_by = section or tag or search is not None
    with _errors():
        if from_file is not None:
            if owner is not None or chosen_by:
                fail("assign --from FILE takes no OWNER, ID, --section, --tag or --search", ExitStatus.USAGE)
            from chengkou_tracker.operations import owners_from_sheet

            pairs = owners_from_sheet(from_file, _load(state))
        else:
            if owner is None or not owner.strip():
                fail("give an OWNER and the commitments (ID..., --section, --tag or --search), or --from FILE",
                     ExitStatus.USAGE)  # fmt: skip
            if not commitment_ids and not chosen_by:
                fail("which commitments? give ids, --section, --tag or --search", ExitStatus.USAGE)
            ids = list(commitment_ids or [])
            if chosen_by:
                from chengkou_tracker.selection import Filters, section_keys, select

                ledger = _load(state)
                keys = section_keys(ledger)
                filters = Filters.parse(section or [], [], [], None, tag or [], search, False, keys)
                ids += [a.commitment.id for a in select(_assessments(state, ledger), filters)]
                if not ids:
                    fail("no commitments match", ExitStatus.USAGE)
            pairs = [(commitment_id, owner.strip()) for commitment_id in ids]
        result = assign_owners(
            path, pairs, by=_user() if by is None else by, now=_now(), lock_timeout=state.lock_timeout
        )
    from chengkou_tracker.i18n import say

    count, lang = len(result.edits), state.lang
    already = say("already had it", lang, count=result.unchanged) if result.unchanged else ""
    if not count:
        _write(say("nothing to assign", lang, count=result.unchanged) + "\n")
    elif from_file is not None:
        owners = len({edit.fields["owner"] for edit in result.edits})
        _write(say("assigned owners", lang, count=count, owners=owners, change=result.change, already=already) + "\n")
    else:
        _write(inert(say("assigned", lang, owner=owner, count=count, change=result.change, already=already)) + "\n")


@app.command("import")
def import_(
    ctx: typer.Context,
    csv_file: Annotated[
        str,
        typer.Argument(
            metavar="FILE",
            help="CSV or xlsx with columns id,date,value[,note,source,by,final] (or a filled template).",
        ),
    ],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Check every row and write nothing.")] = False,
    by: Annotated[
        str | None,
        typer.Option("--by", help="Who reports rows without a 'by' [default: your login name].", show_default=False),
    ] = None,
) -> None:
    """Record many updates from a CSV or xlsx sheet: all rows or none; rows already recorded are skipped."""
    from chengkou_tracker.operations import import_csv

    state = _state(ctx)
    path = state.ledger_path(writing=True)
    with _errors():
        result = import_csv(
            path,
            csv_file,
            today=dt.date.today(),
            now=_now(),
            by=_user() if by is None else by,
            dry_run=dry_run,
            lock_timeout=state.lock_timeout,
        )
    from chengkou_tracker.i18n import say

    count = len(result.updates)
    skipped = say("skipped", state.lang, count=result.skipped) if result.skipped else ""
    if result.written:
        _write(say("imported", state.lang, count=count, change=result.change, skipped=skipped) + "\n")
    elif not count:
        _write(say("nothing to import", state.lang, count=result.skipped) + "\n")
    else:
        _write(say("dry run", state.lang, count=count, skipped=skipped) + "\n")


@app.command()
def export(
    ctx: typer.Context,
    output_format: Annotated[ExportFormat, typer.Option("--format", "-f", help="Output format.")] = ExportFormat.json,
    output: Annotated[
        str | None, typer.Option("--output", "-o", help="Write to this file (atomically) instead of stdout.")
    ] = None,
) -> None:
    """Export every commitment with its status and latest figure (xlsx: the 台账 to print)."""
    from chengkou_tracker.output import formats

    state = _state(ctx)
    if output_format is ExportFormat.xlsx and output is None:
        fail("export --format xlsx needs --output FILE.xlsx", ExitStatus.USAGE)
    ledger = _load(state)
    assessments = _assessments(state, ledger)
    data: bytes
    if output_format is ExportFormat.xlsx:
        from chengkou_tracker.output.sheets import export_xlsx

        data = export_xlsx(assessments, state.lang, f"{ledger.report.title} {state.as_of}")
    elif output_format is ExportFormat.csv:
        from chengkou_tracker.output.sheets import export_csv

        data = export_csv(assessments, state.lang)
    else:
        data = formats.to_json([formats.commitment_record(a) for a in assessments]).encode("utf-8")
    if output is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        return
    from chengkou_tracker.store.ledger import replace_file

    with _errors():
        replace_file(output, data)
    from chengkou_tracker.i18n import say

    sys.stderr.write(inert_line(say("wrote", state.lang, path=output)))


@app.command()
def template(
    ctx: typer.Context,
    output: Annotated[
        str, typer.Option("--output", "-o", metavar="FILE", help="FILE.xlsx or FILE.csv to write (atomically).")
    ],
    owner: Annotated[
        str | None, typer.Option("--owner", help="Only commitments whose owner contains this text.")
    ] = None,
    section: Annotated[list[str] | None, typer.Option("--section", help="Only this section; repeatable.")] = None,
    month: Annotated[
        str | None,
        typer.Option(
            "--month",
            metavar="YYYY-MM",
            help="The month being reported: figures as of its last day.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """A fill-in sheet for a department: its commitments as they stand and empty cells for new figures."""
    from chengkou_tracker.output.sheets import template_csv, template_xlsx
    from chengkou_tracker.selection import Filters, section_keys, select

    state = _state(ctx)
    ledger = _load(state)
    keys = section_keys(ledger)
    with _errors():
        as_of = _month_end(month) if month else state.as_of
        filters = Filters.parse(section or [], [], [], owner, [], None, False, keys)
    from chengkou_tracker.status import assess_ledger

    assessments = select(assess_ledger(ledger, as_of), filters)
    if not assessments:
        fail("no commitments match", ExitStatus.USAGE)
    if output.lower().endswith(".csv"):
        data = template_csv(assessments, state.lang)
    elif output.lower().endswith(".xlsx"):
        from chengkou_tracker.i18n.labels import label

        parts = (ledger.report.title, owner, month or str(as_of), label("template sheet", state.lang))
        title = " ".join(part for part in parts if part)
        data = template_xlsx(assessments, state.lang, title, ledger.report.year)
    else:
        fail(f"--output '{output}' must end in .xlsx or .csv", ExitStatus.USAGE)
    from chengkou_tracker.store.ledger import replace_file

    with _errors():
        replace_file(output, data)
    from chengkou_tracker.i18n import say

    sys.stderr.write(say("wrote template", state.lang, path=output, count=len(assessments)) + "\n")


def _month_end(month: str) -> dt.date:
    """The last day of a YYYY-MM month; UsageError otherwise."""
    from chengkou_tracker.dates import month_end, parse_month
    from chengkou_tracker.errors import UsageError

    parsed = parse_month(month)
    if parsed is None:
        raise UsageError(f"--month '{month}' is not a month like YYYY-MM")
    return month_end(dt.date(*parsed, 1))


@app.command(epilog=PACE_HELP)
def report(
    ctx: typer.Context,
    month: Annotated[
        str | None,
        typer.Option(
            "--month",
            metavar="YYYY-MM",
            help="YYYY-MM, or 'previous' [default: previous: the month before the as-of date's].",
            show_default=False,
        ),
    ] = None,
    output_format: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help="text, markdown, html or json [default: from the --output extension, else text].",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        str | None,
        typer.Option(
            "--output", "-o", metavar="FILE", help="Write to this file (atomically, silently) instead of stdout."
        ),
    ] = None,
    owner: Annotated[
        str | None,
        typer.Option("--owner", help="One department's own report: commitments whose owner contains this text."),
    ] = None,
) -> None:
    """The monthly report for leaders, in text, Markdown, HTML or JSON.

    Statuses are as of the month's last day; the format follows --output's extension (.txt .md .html .json).
    """
    from chengkou_tracker import report as monthly

    state = _state(ctx)
    with _errors():
        chosen_format = monthly.format_for(output_format, output)
        year, month_number = monthly.month_to_report(month, state.as_of)
    ledger = _load(state)
    with _errors():
        built = monthly.build(ledger, year, month_number, state.lang, owner)
    text = monthly.write(built, chosen_format)
    if output is None:
        _write(text)
        return
    from chengkou_tracker.store.ledger import replace_file

    with _errors():
        replace_file(output, text.encode("utf-8"))


@app.command()
def extract(
    ctx: typer.Context,
    report: Annotated[str, typer.Argument(help="The report: a .txt (UTF-8 or GB18030) or a saved .html page.")],
    year: Annotated[
        int | None,
        typer.Option(
            "--year", help="The year the report plans [default: the year its plan part names].", show_default=False
        ),
    ] = None,
    place: Annotated[
        str | None,
        typer.Option(
            "--place", help="The place, e.g. 城口县 [default: the government named in the text].", show_default=False
        ),
    ] = None,
    output: Annotated[
        str | None, typer.Option("--output", "-o", help="Write the ledger here [default: stdout].", show_default=False)
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing --output file.")] = False,
) -> None:
    """Draft a ledger from a report's text; drafts to check first are tagged review."""
    from pathlib import Path

    from chengkou_tracker.extract import NothingToDraft, extract_file, summary

    state = _state(ctx)
    with _errors():
        try:
            extraction = extract_file(
                Path(report), year=year, place=place, output=Path(output) if output else None, force=force
            )
        except NothingToDraft as nothing:  # a ledger with no commitment would fail its own validate
            fail_error(nothing, ExitStatus.PROBLEMS)
    if output is None:
        _write(extraction.toml)
    from chengkou_tracker.escape import inert

    sys.stderr.write(inert(summary(extraction, state.lang)) + "\n")
