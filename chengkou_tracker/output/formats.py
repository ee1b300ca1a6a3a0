"""Plain-data views of commitments and history, and the JSON, CSV and Markdown writers for them."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from chengkou_tracker.escape import guard, inert, json_text, markdown
from chengkou_tracker.numbers import as_written, json_number, rounded
from chengkou_tracker.status import Assessment

if TYPE_CHECKING:
    from chengkou_tracker.model import Change
    from chengkou_tracker.owners import Department

TABLE_FIELDS = (
    "id", "section", "title", "title_en", "kind", "target", "unit", "direction", "deadline", "owner",
    "latest_value", "latest_date", "progress", "status", "stale",
)  # fmt: skip


def commitment_record(assessment: Assessment) -> dict[str, Any]:
    """Every ledger field of the commitment plus its computed status, as JSON-ready values."""
    commitment = assessment.commitment
    latest = assessment.latest
    return {
        "id": commitment.id,
        "section": commitment.section,
        "title": commitment.title,
        "title_en": commitment.title_en,
        "quote": commitment.quote,
        "also_sections": list(commitment.also_sections),
        "also_quotes": list(commitment.also_quotes),
        "kind": commitment.kind.value,
        "target": json_number(commitment.target),
        "unit": commitment.unit,
        "direction": commitment.direction.value if commitment.direction else None,
        "tolerance": json_number(commitment.tolerance),
        "baseline": json_number(commitment.baseline),
        "baseline_quote": commitment.baseline_quote,
        "start": commitment.start.isoformat(),
        "deadline": commitment.deadline.isoformat(),
        "owner": commitment.owner,
        "tags": list(commitment.tags),
        "latest_value": json_number(latest.value) if latest else None,
        "latest_date": latest.date.isoformat() if latest else None,
        "progress": rounded(assessment.progress),
        "pace": rounded(assessment.pace),
        "gap": rounded(assessment.gap),
        "gap_share": rounded(assessment.gap_share),
        "status": assessment.status.value,
        "stale": assessment.stale,
        "days_late": assessment.days_late,
    }


def change_records(changes: Sequence[Change]) -> list[dict[str, Any]]:
    """History as JSON-ready objects, one per update or edit, oldest first."""
    records: list[dict[str, Any]] = []
    for change in changes:
        for update in change.updates:
            records.append(
                {
                    "type": "update",
                    "change": change.number,
                    "commitment": update.commitment,
                    "date": update.date.isoformat(),
                    "value": json_number(update.value),
                    "note": update.note,
                    "source": update.source,
                    "by": update.by,
                    "recorded_at": _timestamp(update.recorded_at),
                    "final": update.final,
                }
            )
        for edit in change.edits:
            records.append(
                {
                    "type": "edit",
                    "change": change.number,
                    "commitment": edit.commitment,
                    "fields": {key: _plain(value) for key, value in edit.fields.items()},
                    "by": edit.by,
                    "recorded_at": _timestamp(edit.recorded_at),
                }
            )
    return records


def _timestamp(value: Any) -> str | None:
    """A recorded_at in UTC with a Z; a local time written by hand (no offset) as it is, without one."""
    if value is None:
        return None
    if value.tzinfo is None:
        return str(value.strftime("%Y-%m-%dT%H:%M:%S"))
    import datetime as dt

    return str(value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"))


def _plain(value: Any) -> Any:
    if isinstance(value, tuple):
        return list(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def to_json(data: Any) -> str:
    return json_text(data)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return as_written(value)
    if isinstance(value, list):
        return ";".join(str(item) for item in value)
    return str(value)


def to_csv(records: Sequence[dict[str, Any]], fields: Sequence[str] = TABLE_FIELDS) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(fields)
    for record in records:
        # Controls shown as escapes (\x1b), as in a terminal table: CSV goes to stdout too.
        writer.writerow([guard(inert(_cell(record.get(field)))) for field in fields])
    return buffer.getvalue()


def to_markdown(records: Sequence[dict[str, Any]], fields: Sequence[str] = TABLE_FIELDS) -> str:
    lines = ["| " + " | ".join(fields) + " |", "|" + "---|" * len(fields)]
    for record in records:
        lines.append("| " + " | ".join(markdown(_cell(record.get(field))) for field in fields) + " |")
    return "\n".join(lines) + "\n"


def department_records(departments: Sequence[Department]) -> list[dict[str, Any]]:
    """Per owner, worst first: counts, mean progress, and its overdue, at-risk and stale commitments."""
    return [
        {
            "owner": department.owner,
            "counts": {status.value: count for status, count in department.counts.items()},
            "total": len(department.assessments),
            "mean_progress": rounded(department.mean_progress),
            "overdue": [_reminder(a) for a in department.overdue],
            "at_risk": [_reminder(a) for a in department.at_risk],
            "stale": [_reminder(a) for a in department.stale],
        }
        for department in departments
    ]


def _reminder(assessment: Assessment) -> dict[str, Any]:
    """What a reminder mail needs to say about one commitment."""
    commitment = assessment.commitment
    latest = assessment.latest
    return {
        "id": commitment.id,
        "title": commitment.title,
        "status": assessment.status.value,
        "deadline": commitment.deadline.isoformat(),
        "target": json_number(commitment.target),
        "unit": commitment.unit,
        "latest_value": json_number(latest.value) if latest else None,
        "latest_date": latest.date.isoformat() if latest else None,
    }
