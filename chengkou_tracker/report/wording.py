"""Wording shared by the report's writers: labels in both languages, figures, and small helpers."""

from __future__ import annotations

from chengkou_tracker.escape import width
from chengkou_tracker.i18n.labels import label
from chengkou_tracker.model import Status
from chengkou_tracker.numbers import bar, gap_text, in_unit, number, value_text
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
    "brief": "要点",
    "main targets": "主要目标",
    "achieved this month": "本月完成",
    "fell behind": "本月因新报数值转为滞后",
    "by calendar": "{count} 项状态变化仅因时间推移（无新数值）",
    "no figure count": "未报送 {no_figure} 项，有数值但滞后 {behind} 项",
    "most behind": "滞后最多的单位",
    "department line": "{owner}：{counts}",
    "dept behind": "滞后 {count}",
    "dept no figure": "未报送 {count}",
    "dept overdue": "逾期 {count}",
    "problems": "待协调解决的问题",
    "no figure by owner": "未报送数值的事项（按责任单位）",
    "five-year": "五年目标",
    "five-year path": "{start} 至 {deadline}",
    "news": "本月数值（本月日期或本月录入）",
    "figure transitions": "因新报数值的状态变化",
    "entered": "录入",
    "concern cards": "有数值的滞后事项和逾期事项",
    "none": "无",
    "latest short": "最新",
    "gap short": "差距",
    "no figure": "未报送",
    "counts heading": "未报送与滞后",
    "more": "等，另有 {count} 项见本月变化",
    "behind on a figure": "有数值但滞后",
    "period": "期限",
    "year end": "年度完成情况",
    "completion rate": "完成率",
    "missed list": "未完成的目标",
    "carries on": "转入下一年度",
    "unfinished": "未完成的项目",
    "final": "终值",
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
    "brief": "The brief",
    "main targets": "Main targets",
    "achieved this month": "Achieved this month",
    "fell behind": "Fell behind on a figure entered this month",
    "by calendar": "{count} status changes caused only by the calendar (no new figure)",
    "no figure count": "{no_figure} with no figure yet; {behind} behind on a reported figure",
    "most behind": "Departments furthest behind",
    "department line": "{owner}: {counts}",
    "dept behind": "{count} behind",
    "dept no figure": "{count} no figure",
    "dept overdue": "{count} overdue",
    "problems": "Open problems needing a decision",
    "no figure by owner": "No figure yet, by department",
    "five-year": "Five-year goals",
    "five-year path": "{start} to {deadline}",
    "news": "This month's figures (dated or entered in the month)",
    "figure transitions": "Status changes on a new figure",
    "entered": "entered",
    "concern cards": "Behind on a figure, and overdue",
    "none": "none",
    "latest short": "latest",
    "gap short": "gap",
    "no figure": "no figure",
    "counts heading": "No figure, and behind",
    "more": "and {count} more under What changed",
    "behind on a figure": "behind on a figure",
    "period": "period",
    "year end": "The year's outcome",
    "completion rate": "completion rate",
    "missed list": "Missed",
    "carries on": "Carries on into the next year",
    "unfinished": "Unfinished projects",
    "final": "final",
}


# The words that name the report's period, for report --year, whose period is the whole year.
_ZH_YEAR = {
    "changes": "本年变化",
    "month updates": "本年更新",
    "no transitions": "本年没有状态变化",
    "no updates": "本年没有更新",
    "achieved this month": "本年完成",
    "fell behind": "本年因新报数值转为滞后",
    "news": "本年数值（本年日期或本年录入）",
    "more": "等，另有 {count} 项见本年变化",
}
_EN_YEAR = {
    "changes": "What changed this year",
    "month updates": "Updates dated this year",
    "no transitions": "no status changed this year",
    "no updates": "no updates dated this year",
    "achieved this month": "Achieved this year",
    "fell behind": "Fell behind on a figure entered this year",
    "news": "This year's figures (dated or entered in the year)",
}


def word(key: str, lang: str, report: Report | None = None) -> str:
    """KEY's words in LANG; with REPORT, those of its period (the month's, or the year's for report --year)."""
    if report is not None and report.year_end:
        yearly = (_ZH_YEAR if lang == "zh" else _EN_YEAR).get(key)
        if yearly:
            return yearly
    words = _ZH if lang == "zh" else _EN
    return words.get(key) or label(key, lang)


def signed(value: int) -> str:
    return f"+{value}" if value > 0 else ("±0" if value == 0 else str(value))


def figure(value: float | None) -> str:
    """A computed figure (pace, gap) to two decimals, as plain as the ledger's own numbers."""
    return "-" if value is None else number(round(value, 2))


def share(value: float) -> str:
    return f"{value * 100:.1f}%"


def status_name(status: Status | None, lang: str) -> str:
    """A status's name; None is 未报送 (no figure), the at-risk and overdue commitments counted apart."""
    return word("no figure", lang) if status is None else label(status.value, lang)


READ_AS = (*Status, None)  # the columns of a count as people read it: every status, then 未报送 (no figure)


def status_key(status: Status | None) -> str:
    return "no_figure" if status is None else status.value


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
        return f"{name}承诺事项{'年度总结' if report.year_end else '月度报告'}"
    return f"{'Year-end' if report.year_end else 'Monthly'} report on the commitments of {name}"


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


def main_target_line(entry: Entry, lang: str) -> str:
    """A main target in one line: its latest figure with its date, the target, and the gap."""
    if entry.latest is None:
        latest = word("no figure", lang)
    else:
        when = "" if entry.latest_date is None else f"（{entry.latest_date}）"
        if lang != "zh" and entry.latest_date is not None:
            when = f" ({entry.latest_date})"
        unit = entry.unit if isinstance(entry.latest, (int, float)) else ""
        latest = f"{word('latest short', lang)} {value_text(entry.latest, lang)}{unit}{when}"
    parts = [latest, f"{label('target', lang)} {entry.target}"]
    if entry.gap is not None and entry.commitment is not None:  # the short gap: its amount in the target's unit
        parts.append(f"{word('gap short', lang)} {in_unit(signed_figure(entry.gap), entry.commitment.unit, lang)}")
    return ("，" if lang == "zh" else "; ").join(parts)


NAMED_IN_BRIEF = 8  # commitments the brief names in a list; the rest are counted
INLINE_PARTS = ("achieved this month", "fell behind")  # lists of names the HTML brief runs on in one paragraph


def brief_parts(report: Report) -> list[tuple[str, list[str]]]:
    """The brief as (heading, lines), the same for every writer."""
    brief = report.brief
    if brief is None:
        return []
    lang = report.lang
    colon = "：" if lang == "zh" else ": "

    def named(keys: tuple[str, ...]) -> list[str]:
        """Up to NAMED_IN_BRIEF by name, then how many more (the changes part lists them all)."""
        shown = [f"{key} {e.title}" if (e := report.entry(key)) else key for key in keys[:NAMED_IN_BRIEF]]
        more = len(keys) - NAMED_IN_BRIEF
        return shown + ([word("more", lang, report).format(count=more)] if more > 0 else [])

    main = report.main_targets
    parts = [
        (word("main targets", lang), [f"{e.id} {e.title}{colon}{main_target_line(e, lang)}" for e in main]),
        (word("achieved this month", lang, report), named(brief.achieved)),
        (word("fell behind", lang, report), named(brief.fell_behind)),
    ]
    counts = [word("no figure count", lang).format(no_figure=brief.no_figure, behind=brief.behind)]
    if brief.by_calendar:
        counts.append(word("by calendar", lang).format(count=len(brief.by_calendar)))
    parts.append((word("counts heading", lang), counts))
    if brief.departments:  # once owners are set
        lines = [department_line(d.owner, d.behind, d.no_figure, d.overdue, lang) for d in brief.departments]
        parts.append((word("most behind", lang), lines))
    if report.problems:
        parts.append(
            (word("problems", lang), [f"{p.owner or '-'}{colon}{p.commitment} {p.text}" for p in report.problems])
        )
    return [(heading, lines or [word("none", lang)]) for heading, lines in parts]


def five_year_years(report: Report) -> list[int]:
    """The years the five-year goals' figures fall in, and the report's own."""
    return sorted({year for goal in report.five_year for year, _ in goal.yearly} | {report.as_of.year})


def department_line(owner: str, behind: int, no_figure: int, overdue: int, lang: str) -> str:
    """A department in the brief: its counts that are not zero (县交通局：滞后 6，未报送 8)."""
    counts = [
        word(key, lang).format(count=count)
        for key, count in (("dept overdue", overdue), ("dept behind", behind), ("dept no figure", no_figure))
        if count
    ]
    return word("department line", lang).format(owner=owner, counts=("，" if lang == "zh" else ", ").join(counts))


def year_end_rows(report: Report) -> tuple[list[str], list[list[str]]]:
    """The year-end counts by section, then by department: achieved, missed, overdue, total, completion rate."""
    from chengkou_tracker.report.model import completion_rate

    achieved, missed, overdue = (list(Status).index(s) for s in (Status.ACHIEVED, Status.MISSED, Status.OVERDUE))
    lang = report.lang
    header = [
        label("section", lang),
        status_name(Status.ACHIEVED, lang),
        status_name(Status.MISSED, lang),
        status_name(Status.OVERDUE, lang),
        word("no figure", lang),
        label("total", lang),
        word("completion rate", lang),
    ]
    rows = []
    for name, summary in [(s.section, s) for s in report.sections] + [
        (department_name(d.owner, lang), d) for d in report.departments
    ]:
        rate = completion_rate(summary.counts, summary.no_figure)
        rows.append(
            [
                name,
                str(summary.counts[achieved]),
                str(summary.counts[missed]),
                str(summary.counts[overdue]),
                str(summary.no_figure),
                str(summary.total),
                "-" if rate is None else share(rate),
            ]
        )
    return header, rows


def carry_parts(report: Report) -> list[tuple[str, list[str]]]:
    """The year-end lists: what was missed (its final figure against its target), and the unfinished projects
    that carry on; the five-year goals that carry on have a part of their own."""
    lang = report.lang
    colon = "：" if lang == "zh" else ": "
    return [
        (word("missed list", lang), [f"{e.id} {e.title}{colon}{main_target_line(e, lang)}" for e in report.missed]),
        (
            word("unfinished", lang),
            [
                f"{e.id} {e.title}（{status_name(e.status, lang)}）"
                if lang == "zh"
                else f"{e.id} {e.title} ({status_name(e.status, lang)})"
                for e in report.unfinished
            ],
        ),
    ]
