"""`show`: one commitment (by its id or its words) with its quote, fields, status, pace, history and open
problems."""

import typer

from chengkou_tracker.cli import options
from chengkou_tracker.cli.context import show, state_of, write_line


def run(ctx: typer.Context, commitment_id: options.CommitmentId) -> None:
    from chengkou_tracker.cli.choose import by_words, tell
    from chengkou_tracker.i18n import say
    from chengkou_tracker.inputs import named
    from chengkou_tracker.numbers import title
    from chengkou_tracker.output.render import detail
    from chengkou_tracker.problems import open_for
    from chengkou_tracker.status import assess

    state = state_of(ctx)
    ledger = state.load()
    commitment = by_words(state, commitment_id, lambda words: named(ledger, words))
    tell(state, commitment_id, commitment.id, title(commitment, state.lang))
    updates = ledger.updates_for(commitment.id)
    show(state, detail(assess(commitment, updates, state.as_of), state.lang))
    for update in open_for(updates):
        write_line(say("problem.open", state.lang, date=update.date, problem=update.problem))
