"""Reading dates the way people write them: the one parser behind --date, --as-of and sheet cells."""

from __future__ import annotations

import datetime as dt
import re

from chengkou_tracker.errors import UsageError

ACCEPTED = "YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD or YYYY年MM月DD日"

# ISO dates, what a Chinese-locale Excel writes (2023/7/31), the dotted form of printed documents and
# the Chinese form; month and day may have one digit or two. Full-width digits are not accepted.
_DATE = re.compile(
    r"(?P<year>[0-9]{4})(?:(?P<sep>[-/.])(?P<month>[0-9]{1,2})(?P=sep)(?P<day>[0-9]{1,2})"
    r"|年(?P<cmonth>[0-9]{1,2})月(?P<cday>[0-9]{1,2})[日号])"
)


_MONTH = re.compile(r"([0-9]{4})-([0-9]{2})")


def parse_month(text: str) -> tuple[int, int] | None:
    """(year, month) of a YYYY-MM text (report --month, template --month); None when TEXT is not one."""
    match = _MONTH.fullmatch(text.strip())
    if match is None or not 1 <= int(match.group(2)) <= 12:
        return None
    return int(match.group(1)), int(match.group(2))


def month_end(day: dt.date) -> dt.date:
    """The last day of DAY's month."""
    import calendar

    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def parse_date(text: str, what: str) -> dt.date:
    """The date TEXT names; UsageError naming WHAT and the accepted forms otherwise."""
    match = _DATE.fullmatch(text.strip())
    if match is not None:
        month = match.group("month") or match.group("cmonth")
        day = match.group("day") or match.group("cday")
        try:
            return dt.date(int(match.group("year")), int(month), int(day))
        except ValueError:
            pass
    raise UsageError(f"{what} '{_short(text)}' is not a date like {ACCEPTED}")


def cell_date(value: object, what: str) -> dt.date:
    """A date from a sheet cell: a real date cell (a midnight date-time counts) or text parse_date reads."""
    if isinstance(value, dt.datetime):
        if value.time() != dt.time(0, 0):
            raise UsageError(f"{what} '{value.isoformat(sep=' ')}' has a time of day; give a date")
        return value.date()
    if isinstance(value, dt.date):
        return value
    return parse_date(str(value), what)


def _short(text: str) -> str:
    from chengkou_tracker.escape import inert

    shown = inert(text)
    return shown if len(shown) <= 40 else shown[:37] + "..."
