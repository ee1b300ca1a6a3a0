"""`outcomes`: the closed year's figures, read from the next report's review part, as a CSV file to import."""

from typing import Annotated

import typer

from chengkou_tracker.cli import options
from chengkou_tracker.cli.context import state_of, write, write_line


def run(
    ctx: typer.Context,
    report: Annotated[
        str, typer.Argument(help="The next year's report: a .txt (UTF-8 or GB18030) or a saved .html page.")
    ],
    output: options.Output = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing --output file.")] = False,
) -> None:
    from pathlib import Path

    from chengkou_tracker.extract import outcomes_file
    from chengkou_tracker.i18n import say

    state = state_of(ctx)
    lang = state.lang
    ledger, found, data = outcomes_file(
        state.ledger_path(), Path(report), output=Path(output) if output else None, force=force, lang=lang
    )
    if output is None:
        write(data.decode("utf-8-sig"))
    counts = {
        "count": len(found.rows),
        "year": ledger.report.year,
        "name": found.source,
        "final": found.final,
        "later": len(found.rows) - found.final - found.milestones,
        "milestones": found.milestones,
    }
    if output is None:
        write_line(say("outcomes.summary.stdout", lang, **counts), err=True)
    else:
        write_line(say("outcomes.summary", lang, path=output, **counts), err=True)
    if found.delayed:
        write_line(say("outcomes.delayed", lang, count=len(found.delayed)), err=True)
        for commitment_id, sentence in found.delayed:
            title = ledger.commitments[commitment_id].title
            write_line(say("outcomes.line", lang, id=commitment_id, title=title, sentence=sentence), err=True)
    if found.unmatched:
        write_line(say("outcomes.unmatched", lang, count=len(found.unmatched)), err=True)
        for quote in found.unmatched:
            write_line(say("outcomes.quote", lang, quote=quote), err=True)
