"""`import`: many updates from a CSV or xlsx sheet, all rows or none; rows already recorded are skipped."""

from typing import Annotated

import typer

from chengkou_tracker.cli import options
from chengkou_tracker.cli.context import now, reporter, state_of, today, write_line


def run(
    ctx: typer.Context,
    csv_file: Annotated[
        str,
        typer.Argument(
            metavar="FILE",
            help="CSV or xlsx with columns id,date,value[,note,source,by,final] (or a filled template).",
        ),
    ],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Check every row and write nothing.")] = False,
    by: options.By = None,
    force: Annotated[
        bool, typer.Option("--force", help="Import figures that look implausible (over 3x the target...).")
    ] = False,
    correct: Annotated[
        bool,
        typer.Option(
            "--correct", help="Import rows with a different figure for a date already recorded, in its place."
        ),
    ] = False,
) -> None:
    from chengkou_tracker.i18n import say
    from chengkou_tracker.operations import import_csv

    state = state_of(ctx)
    path = state.ledger_path(writing=True)
    result = import_csv(
        path, csv_file, today=today(), now=now(), by=reporter(by), dry_run=dry_run,
        force=force, correct=correct, lock_timeout=state.lock_timeout,
    )  # fmt: skip
    count, lang = len(result.updates), state.lang
    skipped = say("skipped", lang, count=result.skipped) if result.skipped else ""
    if result.written:
        write_line(say("imported", lang, count=count, change=result.change, skipped=skipped))
    elif not count:
        write_line(say("nothing to import", lang, count=result.skipped))
    else:
        write_line(say("dry run", lang, count=count, skipped=skipped))
