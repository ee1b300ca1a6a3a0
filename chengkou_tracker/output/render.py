"""Rich renderables from model objects. All text from the ledger or the user passes through Text()."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich import box
from rich.cells import cell_len
from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from chengkou_tracker.escape import inert
from chengkou_tracker.i18n import say
from chengkou_tracker.i18n.labels import label
from chengkou_tracker.model import Section, Status
from chengkou_tracker.numbers import bar, field_value, gap_text, number, target_text, title, value_text
from chengkou_tracker.status import Assessment, counts_as_read, mean_progress

if TYPE_CHECKING:
    from chengkou_tracker.model import Change
    from chengkou_tracker.owners import Department

STATUS_STYLES = {
    Status.NOT_STARTED: "dim",
    Status.ON_TRACK: "cyan",
    Status.AT_RISK: "yellow",
    Status.ACHIEVED: "green",
    Status.OVERDUE: "bold red",
    Status.MISSED: "magenta",
}

GAP = 1  # spaces written into cells between columns, beside the table's own divider
TITLE_CELLS = 20  # room a title keeps before a column goes (10 Chinese characters)
BAR_TITLE_CELLS = 32  # room a title keeps before the progress bar gives way to its percentage


# What a line may not break inside: a short bracketed group such as a five-year goal's span （2026—2030）, a run of
# digits or Latin letters (13.2%, 5G, R&D), or a space; any other character stands alone. Opening punctuation
# stays with what it opens and closing punctuation with what it closes, so no line ends with （ or starts with ，.
_UNBREAKABLE = re.compile(
    r"\s+|[（(“‘《「『]*(?:[（(][^（）()\n]{1,16}[）)]|[0-9A-Za-z][0-9A-Za-z.,%‰&'’—–/:-]*|.)[，。、；：！？”’）》」』,.;:!?)]*"
)


def broken_lines(text: str, cells: int) -> str:
    """`text` broken into lines of at most `cells` cells, Chinese between characters, never inside a unit above.

    Rich folds a Chinese title at the column's edge, wherever that falls: "（2022—2" on one line, "026）" on the
    next. A unit longer than a line is folded as Rich would.
    """
    if cell_len(text) <= cells:
        return text
    lines: list[str] = []
    line = ""
    for unit in _UNBREAKABLE.findall(text):
        if unit.isspace():
            line += " " if line else ""
            continue
        if cell_len(line + unit) > cells and line.strip():
            lines.append(line.rstrip())
            line = ""
        while cell_len(unit) > cells:  # a unit wider than the line: fold it
            cut = next((i for i in range(len(unit), 0, -1) if cell_len(unit[:i]) <= cells), 1)
            lines.append(unit[:cut])
            unit = unit[cut:]
        line += unit
    return "\n".join([*lines, line.rstrip()] if line.strip() else lines)


def literal(text: str, style: str = "") -> Text:
    """User or file text, shown as it is: never parsed as markup, controls made visible."""
    return Text(inert(text), style=style)


def status_text(status: Status, lang: str) -> Text:
    return Text(label(status.value, lang), style=STATUS_STYLES[status])


def commitments_table(assessments: Sequence[Assessment], lang: str, width: int = 120) -> Table:
    """The `list` table. Built for speed on long ledgers: cells are plain Text with the column gap
    written into them (no Padding per cell) and columns have fixed widths (Rich measures no cell)."""
    keys = ["id", "title", "target", "latest", "progress", "status", "deadline"]
    rows = [
        [
            inert(cell)
            for cell in (
                assessment.commitment.id,
                title(assessment.commitment, lang),
                target_text(assessment.commitment),
                value_text(assessment.latest_value, lang),
                bar(assessment.progress),
                label(assessment.status.value, lang) + (" *" if assessment.stale else ""),
                assessment.commitment.deadline.isoformat(),
            )
        ]
        for assessment in assessments
    ]
    widths = [max([cell_len(label(key, lang)), *(cell_len(row[i]) for row in rows)]) for i, key in enumerate(keys)]
    # On a narrow terminal the title keeps room to be read: first the progress bar gives way to its
    # percentage, then the least telling columns go (deadline, then target); the title wraps, never cut.
    for narrower in ("progress", "deadline", "target"):
        gaps = GAP * (len(keys) - 1) + len(keys) - 1  # written gaps plus the table's one-space dividers
        room = width - gaps - sum(widths) + widths[1]
        # The bar goes when titles would wrap into a narrow column; a whole column only when they would
        # be too narrow to read.
        if room >= min(widths[1], BAR_TITLE_CELLS if narrower == "progress" else TITLE_CELLS):
            break
        index = keys.index(narrower)
        if narrower == "progress":
            for row in rows:
                row[index] = row[index].rsplit(" ", 1)[-1]
            widths[index] = max([cell_len(label(narrower, lang)), *(cell_len(row[index]) for row in rows)])
        else:
            del keys[index], widths[index]
            for row in rows:
                del row[index]
    gaps = GAP * (len(keys) - 1) + len(keys) - 1
    widths[1] = max(12, min(widths[1], width - gaps - sum(widths) + widths[1]))
    fixed = sum(widths) + gaps <= width  # on a very narrow terminal, let Rich share out the columns itself
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False, padding=0)
    for index, key in enumerate(keys):
        gap = GAP if index else 0
        table.add_column(
            " " * gap + label(key, lang),
            justify="right" if key in ("target", "latest") else "left",
            no_wrap=key != "title",
            overflow="fold",
            width=widths[index] + gap if fixed else None,
        )
    if any(assessment.stale for assessment in assessments):
        table.caption = f"* {label('stale', lang)}: {label('no update in 60 days', lang)}"
        table.caption_justify = "left"
    pad = " " * GAP
    status_index = keys.index("status")
    for row, assessment in zip(rows, assessments, strict=True):
        cells: list[RenderableType] = [Text(row[0])]
        # The gap stays on every wrapped line; a Chinese title breaks between characters, not with "…".
        name = broken_lines(row[1], widths[1]) if fixed else row[1]
        cells.append(Padding(Text(name, overflow="fold"), (0, 0, 0, GAP)))
        for index in range(2, len(keys)):
            style = STATUS_STYLES[assessment.status] if index == status_index else ""
            cells.append(Text(pad + row[index], style=style))
        table.add_row(*cells)
    return table


def detail(assessment: Assessment, lang: str) -> RenderableType:
    """`show`: every field of one commitment, its computed status and its history."""
    commitment = assessment.commitment
    fields = Table.grid(padding=(0, 2))
    fields.add_column(style="bold", no_wrap=True)
    fields.add_column(overflow="fold")  # a long quote wraps whole, as the report has it, never cut with "…"

    def row(key: str, value: str | Text) -> None:
        fields.add_row(label(key, lang), value if isinstance(value, Text) else literal(value))

    row("id", commitment.id)
    row("title", commitment.title if lang == "zh" else f"{commitment.title} / {commitment.title_en}")
    row("section", commitment.section)
    row("quote", f"「{commitment.quote}」")
    for section, quote in zip(commitment.also_sections, commitment.also_quotes, strict=False):
        row("also stated in", f"{section} 「{quote}」")
    row("kind", label(commitment.kind.value, lang))
    if commitment.target is not None:
        direction = label(commitment.direction.value, lang) if commitment.direction else ""
        row("target", f"{target_text(commitment)} ({direction})")
        if commitment.effective_tolerance:
            row("tolerance", f"{number(commitment.effective_tolerance)}{commitment.unit or ''}")
    if commitment.baseline is not None:
        quoted = f" 「{commitment.baseline_quote}」" if commitment.baseline_quote else ""  # a carried figure has none
        row("baseline", f"{number(commitment.baseline)}{commitment.unit or ''}{quoted}")
    row("start", commitment.start.isoformat())
    row("deadline", commitment.deadline.isoformat())
    row("owner", commitment.owner or "-")
    row("tags", ", ".join(commitment.tags) or "-")
    if commitment.carried_from:
        year, _, old_id = commitment.carried_from.partition(":")
        row("carried from", say("show.carried_from", lang, year=year, old_id=old_id))
    status = status_text(assessment.status, lang)
    if assessment.days_late:
        status += Text(f" ({assessment.days_late} {label('days late', lang)})")
    if assessment.stale:
        status += Text(f" [{label('stale', lang)}]", style="dim")
    row("status", status)
    latest = value_text(assessment.latest_value, lang)
    row("latest", latest + (f" ({assessment.latest.date})" if assessment.latest else ""))
    row("progress", bar(assessment.progress))
    row("elapsed", f"{assessment.elapsed * 100:.0f}%")
    if assessment.pace is not None:
        row("even pace", f"{number(round(assessment.pace, 2))}{commitment.unit or ''}")
    if assessment.gap is not None:
        row("gap", gap_text(commitment, assessment.gap, assessment.gap_share, lang))
    parts: list[RenderableType] = [fields]
    if assessment.updates:
        parts.append(Text(""))
        parts.append(updates_table(assessment.updates, lang))
    return Group(*parts)


def updates_table(updates: Sequence, lang: str) -> Table:  # type: ignore[type-arg]
    table = Table(
        box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False, title=label("history", lang), title_justify="left"
    )
    for key in ("date", "value", "final", "by", "note", "source"):
        table.add_column(label(key, lang), no_wrap=key in ("date", "value", "final"))
    for update in updates:
        table.add_row(
            update.date.isoformat(),
            literal(value_text(update.value, lang)),
            "✓" if update.final else "",
            literal(update.by),
            literal(update.note),
            literal(update.source),
        )
    return table


def history_table(changes: Sequence[Change], lang: str) -> Table:
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
    # Numbers, ids and dates keep their width; values, names and notes wrap on a narrow terminal.
    ids = [update.commitment for change in changes for update in change.updates]
    ids += [edit.commitment for change in changes for edit in change.edits]
    keep = {"change": len(str(changes[-1].number)) if changes else 1, "commitment": max(map(cell_len, ids), default=4)}
    keep["date"] = 10
    for key in ("change", "commitment", "date", "value", "by", "note"):
        heading = label(key, lang)
        if key in keep:
            table.add_column(heading, no_wrap=True, min_width=max(keep[key], cell_len(heading)))
        else:
            table.add_column(heading, overflow="fold")
    for change in changes:
        for update in change.updates:
            value = value_text(update.value, lang) + (say("final", lang) if update.final else "")
            table.add_row(
                str(change.number),
                literal(update.commitment),
                update.date.isoformat(),
                literal(value),
                literal(update.by),
                literal(update.note),
            )
        for edit in change.edits:
            when = edit.recorded_at.date().isoformat() if edit.recorded_at else "-"
            fields = ", ".join(f"{label(key, lang)}={field_value(value)}" for key, value in edit.fields.items())
            table.add_row(
                str(change.number),
                literal(edit.commitment),
                when,
                literal(f"{label('edit', lang)}: {fields}"),
                literal(edit.by),
                "",
            )
    return table


def folded_header(text: str, lang: str) -> str:
    """A header in two lines at a word boundary: a Chinese header of four characters is two words of two
    (正常|推进, 平均|进度), never broken inside a word; English headers wrap between their words."""
    if lang == "zh" and len(text) == 4 and cell_len(text) == 8:
        return f"{text[:2]}\n{text[2:]}"
    return text


def _count_headers(lang: str) -> list[str]:
    """The count columns as people read them: each status, then 未报送 (no figure) apart from behind."""
    return [label(status.value, lang) for status in Status] + [label("no figure", lang)]


def _count_cells(assessments: Sequence[Assessment]) -> list[Text]:
    counts, no_figure = counts_as_read(assessments)
    cells = [Text(str(n), style=STATUS_STYLES[s] if n else "") for s, n in zip(Status, counts, strict=True)]
    return [*cells, Text(str(no_figure))]


def summary_table(
    assessments: Sequence[Assessment], lang: str, sections: Sequence[str] = (), width: int = 120
) -> Table:
    """Counts per section and status, 未报送 apart. Headers are never cut inside a word: on a narrow terminal the
    mean progress loses its bar and headers fold between words (folded_header)."""
    headers = [*_count_headers(lang), label("total", lang), label("mean progress", lang)]
    section_cells = max(cell_len(name) for name in [label("section", lang), *sections, label("total", lang)])
    widths = [cell_len(header) for header in headers]
    widths[-1] = max(widths[-1], cell_len(bar(1.0)))
    short = section_cells + sum(widths) + 2 * len(headers) > width
    if short:
        widths[-1] = cell_len(headers[-1])
    if section_cells + sum(widths) + len(headers) > width:
        headers = [folded_header(header, lang) for header in headers]
        widths = [max(max(cell_len(line) for line in h.split("\n")), 4) for h in headers]
    # Wrap the English headers that save most first, each only between its words.
    shortest = [max(cell_len(word) for word in header.split()) for header in headers]
    while section_cells + sum(widths) + len(headers) > width:
        saving, index = max((widths[i] - shortest[i], i) for i in range(len(headers)))
        if saving <= 0:
            break
        widths[index] = max(shortest[index], 4)
    # One space between columns (the box's divider) where room is short, two where it is not.
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False, padding=(0, 0, 0, 0 if short else 1))
    table.add_column(label("section", lang), no_wrap=True, width=section_cells)
    for header, cells in zip(headers, widths, strict=True):
        table.add_column(header, justify="right" if short or header != headers[-1] else "left", width=cells)
    groups: dict[str, list[Assessment]] = {section: [] for section in sections}
    for assessment in assessments:
        groups.setdefault(assessment.commitment.section, []).append(assessment)
    everything = [a for a in assessments]
    for name, members in [*groups.items(), (label("total", lang), everything)]:
        if not members:
            continue
        mean = mean_progress(members)
        table.add_row(
            literal(name),
            *_count_cells(members),
            str(len(members)),
            bar(mean).rsplit(" ", 1)[-1].strip() if short else bar(mean),
            end_section=members is everything,
        )
    return table


def section_headings(sections: Sequence[Section], assessments: Sequence[Assessment]) -> Table | None:
    """Each section's key beside its heading, for the sections that hold a commitment (None when none has one).
    Printed under `summary`: headings are too long for a column of its table."""
    used = {assessment.commitment.section for assessment in assessments}
    shown = [section for section in sections if section.heading and section.key in used]
    if not shown:
        return None
    legend = Table.grid(padding=(0, 1))
    legend.add_column(no_wrap=True)
    legend.add_column()
    for section in shown:
        legend.add_row(literal(section.key), literal(section.heading))
    return legend


def owner_summary_table(departments: Sequence[Department], lang: str, width: int = 120) -> Table:
    """The department scorecard, worst first: counts per status (未报送 apart), total, mean progress and stale.

    Below 110 columns mean progress is a percentage without its bar and headers fold between words
    (folded_header), so every count still fits in 80 and no header is broken inside a word.
    """
    with_bar = width >= 110
    padding = (0, 0, 0, 1) if with_bar else (0, 0, 0, 0)  # one space more than the divider only where room is
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False, padding=padding)
    names = [department.owner or label("(no owner)", lang) for department in departments]

    def header(text: str) -> str:
        return text if with_bar else folded_header(text, lang)

    def cells(text: str) -> int:  # the longest word or line: a header may wrap between words, never inside one
        return max(4, *(cell_len(word) for word in text.split()))

    # The department is what a reader looks for: its name keeps its width, and narrow terminals fold the
    # headings of the counts instead. A name longer than 24 cells ("县发展和改革委员会（县粮食和物资储备局）、…") wraps
    # within them rather than pushing the counts off the screen.
    owner_cells = min(24, max(map(cell_len, names), default=0))
    counted = [header(text) for text in [*_count_headers(lang), label("total", lang)]]
    progress, stale = header(label("mean progress", lang)), header(label("stale", lang))
    # Where even folded headers leave no room (English at 80 columns), mean progress gives way to the counts.
    shows_progress = with_bar or owner_cells + sum(cells(t) + 1 for t in [*counted, progress, stale]) <= width
    if not with_bar:  # the counts keep their width; a long name takes what is left, and wraps in it
        rest = sum(cells(t) + 1 for t in [*counted, *([progress] if shows_progress else []), stale])
        owner_cells = max(min(owner_cells, width - rest), min(owner_cells, 8))
    table.add_column(label("owner", lang), width=owner_cells, overflow="fold")
    for text in counted:
        table.add_column(text, justify="right", overflow="fold", width=None if with_bar else cells(text))
    if shows_progress:
        table.add_column(
            progress, justify="right", no_wrap=with_bar, overflow="fold", width=None if with_bar else cells(progress)
        )
    table.add_column(stale, justify="right", overflow="fold", width=None if with_bar else cells(stale))
    for department in departments:
        mean = bar(department.mean_progress) if with_bar else bar(department.mean_progress).split(" ")[-1]
        table.add_row(
            literal(department.owner or label("(no owner)", lang)),
            *_count_cells(department.assessments),
            str(len(department.assessments)),
            *([mean] if shows_progress else []),
            str(len(department.stale)),
        )
    return table
