"""Spreadsheets in and out: xlsx (xlsxwriter writes, python-calamine reads) and CSV with a byte-order mark.

The only module that imports a spreadsheet library, and it does so inside the functions that need one,
so reading a CSV file costs nothing more than the csv module. Cells are data: a text that a spreadsheet
would run as a formula is written as a text cell in xlsx and behind an apostrophe in CSV (OWASP's advice
on CSV injection, text.guard); text.unguard removes exactly that apostrophe again when a sheet is read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from chengkou_tracker.errors import TrackerError, UsageError
from chengkou_tracker.escape import guard, unguard

if TYPE_CHECKING:
    from chengkou_tracker.status import Assessment

Cell = str | float | int | bool | dt.date | dt.datetime | None
XLSX_SUFFIXES = (".xlsx", ".xlsm")


def is_xlsx(path: str) -> bool:
    return path.lower().endswith(XLSX_SUFFIXES)


# ---------------------------------------------------------------- columns

# What `import` reads: an update's fields, of which the first three are required.
IMPORT_COLUMNS = ("id", "date", "value", "note", "source", "by", "final")
REQUIRED_IMPORT_COLUMNS = ("id", "date", "value")
# The template: what the department reads, then the cells it fills in (the import columns).
TEMPLATE_FIELDS = ("id", "title", "quote", "target", "unit", "latest_value", "latest_date", "status")
FILL_FIELDS = ("value", "date", "note", "source", "final")


def header(key: str, lang: str) -> str:
    """A column's heading: the field's name in English (what `import` has always read), its label in Chinese."""
    from chengkou_tracker.i18n.labels import label

    return label(key, lang) if lang == "zh" else key


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


# ---------------------------------------------------------------- writing

# The 台账's columns: what a clerk prints; kind and direction stay in the CSV and JSON exports.
EXPORT_FIELDS = (
    "id", "section", "title", "title_en", "target", "unit", "deadline", "owner",
    "latest_value", "latest_date", "progress", "status", "stale",
)  # fmt: skip
# Status colours, light enough to print in black and white: background, then text.
_STATUS_COLOURS = {
    "not_started": ("#EDEDED", "#404040"),
    "on_track": ("#DDEBF7", "#1F4E79"),
    "at_risk": ("#FFF2CC", "#7F6000"),
    "achieved": ("#E2EFDA", "#375623"),
    "overdue": ("#F8CBAD", "#833C0B"),
    "missed": ("#E4DFEC", "#5B2C6F"),
}
_FILL_COLOUR = "#FFFDE7"  # the template's cells to fill in
_MAX_WIDTH = {"title": 40, "title_en": 40, "quote": 60, "owner": 20, "note": 30, "source": 16}
_DATE_FORMAT = "yyyy-mm-dd"


def csv_bytes(text: str) -> bytes:
    """CSV text as UTF-8 with a byte-order mark: without it Excel reads Chinese as mojibake."""
    return b"\xef\xbb\xbf" + text.encode("utf-8")


def export_csv(assessments: Sequence[Assessment], lang: str) -> bytes:
    """The ledger as CSV for a spreadsheet: the field names and values of JSON, or with --lang zh the
    headers and words the 台账 shows (状态 未开始, 类型 增长, a milestone's 已开工...)."""
    from chengkou_tracker.i18n.labels import label
    from chengkou_tracker.numbers import value_text
    from chengkou_tracker.output.formats import TABLE_FIELDS, commitment_record, to_csv

    records = [commitment_record(a) for a in assessments]
    if lang != "zh":
        return csv_bytes(to_csv(records))
    shown: list[dict[str, Any]] = []
    for record in records:
        row: dict[str, Any] = {}
        for key in TABLE_FIELDS:
            value = record.get(key)
            if key == "latest_value":
                value = value_text(value, lang) if isinstance(value, str) else value
            elif key in ("kind", "direction", "status") and isinstance(value, str):
                value = label(value, lang)
            elif key == "stale":
                value = label("stale", lang) if value else ""
            row[header(key, lang)] = value
        shown.append(row)
    return csv_bytes(to_csv(shown, [header(key, lang) for key in TABLE_FIELDS]))


def export_xlsx(assessments: Sequence[Assessment], lang: str, title: str) -> bytes:
    """The 台账: one row per commitment, status in words and colour, ready to filter and to print."""
    from chengkou_tracker.i18n.labels import label
    from chengkou_tracker.numbers import value_text
    from chengkou_tracker.output.formats import commitment_record

    records = [commitment_record(a) for a in assessments]
    rows: list[list[Cell]] = []
    for record in records:
        row: list[Cell] = []
        for key in EXPORT_FIELDS:
            value = record.get(key)
            if key in ("deadline", "latest_date") and value:
                value = dt.date.fromisoformat(value)
            elif key == "status":
                value = label(str(value), lang)
            elif key == "stale":
                value = label("stale", lang) if value else ""
            elif key == "latest_value" and isinstance(value, str):
                value = value_text(value, lang)  # a milestone's state: 已开工, 已完成
            row.append(value)
        rows.append(row)
    statuses = [record["status"] for record in records]
    return _workbook(label("ledger sheet", lang), title, EXPORT_FIELDS, rows, lang, statuses=statuses)


def template_rows(assessments: Sequence[Assessment], lang: str) -> list[list[Cell]]:
    """The fill-in sheet's rows: each commitment as it stands, then empty cells to fill in."""
    from chengkou_tracker.i18n.labels import label
    from chengkou_tracker.numbers import value_text

    rows: list[list[Cell]] = []
    for assessment in assessments:
        commitment = assessment.commitment
        latest = assessment.latest
        value: Cell = None  # a figure stays a number cell; a milestone's state is words
        if latest is not None:
            value = latest.value if isinstance(latest.value, float) else value_text(latest.value, lang)
        rows.append(
            [
                commitment.id,
                commitment.title,
                commitment.quote,
                commitment.target,
                commitment.unit,
                value,
                latest.date if latest else None,
                label(assessment.status.value, lang),
                *([None] * len(FILL_FIELDS)),
            ]
        )
    return rows


def template_csv(assessments: Sequence[Assessment], lang: str) -> bytes:
    """The fill-in sheet as CSV with a byte-order mark; text that looks like a formula is guarded."""
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([header(key, lang) for key in (*TEMPLATE_FIELDS, *FILL_FIELDS)])
    for row in template_rows(assessments, lang):
        writer.writerow([guard(cell_text(cell)) if isinstance(cell, str) else cell_text(cell) for cell in row])
    return csv_bytes(buffer.getvalue())


def template_xlsx(assessments: Sequence[Assessment], lang: str, title: str, year: int) -> bytes:
    """The fill-in sheet as a workbook: the empty cells are shaded and accept only what import accepts."""
    from chengkou_tracker.i18n.labels import label
    from chengkou_tracker.model import MILESTONE_VALUES, Kind
    from chengkou_tracker.numbers import value_text

    rows = template_rows(assessments, lang)
    fields = (*TEMPLATE_FIELDS, *FILL_FIELDS)
    kinds = [a.commitment.kind for a in assessments]
    statuses = [a.status.value for a in assessments]
    truth = ("是", "否") if lang == "zh" else ("true", "false")
    states = [value_text(state, lang) for state in MILESTONE_VALUES]  # import reads both languages

    def validate(worksheet: Any, first_row: int) -> None:
        column = {key: fields.index(key) for key in FILL_FIELDS}
        last = first_row + len(rows) - 1
        if not rows:
            return
        for offset, kind in enumerate(kinds):
            row = first_row + offset
            if kind is Kind.MILESTONE:
                worksheet.data_validation(
                    row, column["value"], row, column["value"],
                    {"validate": "list", "source": states,
                     "error_title": label("value", lang), "error_message": " / ".join(states)},
                )  # fmt: skip
            else:
                worksheet.data_validation(
                    row, column["value"], row, column["value"],
                    {"validate": "decimal", "criteria": "between", "minimum": -1e15, "maximum": 1e15,
                     "error_title": label("value", lang), "error_message": label("a number", lang)},
                )  # fmt: skip
        worksheet.data_validation(
            first_row, column["date"], last, column["date"],
            {"validate": "date", "criteria": "between", "minimum": dt.date(year, 1, 1),
             "maximum": dt.date(year + 1, 12, 31), "error_title": label("date", lang),
             "error_message": f"{year}-01-01 .. {year + 1}-12-31"},
        )  # fmt: skip
        worksheet.data_validation(
            first_row, column["final"], last, column["final"], {"validate": "list", "source": list(truth)}
        )
        for key in ("note", "source"):
            worksheet.data_validation(
                first_row, column[key], last, column[key],
                {"validate": "length", "criteria": "<=", "value": 10_000},
            )  # fmt: skip

    return _workbook(
        label("template sheet", lang), title, fields, rows, lang, statuses=statuses, fill=FILL_FIELDS, extra=validate
    )


def _workbook(
    sheet_name: str,
    title: str,
    fields: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    lang: str,
    *,
    statuses: Sequence[str] = (),
    fill: Sequence[str] = (),
    extra: Any = None,
) -> bytes:
    """One sheet: a frozen, filtered header row, fitted columns, A4 landscape fit to width, header on every page."""
    import io

    import xlsxwriter  # type: ignore[import-untyped]  # it ships no type information

    from chengkou_tracker.escape import width

    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False})
    worksheet = workbook.add_worksheet(sheet_name)
    font = {"font_name": "Noto Sans CJK SC", "font_size": 10, "valign": "top"}
    head = workbook.add_format({**font, "bold": True, "bg_color": "#D9D9D9", "border": 1, "text_wrap": True})
    plain = workbook.add_format({**font, "border": 1})
    wrapped = workbook.add_format({**font, "border": 1, "text_wrap": True})
    dates = workbook.add_format({**font, "border": 1, "num_format": _DATE_FORMAT})
    percent = workbook.add_format({**font, "border": 1, "num_format": "0%"})
    to_fill = workbook.add_format({**font, "border": 1, "bg_color": _FILL_COLOUR})
    to_fill_date = workbook.add_format({**font, "border": 1, "bg_color": _FILL_COLOUR, "num_format": _DATE_FORMAT})
    coloured = {
        status: workbook.add_format({**font, "border": 1, "bg_color": back, "font_color": ink})
        for status, (back, ink) in _STATUS_COLOURS.items()
    }
    headings = [header(key, lang) for key in fields]
    widths = [width(text) for text in headings]
    for column, text in enumerate(headings):
        worksheet.write_string(0, column, text, head)
    for index, row in enumerate(rows, start=1):
        for column, (key, value) in enumerate(zip(fields, row, strict=True)):
            if key in fill:
                worksheet.write_blank(index, column, None, to_fill_date if key == "date" else to_fill)
                continue
            style = plain
            if key == "status" and statuses:
                style = coloured.get(statuses[index - 1], plain)
            if value is None or value == "":
                worksheet.write_blank(index, column, None, style)
                continue
            if isinstance(value, bool):
                value = cell_text(value)
            if isinstance(value, int | float):
                worksheet.write_number(index, column, value, percent if key == "progress" else style)
                shown = f"{value:.0%}" if key == "progress" else cell_text(value)
            elif isinstance(value, dt.date):
                worksheet.write_datetime(index, column, dt.datetime.combine(value, dt.time()), dates)
                shown = "YYYY-MM-DD"  # its width: every date cell shows ten characters
            else:
                # Always a text cell, never a formula: '=1+1' stays the four characters a user typed.
                limit = _MAX_WIDTH.get(key)
                worksheet.write_string(index, column, value, wrapped if limit else style)
                shown = value
            widths[column] = max(widths[column], width(shown))
    for column, key in enumerate(fields):
        limit = _MAX_WIDTH.get(key, 30)
        worksheet.set_column(column, column, min(limit, max(widths[column], 4 if key in fill else 0) + 2))
    for key in fill:  # room to write by hand on a printed sheet
        column = list(fields).index(key)
        worksheet.set_column(column, column, max(12, min(_MAX_WIDTH.get(key, 30), widths[column] + 2)))
    worksheet.freeze_panes(1, 0)
    worksheet.autofilter(0, 0, max(1, len(rows)), len(fields) - 1)
    worksheet.set_landscape()
    worksheet.set_paper(9)  # A4
    worksheet.fit_to_pages(1, 0)  # as wide as one page, as long as it takes
    worksheet.repeat_rows(0)
    worksheet.set_margins(left=0.4, right=0.4, top=0.7, bottom=0.6)
    page = "第 &P 页，共 &N 页" if lang == "zh" else "Page &P of &N"
    worksheet.set_header("&C&B" + title.replace("&", "&&"))
    worksheet.set_footer("&C" + page)
    if extra is not None:
        extra(worksheet, 1)
    workbook.close()
    return buffer.getvalue()
