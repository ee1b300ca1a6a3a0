"""Pure functions from a commitment, its updates and an as-of date to a status and a pace."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from chengkou_tracker.model import Commitment, Kind, Ledger, Status, Update

STALE_DAYS = 60
AT_RISK_PACE = 0.8  # behind 80% of an even pace is at risk
UNSTARTED_AT_RISK = 0.5  # a progress commitment with no update is at risk from half-way
MILESTONE_AT_RISK = 0.75  # a milestone not started is at risk from three quarters of the way


@dataclass(frozen=True, slots=True)
class Assessment:
    """What a commitment looks like at an as-of date."""

    commitment: Commitment
    status: Status
    progress: float | None
    latest: Update | None
    elapsed: float
    gap: float | None
    stale: bool
    days_late: int | None
    updates: tuple[Update, ...]
    pace: float | None = None  # see even_pace
    gap_share: float | None = None  # see gap_share

    @property
    def latest_value(self) -> float | str | None:
        return self.latest.value if self.latest else None


def elapsed_fraction(commitment: Commitment, as_of: dt.date) -> float:
    """f: how much of the period from start to deadline has passed at the as-of date (0..1)."""
    length = (commitment.deadline - commitment.start).days
    if length <= 0:
        return 1.0 if as_of >= commitment.deadline else 0.0
    return min(1.0, max(0.0, (as_of - commitment.start).days / length))


def base_of(commitment: Commitment) -> float:
    """Where a progress kind starts: a level from its baseline, a quantity or a reduction from zero."""
    return (commitment.baseline or 0.0) if commitment.kind is Kind.LEVEL else 0.0


# Pace and gap, one definition for `show`, `list --format json` and every report (README, "Pace and gap"):
# - even pace (progress kinds only): the figure a steady advance from the base at the start to the target at
#   the deadline reaches on a day, in the target's unit;
# - gap: how far a figure is from where it should be, in the target's unit (percentage points for a unit
#   of %), negative when behind: for a progress kind the figure minus the even pace, for growth and floor
#   the figure minus the target, for a ceiling the target minus the figure;
# - gap share (progress kinds only): the gap as a share of the way from the base to the target.


def pace_and_gap(
    commitment: Commitment, value: float | None, f: float
) -> tuple[float | None, float | None, float | None]:
    """(even pace, gap, gap share) of VALUE when a share F of the period has passed; None where undefined."""
    kind = commitment.kind
    target = commitment.target
    if target is None or kind is Kind.MILESTONE:
        return None, None, None
    if kind is Kind.CEILING:
        return None, (None if value is None else target - value), None
    if kind is Kind.GROWTH or kind is Kind.FLOOR:
        return None, (None if value is None else value - target), None
    base = (commitment.baseline or 0.0) if kind is Kind.LEVEL else 0.0
    pace = base + f * (target - base)
    if value is None:
        return pace, None, None
    gap = value - pace
    return pace, gap, (gap / (target - base) if target != base else None)


def even_pace(commitment: Commitment, day: dt.date) -> float | None:
    """The figure an even pace reaches on DAY (progress kinds), None for threshold kinds and milestones."""
    return pace_and_gap(commitment, None, elapsed_fraction(commitment, day))[0]


def gap_of(commitment: Commitment, value: float, day: dt.date) -> float | None:
    """How far VALUE on DAY is from the even pace (progress kinds) or the target (thresholds); negative is behind."""
    return pace_and_gap(commitment, value, elapsed_fraction(commitment, day))[1]


def gap_share(commitment: Commitment, value: float, day: dt.date) -> float | None:
    """A progress kind's gap as a share of the way from the base to the target (-0.15: 15% of it behind)."""
    return pace_and_gap(commitment, value, elapsed_fraction(commitment, day))[2]


def relaxed_target(commitment: Commitment) -> float:
    """The target an `about` commitment must reach: moved by the tolerance in the unfavourable direction."""
    target = commitment.target if commitment.target is not None else 0.0
    tolerance = commitment.effective_tolerance
    return target + tolerance if commitment.kind is Kind.CEILING else target - tolerance


def meets(commitment: Commitment, value: float) -> bool:
    """Whether a figure meets a threshold commitment's target (>= for growth and floor, <= for ceiling)."""
    if commitment.kind is Kind.CEILING:
        return value <= relaxed_target(commitment)
    return value >= relaxed_target(commitment)


def progress_of(commitment: Commitment, value: float) -> float:
    """p: the share of the way from the base to the target that a figure has covered, clamped to 0..1."""
    target = relaxed_target(commitment)
    base = (commitment.baseline or 0.0) if commitment.kind is Kind.LEVEL else 0.0
    if target == base:
        return 1.0 if value >= target else 0.0
    return min(1.0, max(0.0, (value - base) / (target - base)))


def assess(commitment: Commitment, updates: Iterable[Update], as_of: dt.date) -> Assessment:
    """The status of one commitment at AS_OF, from updates in the order they were recorded."""
    counted = tuple(sorted((u for u in updates if u.date <= as_of), key=lambda u: (u.date, u.change)))
    latest = counted[-1] if counted else None
    f = elapsed_fraction(commitment, as_of)
    after_deadline = as_of > commitment.deadline
    if commitment.kind is Kind.MILESTONE:
        status, progress, late_from = _milestone(commitment, latest, f, after_deadline)
    elif commitment.kind.is_threshold:
        status, late_from = _threshold(commitment, counted, latest, after_deadline)
        progress = None
    else:
        status, progress, late_from = _progress(commitment, counted, latest, f, after_deadline)
    figure = float(latest.value) if latest is not None and commitment.kind is not Kind.MILESTONE else None
    pace, gap, share = pace_and_gap(commitment, figure, f)
    last_activity = latest.date if latest else commitment.start
    stale = status not in (Status.ACHIEVED, Status.MISSED) and (as_of - last_activity).days > STALE_DAYS
    days_late = (late_from - commitment.deadline).days if late_from and late_from > commitment.deadline else None
    return Assessment(commitment, status, progress, latest, f, gap, stale, days_late, counted, pace, share)


def _milestone(
    commitment: Commitment, latest: Update | None, f: float, after_deadline: bool
) -> tuple[Status, float, dt.date | None]:
    state = latest.value if latest else None
    if state == "done" or (state == "started" and commitment.done_when == "started"):
        assert latest is not None
        return Status.ACHIEVED, 1.0, latest.date
    progress = 0.5 if state == "started" else 0.0
    if after_deadline:
        return Status.OVERDUE, progress, None
    if state == "started":
        return Status.ON_TRACK, progress, None
    return (Status.AT_RISK if f >= MILESTONE_AT_RISK else Status.NOT_STARTED), progress, None


def _threshold(
    commitment: Commitment, counted: Sequence[Update], latest: Update | None, after_deadline: bool
) -> tuple[Status, dt.date | None]:
    # The year's outcome: the latest figure recorded as final or dated on or after the deadline.
    outcome = next((u for u in reversed(counted) if u.final or u.date >= commitment.deadline), None)
    if outcome is not None:
        achieved = meets(commitment, float(outcome.value))
        return (Status.ACHIEVED if achieved else Status.MISSED), outcome.date if achieved else None
    if after_deadline:
        return Status.OVERDUE, None
    if latest is None:
        return Status.NOT_STARTED, None
    return (Status.ON_TRACK if meets(commitment, float(latest.value)) else Status.AT_RISK), None


def _progress(
    commitment: Commitment, counted: Sequence[Update], latest: Update | None, f: float, after_deadline: bool
) -> tuple[Status, float, dt.date | None]:
    final = next((u for u in reversed(counted) if u.final), None)
    if final is not None:
        progress = progress_of(commitment, float(final.value))
        if progress >= 1.0:
            return Status.ACHIEVED, progress, final.date
        return Status.MISSED, progress, None
    if latest is None:
        if after_deadline:
            return Status.OVERDUE, 0.0, None
        return (Status.AT_RISK if f >= UNSTARTED_AT_RISK else Status.NOT_STARTED), 0.0, None
    progress = progress_of(commitment, float(latest.value))
    if progress >= 1.0:
        return Status.ACHIEVED, progress, latest.date
    if after_deadline:
        return Status.OVERDUE, progress, None
    return (Status.AT_RISK if progress < AT_RISK_PACE * f else Status.ON_TRACK), progress, None


def mean_progress(assessments: Iterable[Assessment]) -> float | None:
    """The mean progress of the commitments that have one (a section, a department); None when none has."""
    measured = [a.progress for a in assessments if a.progress is not None]
    return sum(measured) / len(measured) if measured else None


def assess_ledger(ledger: Ledger, as_of: dt.date) -> list[Assessment]:
    """Every commitment's assessment, in ledger order."""
    by_commitment: dict[str, list[Update]] = {}
    for update in ledger.updates:
        by_commitment.setdefault(update.commitment, []).append(update)
    return [assess(c, by_commitment.get(c.id, ()), as_of) for c in ledger.commitments.values()]


def needs_attention(assessments: Iterable[Assessment], strict: bool) -> bool:
    """`check`'s rule for exit 1: something is overdue, or with STRICT, at risk or stale."""
    return any(a.status is Status.OVERDUE or (strict and (a.status is Status.AT_RISK or a.stale)) for a in assessments)


def year_over(ledger: Ledger, as_of: dt.date) -> bool:
    """Whether AS_OF is past every deadline of the year's own commitments, so that its year is over.

    Goals due after the report's year (five-year goals due 2030) do not keep the year open: each is assessed
    over its own start..deadline, so a 2030 goal is neither overdue nor "over" in 2027.
    """
    deadlines = [c.deadline for c in ledger.commitments.values() if c.deadline.year <= ledger.report.year]
    return bool(deadlines) and as_of > max(deadlines)


def due_later(ledger: Ledger) -> int:
    """How many commitments are due after the report's year (five-year goals)."""
    return sum(1 for c in ledger.commitments.values() if c.deadline.year > ledger.report.year)


# Statuses a person reads as "needs attention"; without any figure they are 未报送 (no figure), not behind.
ATTENTION = (Status.AT_RISK, Status.OVERDUE)


def has_no_figure(assessment: Assessment) -> bool:
    """An at-risk or overdue commitment nobody has sent a figure for: 未报送, not behind."""
    return assessment.status in ATTENTION and assessment.latest is None


def behind_on_figure(assessment: Assessment) -> bool:
    """An at-risk or overdue commitment whose reported figure is behind."""
    return assessment.status in ATTENTION and assessment.latest is not None


def counts_as_read(assessments: Iterable[Assessment]) -> tuple[tuple[int, ...], int]:
    """Counts per status (in the order of Status) as a person reads them, and the 未报送 (no figure) count apart:
    at risk and overdue count only those behind on a reported figure, so the counts still add up to the total."""
    counts = dict.fromkeys(Status, 0)
    no_figure = 0
    for assessment in assessments:
        if has_no_figure(assessment):
            no_figure += 1
        else:
            counts[assessment.status] += 1
    return tuple(counts.values()), no_figure
