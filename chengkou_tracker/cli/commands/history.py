"""`history`: every change in the order it was recorded, oldest first."""

from typing import Annotated

import typer

from chengkou_tracker.cli import options
from chengkou_tracker.cli.context import show, state_of, write, write_line


def run(
    ctx: typer.Context,
    commitment_id: Annotated[
        str | None,
        typer.Argument(
            metavar="[ID]",
            help="Only this commitment (its id or its words).",
            show_default=False,
            autocompletion=options.complete_id,
        ),
    ] = None,
    since: Annotated[str | None, typer.Option("--since", help="Only changes dated on or after this date.")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Only changes dated on or before this date.")] = None,
    output_format: options.ShortFormatOption = options.ShortFormat.table,
) -> None:
    from chengkou_tracker.operations import history_between

    state = state_of(ctx)
    ledger = state.load()
    carried_from = ""
    if commitment_id is not None:
        from chengkou_tracker.cli.choose import by_words, tell
        from chengkou_tracker.inputs import named
        from chengkou_tracker.numbers import title

        commitment = by_words(state, commitment_id, lambda words: named(ledger, words))
        tell(state, commitment_id, commitment.id, title(commitment, state.lang))
        commitment_id, carried_from = commitment.id, commitment.carried_from
    changes = history_between(ledger, commitment_id, since, until)
    if output_format is options.ShortFormat.json:
        from chengkou_tracker.output.formats import change_records, to_json

        write(to_json(change_records(changes)))
    elif not changes:
        from chengkou_tracker.i18n.labels import label

        write(label("no changes recorded", state.lang) + "\n")
    else:
        from chengkou_tracker.output.render import history_table

        show(state, history_table(changes, state.lang))
    if carried_from and output_format is not options.ShortFormat.json:
        from chengkou_tracker.i18n import say

        year, _, old_id = carried_from.partition(":")
        start = ledger.commitments[commitment_id].start  # type: ignore[index]
        write_line(say("history.carried_from", state.lang, id=commitment_id, start=start, year=year, old_id=old_id))
