"""Daily use at a terminal: signed numbers, dates outside the period, 80 columns, Chinese everywhere."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import Run


@pytest.mark.parametrize(
    ("args", "shown", "date"),
    [
        (["-3.2"], "-3.2", "2023-07-02"),
        (["+5"], "5", "2023-07-02"),
        (["-0.5", "--date", "2023-06-30"], "-0.5", "2023-06-30"),
        (["--date", "2023-06-30", "-.5"], "-0.5", "2023-06-30"),
        (["-1e2", "--note", "-3"], "-100", "2023-07-02"),
    ],
)
def test_signed_numbers_are_values(run: Run, ledger: Path, args: list[str], shown: str, date: str) -> None:
    result = run("record", "T004", *args)
    assert (result.code, result.stderr) == (0, ""), result.stderr
    assert result.stdout == f"T004 Retail sales of consumer goods growth: recorded {shown} on {date} -> at risk\n"
    assert f"\nvalue = {shown}\n" in ledger.read_text("utf-8")


def test_an_unknown_option_is_still_an_error(run: Run, ledger: Path) -> None:
    before = ledger.read_bytes()
    for option, named in (("--bogus", "--bogus"), ("-x", "-x"), ("-3x", "-3")):
        result = run("record", "T004", "-3.2", option)
        assert (result.code, result.stdout) == (2, ""), option
        assert result.stderr == f"chengkou-tracker: error: No such option: {named}\n"
    assert ledger.read_bytes() == before


def test_edit_reads_signed_numbers(run: Run, ledger: Path) -> None:
    result = run("edit", "T001", "--tolerance", "+0.5")
    assert (result.code, result.stdout) == (0, "recorded change 1: edit T001 tolerance=0.5\n")
    refused = run("edit", "T001", "--tolerance", "-0.5")
    assert (refused.code, refused.stderr) == (
        2,
        "chengkou-tracker: error: tolerance -0.5 must be a finite number >= 0\n",
    )
