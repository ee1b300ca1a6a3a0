"""`check`, for cron: counts and the commitments that need attention; exit 1 when something does."""

from typing import TYPE_CHECKING, Annotated

import typer

from chengkou_tracker.cli import options
from chengkou_tracker.cli.context import ExitStatus, State, state_of, write
from chengkou_tracker.cli.emit import say_if_year_over

if TYPE_CHECKING:
    from chengkou_tracker.status import Assessment


def run(
    ctx: typer.Context,
    strict: Annotated[bool, typer.Option("--strict", help="Also fail when something is at risk or stale.")] = False,
    output_format: options.CheckFormatOption = options.CheckFormat.text,
    owner: options.Owner = None,
    by_owner: Annotated[
        bool, typer.Option("--by-owner", help="One entry per owner: its overdue, at-risk and stale commitments.")
    ] = False,
) -> None:
    from chengkou_tracker.owners import owned_by, require_owner
    from chengkou_tracker.status import needs_attention

    state = state_of(ctx)
    ledger = state.load()
    assessments = state.assess(ledger)
    say_if_year_over(state, ledger, to_stderr=True)  # cron keeps the same stdout
    if owner is not None:
        require_owner(assessments, owner)
        assessments = owned_by(assessments, owner)
    if by_owner:
        _by_owner(state, assessments, output_format)
    elif output_format is options.CheckFormat.json:
        _as_json(state, assessments)
    else:
        from chengkou_tracker.output.checks import check_lines

        write("\n".join(check_lines(state.as_of, assessments, strict, state.lang)) + "\n")
    if needs_attention(assessments, strict):
        raise typer.Exit(ExitStatus.PROBLEMS)


def _as_json(state: State, assessments: "list[Assessment]") -> None:
    from collections import Counter

    from chengkou_tracker.model import Status
    from chengkou_tracker.output.formats import to_json
    from chengkou_tracker.status import has_no_figure

    counts = Counter(a.status for a in assessments)
    record = {
        "as_of": state.as_of.isoformat(),
        "counts": {status.value: counts.get(status, 0) for status in Status},
        "overdue": [a.commitment.id for a in assessments if a.status is Status.OVERDUE],
        "at_risk": [a.commitment.id for a in assessments if a.status is Status.AT_RISK],
        "stale": [a.commitment.id for a in assessments if a.stale],
        "no_figure": [a.commitment.id for a in assessments if has_no_figure(a)],  # 未报送: at risk or overdue
    }
    write(to_json(record))


def _by_owner(state: State, assessments: "list[Assessment]", output_format: options.CheckFormat) -> None:
    from chengkou_tracker.owners import departments

    found = departments(assessments)
    if output_format is options.CheckFormat.json:
        from chengkou_tracker.output.formats import department_records, to_json

        write(to_json({"as_of": state.as_of.isoformat(), "departments": department_records(found)}))
    else:
        from chengkou_tracker.output.checks import department_lines

        write("\n".join(department_lines(state.as_of, found, state.lang)) + "\n")
