"""`export`: every commitment with its status and latest figure, as JSON, CSV or the xlsx 台账."""

import sys

import typer

from chengkou_tracker.cli import options
from chengkou_tracker.cli.context import state_of, write_line


def run(
    ctx: typer.Context,
    output_format: options.ExportFormatOption = options.ExportFormat.json,
    output: options.Output = None,
) -> None:
    from chengkou_tracker.errors import UsageError

    state = state_of(ctx)
    if output_format is options.ExportFormat.xlsx and output is None:
        raise UsageError("cli.export.xlsx_output")
    ledger = state.load()
    assessments = state.assess(ledger)
    data: bytes
    if output_format is options.ExportFormat.xlsx:
        from chengkou_tracker.output.sheets import export_xlsx

        data = export_xlsx(assessments, state.lang, f"{ledger.report.title} {state.as_of}")
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
    from chengkou_tracker.store.ledger import replace_file

    replace_file(output, data)
    write_line(say("wrote", state.lang, path=output), err=True)
