"""`init`: write the bundled ledger (and its report text) where the user works."""

import os
from typing import Annotated

import typer

from chengkou_tracker.cli.context import state_of, write_line


def run(
    ctx: typer.Context,
    path: Annotated[
        str | None,
        typer.Argument(help="Where to write the ledger [default: --ledger, $CHENGKOU_LEDGER, ./commitments.toml]."),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    from chengkou_tracker.i18n import say
    from chengkou_tracker.operations import init

    state = state_of(ctx)
    # Write where every later command will read: the ledger they would open, not always ./commitments.toml.
    path = path or state.ledger or os.environ.get("CHENGKOU_LEDGER") or "commitments.toml"
    text_path = init(path, force=force, lock_timeout=state.lock_timeout)
    write_line(say("wrote", state.lang, path=path))
    if text_path is not None:
        write_line(say("wrote text", state.lang, path=text_path))
