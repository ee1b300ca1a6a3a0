"""A sheet's rows as the updates `import` records and the owners `assign --from` sets, checked cell by cell.

Every bad row is reported at once, each at its cell (FILE:ROW for CSV, FILE:SHEET!K5 for a workbook).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

from chengkou_tracker.entry import check_figure
from chengkou_tracker.errors import Term, TrackerError, UsageError
from chengkou_tracker.escape import short
from chengkou_tracker.inputs import check_not_before_start, check_not_future, find, parse_value, text_arg
from chengkou_tracker.model import Kind, Ledger, Update
from chengkou_tracker.output.sheet_reader import (
    IMPORT_COLUMNS,
    REQUIRED_IMPORT_COLUMNS,
    Cell,
    Sheet,
    cell_text,
    column_key,
    is_blank,
)

_FILLED_COLUMNS = ("date", "value", "note", "source", "final", "problem")
_TRUE = {"true", "yes", "1", "y", "是"}
_FALSE = {"false", "no", "0", "n", "", "否"}


def owner_pairs(sheet: Sheet, ledger: Ledger | None = None) -> list[tuple[str, str]]:
    """(id, owner) pairs from a two-column sheet headed id and owner (or 编号 and 责任单位).

    With LEDGER, an unknown id is reported at its cell, with every other bad row.
    """
    columns: dict[str, int] = {}
    for index, name in enumerate(sheet.header):
        key = column_key(name)
        if key in ("id", "owner") and key not in columns:
            columns[key] = index
        elif name.strip() or any(not is_blank(_nth(cells, index)) for _, cells in sheet.rows):
            raise sheet.at(UsageError("assign.column.unknown", column=short(name)), 1, index)
    missing = [key for key in ("id", "owner") if key not in columns]
    if missing:
        raise sheet.at(UsageError("assign.column.missing", column=Term(missing[0])), 1)
    pairs: list[tuple[str, str]] = []
    errors: list[TrackerError] = []
    for line, cells in sheet.rows:
        commitment_id = cell_text(_nth(cells, columns["id"])).strip()
        owner = cell_text(_nth(cells, columns["owner"])).strip()
        if not commitment_id and not owner:
            continue
        if not commitment_id:
            errors.append(sheet.at(UsageError("assign.no-id", owner=short(owner)), line, columns["id"]))
        elif not owner:
            errors.append(sheet.at(UsageError("assign.no-owner", id=short(commitment_id)), line, columns["owner"]))
        elif ledger is not None and commitment_id not in ledger.commitments:
            try:
                find(ledger, commitment_id)
            except UsageError as error:
                errors.append(sheet.at(error, line, columns["id"]))
        else:
            pairs.append((commitment_id, owner))
    if errors:
        raise UsageError("rows.invalid", errors=errors)
    if not pairs:
        raise sheet.at(UsageError("assign.no-rows"))
    return pairs


def updates(
    sheet: Sheet,
    ledger: Ledger,
    *,
    today: dt.date,
    now: dt.datetime,
    by: str,
    change: int,
    force: bool = False,
    correct: bool = False,
) -> tuple[list[Update], int]:
    """The new updates in SHEET's rows, and how many rows repeat an update already recorded (or an earlier row).

    Rows whose input cells are all blank are skipped; UsageError naming every bad cell when any row is invalid.
    """
    columns = _import_columns(sheet)
    recorded = {update.identity for update in ledger.updates}
    earlier: dict[str, list[Update]] = {}  # each commitment's updates, those of earlier rows included
    for known in ledger.updates:
        earlier.setdefault(known.commitment, []).append(known)
    found: list[Update] = []
    errors: list[TrackerError] = []
    skipped = 0
    for line, cells in sheet.rows:
        if all(is_blank(cell) for cell in cells):
            continue
        if sheet.name is None and len(cells) != len(sheet.header):
            errors.append(sheet.at(UsageError("import.cells", expected=len(sheet.header), found=len(cells)), line))
            continue
        row = {key: cells[index] if index < len(cells) else None for key, index in columns.items()}
        if all(is_blank(row.get(key)) for key in _FILLED_COLUMNS):
            continue  # a template row the department left empty
        try:
            update = _row_update(ledger, row, today=today, now=now, by=by, change=change)
        except _CellError as error:
            errors.append(sheet.at(error.error, line, columns.get(error.column)))
            continue
        if update.identity in recorded:
            skipped += 1
            continue
        recorded.add(update.identity)  # a repeat of this row is skipped, whether or not the row is refused
        before = earlier.setdefault(update.commitment, [])
        try:
            check_figure(ledger.commitments[update.commitment], update, before, force=force, correct=correct)
        except UsageError as error:
            errors.append(sheet.at(error, line, columns.get("value")))
            continue
        before.append(update)
        found.append(update)
    if errors:
        raise UsageError("rows.invalid", errors=errors)
    if not found and not skipped:
        raise sheet.at(UsageError("import.no-rows"))
    return found, skipped


def _import_columns(sheet: Sheet) -> dict[str, int]:
    """Each import column's index in SHEET; columns the tool wrote itself (title, status...) are ignored."""
    columns: dict[str, int] = {}
    for index, name in enumerate(sheet.header):
        key = column_key(name)
        if key is None and not name.strip() and all(is_blank(_nth(cells, index)) for _, cells in sheet.rows):
            continue  # a column with neither header nor data, as spreadsheets save at the edge
        if key is None:
            raise sheet.at(UsageError("import.column.unknown", column=short(name)), 1, index)
        if key not in IMPORT_COLUMNS:
            continue
        if key in columns:
            raise sheet.at(UsageError("import.column.twice", column=Term(key)), 1, index)
        columns[key] = index
    missing = [column for column in REQUIRED_IMPORT_COLUMNS if column not in columns]
    if missing:
        raise sheet.at(UsageError("import.column.missing", column=Term(missing[0])), 1)
    return columns


def _nth(cells: list[Cell], index: int) -> Cell:
    return cells[index] if index < len(cells) else None


class _CellError(Exception):
    """A bad cell: the error, and the column it is in."""

    def __init__(self, column: str, error: UsageError) -> None:
        super().__init__(column)
        self.column = column
        self.error = error


def _row_update(
    ledger: Ledger, row: dict[str, Cell], *, today: dt.date, now: dt.datetime, by: str, change: int
) -> Update:
    from chengkou_tracker.dates import cell_date

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
            raise UsageError("import.final.invalid", text=short(final_text))
        final = final_text in _TRUE
        if final and commitment.kind is Kind.MILESTONE:
            raise UsageError("milestone.final-cell", id=commitment.id)
    with _at("note"):
        note = text_arg(text("note"), "note")
    with _at("source"):
        source = text_arg(text("source"), "source")
    with _at("by"):
        who = text_arg(text("by").strip() or by, "by")
    with _at("problem"):
        problem = text_arg(text("problem").strip(), "problem")
    return Update(commitment.id, date, value, final, note, source, who, now, change, problem=problem)


@contextmanager
def _at(column: str) -> Iterator[None]:
    try:
        yield
    except UsageError as error:
        raise _CellError(column, error) from None
