"""The monthly report as one data structure built from a ledger; every writer renders this and nothing else."""

from __future__ import annotations

import calendar
import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from chengkou_tracker.figures import target_text, title
from chengkou_tracker.model import SECTIONS, Commitment, Kind, Ledger, Status, Update
from chengkou_tracker.status import Assessment, assess_ledger, elapsed_fraction


def month_end(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


@dataclass(frozen=True, slots=True)
class StatusCount:
    """One status in the scorecard: how many commitments have it now and at the previous month's end."""

    status: Status
    count: int
    share: float
    previous: int

    @property
    def change(self) -> int:
        return self.count - self.previous


@dataclass(frozen=True, slots=True)
class SectionSummary:
    section: str
    counts: tuple[int, ...]  # in the order of Status
    total: int
    mean_progress: float | None


@dataclass(frozen=True, slots=True)
class DepartmentSummary:
    """One owner's line in the departments table: counts per status, mean progress, and what needs chasing."""

    owner: str  # "" for the commitments nobody has been assigned
    counts: tuple[int, ...]  # in the order of Status
    total: int
    mean_progress: float | None
    overdue: int
    at_risk: int
    stale: int


@dataclass(frozen=True, slots=True)
class Entry:
    """A commitment as the report shows it at the month's end."""

    id: str
    title: str
    quote: str
    owner: str
    kind: Kind
    status: Status
    progress: float | None
    latest: float | str | None
    latest_date: dt.date | None
    target: str
    unit: str
    pace: float | None  # the figure an even pace from the start to the deadline reaches at the month's end
    gap: float | None  # latest figure minus that pace figure
    days_late: int | None


@dataclass(frozen=True, slots=True)
class Transition:
    entry: Entry
    before: Status
    after: Status


@dataclass(frozen=True, slots=True)
class MonthUpdate:
    commitment: str
    title: str
    date: dt.date
    value: float | str
    final: bool
    note: str
    source: str
    by: str


@dataclass(frozen=True, slots=True)
class Point:
    date: dt.date
    value: float
    pace: float


@dataclass(frozen=True, slots=True)
class Trajectory:
    """A numeric commitment's figures so far, each beside the figure an even pace reaches on that date."""

    entry: Entry
    start: dt.date
    deadline: dt.date
    base: float
    target: float
    points: tuple[Point, ...]


@dataclass(frozen=True, slots=True)
class Report:
    """Everything a month's report says; every writer renders this and nothing else."""

    month: str
    as_of: dt.date
    previous_as_of: dt.date
    lang: str
    total: int
    scorecard: tuple[StatusCount, ...]
    sections: tuple[SectionSummary, ...]
    transitions: tuple[Transition, ...]
    updates: tuple[MonthUpdate, ...]
    concerns: tuple[Entry, ...]
    stale: tuple[Entry, ...]
    trajectories: tuple[Trajectory, ...]
    owner: str | None = None  # the department a one-department report (report --owner) is for
    departments: tuple[DepartmentSummary, ...] = ()  # worst first; empty until owners are set


def build(ledger: Ledger, year: int, month: int, lang: str, owner: str | None = None) -> Report:
    """The report for YEAR-MONTH: statuses at the month's last day, compared with the previous month's.

    With OWNER, only the commitments whose owner contains it (one department's own report).
    """
    if owner is not None:
        ledger = _owned_by(ledger, owner)
    first = dt.date(year, month, 1)
    as_of = month_end(first)
    previous_as_of = first - dt.timedelta(days=1)
    now = assess_ledger(ledger, as_of)
    before = {a.commitment.id: a.status for a in assess_ledger(ledger, previous_as_of)}
    entries = {a.commitment.id: _entry(a, as_of, lang) for a in now}
    counts = Counter(a.status for a in now)
    previous_counts = Counter(before.values())
    total = len(now)
    scorecard = tuple(
        StatusCount(status, counts[status], counts[status] / total if total else 0.0, previous_counts[status])
        for status in Status
    )
    transitions = [
        Transition(entries[a.commitment.id], before[a.commitment.id], a.status)
        for a in now
        if before[a.commitment.id] is not a.status
    ]
    transitions.sort(key=lambda t: t.after is not Status.ACHIEVED)  # newly achieved first; stable otherwise
    updates = sorted(
        (u for u in ledger.updates if first <= u.date <= as_of and u.commitment in ledger.commitments),
        key=lambda u: (u.date, u.change, u.commitment),
    )
    concerns = [a for a in now if a.status in (Status.OVERDUE, Status.AT_RISK)]
    concerns.sort(key=lambda a: a.status is not Status.OVERDUE)
    return Report(
        month=f"{year:04d}-{month:02d}",
        as_of=as_of,
        previous_as_of=previous_as_of,
        lang=lang,
        total=total,
        scorecard=scorecard,
        sections=_sections(now),
        transitions=tuple(transitions),
        updates=tuple(_month_update(u, ledger.commitments[u.commitment], lang) for u in updates),
        concerns=tuple(entries[a.commitment.id] for a in concerns),
        stale=tuple(entries[a.commitment.id] for a in now if a.stale),
        trajectories=tuple(t for a in now if (t := _trajectory(a, entries[a.commitment.id])) is not None),
        owner=owner,
        departments=_departments(now) if owner is None else (),
    )


def _owned_by(ledger: Ledger, owner: str) -> Ledger:
    """LEDGER narrowed to the commitments whose owner contains OWNER, with their history."""
    from dataclasses import replace

    from chengkou_tracker.errors import UsageError
    from chengkou_tracker.text import inert

    kept = {key: c for key, c in ledger.commitments.items() if owner in c.owner}
    if not kept:
        raise UsageError(f"no commitment has an owner containing '{inert(owner)}'")
    updates = [u for u in ledger.updates if u.commitment in kept]
    edits = [e for e in ledger.edits if e.commitment in kept]
    return replace(ledger, commitments=kept, updates=updates, edits=edits)


def _departments(assessments: Sequence[Assessment]) -> tuple[DepartmentSummary, ...]:
    """Per owner, worst first (owners.departments); nothing while no commitment has an owner."""
    from chengkou_tracker.owners import departments, has_owners

    if not has_owners(assessments):
        return ()
    return tuple(
        DepartmentSummary(
            d.owner,
            tuple(d.counts.values()),
            len(d.assessments),
            d.mean_progress,
            len(d.overdue),
            len(d.at_risk),
            len(d.stale),
        )
        for d in departments(assessments)
    )


def pace_figure(commitment: Commitment, day: dt.date) -> float | None:
    """The figure an even pace reaches on DAY: the target itself for thresholds, None for milestones."""
    if commitment.kind is Kind.MILESTONE or commitment.target is None:
        return None
    if commitment.kind.is_threshold:
        return commitment.target
    base = _base(commitment)
    return base + elapsed_fraction(commitment, day) * (commitment.target - base)


def _base(commitment: Commitment) -> float:
    # As status.progress_of: a level starts from its baseline, other progress kinds from zero.
    return (commitment.baseline or 0.0) if commitment.kind is Kind.LEVEL else 0.0


def _entry(assessment: Assessment, as_of: dt.date, lang: str) -> Entry:
    commitment = assessment.commitment
    latest = assessment.latest
    pace = pace_figure(commitment, as_of)
    gap = float(latest.value) - pace if latest is not None and pace is not None else None
    return Entry(
        id=commitment.id,
        title=title(commitment, lang),
        quote=commitment.quote,
        owner=commitment.owner,
        kind=commitment.kind,
        status=assessment.status,
        progress=assessment.progress,
        latest=latest.value if latest else None,
        latest_date=latest.date if latest else None,
        target=target_text(commitment),
        unit=commitment.unit or "",
        pace=pace,
        gap=gap,
        days_late=assessment.days_late,
    )


def _sections(assessments: Sequence[Assessment]) -> tuple[SectionSummary, ...]:
    groups: dict[str, list[Assessment]] = {section: [] for section in SECTIONS}
    for assessment in assessments:
        groups.setdefault(assessment.commitment.section, []).append(assessment)
    summaries = []
    for section, members in groups.items():
        if not members:
            continue
        counts = Counter(a.status for a in members)
        measured = [a.progress for a in members if a.progress is not None]
        mean = sum(measured) / len(measured) if measured else None
        summaries.append(SectionSummary(section, tuple(counts[s] for s in Status), len(members), mean))
    return tuple(summaries)


def _month_update(update: Update, commitment: Commitment, lang: str) -> MonthUpdate:
    return MonthUpdate(
        commitment.id,
        title(commitment, lang),
        update.date,
        update.value,
        update.final,
        update.note,
        update.source,
        update.by,
    )


def _trajectory(assessment: Assessment, entry: Entry) -> Trajectory | None:
    commitment = assessment.commitment
    if commitment.kind is Kind.MILESTONE or commitment.target is None or not assessment.updates:
        return None
    points = []
    for update in assessment.updates:
        pace = pace_figure(commitment, update.date)
        assert pace is not None
        points.append(Point(update.date, float(update.value), pace))
    return Trajectory(entry, commitment.start, commitment.deadline, _base(commitment), commitment.target, tuple(points))
