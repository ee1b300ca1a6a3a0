"""`check`'s plain text: a one-line summary, then one line per commitment that needs attention (no markup)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from chengkou_tracker.escape import inert
from chengkou_tracker.i18n.labels import label
from chengkou_tracker.model import Status
from chengkou_tracker.numbers import target_text, title, value_text

if TYPE_CHECKING:
    from chengkou_tracker.owners import Department
    from chengkou_tracker.status import Assessment


def check_lines(as_of: dt.date, assessments: Sequence[Assessment], strict: bool, lang: str) -> list[str]:
    """`check` text: a one-line summary, then one line per problem (plain text, no markup)."""
    counts = Counter(a.status for a in assessments)
    summary = ", ".join(f"{counts.get(status, 0)} {label(status.value, lang)}" for status in Status)
    stale = sum(1 for a in assessments if a.stale)
    total = f"{len(assessments)} {label('commitments', lang)}"
    lines = [f"{label('as of', lang)} {as_of}: {total}: {summary}; {stale} {label('stale', lang)}"]
    separator = "、" if lang == "zh" else ", "
    for assessment in assessments:
        # One line per commitment, naming every problem it has.
        problems = []
        if assessment.status is Status.OVERDUE or (strict and assessment.status is Status.AT_RISK):
            problems.append(label(assessment.status.value, lang))
        if strict and assessment.stale:
            problems.append(label("stale", lang))
        if problems:
            lines.append(_problem_line(assessment, separator.join(problems), lang))
    return lines


def _problem_line(assessment: Assessment, what: str, lang: str) -> str:
    commitment = assessment.commitment
    latest = assessment.latest_value
    shown = value_text(latest, lang)
    facts = ", ".join(
        f"{label(key, lang)} {value}"
        for key, value in (("target", target_text(commitment)), ("latest", shown), ("deadline", commitment.deadline))
    )
    return inert(f"{what}: {commitment.id} {title(commitment, lang)} ({facts})")


def department_lines(as_of: dt.date, departments: Sequence[Department], lang: str) -> list[str]:
    """`check --by-owner` text: one line per owner, worst first, naming its overdue and at-risk ids."""
    lines = [f"{label('as of', lang)} {as_of}:"]
    for department in departments:
        owner = department.owner or label("(no owner)", lang)
        counts = (
            f"{len(department.assessments)} {label('commitments', lang)}: "
            f"{len(department.overdue)} {label('overdue', lang)}, {len(department.at_risk)} {label('at_risk', lang)}, "
            f"{len(department.stale)} {label('stale', lang)}"
        )
        late = " ".join(a.commitment.id for a in department.overdue)
        lines.append(inert(f"{owner}: {counts}" + (f" ({label('overdue', lang)}: {late})" if late else "")))
    return lines
