"""The entry session: `record` alone at a terminal asks for one figure after another, as a reply is read.

Asked in order, Enter taking the default in brackets: commitment (id or words), figure, date [the as-of date],
note [empty]. Each figure is recorded (its own change) as soon as it is entered, so nothing typed is lost if the
session dies; an error is shown and the session goes on. An empty commitment or Ctrl-D ends it with a count.
With --owner, the session walks that department's commitments in ledger order and asks only for figures.
"""

from chengkou_tracker.cli.context import State, side_note


class _End(Exception):
    """Ctrl-D (or Ctrl-C) at a prompt: the session ends, keeping what it recorded."""


def _ask(text: str, default: str = "") -> str:
    import typer

    try:
        answer: str = typer.prompt(text, default=default, show_default=bool(default))
    except (typer.Abort, EOFError, KeyboardInterrupt):
        raise _End from None
    return answer.strip()


def session(state: State, owner: str | None, *, by: str) -> None:
    from chengkou_tracker.cli.app import _show_error
    from chengkou_tracker.cli.recording import record_one
    from chengkou_tracker.errors import TrackerError
    from chengkou_tracker.i18n import say
    from chengkou_tracker.numbers import title

    lang = state.lang
    as_of = state.as_of
    walk: list[tuple[str, str]] | None = None
    if owner is not None:
        from chengkou_tracker.selection import owned_by

        ledger = owned_by(state.load(), owner)
        walk = [(c.id, title(c, lang)) for c in ledger.commitments.values()]
    count = 0
    position = 0
    try:
        while True:
            if walk is not None:
                if position >= len(walk):
                    break
                words, shown = walk[position]
                position += 1
                figure = _ask(say("session.figure.for", lang, id=words, title=shown))
                if not figure:
                    continue
            else:
                words = _ask(say("session.commitment", lang))
                if not words:
                    break
                try:
                    words = _which(state, words)
                except TrackerError as error:
                    _show_error(error)
                    continue
                figure = _ask(say("session.figure", lang))
            date_text = _ask(say("session.date", lang), as_of.isoformat())
            note = _ask(say("session.note", lang))
            try:
                from chengkou_tracker.dates import parse_date

                when = parse_date(date_text, "date")
                if record_one(state, words, figure, when, note=note, source="", by=by):
                    count += 1
            except TrackerError as error:
                _show_error(error)
                if walk is not None:
                    position -= 1  # ask for the same commitment again
    except _End:
        import sys

        sys.stdout.write("\n")
    side_note(say("session.count", lang, count=count))


def _which(state: State, words: str) -> str:
    """The id WORDS name, asked at once (a choice among several), so that the figure is typed for a known commitment."""
    from chengkou_tracker.cli.choose import by_words, tell
    from chengkou_tracker.inputs import named
    from chengkou_tracker.numbers import title

    ledger = state.load()
    commitment = by_words(state, words, lambda chosen: named(ledger, chosen))
    tell(state, words, commitment.id, title(commitment, state.lang))
    return commitment.id
