"""`export`: every commitment with its status and latest figure, as JSON, CSV or the xlsx 台账."""

import sys
from typing import Annotated

import typer

from chengkou_tracker.cli import options
from chengkou_tracker.cli.context import state_of, write_line, write_output


def run(
    ctx: typer.Context,
    output_format: options.ExportFormatOption = options.ExportFormat.json,
    output: options.Output = None,
    force: options.Force = False,
    owner: options.Owner = None,
    by_owner: Annotated[
        bool, typer.Option("--by-owner", help="With --format xlsx: one sheet per owner (department) in one workbook.")
    ] = False,
) -> None:
    from chengkou_tracker.errors import UsageError

    state = state_of(ctx)
    if output_format is options.ExportFormat.xlsx and output is None:
        raise UsageError("cli.export.xlsx_output")
    if by_owner and output_format is not options.ExportFormat.xlsx:
        raise UsageError("export.by-owner.xlsx")
    ledger = state.load()
    assessments = state.assess(ledger)
    if owner is not None:
        from chengkou_tracker.owners import owned_by, require_owner

        require_owner(assessments, owner)
        assessments = owned_by(assessments, owner)
    data: bytes
    title = f"{ledger.report.title} {owner or ''} {state.as_of}".replace("  ", " ")
    if output_format is options.ExportFormat.xlsx and by_owner:
        from chengkou_tracker.output.sheets import export_xlsx_by_owner

        data = export_xlsx_by_owner(assessments, state.lang, title)
    elif output_format is options.ExportFormat.xlsx:
        from chengkou_tracker.output.sheets import export_xlsx

        data = export_xlsx(assessments, state.lang, title)
    elif output_format is options.ExportFormat.csv:
        from chengkou_tracker.output.sheets import export_csv

        data = export_csv(assessments, state.lang)
    else:
        from chengkou_tracker.output import formats

        data = formats.to_json([formats.commitment_record(a) for a in assessments]).encode("utf-8")
    if output is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        return
    from chengkou_tracker.i18n import say

    write_output(state, output, data, force=force)
    write_line(say("wrote", state.lang, path=output), err=True)
