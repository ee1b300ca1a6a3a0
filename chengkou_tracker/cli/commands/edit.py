"""`edit`: change a commitment's owner, deadline, tags, English title or tolerance, kept in its history."""

from typing import Annotated

import typer

from chengkou_tracker.cli import options
from chengkou_tracker.cli.context import now, reporter, state_of, write_line


def run(
    ctx: typer.Context,
    commitment_id: options.CommitmentId,
    owner: Annotated[str | None, typer.Option("--owner", help="Responsible department.", show_default=False)] = None,
    deadline: Annotated[
        str | None, typer.Option("--deadline", help="New deadline, YYYY-MM-DD.", show_default=False)
    ] = None,
    tags: Annotated[
        str | None, typer.Option("--tags", help="Comma-separated tags (replaces the old ones).", show_default=False)
    ] = None,
    title_en: Annotated[str | None, typer.Option("--title-en", help="English title.", show_default=False)] = None,
    tolerance: Annotated[
        str | None,
        typer.Option("--tolerance", help="How far an 'about' target may be missed, in its unit.", show_default=False),
    ] = None,
    by: options.By = None,
) -> None:
    from chengkou_tracker.cli.emit import describe
    from chengkou_tracker.dates import parse_date
    from chengkou_tracker.i18n import say
    from chengkou_tracker.model import Change
    from chengkou_tracker.numbers import parse_number
    from chengkou_tracker.operations import edit

    state = state_of(ctx)
    path = state.ledger_path(writing=True)
    fields: dict[str, object] = {}
    if owner is not None:
        fields["owner"] = owner
    if deadline is not None:
        fields["deadline"] = parse_date(deadline, "--deadline")
    if tags is not None:
        fields["tags"] = tuple(tag.strip() for tag in tags.split(",") if tag.strip())
    if title_en is not None:
        fields["title_en"] = title_en
    if tolerance is not None:
        fields["tolerance"] = parse_number(tolerance, "--tolerance")
    from chengkou_tracker.cli.choose import by_words, tell
    from chengkou_tracker.numbers import title

    def attempt(chosen: str):  # type: ignore[no-untyped-def]
        return edit(path, chosen, fields, by=reporter(by), now=now(), lock_timeout=state.lock_timeout)

    change, commitment = by_words(state, commitment_id, attempt)
    tell(state, commitment_id, commitment.id, title(commitment, state.lang))
    write_line(say("edited", state.lang, change=describe(Change(change.change, (), (change,)), state.lang)))
