"""`validate`: every problem of the ledger as FILE:LINE: message, and why quotes were not checked."""

import sys

import typer

from chengkou_tracker.cli.context import ExitStatus, state_of, write_line


def run(ctx: typer.Context) -> None:
    from chengkou_tracker.errors import LedgerInvalid
    from chengkou_tracker.escape import inert
    from chengkou_tracker.i18n import render, render_problem
    from chengkou_tracker.store.ledger import validate

    state = state_of(ctx)
    try:
        problems, note = validate(state.ledger_path())
    except LedgerInvalid as invalid:  # a file that is not even text: its problem, printed like the others
        problems, note = invalid.problems, None
    if note is not None:
        write_line(render(note, state.lang))
    for problem in problems:
        sys.stderr.write(inert(render_problem(problem, state.lang)) + "\n")
    if problems:
        raise typer.Exit(ExitStatus.LEDGER)
