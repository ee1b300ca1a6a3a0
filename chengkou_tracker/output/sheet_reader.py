"""Reading a sheet someone filled in: an xlsx workbook's first sheet or a CSV file, as a header and rows of cells.

Cells are data: escape.unguard removes exactly the apostrophe export put before a would-be formula. A CSV file is
UTF-8 (with or without a byte-order mark) or GB18030, never a mix; a workbook is checked before python-calamine
opens it (xlsx_check.py). Importing this module costs no more than the csv module.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from chengkou_tracker.errors import TrackerError, UsageError
from chengkou_tracker.escape import unguard

Cell = str | float | int | bool | dt.date | dt.datetime | None
XLSX_SUFFIXES = (".xlsx", ".xlsm")


def is_xlsx(path: str) -> bool:
    return path.lower().endswith(XLSX_SUFFIXES)


# ---------------------------------------------------------------- columns

# What `import` reads: an update's fields, of which the first three are required.
IMPORT_COLUMNS = ("id", "date", "value", "note", "source", "by", "final", "problem")
REQUIRED_IMPORT_COLUMNS = ("id", "date", "value")
# The template: what the department reads, then the cells it fills in (the import columns).
TEMPLATE_FIELDS = ("id", "title", "quote", "target", "unit", "latest_value", "latest_date", "status")
FILL_FIELDS = ("value", "date", "note", "source", "final", "problem")


def column_key(name: str) -> str | None:
    """The field a column heading names, in either language; None for a heading the tool never writes."""
    from chengkou_tracker.i18n.labels import label
    from chengkou_tracker.output.formats import TABLE_FIELDS

    text = name.strip()
    for key in (*IMPORT_COLUMNS, *TABLE_FIELDS, *TEMPLATE_FIELDS):
        if text.lower() == key or text == label(key, "zh"):
            return key
    return None


# ---------------------------------------------------------------- reading


@dataclass(frozen=True, slots=True)
class Sheet:
    """The first sheet of a workbook or a CSV file: a header and numbered rows of cells."""

    path: str
    name: str | None  # the sheet's name in a workbook; None for CSV
    header: list[str]
    rows: list[tuple[int, list[Cell]]]

    def at(self, error: TrackerError, row: int | None = None, column: int | None = None) -> UsageError:
        """ERROR located in the sheet: at FILE:ROW for CSV (its messages name the column), at FILE:SHEET!K5 (the
        cell) or FILE:SHEET's row for a workbook; at FILE alone without a ROW."""
        if row is None:
            return UsageError("at", where=self.path, error=error)
        if self.name is None:
            return UsageError("at", where=f"{self.path}:{row}", error=error)
        if column is None:
            return UsageError("at.row", path=self.path, sheet=self.name, row=row, error=error)
        return UsageError("at", where=f"{self.path}:{self.name}!{column_letter(column)}{row}", error=error)


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


MAX_SHEET_BYTES = 256 * 2**20  # a sheet file to import: far above any real one, far below the memory it would take


def read_sheet(path: str) -> Sheet:
    """The cells of PATH: an xlsx workbook's first sheet, else a CSV file (UTF-8 with or without BOM, or GB18030)."""
    data = _read_file(path)
    if data.startswith(b"PK\x03\x04") or is_xlsx(path):
        return _read_xlsx(path, data)
    return _read_csv(path, data)


def _read_file(path: str) -> bytes:
    """The bytes of PATH, a regular file: a FIFO would hang the command and /dev/zero would fill the memory."""
    import os
    import stat

    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)  # opening a FIFO does not wait for a writer
    except OSError as error:
        raise UsageError("at", where=path, error=UsageError("file.unreadable", error=error)) from None
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise UsageError("at", where=path, error=UsageError("sheet.not-regular"))
        if info.st_size > MAX_SHEET_BYTES:
            too_large = UsageError("sheet.too-large", limit=MAX_SHEET_BYTES // 2**20)
            raise UsageError("at", where=path, error=too_large)
        with os.fdopen(descriptor, "rb", closefd=False) as file:
            return file.read(MAX_SHEET_BYTES + 1)
    except OSError as error:
        raise UsageError("at", where=path, error=UsageError("file.unreadable", error=error)) from None
    finally:
        os.close(descriptor)


def _read_csv(path: str, data: bytes) -> Sheet:
    import csv
    import io

    text = _csv_text(path, data)
    if "\x00" in text:
        raise UsageError("at", where=path, error=UsageError("csv.nul"))
    # Strict, so that a quote left open is refused rather than swallowing every row after it.
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    started = 1  # the line the record being read starts on
    try:
        headings = next(reader)
        rows: list[tuple[int, list[Cell]]] = []
        started = reader.line_num + 1
        for cells in reader:
            rows.append((reader.line_num, [unguard(cell) for cell in cells]))
            started = reader.line_num + 1
    except StopIteration:
        raise UsageError("at", where=path, error=UsageError("csv.empty")) from None
    except csv.Error as error:
        raise _csv_error(path, reader.line_num, started, str(error)) from None
    return Sheet(path, None, headings, rows)


def _csv_text(path: str, data: bytes) -> str:
    """DATA as text: UTF-8 (with or without a byte-order mark), else GB18030, never a mix of the two."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    mixed = _mixed_encodings(data)
    if mixed is not None:  # GB18030 would read the UTF-8 lines as mojibake (中文 as 涓枃) without a word
        line, first = mixed
        raise UsageError("at", where=f"{path}:{line}", error=UsageError("csv.mixed-encodings", first=first))
    try:  # what Excel on a Chinese Windows saves as "CSV"; a superset of GBK and GB2312
        return data.decode("gb18030")
    except UnicodeDecodeError as error:
        raise UsageError("at", where=path, error=UsageError("csv.encoding", byte=error.start)) from None


def _mixed_encodings(data: bytes) -> tuple[int, int] | None:
    """(line, first): the first line whose non-ASCII text is in another encoding than that of line FIRST, the
    first line with non-ASCII text (or with a byte-order mark, which says UTF-8); None when they all agree."""
    bom = data.startswith(b"\xef\xbb\xbf")
    first: tuple[int, bool] | None = (1, True) if bom else None
    for number, line in enumerate(data[3 if bom else 0 :].split(b"\n"), start=1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            utf8 = True
        except UnicodeDecodeError:
            utf8 = False
        if first is None:
            first = (number, utf8)
        elif utf8 != first[1]:
            return number, first[0]
    return None


def _csv_error(path: str, line: int, started: int, detail: str) -> UsageError:
    """The csv module's complaint as one located sentence."""
    if "field larger than field limit" in detail:  # the csv module's own cap, far above MAX_TEXT
        from chengkou_tracker.model import MAX_TEXT

        too_long = UsageError("csv.cell-too-long", size=_field_limit(), limit=MAX_TEXT)
        return UsageError("at", where=f"{path}:{line}", error=too_long)
    if "unexpected end of data" in detail:
        return UsageError("at", where=f"{path}:{started}", error=UsageError("csv.quote.unclosed"))
    if "expected after" in detail:  # "x" y: text after a closing quote
        return UsageError("at", where=f"{path}:{line}", error=UsageError("csv.quote.stray"))
    return UsageError("at", where=f"{path}:{line}", error=UsageError("csv.invalid", detail=detail))


def _field_limit() -> int:
    import csv

    return csv.field_size_limit()


def _read_xlsx(path: str, data: bytes) -> Sheet:
    import io

    from python_calamine import CalamineWorkbook

    from chengkou_tracker.output.xlsx_check import check_workbook

    check_workbook(path, data)  # the reader aborts the process on a zip bomb or a cell far out
    try:
        workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
        name = workbook.sheet_names[0]
        # calamine gives each formula cell its cached value, never the formula's text.
        table = workbook.get_sheet_by_index(0).to_python(skip_empty_area=False)
    except Exception:  # calamine raises its own types for every kind of broken file
        raise UsageError("at", where=path, error=UsageError("xlsx.unreadable")) from None
    if not table:
        raise UsageError("at", where=f"{path}:{name}", error=UsageError("xlsx.empty"))
    headings = ["" if cell is None else str(cell) for cell in table[0]]
    rows = [(number, [_xlsx_cell(cell) for cell in cells]) for number, cells in enumerate(table[1:], start=2)]
    return Sheet(path, name, headings, rows)


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
    if isinstance(value, float):
        from chengkou_tracker.numbers import as_written

        # A whole number stays whole, as typed: one beyond 2^53 is then refused as in CSV, not stored rounded.
        return str(int(value)) if value.is_integer() else as_written(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def is_blank(value: Cell) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())
