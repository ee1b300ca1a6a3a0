"""The program: its global options, the language of the run, and the one boundary where every error becomes
a line on stderr in the user's language and an exit code.

Commands live in commands/, one module each, built into Click commands only when run (commands/__init__.py
lists their names and help, so --help lists every command without importing any). Only typer and the
standard library are imported at start-up. Unlike the core, cli/ does not use `from __future__ import
annotations`: Typer reads the parameters of the command it runs, and string annotations cost time each run.
"""

import contextlib
import gc
import os
import sys
from typing import Annotated, Any

import typer
from typer._click.exceptions import ClickException, NoArgsIsHelpError
from typer.core import TyperGroup

from chengkou_tracker import __version__
from chengkou_tracker.cli.commands import COMMANDS
from chengkou_tracker.cli.context import (
    COMPLETE_VAR,
    PROG,
    ExitStatus,
    GuardedStream,
    OutputFailed,
    State,
    begin_run,
    choose_lang,
    lang_of_run,
)
from chengkou_tracker.cli.options import Lang
from chengkou_tracker.cli.parsing import Command, HelpContext, make_parser, readable
from chengkou_tracker.errors import LedgerError, NothingFound, TrackerError, UsageError


def _leave(code: int) -> None:
    """End the process with CODE once its output is flushed, without the interpreter's teardown: freeing a loaded
    ledger object by object is wasted work at exit (some 80 ms for 10,000 commitments and 100,000 updates, more than
    its share as ledgers grow). Every file the run wrote is closed by then: writes are atomic, synced and closed
    before a command returns (store/files.py), and nothing registers an atexit handler."""
    for stream in (sys.stdout, sys.stderr):
        # None when the stream was closed before the run (>&-); a reader gone away was told of in the run.
        with contextlib.suppress(OSError, ValueError, AttributeError):
            stream.flush()
    os._exit(code)


class _Group(TyperGroup):
    """The program's group: builds a command when it is named, and is the boundary where errors are shown."""

    context_class = HelpContext

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        readable(self.params)

    def make_parser(self, ctx: Any) -> Any:
        return make_parser(self, ctx)

    def list_commands(self, ctx: Any) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            self.commands[cmd_name] = _build(cmd_name)
        return self.commands.get(cmd_name)

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        """The command list from COMMANDS alone, so that --help imports no command."""
        from typer._click.utils import make_default_short_help

        limit = formatter.width - 6 - max(len(name) for name in COMMANDS)
        with formatter.section("Commands"):
            formatter.write_dl([(name, make_default_short_help(entry.help, limit)) for name, entry in COMMANDS.items()])

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        name = args[0]
        if name not in COMMANDS and not name.startswith("-"):
            from difflib import get_close_matches

            from chengkou_tracker.escape import inert

            similar = [f"'{match}'" for match in get_close_matches(name, list(COMMANDS))]
            if similar:
                raise UsageError("cli.command.unknown.similar", command=inert(name), similar=similar)
            raise UsageError("cli.command.unknown", command=inert(name))
        return super().resolve_command(ctx, args)

    def invoke(self, ctx: Any) -> Any:
        if not ctx._protected_args:  # the global options and no command
            raise UsageError("cli.command.missing")
        return super().invoke(ctx)

    def main(self, *args: Any, **kwargs: Any) -> Any:
        standalone_mode = kwargs.get("standalone_mode", True)
        kwargs.update(standalone_mode=False, prog_name=kwargs.get("prog_name") or PROG)
        given = args[0] if args and args[0] is not None else kwargs.get("args")
        words = list(given or sys.argv[1:])
        begin_run(words)
        if COMPLETE_VAR in os.environ:  # the shell asks for completions (see `completion`)
            from chengkou_tracker.cli.complete import register

            register()
        store_files = sys.modules.get("chengkou_tracker.store.files")
        if store_files is not None:  # a run in the same process as an earlier one (tests, the Python API)
            store_files.WRITTEN.clear()
        streams = sys.stdout, sys.stderr
        sys.stdout, sys.stderr = GuardedStream(sys.stdout), GuardedStream(sys.stderr)
        # A run builds the whole ledger (10,000 commitments and 100,000 updates: over a million objects) and frees it
        # by reference counting; the cycle collector would only rescan that growing heap again and again, a third of
        # `check` on such a ledger and more than its share as ledgers grow (benchmarks/run.py, the linearity row).
        # It is back on after the run, for a process that goes on (tests, the Python API).
        collecting = gc.isenabled()
        gc.disable()
        try:
            result = self._run(words, *args, **kwargs)
        finally:
            sys.stdout, sys.stderr = streams
            if collecting:
                gc.enable()
        code = int(result) if isinstance(result, int) else 0
        if standalone_mode and given is None:
            _leave(code)  # the program itself (its console script, python -m): see _leave
        if standalone_mode:
            sys.exit(code)
        return code

    def _run(self, words: list[str], *args: Any, **kwargs: Any) -> Any:
        """The command's result or its exit status; every error becomes one line here (the one boundary)."""
        try:
            result = super().main(*args, **kwargs)
            sys.stdout.flush()
        except OutputFailed as failed:
            return _output_failed(failed.error)
        except NoArgsIsHelpError as error:
            # The program alone: its help, as --help shows it (not as one error line), and exit 2.
            sys.stdout.write(error.format_message() + "\n")
            result = ExitStatus.USAGE
        except ClickException as error:
            from chengkou_tracker.cli.usage import usage_error

            result = _show_error(usage_error(error, words))
        except typer.Abort:
            result = _show_error(UsageError("cli.aborted"))
        except TrackerError as error:
            result = _show_error(error)
        except OSError as error:  # the system failed under the tool (an I/O error closing a file, a lazy import)
            result = _system_error(error)
        return result


def _output_failed(error: OSError) -> ExitStatus:
    """Printing failed. A change already written stands, so the status says success and one line says what
    could not be shown; with nothing written the command failed to do its one job (exit 4). A broken pipe
    (a reader that stopped early, | head) wants no word about it."""
    import errno

    code = _failed_after("cli.output_failed", error, ExitStatus.OUTPUT, quiet=error.errno == errno.EPIPE)
    # Nothing more can be printed: what Python would flush at exit goes nowhere, not into a traceback.
    with contextlib.suppress(OSError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.close(devnull)
    return code


def _system_error(error: OSError) -> ExitStatus:
    """An operating-system failure the core did not expect, as one line: exit 3, or 0 when a change was saved
    before it (the change stands; only what came after failed)."""
    return _failed_after("cli.system_error", error, ExitStatus.LEDGER)


def _failed_after(key: str, error: OSError, code: ExitStatus, *, quiet: bool = False) -> ExitStatus:
    """One line for a failure outside the command's work: KEY.saved and exit 0 when this run already wrote a
    change durably (store.files.WRITTEN), else KEY as an error and CODE."""
    from chengkou_tracker.i18n import say

    written = getattr(sys.modules.get("chengkou_tracker.store.files"), "WRITTEN", [])
    lang = lang_of_run()
    if written:
        line = f"{PROG}: " + say(f"{key}.saved", lang, error=error)
    else:
        line = say("error.line", lang, message=say(key, lang, error=error))
    if not quiet:
        with contextlib.suppress(OSError, OutputFailed):
            sys.stderr.write(line + "\n")
            sys.stderr.flush()
    return ExitStatus.OK if written else code


def _show_error(error: TrackerError) -> ExitStatus:
    """ERROR as lines on stderr in the run's language (one per row of a multi-row error); its exit code."""
    from chengkou_tracker.escape import inert
    from chengkou_tracker.i18n import render, say

    lang = lang_of_run()
    errors = error.fields.get("errors") if error.key == "rows.invalid" else None
    for one in errors if isinstance(errors, list) else [error]:
        for line in render(one, lang).split("\n"):
            sys.stderr.write(say("error.line", lang, message=inert(line)) + "\n")
    if isinstance(error, LedgerError):
        return ExitStatus.LEDGER
    return ExitStatus.PROBLEMS if isinstance(error, NothingFound) else ExitStatus.USAGE


def _build(name: str) -> Any:
    """The Click command NAME, from its module's `run` (imported now, not at start-up)."""
    import importlib

    from typer.main import get_command_from_info
    from typer.models import CommandInfo

    entry = COMMANDS[name]
    module = importlib.import_module(f"chengkou_tracker.cli.commands.{entry.module}")
    info = CommandInfo(name=name, cls=Command, callback=module.run, help=entry.help, epilog=entry.epilog)
    command = get_command_from_info(info, pretty_exceptions_short=False, rich_markup_mode=None)
    readable(command.params)
    return command


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
    ctx.obj = State(ledger, as_of, choose_lang(lang.value if lang else None), color, lock_timeout)
