"""Options several commands share, declared once as Annotated aliases, and the choices they take.

A command writes `owner: options.Owner = None`; the name, the help and the placeholder live here.
"""

from enum import StrEnum
from typing import Annotated

import typer

# One definition of pace and gap (status.py computes them; the README says the same), shown under the help of
# every command that prints them.
PACE_HELP = (
    "Pace and gap: for quantity, level and reduction commitments the even pace is the figure a steady advance "
    "from the base at the start to the target at the deadline reaches by the as-of date, and the gap is the "
    "latest figure minus that pace, in the target's unit and as a share of the way from base to target. For "
    "growth, ceiling and floor commitments the gap is the distance to the target in its unit (percentage points "
    "for a %): the figure minus the target, or the target minus the figure for a ceiling. A negative gap means "
    "behind."
)


class Lang(StrEnum):
    en = "en"
    zh = "zh"


class TableFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    markdown = "markdown"


class ShortFormat(StrEnum):
    table = "table"
    json = "json"


class CheckFormat(StrEnum):
    text = "text"
    json = "json"


class ExportFormat(StrEnum):
    csv = "csv"
    json = "json"
    xlsx = "xlsx"


class Sort(StrEnum):
    id = "id"
    deadline = "deadline"
    status = "status"
    progress = "progress"
    section = "section"


class SummaryBy(StrEnum):
    section = "section"
    owner = "owner"


Owner = Annotated[str | None, typer.Option("--owner", help="Only commitments whose owner contains this text.")]
By = Annotated[str | None, typer.Option("--by", help="Who reports it [default: your login name].", show_default=False)]
Sections = Annotated[
    list[str] | None,
    typer.Option(
        "--section",
        help="Only this section: its key as the ledger writes it (（一） or (一)) or its position, 0 for the "
        "first; repeatable.",
    ),
]
Tags = Annotated[list[str] | None, typer.Option("--tag", help="Only commitments with this tag; repeatable.")]
Search = Annotated[str | None, typer.Option("--search", help="Text in the id, title, title_en or quote.")]
Output = Annotated[
    str | None,
    typer.Option("--output", "-o", metavar="FILE", help="Write to this file (atomically) instead of stdout."),
]
Force = Annotated[
    bool,
    typer.Option("--force", help="Replace an existing --output file that the tool did not write (never the ledger)."),
]
Month = Annotated[
    str | None,
    typer.Option(
        "--month",
        metavar="YYYY-MM",
        help="The month, YYYY-MM or 'previous' (the one before the as-of date's): figures as of its last day.",
        show_default=False,
    ),
]


def complete_id(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """Shell completion of a commitment id: the ledger's ids starting with INCOMPLETE, with their titles.

    The ledger is read only here, when the shell asks, so completion costs a run nothing.
    """
    from chengkou_tracker.cli.complete import ids

    return ids(ctx, incomplete)


CommitmentId = Annotated[
    str,
    typer.Argument(
        metavar="ID",
        help="Commitment id (any case: t001) or words of its title.",
        autocompletion=complete_id,
    ),
]

_FORMAT = "Output format."
TableFormatOption = Annotated[TableFormat, typer.Option("--format", "-f", help=_FORMAT)]
ShortFormatOption = Annotated[ShortFormat, typer.Option("--format", "-f", help=_FORMAT)]
CheckFormatOption = Annotated[CheckFormat, typer.Option("--format", "-f", help=_FORMAT)]
ExportFormatOption = Annotated[ExportFormat, typer.Option("--format", "-f", help=_FORMAT)]
