"""The report as plain text: for a terminal, a mail or a file, with no escape codes."""

from __future__ import annotations

from collections.abc import Sequence

from chengkou_tracker.escape import inert, width
from chengkou_tracker.i18n.labels import label
from chengkou_tracker.numbers import bar, section_title, value_text
from chengkou_tracker.report import wording as w
from chengkou_tracker.report.model import Report, Trajectory


def to_text(report: Report) -> str:
    lang = report.lang
    lines = [inert(w.title(report)), w.headline(report)]

    def heading(text: str) -> None:
        lines.extend(["", text, "=" * width(text)])

    separator = "；" if lang == "zh" else "; "
    if report.brief is not None:
        heading(w.word("brief", lang))
        for part, items in w.brief_parts(report):
            if part:
                lines.append(inert(part) + ("：" if lang == "zh" else ":"))
            lines.extend(inert(f"  {item}") for item in items)

    if report.year_end:
        heading(w.word("year end", lang))
        header, rows = w.year_end_rows(report)
        lines.extend(_aligned(header, rows, right=range(1, len(header)), indent=""))
        for part, items in w.carry_parts(report):
            lines.append(inert(part) + ("：" if lang == "zh" else ":"))
            lines.extend(inert(f"  {item}") for item in items or [w.word("none", lang)])

    names = [w.status_name(s, lang) for s in w.READ_AS]
    name_cells = max(width(name) for name in names)
    heading(f"{w.word('scorecard', lang)} ({w.word('since heading', lang)} {report.previous_as_of})")
    for item in report.scorecard:
        lines.append(
            f"{w.pad(w.status_name(item.status, lang), name_cells)}  {item.count:>4}  {w.share(item.share):>6}  "
            f"{bar(item.share, 10).split(' ')[0]}  {w.signed(item.change)}"
        )

    heading(w.word("sections", lang))
    for section in report.sections:
        counts = ", ".join(
            f"{w.status_name(status, lang)} {count}"
            for status, count in zip(w.READ_AS, (*section.counts, section.no_figure), strict=True)
            if count
        )
        lines.append(inert(section_title(section.section, section.heading)))
        lines.append(f"  {section.total:>3}  {label('mean progress', lang)} {bar(section.mean_progress)}  ({counts})")

    if report.departments:
        heading(w.word("departments", lang))
        names = [inert(w.department_name(d.owner, lang)) for d in report.departments]
        owner_cells = max(width(name) for name in names)
        for name, department in zip(names, report.departments, strict=True):
            lines.append(
                f"{w.pad(name, owner_cells)}  {department.total:>3}  "
                f"{label('overdue', lang)} {department.overdue:>3}  {label('at_risk', lang)} {department.at_risk:>3}  "
                f"{w.word('no figure', lang)} {department.no_figure:>3}  "
                f"{label('stale', lang)} {department.stale:>3}  {label('mean progress', lang)} "
                f"{bar(department.mean_progress)}"
            )

    heading(w.word("changes", lang, report))
    lines.append(f"{w.word('transitions', lang)} ({report.previous_as_of} -> {report.as_of}):")
    for transition in report.transitions:
        entry = transition.entry
        change = f"{w.status_name(transition.before, lang)} -> {w.status_name(transition.after, lang)}"
        lines.append(inert(f"  {entry.id} {entry.title}: {change}"))
    if not report.transitions:
        lines.append(f"  {w.word('no transitions', lang, report)}")
    if report.by_calendar:
        lines.append(w.word("by calendar", lang).format(count=len(report.by_calendar)) + ":")
        lines.extend(w.wrap_items([t.entry.id for t in report.by_calendar], 80, "  ", ", "))
    lines.append(f"{w.word('news', lang, report)}:")
    for update in report.updates:
        final = w.final_mark(update.final, lang)
        extra = "".join(
            f"; {label(key, lang)}: {value}"
            for key, value in (("note", update.note), ("source", update.source), ("by", update.by))
            if value
        )
        if update.entered is not None and update.entered != update.date:
            extra += f"; {w.word('entered', lang)} {update.entered}"
        lines.append(
            inert(f"  {update.date} {update.commitment} {update.title}: {value_text(update.value, lang)}{final}{extra}")
        )
    if not report.updates:
        lines.append(f"  {w.word('no updates', lang, report)}")

    heading(w.word("concerns", lang))
    for entry in report.concerns:
        lines.append(inert(f"{entry.id} {entry.title} [{w.status_name(entry.status, lang)}{w.late(entry, lang)}]"))
        lines.append(inert(f"  {label('quote', lang)}: 「{entry.quote}」"))
        latest = value_text(entry.latest, lang) + (f" ({entry.latest_date})" if entry.latest_date else "")
        pace = (
            f"; {label('even pace', lang)} {w.in_target_unit(entry.pace, entry.unit)}" if entry.pace is not None else ""
        )
        lines.append(inert(f"  {label('latest', lang)} {latest}; {label('target', lang)} {entry.target}{pace}"))
        if entry.gap is not None:
            lines.append(inert(f"  {label('gap', lang)} {w.entry_gap(entry, lang)}"))
        lines.append(f"  {label('progress', lang)} {bar(entry.progress)}")
        lines.append(inert(f"  {label('owner', lang)}: {entry.owner or '-'}"))
    if report.no_figure:
        total = sum(len(owned.entries) for owned in report.no_figure)
        lines.append(f"{w.word('no figure by owner', lang)}{w.count(total, lang)}{'：' if lang == 'zh' else ':'}")
        for owned in report.no_figure:
            lines.append(inert(f"{w.department_name(owned.owner, lang)}{w.count(len(owned.entries), lang)}"))
            lines.extend(w.wrap_items([inert(f"{e.id} {e.title}") for e in owned.entries], 80, "  ", separator))
    if not report.concerns and not report.no_figure:
        lines.append(w.word("no concerns", lang))

    if report.five_year:
        heading(w.word("five-year", lang))
        years = w.five_year_years(report)
        goal_header = [label("id", lang), label("title", lang), label("target", lang), w.word("period", lang)]
        goal_rows = [
            (
                g.entry.id,
                g.entry.title,
                g.entry.target,
                f"{g.start.year}-{g.deadline.year}",
                *(value_text(dict(g.yearly).get(year), lang) for year in years),
            )
            for g in report.five_year
        ]
        lines.extend(_aligned((*goal_header, *map(str, years)), goal_rows, right=range(4, 4 + len(years)), indent=""))

    heading(w.stale_heading(lang))
    quiet, never = w.stale_split(report)
    for entry in quiet:
        when = f"{w.word('last update', lang)} {entry.latest_date}"
        lines.append(inert(f"{entry.id} {entry.title}: {when}; {w.status_name(entry.status, lang)}"))
    if never:
        lines.append(
            f"{w.word('never updated by section', lang)}{w.count(len(never), lang)}{'：' if lang == 'zh' else ':'}"
        )
    for group in report.never_updated:
        lines.append(inert(f"{section_title(group.section, group.heading)}{w.count(len(group.entries), lang)}"))
        items = [inert(f"{e.id} {e.title}") for e in group.entries]
        lines.extend(w.wrap_items(items, 80, "  ", separator))
    if not report.stale:
        lines.append(w.word("no stale", lang))

    heading(w.word("trajectories", lang))
    for trajectory in report.trajectories:
        entry = trajectory.entry
        lines.append(inert(f"{entry.id} {entry.title} ({label('target', lang)} {entry.target})"))
        lines.extend(_trajectory_rows(trajectory, lang))
    if not report.trajectories:
        lines.append(w.word("no trajectories", lang))

    for table in report.tables:
        heading(inert(table.title))
        lines.extend(_aligned(table.columns, table.rows, right=range(0), indent=""))
    return "\n".join(lines) + "\n"


def _trajectory_rows(trajectory: Trajectory, lang: str) -> list[str]:
    """A trajectory's figures under a header with units: date, figure, (even pace,) gap, (progress)."""
    header, rows = w.trajectory_table(trajectory, lang)
    return _aligned(header, rows, right=range(1, len(header) - trajectory.entry.kind.is_progress), indent="  ")


def _aligned(header: Sequence[str], rows: Sequence[Sequence[str]], right: range, indent: str) -> list[str]:
    cells = [max(width(row[i]) for row in [header, *rows]) for i in range(len(header))]

    def line(row: Sequence[str]) -> str:
        parts = [w.rpad(text, cells[i]) if i in right else w.pad(text, cells[i]) for i, text in enumerate(row)]
        return inert(indent + "  ".join(parts)).rstrip()

    return [line(header), *(line(row) for row in rows)]
