"""What the shell completes beyond commands and options: commitment ids, described by their titles."""

from typing import Any


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
