"""The monthly report for leaders: one data structure built from a ledger, and writers for text, Markdown, HTML, JSON.

Rich is never imported here: each writer escapes ledger text for its own format (text.py), so a report file holds
no escape codes, and the same ledger and month always give the same bytes (no clock is read).
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import os
import re
import textwrap
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from chengkou_tracker.errors import UsageError
from chengkou_tracker.figures import bar, number, target_text, title
from chengkou_tracker.labels import label
from chengkou_tracker.model import SECTIONS, Commitment, Kind, Ledger, Status, Update
from chengkou_tracker.status import STALE_DAYS, Assessment, assess_ledger, elapsed_fraction
from chengkou_tracker.text import html_text, inert, markdown, width

FORMATS = ("text", "markdown", "html", "json")
_EXTENSIONS = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
}
_MONTH = re.compile(r"(\d{4})-(\d{2})")

# Report wording in Chinese; anything not here falls back to the shared labels (labels.py).
_ZH = {
    "report_title": "城口县2023年政府工作报告承诺事项月度报告",
    "report_for": "报告月份",
    "scorecard": "总体情况",
    "share": "占比",
    "count": "数量",
    "since": "较上月",
    "since heading": "较上月末",
    "sections": "分部分情况",
    "changes": "本月变化",
    "transitions": "状态变化",
    "month updates": "本月更新",
    "no transitions": "本月没有状态变化",
    "no updates": "本月没有更新",
    "concerns": "逾期和进度滞后事项",
    "no concerns": "没有逾期或进度滞后的事项",
    "stale_heading": "久未更新（{days}天以上无更新）",
    "no stale": "没有久未更新的事项",
    "never updated": "从未更新",
    "last update": "最近更新",
    "trajectories": "数据走势",
    "no trajectories": "尚无数据走势",
    "even pace": "均衡进度",
    "gap": "差距",
    "before": "上月末",
    "after": "本月末",
    "previous month end": "上月末",
    "month end": "本月末",
}
_EN = {
    "scorecard": "Scorecard",
    "sections": "Sections",
    "trajectories": "Trajectories",
    "since heading": "change since",
    "report_title": "Chengkou County 2023 work report: monthly report on commitments",
    "report_for": "month",
    "stale_heading": "Stale (no update in {days} days)",
    "concerns": "Overdue and at risk",
    "changes": "What changed this month",
    "transitions": "Status changes",
    "month updates": "Updates dated this month",
    "no transitions": "no status changed this month",
    "no updates": "no updates dated this month",
    "no concerns": "nothing overdue or at risk",
    "no stale": "nothing stale",
    "since": "vs. last month",
    "before": "previous month end",
    "after": "month end",
}
STATUS_COLOURS = {
    Status.NOT_STARTED: "#9ca3af",
    Status.ON_TRACK: "#0e7490",
    Status.AT_RISK: "#d97706",
    Status.ACHIEVED: "#15803d",
    Status.OVERDUE: "#dc2626",
    Status.MISSED: "#7e22ce",
}


def _label(key: str, lang: str) -> str:
    words = _ZH if lang == "zh" else _EN
    return words.get(key) or label(key, lang)


# ---------------------------------------------------------------- choosing the month and the format


def month_to_report(text: str | None, as_of: dt.date) -> tuple[int, int]:
    """(year, month) for `--month YYYY-MM` or `previous` (the default): a month that has ended by AS_OF."""
    previous = as_of.replace(day=1) - dt.timedelta(days=1)
    if text is None or text.strip().lower() == "previous":
        return previous.year, previous.month
    match = _MONTH.fullmatch(text.strip())
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise UsageError(f"--month '{inert(text)}' is not a month like 2023-06 or 'previous'")
    year, month = int(match.group(1)), int(match.group(2))
    if _month_end(dt.date(year, month, 1)) > as_of:
        latest = as_of if as_of == _month_end(as_of) else previous
        raise UsageError(
            f"month {year:04d}-{month:02d} has not ended by {as_of}; the latest ended month is {latest:%Y-%m}"
        )
    return year, month


def _month_end(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def format_for(output_format: str | None, output: str | None) -> str:
    """The report format: --format if given, else from the --output file's extension, else text."""
    if output_format is not None:
        if output_format not in FORMATS:
            raise UsageError(f"--format '{inert(output_format)}' is not one of {', '.join(FORMATS)}")
        return output_format
    if output is None:
        return "text"
    extension = os.path.splitext(output)[1].lower()
    if extension not in _EXTENSIONS:
        known = ", ".join(sorted(_EXTENSIONS))
        raise UsageError(f"cannot tell the format of '{inert(output)}' ({known}); give --format")
    return _EXTENSIONS[extension]


# ---------------------------------------------------------------- the data


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


def build(ledger: Ledger, year: int, month: int, lang: str) -> Report:
    """The report for YEAR-MONTH: statuses at the month's last day, compared with the previous month's."""
    first = dt.date(year, month, 1)
    as_of = _month_end(first)
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


# ---------------------------------------------------------------- shared wording


def _signed(value: int) -> str:
    return f"+{value}" if value > 0 else ("±0" if value == 0 else str(value))


def _figure(value: float | None) -> str:
    """A computed figure (pace, gap) to two decimals, as plain as the ledger's own numbers."""
    return "-" if value is None else number(round(value, 2))


def _gap(value: float | None) -> str:
    if value is None:
        return "-"
    text = _figure(value)
    return text if text.startswith("-") or text == "0" else "+" + text


def _share(value: float) -> str:
    return f"{value * 100:.1f}%"


def _status(status: Status, lang: str) -> str:
    return label(status.value, lang)


def _late(entry: Entry, lang: str) -> str:
    return f" ({entry.days_late} {label('days late', lang)})" if entry.days_late else ""


def _stale_heading(lang: str) -> str:
    return _label("stale_heading", lang).format(days=STALE_DAYS)


def _headline(report: Report) -> str:
    lang = report.lang
    commitments = label("commitments", lang)
    if lang == "zh":
        return f"{report.month}：{report.total}{commitments}，{label('as of', lang)} {report.as_of}"
    return f"{report.month}: {report.total} {commitments} as of {report.as_of}"


def _stale_split(report: Report) -> tuple[list[Entry], list[Entry]]:
    """Stale commitments that went quiet (listed one by one) and those never updated (listed by id)."""
    quiet = [e for e in report.stale if e.latest_date is not None]
    never = [e for e in report.stale if e.latest_date is None]
    return quiet, never


def _pad(text: str, cells: int) -> str:
    return text + " " * max(0, cells - width(text))


def _rpad(text: str, cells: int) -> str:
    return " " * max(0, cells - width(text)) + text


# ---------------------------------------------------------------- text


def to_text(report: Report) -> str:
    lang = report.lang
    lines = [inert(_label("report_title", lang)), _headline(report)]

    def heading(text: str) -> None:
        lines.extend(["", text, "=" * width(text)])

    names = [_status(s, lang) for s in Status]
    name_cells = max(width(name) for name in names)
    heading(f"{_label('scorecard', lang)} ({_label('since heading', lang)} {report.previous_as_of})")
    for item in report.scorecard:
        lines.append(
            f"{_pad(_status(item.status, lang), name_cells)}  {item.count:>4}  {_share(item.share):>6}  "
            f"{bar(item.share, 10).split(' ')[0]}  {_signed(item.change)}"
        )

    heading(_label("sections", lang))
    section_cells = max((width(s.section) for s in report.sections), default=0)
    for section in report.sections:
        counts = ", ".join(
            f"{_status(status, lang)} {count}" for status, count in zip(Status, section.counts, strict=True) if count
        )
        mean = bar(section.mean_progress)
        lines.append(
            f"{_pad(inert(section.section), section_cells)}  {section.total:>3}  "
            f"{label('mean progress', lang)} {mean}  ({counts})"
        )

    heading(_label("changes", lang))
    lines.append(f"{_label('transitions', lang)} ({report.previous_as_of} -> {report.as_of}):")
    for transition in report.transitions:
        entry = transition.entry
        change = f"{_status(transition.before, lang)} -> {_status(transition.after, lang)}"
        lines.append(inert(f"  {entry.id} {entry.title}: {change}"))
    if not report.transitions:
        lines.append(f"  {_label('no transitions', lang)}")
    lines.append(f"{_label('month updates', lang)}:")
    for update in report.updates:
        final = " (final)" if update.final else ""
        extra = "".join(
            f"; {label(key, lang)}: {value}"
            for key, value in (("note", update.note), ("source", update.source), ("by", update.by))
            if value
        )
        lines.append(inert(f"  {update.date} {update.commitment} {update.title}: {number(update.value)}{final}{extra}"))
    if not report.updates:
        lines.append(f"  {_label('no updates', lang)}")

    heading(_label("concerns", lang))
    for entry in report.concerns:
        lines.append(inert(f"{entry.id} {entry.title} [{_status(entry.status, lang)}{_late(entry, lang)}]"))
        lines.append(inert(f"  {label('quote', lang)}: 「{entry.quote}」"))
        latest = number(entry.latest) + (f" ({entry.latest_date})" if entry.latest_date else "")
        lines.append(
            inert(
                f"  {label('latest', lang)} {latest}; {label('target', lang)} {entry.target}; "
                f"{_label('even pace', lang)} {_figure(entry.pace)}; {_label('gap', lang)} {_gap(entry.gap)}"
            )
        )
        lines.append(f"  {label('progress', lang)} {bar(entry.progress)}")
        lines.append(inert(f"  {label('owner', lang)}: {entry.owner or '-'}"))
    if not report.concerns:
        lines.append(_label("no concerns", lang))

    heading(_stale_heading(lang))
    quiet, never = _stale_split(report)
    for entry in quiet:
        when = f"{_label('last update', lang)} {entry.latest_date}"
        lines.append(inert(f"{entry.id} {entry.title}: {when}; {_status(entry.status, lang)}"))
    if never:
        ids = f"{_label('never updated', lang)} ({len(never)}): {', '.join(inert(e.id) for e in never)}"
        lines.extend(textwrap.wrap(ids, 100, subsequent_indent="  ", break_on_hyphens=False))
    if not report.stale:
        lines.append(_label("no stale", lang))

    heading(_label("trajectories", lang))
    for trajectory in report.trajectories:
        entry = trajectory.entry
        lines.append(inert(f"{entry.id} {entry.title} ({label('target', lang)} {entry.target})"))
        for point in trajectory.points:
            lines.append(
                f"  {point.date}  {_rpad(number(point.value), 8)}  "
                f"{_label('even pace', lang)} {_rpad(_figure(point.pace), 8)}  {_pace_bar(trajectory, point)}".rstrip()
            )
    if not report.trajectories:
        lines.append(_label("no trajectories", lang))
    return "\n".join(lines) + "\n"


def _pace_bar(trajectory: Trajectory, point: Point) -> str:
    """How much of the way an even pace had come by then the figure had come: full at the pace, may exceed 100%."""
    expected = point.pace - trajectory.base
    if trajectory.entry.kind.is_threshold or expected <= 0:
        return ""
    share = (point.value - trajectory.base) / expected
    return bar(min(1.0, max(0.0, share))).split(" ")[0] + f" {share * 100:.0f}%"


# ---------------------------------------------------------------- Markdown


def to_markdown(report: Report) -> str:
    lang = report.lang
    lines = [f"# {markdown(_label('report_title', lang))}", "", markdown(_headline(report))]

    def heading(text: str) -> None:
        lines.extend(["", f"## {markdown(text)}", ""])

    def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        lines.append("| " + " | ".join(header) + " |")
        lines.append("|" + "---|" * len(header))
        lines.extend("| " + " | ".join(row) + " |" for row in rows)

    heading(f"{_label('scorecard', lang)} ({_label('since heading', lang)} {report.previous_as_of})")
    table(
        [label("status", lang), _label("count", lang), _label("share", lang), "", _label("since", lang)],
        [
            [_status(i.status, lang), str(i.count), _share(i.share), bar(i.share, 10).split(" ")[0], _signed(i.change)]
            for i in report.scorecard
        ],
    )

    heading(_label("sections", lang))
    table(
        [
            label("section", lang),
            *(_status(s, lang) for s in Status),
            label("total", lang),
            label("mean progress", lang),
        ],
        [
            [markdown(s.section), *(str(c) for c in s.counts), str(s.total), bar(s.mean_progress)]
            for s in report.sections
        ],
    )

    heading(_label("changes", lang))
    lines.extend([f"### {markdown(_label('transitions', lang))}", ""])
    if report.transitions:
        table(
            [label("id", lang), label("title", lang), _label("before", lang), _label("after", lang)],
            [
                [markdown(t.entry.id), markdown(t.entry.title), _status(t.before, lang), _status(t.after, lang)]
                for t in report.transitions
            ],
        )
    else:
        lines.append(markdown(_label("no transitions", lang)))
    lines.extend(["", f"### {markdown(_label('month updates', lang))}", ""])
    if report.updates:
        table(
            [label(k, lang) for k in ("date", "id", "title", "value", "note", "source", "by")],
            [
                [
                    str(u.date),
                    markdown(u.commitment),
                    markdown(u.title),
                    markdown(number(u.value) + (" (final)" if u.final else "")),
                    markdown(u.note),
                    markdown(u.source),
                    markdown(u.by),
                ]
                for u in report.updates
            ],
        )
    else:
        lines.append(markdown(_label("no updates", lang)))

    heading(_label("concerns", lang))
    if report.concerns:
        table(
            [
                _label(k, lang)
                for k in ("id", "title", "status", "quote", "latest", "target", "even pace", "gap", "progress", "owner")
            ],
            [
                [
                    markdown(e.id),
                    markdown(e.title),
                    markdown(_status(e.status, lang) + _late(e, lang)),
                    markdown(f"「{e.quote}」"),
                    markdown(number(e.latest) + (f" ({e.latest_date})" if e.latest_date else "")),
                    markdown(e.target),
                    _figure(e.pace),
                    _gap(e.gap),
                    bar(e.progress),
                    markdown(e.owner or "-"),
                ]
                for e in report.concerns
            ],
        )
    else:
        lines.append(markdown(_label("no concerns", lang)))

    heading(_stale_heading(lang))
    quiet, never = _stale_split(report)
    if quiet:
        table(
            [label("id", lang), label("title", lang), _label("last update", lang), label("status", lang)],
            [[markdown(e.id), markdown(e.title), str(e.latest_date), _status(e.status, lang)] for e in quiet],
        )
        lines.append("")
    if never:
        lines.append(
            f"{markdown(_label('never updated', lang))} ({len(never)}): {', '.join(markdown(e.id) for e in never)}"
        )
    if not report.stale:
        lines.append(markdown(_label("no stale", lang)))

    heading(_label("trajectories", lang))
    for trajectory in report.trajectories:
        entry = trajectory.entry
        lines.extend([f"### {markdown(entry.id)} {markdown(entry.title)} ({markdown(entry.target)})", ""])
        table(
            [label("date", lang), label("value", lang), _label("even pace", lang), ""],
            [
                [
                    str(p.date),
                    number(p.value),
                    _figure(p.pace),
                    _pace_bar(trajectory, p),
                ]
                for p in trajectory.points
            ],
        )
        lines.append("")
    if not report.trajectories:
        lines.append(markdown(_label("no trajectories", lang)))
    return "\n".join(lines).rstrip("\n") + "\n"


# ---------------------------------------------------------------- JSON


def to_json(report: Report) -> str:
    def entry(e: Entry) -> dict[str, Any]:
        return {
            "id": e.id,
            "title": e.title,
            "quote": e.quote,
            "owner": e.owner,
            "kind": e.kind.value,
            "status": e.status.value,
            "progress": _rounded(e.progress),
            "latest_value": e.latest,
            "latest_date": e.latest_date.isoformat() if e.latest_date else None,
            "target": e.target,
            "unit": e.unit,
            "pace": _rounded(e.pace),
            "gap": _rounded(e.gap),
            "days_late": e.days_late,
        }

    data = {
        "month": report.month,
        "as_of": report.as_of.isoformat(),
        "previous_as_of": report.previous_as_of.isoformat(),
        "lang": report.lang,
        "total": report.total,
        "scorecard": [
            {
                "status": i.status.value,
                "count": i.count,
                "share": _rounded(i.share),
                "previous": i.previous,
                "change": i.change,
            }
            for i in report.scorecard
        ],
        "sections": [
            {
                "section": s.section,
                "counts": {status.value: count for status, count in zip(Status, s.counts, strict=True)},
                "total": s.total,
                "mean_progress": _rounded(s.mean_progress),
            }
            for s in report.sections
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
                "value": u.value,
                "final": u.final,
                "note": u.note,
                "source": u.source,
                "by": u.by,
            }
            for u in report.updates
        ],
        "concerns": [entry(e) for e in report.concerns],
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
                "points": [{"date": p.date.isoformat(), "value": p.value, "pace": _rounded(p.pace)} for p in t.points],
            }
            for t in report.trajectories
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


# ---------------------------------------------------------------- HTML

_FONTS = (
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, '
    '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", '
    '"Hiragino Sans GB", sans-serif'
)
_CSS = """
* { box-sizing: border-box; }
body { margin: 0; background: #f6f7f9; color: #1f2937; font-family: FONTS; line-height: 1.5; }
main { max-width: 1080px; margin: 0 auto; padding: 24px 32px 48px; background: #fff; }
h1 { font-size: 1.6rem; margin: 0 0 4px; }
h2 { font-size: 1.25rem; margin: 32px 0 12px; padding-bottom: 4px; border-bottom: 2px solid #e5e7eb; }
h3 { font-size: 1.05rem; margin: 20px 0 8px; }
p.headline { color: #4b5563; margin: 0 0 16px; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid #e5e7eb; vertical-align: top; }
th { background: #f3f4f6; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.date { white-space: nowrap; }
.cards { display: grid; grid-template-columns: repeat(6, 1fr); gap: 8px; margin-bottom: 12px; }
.card { border: 1px solid #e5e7eb; border-left-width: 6px; border-radius: 6px; padding: 8px 10px; }
.card .count { font-size: 1.6rem; font-weight: 700; }
.card .name, .card .share { font-size: 0.85rem; color: #4b5563; }
.card .change { font-size: 0.85rem; }
.status { display: inline-block; padding: 0 6px; border-radius: 4px; color: #fff; font-size: 0.8rem; }
.legend { display: flex; flex-wrap: wrap; gap: 12px; font-size: 0.85rem; margin: 4px 0 8px; }
.legend i { display: inline-block; width: 10px; height: 10px; margin-right: 4px; border-radius: 2px; }
.commitment { border: 1px solid #e5e7eb; border-radius: 6px; padding: 10px 12px; margin: 8px 0; }
.commitment h3 { margin: 0 0 4px; font-size: 1rem; }
.commitment blockquote { margin: 4px 0; padding-left: 10px; border-left: 3px solid #d1d5db; color: #374151; }
.commitment dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 6px 0 0; }
.commitment dt { color: #6b7280; }
.commitment dd { margin: 0; }
.trajectories { display: grid; grid-template-columns: repeat(auto-fill, minmax(320px, 1fr)); gap: 12px; }
figure.trajectory { margin: 0; border: 1px solid #e5e7eb; border-radius: 6px; padding: 8px; }
figure.trajectory figcaption { font-size: 0.9rem; margin-bottom: 4px; }
svg text { font-family: FONTS; font-size: 10px; fill: #4b5563; }
.muted { color: #6b7280; }
.ids { font-size: 0.85rem; color: #4b5563; word-break: break-word; }
@media print { body { background: #fff; } main { padding: 0; } .commitment, figure { break-inside: avoid; } }
""".replace("FONTS", _FONTS)


def to_html(report: Report) -> str:
    lang = report.lang
    t = html_text

    def lbl(key: str) -> str:
        return t(_label(key, lang))

    def status_badge(status: Status) -> str:
        return f'<span class="status" style="background:{STATUS_COLOURS[status]}">{t(_status(status, lang))}</span>'

    out: list[str] = [
        "<!DOCTYPE html>",
        f'<html lang="{"zh-CN" if lang == "zh" else "en"}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{lbl('report_title')} {t(report.month)}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        "<main>",
        f"<h1>{lbl('report_title')}</h1>",
        f'<p class="headline">{t(_headline(report))}</p>',
    ]

    # Scorecard: a card per status and one stacked bar for the whole ledger.
    out.append(f'<section id="scorecard"><h2>{lbl("scorecard")}</h2><div class="cards">')
    for item in report.scorecard:
        out.append(
            f'<div class="card" data-status="{item.status.value}" style="border-left-color:'
            f'{STATUS_COLOURS[item.status]}"><div class="name">{t(_status(item.status, lang))}</div>'
            f'<div class="count">{item.count}</div><div class="share">{_share(item.share)}</div>'
            f'<div class="change">{lbl("since")} {_signed(item.change)}</div></div>'
        )
    out.append("</div>")
    out.append(_stacked_bar([i.count for i in report.scorecard], 1000, 22, _label("scorecard", lang)))
    out.append(_legend(lang))
    out.append("</section>")

    out.append(f'<section id="sections"><h2>{lbl("sections")}</h2><table><thead><tr>')
    out.append(f"<th>{t(label('section', lang))}</th><th></th>")
    out.extend(f'<th class="num">{t(_status(s, lang))}</th>' for s in Status)
    out.append(f'<th class="num">{t(label("total", lang))}</th><th>{t(label("mean progress", lang))}</th></tr></thead>')
    out.append("<tbody>")
    for section in report.sections:
        out.append(
            f"<tr><td>{t(section.section)}</td><td>{_stacked_bar(list(section.counts), 220, 14, section.section)}</td>"
            + "".join(f'<td class="num">{count}</td>' for count in section.counts)
            + f'<td class="num">{section.total}</td><td>{_progress_bar(section.mean_progress)}</td></tr>'
        )
    out.append("</tbody></table></section>")

    out.append(f'<section id="changes"><h2>{lbl("changes")}</h2>')
    out.append(f"<h3>{lbl('transitions')} ({report.previous_as_of} → {report.as_of})</h3>")
    if report.transitions:
        out.append(
            f"<table><thead><tr><th>{t(label('id', lang))}</th><th>{t(label('title', lang))}</th>"
            f"<th>{lbl('before')}</th><th>{lbl('after')}</th></tr></thead><tbody>"
        )
        for transition in report.transitions:
            out.append(
                f'<tr class="transition"><td>{t(transition.entry.id)}</td><td>{t(transition.entry.title)}</td>'
                f"<td>{status_badge(transition.before)}</td><td>{status_badge(transition.after)}</td></tr>"
            )
        out.append("</tbody></table>")
    else:
        out.append(f'<p class="muted">{lbl("no transitions")}</p>')
    out.append(f"<h3>{lbl('month updates')}</h3>")
    if report.updates:
        out.append("<table><thead><tr>")
        out.extend(f"<th>{t(label(k, lang))}</th>" for k in ("date", "id", "title", "value", "note", "source", "by"))
        out.append("</tr></thead><tbody>")
        for update in report.updates:
            value = number(update.value) + (" (final)" if update.final else "")
            cells = (str(update.date), update.commitment, update.title, value, update.note, update.source, update.by)
            out.append(
                f'<tr class="update"><td class="date">{update.date}</td>'
                + "".join(f"<td>{t(cell)}</td>" for cell in cells[1:])
                + "</tr>"
            )
        out.append("</tbody></table>")
    else:
        out.append(f'<p class="muted">{lbl("no updates")}</p>')
    out.append("</section>")

    out.append(f'<section id="concerns"><h2>{lbl("concerns")}</h2>')
    for entry in report.concerns:
        latest = number(entry.latest) + (f" ({entry.latest_date})" if entry.latest_date else "")
        facts = [
            (label("latest", lang), t(latest)),
            (label("target", lang), t(entry.target)),
            (_label("even pace", lang), t(_figure(entry.pace))),
            (_label("gap", lang), t(_gap(entry.gap))),
            (label("progress", lang), _progress_bar(entry.progress)),
            (label("owner", lang), t(entry.owner or "-")),
        ]
        out.append(
            f'<article class="commitment" data-id="{t(entry.id)}"><h3>{t(entry.id)} {t(entry.title)} '
            f"{status_badge(entry.status)}{t(_late(entry, lang))}</h3>"
            f"<blockquote>「{t(entry.quote)}」</blockquote><dl>"
            + "".join(f"<dt>{t(key)}</dt><dd>{value}</dd>" for key, value in facts)
            + "</dl></article>"
        )
    if not report.concerns:
        out.append(f'<p class="muted">{lbl("no concerns")}</p>')
    out.append("</section>")

    out.append(f'<section id="stale"><h2>{t(_stale_heading(lang))}</h2>')
    quiet, never = _stale_split(report)
    if quiet:
        out.append(
            f"<table><thead><tr><th>{t(label('id', lang))}</th><th>{t(label('title', lang))}</th>"
            f"<th>{lbl('last update')}</th><th>{t(label('status', lang))}</th>"
            f"<th>{t(label('progress', lang))}</th></tr></thead><tbody>"
        )
        for entry in quiet:
            out.append(
                f'<tr class="stale" data-id="{t(entry.id)}"><td>{t(entry.id)}</td><td>{t(entry.title)}</td>'
                f"<td>{entry.latest_date}</td><td>{status_badge(entry.status)}</td>"
                f"<td>{_progress_bar(entry.progress)}</td></tr>"
            )
        out.append("</tbody></table>")
    if never:
        ids = ", ".join(t(e.id) for e in never)
        out.append(f'<p class="ids"><strong>{lbl("never updated")} ({len(never)}):</strong> {ids}</p>')
    if not report.stale:
        out.append(f'<p class="muted">{lbl("no stale")}</p>')
    out.append("</section>")

    out.append(f'<section id="trajectories"><h2>{lbl("trajectories")}</h2><div class="trajectories">')
    for trajectory in report.trajectories:
        entry = trajectory.entry
        out.append(
            f'<figure class="trajectory" data-id="{t(entry.id)}"><figcaption><strong>{t(entry.id)}</strong> '
            f"{t(entry.title)} ({t(label('target', lang))} {t(entry.target)}) {status_badge(entry.status)}"
            f"</figcaption>{_line_chart(trajectory, report.as_of, lang)}"
            + (f"<div>{_progress_bar(entry.progress)}</div>" if entry.progress is not None else "")
            + "</figure>"
        )
    out.append("</div>")
    if not report.trajectories:
        out.append(f'<p class="muted">{lbl("no trajectories")}</p>')
    out.append("</section>")
    out.extend(["</main>", "</body>", "</html>"])
    return "\n".join(out) + "\n"


def _svg_number(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _stacked_bar(counts: Sequence[int], bar_width: int, height: int, name: str) -> str:
    """An SVG bar split by status, each part as wide as its share; a <title> per part for hovering."""
    total = sum(counts)
    parts = []
    x = 0.0
    for status, count in zip(Status, counts, strict=True):
        if not count:
            continue
        part = bar_width * count / total
        parts.append(
            f'<rect x="{_svg_number(x)}" y="0" width="{_svg_number(part)}" height="{height}" '
            f'fill="{STATUS_COLOURS[status]}"><title>{status.value}: {count}</title></rect>'
        )
        x += part
    return (
        f'<svg class="stacked" viewBox="0 0 {bar_width} {height}" width="{bar_width}" height="{height}" '
        f'role="img" aria-label="{html_text(name)}" style="max-width:100%">'
        f'<rect width="{bar_width}" height="{height}" fill="#f3f4f6"/>{"".join(parts)}</svg>'
    )


def _progress_bar(progress: float | None) -> str:
    if progress is None:
        return '<span class="muted">-</span>'
    share = max(0.0, min(1.0, progress))
    filled = _svg_number(120 * share)
    return (
        f'<svg class="progress" viewBox="0 0 160 12" width="160" height="12" role="img" '
        f'aria-label="{progress * 100:.0f}%"><rect width="120" height="12" rx="2" fill="#e5e7eb"/>'
        f'<rect width="{filled}" height="12" rx="2" fill="#0e7490"/>'
        f'<text x="126" y="10">{progress * 100:.0f}%</text></svg>'
    )


def _legend(lang: str) -> str:
    items = "".join(
        f'<span><i style="background:{STATUS_COLOURS[s]}"></i>{html_text(_status(s, lang))}</span>' for s in Status
    )
    return f'<div class="legend">{items}</div>'


def _line_chart(trajectory: Trajectory, as_of: dt.date, lang: str) -> str:
    """Figures as a line with dots, the even pace as a dashed line, from the start to the deadline."""
    chart_width, chart_height, left, right, top, bottom = 300, 140, 44, 10, 10, 22
    values = [p.value for p in trajectory.points] + [trajectory.base, trajectory.target]
    # A level with a baseline (a rate from 50% to 52%) would be a flat line on an axis from zero.
    low = min(values) if trajectory.base > 0 else min(0.0, *values)
    high = max(values)
    if high == low:
        high = low + 1.0
    high += (high - low) * 0.05
    span = max(1, (trajectory.deadline - trajectory.start).days)

    def x(day: dt.date) -> str:
        fraction = min(1.0, max(0.0, (day - trajectory.start).days / span))
        return _svg_number(left + fraction * (chart_width - left - right))

    def y(value: float) -> str:
        return _svg_number(top + (high - value) / (high - low) * (chart_height - top - bottom))

    threshold = trajectory.entry.kind.is_threshold
    pace_from = trajectory.target if threshold else trajectory.base
    figures = " ".join(f"{x(p.date)},{y(p.value)}" for p in trajectory.points)
    dots = "".join(
        f'<circle cx="{x(p.date)}" cy="{y(p.value)}" r="3" fill="#0e7490">'
        f"<title>{p.date}: {html_text(number(p.value))}</title></circle>"
        for p in trajectory.points
    )
    bottom_y = chart_height - bottom
    name = html_text(f"{trajectory.entry.id}: {_label('trajectories', lang)}")
    return (
        f'<svg class="chart" viewBox="0 0 {chart_width} {chart_height}" width="{chart_width}" '
        f'height="{chart_height}" role="img" aria-label="{name}">'
        f'<line x1="{left}" y1="{bottom_y}" x2="{chart_width - right}" y2="{bottom_y}" stroke="#9ca3af"/>'
        f'<line x1="{left}" y1="{top}" x2="{left}" y2="{bottom_y}" stroke="#9ca3af"/>'
        f'<text x="{left - 4}" y="{_svg_number(float(y(high)) + 8)}" text-anchor="end">{_figure(high)}</text>'
        f'<text x="{left - 4}" y="{bottom_y}" text-anchor="end">{_figure(low)}</text>'
        f'<text x="{left}" y="{chart_height - 6}">{trajectory.start}</text>'
        f'<text x="{chart_width - right}" y="{chart_height - 6}" text-anchor="end">{trajectory.deadline}</text>'
        f'<line x1="{x(as_of)}" y1="{top}" x2="{x(as_of)}" y2="{bottom_y}" stroke="#d1d5db" stroke-dasharray="2 2"/>'
        f'<line class="pace" x1="{x(trajectory.start)}" y1="{y(pace_from)}" x2="{x(trajectory.deadline)}" '
        f'y2="{y(trajectory.target)}" stroke="#d97706" stroke-width="1.5" stroke-dasharray="5 3">'
        f"<title>{html_text(_label('even pace', lang))}</title></line>"
        f'<polyline class="figures" points="{figures}" fill="none" stroke="#0e7490" stroke-width="2"/>{dots}</svg>'
    )


WRITERS: dict[str, Callable[[Report], str]] = {
    "text": to_text,
    "markdown": to_markdown,
    "html": to_html,
    "json": to_json,
}


def write(report: Report, output_format: str) -> str:
    """The report in OUTPUT_FORMAT (one of FORMATS)."""
    return WRITERS[output_format](report)
