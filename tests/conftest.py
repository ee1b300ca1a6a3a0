"""Shared fixtures: a private copy of the bundled ledger and a CLI runner with a pinned clock."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from chengkou_tracker.cli import app

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "chengkou_tracker" / "data" / "commitments.toml"
REPORT = ROOT / "chengkou_tracker" / "data" / "report.txt"

# Every test runs at a fixed as-of date and clock, in English, without colour, 120 columns wide.
PINNED_ENV = {
    "CHENGKOU_AS_OF": "2023-07-02",
    "CHENGKOU_NOW": "2023-07-02T09:00:00Z",
    "LANG": "C.UTF-8",
    "LC_ALL": "",  # the language of messages follows LC_ALL, then LC_MESSAGES, then LANG: only LANG is set
    "LC_MESSAGES": "",
    "NO_COLOR": "1",
    "COLUMNS": "120",
    "TERM": "dumb",
    "USER": "clerk",
    "LOGNAME": "clerk",
}


def pytest_configure(config: pytest.Config) -> None:
    """Before any test module is even imported (some load the ledger at import), point the home folder
    and every cache folder at a temporary one, so that nothing a test run does reaches the real ~/.cache."""
    import os
    import tempfile

    folder = tempfile.mkdtemp(prefix="chengkou-tests-")
    config.stash[_SESSION_FOLDER] = folder
    os.environ["HOME"] = os.path.join(folder, "home")
    os.environ["XDG_CACHE_HOME"] = os.path.join(folder, "cache")
    os.environ["CHENGKOU_CACHE_DIR"] = os.path.join(folder, "cache", "chengkou-tracker")
    os.makedirs(os.environ["HOME"])


def pytest_unconfigure(config: pytest.Config) -> None:
    folder = config.stash.get(_SESSION_FOLDER, None)
    if folder:
        shutil.rmtree(folder, ignore_errors=True)


_SESSION_FOLDER = pytest.StashKey[str]()


@dataclass
class Result:
    code: int
    stdout: str
    stderr: str


Run = Callable[..., Result]


@pytest.fixture(autouse=True)
def _hermetic(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    for key, value in PINNED_ENV.items():
        monkeypatch.setenv(key, value)
    monkeypatch.delenv("CHENGKOU_LEDGER", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path_factory.mktemp("home")))
    # The ledger cache lives outside the test's folder, whose contents some tests compare byte for byte;
    # all three ways of naming it point into a temporary folder, so no test can write the real ~/.cache.
    cache = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    monkeypatch.setenv("CHENGKOU_CACHE_DIR", str(cache / "chengkou-tracker"))
    monkeypatch.chdir(tmp_path)


@pytest.fixture
def ledger(tmp_path: Path) -> Path:
    """A fresh copy of the bundled ledger, at ./commitments.toml of the test's folder, with its report.txt."""
    path = tmp_path / "commitments.toml"
    shutil.copyfile(BUNDLED, path)
    shutil.copyfile(REPORT, tmp_path / "report.txt")  # the text the ledger's [report] names
    return path


@pytest.fixture
def run() -> Run:
    """Invoke the CLI in-process: run("list", "--format", "json", env={...}, input="y\\n")."""
    runner = CliRunner()

    def invoke(*args: str, env: dict[str, str] | None = None, input: str | None = None) -> Result:
        result = runner.invoke(app, list(args), env=env, input=input)
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            raise result.exception
        return Result(result.exit_code, result.stdout, result.stderr)

    return invoke
