"""What every command reads from the run: the global options (State), the language, the clock, the reporter.

Commands import this module, never app.py, so that app.py can import the commands by name without a circle.
"""

import datetime as dt
import errno
import os
import sys
from dataclasses import dataclass
from enum import IntEnum
from typing import TYPE_CHECKING, Any

import typer

if TYPE_CHECKING:
    from rich.console import Console

    from chengkou_tracker.model import Ledger
    from chengkou_tracker.status import Assessment

PROG = "chengkou-tracker"
COMPLETE_VAR = "_CHENGKOU_TRACKER_COMPLETE"  # set by the script `completion` prints when the shell asks


class ExitStatus(IntEnum):
    """Every exit code the tool uses (documented in the README and in --help)."""

    OK = 0
    PROBLEMS = 1  # `check` found something overdue (or, with --strict, at risk or stale)
    USAGE = 2  # bad usage or bad input
    LEDGER = 3  # the ledger is missing, unreadable, invalid or locked
    OUTPUT = 4  # the results could not be printed (stdout or stderr full, closed or broken); nothing was changed


# The language of this run once the global options are read; before that (a usage error, --help) it is
# sniffed from the words of the run, which _Group.main records (a test's runner passes them without sys.argv).
_run_lang: str | None = None
_run_words: list[str] | None = None


def begin_run(words: list[str]) -> None:
    global _run_lang, _run_words
    _run_lang, _run_words = None, words


def choose_lang(option: str | None) -> str:
    """The language of this run from --lang (else LANG), remembered for the error boundary and --help."""
    from chengkou_tracker.i18n.labels import language

    global _run_lang
    _run_lang = language(option)
    return _run_lang


def lang_of_run() -> str:
    """'zh' or 'en': --lang once read, else a --lang among the words before `--`, else LANG."""
    from chengkou_tracker.i18n.labels import language

    if _run_lang is not None:
        return _run_lang
    words = list(sys.argv[1:] if _run_words is None else _run_words)
    for index, word in enumerate(words):
        if word == "--":
            break
        if (word == "--lang" and index + 1 < len(words)) or word.startswith("--lang="):
            given = word[7:] if "=" in word else words[index + 1]
            # A value that is no language (--lang xx) is refused in the locale's language.
            return given if given in ("zh", "en") else language(None)
    return language(None)


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

        return parse_date(text, "--as-of" if self.as_of_option else "CHENGKOU_AS_OF")

    def ledger_path(self, *, writing: bool = False) -> str:
        """--ledger, else CHENGKOU_LEDGER, else ./commitments.toml, else (read-only) the bundled ledger."""
        path = self.ledger or os.environ.get("CHENGKOU_LEDGER")
        if path:
            return path
        if os.path.lexists("commitments.toml"):
            return "commitments.toml"
        if writing:
            from chengkou_tracker.errors import LedgerError

            raise LedgerError("cli.ledger.none", path="./commitments.toml")
        from importlib import resources

        return str(resources.files("chengkou_tracker").joinpath("data", "commitments.toml"))

    def console(self) -> "Console":
        from chengkou_tracker.cli.console import console

        return console(self.color)

    def load(self) -> "Ledger":
        from chengkou_tracker.store.ledger import load

        return load(self.ledger_path())

    def assess(self, ledger: "Ledger") -> "list[Assessment]":
        from chengkou_tracker.status import assess_ledger

        return assess_ledger(ledger, self.as_of)


def state_of(ctx: typer.Context) -> State:
    state = ctx.find_root().obj
    assert isinstance(state, State)
    return state


def now() -> dt.datetime:
    """The time a change is recorded at; CHENGKOU_NOW pins it for reproducible tests."""
    pinned = os.environ.get("CHENGKOU_NOW")
    if pinned:
        try:
            return dt.datetime.fromisoformat(pinned).astimezone(dt.UTC)
        except ValueError:
            from chengkou_tracker.errors import UsageError
            from chengkou_tracker.escape import inert

            raise UsageError("cli.now.invalid", text=inert(pinned)) from None
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def today() -> dt.date:
    """The day a figure may be dated at the latest: today, or CHENGKOU_NOW's day when it pins a later one.

    A pinned clock moves the limit forward only, so that a test can close a year that has not ended yet
    (outcomes dated 31 December, imported in January) while figures a pinned past recorded stay accepted.
    """
    real = dt.date.today()
    if os.environ.get("CHENGKOU_NOW"):
        return max(real, now().date())
    return real


def reporter(by: str | None) -> str:
    """Who makes a change: --by, else the login name, else the user's number (uid:1000).

    getpass reads LOGNAME/USER first, then the user database; when that cannot be read (no entry, an I/O
    error) the change still names who made it by the number the system knows them by, never "unknown".
    """
    if by is not None:
        return by
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return f"uid:{os.getuid()}"


def write(text: str) -> None:
    sys.stdout.write(text)


def write_line(text: str, *, err: bool = False) -> None:
    """TEXT made safe for a terminal, as one line on stdout (on stderr with ERR: what was written where)."""
    from chengkou_tracker.escape import inert

    (sys.stderr if err else sys.stdout).write(inert(text) + "\n")


def side_note(text: str) -> None:
    """A line beside the results, on stderr: `chengkou-tracker: TEXT` (cron mails it, pipes skip it)."""
    sys.stderr.write(f"{PROG}: {text}\n")


def show(state: State, renderable: Any) -> None:
    state.console().print(renderable)


def write_output(state: "State", path: str, data: bytes, *, force: bool) -> None:
    """DATA to the --output file PATH through the one durable write: never over the ledger, and over a file
    the tool did not write only with --force (store.files.check_output)."""
    from chengkou_tracker.store.files import write_file

    write_file(path, data, force=force, ledger=state.ledger_path())


class OutputFailed(Exception):
    """Printing to stdout or stderr failed (a full disk, a closed or broken pipe): not the command's work."""

    def __init__(self, error: OSError) -> None:
        super().__init__(error)
        self.error = error


class GuardedStream:
    """A stream whose write failures are OutputFailed, so that the one boundary can tell them from the work."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def write(self, data: Any) -> int:
        if self._stream is None:  # the descriptor was closed before the program started
            raise OutputFailed(OSError(errno.EBADF, os.strerror(errno.EBADF)))
        try:
            written: int = self._stream.write(data)
        except OSError as error:
            raise OutputFailed(error) from None
        return written

    def flush(self) -> None:
        if self._stream is not None:
            try:
                self._stream.flush()
            except OSError as error:
                raise OutputFailed(error) from None

    @property
    def buffer(self) -> "GuardedStream":
        return GuardedStream(getattr(self._stream, "buffer", None))

    def isatty(self) -> bool:
        return self._stream is not None and bool(self._stream.isatty())

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)
