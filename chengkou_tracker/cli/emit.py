"""What several commands print alike: a table (or JSON, CSV, Markdown) of assessments, and the year-over line."""

from typing import TYPE_CHECKING

from chengkou_tracker.cli.context import State, side_note, write
from chengkou_tracker.cli.options import TableFormat

if TYPE_CHECKING:
    from chengkou_tracker.model import Change, Ledger
    from chengkou_tracker.status import Assessment


def emit_assessments(state: State, assessments: "list[Assessment]", output_format: TableFormat) -> None:
    from chengkou_tracker.output import formats

    if output_format is TableFormat.json:
        write(formats.to_json([formats.commitment_record(a) for a in assessments]))
    elif output_format in (TableFormat.csv, TableFormat.markdown):
        from chengkou_tracker.output.sheets import shown_records

        to_text = formats.to_csv if output_format is TableFormat.csv else formats.to_markdown
        write(to_text(*shown_records(assessments, state.lang)))  # headers and words in the user's language
    elif not assessments:
        from chengkou_tracker.i18n.labels import label

        write(label("no commitments match", state.lang) + "\n")
    else:
        from chengkou_tracker.output.render import commitments_table

        console = state.console()
        console.print(commitments_table(assessments, state.lang, console.width))


NOTICE_COLUMNS = 80


def _fold(line: str) -> str:
    """A notice in lines of at most NOTICE_COLUMNS cells, broken after its clauses' punctuation."""
    import re

    from chengkou_tracker.escape import width

    lines = [""]
    for clause in re.split(r"(?<=[；，;,]) ?", line):
        if lines[-1] and width(lines[-1] + " " + clause) > NOTICE_COLUMNS:
            lines.append(clause)
        else:
            lines[-1] = f"{lines[-1]} {clause}" if lines[-1] and lines[-1][-1] in ",;" else lines[-1] + clause
    return "\n".join(lines)


def say_if_year_over(state: State, ledger: "Ledger", *, to_stderr: bool) -> None:
    """When the ledger's year is over at the as-of date, say so in one line (on stderr beside data or for cron)."""
    from chengkou_tracker.status import due_later, year_over

    if not year_over(ledger, state.as_of):
        return
    from chengkou_tracker.i18n import say

    line = say("year over", state.lang, year=ledger.report.year)
    line = _fold(line)
    later = due_later(ledger)
    if later:  # the year's own commitments are over; goals due later go on over their own periods
        line += "\n" + say("status.year-over.later", state.lang, count=later)
    if to_stderr:
        side_note(line)
    else:
        write(line + "\n")


def describe(change: "Change", lang: str) -> str:
    """One change in a line, as `undo` and `edit` report it."""
    from chengkou_tracker.i18n import say
    from chengkou_tracker.i18n.labels import label
    from chengkou_tracker.numbers import field_value, value_text

    def name(key: str) -> str:  # a field as the user knows it: its label in Chinese, its key in English
        return label(key, lang) if lang == "zh" else key

    if len(change.edits) > 1:
        pairs = {f"{name(key)}={field_value(value)}" for e in change.edits for key, value in e.fields.items()}
        fields = ", ".join(sorted(pairs))
        return say("change edits", lang, number=change.number, count=len(change.edits), fields=fields)
    if change.edits:
        edit = change.edits[0]
        fields = ", ".join(f"{name(key)}={field_value(value)}" for key, value in edit.fields.items())
        return say("change edit", lang, number=change.number, id=edit.commitment, fields=fields)
    if len(change.updates) == 1:
        update = change.updates[0]
        final = say("final", lang) if update.final else ""
        value = value_text(update.value, lang)
        return say(
            "change record",
            lang,
            number=change.number,
            id=update.commitment,
            value=value,
            date=update.date,
            final=final,
        )
    return say("change import", lang, number=change.number, count=len(change.updates))
