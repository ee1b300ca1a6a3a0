"""The exceptions the core raises: a message key and its fields, never an English sentence.

Only cli/ turns them into a line in the user's language (i18n.render) and an exit code.
"""

from __future__ import annotations


class Term(str):
    """A word in a message's fields that is shown in the user's language (a field name, a kind, a status)."""

    __slots__ = ()
    is_term = True  # how i18n knows a term without importing this module


class ParserWords(str):
    """What the TOML reader said of a broken ledger (tomllib's English), shown in Chinese where zh.py knows it."""

    __slots__ = ()
    is_parser_words = True  # how i18n knows it, as it knows a Term


class TrackerError(Exception):
    """Base class: a problem a user can act on, shown as one line.

    KEY names the sentence in each catalog (i18n/en.py, i18n/zh.py); FIELDS fill it.
    """

    def __init__(self, key: str, /, **fields: object) -> None:
        super().__init__(key)
        self.key = key
        self.fields = fields

    def __str__(self) -> str:
        from chengkou_tracker.i18n import render

        return render(self, "en")


class UsageError(TrackerError):
    """Bad input from the user: unknown id, bad value, bad date (exit 2)."""


class NothingFound(TrackerError):
    """The input holds nothing to act on, such as a report with no plan part: nothing is written (exit 1)."""


class AlreadyRecorded(TrackerError):
    """The figure is identical to an update already in the ledger, so nothing was written (not a failure)."""

    def __init__(self, key: str, /, *, change: int, **fields: object) -> None:
        super().__init__(key, change=change, **fields)
        self.change = change


class LedgerError(TrackerError):
    """The ledger is missing, unreadable, invalid or locked (exit 3)."""


class LedgerInvalid(LedgerError):
    """The ledger parsed but breaks the format; carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        more = len(problems) - 1
        super().__init__("ledger.invalid.more" if more else "ledger.invalid", first=problems[0], more=more)
        self.problems = problems


class LockTimeout(LedgerError):
    """Another process holds the ledger's lock for longer than the timeout."""


class Problem:
    """One validation problem, located as FILE:LINE (and COLUMN when known), with a message key and fields."""

    __slots__ = ("column", "fields", "key", "line", "path")

    def __init__(self, path: str, line: int, key: str, column: int | None = None, **fields: object) -> None:
        self.path = path
        self.line = line
        self.column = column
        self.key = key
        self.fields = fields

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}" + (f":{self.column}" if self.column else "")

    def __str__(self) -> str:
        from chengkou_tracker.i18n import render_problem

        return render_problem(self, "en")

    def __repr__(self) -> str:
        return f"Problem({str(self)!r})"
