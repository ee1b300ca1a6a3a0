"""Changes to a ledger: record, edit, undo, import, init, repair. Each holds the lock throughout."""

from __future__ import annotations

import datetime as dt
import difflib
import math
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from chengkou_tracker.errors import AlreadyRecorded, LedgerError, UsageError
from chengkou_tracker.model import EDITABLE_FIELDS, MILESTONE_VALUES, Commitment, Edit, Kind, Ledger, Update
from chengkou_tracker.store import ledger as ledger_file

if TYPE_CHECKING:
    from chengkou_tracker.output.sheets import Cell, Sheet

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
        if len(self.edits) > 1:
            fields = ", ".join(sorted({f"{key}={_show(value)}" for e in self.edits for key, value in e.fields.items()}))
            return f"change {self.number}: edit of {len(self.edits)} commitments: {fields}"
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
    from chengkou_tracker.numbers import field_value

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


# A milestone's state as a Chinese clerk writes it (the words --lang zh shows).
_MILESTONE_WORDS = {"已开工": "started", "已完成": "done"}


def parse_value(commitment: Commitment, text: str) -> float | str:
    """A figure for a numeric commitment, or 'started'/'done' for a milestone."""
    cleaned = _MILESTONE_WORDS.get(text.strip(), text.strip())
    if commitment.kind is Kind.MILESTONE:
        if cleaned.lower() in MILESTONE_VALUES:
            return cleaned.lower()
        raise UsageError(f"{commitment.id} is a milestone: its value is 'started' or 'done', not '{_short(text)}'")
    if cleaned.lower() in MILESTONE_VALUES:
        raise UsageError(f"{commitment.id} is numeric ({commitment.kind}): '{cleaned}' only applies to milestones")
    return parse_number(text, "value", f" for {commitment.id}")


def _short(text: str) -> str:
    from chengkou_tracker.escape import inert

    shown = inert(text)
    return shown if len(shown) <= 40 else shown[:37] + "..."


def check_not_future(date: dt.date, today: dt.date, what: str) -> None:
    if date > today:
        raise UsageError(f"{what} {date} is in the future (today is {today})")


def check_not_before_start(date: dt.date, commitment: Commitment, what: str) -> None:
    """A figure dated before its commitment starts is a typo (a mistyped year), not a figure."""
    if date < commitment.start:
        raise UsageError(f"{what} {date} is before {commitment.id}'s start {commitment.start}")


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
    """Append one update; returns it with the ledger as it now stands.

    AlreadyRecorded when the same figure (date, value, final, note and source) is already in the ledger.
    """
    check_not_future(date, today, "date")
    note, source, by = text_arg(note, "note"), text_arg(source, "source"), text_arg(by, "by")
    with ledger_file.locked(path, lock_timeout):
        current, data = ledger_file.load_with_bytes(path)
        commitment = find(current, commitment_id)
        check_not_before_start(date, commitment, "date")
        value = parse_value(commitment, value_text)
        if final and commitment.kind is Kind.MILESTONE:
            raise UsageError(f"{commitment.id} is a milestone: --final applies to figures (record 'done' instead)")
        update = Update(commitment.id, date, value, final, note, source, by, now, current.last_change + 1)
        same = next((u for u in current.updates if _identity(u) == _identity(update)), None)
        if same is not None:
            raise AlreadyRecorded(
                f"{commitment.id}: {_show(value)} on {date} is already recorded (change {same.change});"
                " nothing written",
                change=same.change,
            )
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
    return change, replace(commitment, **fields)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class AssignResult:
    edits: tuple[Edit, ...]  # one per commitment whose owner changed, all in one change
    change: int
    unchanged: int  # commitments that already had the owner asked for


def assign(
    path: str,
    owners: Sequence[tuple[str, str]],
    *,
    by: str,
    now: dt.datetime,
    lock_timeout: float = ledger_file.DEFAULT_LOCK_TIMEOUT,
) -> AssignResult:
    """Set the owner of many commitments (id, owner pairs) as one change, which one `undo` reverts."""
    by = text_arg(by, "by")
    for _, owner in owners:
        text_arg(owner, "owner")
    with ledger_file.locked(path, lock_timeout):
        current, data = ledger_file.load_with_bytes(path)
        change = current.last_change + 1
        wanted: dict[str, str] = {}
        for commitment_id, owner in owners:
            wanted[find(current, commitment_id).id] = owner  # the last row for an id wins, as in a sheet
        edits = tuple(
            Edit(commitment_id, {"owner": owner}, by, now, change)
            for commitment_id, owner in wanted.items()
            if current.commitments[commitment_id].owner != owner
        )
        if edits:
            ledger_file.write_change(path, data, [ledger_file.format_edit(edit) for edit in edits])
    return AssignResult(edits, change, len(wanted) - len(edits))


def owners_from_sheet(sheet_path: str, ledger: Ledger | None = None) -> list[tuple[str, str]]:
    """(id, owner) pairs from a two-column sheet (CSV or xlsx) headed id and owner (or 编号 and 责任单位).

    With LEDGER, an unknown id is reported at its cell, with every other bad row.
    """
    from chengkou_tracker.output.sheets import cell_text, column_key, is_blank, read_sheet

    sheet = read_sheet(sheet_path)
    columns: dict[str, int] = {}
    for index, name in enumerate(sheet.header):
        key = column_key(name)
        if key in ("id", "owner") and key not in columns:
            columns[key] = index
        elif name.strip() or any(not is_blank(_nth(cells, index)) for _, cells in sheet.rows):
            raise UsageError(f"{sheet.where(1, index)}: unknown column '{_short(name)}' (columns are id,owner)")
    missing = [key for key in ("id", "owner") if key not in columns]
    if missing:
        raise UsageError(f"{sheet.where(1)}: missing column '{missing[0]}' (required: id,owner)")
    pairs, errors = [], []
    for line, cells in sheet.rows:
        commitment_id = cell_text(_nth(cells, columns["id"])).strip()
        owner = cell_text(_nth(cells, columns["owner"])).strip()
        if not commitment_id and not owner:
            continue
        if not commitment_id:
            errors.append(f"{sheet.where(line, columns['id'])}: no commitment id for owner '{_short(owner)}'")
        elif not owner:
            errors.append(f"{sheet.where(line, columns['owner'])}: no owner for {_short(commitment_id)}")
        elif ledger is not None and commitment_id not in ledger.commitments:
            try:
                find(ledger, commitment_id)
            except UsageError as error:
                errors.append(f"{sheet.where(line, columns['id'])}: {error}")
        else:
            pairs.append((commitment_id, owner))
    if errors:
        raise UsageError("\n".join(errors))
    if not pairs:
        raise UsageError(f"{sheet_path}: no rows to assign")
    return pairs


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
    skipped: int = 0  # rows identical to an update already recorded (or to an earlier row)


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
    """Record every row of a sheet (CSV or xlsx) as one change, or nothing if any row is invalid.

    Rows whose input cells are all blank are skipped, and so are rows identical to an update already
    recorded, so importing the same file twice records it once.
    """
    from chengkou_tracker.output import sheets

    sheet = sheets.read_sheet(csv_path)
    columns = _import_columns(sheet)
    with ledger_file.locked(path, lock_timeout):
        current, data = ledger_file.load_with_bytes(path)
        change = current.last_change + 1
        recorded = {_identity(update) for update in current.updates}
        updates: list[Update] = []
        errors: list[str] = []
        skipped = 0
        for line, cells in sheet.rows:
            if all(sheets.is_blank(cell) for cell in cells):
                continue
            if sheet.name is None and len(cells) != len(sheet.header):
                errors.append(f"{sheet.where(line)}: expected {len(sheet.header)} cells, found {len(cells)}")
                continue
            row = {key: cells[index] if index < len(cells) else None for key, index in columns.items()}
            if all(sheets.is_blank(row.get(key)) for key in _FILLED_COLUMNS):
                continue  # a template row the department left empty
            try:
                update = _row_update(current, row, today=today, now=now, by=by, change=change)
            except _CellError as error:
                errors.append(f"{sheet.where(line, columns.get(error.column))}: {error}")
                continue
            identity = _identity(update)
            if identity in recorded:
                skipped += 1
                continue
            recorded.add(identity)
            updates.append(update)
        if errors:
            raise UsageError("\n".join(errors))
        if not updates and not skipped:
            raise UsageError(f"{csv_path}: no rows to import")
        written = bool(updates) and not dry_run
        if written:
            ledger_file.write_change(path, data, [ledger_file.format_update(update) for update in updates])
    return ImportResult(tuple(updates), change, written, skipped)


_FILLED_COLUMNS = ("date", "value", "note", "source", "final")


def _identity(update: Update) -> tuple[object, ...]:
    """What makes two updates the same figure: who typed it and when do not."""
    return (update.commitment, update.date, update.value, update.final, update.note, update.source)


def _import_columns(sheet: Sheet) -> dict[str, int]:
    """Each import column's index in SHEET; columns the tool wrote itself (title, status...) are ignored."""
    from chengkou_tracker.output.sheets import column_key, is_blank

    columns: dict[str, int] = {}
    for index, name in enumerate(sheet.header):
        key = column_key(name)
        if key is None and not name.strip() and all(is_blank(_nth(cells, index)) for _, cells in sheet.rows):
            continue  # a column with neither header nor data, as spreadsheets save at the edge
        if key is None:
            raise UsageError(
                f"{sheet.where(1, index)}: unknown column '{_short(name)}' (columns are {','.join(IMPORT_COLUMNS)})"
            )
        if key not in IMPORT_COLUMNS:
            continue
        if key in columns:
            raise UsageError(f"{sheet.where(1, index)}: column '{key}' appears twice")
        columns[key] = index
    missing = [column for column in REQUIRED_IMPORT_COLUMNS if column not in columns]
    if missing:
        raise UsageError(
            f"{sheet.where(1)}: missing column '{missing[0]}' (required: {','.join(REQUIRED_IMPORT_COLUMNS)})"
        )
    return columns


def _nth(cells: list[Cell], index: int) -> Cell:
    return cells[index] if index < len(cells) else None


class _CellError(UsageError):
    """A bad cell: the message, and the column it is in."""

    def __init__(self, column: str, message: str) -> None:
        super().__init__(message)
        self.column = column


_TRUE = {"true", "yes", "1", "y", "是"}
_FALSE = {"false", "no", "0", "n", "", "否"}


def _row_update(
    ledger: Ledger, row: dict[str, Cell], *, today: dt.date, now: dt.datetime, by: str, change: int
) -> Update:
    from chengkou_tracker.dates import cell_date
    from chengkou_tracker.output.sheets import cell_text

    def text(column: str) -> str:
        return cell_text(row.get(column))

    with _at("id"):
        commitment = find(ledger, text("id").strip())
    with _at("date"):
        date = cell_date(row["date"] if row["date"] is not None else "", "date")
        check_not_future(date, today, "date")
        check_not_before_start(date, commitment, "date")
    with _at("value"):
        value = parse_value(commitment, text("value"))
    with _at("final"):
        final_text = text("final").strip().lower()
        if final_text not in _TRUE | _FALSE:
            raise UsageError(f"final '{_short(final_text)}' must be true or false")
        final = final_text in _TRUE
        if final and commitment.kind is Kind.MILESTONE:
            raise UsageError(f"{commitment.id} is a milestone: 'final' applies to figures")
    with _at("note"):
        note = text_arg(text("note"), "note")
    with _at("source"):
        source = text_arg(text("source"), "source")
    with _at("by"):
        who = text_arg(text("by").strip() or by, "by")
    return Update(commitment.id, date, value, final, note, source, who, now, change)


@contextmanager
def _at(column: str) -> Iterator[None]:
    try:
        yield
    except _CellError:
        raise
    except UsageError as error:
        raise _CellError(column, str(error)) from None


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
        kept_path = ledger_file.keep_torn(path, tail)
        ledger_file.replace_file(path, head, locked_ledger=True)
    return kept_path


def history_between(ledger: Ledger, commitment_id: str | None, since: str | None, until: str | None) -> list[Change]:
    """History narrowed to one commitment and to changes dated within [SINCE, UNTIL]."""
    from chengkou_tracker.dates import parse_date

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
