"""The brief that opens a report: what a leader reads on one phone screen.

The main targets with their gap, what was achieved this month, what fell behind because of a figure that
came in (not because of the calendar), how many commitments have no figure yet (未报送, apart from those
behind on a figure), and the departments furthest behind.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from chengkou_tracker.model import Ledger, Status, Update
from chengkou_tracker.status import Assessment, behind_on_figure, has_no_figure

WORSE = (Status.AT_RISK, Status.OVERDUE, Status.MISSED)
MOST_BEHIND = 5


def entered(update: Update, first: dt.date, last: dt.date) -> bool:
    """Whether UPDATE was entered between FIRST and LAST (by when it was recorded, whatever date it carries)."""
    when = update.recorded_at.date() if update.recorded_at is not None else update.date
    return first <= when <= last


@dataclass(frozen=True, slots=True)
class DepartmentLine:
    owner: str
    behind: int  # at risk or overdue on a reported figure
    no_figure: int
    overdue: int


@dataclass(frozen=True, slots=True)
class Brief:
    main: tuple[str, ...]  # ids of the main targets (the first section of the year's own), in ledger order
    achieved: tuple[str, ...]  # ids achieved this month
    fell_behind: tuple[str, ...]  # ids that fell behind because of a figure entered this month
    by_calendar: tuple[str, ...]  # ids whose status changed only because time passed
    no_figure: int
    behind: int
    departments: tuple[DepartmentLine, ...]  # furthest behind first, at most MOST_BEHIND


def build_brief(
    ledger: Ledger,
    now: Sequence[Assessment],
    before: Mapping[str, Status],
    first: dt.date,
    last: dt.date,
) -> Brief:
    """The brief of the month FIRST..LAST, from the assessments at its end (NOW) and at the month before."""
    sections = ledger.report.section_keys or tuple(dict.fromkeys(c.section for c in ledger.commitments.values()))
    # The year's own targets come first in the brief, though a 2026 report sets its five-year goals (due 2030) in the
    # part before them; an outline, which has no year's own, shows its first section.
    own_year = {c.section for c in ledger.commitments.values() if c.deadline.year <= ledger.report.year}
    main_section = next((key for key in sections if key in own_year), sections[0] if sections else "")
    news = {u.commitment for u in ledger.updates if entered(u, first, last) or first <= u.date <= last}
    achieved, fell, calendar = [], [], []
    for assessment in now:
        key = assessment.commitment.id
        if before.get(key, assessment.status) is assessment.status:
            continue
        if key not in news:
            calendar.append(key)
        elif assessment.status is Status.ACHIEVED:
            achieved.append(key)
        elif assessment.status in WORSE:
            fell.append(key)
    return Brief(
        main=tuple(a.commitment.id for a in now if a.commitment.section == main_section),
        achieved=tuple(achieved),
        fell_behind=tuple(fell),
        by_calendar=tuple(calendar),
        no_figure=sum(1 for a in now if has_no_figure(a)),
        behind=sum(1 for a in now if behind_on_figure(a)),
        departments=_most_behind(now),
    )


def _most_behind(assessments: Iterable[Assessment]) -> tuple[DepartmentLine, ...]:
    lines: dict[str, list[int]] = {}
    for assessment in assessments:
        owner = assessment.commitment.owner.strip()
        if not owner:
            continue
        counts = lines.setdefault(owner, [0, 0, 0])
        counts[0] += behind_on_figure(assessment)
        counts[1] += has_no_figure(assessment)
        counts[2] += assessment.status is Status.OVERDUE
    ranked = sorted(lines.items(), key=lambda item: (-item[1][2] - item[1][0], -item[1][1], item[0]))
    return tuple(DepartmentLine(owner, *counts) for owner, counts in ranked if any(counts))[:MOST_BEHIND]
