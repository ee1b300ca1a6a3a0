"""`record`: one figure (or a milestone's state) for a commitment, and the status it leads to."""

from typing import Annotated

import typer

from chengkou_tracker.cli import options
from chengkou_tracker.cli.context import now, reporter, side_note, state_of, today, write_line


def run(
    ctx: typer.Context,
    commitment_id: options.CommitmentId,
    value: Annotated[str, typer.Argument(help="A number (-3.2 and +5 too), or 'started' / 'done' for a milestone.")],
    date: Annotated[
        str | None, typer.Option("--date", help="Date of the figure [default: the as-of date].", show_default=False)
    ] = None,
    note: Annotated[str, typer.Option("--note", help="A note kept with the figure.")] = "",
    source: Annotated[str, typer.Option("--source", help="Where the figure comes from.")] = "",
    by: options.By = None,
    final: Annotated[bool, typer.Option("--final", help="The year's final figure: closes the commitment.")] = False,
) -> None:
    from chengkou_tracker.errors import AlreadyRecorded
    from chengkou_tracker.i18n import render, say
    from chengkou_tracker.i18n.labels import label
    from chengkou_tracker.numbers import title, value_text
    from chengkou_tracker.operations import record
    from chengkou_tracker.status import assess

    state = state_of(ctx)
    as_of, lang = state.as_of, state.lang
    path = state.ledger_path(writing=True)
    if date is not None:
        from chengkou_tracker.dates import parse_date

        when = parse_date(date, "--date")
    else:
        when = as_of
    try:
        update, ledger = record(
            path, commitment_id, value, date=when, today=today(), now=now(), by=reporter(by),
            note=note, source=source, final=final, lock_timeout=state.lock_timeout,
        )  # fmt: skip
    except AlreadyRecorded as same:  # not a failure: the ledger already says this
        write_line(render(same, lang))
        return
    commitment = ledger.commitments[update.commitment]
    assessment = assess(commitment, ledger.updates_for(commitment.id), as_of)
    line = say(
        "recorded", lang, id=commitment.id, title=title(commitment, lang), value=value_text(update.value, lang),
        final=say("final", lang) if update.final else "", date=update.date, status=label(assessment.status.value, lang),
    )  # fmt: skip
    write_line(line)
    if update.date > as_of:
        side_note(say("counts later", lang, date=update.date, as_of=as_of))
