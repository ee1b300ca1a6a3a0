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


def _closed_2026():  # type: ignore[no-untyped-def]
    """The 2026 ledger with the outcomes the 2027 report states recorded, as `outcomes` then `import` leave it."""
    from dataclasses import replace

    from chengkou_tracker.model import Update

    ledger = load(str(YEAR / "yunxi-2026.toml"))
    found = outcomes(ledger, (YEAR / "yunxi-2027-report.txt").read_bytes(), "yunxi-2027-report.txt")
    updates = [Update(r.commitment, r.date, r.value, r.final, r.note, change=1) for r in found.rows]
    return replace(ledger, updates=updates)


def test_carry_over_takes_the_five_year_goals_and_the_unfinished_projects_only() -> None:
    import datetime as dt
    import tomllib

    from chengkou_tracker.extract import extract
    from chengkou_tracker.extract.carry import carry_over

    drafted = tomllib.loads(extract((YEAR / "yunxi-2027-report.txt").read_bytes(), "r.txt", place="云溪县").toml)
    tables, sections = carry_over(_closed_2026(), drafted["commitment"], 2027)
    carried = {t["carried_from"]: t for t in tables if "carried_from" in t}
    assert sorted(carried) == ["2026:M001", "2026:M004", "2026:T012", "2026:T013", "2026:T014"]
    # The delayed hospital is named again by the 2027 report: drafted once, with the new quote and deadline.
    hospital = carried["2026:M001"]
    assert (hospital["quote"], hospital["deadline"]) == ("建成县人民医院新院区", dt.date(2027, 6, 30))
    assert sum(1 for t in tables if "县人民医院新院区" in t["quote"]) == 1
    # A five-year goal keeps its deadline and starts from its latest figure.
    assert (carried["2026:T013"]["deadline"], carried["2026:T013"]["baseline"]) == (dt.date(2030, 12, 31), 52.5)
    assert carried["2026:T013"]["start"] == dt.date(2027, 1, 1)
    # The fitness centre was never mentioned: still not done, carried into the new year.
    assert carried["2026:M004"]["deadline"] == dt.date(2027, 12, 31)
    assert sections == ["十五五", "（一）"]
