"""Reading dates and months the way people write them: the one parser behind --date, --as-of, --month and
sheet cells."""

from __future__ import annotations

import datetime as dt
import re

from chengkou_tracker.errors import Term, UsageError
from chengkou_tracker.escape import short

# ISO dates, what a Chinese-locale Excel writes (2023/7/31), the dotted form of printed documents and
# the Chinese form; month and day may have one digit or two. Full-width digits are not accepted.
_DATE = re.compile(
    r"(?P<year>[0-9]{4})(?:(?P<sep>[-/.])(?P<month>[0-9]{1,2})(?P=sep)(?P<day>[0-9]{1,2})"
    r"|年(?P<cmonth>[0-9]{1,2})月(?P<cday>[0-9]{1,2})[日号])"
)


_MONTH = re.compile(r"([0-9]{4})-([0-9]{2})")


def parse_month(text: str) -> tuple[int, int] | None:
    """(year, month) of a YYYY-MM text; None when TEXT is not one (month_option says why to the user)."""
    match = _MONTH.fullmatch(text.strip())
    if match is None or not 1 <= int(match.group(2)) <= 12:
        return None
    return int(match.group(1)), int(match.group(2))


def month_option(text: str, as_of: dt.date) -> tuple[int, int]:
    """(year, month) that --month TEXT names: YYYY-MM, or 'previous' (the month before AS_OF's).

    The one reading of --month, for `report` and `template`; UsageError otherwise.
    """
    if text.strip().lower() == "previous":
        previous = as_of.replace(day=1) - dt.timedelta(days=1)
        return previous.year, previous.month
    parsed = parse_month(text)
    if parsed is None:
        raise UsageError("month.invalid", text=short(text))
    return parsed


def month_end(day: dt.date) -> dt.date:
    """The last day of DAY's month."""
    import calendar

    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def parse_date(text: str, what: str) -> dt.date:
    """The date TEXT names; UsageError naming WHAT (a field or an option) and the accepted forms otherwise."""
    match = _DATE.fullmatch(text.strip())
    if match is not None:
        month = match.group("month") or match.group("cmonth")
        day = match.group("day") or match.group("cday")
        try:
            return dt.date(int(match.group("year")), int(month), int(day))
        except ValueError:
            pass
    raise UsageError("date.invalid", what=Term(what), text=short(text))


def cell_date(value: object, what: str) -> dt.date:
    """A date from a sheet cell: a real date cell (a midnight date-time counts) or text parse_date reads."""
    if isinstance(value, dt.datetime):
        if value.time() != dt.time(0, 0):
            raise UsageError("date.has-time", what=Term(what), text=value.isoformat(sep=" "))
        return value.date()
    if isinstance(value, dt.date):
        return value
    return parse_date(str(value), what)
