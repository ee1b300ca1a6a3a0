"""Under cron: no terminal, no HOME, a minimal PATH. `check` and `report` behave exactly as they do elsewhere."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import Run
from tests.report_history import write_history


def _cache() -> dict[str, str]:
    """Without HOME the cache would go to the real user's ~/.cache: point it at the test's own folder."""
    return {"CHENGKOU_CACHE_DIR": os.environ["CHENGKOU_CACHE_DIR"]}


def _cli(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "chengkou_tracker", *args],
        env=env,
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=60,
        check=False,
    )


def test_check_and_report_under_env_minus_i_match_a_terminal_session(ledger: Path, run: Run, tmp_path: Path) -> None:
    write_history(run, tmp_path)
    cron = {"PATH": "/usr/bin:/bin", "CHENGKOU_LEDGER": str(ledger), "CHENGKOU_AS_OF": "2023-07-02", **_cache()}
    interactive = {
        **cron,
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path / "home"),
        "LANG": "C.UTF-8",
        "TERM": "xterm-256color",
        "USER": "clerk",
    }
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    for args in (["check"], ["check", "--strict"], ["report"], ["report", "-f", "html"], ["--lang", "zh", "report"]):
        under_cron = _cli(args, cron, elsewhere)
        at_a_terminal = _cli(args, interactive, elsewhere)
        assert (under_cron.returncode, under_cron.stdout, under_cron.stderr) == (
            at_a_terminal.returncode,
            at_a_terminal.stdout,
            at_a_terminal.stderr,
        ), args
        assert b"\x1b" not in under_cron.stdout
    assert _cli(["check"], cron, elsewhere).returncode == 1  # M004 is overdue
    assert _cli(["--as-of", "2023-05-31", "check"], cron, elsewhere).returncode == 0


def test_a_cron_report_into_a_dated_file_is_silent(ledger: Path, run: Run, tmp_path: Path) -> None:
    write_history(run, tmp_path)
    folder = tmp_path / "reports"
    folder.mkdir()
    cron = {"PATH": "/usr/bin:/bin", "CHENGKOU_LEDGER": str(ledger), "CHENGKOU_AS_OF": "2023-07-02", **_cache()}
    # The crontab line from the README, less the \% that cron itself needs.
    line = f'{sys.executable} -m chengkou_tracker report --month previous -o "{folder}/report-$(date -d "2023-07-02 -1 month" +%Y-%m).html"'
    result = subprocess.run(
        ["/bin/sh", "-c", line], env=cron, cwd=tmp_path, capture_output=True, timeout=60, check=False
    )
    assert (result.returncode, result.stdout, result.stderr) == (0, b"", b"")
    assert [p.name for p in folder.iterdir()] == ["report-2023-06.html"]
