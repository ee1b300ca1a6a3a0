"""Open problems (存在问题) a department reports with a figure reach the leaders: the brief, JSON, and the 台账."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import Run

JULY = {"CHENGKOU_AS_OF": "2023-07-31"}


def test_an_open_problem_is_in_the_brief_and_the_json_until_resolved(ledger: Path, run: Run) -> None:
    assert run("assign", "县交通局", "T020").code == 0
    problem = "征地拆迁未完成，需县政府协调"
    assert run("record", "T020", "3", "--date", "2023-07-20", "--problem", problem, env=JULY).code == 0
    report = json.loads(run("report", "--month", "2023-07", "--format", "json", env=JULY).stdout)
    assert [(p["id"], p["owner"], p["text"]) for p in report["problems"]] == [("T020", "县交通局", problem)]
    text = run("--lang", "zh", "report", "--month", "2023-07", env=JULY).stdout.splitlines()
    at = text.index("待协调解决的问题：")
    assert text[at + 1] == f"  县交通局：T020 {problem}"
    assert run("record", "T020", "5", "--date", "2023-07-28", "--resolved", env=JULY).code == 0
    after = json.loads(run("report", "--month", "2023-07", "--format", "json", env=JULY).stdout)
    assert after["problems"] == []


def test_the_ledger_sheet_carries_the_open_problems(ledger: Path, run: Run, tmp_path: Path) -> None:
    from python_calamine import CalamineWorkbook

    problem = "资金未到位"
    assert run("record", "T020", "3", "--date", "2023-07-20", "--problem", problem, env=JULY).code == 0
    out = tmp_path / "台账.xlsx"
    assert run("--lang", "zh", "export", "--format", "xlsx", "--output", str(out), env=JULY).code == 0
    rows = CalamineWorkbook.from_path(str(out)).get_sheet_by_index(0).to_python()
    header = next(row for row in rows if "存在问题" in row)
    t020 = next(row for row in rows if row and row[0] == "T020")
    assert t020[header.index("存在问题")] == problem
