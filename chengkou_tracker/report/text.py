"""The report as plain text: for a terminal, a mail or a file, with no escape codes."""

from __future__ import annotations

import textwrap

from chengkou_tracker.figures import bar, number
from chengkou_tracker.labels import label
from chengkou_tracker.model import Status
from chengkou_tracker.report import wording as w
from chengkou_tracker.report.model import Report
from chengkou_tracker.text import inert, width


def to_text(report: Report) -> str:
    lang = report.lang
    lines = [inert(w.word("report_title", lang)), w.headline(report)]

    def heading(text: str) -> None:
        lines.extend(["", text, "=" * width(text)])

    names = [w.status_name(s, lang) for s in Status]
    name_cells = max(width(name) for name in names)
    heading(f"{w.word('scorecard', lang)} ({w.word('since heading', lang)} {report.previous_as_of})")
    for item in report.scorecard:
        lines.append(
            f"{w.pad(w.status_name(item.status, lang), name_cells)}  {item.count:>4}  {w.share(item.share):>6}  "
            f"{bar(item.share, 10).split(' ')[0]}  {w.signed(item.change)}"
        )

    heading(w.word("sections", lang))
    section_cells = max((width(s.section) for s in report.sections), default=0)
    for section in report.sections:
        counts = ", ".join(
            f"{w.status_name(status, lang)} {count}"
            for status, count in zip(Status, section.counts, strict=True)
            if count
        )
        mean = bar(section.mean_progress)
        lines.append(
            f"{w.pad(inert(section.section), section_cells)}  {section.total:>3}  "
            f"{label('mean progress', lang)} {mean}  ({counts})"
        )

    if report.departments:
        heading(w.word("departments", lang))
        names = [inert(w.department_name(d.owner, lang)) for d in report.departments]
        owner_cells = max(width(name) for name in names)
        for name, department in zip(names, report.departments, strict=True):
            lines.append(
                f"{w.pad(name, owner_cells)}  {department.total:>3}  "
                f"{label('overdue', lang)} {department.overdue:>3}  {label('at_risk', lang)} {department.at_risk:>3}  "
                f"{label('stale', lang)} {department.stale:>3}  {label('mean progress', lang)} "
                f"{bar(department.mean_progress)}"
            )

    heading(w.word("changes", lang))
    lines.append(f"{w.word('transitions', lang)} ({report.previous_as_of} -> {report.as_of}):")
    for transition in report.transitions:
        entry = transition.entry
        change = f"{w.status_name(transition.before, lang)} -> {w.status_name(transition.after, lang)}"
        lines.append(inert(f"  {entry.id} {entry.title}: {change}"))
    if not report.transitions:
        lines.append(f"  {w.word('no transitions', lang)}")
    lines.append(f"{w.word('month updates', lang)}:")
    for update in report.updates:
        final = " (final)" if update.final else ""
        extra = "".join(
            f"; {label(key, lang)}: {value}"
            for key, value in (("note", update.note), ("source", update.source), ("by", update.by))
            if value
        )
        lines.append(inert(f"  {update.date} {update.commitment} {update.title}: {number(update.value)}{final}{extra}"))
    if not report.updates:
        lines.append(f"  {w.word('no updates', lang)}")

    heading(w.word("concerns", lang))
    for entry in report.concerns:
        lines.append(inert(f"{entry.id} {entry.title} [{w.status_name(entry.status, lang)}{w.late(entry, lang)}]"))
        lines.append(inert(f"  {label('quote', lang)}: 「{entry.quote}」"))
        latest = number(entry.latest) + (f" ({entry.latest_date})" if entry.latest_date else "")
        lines.append(
            inert(
                f"  {label('latest', lang)} {latest}; {label('target', lang)} {entry.target}; "
                f"{w.word('even pace', lang)} {w.figure(entry.pace)}; {w.word('gap', lang)} {w.gap(entry.gap)}"
            )
        )
        lines.append(f"  {label('progress', lang)} {bar(entry.progress)}")
        lines.append(inert(f"  {label('owner', lang)}: {entry.owner or '-'}"))
    if not report.concerns:
        lines.append(w.word("no concerns", lang))

    heading(w.stale_heading(lang))
    quiet, never = w.stale_split(report)
    for entry in quiet:
        when = f"{w.word('last update', lang)} {entry.latest_date}"
        lines.append(inert(f"{entry.id} {entry.title}: {when}; {w.status_name(entry.status, lang)}"))
    if never:
        ids = f"{w.word('never updated', lang)} ({len(never)}): {', '.join(inert(e.id) for e in never)}"
        lines.extend(textwrap.wrap(ids, 100, subsequent_indent="  ", break_on_hyphens=False))
    if not report.stale:
        lines.append(w.word("no stale", lang))

    heading(w.word("trajectories", lang))
    for trajectory in report.trajectories:
        entry = trajectory.entry
        lines.append(inert(f"{entry.id} {entry.title} ({label('target', lang)} {entry.target})"))
        for point in trajectory.points:
            lines.append(
                f"  {point.date}  {w.rpad(number(point.value), 8)}  {w.word('even pace', lang)} "
                f"{w.rpad(w.figure(point.pace), 8)}  {w.pace_bar(trajectory, point)}".rstrip()
            )
    if not report.trajectories:
        lines.append(w.word("no trajectories", lang))
    return "\n".join(lines) + "\n"
