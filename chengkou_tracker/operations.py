"""Changes to a ledger: record, edit, assign, import, undo, init, repair. Each holds the lock throughout."""

from __future__ import annotations

import datetime as dt
import math
import os
from collections.abc import Sequence
from dataclasses import dataclass, replace

from chengkou_tracker.errors import AlreadyRecorded, LedgerError, Term, UsageError
from chengkou_tracker.inputs import check_not_before_start, check_not_future, find, named, parse_value, text_arg
from chengkou_tracker.model import EDITABLE_FIELDS, Change, Commitment, Edit, Kind, Ledger, Update, history
from chengkou_tracker.store import ledger as ledger_file


def bundled_ledger() -> bytes:
    from importlib import resources

    return resources.files("chengkou_tracker").joinpath("data", "commitments.toml").read_bytes()


def report_text() -> str:
    from importlib import resources

    return resources.files("chengkou_tracker").joinpath("data", "report.txt").read_text("utf-8")


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
    problem: str = "",
    resolved: bool = False,
    force: bool = False,
    correct: bool = False,
    lock_timeout: float = ledger_file.DEFAULT_LOCK_TIMEOUT,
) -> tuple[Update, Ledger]:
    """Append one update for the commitment COMMITMENT_ID names (an id, or its words); returns it with the ledger
    as it now stands.

    AlreadyRecorded when the same figure (date, value, final, note and source) is already in the ledger; a
    different figure for a date already recorded needs CORRECT, an implausible one FORCE (entry.check_figure).
    """
    from chengkou_tracker.entry import check_figure

    check_not_future(date, today, "date")
    note, source, by = text_arg(note, "note"), text_arg(source, "source"), text_arg(by, "by")
    problem = text_arg(problem, "problem")
    with ledger_file.locked(path, lock_timeout):
        current, data = ledger_file.load_with_bytes(path)
        commitment = named(current, commitment_id)
        check_not_before_start(date, commitment, "date")
        value = parse_value(commitment, value_text)
        if final and commitment.kind is Kind.MILESTONE:
            raise UsageError("milestone.final-option", id=commitment.id)
        update = Update(
            commitment.id, date, value, final, note, source, by, now, current.last_change + 1,
            problem=problem, resolved=resolved,
        )  # fmt: skip
        same = next((u for u in current.updates if u.identity == update.identity), None)
        if same is not None:
            from chengkou_tracker.numbers import number

            shown = Term(value) if isinstance(value, str) else number(value)
            raise AlreadyRecorded("update.recorded", change=same.change, id=commitment.id, value=shown, date=date)
        check_figure(commitment, update, current.updates_for(commitment.id), force=force, correct=correct)
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
        raise UsageError("edit.nothing", options=["--" + f.replace("_", "-") for f in EDITABLE_FIELDS])
    for key, value in fields.items():
        if isinstance(value, str):
            text_arg(value, key)
        if key == "title_en" and isinstance(value, str) and not value.strip():
            raise UsageError("edit.title-en.empty")
        if key == "tolerance" and isinstance(value, float) and (not math.isfinite(value) or value < 0):
            raise UsageError("edit.tolerance.invalid", value=value)
    with ledger_file.locked(path, lock_timeout):
        current, data = ledger_file.load_with_bytes(path)
        commitment = named(current, commitment_id)
        deadline = fields.get("deadline")
        if isinstance(deadline, dt.date):
            check_not_before_start(deadline, commitment, "deadline")
        if "tolerance" in fields and commitment.kind is Kind.MILESTONE:
            raise UsageError("milestone.tolerance", id=commitment.id)
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
    from chengkou_tracker.output.sheet_reader import read_sheet
    from chengkou_tracker.rows import owner_pairs

    return owner_pairs(read_sheet(sheet_path), ledger)


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
            raise UsageError("undo.nothing")
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
    force: bool = False,
    correct: bool = False,
    lock_timeout: float = ledger_file.DEFAULT_LOCK_TIMEOUT,
) -> ImportResult:
    """Record every row of a sheet (CSV or xlsx) as one change, or nothing if any row is invalid.

    Rows whose input cells are all blank are skipped, and so are rows identical to an update already
    recorded, so importing the same file twice records it once. A row with another figure for a date already
    recorded needs CORRECT, an implausible figure FORCE, as `record` does.
    """
    from chengkou_tracker import rows
    from chengkou_tracker.output.sheet_reader import read_sheet

    sheet = read_sheet(csv_path)
    with ledger_file.locked(path, lock_timeout):
        current, data = ledger_file.load_with_bytes(path)
        change = current.last_change + 1
        updates, skipped = rows.updates(
            sheet, current, today=today, now=now, by=by, change=change, force=force, correct=correct
        )
        written = bool(updates) and not dry_run
        if written:
            ledger_file.write_change(path, data, [ledger_file.format_update(update) for update in updates])
    return ImportResult(tuple(updates), change, written, skipped)


def init(path: str, *, force: bool = False, lock_timeout: float = ledger_file.DEFAULT_LOCK_TIMEOUT) -> str | None:
    """Write the bundled ledger to PATH; refuse to overwrite unless FORCE.

    The ledger names its report's text (report.txt, beside it) for `validate`'s quote check: that file is
    written too when it is not there yet (an existing one is left as it is). Returns its path when written.
    """
    if os.path.isdir(path):
        raise UsageError("init.folder", path=path, example=os.path.join(path, "commitments.toml"))
    if os.path.lexists(path) and not force:
        raise UsageError("init.exists", path=path)
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
                raise LedgerError("repair.not-torn", problem=problems[0])
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
    if first > last:  # no change could be dated in it: the dates were swapped, not the history empty
        raise UsageError("history.since_after_until", since=first, until=last)
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
