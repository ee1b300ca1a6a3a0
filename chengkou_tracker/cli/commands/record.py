"""`record`: one figure (or a milestone's state) for a commitment named by its id or its words, and the status
it leads to; with no arguments at a terminal, an entry session that asks for one figure after another."""

import datetime as dt
from typing import Annotated

import typer

from chengkou_tracker.cli import options
from chengkou_tracker.cli.context import State, now, reporter, side_note, state_of, write_line


def run(
    ctx: typer.Context,
    commitment_id: Annotated[
        str | None,
        typer.Argument(
            metavar="ID",
            help="Commitment id (any case, e.g. t001) or its words (地区生产总值).",
            show_default=False,
            autocompletion=options.complete_id,
        ),
    ] = None,
    value: Annotated[
        str | None,
        typer.Argument(
            metavar="VALUE",
            help="A figure as written (13.2%, 1,320人, 15.3万头, -3.2), or a milestone's state "
            "(开工/started, 完成/done...).",
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
        str, typer.Option("--problem", help="A problem that needs coordination (存在问题), kept with the figure.")
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
    record_one(state, commitment_id, value, when, **options_given)


def record_one(state: State, words: str, value: str, when: dt.date | None, **given: object) -> bool:
    """Record VALUE for the commitment WORDS name and print the status it leads to; False when already recorded."""
    from chengkou_tracker.cli.choose import by_words, tell
    from chengkou_tracker.errors import AlreadyRecorded
    from chengkou_tracker.i18n import render, say
    from chengkou_tracker.i18n.labels import label
    from chengkou_tracker.numbers import title, value_text
    from chengkou_tracker.operations import record
    from chengkou_tracker.problems import open_for
    from chengkou_tracker.status import assess

    as_of, lang = state.as_of, state.lang
    path = state.ledger_path(writing=True)

    def attempt(chosen: str):  # type: ignore[no-untyped-def]
        return record(
            path, chosen, value, date=when or as_of, today=dt.date.today(), now=now(), lock_timeout=state.lock_timeout,
            **given,  # type: ignore[arg-type]
        )  # fmt: skip

    try:
        update, ledger = by_words(state, words, attempt)
    except AlreadyRecorded as same:  # not a failure: the ledger already says this
        write_line(render(same, lang))
        return False
    commitment = ledger.commitments[update.commitment]
    tell(state, words, commitment.id, title(commitment, lang))
    updates = ledger.updates_for(commitment.id)
    assessment = assess(commitment, updates, as_of)
    line = say(
        "recorded", lang, id=commitment.id, title=title(commitment, lang), value=value_text(update.value, lang),
        final=say("final", lang) if update.final else "", date=update.date, status=label(assessment.status.value, lang),
    )  # fmt: skip
    write_line(line)
    if update.resolved:
        closed = len(open_for(updates[:-1]))
        side_note(say("problem.closed", lang, id=commitment.id, count=closed))
    if update.date > as_of:
        side_note(say("counts later", lang, date=update.date, as_of=as_of))
    return True
