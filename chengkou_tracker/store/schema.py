"""The ledger's schema: each table's fields checked and built into model objects, every problem recorded.

Pure functions from parsed tables (parse.py) to Commitment, Update, Edit and Report, appending a
Problem (a message key and its fields, at the line of the key at fault) for each field that breaks
the format (docs/ledger.md).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

from chengkou_tracker.errors import Problem, Term, TrackerError
from chengkou_tracker.model import (
    DONE_WHEN_VALUES,
    EDITABLE_FIELDS,
    LEGACY_REPORT,
    MILESTONE_VALUES,
    Commitment,
    Direction,
    Edit,
    Kind,
    Report,
    Section,
    Update,
)
from chengkou_tracker.store.parse import CanonicalUpdate, Document, InexactNumber, Table

ID_PATTERN = re.compile(r"[A-Za-z][A-Za-z0-9_-]{0,31}")
_COMMITMENT_FIELDS = {
    "id", "section", "title", "title_en", "quote", "kind", "target", "unit", "direction", "tolerance",
    "baseline", "baseline_quote", "start", "deadline", "owner", "tags", "also_sections", "also_quotes",
    "carried_from", "done_when",
}  # fmt: skip
_UPDATE_FIELDS = {
    "change", "commitment", "date", "value", "final", "note", "source", "problem", "resolved", "by", "recorded_at",
}  # fmt: skip
_EDIT_BOOKKEEPING = {"change", "commitment", "by", "recorded_at"}
_REPORT_FIELDS = {"place", "year", "title", "text", "sections"}
_SECTION_FIELDS = {"key", "heading"}
MIN_YEAR, MAX_YEAR = 1949, 2100


class _Fields:
    """Typed access to one table's values that records a Problem for each bad field."""

    def __init__(self, table: Table, path: str, problems: list[Problem]) -> None:
        self.table = table
        self.path = path
        self.problems = problems
        self.ok = True

    @property
    def header(self) -> str:
        return "[report]" if self.table.name == "report" else f"[[{self.table.name}]]"

    def line(self, key: str) -> int:
        return self.table.key_lines.get(key, self.table.line)

    def fail(self, key: str | None, problem: str, /, **fields: object) -> None:
        """Record PROBLEM (a message key with FIELDS) at KEY's line, or at the table's when KEY is None."""
        self.ok = False
        line = self.line(key) if key else self.table.line
        self.problems.append(Problem(self.path, line, problem, None, **fields))

    def string(self, key: str, *, required: bool = True, default: str = "") -> str:
        value = self.table.values.get(key)
        if value is None:
            if required:
                self.fail(None, "ledger.field.missing", table=self.header, field=key)
            return default
        if not isinstance(value, str):
            self.fail(key, "ledger.field.string", field=key, actual=type_name(value))
            return default
        if required and not value.strip():
            self.fail(key, "ledger.field.empty", field=key)
        return value

    def number(self, key: str) -> float | None:
        value = self.table.values.get(key)
        if value is None:
            return None
        problem = number_problem(key, value)
        if problem is not None:
            self.fail(key, problem.key, **problem.fields)
            return None
        return float(value)

    def date(self, key: str, default: dt.date | None = None) -> dt.date | None:
        value = self.table.values.get(key)
        if value is None:
            if default is None:
                self.fail(None, "ledger.field.missing", table=self.header, field=key)
            return default
        if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
            self.fail(key, "ledger.field.date", field=key, actual=type_name(value))
            return default
        return value

    def strings(self, key: str) -> tuple[str, ...]:
        value = self.table.values.get(key)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            self.fail(key, "ledger.field.strings", field=key)
            return ()
        return tuple(value)

    def unknown(self, allowed: set[str]) -> None:
        for key in self.table.values:
            if key not in allowed:
                self.fail(key, "ledger.field.unknown", field=key, table=self.header)


def type_name(value: Any) -> TrackerError:
    """What VALUE is, as a phrase in the user's language ('a string', 'a date-time'...)."""
    if isinstance(value, bool):
        name = "boolean"
    elif isinstance(value, dt.datetime):
        name = "date-time"
    elif isinstance(value, dt.date):
        name = "date"
    else:
        name = {str: "string", int: "number", float: "number", list: "list", dict: "table"}.get(type(value), "")
        if not name:
            return TrackerError("ledger.type.other", name=type(value).__name__)
    return TrackerError(f"ledger.type.{name}")


def check_report(document: Document, path: str, problems: list[Problem]) -> tuple[Report, tuple[str, ...] | None]:
    """The ledger's [report] (LEGACY_REPORT without one) and its section keys; None when they are unusable."""
    table = document.report
    if table is None:
        if "report" in document.top:
            problems.append(Problem(path, document.top_lines.get("report", 1), "ledger.report.not a table"))
            return LEGACY_REPORT, None
        return LEGACY_REPORT, LEGACY_REPORT.section_keys
    fields = _Fields(table, path, problems)
    fields.unknown(_REPORT_FIELDS)
    place = fields.string("place")
    title = fields.string("title")
    text = fields.string("text", required=False)
    year = table.values.get("year")
    if year is None:
        fields.fail(None, "ledger.field.missing", table="[report]", field="year")
        year = LEGACY_REPORT.year
    elif isinstance(year, bool) or not isinstance(year, int) or not MIN_YEAR <= year <= MAX_YEAR:
        fields.fail("year", "ledger.report.year", min=MIN_YEAR, max=MAX_YEAR, value=_shown(year))
        year = LEGACY_REPORT.year
    raw_sections = table.values.get("sections")
    if not isinstance(raw_sections, list) or not raw_sections or not all(isinstance(s, dict) for s in raw_sections):
        fields.fail(
            "sections" if raw_sections is not None else None,
            "ledger.report.sections",
        )
        return Report(place, year, title, text), None
    section_tables = document.sections
    if len(section_tables) != len(raw_sections):  # written some other way (an inline array): one line for all
        line = fields.line("sections")
        section_tables = [Table("ledger.report.sections", line, values, {}) for values in raw_sections]
    sections: list[Section] = []
    first_line: dict[str, int] = {}
    usable = True
    for section_table in section_tables:
        section_fields = _Fields(section_table, path, problems)
        section_fields.unknown(_SECTION_FIELDS)
        key = section_fields.string("key")
        heading = section_fields.string("heading", required=False)
        if key in first_line:
            section_fields.fail("key", "ledger.section.duplicate", section=key, first=first_line[key])
        elif key:
            first_line[key] = section_fields.line("key")
        usable = usable and section_fields.ok
        sections.append(Section(key, heading))
    report = Report(place, year, title, text, tuple(sections))
    return report, report.section_keys if usable else None


def _shown(value: object) -> str:
    return repr(value) if isinstance(value, str) else str(value)


def check_commitment(
    table: Table, report: Report, section_keys: tuple[str, ...] | None, path: str, problems: list[Problem]
) -> Commitment:
    fields = _Fields(table, path, problems)
    fields.unknown(_COMMITMENT_FIELDS)
    commitment_id = fields.string("id")
    if commitment_id and ID_PATTERN.fullmatch(commitment_id) is None:
        fields.fail("id", "ledger.id.pattern", id=commitment_id)
    section = fields.string("section")
    if section and section_keys is not None and section not in section_keys:
        fields.fail("section", "ledger.section.unknown", section=section, known=list(section_keys))
    kind_name = fields.string("kind")
    kind = _enum(Kind, kind_name)
    if kind_name and kind is None:
        fields.fail("kind", "ledger.kind.unknown", kind=kind_name, known=[k.value for k in Kind])
    target = fields.number("target")
    unit = fields.string("unit", required=False, default="") or None
    direction_name = fields.string("direction", required=False)
    direction = _enum(Direction, direction_name)
    if direction_name and direction is None:
        fields.fail("direction", "ledger.direction.unknown", direction=direction_name)
    tolerance = fields.number("tolerance")
    if tolerance is not None and tolerance < 0:
        fields.fail("tolerance", "ledger.tolerance.negative")
    if kind is Kind.MILESTONE:
        for key in ("target", "unit", "direction", "tolerance", "baseline"):
            if key in table.values:
                fields.fail(key, "ledger.milestone.field", field=key)
    elif kind is not None:
        for key in ("target", "unit", "direction"):
            if key not in table.values or (key == "direction" and not direction_name):
                fields.fail(None, "ledger.commitment.missing", id=commitment_id, kind=Term(kind.value), field=key)
    baseline = fields.number("baseline")
    baseline_quote = fields.string("baseline_quote", required=False, default="") or None
    if baseline_quote is not None and baseline is None and "baseline" not in table.values:
        fields.fail("baseline_quote", "ledger.baseline_quote.alone")
    start = fields.date("start", report.start)
    deadline = fields.date("deadline", report.deadline)
    if start and deadline and deadline < start:
        fields.fail("deadline", "ledger.deadline.before start", deadline=deadline, start=start)
    done_when = fields.string("done_when", required=False, default="done")
    if done_when not in DONE_WHEN_VALUES:
        fields.fail("done_when", "ledger.done_when.value", value=done_when, known=list(DONE_WHEN_VALUES))
        done_when = "done"
    elif "done_when" in table.values and kind is not Kind.MILESTONE and kind is not None:
        fields.fail("done_when", "ledger.done_when.milestone", id=commitment_id)
    also_sections = fields.strings("also_sections")
    also_quotes = fields.strings("also_quotes")
    if len(also_sections) != len(also_quotes):
        fields.fail("also_quotes", "ledger.also.length")
    for extra in also_sections:
        if section_keys is not None and extra not in section_keys:
            fields.fail("also_sections", "ledger.also.unknown section", section=extra, known=list(section_keys))
    commitment = Commitment(
        id=commitment_id,
        section=section,
        title=fields.string("title"),
        # required, but "" in a draft from `extract` until someone translates the title
        title_en=fields.string("title_en", required="title_en" not in fields.table.values),
        quote=fields.string("quote"),
        kind=kind or Kind.MILESTONE,
        target=target,
        unit=unit,
        direction=direction,
        tolerance=tolerance,
        baseline=baseline,
        baseline_quote=baseline_quote,
        start=start or report.start,
        deadline=deadline or report.deadline,
        owner=fields.string("owner", required=False),
        tags=fields.strings("tags"),
        also_sections=also_sections,
        also_quotes=also_quotes,
        done_when=done_when,
        line=table.line,
        carried_from=_carried_from(fields),
    )
    return commitment


# A commitment carried over from an earlier year's ledger names it by year and id: "2026:T011".
CARRIED_FROM = re.compile(r"(\d{4}):([A-Za-z][A-Za-z0-9_-]{0,31})")


def _carried_from(fields: _Fields) -> str:
    link = fields.string("carried_from", required=False)
    if link and CARRIED_FROM.fullmatch(link) is None:
        fields.fail("carried_from", "ledger.carried_from.invalid", text=repr(link))
        return ""
    return link


def _enum(enum: Any, name: str) -> Any:
    try:
        return enum(name) if name else None
    except ValueError:
        return None


def _change_number(fields: _Fields) -> int:
    value = fields.table.values.get("change")
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        fields.fail("change" if "change" in fields.table.values else None, "ledger.change.number")
        return 0
    return value


def _recorded_at(fields: _Fields) -> dt.datetime | None:
    value = fields.table.values.get("recorded_at")
    if value is None:
        return None
    if not isinstance(value, dt.datetime):
        fields.fail("recorded_at", "ledger.recorded_at.type", actual=type_name(value))
        return None
    return value


def _known(fields: _Fields, commitments: dict[str, Commitment]) -> Commitment | None:
    commitment_id = fields.string("commitment")
    if not commitment_id:
        return None
    commitment = commitments.get(commitment_id)
    if commitment is None:
        fields.fail("commitment", "ledger.commitment.unknown", table=fields.table.name, id=commitment_id)
    return commitment


def _value_problem(commitment: Commitment, raw: object) -> TrackerError | None:
    """Why RAW cannot be a figure of COMMITMENT: 'started'/'done' for a milestone, else a finite number."""
    if commitment.kind is Kind.MILESTONE:
        return None if raw in MILESTONE_VALUES else TrackerError("ledger.milestone.value", value=repr(raw))
    return number_problem("value", raw)


MAX_EXACT_INTEGER = 2**53  # the largest whole numbers a float (every figure is one) holds exactly


def number_problem(key: str, value: object) -> TrackerError | None:
    """Why VALUE cannot be the figure KEY (a message key and fields): not a number, not finite, or not kept
    exactly by a float."""
    if isinstance(value, InexactNumber):
        return TrackerError("ledger.number.inexact", field=key, text=value.text, read=repr(float(value.text)))
    if isinstance(value, bool) or not isinstance(value, int | float):
        return TrackerError("ledger.number.type", field=key, actual=type_name(value))
    if isinstance(value, int) and abs(value) > MAX_EXACT_INTEGER:
        return TrackerError("ledger.number.too large", field=key, value=value, max=MAX_EXACT_INTEGER)
    if not math.isfinite(value):
        return TrackerError("ledger.number.infinite", field=key, value=value)
    return None


def check_update(table: Table, commitments: dict[str, Commitment], path: str, problems: list[Problem]) -> Update | None:
    fields = _Fields(table, path, problems)
    fields.unknown(_UPDATE_FIELDS)
    commitment = _known(fields, commitments)
    date = fields.date("date")
    raw = table.values.get("value")
    value: float | str = 0.0
    if raw is None:
        fields.fail(None, "ledger.field.missing", table="[[update]]", field="value")
    elif commitment is not None:
        problem = _value_problem(commitment, raw)
        if problem is not None:
            fields.fail("value", problem.key, **problem.fields)
        else:
            value = raw if isinstance(raw, str) else float(raw)
    final = table.values.get("final", False)
    if not isinstance(final, bool):
        fields.fail("final", "ledger.final.type")
    resolved = table.values.get("resolved", False)
    if not isinstance(resolved, bool):
        fields.fail("resolved", "ledger.resolved.type")
    update = Update(
        commitment=commitment.id if commitment else "",
        date=date or dt.date.min,
        value=value,
        final=final is True,
        note=fields.string("note", required=False),
        source=fields.string("source", required=False),
        by=fields.string("by", required=False),
        recorded_at=_recorded_at(fields),
        change=_change_number(fields),
        line=table.line,
        problem=fields.string("problem", required=False),
        resolved=resolved is True,
    )
    return update if fields.ok else None


def canonical_updates(
    tables: list[CanonicalUpdate], commitments: dict[str, Commitment], path: str, problems: list[Problem]
) -> list[Update]:
    """Updates from tables in the tool's own layout, whose keys and value types the parser has checked."""
    updates = []
    for table in tables:  # the table's keys are on fixed lines: commitment on +2, value on +4
        commitment = commitments.get(table.commitment)
        if commitment is None:
            unknown = Problem(path, table.line + 2, "ledger.commitment.unknown", table="update", id=table.commitment)
            problems.append(unknown)
            continue
        problem = _value_problem(commitment, table.value)
        if problem is not None:
            problems.append(Problem(path, table.line + 4, problem.key, None, **problem.fields))
            continue
        updates.append(
            Update(
                commitment.id,
                table.date,
                table.value if isinstance(table.value, str) else float(table.value),
                table.final,
                table.note,
                table.source,
                table.by,
                table.recorded_at,
                table.change,
                table.line,
            )
        )
    return updates


def check_edit(table: Table, commitments: dict[str, Commitment], path: str, problems: list[Problem]) -> Edit | None:
    fields = _Fields(table, path, problems)
    fields.unknown(_EDIT_BOOKKEEPING | set(EDITABLE_FIELDS))
    commitment = _known(fields, commitments)
    changed: dict[str, object] = {}
    for key in EDITABLE_FIELDS:
        if key not in table.values:
            continue
        if key in ("owner", "title_en"):
            changed[key] = fields.string(key, required=key == "title_en")
        elif key == "deadline":
            changed[key] = fields.date(key)
        elif key == "tags":
            changed[key] = fields.strings(key)
        elif key == "tolerance":
            tolerance = fields.number(key)
            if tolerance is not None and tolerance < 0:
                fields.fail(key, "ledger.tolerance.negative")
            changed[key] = tolerance
    if not changed:
        fields.fail(None, "ledger.edit.nothing", fields=list(EDITABLE_FIELDS))
    if commitment is not None and "deadline" in changed:
        deadline = changed["deadline"]
        if isinstance(deadline, dt.date) and deadline < commitment.start:
            fields.fail("deadline", "ledger.deadline.before start", deadline=deadline, start=commitment.start)
    edit = Edit(
        commitment=commitment.id if commitment else "",
        fields=changed,
        by=fields.string("by", required=False),
        recorded_at=_recorded_at(fields),
        change=_change_number(fields),
        line=table.line,
    )
    return edit if fields.ok else None
