"""`summary`: counts by section (or by owner, a department scorecard) and status, with mean progress."""

from typing import Annotated

import typer

from chengkou_tracker.cli import options
from chengkou_tracker.cli.context import show, state_of, write


def run(
    ctx: typer.Context,
    by: Annotated[
        options.SummaryBy, typer.Option("--by", help="Group by section or by owner (a department scorecard).")
    ] = options.SummaryBy.section,
) -> None:
    state = state_of(ctx)
    ledger = state.load()
    assessments = state.assess(ledger)
    console = state.console()
    if by is options.SummaryBy.owner:
        from chengkou_tracker.output.render import owner_summary_table
        from chengkou_tracker.owners import departments

        console.print(owner_summary_table(departments(assessments), state.lang, console.width))
        return
    from chengkou_tracker.output.render import section_headings, summary_table
    from chengkou_tracker.selection import ledger_sections

    sections = ledger_sections(ledger)
    console.print(summary_table(assessments, state.lang, [section.key for section in sections], console.width))
    headings = section_headings(sections, assessments)
    if headings is not None:
        write("\n")
        show(state, headings)
