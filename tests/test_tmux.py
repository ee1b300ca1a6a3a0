"""In a real terminal (tmux) at 80, 120 and 200 columns, tables take the terminal's width and fit it."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rich.cells import cell_len

from tests.conftest import Run

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed (apt-get install tmux)")


def _in_tmux(args: list[str], columns: int, env: dict[str, str], socket: str) -> list[str]:
    """Run the tool in a detached tmux window COLUMNS wide; the pane's lines once it has finished."""
    tmux = ["tmux", "-L", socket, "-f", "/dev/null"]
    command = " ".join(shlex.quote(word) for word in [sys.executable, "-m", "chengkou_tracker", *args])
    script = f"{command}; {' '.join(tmux)} wait-for -S finished; sleep 600"
    subprocess.run(
        [*tmux, "new-session", "-d", "-x", str(columns), "-y", "60", "-s", "main", "env", "-i", *[f"{k}={v}" for k, v in env.items()], "sh", "-c", script],
        check=True,
        timeout=30,
    )  # fmt: skip
    try:
        subprocess.run([*tmux, "wait-for", "finished"], check=True, timeout=60)
        pane = subprocess.run(
            [*tmux, "capture-pane", "-p", "-S", "-", "-t", "main"], check=True, capture_output=True, timeout=30
        )
    finally:
        subprocess.run([*tmux, "kill-server"], check=False, timeout=30)
    lines = pane.stdout.decode("utf-8").rstrip("\n").splitlines()
    return [line.rstrip() for line in lines]


@pytest.mark.parametrize("columns", [80, 120, 200])
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_tables_in_tmux_fit_the_window(run: Run, ledger: Path, tmp_path: Path, columns: int, lang: str) -> None:
    assert run("record", "T104", "45").code == 0
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ["HOME"],
        "LANG": "C.UTF-8",
        "NO_COLOR": "1",
        "TERM": "screen",
        "CHENGKOU_LEDGER": str(ledger),
        "CHENGKOU_AS_OF": "2023-07-02",
        "CHENGKOU_CACHE_DIR": os.environ["CHENGKOU_CACHE_DIR"],
    }  # and no COLUMNS (env -i): the tool asks the terminal how wide it is
    socket = f"chengkou-test-{os.getpid()}-{columns}-{lang}"
    for args in (["list", "--search", "5G"], ["summary"], ["list", "--section", "1"]):
        shown = _in_tmux(["--lang", lang, *args], columns, env, socket)
        expected = run("--lang", lang, *args, env={"COLUMNS": str(columns)}).stdout.splitlines()
        assert shown == expected, (columns, lang, args)
        assert max(cell_len(line) for line in shown) <= columns
