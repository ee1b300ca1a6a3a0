"""The report as one self-contained HTML page: inline CSS and SVG charts, no scripts, nothing fetched."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from chengkou_tracker.figures import number
from chengkou_tracker.labels import label
from chengkou_tracker.model import Status
from chengkou_tracker.report import wording as w
from chengkou_tracker.report.model import Report, Trajectory
from chengkou_tracker.text import html_text

STATUS_COLOURS = {
    Status.NOT_STARTED: "#9ca3af",
    Status.ON_TRACK: "#0e7490",
    Status.AT_RISK: "#d97706",
    Status.ACHIEVED: "#15803d",
    Status.OVERDUE: "#dc2626",
    Status.MISSED: "#7e22ce",
}


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
        return t(w.word(key, lang))

    def status_badge(status: Status) -> str:
        return (
            f'<span class="status" style="background:{STATUS_COLOURS[status]}">{t(w.status_name(status, lang))}</span>'
        )

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
        f'<p class="headline">{t(w.headline(report))}</p>',
    ]

    # Scorecard: a card per status and one stacked bar for the whole ledger.
    out.append(f'<section id="scorecard"><h2>{lbl("scorecard")}</h2><div class="cards">')
    for item in report.scorecard:
        out.append(
            f'<div class="card" data-status="{item.status.value}" style="border-left-color:'
            f'{STATUS_COLOURS[item.status]}"><div class="name">{t(w.status_name(item.status, lang))}</div>'
            f'<div class="count">{item.count}</div><div class="share">{w.share(item.share)}</div>'
            f'<div class="change">{lbl("since")} {w.signed(item.change)}</div></div>'
        )
    out.append("</div>")
    out.append(_stacked_bar([i.count for i in report.scorecard], 1000, 22, w.word("scorecard", lang)))
    out.append(_legend(lang))
    out.append("</section>")

    out.append(f'<section id="sections"><h2>{lbl("sections")}</h2><table><thead><tr>')
    out.append(f"<th>{t(label('section', lang))}</th><th></th>")
    out.extend(f'<th class="num">{t(w.status_name(s, lang))}</th>' for s in Status)
    out.append(f'<th class="num">{t(label("total", lang))}</th><th>{t(label("mean progress", lang))}</th></tr></thead>')
    out.append("<tbody>")
    for section in report.sections:
        out.append(
            f"<tr><td>{t(section.section)}</td><td>{_stacked_bar(list(section.counts), 220, 14, section.section)}</td>"
            + "".join(f'<td class="num">{count}</td>' for count in section.counts)
            + f'<td class="num">{section.total}</td><td>{_progress_bar(section.mean_progress)}</td></tr>'
        )
    out.append("</tbody></table></section>")

    if report.departments:
        out.append(f'<section id="departments"><h2>{lbl("departments")}</h2><table><thead><tr>')
        out.append(f"<th>{t(label('owner', lang))}</th><th></th>")
        out.extend(f'<th class="num">{t(w.status_name(s, lang))}</th>' for s in Status)
        out.append(
            f'<th class="num">{t(label("total", lang))}</th><th>{t(label("mean progress", lang))}</th>'
            f'<th class="num">{t(label("stale", lang))}</th></tr></thead><tbody>'
        )
        for department in report.departments:
            name = w.department_name(department.owner, lang)
            out.append(
                f"<tr><td>{t(name)}</td><td>{_stacked_bar(list(department.counts), 220, 14, name)}</td>"
                + "".join(f'<td class="num">{count}</td>' for count in department.counts)
                + f'<td class="num">{department.total}</td><td>{_progress_bar(department.mean_progress)}</td>'
                + f'<td class="num">{department.stale}</td></tr>'
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
            (w.word("even pace", lang), t(w.figure(entry.pace))),
            (w.word("gap", lang), t(w.gap(entry.gap))),
            (label("progress", lang), _progress_bar(entry.progress)),
            (label("owner", lang), t(entry.owner or "-")),
        ]
        out.append(
            f'<article class="commitment" data-id="{t(entry.id)}"><h3>{t(entry.id)} {t(entry.title)} '
            f"{status_badge(entry.status)}{t(w.late(entry, lang))}</h3>"
            f"<blockquote>「{t(entry.quote)}」</blockquote><dl>"
            + "".join(f"<dt>{t(key)}</dt><dd>{value}</dd>" for key, value in facts)
            + "</dl></article>"
        )
    if not report.concerns:
        out.append(f'<p class="muted">{lbl("no concerns")}</p>')
    out.append("</section>")

    out.append(f'<section id="stale"><h2>{t(w.stale_heading(lang))}</h2>')
    quiet, never = w.stale_split(report)
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
        f'<span><i style="background:{STATUS_COLOURS[s]}"></i>{html_text(w.status_name(s, lang))}</span>'
        for s in Status
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
    name = html_text(f"{trajectory.entry.id}: {w.word('trajectories', lang)}")
    return (
        f'<svg class="chart" viewBox="0 0 {chart_width} {chart_height}" width="{chart_width}" '
        f'height="{chart_height}" role="img" aria-label="{name}">'
        f'<line x1="{left}" y1="{bottom_y}" x2="{chart_width - right}" y2="{bottom_y}" stroke="#9ca3af"/>'
        f'<line x1="{left}" y1="{top}" x2="{left}" y2="{bottom_y}" stroke="#9ca3af"/>'
        f'<text x="{left - 4}" y="{_svg_number(float(y(high)) + 8)}" text-anchor="end">{w.figure(high)}</text>'
        f'<text x="{left - 4}" y="{bottom_y}" text-anchor="end">{w.figure(low)}</text>'
        f'<text x="{left}" y="{chart_height - 6}">{trajectory.start}</text>'
        f'<text x="{chart_width - right}" y="{chart_height - 6}" text-anchor="end">{trajectory.deadline}</text>'
        f'<line x1="{x(as_of)}" y1="{top}" x2="{x(as_of)}" y2="{bottom_y}" stroke="#d1d5db" stroke-dasharray="2 2"/>'
        f'<line class="pace" x1="{x(trajectory.start)}" y1="{y(pace_from)}" x2="{x(trajectory.deadline)}" '
        f'y2="{y(trajectory.target)}" stroke="#d97706" stroke-width="1.5" stroke-dasharray="5 3">'
        f"<title>{html_text(w.word('even pace', lang))}</title></line>"
        f'<polyline class="figures" points="{figures}" fill="none" stroke="#0e7490" stroke-width="2"/>{dots}</svg>'
    )
