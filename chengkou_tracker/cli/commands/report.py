"""`report`: the monthly report for leaders, in text, Markdown, HTML or JSON."""

from typing import Annotated

import typer

from chengkou_tracker.cli import options
from chengkou_tracker.cli.context import state_of, write, write_output


def run(
    ctx: typer.Context,
    month: options.Month = None,
    output_format: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help="text, markdown, html or json [default: from the --output extension, else text].",
            show_default=False,
        ),
    ] = None,
    output: options.Output = None,
    force: options.Force = False,
    owner: options.Owner = None,
    year: Annotated[
        int | None,
        typer.Option(
            "--year",
            metavar="YYYY",
            help="The year-end report of YYYY instead of a month's: final counts as of 31 December.",
            show_default=False,
        ),
    ] = None,
) -> None:
    from chengkou_tracker import report

    state = state_of(ctx)
    chosen_format = report.format_for(output_format, output)
    if year is not None:
        year_number, month_number = report.year_to_report(year, month, state.as_of), 12
    else:
        year_number, month_number = report.month_to_report(month, state.as_of)
    ledger = state.load()
    if owner is not None:
        from chengkou_tracker.owners import require_owner

        require_owner(state.assess(ledger), owner)
    built = report.build(ledger, year_number, month_number, state.lang, owner, whole_year=year is not None)
    text = report.write(built, chosen_format)
    if output is None:
        write(text)
        return
    write_output(state, output, text.encode("utf-8"), force=force)
