"""Commitments named by their words: say which one was meant, or offer a choice when several match.

At a terminal the clerk picks a number; off a terminal (a script, cron) nothing is asked: the candidates are
listed with their ids and the run ends with exit 2, having written nothing.
"""

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from chengkou_tracker.cli.context import State, side_note

if TYPE_CHECKING:
    from chengkou_tracker.inputs import Ambiguous

T = TypeVar("T")


def at_terminal() -> bool:
    return sys.stdin.isatty()


def by_words(state: State, words: str, attempt: Callable[[str], T]) -> T:
    """ATTEMPT(WORDS), or, when the words match several commitments, ATTEMPT(the id chosen among them)."""
    from chengkou_tracker.inputs import Ambiguous

    try:
        return attempt(words)
    except Ambiguous as several:
        return attempt(choose(state, several))


def choose(state: State, several: "Ambiguous") -> str:
    """The id the clerk picks among SEVERAL's commitments at a terminal; off one, an error listing them."""
    from chengkou_tracker.errors import UsageError
    from chengkou_tracker.i18n import say
    from chengkou_tracker.numbers import title

    lang = state.lang
    if not at_terminal():
        listed = [UsageError("commitment.candidate", id=c.id, title=title(c, lang)) for c in several.choices]
        raise UsageError("rows.invalid", errors=[several, *listed])
    import typer

    from chengkou_tracker.escape import inert

    sys.stderr.write(inert(say(several.key, lang, **several.fields)) + "\n")
    for number, commitment in enumerate(several.choices, 1):
        line = say("commitment.choice", lang, number=number, id=commitment.id, title=title(commitment, lang))
        sys.stderr.write(inert(line) + "\n")
    count = len(several.choices)
    while True:
        answer = typer.prompt(say("commitment.choose", lang, count=count), err=True, default="", show_default=False)
        if answer.strip().isdigit() and 1 <= int(answer) <= count:
            return several.choices[int(answer) - 1].id
        if not answer.strip():
            raise UsageError("cli.aborted")


def tell(state: State, words: str, commitment_id: str, commitment_title: str) -> None:
    """On stderr, which commitment WORDS were taken for, unless they were its id as written."""
    if words == commitment_id:
        return
    from chengkou_tracker.escape import inert
    from chengkou_tracker.i18n import say

    side_note(inert(say("commitment.matched", state.lang, words=words, id=commitment_id, title=commitment_title)))
