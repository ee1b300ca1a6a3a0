"""The brief, 'no figure' apart from 'behind', this month's news, multi-year goals and the year-end report
(issues 18, 16 item 9 and 19 item 3), each through the CLI on the bundled ledger."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import Run
from tests.october import write_october


@pytest.fixture
def october(ledger: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    write_october(ledger)
    monkeypatch.setenv("CHENGKOU_AS_OF", "2023-11-02")
    return ledger


def _json(run: Run, *args: str) -> dict:
    result = run(*args, "--format", "json")
    assert (result.code, result.stderr) == (0, ""), result.stderr
    data: dict = json.loads(result.stdout)
    return data


def test_the_october_brief_counts_each_item(october: Path, run: Run) -> None:
    brief = _json(run, "report", "--month", "2023-10")["brief"]
    assert [m["id"] for m in brief["main"]] == [
        "T001",
        "T002",
        "T003",
        "T004",
        "T005",
        "T006",
        "T007",
        "T008",
        "T009",
        "M001",
    ]
    assert (brief["main"][0]["latest_value"], brief["main"][1]["latest_value"]) == (6.4, None)
    assert len(brief["achieved"]) == 19 and brief["achieved"][0] == "M002"  # start-milestones achieved once started
    assert brief["fell_behind"] == ["T001", "T014", "T016", "T028", "T057", "T080", "T109", "T127", "T149"]
    assert (brief["by_calendar"], brief["no_figure"], brief["behind"]) == (47, 117, 37)
    assert brief["departments"][0] == {"owner": "县交通局", "behind": 6, "no_figure": 8, "overdue": 0}
    assert len(brief["departments"]) == 5


def test_the_chinese_brief_opens_the_text_report(october: Path, run: Run) -> None:
    lines = run("--lang", "zh", "report", "--month", "2023-10").stdout.splitlines()
    assert lines[3:6] == ["要点", "====", "主要目标："]
    assert "  T001 地区生产总值增速：最新 6.4%（2023-10-31），目标 ~7%，差距 -0.6个百分点" in lines
    assert "  T002 规上工业增加值增速：未报送，目标 15%" in lines
    assert "  未报送 117 项，有数值但滞后 37 项" in lines
    assert "  47 项状态变化仅因时间推移（无新数值）" in lines
    assert "  县交通局：滞后 6，未报送 8" in lines
    assert "未报送     117   52.2%  █████▎····  +40" in lines  # the scorecard counts it apart
    assert "进度滞后    37   16.5%  █▋········  +10" in lines


def test_a_figure_for_september_entered_in_october_is_octobers_news(october: Path, run: Run) -> None:
    updates = _json(run, "report", "--month", "2023-10")["updates"]
    t003 = next(u for u in updates if u["id"] == "T003")
    assert (t003["date"], t003["value"], t003["entered"]) == ("2023-09-30", 11, "2023-10-16")
    text = run("report", "--month", "2023-10").stdout
    assert (
        "  2023-09-30 T003 Fixed-asset investment growth: 11; source: 县人力社保局; by: 督查室; entered 2023-10-16"
        in text
    )
    html = run("report", "--month", "2023-10", "--format", "html").stdout
    assert html.index('<section id="brief">') < html.index('<section id="scorecard">')
    assert '<details id="by-calendar"><summary>47 status changes caused only by the calendar' in html
    assert html.count('<details class="no-figure">') == 14  # 未报送 listed compactly by department
    assert html.count('<article class="commitment"') == 37  # cards only for those with something to say


def test_check_lines_say_no_figure_apart_from_behind(october: Path, run: Run) -> None:
    lines = run("--lang", "zh", "check", "--strict").stdout.splitlines()
    assert lines[0] == (
        "截至 2023-11-02: 224 项承诺: 23 未开始, 28 正常推进, 37 进度滞后, 19 已完成, 0 已逾期, 0 未完成, "
        "117 未报送; 140 久未更新"
    )
    assert "进度滞后: T001 地区生产总值增速 (目标 ~7%, 最新值 6.4, 期限 2023-12-31)" in lines
    assert sum(line.startswith("未报送") for line in lines) == 117  # 未报送、久未更新: T002 ..., not 进度滞后
    assert not any(line.startswith("进度滞后") and "最新值 -," in line for line in lines)
    data = json.loads(run("check", "--format", "json").stdout)
    assert len(data["no_figure"]) == 117


def test_a_goal_due_after_the_year_is_assessed_over_its_own_period(ledger: Path, run: Run) -> None:
    """T093 (A级景区村庄覆盖率, 2023 to 2025) is on its way in 2024, while the year's own commitments are over."""
    for date, value in (("2023-12-31", "30"), ("2024-06-30", "38")):
        assert run("record", "T093", value, "--date", date, env={"CHENGKOU_AS_OF": "2024-07-02"}).code == 0
    late = {"CHENGKOU_AS_OF": "2024-07-02"}
    listed = run("list", "--section", "3", "--format", "json", env=late)
    t093 = next(c for c in json.loads(listed.stdout) if c["id"] == "T093")
    assert t093["status"] == "on_track"  # 38% at half-way from 0 to 50% by 2025: ahead of an even pace
    assert run("check", env=late).stderr == (
        "chengkou-tracker: the ledger's year 2023 is over; look back with --as-of 2023-12-31,\n"
        "or start a new year with 'chengkou-tracker extract REPORT'\n"
        "1 goal(s) due after that year go on, each assessed to its own deadline\n"
    )
    data = json.loads(run("report", "--month", "2024-06", "--format", "json", env=late).stdout)
    assert data["five_year"] == [
        {
            "id": "T093",
            "title": "A-grade scenic village coverage rate",
            "start": "2023-01-01",
            "deadline": "2025-12-31",
            "status": "on_track",
            "yearly": {"2023": 30, "2024": 38},
        }
    ]
    text = run("--lang", "zh", "report", "--month", "2024-06", env=late).stdout.splitlines()
    assert "五年目标" in text
    assert "T093  A级景区村庄覆盖率  50%   2023-2025    30    38" in text


def test_the_year_end_report_counts_as_numbers_and_lists_what_carries_on(october: Path, run: Run) -> None:
    after = {"CHENGKOU_AS_OF": "2024-01-05"}
    data = json.loads(run("report", "--year", "2023", "--format", "json", env=after).stdout)
    year = data["year_end"]
    assert (data["month"], data["as_of"]) == ("2023", "2023-12-31")
    assert {k: year[k] for k in ("achieved", "missed", "overdue", "no_figure", "total", "completion_rate")} == {
        "achieved": 19,
        "missed": 0,
        "overdue": 64,
        "no_figure": 140,
        "total": 224,
        "completion_rate": 0.0848,
    }
    assert year["sections"][0] == {
        "section": "主要预期目标", "achieved": 0, "missed": 0, "overdue": 5, "no_figure": 5, "total": 10,
        "completion_rate": 0.0,
    }  # fmt: skip
    assert (
        len(year["departments"]) == 14 and len(year["unfinished_ids"]) == 55
    )  # five start-milestones were started: done
    assert "T093" not in year["missed_ids"] and [g["id"] for g in data["five_year"]] == ["T093"]
    zh = run("--lang", "zh", "report", "--year", "2023", env=after).stdout.splitlines()
    assert zh[:2] == ["城口县2023年政府工作报告承诺事项年度总结", "2023：224项承诺，截至 2023-12-31"]
    assert "部分            已完成  未完成  已逾期  未报送  合计  完成率" in zh
    assert "（三）               6       0      12      22    41   14.6%" in zh  # 6 of 41 achieved
    # Its period is the year, and it says so: no heading of the year's report speaks of "this month".
    assert {"本年完成：", "本年因新报数值转为滞后：", "本年变化"} <= set(zh)
    assert [line for line in zh if "本月" in line] == []
    english = run("report", "--year", "2023", env=after).stdout
    assert "Achieved this year" in english and "this month" not in english
    refused = run("report", "--year", "2024", env=after)
    assert (refused.code, refused.stderr) == (
        2,
        "chengkou-tracker: error: year 2024 has not ended by 2024-01-05; its year-end report can be made from 2024-12-31\n",
    )
    both = run("report", "--year", "2023", "--month", "2023-10", env=after)
    assert (both.code, both.stderr) == (2, "chengkou-tracker: error: report takes --year or --month, not both\n")


def test_the_brief_of_a_2026_report_leads_with_the_years_own_targets(run: Run, tmp_path: Path) -> None:
    """A 2026 report sets its five-year goals in the part before the year's: the brief's main targets are the year's
    (T007 on), not the goals due 2030, which the report shows in a part of their own."""
    yunxi = Path(__file__).parent / "data" / "extract" / "yunxi-county-2026.txt"
    (tmp_path / "yunxi.txt").write_bytes(yunxi.read_bytes())
    assert run("extract", "yunxi.txt", "--output", "yunxi.toml").code == 0
    april = {"CHENGKOU_AS_OF": "2026-04-05"}
    data = json.loads(
        run("--ledger", "yunxi.toml", "report", "--month", "2026-03", "--format", "json", env=april).stdout
    )
    assert [m["id"] for m in data["brief"]["main"]] == ["T007", "T008", "T009", "T010", "T011", "T012"]
    assert [g["id"] for g in data["five_year"]][:2] == ["T001", "T002"]
    lines = run("--lang", "zh", "--ledger", "yunxi.toml", "report", "--month", "2026-03", env=april).stdout.splitlines()
    assert lines[5:7] == ["主要目标：", "  T007 地区生产总值增速：未报送，目标 ~6%"]
