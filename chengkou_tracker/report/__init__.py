"""The monthly report for leaders: one data structure built from a ledger (model.py), and one writer per format.

Rich is never imported here: each writer escapes ledger text for its own format (plain.py), so a report file holds
no escape codes, and the same ledger and month always give the same bytes (no clock is read). Only the chosen
writer is imported.
"""

from __future__ import annotations

import datetime as dt
import importlib
import os

from chengkou_tracker.dates import month_end, month_option
from chengkou_tracker.errors import UsageError
from chengkou_tracker.escape import inert, short
from chengkou_tracker.report.model import Report, build

__all__ = ["FORMATS", "Report", "build", "format_for", "month_to_report", "write", "year_to_report"]

FORMATS = ("text", "markdown", "html", "json")
_EXTENSIONS = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
}


def month_to_report(text: str | None, as_of: dt.date) -> tuple[int, int]:
    """(year, month) for `--month YYYY-MM` or `previous` (the default): a month that has ended by AS_OF."""
    year, month = month_option("previous" if text is None else text, as_of)
    if month_end(dt.date(year, month, 1)) > as_of:
        latest = as_of if as_of == month_end(as_of) else as_of.replace(day=1) - dt.timedelta(days=1)
        raise UsageError("month.not-ended", month=f"{year:04d}-{month:02d}", as_of=as_of, latest=f"{latest:%Y-%m}")
    return year, month


def year_to_report(year: int, month: str | None, as_of: dt.date) -> int:
    """The year of `report --year YYYY`: one that has ended by AS_OF, and not asked for with --month too."""
    if month is not None:
        raise UsageError("report.year-and-month")
    if dt.date(year, 12, 31) > as_of:
        raise UsageError("report.year-not-ended", year=year, as_of=as_of)
    return year


def format_for(output_format: str | None, output: str | None) -> str:
    """The report format: --format if given, else from the --output file's extension, else text."""
    if output_format is not None:
        if output_format not in FORMATS:
            raise UsageError("format.unknown", text=short(output_format), formats=list(FORMATS))
        return output_format
    if output is None:
        return "text"
    extension = os.path.splitext(output)[1].lower()
    if extension not in _EXTENSIONS:
        raise UsageError("format.unknown-extension", path=inert(output), extensions=sorted(_EXTENSIONS))
    return _EXTENSIONS[extension]


def write(report: Report, output_format: str) -> str:
    """The report in OUTPUT_FORMAT (one of FORMATS)."""
    module = "plain" if output_format == "text" else output_format  # the plain-text writer is report/plain.py
    writer = importlib.import_module(f"chengkou_tracker.report.{module}")
    text: str = getattr(writer, f"to_{output_format}")(report)
    return text
