"""Checking what a user typed against the ledger: a commitment id, a text to store, a value, a date."""

from __future__ import annotations

import datetime as dt
import difflib

from chengkou_tracker.errors import Term, UsageError
from chengkou_tracker.escape import short
from chengkou_tracker.model import MAX_TEXT, Commitment, Kind, Ledger, milestone_state


def find(ledger: Ledger, commitment_id: str) -> Commitment:
    """The commitment with this id; UsageError suggesting the closest ids otherwise."""
    commitment = ledger.commitments.get(commitment_id)
    if commitment is not None:
        return commitment
    ids = list(ledger.commitments)
    by_case = [known for known in ids if known.lower() == commitment_id.lower()]
    close = by_case or difflib.get_close_matches(commitment_id, ids, n=3, cutoff=0.5)
    shown = text_arg(commitment_id, "id")
    if close:
        raise UsageError("id.unknown.close", id=shown, close=close)
    raise UsageError("id.unknown", id=shown)


def text_arg(text: str, what: str) -> str:
    """TEXT if it can be stored: valid Unicode and at most MAX_TEXT characters."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise UsageError("text.not-utf8", what=Term(what)) from None
    if len(text) > MAX_TEXT:
        raise UsageError("text.too-long", what=Term(what), length=len(text), limit=MAX_TEXT)
    return text


def parse_value(commitment: Commitment, text: str) -> float | str:
    """A figure for a numeric commitment, or 'started'/'done' (已开工/已完成) for a milestone."""
    from chengkou_tracker.numbers import parse_number

    state = milestone_state(text)
    if commitment.kind is Kind.MILESTONE:
        if state is not None:
            return state
        raise UsageError("milestone.value", id=commitment.id, text=short(text))
    if state is not None:
        raise UsageError("numeric.milestone-word", id=commitment.id, kind=Term(commitment.kind), text=short(text))
    return parse_number(text, "value", commitment.id)


def check_not_future(date: dt.date, today: dt.date, what: str) -> None:
    if date > today:
        raise UsageError("date.future", what=Term(what), date=date, today=today)


def check_not_before_start(date: dt.date, commitment: Commitment, what: str) -> None:
    """A figure dated before its commitment starts is a typo (a mistyped year), not a figure."""
    if date < commitment.start:
        raise UsageError("date.before-start", what=Term(what), date=date, id=commitment.id, start=commitment.start)
