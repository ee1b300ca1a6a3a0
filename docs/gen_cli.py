"""Write docs/cli.md from the commands' --help: `python docs/gen_cli.py > docs/cli.md`.

tests/test_docs.py fails when the file is out of date.
"""

from __future__ import annotations

import os

HELP_ENV = {"COLUMNS": "100", "TERMINAL_WIDTH": "100", "NO_COLOR": "1", "TERM": "dumb", "LANG": "C.UTF-8"}


def commands() -> list[str]:
    from chengkou_tracker.cli.commands import COMMANDS

    return list(COMMANDS)


def help_text(*args: str) -> str:
    from typer.testing import CliRunner

    from chengkou_tracker.cli import app

    result = CliRunner().invoke(app, [*args, "--help"], env=HELP_ENV)
    assert result.exit_code == 0, result.output
    return "\n".join(line.rstrip() for line in result.stdout.splitlines()).strip() + "\n"


def document() -> str:
    parts = [
        "# Command-line reference\n",
        "Generated from `--help` by `python docs/gen_cli.py > docs/cli.md`; a test fails when it is out of date.\n",
        "Global options go before the command: `chengkou-tracker --as-of 2023-07-31 --lang zh list`.\n",
        "`--owner TEXT` (list, check, report, template) chooses the commitments whose owner contains TEXT; when "
        "no owner contains it, each of them exits 2 with one line naming the owners there are, e.g. `no commitment "
        "has an owner containing '县教委' (owners: 县经信委, 县财政局)`.\n",
        "Errors are one line on stderr (`chengkou-tracker: error: ...`, in Chinese with `--lang zh`); the exit "
        "codes are 0 ok, 1 `check` found problems, 2 bad usage or input, 3 ledger missing, invalid or locked.\n",
        "## chengkou-tracker\n",
        "```text\n" + help_text() + "```\n",
    ]
    for name in commands():
        parts.append(f"## chengkou-tracker {name}\n")
        parts.append("```text\n" + help_text(name) + "```\n")
    return "\n".join(parts)


if __name__ == "__main__":
    os.environ.update(HELP_ENV)
    print(document(), end="")
