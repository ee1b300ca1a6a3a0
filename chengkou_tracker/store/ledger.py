"""The ledger file: read it into model objects, check it, and change it safely.

Every change adds `[[update]]` or `[[edit]]` tables carrying a `change` number at the end of the ledger;
undo and repair cut the last ones off. Every write holds the lock and replaces the whole file atomically
(write_change, replace_file), so a change is in the file entirely or not at all (docs/data-safety.md).
Reading is one pure function of the file's bytes (read_ledger), which the cache only remembers.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import math
import os
import re
from collections.abc import Iterator, Sequence
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
from chengkou_tracker.store.parse import CanonicalUpdate, Document, InexactNumber, Table, TomlSyntaxError, parse

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
    """The ledger's text; LedgerError when it is missing, not a regular file, unreadable or not UTF-8."""
    return decode(path, read_bytes(path))


def read_bytes(path: str) -> bytes:
    """The ledger's bytes; LedgerError when it is missing, not a regular file (a folder, a FIFO, a device)
    or unreadable. A FIFO is opened without waiting for a writer, so it is refused at once."""
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except FileNotFoundError:
        raise LedgerError(f"{path}: no such ledger (run 'chengkou-tracker init' to create one)") from None
    except OSError as error:
        raise LedgerError(f"{path}: cannot read the ledger: {error.strerror}") from None
    try:
        _check_regular(path, os.fstat(descriptor).st_mode)
        chunks = []
        while chunk := os.read(descriptor, 1 << 20):
            chunks.append(chunk)
    except OSError as error:
        raise LedgerError(f"{path}: cannot read the ledger: {error.strerror}") from None
    finally:
        os.close(descriptor)
    return b"".join(chunks)


def _check_regular(path: str, mode: int) -> None:
    """Only a regular file is a ledger: a folder, FIFO, device or socket is refused (exit 3)."""
    import stat

    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        raise LedgerError(f"{path}: is a folder, not a ledger file")
    if stat.S_ISFIFO(mode):
        kind = "a named pipe (FIFO)"
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        kind = "a device"
    else:
        kind = "a socket" if stat.S_ISSOCK(mode) else "a special file"
    raise LedgerError(f"{path}: is {kind}, not a regular file; a ledger is a plain file")


def decode(path: str, data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise LedgerInvalid([_undecodable(path, data, error)]) from None


def _undecodable(path: str, data: bytes, error: UnicodeDecodeError) -> Problem:
    torn = find_torn(data)
    if torn is not None:
        return Problem(path, data.count(b"\n", 0, torn) + 1, _TORN_MESSAGE)
    return Problem(path, data.count(b"\n", 0, error.start) + 1, "not UTF-8 text (is this a ledger?)")


def load(path: str) -> Ledger:
    """Read and check the ledger's structure; LedgerInvalid lists every problem."""
    return load_with_bytes(path)[0]


def load_with_bytes(path: str) -> tuple[Ledger, bytes]:
    """The valid ledger at PATH and the bytes it was read from.

    The answer is always valid_ledger(PATH, bytes): the cache only remembers that function's results,
    keyed by the bytes themselves (see cache.py).
    """
    from chengkou_tracker.store import cache

    data = read_bytes(path)
    return cache.cached(path, data, valid_ledger), data


def valid_ledger(path: str, data: bytes) -> Ledger:
    """The ledger that DATA holds; LedgerInvalid with every problem when it is not a valid ledger."""
    ledger, problems = read_ledger(path, data)
    if problems:
        raise LedgerInvalid(problems)
    return ledger


def read_ledger(path: str, data: bytes) -> tuple[Ledger, list[Problem]]:
    """The one reading of a ledger: DATA to a Ledger and every problem found (PATH only names the file).

    A pure function of the bytes: every command, cached or not, sees what this returns.
    """
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        return Ledger({}, [], [], path), [_undecodable(path, data, error)]
    return load_with_problems(path, text)


def load_with_problems(path: str, text: str) -> tuple[Ledger, list[Problem]]:
    """Build what can be built from the text, with every structural problem found on the way."""
    if not text.strip():
        return Ledger({}, [], [], path), [Problem(path, 1, "the ledger is empty (no [[commitment]] tables)")]
    try:
        document = parse(text)
    except TomlSyntaxError as error:
        problem = Problem(path, error.line, f"invalid TOML: {error.message}", error.column)
        torn = find_torn(text.encode("utf-8"), invalid=True)
        if torn is not None:
            torn_line = text.encode("utf-8").count(b"\n", 0, torn) + 1
            if error.line >= torn_line:
                problem = Problem(path, torn_line, _TORN_MESSAGE)
        return Ledger({}, [], [], path), [problem]
    return _build(document, path)


_TORN_MESSAGE = "the last record is incomplete (an interrupted write?); run 'chengkou-tracker repair'"


# A table the tool adds starts with one of these lines, then `change = N`; each of its lines is `key = value`.
_TOOL_HEADERS = ("[[update]]", "[[edit]]")
_TOOL_LINE = re.compile(r"[a-z_]+ = [^\n]*")


def find_torn(data: bytes, *, invalid: bool = False) -> int | None:
    """Where a torn last record starts (the byte offset of its line), or None when there is none.

    A torn record is what an interrupted append (by an older version or another program) can leave: the
    file as a whole is not a ledger that can be
    read (not UTF-8 because its last character is cut, or not valid TOML), the text before the last
    `[[update]]` / `[[edit]]` line is valid TOML, and from that line on the file is the start of a table as
    the tool writes it (one `key = value` per line) cut short. A valid TOML file is never torn, and nothing
    before the last table can be. INVALID: the caller knows that DATA is not valid TOML.
    """
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.end != len(data) or error.reason != "unexpected end of data":
            return None  # not a character cut short by the end of the file
        text = data[: error.start].decode("utf-8", "replace")
    else:
        if not invalid:
            try:
                parse(text)
                return None
            except TomlSyntaxError:
                pass
    start = max(text.rfind("\n" + header) for header in _TOOL_HEADERS) + 1
    last_line_start = text.rfind("\n") + 1
    last_line = text[last_line_start:]
    if last_line and any(header.startswith(last_line) and header != last_line for header in _TOOL_HEADERS):
        start = last_line_start  # the file ends in the first bytes of a header
    elif start <= 0:
        return None
    lines = text[start:].split("\n")
    complete, partial = lines[:-1], lines[-1]
    if complete:
        if complete[0].removesuffix("\r") not in _TOOL_HEADERS:
            return None
        body = [line.removesuffix("\r") for line in complete[1:]]
        if not all(_TOOL_LINE.fullmatch(line) for line in body):
            return None
        if body and not body[0].startswith("change = "):
            return None
        if any(line.startswith("recorded_at = ") for line in body):
            return None  # the tool writes recorded_at last: a table with it whole was not cut short
    if partial.startswith((" ", "\t", "#", "[")) and not any(h.startswith(partial) for h in _TOOL_HEADERS):
        return None
    try:
        parse(text[:start])
    except TomlSyntaxError:
        return None  # the problem is before the last table: not a torn tail
    return len(text[:start].encode("utf-8"))


def _build(document: Document, path: str) -> tuple[Ledger, list[Problem]]:
    problems: list[Problem] = []
    for key in document.top:
        if key != "report":
            problems.append(Problem(path, document.top_lines.get(key, 1), f"unknown top-level key '{key}'"))
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
    _check_changes_together(updates, edits, path, problems)
    ledger = Ledger(commitments, updates, edits, path, report)
    _apply_edits(ledger)
    problems.sort(key=lambda problem: problem.line)
    return ledger, problems


def _check_changes_together(updates: list[Update], edits: list[Edit], path: str, problems: list[Problem]) -> None:
    """A change's tables come together: a number seen before another change's tables is a second change
    under the same number (two writers that did not share a lock, or a copy and paste)."""
    entries = [(update.line, update.change) for update in updates] + [(edit.line, edit.change) for edit in edits]
    if edits:
        entries.sort()
    first: dict[int, int] = {}
    previous = 0
    for line, change in entries:
        if change != previous and change in first:
            problems.append(
                Problem(
                    path, line, f"change {change} appears again (first at line {first[change]}, before other changes)"
                )
            )
        first.setdefault(change, line)
        previous = change


def _apply_edits(ledger: Ledger) -> None:
    from dataclasses import replace

    for edit in sorted(ledger.edits, key=lambda edit: edit.change):
        current = ledger.commitments.get(edit.commitment)
        if current is not None:
            ledger.commitments[edit.commitment] = replace(current, **edit.fields)  # type: ignore[arg-type]


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
            problems.append(Problem(path, document.top_lines.get("report", 1), "'report' must be a table: [report]"))
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
        if text_path is None and ledger.report == LEGACY_REPORT:
            note = "quotes not checked: the ledger has no [report] table naming the report's text file"
        elif text_path is None:
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


def check_writable(path: str) -> None:
    """Refuse, before any lock file is made, a ledger that is not a regular file or has other hard links.

    Every change replaces the file (see write_change); a file with a second name would be split in two, and
    writers through the other name would take another lock.
    """
    try:
        status = os.stat(path)
    except FileNotFoundError:
        raise LedgerError(f"{path}: no such ledger (run 'chengkou-tracker init' to create one)") from None
    except OSError as error:
        raise LedgerError(f"{path}: cannot read the ledger: {error.strerror}") from None
    _check_regular(path, status.st_mode)
    if status.st_nlink > 1:
        raise LedgerError(
            f"{path}: the ledger has {status.st_nlink} hard links; changing it would split them apart, so it is "
            "not written (keep one name, or use a symbolic link)"
        )


@contextlib.contextmanager
def locked(path: str, timeout: float = DEFAULT_LOCK_TIMEOUT, *, existing: bool = True) -> Iterator[None]:
    """Hold the exclusive lock beside the ledger (PATH.lock) for a whole read-check-write cycle.

    The lock is the operating system's (flock), so it dies with its process: a writer killed
    mid-write never blocks the next one. Unless the ledger is being created (EXISTING false), a
    ledger that is missing, not a regular file or hard-linked is refused before the lock file is made,
    so that a failed command leaves nothing behind.
    """
    if existing or os.path.lexists(path):
        check_writable(path)
    lock_path = real_path(path) + ".lock"
    try:
        descriptor = os.open(lock_path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
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


def newline_of(data: bytes) -> str:
    """The ledger's line ending: CRLF when its first line ends so, else LF."""
    end = data.find(b"\n")
    return "\r\n" if end > 0 and data[end - 1 : end] == b"\r" else "\n"


def write_change(path: str, before: bytes, tables: Sequence[str]) -> bytes:
    """Add one change's TABLES (as format_update/format_edit write them) to the ledger whose bytes are BEFORE.

    All or nothing: the new ledger (BEFORE, then the tables in the ledger's own line ending) is written to a
    temporary file, made durable and renamed over the ledger (replace_file), so that whatever happens - a
    full disk, an I/O error, a signal, SIGKILL, a crash - the ledger holds either BEFORE or the whole
    change, never part of it. Call it holding the lock (locked()). Refuses when the file no longer holds
    BEFORE (changed by hand meanwhile). Returns the new bytes.
    """
    text = "".join(tables)
    newline = newline_of(before)
    if newline != "\n":
        text = text.replace("\n", newline)
    after = before + text.encode("utf-8")
    if read_bytes(path) != before:
        raise LedgerError(f"{path}: the ledger changed while this command ran (edited by hand?); nothing written")
    replace_file(path, after, locked_ledger=True)
    return after


def _write_all(descriptor: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(descriptor, view)
        view = view[written:]


class _Interrupted(BaseException):
    """A signal arrived while a new file was being written: undo the write, then let the signal act."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


class _SignalGuard:
    """While a file is written, SIGINT, SIGTERM, SIGHUP and SIGQUIT abort the write (which is then undone) and
    act afterwards; around the rename they wait, so that a change is either undone or complete when they act."""

    def __init__(self) -> None:
        import signal

        self.signals = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT)
        self.previous: dict[int, Any] = {}

    def __enter__(self) -> _SignalGuard:
        import signal

        def interrupt(signum: int, frame: object) -> None:
            raise _Interrupted(signum)

        try:
            for number in self.signals:
                self.previous[number] = signal.signal(number, interrupt)
        except ValueError:  # not the main thread: handlers cannot be set; hold the signals instead
            self.restore()
            signal.pthread_sigmask(signal.SIG_BLOCK, self.signals)
            self.previous = {-1: None}
        return self

    @contextlib.contextmanager
    def held(self) -> Iterator[None]:
        """Signals wait during the block; the usual handlers are back when they act."""
        import signal

        blocked = signal.pthread_sigmask(signal.SIG_BLOCK, self.signals)
        try:
            yield
        finally:
            self.restore()
            signal.pthread_sigmask(signal.SIG_SETMASK, blocked)

    def restore(self) -> None:
        import signal

        if -1 in self.previous:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, self.signals)
        else:
            for number, handler in self.previous.items():
                signal.signal(number, signal.SIG_DFL if handler is None else handler)
        self.previous = {}

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        self.restore()
        if isinstance(error, _Interrupted):
            import signal

            signal.raise_signal(error.signum)  # the signal acts as it would have: exit, or KeyboardInterrupt


_TEMPORARY_SUFFIX = ".chengkou-tmp"


def replace_file(path: str, data: bytes, *, mode: int | None = None, locked_ledger: bool = False) -> None:
    """Replace PATH with DATA atomically: temp file in the same folder, fsync, rename, fsync folder.

    Any failure (a full disk, an I/O error) leaves PATH as it was and removes the temporary file; a
    process killed meanwhile leaves PATH as it was, and a temporary file that the next write of a ledger
    (LOCKED_LEDGER: the caller holds PATH's lock) removes.
    """
    target = real_path(path)
    folder = os.path.dirname(target) or "."
    # Renaming over a read-only file would succeed; respect the mode as an in-place write would.
    if os.path.exists(target) and not os.access(target, os.W_OK):
        raise LedgerError(f"{path}: cannot write the ledger: {os.strerror(errno.EACCES)}")
    owner = None
    try:
        status = os.stat(target)
        owner = (status.st_uid, status.st_gid)
        if mode is None:
            mode = status.st_mode & 0o7777
    except FileNotFoundError:
        if mode is None:
            mode = 0o666 & ~_umask()
    if locked_ledger:
        _remove_stale_temporaries(target)
    with _SignalGuard() as guard:
        # Named like tempfile.mkstemp's files, without importing tempfile (milliseconds of every record's start).
        temporary = os.path.join(folder, f".{os.path.basename(target)}.{os.urandom(6).hex()}{_TEMPORARY_SUFFIX}")
        descriptor = -1
        try:
            try:
                descriptor = os.open(
                    temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600
                )
            except OSError as error:
                raise LedgerError(f"{target}: cannot write in {folder}: {error.strerror}") from None
            try:
                _write_all(descriptor, data)
                os.fsync(descriptor)
                os.fchmod(descriptor, mode)
                if owner is not None and owner != (os.geteuid(), os.getegid()):
                    with contextlib.suppress(OSError):
                        os.fchown(descriptor, *owner)
            finally:
                os.close(descriptor)
            with guard.held():
                os.replace(temporary, target)
        except BaseException as error:
            # Also when a signal came just as the file was created, before its descriptor was kept.
            if descriptor >= 0 or not isinstance(error, LedgerError):
                with contextlib.suppress(OSError):
                    os.unlink(temporary)
            if isinstance(error, OSError):
                raise LedgerError(f"{target}: writing failed: {error.strerror}; the file is unchanged") from None
            raise
        with contextlib.suppress(OSError):
            folder_descriptor = os.open(folder, os.O_RDONLY)
            try:
                os.fsync(folder_descriptor)
            finally:
                os.close(folder_descriptor)


def _remove_stale_temporaries(target: str) -> None:
    """Remove temporary files of TARGET left by a writer that was killed (the caller holds TARGET's lock,
    or TARGET is not a ledger and has no other writer)."""
    folder = os.path.dirname(target) or "."
    prefix = f".{os.path.basename(target)}."
    try:
        entries = [e for e in os.scandir(folder) if e.name.startswith(prefix) and e.name.endswith(_TEMPORARY_SUFFIX)]
    except OSError:
        return
    for entry in entries:
        with contextlib.suppress(OSError):
            if entry.is_file(follow_symlinks=False) and entry.stat(follow_symlinks=False).st_uid == os.geteuid():
                os.unlink(entry.path)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# ---------------------------------------------------------------- undo and repair


def without_last_change(path: str, data: bytes, ledger: Ledger, number: int) -> bytes:
    """The ledger's bytes without change NUMBER, its last change: exactly its tables, cut from the end.

    The tables are found by what the TOML means (the parsed tables and their lines), not by text patterns;
    the result is read again and must be the ledger minus that change. LedgerError otherwise, saying why.
    """
    text = data.decode("utf-8")
    document = parse(text)
    entries = [(table.line, table.name, table.values.get("change")) for table in document.tables]
    entries += [(update.line, "update", update.change) for update in document.updates]
    entries.sort(key=lambda entry: entry[0])
    ours = [entry for entry in entries if entry[1] in _CHANGE_TABLES and entry[2] == number]
    if not ours:
        raise LedgerError(f"{path}: change {number} has no tables in the ledger; undo it by hand")
    first_line = ours[0][0]
    after = [entry for entry in entries if entry[0] >= first_line]
    if after != ours:
        other = next(entry for entry in after if entry not in ours)
        raise LedgerError(
            f"{path}:{other[0]}: a [[{other[1]}]] table comes after change {number}, so it is not the end of the "
            "ledger (edited by hand?); undo it by hand"
        )
    cut = _line_offset(text, first_line)
    from chengkou_tracker.store.parse import scan

    tail_headers = scan(text[cut:]).headers
    if len(tail_headers) != len(ours) or any(not h.array or h.name[0] not in _CHANGE_TABLES for h in tail_headers):
        raise LedgerError(f"{path}:{first_line}: change {number} is followed by other tables; undo it by hand")
    head = text[:cut]
    newline = newline_of(data)
    if head.endswith(newline * 2):
        head = head[: -len(newline)]  # the blank line the tool writes before a change
    result = head.encode("utf-8")
    remaining, problems = read_ledger(path, result)
    expected_updates = [u for u in ledger.updates if u.change != number]
    expected_edits = [e for e in ledger.edits if e.change != number]
    if (
        problems
        or remaining.updates != expected_updates
        or remaining.edits != expected_edits
        or set(remaining.commitments) != set(ledger.commitments)
        or remaining.report != ledger.report
    ):
        raise LedgerError(
            f"{path}:{first_line}: cutting change {number} would not leave the ledger as it was before it; "
            "undo it by hand"
        )
    return result


def _line_offset(text: str, line: int) -> int:
    offset = 0
    for _ in range(line - 1):
        offset = text.index("\n", offset) + 1
    return offset


def torn_split(path: str, data: bytes) -> tuple[bytes, bytes] | None:
    """(the ledger without its torn last record, that record), or None when nothing is torn.

    Only what find_torn() calls torn is cut; the rest must read as TOML, or LedgerError.
    """
    start = find_torn(data)
    if start is None:
        return None
    head, tail = data[:start], data[start:]
    newline = newline_of(data).encode()
    if head.endswith(newline * 2):
        head = head[: -len(newline)]
    try:
        parse(head.decode("utf-8"))
    except (UnicodeDecodeError, TomlSyntaxError):  # pragma: no cover - find_torn checked it
        raise LedgerError(f"{path}: cannot repair: the text before the torn record is not valid TOML") from None
    return head, tail
