"""The ledger file as commands use it: load it (through the cache), validate it, add a change to it.

Every change adds `[[update]]` or `[[edit]]` tables carrying a `change` number at the end of the ledger;
undo and repair cut the last ones off (surgery.py). Every write holds the lock and replaces the whole
file durably (files.write_file), so a change is in the file entirely or not at all (docs/data-safety.md).
Reading is one pure function of the file's bytes (reader.read_ledger), which the cache only remembers.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

from chengkou_tracker.errors import Problem, TrackerError
from chengkou_tracker.model import LEGACY_REPORT, Ledger, Report

# Names operations.py reaches through this module (`ledger_file.locked`...), kept so that the store's
# split into modules needs no edit there; new code imports them from their own modules.
from chengkou_tracker.store.files import DEFAULT_LOCK_TIMEOUT, locked, read_bytes, real_path, replace_file, write_file
from chengkou_tracker.store.reader import check_quotes, read_ledger, valid_ledger
from chengkou_tracker.store.writer import format_edit, format_update, newline_of

__all__ = [
    "DEFAULT_LOCK_TIMEOUT",
    "format_edit",
    "format_update",
    "keep_torn",
    "load",
    "load_with_bytes",
    "locked",
    "read_bytes",
    "read_ledger",
    "real_path",
    "replace_file",
    "report_text_path",
    "validate",
    "write_change",
]


def __getattr__(name: str) -> Any:
    """undo's and repair's surgery (torn_split, without_last_change), imported only by the commands using it."""
    if name in ("torn_split", "without_last_change"):
        from chengkou_tracker.store import surgery

        return getattr(surgery, name)
    raise AttributeError(name)


def load(path: str) -> Ledger:
    """Read and check the ledger's structure; LedgerInvalid lists every problem."""
    return load_with_bytes(path)[0]


def load_with_bytes(path: str) -> tuple[Ledger, bytes]:
    """The valid ledger at PATH and the bytes it was read from.

    The answer is always reader.valid_ledger(PATH, bytes): the cache only remembers that function's
    results, keyed by the bytes themselves (see cache.py).
    """
    from chengkou_tracker.store import cache

    data = read_bytes(path)
    return cache.cached(path, data, valid_ledger), data


def write_change(path: str, before: bytes, tables: Sequence[str]) -> bytes:
    """Add one change's TABLES (as format_update/format_edit write them) to the ledger whose bytes are BEFORE.

    All or nothing: the new ledger (BEFORE, then the tables in the ledger's own line ending) replaces the
    ledger through write_file, so that whatever happens - a full disk, an I/O error, a signal, SIGKILL, a
    crash - the ledger holds either BEFORE or the whole change, never part of it. Call it holding the lock
    (locked()). Refuses when the file no longer holds BEFORE just before the rename (changed by hand
    meanwhile); a save that lands in the moment after that check is kept as LEDGER.overwritten (see
    files.write_file). Returns the new bytes.
    """
    text = "".join(tables)
    newline = newline_of(before)
    if newline != "\n":
        text = text.replace("\n", newline)
    after = before + text.encode("utf-8")
    write_file(path, after, force=True, ledger=path, locked_ledger=True, expect=before)
    from chengkou_tracker.store import cache

    cache.remember_append(path, before, after)  # the next command starts warm
    return after


def keep_torn(path: str, tail: bytes) -> str:
    """Keep a torn record's bytes beside the ledger at PATH, as LEDGER.torn or, when that is taken by an
    earlier repair, LEDGER.torn.1, .2...: every fragment is kept. Returns the file written."""
    return write_file(real_path(path) + ".torn", tail, force=True, ledger=path, mode=0o600, keep_existing=True)


def report_text_path(path: str, report: Report) -> str | None:
    """The report text file the ledger at PATH names (relative to the ledger's folder), or None."""
    if not report.text:
        return None
    return os.path.join(os.path.dirname(path), report.text)


def validate(path: str) -> tuple[list[Problem], TrackerError | None]:
    """Every problem with the ledger at PATH, in line order (empty when it is valid), and a note saying
    why the quotes were not checked against the report's text, when they were not.

    The ledger is read as every command reads it (read_ledger), so a file that is not UTF-8 is one problem.
    """
    ledger, problems = read_ledger(path, read_bytes(path))
    note = None
    if ledger.commitments:
        text_path = report_text_path(path, ledger.report)
        if text_path is None and ledger.report == LEGACY_REPORT:
            note = TrackerError("quotes.no_report")
        elif text_path is None:
            note = TrackerError("quotes.no_text")
        else:
            try:
                with open(text_path, encoding="utf-8") as file:
                    problems = problems + check_quotes(ledger, file.read())
            except FileNotFoundError:
                note = TrackerError("quotes.missing", path=text_path)
            except (OSError, UnicodeDecodeError) as error:
                reason = error if isinstance(error, OSError) else TrackerError("quotes.not_utf8")
                note = TrackerError("quotes.unreadable", path=text_path, reason=reason)
    return sorted(problems, key=lambda problem: problem.line), note
