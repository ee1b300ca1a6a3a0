"""`list`: the commitments a filter chooses, with their latest figure, progress and status."""

from typing import Annotated

import typer

from chengkou_tracker.cli import options
from chengkou_tracker.cli.context import state_of
from chengkou_tracker.cli.emit import emit_assessments, say_if_year_over


def run(
    ctx: typer.Context,
    section: options.Sections = None,
    status: Annotated[
        list[str] | None,
        typer.Option(
            "--status", help="Only this status: not_started, on_track, at_risk, achieved, overdue, missed; repeatable."
        ),
    ] = None,
    kind: Annotated[
        list[str] | None,
        typer.Option(
            "--kind", help="Only this kind: growth, level, quantity, ceiling, floor, reduction, milestone; repeatable."
        ),
    ] = None,
    owner: options.Owner = None,
    tag: options.Tags = None,
    search: options.Search = None,
    stale: Annotated[bool, typer.Option("--stale", help="Only commitments with no update in 60 days.")] = False,
    sort: Annotated[options.Sort, typer.Option("--sort", help="Order of the rows.")] = options.Sort.id,
    output_format: options.TableFormatOption = options.TableFormat.table,
) -> None:
    from chengkou_tracker.owners import require_owner
    from chengkou_tracker.selection import Filters, section_keys, select

    state = state_of(ctx)
    ledger = state.load()
    keys = section_keys(ledger)
    filters = Filters.parse(section or [], status or [], kind or [], owner, tag or [], search, stale, keys)
    assessments = state.assess(ledger)
    require_owner(assessments, owner)
    emit_assessments(state, select(assessments, filters, sort.value, keys), output_format)
    say_if_year_over(state, ledger, to_stderr=output_format is not options.TableFormat.table)
