"""`record`: one figure (or a milestone's state) for a commitment named by its id or its words, and the status
it leads to; with no arguments at a terminal, an entry session that asks for one figure after another."""

from typing import Annotated

import typer

from chengkou_tracker.cli import options
from chengkou_tracker.cli.context import reporter, state_of


def run(
    ctx: typer.Context,
    commitment_id: Annotated[
        str | None,
        typer.Argument(
            metavar="ID",
            help="Commitment id (any case: t001) or words of its title.",
            show_default=False,
            autocompletion=options.complete_id,
        ),
    ] = None,
    value: Annotated[
        str | None,
        typer.Argument(
            metavar="VALUE",
            help="A figure as written (13.2%, 1,320人, 15.3万头), or a milestone's state (开工, 完成...).",
            show_default=False,
        ),
    ] = None,
    date: Annotated[
        str | None, typer.Option("--date", help="Date of the figure [default: the as-of date].", show_default=False)
    ] = None,
    note: Annotated[str, typer.Option("--note", help="A note kept with the figure.")] = "",
    source: Annotated[str, typer.Option("--source", help="Where the figure comes from.")] = "",
    by: options.By = None,
    final: Annotated[bool, typer.Option("--final", help="The year's final figure: closes the commitment.")] = False,
    problem: Annotated[
        str,
        typer.Option(
            "--problem", metavar="TEXT", help="A problem that needs coordination (存在问题), kept with the figure."
        ),
    ] = "",
    resolved: Annotated[
        bool, typer.Option("--resolved", help="This figure closes the commitment's open problems.")
    ] = False,
    force: Annotated[
        bool, typer.Option("--force", help="Record a figure that looks implausible (over 3x the target...).")
    ] = False,
    correct: Annotated[
        bool, typer.Option("--correct", help="Record a different figure for a date already recorded, in its place.")
    ] = False,
    owner: Annotated[
        str | None,
        typer.Option("--owner", help="Entry session: walk this department's commitments in order.", show_default=False),
    ] = None,
) -> None:
    from chengkou_tracker.cli.choose import at_terminal
    from chengkou_tracker.errors import UsageError

    state = state_of(ctx)
    if commitment_id is None and value is None:
        if not at_terminal():
            raise UsageError("cli.argument.missing", name="'ID'")
        from chengkou_tracker.cli.session import session

        session(state, owner, by=reporter(by))
        return
    if commitment_id is None or value is None:
        raise UsageError("cli.argument.missing", name="'VALUE'")
    when = None
    if date is not None:
        from chengkou_tracker.dates import parse_date

        when = parse_date(date, "--date")
    options_given = {
        "note": note, "source": source, "by": reporter(by), "final": final, "problem": problem,
        "resolved": resolved, "force": force, "correct": correct,
    }  # fmt: skip
    from chengkou_tracker.cli.recording import record_one

    record_one(state, commitment_id, value, when, **options_given)
