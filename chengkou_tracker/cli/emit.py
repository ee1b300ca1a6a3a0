"""What several commands print alike: a table (or JSON, CSV, Markdown) of assessments, and the year-over line."""

from typing import TYPE_CHECKING

from chengkou_tracker.cli.context import State, side_note, write
from chengkou_tracker.cli.options import TableFormat

if TYPE_CHECKING:
    from chengkou_tracker.model import Ledger
    from chengkou_tracker.status import Assessment


def emit_assessments(state: State, assessments: "list[Assessment]", output_format: TableFormat) -> None:
    from chengkou_tracker.output import formats

    if output_format is TableFormat.json:
        write(formats.to_json([formats.commitment_record(a) for a in assessments]))
    elif output_format is TableFormat.csv:
        write(formats.to_csv([formats.commitment_record(a) for a in assessments]))
    elif output_format is TableFormat.markdown:
        write(formats.to_markdown([formats.commitment_record(a) for a in assessments]))
    elif not assessments:
        from chengkou_tracker.i18n.labels import label

        write(label("no commitments match", state.lang) + "\n")
    else:
        from chengkou_tracker.output.render import commitments_table

        console = state.console()
        console.print(commitments_table(assessments, state.lang, console.width))


def say_if_year_over(state: State, ledger: "Ledger", *, to_stderr: bool) -> None:
    """When the ledger's year is over at the as-of date, say so in one line (on stderr beside data or for cron)."""
    from chengkou_tracker.status import year_over

    if not year_over(ledger, state.as_of):
        return
    from chengkou_tracker.i18n import say

    line = say("year over", state.lang, year=ledger.report.year)
    if to_stderr:
        side_note(line)
    else:
        write(line + "\n")
