"""Commitments grouped by owner (lead department): the scorecard, the cron reminders, the report's table."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from chengkou_tracker.model import Status
from chengkou_tracker.status import Assessment, mean_progress

NO_OWNER = ""  # commitments nobody has been assigned yet form a group of their own


@dataclass(frozen=True, slots=True)
class Department:
    """One owner's commitments and how they stand."""

    owner: str
    assessments: tuple[Assessment, ...]

    @property
    def counts(self) -> dict[Status, int]:
        counts = Counter(a.status for a in self.assessments)
        return {status: counts.get(status, 0) for status in Status}

    @property
    def mean_progress(self) -> float | None:
        return mean_progress(self.assessments)

    @property
    def overdue(self) -> tuple[Assessment, ...]:
        return tuple(a for a in self.assessments if a.status is Status.OVERDUE)

    @property
    def at_risk(self) -> tuple[Assessment, ...]:
        return tuple(a for a in self.assessments if a.status is Status.AT_RISK)

    @property
    def stale(self) -> tuple[Assessment, ...]:
        return tuple(a for a in self.assessments if a.stale)


def has_owners(assessments: Sequence[Assessment]) -> bool:
    return any(a.commitment.owner for a in assessments)


def owned_by(assessments: Sequence[Assessment], owner: str) -> list[Assessment]:
    """The assessments of the commitments selection.owner_matches (for `check --owner`)."""
    from chengkou_tracker.selection import owner_matches

    return [a for a in assessments if owner_matches(a.commitment, owner)]


def departments(assessments: Sequence[Assessment]) -> list[Department]:
    """One Department per owner, worst first: most overdue, then at risk, then stale, then least progress."""
    groups: dict[str, list[Assessment]] = {}
    for assessment in assessments:
        groups.setdefault(assessment.commitment.owner.strip(), []).append(assessment)
    found = [Department(owner, tuple(members)) for owner, members in groups.items()]
    return sorted(found, key=_badness)


def _badness(department: Department) -> tuple[object, ...]:
    mean = department.mean_progress
    return (
        department.owner == NO_OWNER,  # the unassigned rest goes last: it names nobody to remind
        -len(department.overdue),
        -len(department.at_risk),
        -len(department.stale),
        mean if mean is not None else 0.0,
        department.owner,
    )


def require_owner(assessments: Sequence[Assessment], owner: str | None) -> None:
    """UsageError when OWNER is given and owns nothing (owned_by): what list, check, report and template do
    alike when nothing matches, naming the owners there are."""
    if owner is None or owned_by(assessments, owner):
        return
    from chengkou_tracker.errors import UsageError
    from chengkou_tracker.escape import inert

    owners = sorted({a.commitment.owner.strip() for a in assessments} - {NO_OWNER})
    if not owners:
        raise UsageError("owner.unknown.unassigned", owner=inert(owner))
    raise UsageError("owner.unknown", owner=inert(owner), owners=[inert(name) for name in owners])
