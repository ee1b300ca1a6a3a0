"""The report as one self-contained HTML page: inline CSS and SVG charts, no scripts, nothing fetched."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

from chengkou_tracker.escape import html_text
from chengkou_tracker.i18n.labels import label
from chengkou_tracker.model import Status
from chengkou_tracker.numbers import number, value_text
from chengkou_tracker.report import wording as w
from chengkou_tracker.report.model import DepartmentSummary, Report, SectionSummary, Trajectory, Transition

STATUS_COLOURS = {
    Status.NOT_STARTED: "#9ca3af",
    Status.ON_TRACK: "#0e7490",
    Status.AT_RISK: "#d97706",
    Status.ACHIEVED: "#15803d",
    Status.OVERDUE: "#dc2626",
    Status.MISSED: "#7e22ce",
}
NO_FIGURE_COLOUR = "#cbd5e1"


def _colour(status: Status | None) -> str:
    return NO_FIGURE_COLOUR if status is None else STATUS_COLOURS[status]


_FONTS = (
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, '
    '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", '
    '"Hiragino Sans GB", sans-serif'
)
_CSS = """
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; background: #f6f7f9; color: #1f2937; font-family: FONTS; line-height: 1.5; }
main { max-width: 1080px; margin: 0 auto; padding: 24px 32px 48px; background: #fff; overflow-wrap: break-word; }
h1 { font-size: 1.6rem; margin: 0 0 4px; }
h2 { font-size: 1.25rem; margin: 32px 0 12px; padding-bottom: 4px; border-bottom: 2px solid #e5e7eb; }
h3 { font-size: 1.05rem; margin: 20px 0 8px; }
p.headline { color: #4b5563; margin: 0 0 16px; }
.scroll { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid #e5e7eb; vertical-align: top; }
th { background: #f3f4f6; font-weight: 600; white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.date, td.id, td.value { white-space: nowrap; }
td.wide { min-width: 10em; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(6.5rem, 1fr)); gap: 8px; margin-bottom: 12px; }
.card { border: 1px solid #e5e7eb; border-left-width: 6px; border-radius: 6px; padding: 8px 10px; min-width: 0; }
.card .count { font-size: 1.6rem; font-weight: 700; }
.card .name, .card .share, .card .change { font-size: 0.85rem; color: #4b5563; }
.card .name { white-space: nowrap; }
.card .change { color: #1f2937; }
.status { display: inline-block; padding: 0 6px; border-radius: 4px; color: #fff; font-size: 0.8rem; }
.status, .legend span { white-space: nowrap; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 12px; font-size: 0.85rem; margin: 4px 0 8px; }
.legend i { display: inline-block; width: 10px; height: 10px; margin-right: 4px; border-radius: 2px; }
svg.stacked { display: block; width: 100%; }
td svg.stacked { width: 160px; }
.key { font-weight: 600; white-space: nowrap; }
.heading { display: block; color: #4b5563; font-size: 0.85rem; }
.commitment { border: 1px solid #e5e7eb; border-radius: 6px; padding: 10px 12px; margin: 8px 0; }
.commitment h3 { margin: 0 0 4px; font-size: 1rem; }
.commitment blockquote { margin: 4px 0; padding-left: 10px; border-left: 3px solid #d1d5db; color: #374151; }
.commitment dl { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 2px 12px; margin: 6px 0 0; }
.commitment dt { color: #6b7280; white-space: nowrap; }
.commitment dd { margin: 0; min-width: 0; }
.trajectories { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 320px), 1fr)); gap: 12px; }
figure.trajectory { margin: 0; border: 1px solid #e5e7eb; border-radius: 6px; padding: 8px; min-width: 0; }
figure.trajectory figcaption { font-size: 0.9rem; margin-bottom: 4px; }
svg.chart { display: block; width: 100%; height: auto; }
.chart-legend { display: flex; flex-wrap: wrap; gap: 2px 12px; font-size: 0.8rem; color: #4b5563; }
.chart-legend span { white-space: nowrap; }
.chart-legend i { display: inline-block; width: 16px; height: 0; margin: 0 4px 3px 0; vertical-align: middle; }
svg text { font-family: FONTS; font-size: 10px; fill: #4b5563; }
.muted { color: #6b7280; }
ul.never { margin: 4px 0 12px; padding-left: 1.2em; columns: 2 18rem; column-gap: 24px; font-size: 0.9rem; }
ul.never li { break-inside: avoid; }
#brief { border: 1px solid #e5e7eb; border-radius: 8px; padding: 4px 14px 10px; background: #fbfbfc; }
#brief h2 { margin-top: 8px; }
#brief h3 { margin: 10px 0 4px; font-size: 0.95rem; }
#brief ul, #brief p { font-size: 0.92rem; line-height: 1.45; }
#brief ul { margin: 0; padding-left: 1.2em; }
#brief li { margin: 2px 0; }
#brief p { margin: 6px 0; }
details { margin: 6px 0; }
summary { cursor: pointer; font-weight: 600; }
details > summary .muted { font-weight: 400; }
.commitment p { margin: 2px 0; }
.commitment .note { color: #374151; }
ul.compact { margin: 4px 0; padding-left: 1.2em; font-size: 0.9rem; }
@media (max-width: 600px) {
  main { padding: 12px 12px 32px; }
  table.stack thead { display: none; }
  table.stack tr { display: flex; flex-wrap: wrap; gap: 0 10px; padding: 6px 0; border-bottom: 1px solid #e5e7eb; }
  table.stack td { border: 0; padding: 1px 0; }
  table.stack td.wide { flex: 1 0 100%; min-width: 0; }
  table.stack td[data-label]::before { content: attr(data-label) " "; color: #6b7280; }
  table.stack td.num { text-align: left; }
  h1 { font-size: 1.3rem; }
  h2 { font-size: 1.1rem; margin-top: 24px; }
  th, td { padding: 4px 6px; }
}
@media print { body { background: #fff; } main { padding: 0; } .commitment, figure { break-inside: avoid; } }
""".replace("FONTS", _FONTS)


def to_html(report: Report) -> str:
    lang = report.lang
    t = html_text

    def lbl(key: str) -> str:
        return t(w.word(key, lang, report))

    def status_badge(status: Status) -> str:
        return (
            f'<span class="status" style="background:{STATUS_COLOURS[status]}">{t(w.status_name(status, lang))}</span>'
        )

    def table(header: str, rows: list[str]) -> None:
        """A table in a box of its own that scrolls sideways when the screen is narrower than the table."""
        out.append(f'<div class="scroll"><table class="stack"><thead><tr>{header}</tr></thead><tbody>')
        out.extend(rows)
        out.append("</tbody></table></div>")

    def th(*keys: str) -> str:
        return "".join(f"<th>{t(w.word(key, lang))}</th>" for key in keys)

    out: list[str] = [
        "<!DOCTYPE html>",
        f'<html lang="{"zh-CN" if lang == "zh" else "en"}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{t(w.title(report))} {t(report.month)}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        "<main>",
        f"<h1>{t(w.title(report))}</h1>",
        f'<p class="headline">{t(w.headline(report))}</p>',
    ]

    out.extend(_brief(report))
    if report.year_end:
        out.append(f'<section id="year-end"><h2>{lbl("year end")}</h2>')
        header, rows = w.year_end_rows(report)
        table(
            "".join(f'<th class="num">{t(c)}</th>' if i else f"<th>{t(c)}</th>" for i, c in enumerate(header)),
            [
                f'<tr><td class="wide">{t(row[0])}</td>'
                + "".join(
                    f'<td class="num" data-label="{t(name)}">{t(cell)}</td>'
                    for name, cell in zip(header[1:], row[1:], strict=True)
                )
                + "</tr>"
                for row in rows
            ],
        )
        for part, items in w.carry_parts(report):
            out.append(
                f'<details{_open(items)}><summary>{t(part)}{t(w.count(len(items), lang))}</summary><ul class="compact">'
                + "".join(f"<li>{t(item)}</li>" for item in items)
                + "</ul></details>"
            )
        out.append("</section>")

    # Scorecard: a card per status and one stacked bar for the whole ledger.
    out.append(f'<section id="scorecard"><h2>{lbl("scorecard")}</h2><div class="cards">')
    for item in report.scorecard:
        out.append(
            f'<div class="card" data-status="{w.status_key(item.status)}" style="border-left-color:'
            f'{_colour(item.status)}"><div class="name">{t(w.status_name(item.status, lang))}</div>'
            f'<div class="count">{item.count}</div><div class="share">{w.share(item.share)}</div>'
            f'<div class="change">{lbl("since")} {w.signed(item.change)}</div></div>'
        )
    out.append("</div>")
    out.append(_stacked_bar([i.count for i in report.scorecard], 1000, 22, w.word("scorecard", lang), lang))
    out.append(_legend(lang))
    out.append("</section>")

    status_labels = [t(w.status_name(s, lang)) for s in w.READ_AS]

    def read_counts(summary: SectionSummary | DepartmentSummary) -> list[int]:
        return [*summary.counts, summary.no_figure]

    def counts(values: Sequence[int]) -> str:
        return "".join(
            f'<td class="num" data-label="{name}">{count}</td>'
            for name, count in zip(status_labels, values, strict=True)
        )

    out.append(f'<section id="sections"><h2>{lbl("sections")}</h2>')
    table(
        f"{th('section')}<th></th>"
        + "".join(f'<th class="num">{name}</th>' for name in status_labels)
        + f'<th class="num">{t(label("total", lang))}</th>{th("mean progress")}',
        [
            f'<tr><td class="wide"><span class="key">{t(section.section)}</span>'
            + (f'<span class="heading">{t(section.heading)}</span>' if section.heading else "")
            + f"</td><td>{_stacked_bar(read_counts(section), 160, 14, section.section, lang)}</td>"
            + counts(read_counts(section))
            + f'<td class="num" data-label="{t(label("total", lang))}">{section.total}</td>'
            + f"<td>{_progress_bar(section.mean_progress)}</td></tr>"
            for section in report.sections
        ],
    )
    out.append("</section>")

    if report.departments:
        out.append(f'<section id="departments"><h2>{lbl("departments")}</h2>')
        table(
            f"<th>{t(label('owner', lang))}</th><th></th>"
            + "".join(f'<th class="num">{name}</th>' for name in status_labels)
            + f'<th class="num">{t(label("total", lang))}</th><th>{t(label("mean progress", lang))}</th>'
            + f'<th class="num">{t(label("stale", lang))}</th>',
            [
                f'<tr><td class="wide">{t(name)}</td><td>{_stacked_bar(read_counts(d), 160, 14, name, lang)}</td>'
                + counts(read_counts(d))
                + f'<td class="num" data-label="{t(label("total", lang))}">{d.total}</td>'
                + f"<td>{_progress_bar(d.mean_progress)}</td>"
                + f'<td class="num" data-label="{t(label("stale", lang))}">{d.stale}</td></tr>'
                for d in report.departments
                if (name := w.department_name(d.owner, lang))
            ],
        )
        out.append("</section>")

    def transitions_table(items: Sequence[Transition]) -> None:
        table(
            th("id", "title", "before", "after"),
            [
                f'<tr class="transition"><td class="id">{t(tr.entry.id)}</td><td class="wide">{t(tr.entry.title)}</td>'
                f"<td>{status_badge(tr.before)} →</td><td>{status_badge(tr.after)}</td></tr>"
                for tr in items
            ],
        )

    out.append(f'<section id="changes"><h2>{lbl("changes")}</h2>')
    out.append(
        f"<details{_open(report.updates)}><summary>{lbl('news')}{t(w.count(len(report.updates), lang))}</summary>"
    )
    if report.updates:
        table(
            th("date", "id", "title", "value", "note", "entered"),
            [
                f'<tr class="update"><td class="date">{u.date}</td><td class="id">{t(u.commitment)}</td>'
                f'<td class="wide">{t(u.title)}</td>'
                f'<td class="value">{t(value_text(u.value, lang) + w.final_mark(u.final, lang))}</td>'
                f'<td class="wide">{t(u.note)}</td>'
                f'<td class="date" data-label="{lbl("entered")}">{u.entered or ""}</td></tr>'
                for u in report.updates
            ],
        )
    else:
        out.append(f'<p class="muted">{lbl("no updates")}</p>')
    out.append("</details>")
    out.append(
        f"<details{_open(report.transitions)}><summary>{lbl('figure transitions')}"
        f"{t(w.count(len(report.transitions), lang))}</summary>"
    )
    if report.transitions:
        transitions_table(report.transitions)
    else:
        out.append(f'<p class="muted">{lbl("no transitions")}</p>')
    out.append("</details>")
    if report.by_calendar:
        out.append(
            f'<details id="by-calendar"><summary>{t(w.word("by calendar", lang).format(count=len(report.by_calendar)))}'
            f" ({report.previous_as_of} → {report.as_of})</summary>"
        )
        transitions_table(report.by_calendar)
        out.append("</details>")
    out.append("</section>")

    out.append(f'<section id="concerns"><h2>{lbl("concerns")}</h2>')
    if report.concerns:
        out.append(
            f"<details{_open(report.concerns)}><summary>{lbl('concern cards')}"
            f"{t(w.count(len(report.concerns), lang))}</summary>"
        )
    for entry in report.concerns:
        line = w.main_target_line(entry, lang)
        if entry.pace is not None:
            pace = w.in_target_unit(entry.pace, entry.unit)
            line += f"{'，' if lang == 'zh' else '; '}{label('even pace', lang)} {pace}"
        note = entry.note
        out.append(
            f'<article class="commitment" data-id="{t(entry.id)}"><h3>{t(entry.id)} {t(entry.title)} '
            f"{status_badge(entry.status)}{t(w.late(entry, lang))}</h3>"
            f"<p>{t(line)}</p>"
            + (f'<p class="note">{t(label("note", lang))}：{t(note)}</p>' if note else "")
            + f'<p class="muted">{t(label("owner", lang))}：{t(entry.owner or "-")} '
            f"· {_progress_bar(entry.progress)}</p>"
            + f"<details><summary>{t(label('quote', lang))}</summary><blockquote>「{t(entry.quote)}」</blockquote>"
            "</details></article>"
        )
    if report.concerns:
        out.append("</details>")
    if report.no_figure:
        total = sum(len(owned.entries) for owned in report.no_figure)
        out.append(f'<h3 id="no-figure">{lbl("no figure by owner")}{t(w.count(total, lang))}</h3>')
        for owned in report.no_figure:
            out.append(
                f'<details class="no-figure"><summary>{t(w.department_name(owned.owner, lang))}'
                f'{t(w.count(len(owned.entries), lang))}</summary><ul class="compact">'
                + "".join(f'<li data-id="{t(e.id)}">{t(e.id)} {t(e.title)}</li>' for e in owned.entries)
                + "</ul></details>"
            )
    if not report.concerns and not report.no_figure:
        out.append(f'<p class="muted">{lbl("no concerns")}</p>')
    out.append("</section>")

    if report.five_year:
        out.append(f'<section id="five-year"><h2>{lbl("five-year")}</h2>')
        table(
            th("id", "title", "target", "period") + "".join(f"<th>{year}</th>" for year in w.five_year_years(report)),
            [
                f'<tr class="five-year" data-id="{t(g.entry.id)}"><td class="id">{t(g.entry.id)}</td>'
                f'<td class="wide">{t(g.entry.title)} {status_badge(g.entry.status)}</td>'
                f'<td data-label="{t(label("target", lang))}">{t(g.entry.target)}</td>'
                f'<td data-label="">{g.start.year}–{g.deadline.year}</td>'
                + "".join(
                    f'<td class="num" data-label="{year}">{t(value_text(dict(g.yearly).get(year), lang))}</td>'
                    for year in w.five_year_years(report)
                )
                + "</tr>"
                for g in report.five_year
            ],
        )
        out.append("</section>")

    out.append(f'<section id="stale"><h2>{t(w.stale_heading(lang))}</h2>')
    quiet, never = w.stale_split(report)
    if report.stale:
        out.append(f"<details><summary>{t(w.stale_heading(lang))}{t(w.count(len(report.stale), lang))}</summary>")
    if quiet:
        table(
            th("id", "title", "last update", "status", "progress"),
            [
                f'<tr class="stale" data-id="{t(e.id)}"><td class="id">{t(e.id)}</td><td class="wide">{t(e.title)}</td>'
                f'<td class="date">{e.latest_date}</td><td>{status_badge(e.status)}</td>'
                f"<td>{_progress_bar(e.progress)}</td></tr>"
                for e in quiet
            ],
        )
    if never:
        out.append(f'<h3 id="never-updated">{lbl("never updated by section")}{w.count(len(never), lang)}</h3>')
    for group in report.never_updated:
        out.append(
            f'<p><span class="key">{t(group.section)}</span> {t(group.heading)}{w.count(len(group.entries), lang)}</p>'
            '<ul class="never">'
            + "".join(f'<li data-id="{t(e.id)}">{t(e.id)} {t(e.title)}</li>' for e in group.entries)
            + "</ul>"
        )
    if report.stale:
        out.append("</details>")
    else:
        out.append(f'<p class="muted">{lbl("no stale")}</p>')
    out.append("</section>")

    out.append(f'<section id="trajectories"><h2>{lbl("trajectories")}</h2>')
    if report.trajectories:
        out.append(f"<details><summary>{lbl('trajectories')}{t(w.count(len(report.trajectories), lang))}</summary>")
    out.append('<div class="trajectories">')
    for trajectory in report.trajectories:
        entry = trajectory.entry
        out.append(
            f'<figure class="trajectory" data-id="{t(entry.id)}"><figcaption><strong>{t(entry.id)}</strong> '
            f"{t(entry.title)} ({t(label('target', lang))} {t(entry.target)}) {status_badge(entry.status)}"
            f"</figcaption>{_line_chart(trajectory, report.as_of, lang)}{_chart_legend(trajectory, lang)}"
            + (f"<div>{_progress_bar(entry.progress)}</div>" if entry.progress is not None else "")
            + "</figure>"
        )
    out.append("</div>")
    if report.trajectories:
        out.append("</details>")
    else:
        out.append(f'<p class="muted">{lbl("no trajectories")}</p>')
    out.append("</section>")

    for extra in report.tables:
        out.append(f'<section id="{t(extra.key)}"><h2>{t(extra.title)}</h2>')
        table(
            "".join(f"<th>{t(column)}</th>" for column in extra.columns),
            ["<tr>" + "".join(f"<td>{t(cell)}</td>" for cell in row) + "</tr>" for row in extra.rows],
        )
        out.append("</section>")
    out.extend(["</main>", "</body>", "</html>"])
    return "\n".join(out) + "\n"


OPEN_UP_TO = 5  # a detail part with this many items or fewer opens expanded


def _open(items: Sequence[object]) -> str:
    return " open" if 0 < len(items) <= OPEN_UP_TO else ""


def _brief(report: Report) -> list[str]:
    """<section id="brief">: the main targets, this month's news, no figure apart from behind, departments."""
    brief = report.brief
    if brief is None:
        return []
    lang = report.lang
    t = html_text
    out = [f'<section id="brief"><h2>{t(w.word("brief", lang))}</h2>']
    inline = {w.word(key, lang, report) for key in w.INLINE_PARTS}
    for heading, lines in w.brief_parts(report):
        out.append(f"<h3>{t(heading)}</h3>")
        if heading in inline:  # names only: one paragraph, so a long month stays within two phone screens
            out.append(f"<p>{t(('；' if lang == 'zh' else '; ').join(lines))}</p>")
        else:
            out.append("<ul>" + "".join(f"<li>{t(line)}</li>" for line in lines) + "</ul>")
    out.append("</section>")
    return out


def _svg_number(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _stacked_bar(counts: Sequence[int], bar_width: int, height: int, name: str, lang: str) -> str:
    """An SVG bar split by status, each part as wide as its share; a <title> per part for hovering."""
    total = sum(counts)
    parts = []
    x = 0.0
    for status, count in zip(w.READ_AS, counts, strict=False):
        if not count:
            continue
        part = bar_width * count / total
        parts.append(
            f'<rect x="{_svg_number(x)}" y="0" width="{_svg_number(part)}" height="{height}" '
            f'fill="{_colour(status)}"><title>{html_text(w.status_name(status, lang))}: {count}</title></rect>'
        )
        x += part
    return (
        f'<svg class="stacked" viewBox="0 0 {bar_width} {height}" width="{bar_width}" height="{height}" '
        f'preserveAspectRatio="none" role="img" aria-label="{html_text(name)}" style="max-width:100%">'
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
        f'<span><i style="background:{_colour(s)}"></i>{html_text(w.status_name(s, lang))}</span>' for s in w.READ_AS
    )
    return f'<div class="legend">{items}</div>'


_FIGURES = "#0e7490"
_PACE = "#d97706"


def _chart_legend(trajectory: Trajectory, lang: str) -> str:
    line = "even pace" if trajectory.entry.kind.is_progress else "target"
    return (
        f'<div class="chart-legend"><span><i style="border-top:2px solid {_FIGURES}"></i>'
        f'{html_text(w.word("figure", lang))}</span><span><i style="border-top:2px dashed {_PACE}"></i>'
        f"{html_text(label(line, lang))}</span></div>"
    )


def nice_scale(low: float, high: float, ticks: int = 4) -> tuple[float, float, float]:
    """(bottom, top, step) of an axis from LOW to HIGH in round steps (1, 2, 2.5 or 5 times a power of ten)."""
    if high <= low:
        high = low + 1.0
    rough = (high - low) / ticks
    power = 10.0 ** math.floor(math.log10(rough))
    step = next(m * power for m in (1.0, 2.0, 2.5, 5.0, 10.0) if m * power >= rough)
    return math.floor(low / step) * step, math.ceil(high / step) * step, step


def _line_chart(trajectory: Trajectory, as_of: dt.date, lang: str) -> str:
    """Figures as a line with dots and the even pace (or the target) dashed, on round axes labelled with units."""
    chart_width, chart_height, left, right, top, bottom = 320, 160, 48, 12, 22, 22
    values = [p.value for p in trajectory.points] + [trajectory.base, trajectory.target]
    # A level with a baseline (a rate from 50% to 52%) or a rate near its target would be flat on an axis from zero.
    floor_at_zero = trajectory.entry.kind.is_progress and trajectory.base <= 0
    low, high, step = nice_scale(min(0.0, *values) if floor_at_zero else min(values), max(values))
    span = max(1, (trajectory.deadline - trajectory.start).days)

    def x(day: dt.date) -> str:
        fraction = min(1.0, max(0.0, (day - trajectory.start).days / span))
        return _svg_number(left + fraction * (chart_width - left - right))

    def y(value: float) -> str:
        return _svg_number(top + (high - value) / (high - low) * (chart_height - top - bottom))

    bottom_y = chart_height - bottom
    grid = []
    tick = low
    while tick <= high + step / 2:
        grid.append(
            f'<line x1="{left}" y1="{y(tick)}" x2="{chart_width - right}" y2="{y(tick)}" stroke="#eef0f3"/>'
            f'<text x="{left - 4}" y="{_svg_number(float(y(tick)) + 3)}" text-anchor="end">{number(tick)}</text>'
        )
        tick = round(tick + step, 10)
    unit = trajectory.entry.unit
    axis_name = w.with_unit("figure", unit, lang)
    pace_from = trajectory.base if trajectory.entry.kind.is_progress else trajectory.target
    line_name = label("even pace" if trajectory.entry.kind.is_progress else "target", lang)
    figures = " ".join(f"{x(p.date)},{y(p.value)}" for p in trajectory.points)
    dots = "".join(
        f'<circle cx="{x(p.date)}" cy="{y(p.value)}" r="3" fill="{_FIGURES}">'
        f"<title>{p.date}: {html_text(number(p.value) + unit)}</title></circle>"
        for p in trajectory.points
    )
    name = html_text(f"{trajectory.entry.id}: {w.word('trajectories', lang)}")
    return (
        f'<svg class="chart" viewBox="0 0 {chart_width} {chart_height}" width="{chart_width}" '
        f'height="{chart_height}" role="img" aria-label="{name}">{"".join(grid)}'
        f'<text class="axis" x="4" y="12">{html_text(axis_name)}</text>'
        f'<line x1="{left}" y1="{bottom_y}" x2="{chart_width - right}" y2="{bottom_y}" stroke="#9ca3af"/>'
        f'<line x1="{left}" y1="{top}" x2="{left}" y2="{bottom_y}" stroke="#9ca3af"/>'
        f'<text x="{left}" y="{chart_height - 6}">{trajectory.start}</text>'
        f'<text x="{chart_width - right}" y="{chart_height - 6}" text-anchor="end">{trajectory.deadline}</text>'
        f'<line x1="{x(as_of)}" y1="{top}" x2="{x(as_of)}" y2="{bottom_y}" stroke="#d1d5db" stroke-dasharray="2 2"/>'
        f'<line class="pace" x1="{x(trajectory.start)}" y1="{y(pace_from)}" x2="{x(trajectory.deadline)}" '
        f'y2="{y(trajectory.target)}" stroke="{_PACE}" stroke-width="1.5" stroke-dasharray="5 3">'
        f"<title>{html_text(line_name)}</title></line>"
        f'<polyline class="figures" points="{figures}" fill="none" stroke="{_FIGURES}" stroke-width="2"/>{dots}</svg>'
    )
