"""The exceptions the core raises; only cli.py turns them into messages and exit codes."""

from __future__ import annotations


class TrackerError(Exception):
    """Base class: a problem a user can act on, shown as one line."""


class UsageError(TrackerError):
    """Bad input from the user: unknown id, bad value, bad date (exit 2)."""


class AlreadyRecorded(TrackerError):
    """The figure is identical to an update already in the ledger, so nothing was written (not a failure)."""

    def __init__(self, message: str, change: int) -> None:
        super().__init__(message)
        self.change = change


class LedgerError(TrackerError):
    """The ledger is missing, unreadable, invalid or locked (exit 3)."""


class LedgerInvalid(LedgerError):
    """The ledger parsed but breaks the format; carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        first = problems[0]
        more = f" (and {len(problems) - 1} more; run 'chengkou-tracker validate')" if len(problems) > 1 else ""
        super().__init__(f"{first}{more}")


class LockTimeout(LedgerError):
    """Another process holds the ledger's lock for longer than the timeout."""


class Problem:
    """One validation problem, located as FILE:LINE (and COLUMN when known)."""

    __slots__ = ("column", "line", "message", "path")

    def __init__(self, path: str, line: int, message: str, column: int | None = None) -> None:
        self.path = path
        self.line = line
        self.column = column
        self.message = message

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" + (f":{self.column}" if self.column else "")
        return f"{where}: {self.message}"

    def __repr__(self) -> str:
        return f"Problem({str(self)!r})"
