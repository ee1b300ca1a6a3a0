"""Recording one figure and printing what it leads to: shared by `record` and its entry session."""

import datetime as dt

from chengkou_tracker.cli.context import State, now, side_note, today, write_line


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
            path, chosen, value, date=when or as_of, today=today(), now=now(), lock_timeout=state.lock_timeout,
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
        side_note(
            say("problem.closed", lang, id=commitment.id, count=closed)
            if closed
            else say("problem.none", lang, id=commitment.id)
        )
    if update.date > as_of:
        side_note(say("counts later", lang, date=update.date, as_of=as_of))
    return True
