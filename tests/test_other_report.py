"""A ledger that follows another year's report: titles, sections, headings and --section come from its [report]."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import Run

LEDGER = """[report]
place = "某县"
year = 2025
title = "某县2025年政府工作报告"

[[report.sections]]
key = "一、"
heading = "稳住经济大盘"

[[report.sections]]
key = "（二）"
heading = "建设宜居城乡"

[[report.sections]]
key = "民生实事"

[[commitment]]
id = "T001"
section = "一、"
title = "地区生产总值增速"
title_en = "GDP growth"
quote = "地区生产总值增长6%"
kind = "growth"
target = 6
unit = "%"
direction = "at_least"
tags = []

[[commitment]]
id = "T002"
section = "（二）"
title = "新建公园"
title_en = "New parks"
quote = "新建公园4个"
kind = "quantity"
target = 4
unit = "个"
direction = "at_least"
tags = []

[[commitment]]
id = "M001"
section = "民生实事"
title = "县医院新院区开工"
title_en = "New county hospital campus started"
quote = "县医院新院区开工建设"
kind = "milestone"
tags = []
"""
AS_OF = {"CHENGKOU_AS_OF": "2025-07-02"}


@pytest.fixture
def other(tmp_path: Path) -> Path:
    path = tmp_path / "commitments.toml"
    path.write_text(LEDGER, encoding="utf-8")
    return path


def _ids(run: Run, *args: str) -> list[str]:
    result = run("list", "--format", "json", *args, env=AS_OF)
    assert result.code == 0, result.stderr
    return [record["id"] for record in json.loads(result.stdout)]


@pytest.mark.parametrize(
    ("section", "ids"),
    [("一、", ["T001"]), ("0", ["T001"]), ("（二）", ["T002"]), ("(二)", ["T002"]), ("1", ["T002"]), ("2", ["M001"])],
)
def test_section_is_a_key_of_this_ledger_or_its_position(other: Path, run: Run, section: str, ids: list[str]) -> None:
    assert _ids(run, "--section", section) == ids


def test_an_unknown_section_names_this_ledgers_sections(other: Path, run: Run) -> None:
    result = run("list", "--section", "（六）", env=AS_OF)
    assert (result.code, result.stderr) == (
        2,
        "chengkou-tracker: error: unknown section '（六）' (use 0-2 or one of 一、, （二）, 民生实事)\n",
    )


def test_summary_shows_this_ledgers_headings(other: Path, run: Run) -> None:
    lines = [line.rstrip() for line in run("summary", env=AS_OF).stdout.splitlines()]
    assert [line.split()[0] for line in lines[2:6]] == ["一、", "（二）", "民生实事", "total"]
    assert lines[-3:] == ["", "一、   稳住经济大盘", "（二） 建设宜居城乡"]


def test_the_report_is_titled_after_this_ledgers_report(other: Path, run: Run) -> None:
    run("record", "T002", "1", "--date", "2025-06-30", env={**AS_OF, "CHENGKOU_NOW": "2025-07-01T09:00:00Z"})
    zh = run("--lang", "zh", "report", env=AS_OF).stdout.splitlines()
    assert zh[:2] == ["某县2025年政府工作报告承诺事项月度报告", "2025-06：3项承诺，截至 2025-06-30"]
    assert "一、稳住经济大盘" in zh and "（二）建设宜居城乡" in zh and "民生实事" in zh
    assert "  均衡进度 2个" not in zh  # a quantity's even pace is in the trajectory table, with its unit
    assert "  日期        数值（个）  均衡进度（个）  差距（个）  进度" in zh
    en = run("report", env=AS_OF).stdout
    assert en.startswith("Monthly report on the commitments of 某县2025年政府工作报告\n")
    page = run("report", "--format", "html", env=AS_OF).stdout
    assert "<title>Monthly report on the commitments of 某县2025年政府工作报告 2025-06</title>" in page
    assert "城口" not in page and "2023" not in page
