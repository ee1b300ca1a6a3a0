"""`undo`: revert the most recent change, asking first at a terminal."""

import sys
from typing import Annotated

import typer

from chengkou_tracker.cli.context import state_of, write_line


def run(
    ctx: typer.Context, yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False
) -> None:
    from chengkou_tracker.cli.emit import describe
    from chengkou_tracker.errors import UsageError
    from chengkou_tracker.escape import inert
    from chengkou_tracker.i18n import say
    from chengkou_tracker.operations import last_change, undo

    state = state_of(ctx)
    path = state.ledger_path(writing=True)
    if not yes:
        if not sys.stdin.isatty():
            raise UsageError("cli.undo.needs_yes")
        pending = last_change(path)
        if pending is None:
            raise UsageError("cli.undo.nothing")
        if not _confirmed(inert(say("undo?", state.lang, change=describe(pending, state.lang))), state.lang):
            raise UsageError("cli.undo.declined")
    change = undo(path, state.lock_timeout)
    write_line(say("undid", state.lang, change=describe(change, state.lang)))


def _confirmed(question: str, lang: str) -> bool:
    """Yes or no at the terminal, asked in LANG: y, yes or 是 says yes; n, no, 否, an empty line or the end of input
    says no; anything else asks again (click's own prompt says "[y/N]" and "Error: invalid input" in English)."""
    from chengkou_tracker.i18n import say

    while True:
        try:
            answer = input(question + say("confirm.choices", lang)).strip().lower()
        except EOFError:
            return False
        if answer in ("y", "yes", "是"):
            return True
        if answer in ("", "n", "no", "否"):
            return False
        write_line(say("confirm.again", lang), err=True)
