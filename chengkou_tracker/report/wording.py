"""Wording shared by the report's writers: labels in both languages, figures, and small helpers."""

from __future__ import annotations

from chengkou_tracker.figures import bar, number
from chengkou_tracker.labels import label
from chengkou_tracker.model import Status
from chengkou_tracker.report.model import Entry, Point, Report, Trajectory
from chengkou_tracker.status import STALE_DAYS
from chengkou_tracker.text import width

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
    "departments": "各责任单位情况（按滞后程度排序）",
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


def gap(value: float | None) -> str:
    if value is None:
        return "-"
    text = figure(value)
    return text if text.startswith("-") or text == "0" else "+" + text


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


def pace_bar(trajectory: Trajectory, point: Point) -> str:
    """How much of the way an even pace had come by then the figure had come: full at the pace, may exceed 100%."""
    expected = point.pace - trajectory.base
    if trajectory.entry.kind.is_threshold or expected <= 0:
        return ""
    ratio = (point.value - trajectory.base) / expected
    return bar(min(1.0, max(0.0, ratio))).split(" ")[0] + f" {ratio * 100:.0f}%"
