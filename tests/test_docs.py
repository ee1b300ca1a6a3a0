"""The CLI reference is generated from --help and must match it."""

from __future__ import annotations

import os
import runpy
import shlex
from pathlib import Path

import pytest

from tests.conftest import ROOT, Run


def test_cli_reference_is_up_to_date() -> None:
    generator = runpy.run_path(str(ROOT / "docs" / "gen_cli.py"))
    expected = generator["document"]()
    assert (ROOT / "docs" / "cli.md").read_text("utf-8") == expected, "run: python docs/gen_cli.py > docs/cli.md"


def test_readme_commands_are_what_ci_runs() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    test_command = ci.strip().splitlines()[-1]
    assert f"```sh\n{test_command}\n```" in readme


def test_the_readme_session_prints_what_it_shows(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run every command of the README's "A first session" and compare with the output shown.

    It starts in the clone, as a new user would, whose own commitments.toml `init` must not meet.
    """
    monkeypatch.chdir(ROOT)
    clone_ledger = (ROOT / "commitments.toml").read_bytes()
    readme = (ROOT / "README.md").read_text("utf-8")
    session = readme.split("## A first session", 1)[1].split("```console\n", 1)[1].split("```", 1)[0]
    env = {"COLUMNS": "100", "CHENGKOU_AS_OF": ""}
    expected: list[str] = []
    actual: list[str] = []
    for block in session.split("$ ")[1:]:
        command, *shown = block.rstrip("\n").split("\n")
        expected.extend(line.rstrip() for line in shown)
        show_exit = command.endswith('; echo "exit $?"')
        words = shlex.split(command.removesuffix('; echo "exit $?"'), comments=True)
        if words[0] == "export":
            key, value = words[1].split("=", 1)
            env[key] = value
            continue
        if words[:2] == ["mkdir", "-p"]:  # mkdir -p ~/chengkou && cd ~/chengkou, in the test's own HOME
            folder = Path(os.path.expanduser(words[2]))
            assert words[3:] == ["&&", "cd", words[2]] and folder.is_relative_to(os.environ["HOME"])
            folder.mkdir(parents=True)
            monkeypatch.chdir(folder)
            continue
        assert words[0] == "chengkou-tracker"
        result = run(*words[1:], env=env)
        assert result.stderr == ""
        actual.extend(line.rstrip() for line in result.stdout.splitlines())
        if show_exit:
            actual.append(f"exit {result.code}")
    assert actual == expected
    assert Path("commitments.toml").resolve().parent != ROOT
    assert (ROOT / "commitments.toml").read_bytes() == clone_ledger
