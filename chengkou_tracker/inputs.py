"""Checking what a user typed against the ledger: a commitment id, a text to store, a value, a date."""

from __future__ import annotations

import datetime as dt
import difflib
import re

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


class Ambiguous(UsageError):
    """Words that match several commitments: the CLI offers a choice at a terminal, else lists them (exit 2)."""

    def __init__(self, words: str, choices: list[Commitment]) -> None:
        super().__init__("commitment.ambiguous", words=short(words))
        self.choices = choices


def named(ledger: Ledger, words: str) -> Commitment:
    """The commitment WORDS name: its id (in any case, or by its number: T1 and t01 for T001), else its words (title,
    title_en, quote), matched loosely.

    Ambiguous when they match several; the unknown-id error (with its suggestions) when no commitment matches
    words written like an id; commitment.no_match otherwise.
    """
    commitment = ledger.commitments.get(words)
    if commitment is not None:
        return commitment
    from chengkou_tracker.entry import candidates, looks_like_id

    typed = _id_parts(words.strip())
    if typed and any((parts := _id_parts(known)) and parts[0] == typed[0] for known in ledger.commitments):
        # Written with the letters of the ledger's ids: that id, never words of a title ('T1' once matched M015's
        # "1 Mt/yr", and `record T1 5` would have gone to the wrong commitment).
        same = [known for known in ledger.commitments if _id_parts(known) == typed]
        return ledger.commitments[same[0]] if len(same) == 1 else find(ledger, words)
    found = candidates(words, ledger.commitments.values())
    if len(found) == 1:
        return found[0].commitment
    if found:
        raise Ambiguous(words, [candidate.commitment for candidate in found])
    if looks_like_id(words) or not words.strip():
        return find(ledger, words)
    raise UsageError("commitment.no_match", words=short(words))


_ID_PARTS = re.compile(r"([A-Za-z]+)(\d+)")


def _id_parts(text: str) -> tuple[str, int] | None:
    """An id's letters (upper case) and number: T001, t1 and T01 are all ("T", 1); None for other text."""
    match = _ID_PARTS.fullmatch(text)
    return (match.group(1).upper(), int(match.group(2))) if match else None


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
    from chengkou_tracker.entry import figure_as_written

    try:
        written = figure_as_written(text, commitment.unit or "")
    except UsageError:
        written = None if _PLAIN_NUMBER.fullmatch(text.strip()) else text
        if written is not None:
            raise
    return parse_number(text if written is None else written, "value", commitment.id)


# What parse_number reads as it is (1e3, -inf): figure_as_written would take its letters for a unit.
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|inf|infinity|nan)", re.IGNORECASE)


def check_not_future(date: dt.date, today: dt.date, what: str) -> None:
    if date > today:
        raise UsageError("date.future", what=Term(what), date=date, today=today)


def check_not_before_start(date: dt.date, commitment: Commitment, what: str) -> None:
    """A figure dated before its commitment starts is a typo (a mistyped year), not a figure."""
    if date < commitment.start:
        raise UsageError("date.before-start", what=Term(what), date=date, id=commitment.id, start=commitment.start)
