"""The ledger file: read it into model objects, check it, and change it safely.

Every change is appended as `[[update]]` or `[[edit]]` tables carrying a `change` number, so
recording a figure costs the size of the figure, not of the year's history (as hledger appends).
Undo and repair rewrite the file; every write holds the lock and replaces or appends atomically.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import math
import os
import re
from collections.abc import Iterator
from typing import Any

from chengkou_tracker.errors import LedgerError, LedgerInvalid, LockTimeout, Problem
from chengkou_tracker.model import (
    EDITABLE_FIELDS,
    LEGACY_REPORT,
    MILESTONE_VALUES,
    Commitment,
    Direction,
    Edit,
    Kind,
    Ledger,
    Report,
    Section,
    Update,
)
from chengkou_tracker.parse import CanonicalUpdate, Document, InexactNumber, Table, TomlSyntaxError, parse

DEFAULT_LOCK_TIMEOUT = 5.0
ID_PATTERN = re.compile(r"[A-Za-z][A-Za-z0-9_-]{0,31}")
_COMMITMENT_FIELDS = {
    "id", "section", "title", "title_en", "quote", "kind", "target", "unit", "direction", "tolerance",
    "baseline", "baseline_quote", "start", "deadline", "owner", "tags", "also_sections", "also_quotes",
}  # fmt: skip
_UPDATE_FIELDS = {"change", "commitment", "date", "value", "final", "note", "source", "by", "recorded_at"}
_EDIT_BOOKKEEPING = {"change", "commitment", "by", "recorded_at"}
_CHANGE_TABLES = ("update", "edit")
_REPORT_FIELDS = {"place", "year", "title", "text", "sections"}
_SECTION_FIELDS = {"key", "heading"}
MIN_YEAR, MAX_YEAR = 1949, 2100


# ---------------------------------------------------------------- reading


def read_text(path: str) -> str:
    """The ledger's text; LedgerError when it is missing, a folder, unreadable or not UTF-8."""
    return decode(path, read_bytes(path))


def read_bytes(path: str) -> bytes:
    """The ledger's bytes; LedgerError when it is missing, a folder or unreadable."""
    try:
        with open(path, "rb") as file:
            data = file.read()
    except FileNotFoundError:
        raise LedgerError(f"{path}: no such ledger (run 'chengkou-tracker init' to create one)") from None
    except IsADirectoryError:
        raise LedgerError(f"{path}: is a folder, not a ledger file") from None
    except OSError as error:
        raise LedgerError(f"{path}: cannot read the ledger: {error.strerror}") from None
    return data


def decode(path: str, data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise LedgerInvalid([Problem(path, line, "not UTF-8 text (is this a ledger?)")]) from None


def load(path: str) -> Ledger:
    """Read and check the ledger's structure; LedgerInvalid lists every problem."""
    return load_with_bytes(path)[0]


def load_with_bytes(path: str) -> tuple[Ledger, bytes]:
    """The valid ledger at PATH and the bytes it was read from, from the cache when they are known there."""
    from chengkou_tracker import cache

    data = read_bytes(path)
    digest = cache.key(data)
    ledger = cache.fetch(digest, path)
    if ledger is None:
        ledger, problems = load_with_problems(path, decode(path, data))
        if problems:
            raise LedgerInvalid(problems)
        cache.store(digest, ledger)
    return ledger, data


def load_with_problems(path: str, text: str) -> tuple[Ledger, list[Problem]]:
    """Build what can be built from the text, with every structural problem found on the way."""
    if not text.strip():
        return Ledger({}, [], [], path), [Problem(path, 1, "the ledger is empty (no [[commitment]] tables)")]
    try:
        document = parse(text)
    except TomlSyntaxError as error:
        problem = Problem(path, error.line, f"invalid TOML: {error.message}", error.column)
        torn = torn_tail(text)
        if torn is not None and error.line >= torn[0]:
            problem = Problem(path, torn[0], _TORN_MESSAGE)
        return Ledger({}, [], [], path), [problem]
    return _build(document, path, text)


_TORN_MESSAGE = "the last record is incomplete (an interrupted write?); run 'chengkou-tracker repair'"


def _build(document: Document, path: str, text: str) -> tuple[Ledger, list[Problem]]:
    problems: list[Problem] = []
    for key in document.top:
        if key != "report":
            problems.append(Problem(path, 1, f"unknown top-level key '{key}'"))
    for name, line in document.inline:
        problems.append(Problem(path, line, f"'{name}' is an inline array; write each entry as a [[{name}]] table"))
    report, section_keys = _report(document, path, problems)
    commitments: dict[str, Commitment] = {}
    raw_updates: list[Table] = []
    raw_edits: list[Table] = []
    for table in document.tables:
        if table.name == "commitment":
            # A commitment with problems is kept (the problems stop load()), so that its quote is still
            # checked and updates naming it are not reported as naming an unknown id.
            commitment = _commitment(table, report, section_keys, path, problems)
            if commitment.id in commitments:
                first = commitments[commitment.id].line
                problems.append(Problem(path, table.line, f"duplicate id '{commitment.id}' (first at line {first})"))
                continue
            commitments[commitment.id] = commitment
        elif table.name == "update":
            raw_updates.append(table)
        elif table.name == "edit":
            raw_edits.append(table)
        else:
            problems.append(Problem(path, table.line, f"unknown table [[{table.name}]]"))
    if not commitments and not problems:
        problems.append(Problem(path, 1, "the ledger holds no [[commitment]] tables"))
    updates = [u for t in raw_updates if (u := _update(t, commitments, path, problems)) is not None]
    if document.updates:
        canonical = _canonical_updates(document.updates, commitments, path, problems)
        updates = sorted(updates + canonical, key=lambda update: update.line) if updates else canonical
    edits = [e for t in raw_edits if (e := _edit(t, commitments, path, problems)) is not None]
    torn = torn_tail(text)
    if torn is not None:
        # A cut-short record's missing fields are one problem, not one per field.
        problems[:] = [problem for problem in problems if problem.line < torn[0]]
        problems.append(Problem(path, torn[0], _TORN_MESSAGE))
    ledger = Ledger(commitments, updates, edits, path, report)
    _apply_edits(ledger)
    problems.sort(key=lambda problem: problem.line)
    return ledger, problems


def _apply_edits(ledger: Ledger) -> None:
    from dataclasses import replace

    for edit in sorted(ledger.edits, key=lambda edit: edit.change):
        current = ledger.commitments.get(edit.commitment)
        if current is not None:
            ledger.commitments[edit.commitment] = replace(current, **edit.fields)  # type: ignore[arg-type]


def torn_tail(text: str) -> tuple[int, int] | None:
    """(line, offset) of a final update/edit cut short by a crash, or None when the tail is whole."""
    start = max(text.rfind("\n[[update]]"), text.rfind("\n[[edit]]"))
    if start < 0:
        return None
    tail = text[start + 1 :]
    end = re.search(r"^recorded_at[ \t]*=[^\n]*\n", tail, re.MULTILINE)
    if end is None:
        return text.count("\n", 0, start + 1) + 1, start + 1
    # After the last whole record: blank lines are fine; the first bytes of a next header are a torn record
    # (cut there, not at the whole record before it); anything else is for the parser to judge.
    rest = tail[end.end() :]
    partial = rest.lstrip("\n").rstrip()
    if partial and any(header.startswith(partial) for header in ("[[update]]", "[[edit]]")):
        offset = start + 1 + end.end() + len(rest) - len(rest.lstrip("\n"))
        return text.count("\n", 0, offset) + 1, offset
    return None


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

    def fail(self, key: str | None, message: str) -> None:
        self.ok = False
        line = self.line(key) if key else self.table.line
        self.problems.append(Problem(self.path, line, message))

    def string(self, key: str, *, required: bool = True, default: str = "") -> str:
        value = self.table.values.get(key)
        if value is None:
            if required:
                self.fail(None, f"{self.header} is missing '{key}'")
            return default
        if not isinstance(value, str):
            self.fail(key, f"'{key}' must be a string, not {_type_name(value)}")
            return default
        if required and not value.strip():
            self.fail(key, f"'{key}' is empty")
        return value

    def number(self, key: str) -> float | None:
        value = self.table.values.get(key)
        if value is None:
            return None
        problem = number_problem(key, value)
        if problem is not None:
            self.fail(key, problem)
            return None
        return float(value)

    def date(self, key: str, default: dt.date | None = None) -> dt.date | None:
        value = self.table.values.get(key)
        if value is None:
            if default is None:
                self.fail(None, f"{self.header} is missing '{key}'")
            return default
        if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
            self.fail(key, f"'{key}' must be a date like YYYY-MM-DD, not {_type_name(value)}")
            return default
        return value

    def strings(self, key: str) -> tuple[str, ...]:
        value = self.table.values.get(key)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            self.fail(key, f"'{key}' must be a list of strings")
            return ()
        return tuple(value)

    def unknown(self, allowed: set[str]) -> None:
        for key in self.table.values:
            if key not in allowed:
                self.fail(key, f"unknown field '{key}' in {self.header}")


def _type_name(value: Any) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, dt.datetime):
        return "a date-time"
    if isinstance(value, dt.date):
        return "a date"
    return {str: "a string", int: "a number", float: "a number", list: "a list", dict: "a table"}.get(
        type(value), type(value).__name__
    )


def _report(document: Document, path: str, problems: list[Problem]) -> tuple[Report, tuple[str, ...] | None]:
    """The ledger's [report] (LEGACY_REPORT without one) and its section keys; None when they are unusable."""
    table = document.report
    if table is None:
        if "report" in document.top:
            problems.append(Problem(path, 1, "'report' must be a table: [report]"))
            return LEGACY_REPORT, None
        return LEGACY_REPORT, LEGACY_REPORT.section_keys
    fields = _Fields(table, path, problems)
    fields.unknown(_REPORT_FIELDS)
    place = fields.string("place")
    title = fields.string("title")
    text = fields.string("text", required=False)
    year = table.values.get("year")
    if year is None:
        fields.fail(None, "[report] is missing 'year'")
        year = LEGACY_REPORT.year
    elif isinstance(year, bool) or not isinstance(year, int) or not MIN_YEAR <= year <= MAX_YEAR:
        fields.fail("year", f"'year' must be a whole number from {MIN_YEAR} to {MAX_YEAR}, not {_shown(year)}")
        year = LEGACY_REPORT.year
    raw_sections = table.values.get("sections")
    if not isinstance(raw_sections, list) or not raw_sections or not all(isinstance(s, dict) for s in raw_sections):
        fields.fail(
            "sections" if raw_sections is not None else None,
            "[report] needs 'sections': one or more [[report.sections]] tables with 'key' and 'heading'",
        )
        return Report(place, year, title, text), None
    section_tables = document.sections
    if len(section_tables) != len(raw_sections):  # written some other way (an inline array): one line for all
        line = fields.line("sections")
        section_tables = [Table("report.sections", line, values, {}) for values in raw_sections]
    sections: list[Section] = []
    first_line: dict[str, int] = {}
    usable = True
    for section_table in section_tables:
        section_fields = _Fields(section_table, path, problems)
        section_fields.unknown(_SECTION_FIELDS)
        key = section_fields.string("key")
        heading = section_fields.string("heading", required=False)
        if key in first_line:
            section_fields.fail("key", f"duplicate section key '{key}' (first at line {first_line[key]})")
        elif key:
            first_line[key] = section_fields.line("key")
        usable = usable and section_fields.ok
        sections.append(Section(key, heading))
    report = Report(place, year, title, text, tuple(sections))
    return report, report.section_keys if usable else None


def _shown(value: object) -> str:
    return repr(value) if isinstance(value, str) else str(value)


def _commitment(
    table: Table, report: Report, section_keys: tuple[str, ...] | None, path: str, problems: list[Problem]
) -> Commitment:
    fields = _Fields(table, path, problems)
    fields.unknown(_COMMITMENT_FIELDS)
    commitment_id = fields.string("id")
    if commitment_id and ID_PATTERN.fullmatch(commitment_id) is None:
        fields.fail("id", f"id '{commitment_id}' must be a letter then letters, digits, '-' or '_' (at most 32)")
    section = fields.string("section")
    if section and section_keys is not None and section not in section_keys:
        fields.fail("section", f"unknown section '{section}' (expected one of {', '.join(section_keys)})")
    kind_name = fields.string("kind")
    kind = _enum(Kind, kind_name)
    if kind_name and kind is None:
        fields.fail("kind", f"unknown kind '{kind_name}' (expected one of {', '.join(k.value for k in Kind)})")
    target = fields.number("target")
    unit = fields.string("unit", required=False, default="") or None
    direction_name = fields.string("direction", required=False)
    direction = _enum(Direction, direction_name)
    if direction_name and direction is None:
        fields.fail("direction", f"unknown direction '{direction_name}' (expected at_least, at_most or about)")
    tolerance = fields.number("tolerance")
    if tolerance is not None and tolerance < 0:
        fields.fail("tolerance", "'tolerance' must not be negative")
    if kind is Kind.MILESTONE:
        for key in ("target", "unit", "direction", "tolerance", "baseline"):
            if key in table.values:
                fields.fail(key, f"a milestone has no '{key}'")
    elif kind is not None:
        if "target" not in table.values:
            fields.fail(None, f"[[commitment]] '{commitment_id}' of kind {kind} is missing 'target'")
        if "unit" not in table.values:
            fields.fail(None, f"[[commitment]] '{commitment_id}' of kind {kind} is missing 'unit'")
        if direction_name is None or direction_name == "":
            fields.fail(None, f"[[commitment]] '{commitment_id}' of kind {kind} is missing 'direction'")
    baseline = fields.number("baseline")
    baseline_quote = fields.string("baseline_quote", required=False, default="") or None
    if baseline_quote is not None and baseline is None and "baseline" not in table.values:
        fields.fail("baseline_quote", "'baseline_quote' without 'baseline'")
    start = fields.date("start", report.start)
    deadline = fields.date("deadline", report.deadline)
    if start and deadline and deadline < start:
        fields.fail("deadline", f"deadline {deadline} is before the start {start}")
    also_sections = fields.strings("also_sections")
    also_quotes = fields.strings("also_quotes")
    if len(also_sections) != len(also_quotes):
        fields.fail("also_quotes", "'also_sections' and 'also_quotes' must have the same length")
    for extra in also_sections:
        if section_keys is not None and extra not in section_keys:
            fields.fail(
                "also_sections",
                f"unknown section '{extra}' in 'also_sections' (expected one of {', '.join(section_keys)})",
            )
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
        line=table.line,
    )
    return commitment


def _enum(enum: Any, name: str) -> Any:
    try:
        return enum(name) if name else None
    except ValueError:
        return None


def _change_number(fields: _Fields) -> int:
    value = fields.table.values.get("change")
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        fields.fail("change" if "change" in fields.table.values else None, "'change' must be a whole number >= 1")
        return 0
    return value


def _recorded_at(fields: _Fields) -> dt.datetime | None:
    value = fields.table.values.get("recorded_at")
    if value is None:
        return None
    if not isinstance(value, dt.datetime):
        fields.fail("recorded_at", f"'recorded_at' must be a date-time, not {_type_name(value)}")
        return None
    return value


def _known(fields: _Fields, commitments: dict[str, Commitment]) -> Commitment | None:
    commitment_id = fields.string("commitment")
    if not commitment_id:
        return None
    commitment = commitments.get(commitment_id)
    if commitment is None:
        fields.fail("commitment", _unknown_commitment(fields.table.name, commitment_id))
    return commitment


def _unknown_commitment(table_name: str, commitment_id: str) -> str:
    return f"[[{table_name}]] names unknown commitment '{commitment_id}'"


def _value_problem(commitment: Commitment, raw: object) -> str | None:
    """Why RAW cannot be a figure of COMMITMENT: 'started'/'done' for a milestone, else a finite number."""
    if commitment.kind is Kind.MILESTONE:
        return None if raw in MILESTONE_VALUES else f"a milestone's value must be 'started' or 'done', not {raw!r}"
    return number_problem("value", raw)


MAX_EXACT_INTEGER = 2**53  # the largest whole numbers a float (every figure is one) holds exactly


def number_problem(key: str, value: object) -> str | None:
    """Why VALUE cannot be the figure KEY: not a number, not finite, or not kept exactly by a float."""
    if isinstance(value, InexactNumber):
        return f"'{key}' {value.text} cannot be kept exactly (it would be read as {float(value.text)!r}); round it"
    if isinstance(value, bool) or not isinstance(value, int | float):
        return f"'{key}' must be a number, not {_type_name(value)}"
    if isinstance(value, int) and abs(value) > MAX_EXACT_INTEGER:
        return f"'{key}' {value} is too large to keep exactly (at most {MAX_EXACT_INTEGER} in size)"
    if not math.isfinite(value):
        return f"'{key}' must be a finite number, not {value}"
    return None


def _update(table: Table, commitments: dict[str, Commitment], path: str, problems: list[Problem]) -> Update | None:
    fields = _Fields(table, path, problems)
    fields.unknown(_UPDATE_FIELDS)
    commitment = _known(fields, commitments)
    date = fields.date("date")
    raw = table.values.get("value")
    value: float | str = 0.0
    if raw is None:
        fields.fail(None, "[[update]] is missing 'value'")
    elif commitment is not None:
        problem = _value_problem(commitment, raw)
        if problem is not None:
            fields.fail("value", problem)
        else:
            value = raw if isinstance(raw, str) else float(raw)
    final = table.values.get("final", False)
    if not isinstance(final, bool):
        fields.fail("final", "'final' must be true or false")
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
    )
    return update if fields.ok else None


def _canonical_updates(
    tables: list[CanonicalUpdate], commitments: dict[str, Commitment], path: str, problems: list[Problem]
) -> list[Update]:
    """Updates from tables in the tool's own layout, whose keys and value types the parser has checked."""
    updates = []
    for table in tables:  # the table's keys are on fixed lines: commitment on +2, value on +4
        commitment = commitments.get(table.commitment)
        if commitment is None:
            problems.append(Problem(path, table.line + 2, _unknown_commitment("update", table.commitment)))
            continue
        problem = _value_problem(commitment, table.value)
        if problem is not None:
            problems.append(Problem(path, table.line + 4, problem))
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


def _edit(table: Table, commitments: dict[str, Commitment], path: str, problems: list[Problem]) -> Edit | None:
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
                fields.fail(key, "'tolerance' must not be negative")
            changed[key] = tolerance
    if not changed:
        fields.fail(None, f"[[edit]] changes none of {', '.join(EDITABLE_FIELDS)}")
    if commitment is not None and "deadline" in changed:
        deadline = changed["deadline"]
        if isinstance(deadline, dt.date) and deadline < commitment.start:
            fields.fail("deadline", f"deadline {deadline} is before the start {commitment.start}")
    edit = Edit(
        commitment=commitment.id if commitment else "",
        fields=changed,
        by=fields.string("by", required=False),
        recorded_at=_recorded_at(fields),
        change=_change_number(fields),
        line=table.line,
    )
    return edit if fields.ok else None


def check_quotes(ledger: Ledger, report_text: str) -> list[Problem]:
    """Problems with quotes that are not verbatim in the report."""
    problems = []
    for commitment in ledger.commitments.values():
        quotes = [("quote", commitment.quote), *(("also_quotes", q) for q in commitment.also_quotes)]
        if commitment.baseline_quote:
            quotes.append(("baseline_quote", commitment.baseline_quote))
        for key, quote in quotes:
            if quote and quote not in report_text:
                problems.append(
                    Problem(ledger.path, commitment.line, f"{commitment.id}: {key} is not in the report: {quote!r}")
                )
    return problems


def report_text_path(path: str, report: Report) -> str | None:
    """The report text file the ledger at PATH names (relative to the ledger's folder), or None."""
    if not report.text:
        return None
    return os.path.join(os.path.dirname(path), report.text)


def validate(path: str) -> tuple[list[Problem], str | None]:
    """Every problem with the ledger at PATH, in line order (empty when it is valid), and a note saying
    why the quotes were not checked against the report's text, when they were not."""
    ledger, problems = load_with_problems(path, read_text(path))
    note = None
    if ledger.commitments:
        text_path = report_text_path(path, ledger.report)
        if text_path is None:
            note = "quotes not checked: the ledger's [report] names no text file ('text')"
        else:
            try:
                with open(text_path, encoding="utf-8") as file:
                    problems = problems + check_quotes(ledger, file.read())
            except FileNotFoundError:
                note = f"quotes not checked: {text_path}: no such file"
            except (OSError, UnicodeDecodeError) as error:
                reason = error.strerror if isinstance(error, OSError) else "not UTF-8 text"
                note = f"quotes not checked: {text_path}: {reason}"
    return sorted(problems, key=lambda problem: problem.line), note


# ---------------------------------------------------------------- writing


def toml_string(text: str) -> str:
    """A TOML basic string (JSON-compatible) for any text without lone surrogates."""
    import json

    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def toml_number(number: float) -> str:
    if number.is_integer() and abs(number) < 2**53:
        return str(int(number))
    return repr(number)


def toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, int | float):
        return toml_number(float(value))
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} to the ledger")


def format_table(name: str, values: dict[str, object]) -> str:
    """One `[[name]]` table, preceded by a blank line, keys in the given order, None values left out."""
    lines = [f"\n[[{name}]]"]
    lines.extend(f"{key} = {toml_value(value)}" for key, value in values.items() if value is not None)
    return "\n".join(lines) + "\n"


def format_update(update: Update) -> str:
    return format_table(
        "update",
        {
            "change": update.change,
            "commitment": update.commitment,
            "date": update.date,
            "value": update.value,
            "final": True if update.final else None,
            "note": update.note or None,
            "source": update.source or None,
            "by": update.by,
            "recorded_at": update.recorded_at,
        },
    )


def format_edit(edit: Edit) -> str:
    values: dict[str, object] = {"change": edit.change, "commitment": edit.commitment}
    values.update(edit.fields)
    values.update({"by": edit.by, "recorded_at": edit.recorded_at})
    return format_table("edit", values)


def format_commitment(commitment: Commitment) -> str:
    return format_table(
        "commitment",
        {
            "id": commitment.id,
            "section": commitment.section,
            "title": commitment.title,
            "title_en": commitment.title_en,
            "quote": commitment.quote,
            "also_sections": list(commitment.also_sections) or None,
            "also_quotes": list(commitment.also_quotes) or None,
            "kind": commitment.kind.value,
            "target": commitment.target,
            "unit": commitment.unit,
            "direction": commitment.direction.value if commitment.direction else None,
            "tolerance": commitment.tolerance,
            "baseline": commitment.baseline,
            "baseline_quote": commitment.baseline_quote,
            "start": commitment.start,
            "deadline": commitment.deadline,
            "owner": commitment.owner,
            "tags": list(commitment.tags),
        },
    )


def real_path(path: str) -> str:
    """Where writes go: a symlinked ledger is written through to its target, keeping the link."""
    return os.path.realpath(path)


@contextlib.contextmanager
def locked(path: str, timeout: float = DEFAULT_LOCK_TIMEOUT, *, existing: bool = True) -> Iterator[None]:
    """Hold the exclusive lock beside the ledger (PATH.lock) for a whole read-check-write cycle.

    The lock is the operating system's (flock), so it dies with its process: a writer killed
    mid-write never blocks the next one. Unless the ledger is being created (EXISTING false), a
    missing ledger or a folder is refused before the lock file is made, so that a failed command
    leaves nothing behind.
    """
    if existing and not os.path.isfile(path):
        read_text(path)  # raises the usual missing / folder error
    lock_path = real_path(path) + ".lock"
    try:
        descriptor = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as error:
        raise LedgerError(f"{lock_path}: cannot create the lock file: {error.strerror}") from None
    try:
        _acquire(descriptor, lock_path, timeout)
        yield
    finally:
        os.close(descriptor)  # closing the file releases the lock


def _acquire(descriptor: int, lock_path: str, timeout: float) -> None:
    # fcntl.flock rather than the filelock package: the same system call, while importing
    # filelock 4 costs about 50 ms, most of the start-up budget of `record` (see benchmarks/).
    import fcntl
    import time

    deadline = time.monotonic() + timeout
    while True:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                raise LockTimeout(
                    f"{lock_path}: the ledger is locked by another process (waited {timeout:g}s)"
                ) from None
            time.sleep(0.01)
        except OSError as error:
            raise LedgerError(f"{lock_path}: cannot lock: {error.strerror}") from None


def append(path: str, text: str) -> None:
    """Append whole records and make them durable before returning."""
    data = text.encode("utf-8")
    try:
        descriptor = os.open(real_path(path), os.O_WRONLY | os.O_APPEND)
    except OSError as error:
        raise LedgerError(f"{path}: cannot write the ledger: {error.strerror}") from None
    try:
        written = os.write(descriptor, data)
        while written < len(data):
            written += os.write(descriptor, data[written:])
        os.fsync(descriptor)
    except OSError as error:
        raise LedgerError(f"{path}: writing the ledger failed: {error.strerror}") from None
    finally:
        os.close(descriptor)


def replace_file(path: str, data: bytes, *, mode: int | None = None) -> None:
    """Replace PATH with DATA atomically: temp file in the same folder, fsync, rename, fsync folder."""
    import tempfile

    target = real_path(path)
    folder = os.path.dirname(target) or "."
    # Renaming over a read-only file would succeed; respect the mode as an in-place write would.
    if os.path.exists(target) and not os.access(target, os.W_OK):
        raise LedgerError(f"{path}: cannot write the ledger: {os.strerror(errno.EACCES)}")
    if mode is None:
        try:
            mode = os.stat(target).st_mode & 0o7777
        except FileNotFoundError:
            mode = 0o666 & ~_umask()
    try:
        descriptor, temporary = tempfile.mkstemp(prefix=".chengkou-", suffix=".tmp", dir=folder)
    except OSError as error:
        raise LedgerError(f"{target}: cannot write in {folder}: {error.strerror}") from None
    try:
        with os.fdopen(descriptor, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise LedgerError(f"{target}: writing failed: {error.strerror}") from None
    with contextlib.suppress(OSError):
        folder_descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(folder_descriptor)
        finally:
            os.close(folder_descriptor)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def change_offsets(text: str) -> list[tuple[int, int]]:
    """(change number, character offset) of every update/edit table header, in file order."""
    offsets = []
    for match in re.finditer(r"^\[\[(?:update|edit)\]\]\nchange = (\d+)$", text, re.MULTILINE):
        offsets.append((int(match.group(1)), match.start()))
    return offsets
