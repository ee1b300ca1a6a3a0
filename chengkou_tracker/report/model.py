"""The monthly report as one data structure built from a ledger; every writer renders this and nothing else."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from chengkou_tracker.dates import month_end
from chengkou_tracker.model import LEGACY_REPORT, Commitment, Kind, Ledger, Section, Status, Update
from chengkou_tracker.model import Report as WorkReport
from chengkou_tracker.numbers import target_text, title
from chengkou_tracker.report.brief import Brief, build_brief, entered
from chengkou_tracker.selection import ledger_sections, owned_by
from chengkou_tracker.status import (
    Assessment,
    assess_ledger,
    base_of,
    counts_as_read,
    even_pace,
    gap_of,
    gap_share,
    has_no_figure,
    mean_progress,
    progress_of,
)


@dataclass(frozen=True, slots=True)
class StatusCount:
    """One status in the scorecard: how many commitments have it now and at the previous month's end."""

    status: Status | None  # None for 未报送 (no figure): at risk or overdue with no figure, counted apart
    count: int
    share: float
    previous: int

    @property
    def change(self) -> int:
        return self.count - self.previous


@dataclass(frozen=True, slots=True)
class SectionSummary:
    section: str  # the key as written, （一）
    heading: str  # 突出“创新驱动”，推动产业现代化迈出坚实步伐, or ""
    counts: tuple[int, ...]  # in the order of Status, at risk and overdue only those behind on a figure
    total: int
    mean_progress: float | None
    no_figure: int = 0  # at risk or overdue with no figure (未报送)


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
    no_figure: int = 0  # at risk or overdue with no figure (未报送), not counted in counts, overdue or at_risk


@dataclass(frozen=True, slots=True)
class Entry:
    """A commitment as the report shows it at the month's end; pace and gap as status.py defines them."""

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
    pace: float | None  # the figure an even pace reaches at the month's end (progress kinds)
    gap: float | None  # in the target's unit, negative when behind
    days_late: int | None
    section: str = ""
    gap_share: float | None = None  # the gap as a share of the way from base to target (progress kinds)
    note: str = ""  # the latest figure's note: what the department wrote (进展情况)
    commitment: Commitment | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class SectionEntries:
    """Commitments of one section, such as those never updated."""

    section: str
    heading: str
    entries: tuple[Entry, ...]


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
    entered: dt.date | None = None  # when it was recorded, which may be after the date it carries


@dataclass(frozen=True, slots=True)
class Point:
    """A figure on its date, with the even pace and the gap on that date (status.py)."""

    date: dt.date
    value: float
    pace: float | None
    gap: float | None = None
    gap_share: float | None = None
    progress: float | None = None


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
class Table:
    """A named table that any part of the tool may add to the report; every writer renders it after the rest."""

    key: str  # the JSON key and the HTML id, in English
    title: str  # in the report's language
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True, slots=True)
class OwnerEntries:
    """One department's commitments of a kind, such as those with no figure yet (未报送)."""

    owner: str  # "" for the commitments nobody has been assigned
    entries: tuple[Entry, ...]


@dataclass(frozen=True, slots=True)
class ReportedProblem:
    """An open problem a department reported (存在问题), for the leader to resolve."""

    commitment: str
    title: str
    owner: str
    text: str
    date: dt.date | None = None


@dataclass(frozen=True, slots=True)
class FiveYearGoal:
    """A goal due after the report's year: its figure at the end of each year, on its way to the deadline."""

    entry: Entry
    start: dt.date
    deadline: dt.date
    yearly: tuple[tuple[int, float | str], ...]  # (year, the last figure dated in it)


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
    work_report: WorkReport = LEGACY_REPORT
    never_updated: tuple[SectionEntries, ...] = ()
    tables: tuple[Table, ...] = ()  # more parts, such as a table by department
    owner: str | None = None  # the department a one-department report (report --owner) is for
    departments: tuple[DepartmentSummary, ...] = ()  # worst first; empty until owners are set
    brief: Brief | None = None
    main_targets: tuple[Entry, ...] = ()  # the first section of the year's own, as the brief shows it
    by_calendar: tuple[Transition, ...] = ()  # status changes caused only by time passing (no figure came in)
    no_figure: tuple[OwnerEntries, ...] = ()  # at risk or overdue with no figure (未报送), by department
    five_year: tuple[FiveYearGoal, ...] = ()  # goals due after the report's year or tagged five-year
    year_end: bool = False  # report --year: the whole year, January to December, as of its last day
    missed: tuple[Entry, ...] = ()  # year-end: missed, or overdue at the year's end (not achieved)
    unfinished: tuple[Entry, ...] = ()  # year-end: projects (milestones) not done that carry on
    problems: tuple[ReportedProblem, ...] = ()  # open problems needing a decision (存在问题), by department

    def entry(self, key: str) -> Entry | None:
        """The entry of commitment KEY among those the report lists, if any."""
        return _index(self).get(key)


def _index(report: Report) -> dict[str, Entry]:
    found = {e.id: e for e in report.main_targets}
    for t in (*report.transitions, *report.by_calendar):
        found[t.entry.id] = t.entry
    for e in (*report.concerns, *report.stale):
        found[e.id] = e
    return found


def build(
    ledger: Ledger,
    year: int,
    month: int,
    lang: str,
    owner: str | None = None,
    tables: Sequence[Table] = (),
    *,
    whole_year: bool = False,
) -> Report:
    """The report for YEAR-MONTH: statuses at the month's last day, compared with the previous month's.

    With OWNER, only the commitments whose owner contains it (one department's own report). With WHOLE_YEAR,
    the year-end report: January to December as one period, final counts as of 31 December, compared with
    the year's start, what was missed and what carries on.
    """
    if owner is not None:
        ledger = owned_by(ledger, owner)
    first = dt.date(year, 1 if whole_year else month, 1)
    as_of = dt.date(year, 12, 31) if whole_year else month_end(first)
    previous_as_of = first - dt.timedelta(days=1)
    if whole_year:  # the year's outcome: its own figures only, assessed once its last day is over
        ledger = dataclasses.replace(ledger, updates=[u for u in ledger.updates if u.date <= as_of])
    now = assess_ledger(ledger, as_of + dt.timedelta(days=1) if whole_year else as_of)
    then = assess_ledger(ledger, previous_as_of)
    before = {a.commitment.id: a.status for a in then}
    entries = {a.commitment.id: _entry(a, lang) for a in now}
    counts, no_figure = counts_as_read(now)
    previous_counts, previous_no_figure = counts_as_read(then)
    total = len(now)
    scorecard = tuple(
        StatusCount(status, count, count / total if total else 0.0, previous)
        for status, count, previous in zip(
            (*Status, None), (*counts, no_figure), (*previous_counts, previous_no_figure), strict=True
        )
    )
    transitions = [
        Transition(entries[a.commitment.id], before[a.commitment.id], a.status)
        for a in now
        if before[a.commitment.id] is not a.status
    ]
    transitions.sort(key=lambda t: t.after is not Status.ACHIEVED)  # newly achieved first; stable otherwise
    # This month's news: every figure entered in the month (recorded_at), whatever date it carries, and every
    # figure dated in it (a figure typed on the 1st for the month before is in both months' reports).
    updates = sorted(
        (
            u
            for u in ledger.updates
            if (entered(u, first, as_of) or first <= u.date <= as_of) and u.commitment in ledger.commitments
        ),
        key=lambda u: (u.date, u.change, u.commitment),
    )
    news = {u.commitment for u in updates}
    brief = build_brief(ledger, now, before, first, as_of)
    # Cards only for commitments with something to say: a figure, or overdue; those with no figure are listed
    # compactly by department.
    concerns = [
        a for a in now if a.status in (Status.OVERDUE, Status.AT_RISK) and (a.latest or a.status is Status.OVERDUE)
    ]
    concerns.sort(key=lambda a: a.status is not Status.OVERDUE)
    sections = ledger_sections(ledger)
    never = [entries[a.commitment.id] for a in now if a.stale and a.latest is None]
    missed = [a for a in now if a.status in (Status.MISSED, Status.OVERDUE)] if whole_year else []
    unfinished = [
        a for a in now if whole_year and a.commitment.kind is Kind.MILESTONE and a.status is not Status.ACHIEVED
    ]
    return Report(
        month=f"{year:04d}" if whole_year else f"{year:04d}-{month:02d}",
        as_of=as_of,
        previous_as_of=previous_as_of,
        lang=lang,
        total=total,
        scorecard=scorecard,
        sections=_sections(now, sections),
        transitions=tuple(t for t in transitions if t.entry.id in news),
        by_calendar=tuple(t for t in transitions if t.entry.id not in news),
        updates=tuple(_month_update(u, ledger.commitments[u.commitment], lang) for u in updates),
        concerns=tuple(entries[a.commitment.id] for a in concerns),
        stale=tuple(entries[a.commitment.id] for a in now if a.stale),
        trajectories=tuple(t for a in now if (t := _trajectory(a, entries[a.commitment.id])) is not None),
        work_report=ledger.report,
        never_updated=tuple(
            SectionEntries(s.key, s.heading, members)
            for s in sections
            if (members := tuple(e for e in never if e.section == s.key))
        ),
        tables=tuple(tables),
        owner=owner,
        departments=_departments(now) if owner is None else (),
        brief=brief,
        main_targets=tuple(entries[key] for key in brief.main),
        no_figure=_by_owner(entries[a.commitment.id] for a in now if has_no_figure(a)),
        five_year=tuple(_five_year(a, entries[a.commitment.id]) for a in now if is_five_year(a.commitment, year)),
        year_end=whole_year,
        missed=tuple(entries[a.commitment.id] for a in missed),
        unfinished=tuple(entries[a.commitment.id] for a in unfinished),
        problems=_problems(ledger, as_of, lang),
    )


def _problems(ledger: Ledger, as_of: dt.date, lang: str) -> tuple[ReportedProblem, ...]:
    """The problems still open at AS_OF, by department (problems.open_problems)."""
    from chengkou_tracker.problems import open_problems

    if not any(u.problem for u in ledger.updates):
        return ()
    known = dataclasses.replace(ledger, updates=[u for u in ledger.updates if u.date <= as_of])
    return tuple(
        ReportedProblem(p.commitment.id, title(p.commitment, lang), p.commitment.owner, p.text, p.update.date)
        for p in open_problems(known)
    )


def is_five_year(commitment: Commitment, year: int) -> bool:
    """A goal of the five-year plan: tagged five-year, or due after the report's year."""
    return "five-year" in commitment.tags or commitment.deadline.year > year


def _five_year(assessment: Assessment, entry: Entry) -> FiveYearGoal:
    yearly: dict[int, float | str] = {}
    for update in assessment.updates:  # in date order: the last figure of each year wins
        yearly[update.date.year] = update.value
    commitment = assessment.commitment
    return FiveYearGoal(entry, commitment.start, commitment.deadline, tuple(sorted(yearly.items())))


def _by_owner(entries: Iterable[Entry]) -> tuple[OwnerEntries, ...]:
    groups: dict[str, list[Entry]] = {}
    for entry in entries:
        groups.setdefault(entry.owner.strip(), []).append(entry)
    ordered = sorted(groups.items(), key=lambda item: (not item[0], -len(item[1]), item[0]))
    return tuple(OwnerEntries(owner, tuple(members)) for owner, members in ordered)


def _departments(assessments: Sequence[Assessment]) -> tuple[DepartmentSummary, ...]:
    """Per owner, worst first (owners.departments); nothing while no commitment has an owner."""
    from chengkou_tracker.owners import departments, has_owners

    if not has_owners(assessments):
        return ()
    return tuple(
        DepartmentSummary(
            d.owner,
            counts,
            len(d.assessments),
            d.mean_progress,
            counts[list(Status).index(Status.OVERDUE)],
            counts[list(Status).index(Status.AT_RISK)],
            len(d.stale),
            no_figure,
        )
        for d in departments(assessments)
        for counts, no_figure in [counts_as_read(d.assessments)]
    )


def _entry(assessment: Assessment, lang: str) -> Entry:
    commitment = assessment.commitment
    latest = assessment.latest
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
        pace=assessment.pace,
        gap=assessment.gap,
        days_late=assessment.days_late,
        section=commitment.section,
        gap_share=assessment.gap_share,
        note=latest.note if latest else "",
        commitment=commitment,
    )


def _sections(assessments: Sequence[Assessment], sections: Sequence[Section]) -> tuple[SectionSummary, ...]:
    groups: dict[str, list[Assessment]] = {section.key: [] for section in sections}
    for assessment in assessments:
        groups.setdefault(assessment.commitment.section, []).append(assessment)
    headings = {section.key: section.heading for section in sections}
    summaries = []
    for section, members in groups.items():
        if not members:
            continue
        counts, no_figure = counts_as_read(members)
        mean = mean_progress(members)
        summaries.append(SectionSummary(section, headings.get(section, ""), counts, len(members), mean, no_figure))
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
        update.recorded_at.date() if update.recorded_at is not None else None,
    )


def _trajectory(assessment: Assessment, entry: Entry) -> Trajectory | None:
    commitment = assessment.commitment
    if commitment.kind is Kind.MILESTONE or commitment.target is None or not assessment.updates:
        return None
    points = []
    for update in assessment.updates:
        value = float(update.value)
        points.append(
            Point(
                update.date,
                value,
                even_pace(commitment, update.date),
                gap_of(commitment, value, update.date),
                gap_share(commitment, value, update.date),
                progress_of(commitment, value) if commitment.kind.is_progress else None,
            )
        )
    base = base_of(commitment) if commitment.kind.is_progress else commitment.target
    return Trajectory(entry, commitment.start, commitment.deadline, base, commitment.target, tuple(points))


def completion_rate(counts: Sequence[int], no_figure: int = 0) -> float | None:
    """The share achieved of the commitments counted (counts in the order of Status, 未报送 apart)."""
    total = sum(counts) + no_figure
    return counts[list(Status).index(Status.ACHIEVED)] / total if total else None
