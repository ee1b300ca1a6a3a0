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

    if key in _LEDGER_HEADERS:
        return _LEDGER_HEADERS[key][lang == "zh"]
    return label(key, lang) if lang == "zh" else key


_LEDGER_HEADERS = {"progress_note": ("progress", "进展情况"), "problems": ("problems", "存在问题")}


# The 台账's columns: what a clerk prints, in the sheet's language only (the title in Chinese, or its English
# name), the target with its unit in one cell, the department's latest words (进展情况) and its open problems
# (存在问题). Section, kind, direction and the other language's title stay in the CSV and JSON exports.
EXPORT_FIELDS = (
    "id", "title", "target", "deadline", "owner", "latest_value", "latest_date", "status", "progress_note",
    "problems",
)  # fmt: skip
# Widths in characters, chosen so that the sheet printed on A4 landscape, fit to the page's width, keeps its
# body text at 9 pt or more (tests/test_sheets_libreoffice.py prints it and measures).
_LEDGER_WIDTH = {
    "id": 6, "title": 22, "target": 10, "deadline": 11, "owner": 12, "latest_value": 8, "latest_date": 11,
    "status": 8, "progress_note": 20, "problems": 12,
}  # fmt: skip
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
_WRAPPED = ("title", "owner", "target", "progress_note", "problems")  # the 台账's cells that wrap
_DATE_FORMAT = "yyyy-mm-dd"


def csv_bytes(text: str) -> bytes:
    """CSV text as UTF-8 with a byte-order mark: without it Excel reads Chinese as mojibake."""
    return b"\xef\xbb\xbf" + text.encode("utf-8")


def export_csv(assessments: Sequence[Assessment], lang: str) -> bytes:
    """The ledger as CSV for a spreadsheet (shown_records), with a byte-order mark."""
    from chengkou_tracker.output.formats import to_csv

    return csv_bytes(to_csv(*shown_records(assessments, lang)))


def shown_records(assessments: Sequence[Assessment], lang: str) -> tuple[list[dict[str, Any]], list[str]]:
    """The rows of `export` and `list` as CSV or Markdown, and their headers: the field names and values of JSON,
    or with --lang zh the headers and words the 台账 shows (状态 未开始, 类型 增长, a milestone's 已开工...)."""
    from chengkou_tracker.i18n.labels import label
    from chengkou_tracker.numbers import value_text
    from chengkou_tracker.output.formats import TABLE_FIELDS, commitment_record

    records = [commitment_record(a) for a in assessments]
    if lang != "zh":
        return records, list(TABLE_FIELDS)
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
    return shown, [header(key, lang) for key in TABLE_FIELDS]


def export_xlsx(assessments: Sequence[Assessment], lang: str, title: str) -> bytes:
    """The 台账: one row per commitment, status in words and colour, ready to filter and to print."""
    from chengkou_tracker.i18n.labels import label

    return _workbook(label("ledger sheet", lang), title, EXPORT_FIELDS, *_ledger_rows(assessments, lang), lang)


def export_xlsx_by_owner(assessments: Sequence[Assessment], lang: str, title: str) -> bytes:
    """The 台账 with one sheet per department (export --by-owner), in the order of the ledger's first mention;
    the commitments nobody is assigned to come last, on a sheet of their own."""
    from chengkou_tracker.i18n.labels import label

    groups: dict[str, list[Assessment]] = {}
    for assessment in assessments:
        groups.setdefault(assessment.commitment.owner.strip(), []).append(assessment)
    ordered = sorted(groups.items(), key=lambda item: not item[0])
    sheets = [
        (owner or label("(no owner)", lang), f"{title} {owner}".strip(), *_ledger_rows(members, lang))
        for owner, members in ordered
    ]
    return _book(
        [(name, heading, EXPORT_FIELDS, rows, statuses, (), None) for name, heading, rows, statuses in sheets], lang
    )


def _ledger_rows(assessments: Sequence[Assessment], lang: str) -> tuple[list[list[Cell]], list[str]]:
    """The 台账's rows and their statuses: the target with its unit, the latest note as 进展情况, and the
    open problems (存在问题), one per line."""
    from chengkou_tracker.i18n.labels import label
    from chengkou_tracker.numbers import target_text, title, value_text
    from chengkou_tracker.problems import open_for

    rows: list[list[Cell]] = []
    for assessment in assessments:
        commitment = assessment.commitment
        latest = assessment.latest
        value: Cell = None
        if latest is not None:  # a figure stays a number cell; a milestone's state is words (已开工)
            value = latest.value if isinstance(latest.value, float) else value_text(latest.value, lang)
        rows.append(
            [
                commitment.id,
                title(commitment, lang),
                target_text(commitment),
                commitment.deadline,
                commitment.owner,
                value,
                latest.date if latest else None,
                label(assessment.status.value, lang),
                latest.note if latest else "",
                "\n".join(update.problem for update in open_for(assessment.updates)),
            ]
        )
    return rows, [a.status.value for a in assessments]


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

    return _book([(label("template sheet", lang), title, fields, rows, statuses, FILL_FIELDS, validate)], lang)


def _workbook(
    sheet_name: str,
    title: str,
    fields: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    statuses: Sequence[str],
    lang: str,
) -> bytes:
    return _book([(sheet_name, title, fields, rows, statuses, (), None)], lang)


_Sheet = tuple[str, str, Sequence[str], Sequence[Sequence[Cell]], Sequence[str], Sequence[str], Any]


def _sheet_name(name: str, taken: set[str]) -> str:
    """A worksheet name a spreadsheet accepts: at most 31 characters, none of []:*?/\\, and unique."""
    cleaned = "".join("_" if ch in "[]:*?/\\" else ch for ch in name).strip("'") or "_"
    candidate, number = cleaned[:31], 2
    while candidate.lower() in taken:
        suffix = f" ({number})"
        candidate, number = cleaned[: 31 - len(suffix)] + suffix, number + 1
    taken.add(candidate.lower())
    return candidate


def _book(sheets: Sequence[_Sheet], lang: str) -> bytes:
    """Sheets, each a frozen, filtered header row, fitted columns, A4 landscape fit to width, header on every page."""
    import io

    import xlsxwriter  # type: ignore[import-untyped]  # it ships no type information

    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False})
    taken: set[str] = set()
    for sheet_name, title, fields, rows, statuses, fill, extra in sheets:
        _write_sheet(workbook, _sheet_name(sheet_name, taken), title, fields, rows, lang, statuses, fill, extra)
    workbook.close()
    return buffer.getvalue()


def _write_sheet(
    workbook: Any,
    sheet_name: str,
    title: str,
    fields: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    lang: str,
    statuses: Sequence[str],
    fill: Sequence[str],
    extra: Any,
) -> None:
    from chengkou_tracker.escape import width

    worksheet = workbook.add_worksheet(sheet_name)
    # The 台账 prints at 11 pt scaled to the page's width (about 88%): 9.5 pt or more on paper.
    font = {"font_name": "Noto Sans CJK SC", "font_size": 11 if fields is EXPORT_FIELDS else 10, "valign": "top"}
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
                limit = _MAX_WIDTH.get(key) or (key in _WRAPPED and fields is EXPORT_FIELDS)
                worksheet.write_string(index, column, value, wrapped if limit else style)
                shown = value
            widths[column] = max(widths[column], width(shown))
    for column, key in enumerate(fields):
        if fields is EXPORT_FIELDS:  # the 台账: fixed widths that print at 9 pt or more, long text wrapped
            worksheet.set_column(column, column, _LEDGER_WIDTH[key], wrapped if key in _WRAPPED else None)
            continue
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
