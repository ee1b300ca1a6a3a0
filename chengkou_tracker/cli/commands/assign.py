"""`assign`: set the owner of many commitments (by id, section, tag, text, or from a sheet) as one change."""

from typing import TYPE_CHECKING, Annotated

import typer

from chengkou_tracker.cli import options
from chengkou_tracker.cli.context import State, now, reporter, state_of, write_line

if TYPE_CHECKING:
    from chengkou_tracker.model import Ledger


def run(
    ctx: typer.Context,
    owner: Annotated[
        str | None, typer.Argument(metavar="OWNER", help="The lead department (free text).", show_default=False)
    ] = None,
    commitment_ids: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="ID", help="Commitment ids (or words).", show_default=False, autocompletion=options.complete_id
        ),
    ] = None,
    section: options.Sections = None,
    tag: options.Tags = None,
    search: options.Search = None,
    from_file: Annotated[
        str | None,
        typer.Option("--from", metavar="FILE", help="CSV or xlsx with columns id, owner.", show_default=False),
    ] = None,
    by: options.By = None,
) -> None:
    from chengkou_tracker.i18n import say
    from chengkou_tracker.operations import assign

    state = state_of(ctx)
    path = state.ledger_path(writing=True)
    pairs = _pairs(state, owner, commitment_ids or [], section or [], tag or [], search, from_file)
    result = assign(path, pairs, by=reporter(by), now=now(), lock_timeout=state.lock_timeout)
    count, lang = len(result.edits), state.lang
    already = say("already had it", lang, count=result.unchanged) if result.unchanged else ""
    if not count:
        write_line(say("nothing to assign", lang, count=result.unchanged))
    elif from_file is not None:
        owners = len({edit.fields["owner"] for edit in result.edits})
        write_line(say("assigned owners", lang, count=count, owners=owners, change=result.change, already=already))
    else:
        write_line(say("assigned", lang, owner=owner, count=count, change=result.change, already=already))


def _pairs(
    state: State,
    owner: str | None,
    ids: list[str],
    sections: list[str],
    tags: list[str],
    search: str | None,
    from_file: str | None,
) -> list[tuple[str, str]]:
    """(id, owner) for every commitment the arguments name; UsageError when they name none or too much."""
    from chengkou_tracker.errors import UsageError

    chosen_by = bool(sections or tags or search is not None)
    if from_file is not None:
        if owner is not None or chosen_by:
            raise UsageError("cli.assign.from_alone")
        from chengkou_tracker.operations import owners_from_sheet

        return owners_from_sheet(from_file, state.load())
    if owner is None or not owner.strip():
        raise UsageError("cli.assign.what")
    if not ids and not chosen_by:
        raise UsageError("cli.assign.which")
    if chosen_by:
        from chengkou_tracker.selection import assignment_ids

        ledger = state.load()
        ids = [*_by_words(state, ids, ledger), *assignment_ids(ledger, state.assess(ledger), sections, tags, search)]
        if not ids:
            raise UsageError("cli.no_match")
    else:
        ids = _by_words(state, ids, state.load())
    return [(commitment_id, owner.strip()) for commitment_id in ids]


def _by_words(state: State, words: list[str], ledger: "Ledger") -> list[str]:
    """The id each of WORDS names (an id, or a commitment's words), saying which when they were words."""
    from chengkou_tracker.cli.choose import by_words, tell
    from chengkou_tracker.inputs import named
    from chengkou_tracker.numbers import title

    ids = []
    for one in words:
        commitment = by_words(state, one, lambda chosen: named(ledger, chosen))
        tell(state, one, commitment.id, title(commitment, state.lang))
        ids.append(commitment.id)
    return ids
