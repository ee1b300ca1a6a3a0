"""`template`: a fill-in sheet for a department, its commitments as they stand and cells for new figures."""

from typing import Annotated

import typer

from chengkou_tracker.cli import options
from chengkou_tracker.cli.context import state_of, write_line, write_output


def run(
    ctx: typer.Context,
    output: Annotated[
        str, typer.Option("--output", "-o", metavar="FILE", help="FILE.xlsx or FILE.csv to write (atomically).")
    ],
    owner: options.Owner = None,
    section: options.Sections = None,
    month: options.Month = None,
    force: options.Force = False,
) -> None:
    from chengkou_tracker.errors import UsageError
    from chengkou_tracker.output.sheets import template_csv, template_xlsx
    from chengkou_tracker.owners import require_owner
    from chengkou_tracker.selection import Filters, section_keys, select
    from chengkou_tracker.status import assess_ledger

    state = state_of(ctx)
    ledger = state.load()
    filters = Filters.parse(section or [], [], [], owner, [], None, False, section_keys(ledger))
    shown_month, as_of = None, state.as_of
    if month is not None:  # read as the report reads it: one parser of --month
        import datetime as dt

        from chengkou_tracker.dates import month_end
        from chengkou_tracker.report import month_to_report

        year, number = month_to_report(month, state.as_of)
        shown_month, as_of = f"{year:04d}-{number:02d}", month_end(dt.date(year, number, 1))
    everything = assess_ledger(ledger, as_of)
    require_owner(everything, owner)
    assessments = select(everything, filters)
    if not assessments:
        raise UsageError("cli.no_match")
    if output.lower().endswith(".csv"):
        data = template_csv(assessments, state.lang)
    elif output.lower().endswith(".xlsx"):
        from chengkou_tracker.i18n.labels import label

        parts = (ledger.report.title, owner, shown_month or str(as_of), label("template sheet", state.lang))
        title = " ".join(part for part in parts if part)
        data = template_xlsx(assessments, state.lang, title, ledger.report.year)
    else:
        from chengkou_tracker.escape import inert

        raise UsageError("cli.template.output", path=inert(output))
    from chengkou_tracker.i18n import say

    write_output(state, output, data, force=force)
    write_line(say("wrote template", state.lang, path=output, count=len(assessments)), err=True)
