"""`overdue`: the commitments past their deadline and not achieved."""

import typer

from chengkou_tracker.cli import options
from chengkou_tracker.cli.context import state_of, write
from chengkou_tracker.cli.emit import emit_assessments, say_if_year_over


def run(ctx: typer.Context, output_format: options.ShortFormatOption = options.ShortFormat.table) -> None:
    from chengkou_tracker.model import Status

    state = state_of(ctx)
    ledger = state.load()
    late = [a for a in state.assess(ledger) if a.status is Status.OVERDUE]
    if output_format is options.ShortFormat.table and not late:
        from chengkou_tracker.i18n.labels import label

        write(label("nothing overdue", state.lang) + "\n")
    else:
        emit_assessments(state, late, options.TableFormat(output_format.value))
    say_if_year_over(state, ledger, to_stderr=output_format is not options.ShortFormat.table)
