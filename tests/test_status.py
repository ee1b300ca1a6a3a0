"""The status rules of the tracking issue, with its examples and their edge cases."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from chengkou_tracker.model import Commitment, Direction, Kind, Status, Update
from chengkou_tracker.status import assess, elapsed_fraction
from tests.conftest import Run

D = dt.date
MID_YEAR = D(2023, 7, 2)  # f = 182/364 = 0.5
AFTER = D(2024, 1, 15)


def commitment(kind: Kind, target: float | None = 80, **fields: object) -> Commitment:
    direction = None if kind is Kind.MILESTONE else (Direction.AT_MOST if kind is Kind.CEILING else Direction.AT_LEAST)
    base = {"id": "X1", "section": "（四）", "title": "t", "title_en": "t", "quote": "q", "kind": kind}
    base |= {"target": target, "unit": "个", "direction": direction}
    if kind is Kind.MILESTONE:
        base |= {"target": None, "unit": None}
    base |= fields
    return Commitment(**base)  # type: ignore[arg-type]


JUNE_30 = D(2023, 6, 30)


def update(value: float | str, date: dt.date = JUNE_30, *, final: bool = False, change: int = 1) -> Update:
    return Update("X1", date, value, final=final, change=change)


def status(c: Commitment, updates: list[Update], as_of: dt.date) -> Status:
    return assess(c, updates, as_of).status


# ---- progress commitments: the 5G example (新建5G基站80个)

FIVE_G = commitment(Kind.QUANTITY, 80)


@pytest.mark.parametrize(
    ("updates", "as_of", "expected"),
    [
        ([update(20)], MID_YEAR, Status.AT_RISK),
        ([update(45)], MID_YEAR, Status.ON_TRACK),
        ([update(80)], MID_YEAR, Status.ACHIEVED),
        ([update(60)], AFTER, Status.OVERDUE),
        ([update(60, final=True)], AFTER, Status.MISSED),
        ([update(60, final=True)], MID_YEAR, Status.MISSED),
        ([], D(2023, 3, 1), Status.NOT_STARTED),
        ([], MID_YEAR, Status.AT_RISK),  # no update and f >= 0.5
        ([], D(2023, 7, 1), Status.NOT_STARTED),  # f just under 0.5
        ([], AFTER, Status.OVERDUE),
        ([update(79)], D(2023, 12, 31), Status.ON_TRACK),  # the deadline day is still open
        ([update(79)], D(2024, 1, 1), Status.OVERDUE),
        ([update(90, D(2024, 1, 10))], AFTER, Status.ACHIEVED),  # reached late
    ],
)
def test_progress_examples(updates: list[Update], as_of: dt.date, expected: Status) -> None:
    assert status(FIVE_G, updates, as_of) == expected


def test_progress_value_and_pace_at_mid_year() -> None:
    result = assess(FIVE_G, [update(20)], MID_YEAR)
    # An even pace reaches 40 of 80 at mid-year; 20 is 20 behind it, a quarter of the way.
    assert (result.progress, result.elapsed, result.pace, result.gap, result.gap_share) == (0.25, 0.5, 40, -20, -0.25)


def test_a_level_paces_from_its_baseline_and_its_gap_is_in_the_targets_unit() -> None:
    rate = commitment(Kind.LEVEL, 52, unit="%", baseline=50)
    result = assess(rate, [update(51.2)], MID_YEAR)
    assert (result.pace, round(result.gap or 0, 6), round(result.gap_share or 0, 6)) == (51, 0.2, 0.1)


def test_no_figure_no_gap() -> None:
    result = assess(FIVE_G, [], MID_YEAR)
    assert (result.pace, result.gap, result.gap_share) == (40, None, None)


def test_target_reached_after_deadline_counts_days_late() -> None:
    result = assess(FIVE_G, [update(90, D(2024, 1, 10))], AFTER)
    assert (result.status, result.days_late) == (Status.ACHIEVED, 10)


def test_updates_after_the_as_of_date_do_not_count() -> None:
    result = assess(FIVE_G, [update(45, D(2023, 6, 1)), update(80, D(2023, 8, 1), change=2)], MID_YEAR)
    assert (result.status, result.latest_value) == (Status.ON_TRACK, 45)


def test_latest_is_by_date_then_by_order_recorded() -> None:
    updates = [update(80, D(2023, 6, 1), change=1), update(10, D(2023, 6, 1), change=2)]
    assert assess(FIVE_G, updates, MID_YEAR).latest_value == 10


def test_level_counts_from_the_baseline() -> None:
    coverage = commitment(Kind.LEVEL, 90, baseline=80)
    assert assess(coverage, [update(85)], MID_YEAR).progress == 0.5
    assert status(coverage, [update(81)], MID_YEAR) == Status.AT_RISK


def test_level_target_below_the_baseline_progresses_downwards() -> None:
    share = commitment(Kind.LEVEL, 8, baseline=10)
    assert assess(share, [update(9)], MID_YEAR).progress == 0.5
    assert status(share, [update(8)], MID_YEAR) == Status.ACHIEVED
    assert assess(share, [update(12)], MID_YEAR).progress == 0.0


def test_target_equal_to_baseline() -> None:
    steady = commitment(Kind.LEVEL, 100, baseline=100)
    assert status(steady, [update(100)], MID_YEAR) == Status.ACHIEVED
    assert status(steady, [update(99)], MID_YEAR) == Status.AT_RISK


def test_reduction_counts_from_zero() -> None:
    cut = commitment(Kind.REDUCTION, 20, unit="%")
    assert assess(cut, [update(10)], MID_YEAR).progress == 0.5


# ---- threshold commitments: GDP growth about 7%

GDP = commitment(Kind.GROWTH, 7, direction=Direction.ABOUT, unit="%")


@pytest.mark.parametrize(
    ("updates", "as_of", "expected"),
    [
        ([update(7.5)], MID_YEAR, Status.ON_TRACK),
        ([update(5.0)], MID_YEAR, Status.AT_RISK),
        ([update(7.2, final=True)], MID_YEAR, Status.ACHIEVED),
        ([update(6.0, final=True)], MID_YEAR, Status.MISSED),
        ([update(7.5)], AFTER, Status.OVERDUE),
        ([], MID_YEAR, Status.NOT_STARTED),
        ([], AFTER, Status.OVERDUE),
        ([update(7.1, D(2023, 12, 31))], AFTER, Status.ACHIEVED),  # dated on the deadline: the outcome
        ([update(6.65)], MID_YEAR, Status.ON_TRACK),  # about: 5% of 7 below is still fine
        ([update(6.64)], MID_YEAR, Status.AT_RISK),
    ],
)
def test_threshold_examples(updates: list[Update], as_of: dt.date, expected: Status) -> None:
    assert status(GDP, updates, as_of) == expected


def test_threshold_progress_is_null_and_gap_is_latest_minus_target() -> None:
    result = assess(GDP, [update(7.5)], MID_YEAR)
    assert (result.progress, result.pace, result.gap, result.gap_share) == (None, None, 0.5, None)


@pytest.mark.parametrize(
    ("kind", "value", "gap"),
    [
        (Kind.GROWTH, 6.9, -0.1),  # short of 7: behind
        (Kind.FLOOR, 6.9, -0.1),
        (Kind.CEILING, 6.9, 0.1),  # under a ceiling of 7: ahead
        (Kind.CEILING, 7.1, -0.1),  # over it: behind
    ],
)
def test_a_negative_gap_means_behind_for_every_threshold(kind: Kind, value: float, gap: float) -> None:
    result = assess(commitment(kind, 7, unit="%"), [update(value)], MID_YEAR)
    assert round(result.gap or 0, 6) == gap


def test_ceiling_compares_at_or_below_and_about_relaxes_upwards() -> None:
    unemployment = commitment(Kind.CEILING, 5.5, unit="%")
    assert status(unemployment, [update(5.5)], MID_YEAR) == Status.ON_TRACK
    assert status(unemployment, [update(5.6)], MID_YEAR) == Status.AT_RISK
    debt = commitment(Kind.CEILING, 65, unit="%", direction=Direction.ABOUT, tolerance=1)
    assert status(debt, [update(66, final=True)], MID_YEAR) == Status.ACHIEVED
    assert status(debt, [update(66.5, final=True)], MID_YEAR) == Status.MISSED


def test_floor() -> None:
    enrolment = commitment(Kind.FLOOR, 95, unit="%")
    assert status(enrolment, [update(95)], MID_YEAR) == Status.ON_TRACK
    assert status(enrolment, [update(94.9)], MID_YEAR) == Status.AT_RISK


# ---- milestones

DAM = commitment(Kind.MILESTONE)


@pytest.mark.parametrize(
    ("updates", "as_of", "expected", "progress"),
    [
        ([], MID_YEAR, Status.NOT_STARTED, 0.0),
        ([], D(2023, 10, 1), Status.AT_RISK, 0.0),  # f >= 0.75
        ([update("started")], D(2023, 10, 1), Status.ON_TRACK, 0.5),
        ([update("done")], MID_YEAR, Status.ACHIEVED, 1.0),
        ([update("started")], AFTER, Status.OVERDUE, 0.5),
        ([update("done", D(2024, 1, 5))], AFTER, Status.ACHIEVED, 1.0),
    ],
)
def test_milestones(updates: list[Update], as_of: dt.date, expected: Status, progress: float) -> None:
    result = assess(DAM, updates, as_of)
    assert (result.status, result.progress) == (expected, progress)


# ---- stale flag and elapsed fraction


def test_stale_after_sixty_days_without_update() -> None:
    assert assess(FIVE_G, [update(45, D(2023, 5, 3))], MID_YEAR).stale is False  # exactly 60 days
    assert assess(FIVE_G, [update(45, D(2023, 5, 2))], MID_YEAR).stale is True
    assert assess(FIVE_G, [], D(2023, 3, 2)).stale is False  # 60 days from the start
    assert assess(FIVE_G, [], D(2023, 3, 3)).stale is True
    assert assess(FIVE_G, [update(80, D(2023, 1, 5))], MID_YEAR).stale is False  # achieved is never stale


def test_elapsed_fraction_is_clamped() -> None:
    assert elapsed_fraction(FIVE_G, D(2022, 6, 1)) == 0.0
    assert elapsed_fraction(FIVE_G, D(2025, 6, 1)) == 1.0
    assert elapsed_fraction(FIVE_G, MID_YEAR) == 0.5


# ---- the thresholds themselves (README, "Status"): at risk below 0.8·f; a milestone from f = 0.75

THREE_QUARTERS = D(2023, 10, 1)  # f = 273/364 = 0.75 exactly


def test_progress_exactly_at_eight_tenths_of_the_elapsed_share_is_on_track() -> None:
    assert elapsed_fraction(FIVE_G, MID_YEAR) == 0.5
    assert status(FIVE_G, [update(32)], MID_YEAR) is Status.ON_TRACK  # p = 0.4 = 0.8 × 0.5
    assert status(FIVE_G, [update(31.99)], MID_YEAR) is Status.AT_RISK


def test_a_milestone_not_started_is_at_risk_from_exactly_three_quarters_of_the_way() -> None:
    milestone = commitment(Kind.MILESTONE)
    assert elapsed_fraction(milestone, THREE_QUARTERS) == 0.75
    assert status(milestone, [], THREE_QUARTERS - dt.timedelta(days=1)) is Status.NOT_STARTED
    assert status(milestone, [], THREE_QUARTERS) is Status.AT_RISK
    assert status(milestone, [update("started", D(2023, 9, 1))], THREE_QUARTERS) is Status.ON_TRACK


def test_the_thresholds_through_the_command_line(ledger: Path, run: Run) -> None:
    run("record", "T041", "1200", "--date", "2023-06-30")  # 3000人次: p = 0.4 = 0.8 × f at mid-year

    def status_of(commitment_id: str, as_of: str) -> str:
        listed = run("list", "--format", "json", env={"CHENGKOU_AS_OF": as_of})
        return str(next(c["status"] for c in json.loads(listed.stdout) if c["id"] == commitment_id))

    assert status_of("T041", "2023-07-02") == "on_track"
    assert status_of("T041", "2023-07-03") == "at_risk"  # f grows, p does not
    assert status_of("M001", "2023-09-30") == "not_started"
    assert status_of("M001", "2023-10-01") == "at_risk"
