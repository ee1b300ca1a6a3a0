"""The closed year's outcomes from the next report's review part (issue 19), on a 2026 ledger and a 2027 report."""

from __future__ import annotations

from pathlib import Path

from chengkou_tracker.extract.outcomes import outcomes
from chengkou_tracker.store.ledger import load

YEAR = Path(__file__).parent / "data" / "year"


def test_each_review_figure_goes_to_the_commitment_that_measures_it() -> None:
    ledger = load(str(YEAR / "yunxi-2026.toml"))
    found = outcomes(ledger, (YEAR / "yunxi-2027-report.txt").read_bytes(), "yunxi-2027-report.txt")
    assert [(row.commitment, row.value, row.final) for row in found.rows] == [
        ("T001", 6.3, True),
        ("T002", 7.5, True),
        ("T003", -2.1, True),  # 固定资产投资下降2.1%
        ("T004", 6.2, True),
        ("T005", 4.1, True),
        ("T006", 5.2, True),  # 城乡居民人均可支配收入分别增长5.2%和7.0%: urban, then rural
        ("T007", 7.0, True),
        ("T008", 5.1, True),
        ("T009", 12.3, True),
        ("T010", 12.0, True),
        ("T011", 85.0, True),
        ("T012", 6.3, False),  # the five-year goal gets the year's figure, not a final
        ("T013", 52.5, False),
        ("T014", 66.1, False),
        ("M002", "done", False),  # 青龙水库开工建设: a start, and the milestone is the start
        ("M003", "done", False),  # 城北污水处理厂建成投运
    ]
    assert {row.date.isoformat() for row in found.rows} == {"2026-12-31"}
    assert found.delayed == (("M001", "县人民医院新院区受征地影响，建设进度滞后，竣工延至2027年上半年"),)
    assert found.unmatched == ()
    # M004 (全民健身中心) is not mentioned: no row, no note.
