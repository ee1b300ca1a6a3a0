"""`completion`: the script that makes a shell complete the tool's commands, options and commitment ids."""

from enum import StrEnum
from typing import Annotated

import typer

from chengkou_tracker.cli.context import write


class Shell(StrEnum):
    bash = "bash"
    zsh = "zsh"
    fish = "fish"


def run(
    ctx: typer.Context,
    shell: Annotated[Shell, typer.Argument(metavar="SHELL", help="The shell: bash, zsh or fish.")],
) -> None:
    from chengkou_tracker.cli.complete import script

    write(script(ctx.find_root().command, shell.value).rstrip("\n") + "\n")
