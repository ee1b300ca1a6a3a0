"""Read a TOML ledger into tables that remember their line numbers.

tomllib gives values but no positions, and it is slow on a year of history. The ledger the tool
writes uses a small, line-oriented subset of TOML (arrays of tables holding one `key = value` per
line), which this module reads quickly while keeping each table's and key's line. Anything outside
that subset - a hand edit with a multi-line string, an inline comment, a dotted key - is handed to
tomllib, so the verdict on what is valid TOML is always tomllib's.

Most of a year-end ledger is `[[update]]` tables exactly as the tool writes them; one regular
expression reads such a table whole, without building a dict per table or a list of lines, which is
what keeps a 100,000-update ledger fast and small (see benchmarks/).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field
from typing import Any

_INT = re.compile(r"-?(?:0|[1-9][0-9]*)")
_FLOAT = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATETIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]+)?(?:Z|[+-][0-9]{2}:[0-9]{2})")
_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_PLAIN = r'"([^"\\\x00-\x1f\x7f]*)"'  # a basic string without escapes, quotes or control characters
# An [[update]] table exactly as ledger.format_update writes it, followed by its line break.
_UPDATE = re.compile(
    r"\[\[update\]\]\n"
    r"change = ([1-9][0-9]{0,17})\n"
    rf"commitment = {_PLAIN}\n"
    r"date = ([0-9]{4}-[0-9]{2}-[0-9]{2})\n"
    r'value = (-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?|"started"|"done")\n'
    r"(final = true\n)?"
    rf"(?:note = {_PLAIN}\n)?"
    rf"(?:source = {_PLAIN}\n)?"
    rf"by = {_PLAIN}\n"
    r"recorded_at = ([0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z)(?:\n|\Z)"
)
# A basic string whose escapes mean the same in JSON and TOML: \" \\ \b \f \n \r \t and \uXXXX outside
# the surrogates (JSON alone has \/ and surrogate pairs, TOML alone has \UXXXXXXXX).
_JSON_COMPATIBLE_ESCAPES = re.compile(r'"(?:[^"\\]|\\["\\bfnrt]|\\u(?![dD][89a-fA-F])[0-9a-fA-F]{4})*"')
# Characters TOML forbids outside escapes; their presence sends the whole file to tomllib.
_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]|\r(?!\n)")


class InexactNumber:
    """A float literal that a float cannot hold as written (1e-400, 9007199254740993.0): refused by the checks."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return self.text

    def __eq__(self, other: object) -> bool:
        return isinstance(other, InexactNumber) and other.text == self.text

    def __hash__(self) -> int:
        return hash(self.text)


def exact_float(text: str) -> float | InexactNumber:
    """TOML float TEXT as a float, or InexactNumber when the float would not be the number written."""
    number = float(text)
    if text == repr(number) or not math.isfinite(number):
        return number
    from decimal import Decimal

    written = Decimal(text.replace("_", ""))
    return number if Decimal(repr(number)) == written else InexactNumber(text)


class TomlSyntaxError(Exception):
    """The text is not valid TOML; line and column are 1-based."""

    def __init__(self, message: str, line: int, column: int) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column


@dataclass(slots=True)
class Table:
    """One `[[name]]` table: its values, the line of its header and of each key."""

    name: str
    line: int
    values: dict[str, Any] = field(default_factory=dict)
    key_lines: dict[str, int] = field(default_factory=dict)


class CanonicalUpdate:
    """An [[update]] table in the tool's own layout, read in one step.

    A plain slotted class: a NamedTuple or dataclass would cost milliseconds to create at every start.
    """

    __slots__ = ("by", "change", "commitment", "date", "final", "line", "note", "recorded_at", "source", "value")

    def __init__(
        self,
        line: int,
        change: int,
        commitment: str,
        date: dt.date,
        value: int | float | str,
        final: bool,
        note: str,
        source: str,
        by: str,
        recorded_at: dt.datetime,
    ) -> None:
        self.line = line
        self.change = change
        self.commitment = commitment
        self.date = date
        self.value = value
        self.final = final
        self.note = note
        self.source = source
        self.by = by
        self.recorded_at = recorded_at

    def values(self) -> dict[str, Any]:
        """The table as tomllib would give it."""
        values: dict[str, Any] = {"change": self.change, "commitment": self.commitment, "date": self.date}
        values["value"] = self.value
        if self.final:
            values["final"] = True
        if self.note:
            values["note"] = self.note
        if self.source:
            values["source"] = self.source
        values.update(by=self.by, recorded_at=self.recorded_at)
        return values


@dataclass(slots=True)
class Document:
    """A parsed ledger file: top-level keys, the tables in file order, and the canonical updates.

    The `[report]` table and its `[[report.sections]]` are also in `top["report"]`; `report` and
    `sections` give their lines.
    """

    top: dict[str, Any]
    tables: list[Table]
    updates: list[CanonicalUpdate] = field(default_factory=list)
    report: Table | None = None
    sections: list[Table] = field(default_factory=list)
    inline: list[tuple[str, int]] = field(default_factory=list)  # (name, line) of inline arrays of tables
    top_lines: dict[str, int] = field(default_factory=dict)  # the line of each top-level key or [table]

    def as_dict(self) -> dict[str, Any]:
        """The whole document as tomllib would give it."""
        data: dict[str, Any] = dict(self.top)
        entries = [(table.line, table.name, table.values) for table in self.tables]
        entries += [(update.line, "update", update.values()) for update in self.updates]
        for _, name, values in sorted(entries, key=lambda entry: entry[0]):
            data.setdefault(name, []).append(values)
        return data


class _NotSubset(Exception):
    """The text leaves the fast subset; parse it with tomllib instead."""


def parse(text: str) -> Document:
    """Parse TOML text; raise TomlSyntaxError with tomllib's verdict when it is invalid."""
    if _FORBIDDEN.search(text) is None:
        try:
            return _parse_subset(text)
        except _NotSubset:
            pass
        split = _head_end(text)
        if split is not None:
            try:
                return _parse_head_apart(text, split)
            except (_NotSubset, TomlSyntaxError):
                pass  # the whole file's reading gives the verdict, worded and placed as tomllib does
    return _parse_with_tomllib(text)


def _head_end(text: str) -> int | None:
    """Where the first [[commitment]] starts, when the text before it holds a [report] table."""
    end = text.find("\n[[commitment]]\n")
    if end < 0:
        end = text.find("\n[[commitment]]\r\n")
    if end < 0 or "[report]" not in text[:end]:
        return None
    return end + 1


def _parse_head_apart(text: str, split: int) -> Document:
    """The head (top-level keys, [report]) in a form the fast reader does not read - sections written as an
    inline array, say - read by tomllib, and the rest (the commitments and a year of history) by the fast
    reader. The same document: the split is at a header line (a head that ended inside a string would not be
    valid TOML), and nothing after it may add to what the head defined."""
    head = _parse_with_tomllib(text[:split])
    defined = frozenset(head.top) | {name for name, _ in head.inline}  # names the rest cannot add to
    rest = _parse_subset(text[split:], text.count("\n", 0, split) + 1, defined)
    if rest.top:
        raise _NotSubset
    return Document(
        head.top,
        head.tables + rest.tables,
        rest.updates,
        head.report,
        head.sections,
        head.inline,
        head.top_lines,
    )


def _parse_subset(text: str, first_line: int = 1, reserved: frozenset[str] = frozenset()) -> Document:
    top: dict[str, Any] = {}
    tables: list[Table] = []
    updates: list[CanonicalUpdate] = []
    current_values = top
    current_lines: dict[str, int] = {}
    top_lines = current_lines
    report: Table | None = None
    sections: list[Table] = []
    # One object per distinct id or name, date and date-time (a year of updates repeats them), kept apart
    # by kind: a name may be written like a date ("2023-06-30") and must stay a string.
    seen: tuple[dict[str, str], dict[str, dt.date], dict[str, dt.datetime]] = ({}, {}, {})
    size = len(text)
    position = 0
    lineno = first_line
    while position < size:
        if text.startswith("[[update]]\n", position):
            match = _UPDATE.match(text, position)
            if match is not None:
                after = match.end()
                while after < size and text[after] == "\n":
                    after += 1
                if after == size or text[after] == "[":  # the table ends here
                    updates.append(_canonical_update(match, lineno, seen))
                    lineno += text.count("\n", position, after)
                    position = after
                    current_values = {}  # no key may follow; a header must come next
                    continue
        end = text.find("\n", position)
        if end < 0:
            end = size
        line = text[position:end]
        position = end + 1
        if line.endswith("\r"):
            line = line[:-1]
        first = line[:1]
        if first == "[":
            if line == "[report]" or line == "[[report.sections]]":
                # The report's table comes first (before any [[...]] table of the ledger's own).
                if tables or updates:
                    raise _NotSubset
                if line == "[report]":
                    if report is not None or "report" in top:
                        raise _NotSubset
                    report = Table("report", lineno)
                    top["report"] = report.values
                    current_values, current_lines = report.values, report.key_lines
                else:
                    if report is None or not isinstance(report.values.setdefault("sections", []), list):
                        raise _NotSubset
                    section = Table("report.sections", lineno)
                    if "sections" in report.key_lines:
                        raise _NotSubset
                    report.values["sections"].append(section.values)
                    sections.append(section)
                    current_values, current_lines = section.values, section.key_lines
                lineno += 1
                continue
            if not line.startswith("[[") or not line.endswith("]]"):
                raise _NotSubset
            name = line[2:-2]
            if _BARE_KEY.fullmatch(name) is None or name in top or name in reserved:
                raise _NotSubset
            table = Table(name, lineno)
            tables.append(table)
            current_values = table.values
            current_lines = table.key_lines
        elif first != "#" and line.strip(" \t"):
            key, sep, raw = line.partition(" = ")
            if not sep or _BARE_KEY.fullmatch(key) is None:
                raise _NotSubset
            if key in current_values:
                raise _NotSubset  # tomllib words the error
            current_values[key] = _value(raw)
            current_lines[key] = lineno
        lineno += 1
    for table in tables:
        if table.name in top:
            raise _NotSubset
    if updates and ("update" in top or "update" in reserved):
        raise _NotSubset
    return Document(top, tables, updates, report, sections, [], top_lines)


def _canonical_update(
    match: re.Match[str], lineno: int, seen: tuple[dict[str, str], dict[str, dt.date], dict[str, dt.datetime]]
) -> CanonicalUpdate:
    change, commitment, date, value, final, note, source, by, recorded_at = match.groups()
    names, days, moments = seen
    try:
        day = days.get(date) or days.setdefault(date, dt.date.fromisoformat(date))
        moment = moments.get(recorded_at) or moments.setdefault(recorded_at, dt.datetime.fromisoformat(recorded_at))
    except ValueError:
        raise _NotSubset from None  # an impossible date: tomllib words the error
    if value[0] == '"':
        figure: int | float | str = value[1:-1]
    elif "." in value or "e" in value or "E" in value:
        exact = exact_float(value)
        if isinstance(exact, InexactNumber):
            raise _NotSubset
        figure = exact
    else:
        figure = int(value)
    return CanonicalUpdate(
        lineno,
        int(change),
        names.setdefault(commitment, commitment),
        day,
        figure,
        final is not None,
        note or "",
        source or "",
        names.setdefault(by, by),
        moment,
    )


def _value(raw: str) -> Any:
    first = raw[:1]
    if first == '"':
        if len(raw) >= 2 and raw[-1] == '"' and "\\" not in raw and raw.count('"') == 2:
            return raw[1:-1]
        if _JSON_COMPATIBLE_ESCAPES.fullmatch(raw):
            import json

            try:
                return json.loads(raw)
            except ValueError:
                pass
    elif first == "[":
        if raw == "[]":
            return []
        if "\\" not in raw:
            import json

            try:
                items = json.loads(raw)
            except ValueError:
                items = None
            if isinstance(items, list) and all(isinstance(item, str) for item in items):
                return items
    elif first == "t" and raw == "true":
        return True
    elif first == "f" and raw == "false":
        return False
    elif _INT.fullmatch(raw):
        if len(raw) < 19:
            return int(raw)
    elif _FLOAT.fullmatch(raw):
        return exact_float(raw)
    elif _DATE.fullmatch(raw):
        try:
            return dt.date.fromisoformat(raw)
        except ValueError:
            raise _NotSubset from None
    elif _DATETIME.fullmatch(raw):
        try:
            return dt.datetime.fromisoformat(raw)
        except ValueError:
            raise _NotSubset from None
    # Anything rarer (escapes, inline comments, other number forms): let tomllib read this one value,
    # and let it read the whole file when the value is invalid, so errors are worded and placed as tomllib does.
    import tomllib

    try:
        value = tomllib.loads("v = " + raw, parse_float=exact_float)["v"]
    except tomllib.TOMLDecodeError:
        raise _NotSubset from None
    if isinstance(value, dict) or (isinstance(value, list) and any(isinstance(item, dict) for item in value)):
        raise _NotSubset  # inline tables: the whole file's reading says where they are
    return value


def _split_message(message: str) -> tuple[str, int, int]:
    match = re.search(r"\s*\(at line (\d+), column (\d+)\)$", message)
    if match is None:
        match_end = re.search(r"\s*\(at end of document\)$", message)
        if match_end:
            return message[: match_end.start()], 1, 1
        return message, 1, 1
    return message[: match.start()], int(match.group(1)), int(match.group(2))


def _parse_with_tomllib(text: str) -> Document:
    import tomllib

    from chengkou_tracker.store.scan import scan

    try:
        data = tomllib.loads(text, parse_float=exact_float)
    except tomllib.TOMLDecodeError as error:
        message, line, column = _split_message(str(error))
        if str(error).endswith("(at end of document)"):
            line = text.count("\n") + 1
        raise TomlSyntaxError(message, line, column) from None
    # Positions come from a scan that knows strings, comments and arrays, so a header inside a
    # multi-line string is not taken for a table.
    structure = scan(text)
    top = {key: value for key, value in data.items() if not _is_table_array(value)}
    seen: dict[str, int] = {}
    tables: list[Table] = []
    report: Table | None = None
    sections: list[Table] = []
    report_data = data.get("report")
    for header in structure.headers:
        if header.name == ("report",) and not header.array and isinstance(report_data, dict):
            report = Table("report", header.line, report_data, header.key_lines)
        elif header.name == ("report", "sections") and header.array and isinstance(report_data, dict):
            entries: Any = report_data.get("sections")
            if _is_table_array(entries) and len(sections) < len(entries):
                sections.append(Table("report.sections", header.line, entries[len(sections)], header.key_lines))
        elif header.array and len(header.name) == 1:
            name = header.name[0]
            index = seen.get(name, 0)
            seen[name] = index + 1
            entries = data.get(name) or []
            if _is_table_array(entries) and index < len(entries):
                tables.append(Table(name, header.line, dict(entries[index]), header.key_lines))
    inline: list[tuple[str, int]] = []
    for name, entries in data.items():
        if _is_table_array(entries) and len(entries) > seen.get(name, 0):
            # An inline array of tables (`update = [{...}]`): valid TOML, but the tool appends [[update]] tables
            # after it, which would make the file invalid; the ledger checks refuse it at its line.
            inline.append((name, structure.top_keys.get(name, 1)))
    if report is None and isinstance(report_data, dict):
        report = Table("report", structure.top_keys.get("report", 1), report_data, {})
    top_lines = dict(structure.top_keys)
    for header in structure.headers:
        top_lines.setdefault(header.name[0], header.line)
    return Document(top, tables, [], report, sections, inline, top_lines)


def _is_table_array(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(item, dict) for item in value)
