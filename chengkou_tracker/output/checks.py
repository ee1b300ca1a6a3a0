"""`check`'s plain text: a one-line summary, then one line per commitment that needs attention (no markup)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from chengkou_tracker.escape import inert
from chengkou_tracker.i18n.labels import label
from chengkou_tracker.model import Status
from chengkou_tracker.numbers import target_text, title, value_text
from chengkou_tracker.status import counts_as_read, has_no_figure

if TYPE_CHECKING:
    from chengkou_tracker.owners import Department
    from chengkou_tracker.status import Assessment


def check_lines(as_of: dt.date, assessments: Sequence[Assessment], strict: bool, lang: str) -> list[str]:
    """`check` text: a one-line summary, then one line per problem (plain text, no markup)."""
    counts, no_figure = counts_as_read(assessments)  # at risk and overdue with no figure are 未报送, apart
    summary = ", ".join(f"{count} {label(status.value, lang)}" for status, count in zip(Status, counts, strict=True))
    summary += f", {no_figure} {label('no figure', lang)}"
    stale = sum(1 for a in assessments if a.stale)
    total = f"{len(assessments)} {label('commitments', lang)}"
    lines = [f"{label('as of', lang)} {as_of}: {total}: {summary}; {stale} {label('stale', lang)}"]
    separator = "、" if lang == "zh" else ", "
    for assessment in assessments:
        # One line per commitment, naming every problem it has.
        problems = []
        if assessment.status is Status.OVERDUE or (strict and assessment.status is Status.AT_RISK):
            if assessment.status is Status.OVERDUE:
                problems.append(label("overdue", lang))
            if has_no_figure(assessment):  # nobody sent a figure: chase it, it is not behind on one
                problems.append(label("no figure", lang))
            elif assessment.status is Status.AT_RISK:
                problems.append(label("at_risk", lang))
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
    """`check --by-owner` text: one line per owner, worst first, counting and naming its overdue, at-risk and
    no-figure ids. An overdue or at-risk commitment with no figure is counted, and named, under 未报送 only."""
    lines = [f"{label('as of', lang)} {as_of}:"]
    for department in departments:
        owner = department.owner or label("(no owner)", lang)
        groups = (
            ("overdue", [a for a in department.overdue if not has_no_figure(a)]),
            ("at_risk", [a for a in department.at_risk if not has_no_figure(a)]),
            ("no figure", [a for a in department.assessments if has_no_figure(a)]),
        )
        counts = f"{len(department.assessments)} {label('commitments', lang)}: " + ", ".join(
            [f"{len(among)} {label(word, lang)}" for word, among in groups]
            + [f"{len(department.stale)} {label('stale', lang)}"]
        )
        named = [f"{label(word, lang)}: {' '.join(a.commitment.id for a in among)}" for word, among in groups if among]
        listed = ("；" if lang == "zh" else "; ").join(named)
        lines.append(inert(f"{owner}: {counts}" + (f" ({listed})" if listed else "")))
    return lines
