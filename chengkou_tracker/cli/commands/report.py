"""`report`: the monthly report for leaders, in text, Markdown, HTML or JSON."""

from typing import Annotated

import typer

from chengkou_tracker.cli import options
from chengkou_tracker.cli.context import state_of, write


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
    owner: options.Owner = None,
) -> None:
    from chengkou_tracker import report

    state = state_of(ctx)
    chosen_format = report.format_for(output_format, output)
    year, month_number = report.month_to_report(month, state.as_of)
    ledger = state.load()
    if owner is not None:
        from chengkou_tracker.owners import require_owner

        require_owner(state.assess(ledger), owner)
    text = report.write(report.build(ledger, year, month_number, state.lang, owner), chosen_format)
    if output is None:
        write(text)
        return
    from chengkou_tracker.store.ledger import replace_file

    replace_file(output, text.encode("utf-8"))
