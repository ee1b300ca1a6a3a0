"""What the shell completes beyond commands and options: commitment ids, described by their titles."""

from typing import Any


def register() -> None:
    """Teach Click the shells Typer completes (Typer does so only for --install-completion, which is off)."""
    from typer._completion_classes import completion_init

    completion_init()


def script(command: Any, shell: str) -> str:
    """The script that makes SHELL complete COMMAND (the program's group): commands, options and ids."""
    from typer._click.shell_completion import get_completion_class

    from chengkou_tracker.cli.context import COMPLETE_VAR, PROG

    register()
    completer = get_completion_class(shell)
    assert completer is not None
    return completer(command, {}, PROG, COMPLETE_VAR).source()


def ids(ctx: Any, incomplete: str) -> list[tuple[str, str]]:
    """(id, title) for every commitment whose id starts with INCOMPLETE (any case); nothing if the ledger fails."""
    from chengkou_tracker.cli.context import State
    from chengkou_tracker.errors import TrackerError
    from chengkou_tracker.i18n.labels import language
    from chengkou_tracker.numbers import title
    from chengkou_tracker.store.ledger import load

    params = ctx.find_root().params
    lang = params.get("lang")
    lang = language(getattr(lang, "value", lang))
    try:
        ledger = load(State(params.get("ledger"), None, lang, None, 0.0).ledger_path())
    except (TrackerError, OSError):
        return []
    wanted = incomplete.lower()
    return [
        (commitment.id, title(commitment, lang))
        for commitment in ledger.commitments.values()
        if commitment.id.lower().startswith(wanted)
    ]
