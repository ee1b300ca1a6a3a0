"""Changes to a ledger: record, edit, undo, import, init, repair. Each holds the lock throughout."""

from __future__ import annotations

import datetime as dt
import difflib
import math
import os
from dataclasses import dataclass, replace

from chengkou_tracker import ledger as ledger_file
from chengkou_tracker.errors import LedgerError, UsageError
from chengkou_tracker.model import EDITABLE_FIELDS, MILESTONE_VALUES, Commitment, Edit, Kind, Ledger, Update

MAX_TEXT = 10_000  # characters in a note, source or name; a megabyte note is a paste gone wrong
IMPORT_COLUMNS = ("id", "date", "value", "note", "source", "by", "final")
REQUIRED_IMPORT_COLUMNS = ("id", "date", "value")


@dataclass(frozen=True, slots=True)
class Change:
    """One change in the ledger's history: the updates or the edit it made."""

    number: int
    updates: tuple[Update, ...]
    edits: tuple[Edit, ...]

    def describe(self) -> str:
        if self.edits:
            edit = self.edits[0]
            fields = ", ".join(f"{key}={_show(value)}" for key, value in edit.fields.items())
            return f"change {self.number}: edit {edit.commitment} {fields}"
        if len(self.updates) == 1:
            update = self.updates[0]
            final = " (final)" if update.final else ""
            return f"change {self.number}: record {update.commitment} {_show(update.value)} on {update.date}{final}"
        return f"change {self.number}: import of {len(self.updates)} updates"


def _show(value: object) -> str:
    from chengkou_tracker.figures import field_value

    return field_value(value)


def bundled_ledger() -> bytes:
    from importlib import resources

    return resources.files("chengkou_tracker").joinpath("data", "commitments.toml").read_bytes()


def report_text() -> str:
    from importlib import resources

    return resources.files("chengkou_tracker").joinpath("data", "report.txt").read_text("utf-8")


def history(ledger: Ledger) -> list[Change]:
    """Every change in the order it was recorded, oldest first."""
    updates: dict[int, list[Update]] = {}
    edits: dict[int, list[Edit]] = {}
    for update in ledger.updates:
        updates.setdefault(update.change, []).append(update)
    for edit in ledger.edits:
        edits.setdefault(edit.change, []).append(edit)
    numbers = sorted(set(updates) | set(edits))
    return [Change(n, tuple(updates.get(n, ())), tuple(edits.get(n, ()))) for n in numbers]


# ---------------------------------------------------------------- checking input


def find(ledger: Ledger, commitment_id: str) -> Commitment:
    """The commitment with this id; UsageError suggesting the closest ids otherwise."""
    commitment = ledger.commitments.get(commitment_id)
    if commitment is not None:
        return commitment
    ids = list(ledger.commitments)
    by_case = [known for known in ids if known.lower() == commitment_id.lower()]
    close = by_case or difflib.get_close_matches(commitment_id, ids, n=3, cutoff=0.5)
    hint = f" (did you mean {', '.join(close)}?)" if close else ""
    raise UsageError(f"unknown commitment id '{text_arg(commitment_id, 'id')}'{hint}")


def text_arg(text: str, what: str) -> str:
    """TEXT if it can be stored: valid Unicode and at most MAX_TEXT characters."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise UsageError(f"{what} is not valid UTF-8 text") from None
    if len(text) > MAX_TEXT:
        raise UsageError(f"{what} is too long ({len(text)} characters; at most {MAX_TEXT})")
    return text


def parse_value(commitment: Commitment, text: str) -> float | str:
    """A figure for a numeric commitment, or 'started'/'done' for a milestone."""
    cleaned = text.strip()
    if commitment.kind is Kind.MILESTONE:
        if cleaned.lower() in MILESTONE_VALUES:
            return cleaned.lower()
        raise UsageError(f"{commitment.id} is a milestone: its value is 'started' or 'done', not '{_short(text)}'")
    if cleaned.lower() in MILESTONE_VALUES:
        raise UsageError(f"{commitment.id} is numeric ({commitment.kind}): '{cleaned}' only applies to milestones")
    return parse_number(text, "value", f" for {commitment.id}")


def _short(text: str) -> str:
    from chengkou_tracker.text import inert

    shown = inert(text)
    return shown if len(shown) <= 40 else shown[:37] + "..."


def parse_date(text: str, what: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(f"{what} '{_short(text)}' is not a date like 2023-07-31") from None


def check_not_future(date: dt.date, today: dt.date, what: str) -> None:
    if date > today:
        raise UsageError(f"{what} {date} is in the future (today is {today})")


# ---------------------------------------------------------------- changes


def record(
    path: str,
    commitment_id: str,
    value_text: str,
    *,
    date: dt.date,
    today: dt.date,
    now: dt.datetime,
    by: str,
    note: str = "",
    source: str = "",
    final: bool = False,
    lock_timeout: float = ledger_file.DEFAULT_LOCK_TIMEOUT,
) -> tuple[Update, Ledger]:
    """Append one update; returns it with the ledger as it now stands."""
    check_not_future(date, today, "date")
    note, source, by = text_arg(note, "note"), text_arg(source, "source"), text_arg(by, "by")
    with ledger_file.locked(path, lock_timeout):
        current, data = ledger_file.load_with_bytes(path)
        commitment = find(current, commitment_id)
        value = parse_value(commitment, value_text)
        if final and commitment.kind is Kind.MILESTONE:
            raise UsageError(f"{commitment.id} is a milestone: --final applies to figures (record 'done' instead)")
        update = Update(commitment.id, date, value, final, note, source, by, now, current.last_change + 1)
        ledger_file.write_change(path, data, [ledger_file.format_update(update)])
        current.updates.append(replace(update, line=data.count(b"\n") + 2))
    return update, current


def edit(
    path: str,
    commitment_id: str,
    fields: dict[str, object],
    *,
    by: str,
    now: dt.datetime,
    lock_timeout: float = ledger_file.DEFAULT_LOCK_TIMEOUT,
) -> tuple[Edit, Commitment]:
    """Change editable fields of a commitment, kept in history; returns the edit and the result."""
    unknown = set(fields) - set(EDITABLE_FIELDS)
    if unknown or not fields:
        raise UsageError(
            f"nothing to edit: give at least one of {', '.join('--' + f.replace('_', '-') for f in EDITABLE_FIELDS)}"
        )
    for key, value in fields.items():
        if isinstance(value, str):
            text_arg(value, key)
        if key == "title_en" and isinstance(value, str) and not value.strip():
            raise UsageError("title_en must not be empty")
        if key == "tolerance" and isinstance(value, float) and (not math.isfinite(value) or value < 0):
            raise UsageError(f"tolerance {value} must be a finite number >= 0")
    with ledger_file.locked(path, lock_timeout):
        current, data = ledger_file.load_with_bytes(path)
        commitment = find(current, commitment_id)
        deadline = fields.get("deadline")
        if isinstance(deadline, dt.date) and deadline < commitment.start:
            raise UsageError(f"deadline {deadline} is before {commitment.id}'s start {commitment.start}")
        if "tolerance" in fields and commitment.kind is Kind.MILESTONE:
            raise UsageError(f"{commitment.id} is a milestone: it has no tolerance")
        change = Edit(commitment.id, dict(fields), by, now, current.last_change + 1)
        ledger_file.write_change(path, data, [ledger_file.format_edit(change)])
        edited = replace(commitment, **fields)  # type: ignore[arg-type]
        current.edits.append(replace(change, line=data.count(b"\n") + 2))
        current.commitments[commitment.id] = edited
    return change, edited


def last_change(path: str) -> Change | None:
    """The change `undo` would revert, or None when there is none."""
    changes = history(ledger_file.load(path))
    return changes[-1] if changes else None


def undo(path: str, lock_timeout: float = ledger_file.DEFAULT_LOCK_TIMEOUT) -> Change:
    """Revert the most recent change by cutting it from the end of the ledger."""
    with ledger_file.locked(path, lock_timeout):
        ledger, data = ledger_file.load_with_bytes(path)
        changes = history(ledger)
        if not changes:
            raise UsageError("nothing to undo: the ledger records no changes")
        last = changes[-1]
        ledger_file.replace_file(
            path, ledger_file.without_last_change(path, data, ledger, last.number), locked_ledger=True
        )
    return last


@dataclass(frozen=True, slots=True)
class ImportResult:
    updates: tuple[Update, ...]
    change: int
    written: bool


def import_csv(
    path: str,
    csv_path: str,
    *,
    today: dt.date,
    now: dt.datetime,
    by: str,
    dry_run: bool = False,
    lock_timeout: float = ledger_file.DEFAULT_LOCK_TIMEOUT,
) -> ImportResult:
    """Record every row of a CSV file as one change, or nothing if any row is invalid."""
    rows = _read_csv(csv_path)
    with ledger_file.locked(path, lock_timeout):
        current, data = ledger_file.load_with_bytes(path)
        change = current.last_change + 1
        updates, errors = [], []
        for line, row in rows:
            try:
                updates.append(_row_update(current, row, today=today, now=now, by=by, change=change))
            except UsageError as error:
                errors.append(f"{csv_path}:{line}: {error}")
        if errors:
            raise UsageError("\n".join(errors))
        if not updates:
            raise UsageError(f"{csv_path}: no rows to import")
        if not dry_run:
            tables = [ledger_file.format_update(update) for update in updates]
            ledger_file.write_change(path, data, tables)
            line = data.count(b"\n") + 2
            for update, table in zip(updates, tables, strict=True):
                current.updates.append(replace(update, line=line))
                line += table.count("\n")
    return ImportResult(tuple(updates), change, not dry_run)


def _read_csv(csv_path: str) -> list[tuple[int, dict[str, str]]]:
    import csv
    import io

    try:
        with open(csv_path, "rb") as file:
            data = file.read()
    except OSError as error:
        raise UsageError(f"{csv_path}: cannot read: {error.strerror}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UsageError(f"{csv_path}: not UTF-8 text (byte {error.start}); save the sheet as CSV UTF-8") from None
    if "\x00" in text:
        raise UsageError(f"{csv_path}: contains NUL bytes; is it really a CSV file?")
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [column.strip().lower() for column in next(reader)]
    except StopIteration:
        raise UsageError(f"{csv_path}: empty file (expected a header: {','.join(IMPORT_COLUMNS)})") from None
    except csv.Error as error:
        raise UsageError(f"{csv_path}:1: {error}") from None
    unknown = [column for column in header if column not in IMPORT_COLUMNS]
    if unknown:
        raise UsageError(
            f"{csv_path}:1: unknown column '{_short(unknown[0])}' (columns are {','.join(IMPORT_COLUMNS)})"
        )
    missing = [column for column in REQUIRED_IMPORT_COLUMNS if column not in header]
    if missing:
        raise UsageError(f"{csv_path}:1: missing column '{missing[0]}' (required: {','.join(REQUIRED_IMPORT_COLUMNS)})")
    duplicated = sorted({column for column in header if header.count(column) > 1})
    if duplicated:
        raise UsageError(f"{csv_path}:1: column '{duplicated[0]}' appears twice")
    rows = []
    try:
        for cells in reader:
            if not any(cell.strip() for cell in cells):
                continue
            if len(cells) != len(header):
                raise UsageError(f"{csv_path}:{reader.line_num}: expected {len(header)} cells, found {len(cells)}")
            rows.append((reader.line_num, dict(zip(header, cells, strict=True))))
    except csv.Error as error:
        if "field larger than field limit" in str(error):  # the csv module's own cap, far above MAX_TEXT
            error = csv.Error(f"a cell is too long (more than {csv.field_size_limit()} characters; at most {MAX_TEXT})")
        raise UsageError(f"{csv_path}:{reader.line_num}: {error}") from None
    return rows


_TRUE = {"true", "yes", "1", "y", "是"}
_FALSE = {"false", "no", "0", "n", "", "否"}


def _row_update(
    ledger: Ledger, row: dict[str, str], *, today: dt.date, now: dt.datetime, by: str, change: int
) -> Update:
    commitment = find(ledger, row["id"].strip())
    date = parse_date(row["date"], "date")
    check_not_future(date, today, "date")
    value = parse_value(commitment, row["value"])
    final_text = row.get("final", "").strip().lower()
    if final_text not in _TRUE | _FALSE:
        raise UsageError(f"final '{_short(final_text)}' must be true or false")
    final = final_text in _TRUE
    if final and commitment.kind is Kind.MILESTONE:
        raise UsageError(f"{commitment.id} is a milestone: 'final' applies to figures")
    return Update(
        commitment.id,
        date,
        value,
        final,
        text_arg(row.get("note", ""), "note"),
        text_arg(row.get("source", ""), "source"),
        text_arg(row.get("by", "").strip() or by, "by"),
        now,
        change,
    )


def init(path: str, *, force: bool = False, lock_timeout: float = ledger_file.DEFAULT_LOCK_TIMEOUT) -> str | None:
    """Write the bundled ledger to PATH; refuse to overwrite unless FORCE.

    The ledger names its report's text (report.txt, beside it) for `validate`'s quote check: that file is
    written too when it is not there yet (an existing one is left as it is). Returns its path when written.
    """
    if os.path.isdir(path):
        raise UsageError(f"{path} is a folder; give a file name such as {os.path.join(path, 'commitments.toml')}")
    if os.path.lexists(path) and not force:
        raise UsageError(f"{path} already exists; use --force to overwrite it")
    with ledger_file.locked(path, lock_timeout, existing=False):
        ledger_file.replace_file(path, bundled_ledger(), locked_ledger=True)
        text_path = ledger_file.report_text_path(path, ledger_file.load(path).report)
        if text_path is None or os.path.lexists(text_path):
            return None
        ledger_file.replace_file(text_path, report_text().encode("utf-8"))
    return text_path


def repair(path: str, lock_timeout: float = ledger_file.DEFAULT_LOCK_TIMEOUT) -> str | None:
    """Cut a torn final record, keeping its bytes in PATH.torn; returns that file, or None if whole."""
    with ledger_file.locked(path, lock_timeout):
        data = ledger_file.read_bytes(path)
        split = ledger_file.torn_split(path, data)
        if split is None:
            _, problems = ledger_file.read_ledger(path, data)
            if problems:
                raise LedgerError(
                    f"nothing repaired: {problems[0]} (repair only removes a torn last record; fix this by hand)"
                )
            return None
        head, tail = split
        kept_path = ledger_file.real_path(path) + ".torn"
        ledger_file.replace_file(kept_path, tail, mode=0o600)
        ledger_file.replace_file(path, head, locked_ledger=True)
    return kept_path


def history_between(ledger: Ledger, commitment_id: str | None, since: str | None, until: str | None) -> list[Change]:
    """History narrowed to one commitment and to changes dated within [SINCE, UNTIL]."""
    first = parse_date(since, "--since") if since else dt.date.min
    last = parse_date(until, "--until") if until else dt.date.max
    chosen = []
    for change in history(ledger):
        updates = tuple(
            u
            for u in change.updates
            if (commitment_id is None or u.commitment == commitment_id) and first <= u.date <= last
        )
        edits = tuple(
            e
            for e in change.edits
            if (commitment_id is None or e.commitment == commitment_id)
            and first <= (e.recorded_at.date() if e.recorded_at else dt.date.min) <= last
        )
        if updates or edits:
            chosen.append(Change(change.number, updates, edits))
    return chosen


def parse_number(text: str, what: str, whose: str = "") -> float:
    """A finite number typed by a user; Python's '1_000' and full-width digits are refused and accepted as typed."""
    try:
        number = float(text.strip().replace("_", "x"))  # float() would read 1_000; a clerk's typo should fail
    except ValueError:
        raise UsageError(f"{what} '{_short(text)}'{whose} is not a number") from None
    if not math.isfinite(number):
        raise UsageError(f"{what} '{_short(text)}'{whose} is not a finite number")
    problem = _inexact(text.strip(), number)
    if problem:
        raise UsageError(f"{what} '{_short(text)}'{whose} {problem}")
    return number


def _inexact(text: str, number: float) -> str | None:
    """Why NUMBER is not the number TEXT states (digits lost, underflow to 0, a whole number beyond 2^53)."""
    if text == repr(number):
        return None
    from decimal import Decimal, InvalidOperation

    try:
        written = Decimal(text)
    except InvalidOperation:  # a form float() reads and Decimal does not: nothing to compare with
        return None
    if written == written.to_integral_value() and abs(written) > 2**53 and "." not in text and "e" not in text.lower():
        return f"is too large to keep exactly (whole numbers go up to {2**53}); write it with a unit that is larger"
    if Decimal(repr(number)) != written:
        return f"cannot be kept exactly (it would be stored as {number!r}); round it"
    return None
