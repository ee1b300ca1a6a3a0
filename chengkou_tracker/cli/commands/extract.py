"""`extract`: draft a ledger from a report's text."""

from typing import Annotated

import typer

from chengkou_tracker.cli import options
from chengkou_tracker.cli.context import state_of, write, write_line


def run(
    ctx: typer.Context,
    report: Annotated[str, typer.Argument(help="The report: a .txt (UTF-8 or GB18030) or a saved .html page.")],
    year: Annotated[
        int | None,
        typer.Option(
            "--year", help="The year the report plans [default: the year its plan part names].", show_default=False
        ),
    ] = None,
    place: Annotated[
        str | None,
        typer.Option(
            "--place", help="The place, e.g. 城口县 [default: the government named in the text].", show_default=False
        ),
    ] = None,
    output: options.Output = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing --output file.")] = False,
    carry_over: Annotated[
        str | None,
        typer.Option(
            "--carry-over",
            metavar="FILE",
            help="The year before's ledger: carry in its goals due later and its unfinished projects, each "
            'linked by carried_from = "YEAR:ID".',
            show_default=False,
        ),
    ] = None,
) -> None:
    from pathlib import Path

    from chengkou_tracker.extract import carried_summary, extract_file, summary

    state = state_of(ctx)
    extraction = extract_file(
        Path(report),
        year=year,
        place=place,
        output=Path(output) if output else None,
        force=force,
        carry_over=Path(carry_over) if carry_over else None,
        lang=state.lang,
    )
    if output is None:
        write(extraction.toml)
    write_line(summary(extraction, state.lang), err=True)
    if carry_over is not None:
        write_line(carried_summary(extraction, state.lang), err=True)
