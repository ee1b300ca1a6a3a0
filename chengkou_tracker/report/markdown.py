"""The report as Markdown: tables for a wiki or a mail, every ledger text escaped."""

from __future__ import annotations

from collections.abc import Sequence

from chengkou_tracker.escape import markdown
from chengkou_tracker.i18n.labels import label
from chengkou_tracker.numbers import bar, section_title, value_text
from chengkou_tracker.report import wording as w
from chengkou_tracker.report.model import Report


def to_markdown(report: Report) -> str:
    lang = report.lang
    lines = [f"# {markdown(w.title(report))}", "", markdown(w.headline(report))]

    def heading(text: str) -> None:
        lines.extend(["", f"## {markdown(text)}", ""])

    def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        lines.append("| " + " | ".join(header) + " |")
        lines.append("|" + "---|" * len(header))
        lines.extend("| " + " | ".join(row) + " |" for row in rows)

    if report.brief is not None:
        heading(w.word("brief", lang))
        for part, items in w.brief_parts(report):
            if part:
                lines.extend([f"**{markdown(part)}**", ""])
            lines.extend(f"- {markdown(item)}" for item in items)
            lines.append("")

    if report.year_end:
        heading(w.word("year end", lang))
        header, rows = w.year_end_rows(report)
        table([markdown(c) for c in header], [[markdown(c) for c in row] for row in rows])
        for part, items in w.carry_parts(report):
            lines.extend(["", f"**{markdown(part)}**", ""])
            lines.extend(f"- {markdown(item)}" for item in items or [w.word("none", lang)])

    heading(f"{w.word('scorecard', lang)} ({w.word('since heading', lang)} {report.previous_as_of})")
    table(
        [label("status", lang), w.word("count", lang), w.word("share", lang), "", w.word("since", lang)],
        [
            [
                w.status_name(i.status, lang),
                str(i.count),
                w.share(i.share),
                bar(i.share, 10).split(" ")[0],
                w.signed(i.change),
            ]
            for i in report.scorecard
        ],
    )

    heading(w.word("sections", lang))
    table(
        [
            label("section", lang),
            *(w.status_name(s, lang) for s in w.READ_AS),
            label("total", lang),
            label("mean progress", lang),
        ],
        [
            [
                markdown(section_title(s.section, s.heading)),
                *(str(c) for c in (*s.counts, s.no_figure)),
                str(s.total),
                bar(s.mean_progress),
            ]
            for s in report.sections
        ],
    )

    if report.departments:
        heading(w.word("departments", lang))
        table(
            [
                label("owner", lang),
                *(w.status_name(s, lang) for s in w.READ_AS),
                label("total", lang),
                label("mean progress", lang),
                label("stale", lang),
            ],
            [
                [
                    markdown(w.department_name(d.owner, lang)),
                    *(str(c) for c in (*d.counts, d.no_figure)),
                    str(d.total),
                    bar(d.mean_progress),
                    str(d.stale),
                ]
                for d in report.departments
            ],
        )

    heading(w.word("changes", lang, report))
    lines.extend([f"### {markdown(w.word('transitions', lang))}", ""])
    if report.transitions:
        table(
            [label("id", lang), label("title", lang), w.word("before", lang), w.word("after", lang)],
            [
                [
                    markdown(t.entry.id),
                    markdown(t.entry.title),
                    w.status_name(t.before, lang),
                    w.status_name(t.after, lang),
                ]
                for t in report.transitions
            ],
        )
    else:
        lines.append(markdown(w.word("no transitions", lang, report)))
    if report.by_calendar:
        calendar = w.word("by calendar", lang).format(count=len(report.by_calendar))
        lines.extend(["", f"{markdown(calendar)}: " + ", ".join(markdown(t.entry.id) for t in report.by_calendar)])
    lines.extend(["", f"### {markdown(w.word('news', lang, report))}", ""])
    if report.updates:
        table(
            [label(k, lang) for k in ("date", "id", "title", "value", "note", "source", "by")]
            + [w.word("entered", lang)],
            [
                [
                    str(u.date),
                    markdown(u.commitment),
                    markdown(u.title),
                    markdown(value_text(u.value, lang) + w.final_mark(u.final, lang)),
                    markdown(u.note),
                    markdown(u.source),
                    markdown(u.by),
                    str(u.entered or ""),
                ]
                for u in report.updates
            ],
        )
    else:
        lines.append(markdown(w.word("no updates", lang, report)))

    heading(w.word("concerns", lang))
    if report.concerns:
        table(
            [
                w.word(k, lang)
                for k in ("id", "title", "status", "quote", "latest", "target", "even pace", "gap", "progress", "owner")
            ],
            [
                [
                    markdown(e.id),
                    markdown(e.title),
                    markdown(w.status_name(e.status, lang) + w.late(e, lang)),
                    markdown(f"「{e.quote}」"),
                    markdown(value_text(e.latest, lang) + (f" ({e.latest_date})" if e.latest_date else "")),
                    markdown(e.target),
                    markdown(w.in_target_unit(e.pace, e.unit)),
                    markdown(w.entry_gap(e, lang)),
                    bar(e.progress),
                    markdown(e.owner or "-"),
                ]
                for e in report.concerns
            ],
        )
    elif not report.no_figure:
        lines.append(markdown(w.word("no concerns", lang)))
    if report.no_figure:
        total = sum(len(owned.entries) for owned in report.no_figure)
        lines.extend(["", f"### {markdown(w.word('no figure by owner', lang))}{w.count(total, lang)}", ""])
        for owned in report.no_figure:
            listed = "; ".join(f"{markdown(e.id)} {markdown(e.title)}" for e in owned.entries)
            owner = markdown(w.department_name(owned.owner, lang))
            lines.append(f"- **{owner}**{w.count(len(owned.entries), lang)}: {listed}")
    if report.five_year:
        heading(w.word("five-year", lang))
        years = w.five_year_years(report)
        table(
            [label("id", lang), label("title", lang), label("target", lang), w.word("period", lang), *map(str, years)],
            [
                [markdown(g.entry.id), markdown(g.entry.title), markdown(g.entry.target)]
                + [f"{g.start.year}–{g.deadline.year}"]
                + [markdown(value_text(dict(g.yearly).get(year), lang)) for year in years]
                for g in report.five_year
            ],
        )

    heading(w.stale_heading(lang))
    quiet, never = w.stale_split(report)
    if quiet:
        table(
            [label("id", lang), label("title", lang), w.word("last update", lang), label("status", lang)],
            [[markdown(e.id), markdown(e.title), str(e.latest_date), w.status_name(e.status, lang)] for e in quiet],
        )
        lines.append("")
    if never:
        lines.extend([f"### {markdown(w.word('never updated by section', lang))}{w.count(len(never), lang)}", ""])
    for group in report.never_updated:
        lines.append(
            f"- **{markdown(section_title(group.section, group.heading))}**{w.count(len(group.entries), lang)}"
        )
        lines.extend(f"  - {markdown(e.id)} {markdown(e.title)}" for e in group.entries)
    if not report.stale:
        lines.append(markdown(w.word("no stale", lang)))

    heading(w.word("trajectories", lang))
    for trajectory in report.trajectories:
        entry = trajectory.entry
        lines.extend([f"### {markdown(entry.id)} {markdown(entry.title)} ({markdown(entry.target)})", ""])
        header, rows = w.trajectory_table(trajectory, lang)
        table([markdown(cell) for cell in header], rows)
        lines.append("")
    if not report.trajectories:
        lines.append(markdown(w.word("no trajectories", lang)))

    for extra in report.tables:
        heading(extra.title)
        table([markdown(c) for c in extra.columns], [[markdown(c) for c in row] for row in extra.rows])
    return "\n".join(lines).rstrip("\n") + "\n"
