"""Pace and gap: one definition (status.py), printed the same way by `show`, `list --format json` and reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import Run


def _line(run: Run, key: str, *args: str) -> str:
    lines = run(*args).stdout.splitlines()
    return next(line.rstrip() for line in lines if line.startswith(key))


@pytest.mark.parametrize(
    ("commitment", "value", "lang", "line"),
    [
        # The examples: a ceiling on target and a growth rate short of it used to print the same -0.10.
        ("T009", "5.4", "en", "gap       +0.1 percentage points (meets the target)"),
        ("T001", "6.5", "en", "gap        -0.5 percentage points (misses the target)"),
        ("T001", "6.9", "en", "gap        -0.1 percentage points (within the tolerance)"),  # 7% 左右
        ("T009", "5.6", "en", "gap       -0.1 percentage points (misses the target)"),  # over the ceiling
        ("T009", "5.4", "zh", "差距      +0.1个百分点（达到目标）"),
        ("T001", "6.5", "zh", "差距      -0.5个百分点（未达目标）"),
    ],
)
def test_a_threshold_shows_its_distance_to_the_target_with_negative_meaning_behind(
    run: Run, ledger: Path, commitment: str, value: str, lang: str, line: str
) -> None:
    assert run("record", commitment, value, "--date", "2023-06-30").code == 0
    shown = run("--lang", lang, "show", commitment).stdout
    assert line in [row.rstrip() for row in shown.splitlines()]
    # A growth rate has no even pace: nothing like "even pace 7" is printed.
    assert ("even pace" if lang == "en" else "均衡进度") not in shown


def test_a_quantity_shows_its_even_pace_and_how_far_behind_it_in_its_unit_and_as_a_share(
    run: Run, ledger: Path
) -> None:
    run("record", "T041", "1050", "--date", "2023-05-31")
    assert _line(run, "even pace", "show", "T041") == "even pace  1500人次"
    assert _line(run, "gap", "show", "T041") == "gap        -450人次, -15.0% of the way (behind an even pace)"
    assert _line(run, "差距", "--lang", "zh", "show", "T041") == "差距      -450人次，全程的-15.0%（落后于均衡进度）"
    run("record", "T104", "60")
    assert _line(run, "gap", "show", "T104") == "gap        +20个, +25.0% of the way (ahead of an even pace)"


def test_list_json_and_the_report_carry_the_same_figures_as_show(run: Run, ledger: Path) -> None:
    for commitment, value in (("T009", "5.4"), ("T001", "6.5"), ("T041", "1050")):
        run("record", commitment, value, "--date", "2023-06-30")
    records = {r["id"]: r for r in json.loads(run("list", "--format", "json").stdout)}
    assert {i: (records[i]["pace"], records[i]["gap"], records[i]["gap_share"]) for i in ("T009", "T001", "T041")} == {
        "T009": (None, 0.1, None),
        "T001": (None, -0.5, None),
        "T041": (1500, -450, -0.15),
    }
    report = json.loads(run("--as-of", "2023-07-31", "report", "--month", "2023-06", "-f", "json").stdout)
    concerns = {c["id"]: c for c in report["concerns"]}
    assert (concerns["T041"]["pace"], concerns["T041"]["gap"]) == (1483.5165, -433.5165)  # at June's end
    assert (concerns["T001"]["pace"], concerns["T001"]["gap"]) == (None, -0.5)
    text = run("--as-of", "2023-07-31", "report", "--month", "2023-06").stdout.splitlines()
    assert "  gap -433.52人次, -14.5% of the way (behind an even pace)" in text
    assert "  gap -0.5 percentage points (misses the target)" in text


def test_help_of_show_list_and_report_defines_pace_and_gap(run: Run) -> None:
    for command in ("show", "list", "report"):
        text = " ".join(run(command, "--help").stdout.split())
        assert "the gap is the latest figure minus that pace, in the target's unit and as a share of the way" in text
        assert "(percentage points for a %)" in text and "A negative gap means behind." in text
