"""Spreadsheets in and out: xlsx (xlsxwriter writes, python-calamine reads) and CSV with a byte-order mark.

The only module that imports a spreadsheet library, and it does so inside the functions that need one,
so reading a CSV file costs nothing more than the csv module. Cells are data: a text that a spreadsheet
would run as a formula is written as a text cell in xlsx and behind an apostrophe in CSV (OWASP's advice
on CSV injection); `unguard` removes exactly that apostrophe again when a sheet is read.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from chengkou_tracker.errors import UsageError

if TYPE_CHECKING:
    from chengkou_tracker.status import Assessment

Cell = str | float | int | bool | dt.date | dt.datetime | None
XLSX_SUFFIXES = (".xlsx", ".xlsm")

# A cell starting with one of these is a formula (or a DDE call) to Excel and LibreOffice.
_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")


def is_xlsx(path: str) -> bool:
    return path.lower().endswith(XLSX_SUFFIXES)


# ---------------------------------------------------------------- columns

# The template: what the department reads, then the cells it fills in (the import columns).
TEMPLATE_FIELDS = ("id", "title", "quote", "target", "unit", "latest_value", "latest_date", "status")
FILL_FIELDS = ("value", "date", "note", "source", "final")


def header(key: str, lang: str) -> str:
    """A column's heading: the field's name in English (what `import` has always read), its label in Chinese."""
    from chengkou_tracker.labels import label

    return label(key, lang) if lang == "zh" else key


def column_key(name: str) -> str | None:
    """The field a column heading names, in either language; None for a heading the tool never writes."""
    from chengkou_tracker.formats import TABLE_FIELDS
    from chengkou_tracker.labels import label
    from chengkou_tracker.operations import IMPORT_COLUMNS

    text = name.strip()
    for key in (*IMPORT_COLUMNS, *TABLE_FIELDS, *TEMPLATE_FIELDS):
        if text.lower() == key or text == label(key, "zh"):
            return key
    return None


# ---------------------------------------------------------------- cells are data


def needs_guard(text: str) -> bool:
    """Whether a spreadsheet would read TEXT (after any apostrophes) as a formula; a plain number never."""
    bare = text.lstrip("'")
    if not bare.startswith(_TRIGGERS):
        return False
    return bare != text or not _NUMBER.fullmatch(text)


def guard(text: str) -> str:
    """TEXT as a CSV cell a spreadsheet shows literally: an apostrophe before a would-be formula."""
    return "'" + text if needs_guard(text) else text


def unguard(text: str) -> str:
    """The inverse of guard: drop the one apostrophe guard added, and nothing else."""
    return text[1:] if text.startswith("'") and needs_guard(text[1:]) else text


# ---------------------------------------------------------------- reading


@dataclass(frozen=True, slots=True)
class Sheet:
    """The first sheet of a workbook or a CSV file: a header and numbered rows of cells."""

    path: str
    name: str | None  # the sheet's name in a workbook; None for CSV
    header: list[str]
    rows: list[tuple[int, list[Cell]]]

    def where(self, row: int, column: int | None = None) -> str:
        """'FILE:ROW' for CSV, 'FILE:SHEET!K5' (the cell) for a workbook."""
        if self.name is None:
            return f"{self.path}:{row}"
        if column is None:
            return f"{self.path}:{self.name}!{row}"
        return f"{self.path}:{self.name}!{column_letter(column)}{row}"


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def read_sheet(path: str) -> Sheet:
    """The cells of PATH: an xlsx workbook's first sheet, else a CSV file (UTF-8 with or without BOM, or GB18030)."""
    try:
        with open(path, "rb") as file:
            data = file.read()
    except OSError as error:
        raise UsageError(f"{path}: cannot read: {error.strerror}") from None
    if data.startswith(b"PK\x03\x04") or is_xlsx(path):
        return _read_xlsx(path, data)
    return _read_csv(path, data)


def _read_csv(path: str, data: bytes) -> Sheet:
    import csv
    import io

    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:  # what Excel on a Chinese Windows saves as "CSV"; a superset of GBK and GB2312
            text = data.decode("gb18030")
        except UnicodeDecodeError as error:
            raise UsageError(
                f"{path}: neither UTF-8 nor GB18030 text (byte {error.start}); save the sheet as CSV UTF-8"
            ) from None
    if "\x00" in text:
        raise UsageError(f"{path}: contains NUL bytes; is it really a CSV file?")
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
        rows: list[tuple[int, list[Cell]]] = []
        for cells in reader:
            rows.append((reader.line_num, [unguard(cell) for cell in cells]))
    except StopIteration:
        from chengkou_tracker.operations import IMPORT_COLUMNS

        raise UsageError(f"{path}: empty file (expected a header: {','.join(IMPORT_COLUMNS)})") from None
    except csv.Error as error:
        if "field larger than field limit" in str(error):  # the csv module's own cap, far above MAX_TEXT
            from chengkou_tracker.operations import MAX_TEXT

            error = csv.Error(f"a cell is too long (more than {csv.field_size_limit()} characters; at most {MAX_TEXT})")
        raise UsageError(f"{path}:{reader.line_num}: {error}") from None
    return Sheet(path, None, header, rows)


def _read_xlsx(path: str, data: bytes) -> Sheet:
    import io

    from python_calamine import CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
        name = workbook.sheet_names[0]
        # calamine gives each formula cell its cached value, never the formula's text.
        table = workbook.get_sheet_by_index(0).to_python(skip_empty_area=False)
    except Exception as error:  # calamine raises its own types for every kind of broken file
        raise UsageError(f"{path}: not a readable xlsx workbook ({type(error).__name__})") from None
    if not table:
        raise UsageError(f"{path}:{name}: empty sheet (expected a header row)")
    header = ["" if cell is None else str(cell) for cell in table[0]]
    rows = [(number, [_xlsx_cell(cell) for cell in cells]) for number, cells in enumerate(table[1:], start=2)]
    return Sheet(path, name, header, rows)


def _xlsx_cell(value: Any) -> Cell:
    if isinstance(value, str):
        return unguard(value)
    if isinstance(value, bool | int | float | dt.date):
        return value
    if value is None:
        return None
    return str(value)  # times and durations: refused later as what they are


def cell_text(value: Cell) -> str:
    """A cell as the text a user typed: numbers as written (80, not 80.0), dates as ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def is_blank(value: Cell) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())
