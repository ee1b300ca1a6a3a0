"""`repair`: cut a final record a crash left incomplete, keeping its bytes beside the ledger."""

import typer

from chengkou_tracker.cli.context import state_of, write_line


def run(ctx: typer.Context) -> None:
    from chengkou_tracker.i18n import say
    from chengkou_tracker.operations import repair

    state = state_of(ctx)
    kept = repair(state.ledger_path(writing=True), state.lock_timeout)
    write_line(say("repaired", state.lang, path=kept) if kept else say("nothing to repair", state.lang))
