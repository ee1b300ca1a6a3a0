"""The report as JSON: keys and status values in English, figures rounded to four decimals."""

from __future__ import annotations

from typing import Any

from chengkou_tracker.escape import json_text
from chengkou_tracker.model import Status
from chengkou_tracker.numbers import json_number, rounded
from chengkou_tracker.report import wording as w
from chengkou_tracker.report.model import Entry, Report


def to_json(report: Report) -> str:
    def entry(e: Entry) -> dict[str, Any]:
        return {
            "id": e.id,
            "title": e.title,
            "quote": e.quote,
            "owner": e.owner,
            "kind": e.kind.value,
            "status": e.status.value,
            "progress": rounded(e.progress),
            "note": e.note,
            "latest_value": json_number(e.latest),
            "latest_date": e.latest_date.isoformat() if e.latest_date else None,
            "target": e.target,
            "unit": e.unit,
            "pace": rounded(e.pace),
            "gap": rounded(e.gap),
            "gap_share": rounded(e.gap_share),
            "section": e.section,
            "days_late": e.days_late,
        }

    work = report.work_report
    brief = report.brief
    data = {
        "report": {"place": work.place, "year": work.year, "title": work.title},
        "month": report.month,
        "as_of": report.as_of.isoformat(),
        "previous_as_of": report.previous_as_of.isoformat(),
        "lang": report.lang,
        "total": report.total,
        "brief": None
        if brief is None
        else {
            "main": [entry(e) for e in report.main_targets],
            "achieved": list(brief.achieved),
            "fell_behind": list(brief.fell_behind),
            "by_calendar": len(brief.by_calendar),
            "no_figure": brief.no_figure,
            "behind": brief.behind,
            "departments": [
                {"owner": d.owner, "behind": d.behind, "no_figure": d.no_figure, "overdue": d.overdue}
                for d in brief.departments
            ],
        },
        "scorecard": [
            {
                "status": w.status_key(i.status),
                "count": i.count,
                "share": rounded(i.share),
                "previous": i.previous,
                "change": i.change,
            }
            for i in report.scorecard
        ],
        "sections": [
            {
                "section": s.section,
                "heading": s.heading,
                "counts": {status.value: count for status, count in zip(Status, s.counts, strict=True)},
                "no_figure": s.no_figure,
                "total": s.total,
                "mean_progress": rounded(s.mean_progress),
            }
            for s in report.sections
        ],
        **({"owner": report.owner} if report.owner is not None else {}),
        "departments": [
            {
                "owner": d.owner,
                "counts": {status.value: count for status, count in zip(Status, d.counts, strict=True)},
                "no_figure": d.no_figure,
                "total": d.total,
                "mean_progress": rounded(d.mean_progress),
                "overdue": d.overdue,
                "at_risk": d.at_risk,
                "stale": d.stale,
            }
            for d in report.departments
        ],
        "transitions": [
            {"id": t.entry.id, "title": t.entry.title, "before": t.before.value, "after": t.after.value}
            for t in report.transitions
        ],
        "updates": [
            {
                "id": u.commitment,
                "title": u.title,
                "date": u.date.isoformat(),
                "value": json_number(u.value),
                "final": u.final,
                "note": u.note,
                "source": u.source,
                "by": u.by,
                "entered": u.entered.isoformat() if u.entered else None,
            }
            for u in report.updates
        ],
        "by_calendar": [
            {"id": t.entry.id, "title": t.entry.title, "before": t.before.value, "after": t.after.value}
            for t in report.by_calendar
        ],
        "concerns": [entry(e) for e in report.concerns],
        "no_figure": [{"owner": g.owner, "ids": [e.id for e in g.entries]} for g in report.no_figure],
        "five_year": [
            {
                "id": g.entry.id,
                "title": g.entry.title,
                "start": g.start.isoformat(),
                "deadline": g.deadline.isoformat(),
                "status": g.entry.status.value,
                "yearly": {str(year): json_number(value) for year, value in g.yearly},
            }
            for g in report.five_year
        ],
        **({"year_end": _year_end(report)} if report.year_end else {}),
        "problems": [{"id": p.commitment, "title": p.title, "owner": p.owner, "text": p.text} for p in report.problems],
        "never_updated": [
            {"section": g.section, "heading": g.heading, "ids": [e.id for e in g.entries]} for g in report.never_updated
        ],
        "stale": [entry(e) for e in report.stale],
        "trajectories": [
            {
                "id": t.entry.id,
                "title": t.entry.title,
                "start": t.start.isoformat(),
                "deadline": t.deadline.isoformat(),
                "base": t.base,
                "target": t.target,
                "unit": t.entry.unit,
                "points": [
                    {
                        "date": p.date.isoformat(),
                        "value": json_number(p.value),
                        "pace": rounded(p.pace),
                        "gap": rounded(p.gap),
                        "gap_share": rounded(p.gap_share),
                        "progress": rounded(p.progress),
                    }
                    for p in t.points
                ],
            }
            for t in report.trajectories
        ],
        "tables": [
            {
                "key": table.key,
                "title": table.title,
                "columns": list(table.columns),
                "rows": [list(r) for r in table.rows],
            }
            for table in report.tables
        ],
    }
    return json_text(data)


def _year_end(report: Report) -> dict[str, Any]:
    """The year's final counts as numbers: achieved, missed, overdue, no figure, total and completion rate, for
    the whole ledger, by section and by department; what was missed and the unfinished projects by id."""
    from chengkou_tracker.report.model import completion_rate

    index = {status: i for i, status in enumerate(Status)}

    def counts(summary: Any) -> dict[str, Any]:
        return {
            "achieved": summary.counts[index[Status.ACHIEVED]],
            "missed": summary.counts[index[Status.MISSED]],
            "overdue": summary.counts[index[Status.OVERDUE]],
            "no_figure": summary.no_figure,
            "total": summary.total,
            "completion_rate": rounded(completion_rate(summary.counts, summary.no_figure)),
        }

    whole = {i.status: i.count for i in report.scorecard}
    achieved = whole.get(Status.ACHIEVED, 0)
    return {
        "achieved": achieved,
        "missed": whole.get(Status.MISSED, 0),
        "overdue": whole.get(Status.OVERDUE, 0),
        "no_figure": whole.get(None, 0),
        "total": report.total,
        "completion_rate": rounded(achieved / report.total if report.total else None),
        "sections": [{"section": s.section, **counts(s)} for s in report.sections],
        "departments": [{"owner": d.owner, **counts(d)} for d in report.departments],
        "missed_ids": [e.id for e in report.missed],
        "unfinished_ids": [e.id for e in report.unfinished],
    }
