"""Wording shared by the report's writers: labels in both languages, figures, and small helpers."""

from __future__ import annotations

from chengkou_tracker.escape import width
from chengkou_tracker.i18n.labels import label
from chengkou_tracker.model import Status
from chengkou_tracker.numbers import bar, gap_text, in_unit, number
from chengkou_tracker.numbers import signed as signed_figure
from chengkou_tracker.report.model import Entry, Report, Trajectory
from chengkou_tracker.status import STALE_DAYS

# Report wording in Chinese; anything not here falls back to the shared labels (labels.py).
_ZH = {
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
    "last update": "最近更新",
    "trajectories": "数据走势",
    "no trajectories": "尚无数据走势",
    "figure": "数值",
    "final mark": "（终值）",
    "never updated by section": "从未更新的事项（按部分）",
    "before": "上月末",
    "after": "本月末",
    "previous month end": "上月末",
    "month end": "本月末",
    "departments": "各责任单位情况（按滞后程度排序）",
}
_EN = {
    "scorecard": "Scorecard",
    "sections": "Sections",
    "trajectories": "Trajectories",
    "since heading": "change since",
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
    "figure": "figure",
    "final mark": " (final)",
    "never updated by section": "Never updated, by section",
    "since": "vs. last month",
    "before": "previous month end",
    "after": "month end",
    "departments": "Departments, worst first",
}


def word(key: str, lang: str) -> str:
    words = _ZH if lang == "zh" else _EN
    return words.get(key) or label(key, lang)


def signed(value: int) -> str:
    return f"+{value}" if value > 0 else ("±0" if value == 0 else str(value))


def figure(value: float | None) -> str:
    """A computed figure (pace, gap) to two decimals, as plain as the ledger's own numbers."""
    return "-" if value is None else number(round(value, 2))


def share(value: float) -> str:
    return f"{value * 100:.1f}%"


def status_name(status: Status, lang: str) -> str:
    return label(status.value, lang)


def late(entry: Entry, lang: str) -> str:
    return f" ({entry.days_late} {label('days late', lang)})" if entry.days_late else ""


def stale_heading(lang: str) -> str:
    return word("stale_heading", lang).format(days=STALE_DAYS)


def headline(report: Report) -> str:
    lang = report.lang
    commitments = label("commitments", lang)
    if lang == "zh":
        whose = f"{label('owner', lang)} {report.owner}：" if report.owner is not None else ""
        return f"{report.month}：{whose}{report.total}{commitments}，{label('as of', lang)} {report.as_of}"
    whose = f" of {report.owner}" if report.owner is not None else ""
    return f"{report.month}: {report.total} {commitments}{whose} as of {report.as_of}"


def department_name(owner: str, lang: str) -> str:
    return owner or label("(no owner)", lang)


def stale_split(report: Report) -> tuple[list[Entry], list[Entry]]:
    """Stale commitments that went quiet (listed one by one) and those never updated (listed by id)."""
    quiet = [e for e in report.stale if e.latest_date is not None]
    never = [e for e in report.stale if e.latest_date is None]
    return quiet, never


def pad(text: str, cells: int) -> str:
    return text + " " * max(0, cells - width(text))


def rpad(text: str, cells: int) -> str:
    return " " * max(0, cells - width(text)) + text


def title(report: Report) -> str:
    """The report's title, from the work report the ledger follows."""
    work = report.work_report
    name = work.title or f"{work.place}{work.year}年政府工作报告"
    if report.lang == "zh":
        return f"{name}承诺事项月度报告"
    return f"Monthly report on the commitments of {name}"


def entry_gap(entry: Entry, lang: str) -> str:
    """The gap as status.py defines it, in the target's unit, signed, with what the sign means."""
    if entry.gap is None or entry.commitment is None:
        return "-"
    return gap_text(entry.commitment, entry.gap, entry.gap_share, lang)


def in_target_unit(value: float | None, unit: str) -> str:
    """A computed figure in the target's unit (an even pace): 1483.52人次."""
    return "-" if value is None else f"{figure(value)}{unit}"


def with_unit(key: str, unit: str, lang: str, difference: bool = False) -> str:
    """A column header with its unit: gap (percentage points), 数值（人次）."""
    shown = in_unit("", unit, lang).strip() if difference else unit
    if not shown:
        return word(key, lang)
    return f"{word(key, lang)}（{shown}）" if lang == "zh" else f"{word(key, lang)} ({shown})"


def final_mark(final: bool, lang: str) -> str:
    return word("final mark", lang) if final else ""


def wrap_items(items: list[str], cells: int, indent: str, separator: str) -> list[str]:
    """ITEMS joined by SEPARATOR in lines of at most CELLS cells (Chinese counts two), broken between items."""
    lines: list[str] = []
    line = ""
    for item in items:
        candidate = f"{line}{separator}{item}" if line else indent + item
        if line and width(candidate) + width(separator.rstrip()) > cells:
            lines.append(line + separator.rstrip())
            candidate = indent + item
        line = candidate
    if line:
        lines.append(line)
    return lines


def trajectory_table(trajectory: Trajectory, lang: str) -> tuple[list[str], list[list[str]]]:
    """A trajectory as a header with units and rows: date, figure, even pace, gap and progress for a progress
    kind; date, figure and gap (from the target) for a threshold."""
    unit = trajectory.entry.unit
    progress_kind = trajectory.entry.kind.is_progress
    header = [label("date", lang), with_unit("figure", unit, lang)]
    if progress_kind:
        header.append(with_unit("even pace", unit, lang))
    header.append(with_unit("gap", unit, lang, difference=True))
    if progress_kind:
        header.append(label("progress", lang))
    rows = []
    for point in trajectory.points:
        row = [str(point.date), number(point.value)]
        if progress_kind:
            row.append(figure(point.pace))
        row.append("-" if point.gap is None else signed_figure(point.gap))
        if progress_kind:
            row.append(bar(point.progress))
        rows.append(row)
    return header, rows


def count(number_of: int, lang: str) -> str:
    """A count after a heading: ` (214)`, or `（214）` in Chinese."""
    return f"（{number_of}）" if lang == "zh" else f" ({number_of})"
