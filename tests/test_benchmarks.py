"""Smoke run of the benchmark (tiny ledgers, one run, no budgets), so the script cannot rot unnoticed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUN = ROOT / "benchmarks" / "run.py"
ROW_NAMES = (
    "chengkou-tracker --version",
    "record ID VALUE on Y",
    "check on Y",
    "list on Y",
    "report --format html on Y",
    "export --format xlsx on Y",
    "import of a 1,000-row xlsx",
    "check --format json on S",
    "check on S vs S/10 (linear)",
    "first check --format json on S after a change",
    "peak memory of check on S",
    "extract on the 2023 report",
)


def test_quick_benchmark_runs_and_prints_every_budget_row(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(RUN), "--quick", "--out", str(tmp_path / "ledgers")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    for name in ROW_NAMES:
        assert name in result.stdout, f"row {name!r} missing from:\n{result.stdout}"
    assert "quick run: tiny ledgers, no budgets" in result.stdout
