"""`show`: one commitment with its quote, fields, status, pace and history."""

import typer

from chengkou_tracker.cli import options
from chengkou_tracker.cli.context import show, state_of


def run(ctx: typer.Context, commitment_id: options.CommitmentId) -> None:
    from chengkou_tracker.inputs import find
    from chengkou_tracker.output.render import detail
    from chengkou_tracker.status import assess

    state = state_of(ctx)
    ledger = state.load()
    commitment = find(ledger, commitment_id)
    show(state, detail(assess(commitment, ledger.updates_for(commitment.id), state.as_of), state.lang))
