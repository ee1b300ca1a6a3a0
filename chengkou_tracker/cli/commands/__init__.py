"""Every command by name: the module that holds it and its help, so that --help lists them all without
importing any, and a run imports only the command it runs (cli/app.py builds it on demand).

Each module holds one function, `run`, whose parameters are the command's arguments and options.
"""

from typing import NamedTuple

from chengkou_tracker.cli.options import PACE_HELP


class Entry(NamedTuple):
    module: str
    help: str
    epilog: str | None = None


COMMANDS: dict[str, Entry] = {
    "init": Entry(
        "init",
        "Write the bundled example ledger (Chengkou County's 2023 report) to PATH (never overwrites without --force).",
    ),
    "validate": Entry(
        "validate", "Check the ledger; print every problem as FILE:LINE: message (exit 3 when there are any)."
    ),
    "repair": Entry("repair", "Remove a final record cut short by a crash, keeping its bytes in LEDGER.torn."),
    "list": Entry("list", "List commitments with their latest figure, progress and status.", PACE_HELP),
    "show": Entry("show", "Show one commitment: its quote, fields, status, pace and history.", PACE_HELP),
    "record": Entry("record", "Record a figure (or a milestone's state) for a commitment; prints the new status."),
    "overdue": Entry("overdue", "List the commitments past their deadline and not achieved."),
    "check": Entry("check", "For cron: exit 0 when nothing is overdue, 1 when something is (see --strict)."),
    "summary": Entry("summary", "Counts by section (or owner) and status, with mean progress per group."),
    "history": Entry("history", "Every change in the order it was recorded, oldest first."),
    "undo": Entry("undo", "Revert the most recent change (a whole import counts as one), and say what it was."),
    "edit": Entry("edit", "Change a commitment's owner, deadline, tags, English title or tolerance (kept in history)."),
    "assign": Entry(
        "assign", "Set the owner (lead department) of many commitments as one change; one undo reverts it."
    ),
    "import": Entry(
        "import_", "Record many updates from a CSV or xlsx sheet: all rows or none; rows already recorded are skipped."
    ),
    "export": Entry("export", "Export every commitment with its status and latest figure (xlsx: the 台账 to print)."),
    "template": Entry(
        "template", "A fill-in sheet for a department: its commitments as they stand and empty cells for new figures."
    ),
    "report": Entry(
        "report",
        "The monthly report for leaders, in text, Markdown, HTML or JSON.\n\n"
        "Statuses are as of the month's last day; the format follows --output's extension (.txt .md .html .json).",
        PACE_HELP,
    ),
    "extract": Entry("extract", "Draft a ledger from a report's text; drafts to check first are tagged review."),
    "outcomes": Entry(
        "outcomes",
        "Draft the closed year's figures from the next report's review part, as a CSV file to check and import "
        "(the ledger is not written).",
    ),
    "completion": Entry(
        "completion",
        "Print a script completing commands, options and ids (with their titles) in bash, zsh or fish.",
    ),
}
