"""Numbers, targets and Unicode progress bars as plain text, shared by the terminal views and the report."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from chengkou_tracker.labels import label
from chengkou_tracker.ledger import toml_number
from chengkou_tracker.model import Commitment, Direction, Status
from chengkou_tracker.text import inert

if TYPE_CHECKING:
    from chengkou_tracker.status import Assessment

BAR_CELLS = 8


def number(value: float | str | None) -> str:
    if value is None:
        return "-"
    if isinstance(value, str):
        return value
    rounded = round(value, 6)
    if rounded == 0 and value != 0:  # a small figure keeps its first digits rather than showing as 0
        rounded = float(f"{value:.6g}")
    return toml_number(rounded)


def target_text(commitment: Commitment) -> str:
    if commitment.target is None:
        return "-"
    about = "~" if commitment.direction is Direction.ABOUT else ""
    return f"{about}{number(commitment.target)}{commitment.unit or ''}"


def bar(progress: float | None, cells: int = BAR_CELLS) -> str:
    """A Unicode bar with eighth-cell resolution and the percentage, or '-' when there is no progress."""
    if progress is None:
        return "-"
    eighths = round(max(0.0, min(1.0, progress)) * cells * 8)
    full, part = divmod(eighths, 8)
    partial = " ▏▎▍▌▋▊▉"[part] if part else ""
    filled = "█" * full + partial
    return f"{filled}{'·' * (cells - len(filled))} {progress * 100:3.0f}%"


def field_value(value: object) -> str:
    """A field of an update or an edit, in one line: numbers as written, lists comma-separated."""
    if isinstance(value, tuple | list):
        return ",".join(str(item) for item in value)
    if isinstance(value, float):
        return number(value)
    return str(value)


def title(commitment: Commitment, lang: str) -> str:
    """The commitment's name in the chosen language."""
    return commitment.title if lang == "zh" else commitment.title_en


def check_lines(as_of: dt.date, assessments: Sequence[Assessment], strict: bool, lang: str) -> list[str]:
    """`check` text: a one-line summary, then one line per problem (plain text, no markup)."""
    counts = Counter(a.status for a in assessments)
    summary = ", ".join(f"{counts.get(status, 0)} {label(status.value, lang)}" for status in Status)
    stale = sum(1 for a in assessments if a.stale)
    total = f"{len(assessments)} {label('commitments', lang)}"
    lines = [f"{label('as of', lang)} {as_of}: {total}: {summary}; {stale} {label('stale', lang)}"]
    for assessment in assessments:
        problems = []
        if assessment.status is Status.OVERDUE:
            problems.append(Status.OVERDUE)
        if strict and assessment.status is Status.AT_RISK:
            problems.append(Status.AT_RISK)
        for status in problems:
            lines.append(_problem_line(assessment, label(status.value, lang), lang))
        if strict and assessment.stale:
            lines.append(_problem_line(assessment, label("stale", lang), lang))
    return lines


def _problem_line(assessment: Assessment, what: str, lang: str) -> str:
    commitment = assessment.commitment
    latest = number(assessment.latest_value)
    facts = f"target {target_text(commitment)}, latest {latest}, deadline {commitment.deadline}"
    return inert(f"{what}: {commitment.id} {title(commitment, lang)} ({facts})")
