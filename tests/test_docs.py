"""The CLI reference is generated from --help and must match it."""

from __future__ import annotations

import runpy

from tests.conftest import ROOT


def test_cli_reference_is_up_to_date() -> None:
    generator = runpy.run_path(str(ROOT / "docs" / "gen_cli.py"))
    expected = generator["document"]()
    assert (ROOT / "docs" / "cli.md").read_text("utf-8") == expected, "run: python docs/gen_cli.py > docs/cli.md"


def test_readme_commands_are_what_ci_runs() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    test_command = ci.strip().splitlines()[-1]
    assert f"```sh\n{test_command}\n```" in readme
