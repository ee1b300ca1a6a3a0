"""Spreadsheets out: the 台账 (export) and the fill-in template, as xlsx (xlsxwriter) and CSV with a byte-order mark.

The only module that imports xlsxwriter, and only in the functions that need it. Cells are data: a text that a
spreadsheet would run as a formula is written as a text cell in xlsx and behind an apostrophe in CSV (OWASP's
advice on CSV injection, escape.guard); sheet_reader.py reads such a cell back exactly.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from chengkou_tracker.escape import guard
from chengkou_tracker.output.sheet_reader import FILL_FIELDS, TEMPLATE_FIELDS, Cell, cell_text

if TYPE_CHECKING:
    from chengkou_tracker.status import Assessment


def header(key: str, lang: str) -> str:
    """A column's heading: the field's name in English (what `import` has always read), its label in Chinese."""
    from chengkou_tracker.i18n.labels import label

    return label(key, lang) if lang == "zh" else key


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
_MAX_WIDTH = {"title": 40, "title_en": 40, "quote": 60, "owner": 20, "note": 30, "source": 16, "problem": 30}
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
        for key in ("note", "source", "problem"):
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
