"""Daily use at a terminal: signed numbers, dates outside the period, 80 columns, Chinese everywhere."""

from __future__ import annotations

import json
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


def test_a_figure_before_the_commitments_start_is_refused(run: Run, ledger: Path) -> None:
    before = ledger.read_bytes()
    result = run("record", "T104", "45", "--date", "2022-06-01")
    assert (result.code, result.stdout) == (2, "")
    assert result.stderr == "chengkou-tracker: error: date 2022-06-01 is before T104's start 2023-01-01\n"
    chinese = run("--lang", "zh", "record", "T104", "45", "--date", "2022-06-01")
    assert chinese.stderr == "chengkou-tracker: 错误: 日期 2022-06-01 早于 T104 的开始日期 2023-01-01\n"
    csv_file = Path("late.csv")
    csv_file.write_text("id,date,value\nT104,2022-06-01,45\n", "utf-8")
    imported = run("import", str(csv_file))
    assert (imported.code, imported.stderr) == (
        2,
        "chengkou-tracker: error: late.csv:2: date 2022-06-01 is before T104's start 2023-01-01\n",
    )
    assert ledger.read_bytes() == before


def test_a_figure_after_the_as_of_date_is_recorded_with_a_note(run: Run, ledger: Path) -> None:
    env = {"CHENGKOU_AS_OF": "2023-06-30"}
    result = run("record", "T104", "45", "--date", "2023-07-01", env=env)
    assert result.code == 0
    assert result.stdout == "T104 New 5G base stations: recorded 45 on 2023-07-01 -> not started\n"
    assert result.stderr == (
        "chengkou-tracker: note: 2023-07-01 is after the as-of date 2023-06-30; the figure counts from 2023-07-01\n"
    )
    assert "date = 2023-07-01" in ledger.read_text("utf-8")
    chinese = run("--lang", "zh", "record", "T104", "46", "--date", "2023-07-01", "--correct", env=env)
    assert chinese.stderr == "chengkou-tracker: 注意: 2023-07-01 晚于截至日期 2023-06-30，该数值自 2023-07-01 起计入\n"


YEAR_OVER = (
    "the ledger's year 2023 is over; look back with --as-of 2023-12-31,\n"
    "or start a new year with 'chengkou-tracker extract REPORT'\n"
    "1 goal(s) due after that year go on, each assessed to its own deadline\n"
)


def test_past_every_deadline_list_overdue_and_check_say_the_year_is_over(run: Run, ledger: Path) -> None:
    late = {"CHENGKOU_AS_OF": "2026-03-01"}  # past T093's deadline, 2025-12-31
    listed = run("list", "--section", "6", env=late)
    assert listed.stdout.endswith("* stale: no update in 60 days\n" + YEAR_OVER)
    assert run("overdue", env=late).stdout.endswith("* stale: no update in 60 days\n" + YEAR_OVER)
    as_json = run("list", "--format", "json", env=late)
    assert as_json.stdout.startswith("[") and as_json.stderr == "chengkou-tracker: " + YEAR_OVER
    checked = run("check", env=late)
    assert checked.code == 1
    assert checked.stdout.startswith("as of 2026-03-01: 224 commitments: 0 not started")
    assert "year" not in checked.stdout
    assert checked.stderr == "chengkou-tracker: " + YEAR_OVER
    chinese = run("--lang", "zh", "check", env=late)
    assert chinese.stderr == (
        "chengkou-tracker: 台账的 2023 年度已结束；用 --as-of 2023-12-31 回看，\n"
        "或用 chengkou-tracker extract 报告文件 开始新的年度\n"
        "另有 1 项目标的期限在该年度之后，仍按各自期限评估\n"
    )
    # The year's own commitments decide: T093, due 2025, goes on over its own period and keeps no year open.
    on_the_last_day = run("check", env={"CHENGKOU_AS_OF": "2023-12-31"})
    assert on_the_last_day.stderr == ""
    assert "year" not in run("list", "--section", "6", env={"CHENGKOU_AS_OF": "2023-12-31"}).stdout
    assert run("check", env={"CHENGKOU_AS_OF": "2024-01-01"}).stderr == "chengkou-tracker: " + YEAR_OVER


@pytest.mark.parametrize(
    ("args", "english", "chinese"),
    [
        (
            ["list", "--lang", "zh"],
            "--lang is a global option: put it before the command, as in 'chengkou-tracker --lang zh list'",
            "--lang 是全局选项，请放在命令之前，例如 chengkou-tracker --lang zh list",
        ),
        (
            ["check", "--as-of", "2023-07-31"],
            "--as-of is a global option: put it before the command, as in 'chengkou-tracker --as-of 2023-07-31 check'",
            "--as-of 是全局选项，请放在命令之前，例如 chengkou-tracker --as-of 2023-07-31 check",
        ),
        (
            ["summary", "--no-color"],
            "--no-color is a global option: put it before the command, as in 'chengkou-tracker --no-color summary'",
            "--no-color 是全局选项，请放在命令之前，例如 chengkou-tracker --no-color summary",
        ),
        (
            ["list", "-f", "yaml"],
            "Invalid value for '--format' / '-f': 'yaml' is not one of 'table', 'json', 'csv', 'markdown'.",
            "'--format' / '-f' 的值 'yaml' 无效（可选: 'table', 'json', 'csv', 'markdown'）",
        ),
    ],
)
def test_usage_errors_say_what_to_do(run: Run, args: list[str], english: str, chinese: str) -> None:
    result = run(*args)
    assert (result.code, result.stdout, result.stderr) == (2, "", f"chengkou-tracker: error: {english}\n")
    in_chinese = run(*args, env={"LANG": "zh_CN.UTF-8"})
    assert (in_chinese.code, in_chinese.stderr) == (2, f"chengkou-tracker: 错误: {chinese}\n")


def test_help_shows_placeholders_and_allowed_values(run: Run) -> None:
    helps = (run(*command, "--help").stdout for command in ([], ["list"], ["record"], ["history"], ["edit"]))
    text = " ".join(" ".join(helps).split())  # help wraps its lines
    for placeholder in ("--ledger PATH", "--as-of DATE", "--lock-timeout SECONDS", "--section SECTION"):
        assert placeholder in text
    assert "record [OPTIONS] [ID] [VALUE]" in text  # alone at a terminal, record asks for them
    assert "history [OPTIONS] [ID]" in text
    assert "--lang <en|zh>" in text
    assert "not_started, on_track, at_risk, achieved, overdue, missed" in text
    assert "growth, level, quantity, ceiling, floor, reduction, milestone" in text
    assert "<str>" not in text and "list[" not in text and "{ID}" not in text and "float range" not in text


def test_imported_values_may_be_signed_too(run: Run, ledger: Path) -> None:
    Path("signed.csv").write_text("id,date,value\nT004,2023-05-31,-3.2\nT005,2023-05-31,+5\n", "utf-8")
    result = run("import", "signed.csv")
    assert (result.code, result.stdout) == (0, "imported 2 updates as change 1\n")
    text = ledger.read_text("utf-8")
    assert '\ncommitment = "T004"\ndate = 2023-05-31\nvalue = -3.2\n' in text
    assert '\ncommitment = "T005"\ndate = 2023-05-31\nvalue = 5\n' in text


def test_chinese_words_for_milestone_states_and_filters(run: Run, ledger: Path) -> None:
    result = run("--lang", "zh", "record", "M004", "已开工")
    assert result.stdout == "M004 再生资源回收利用项目: 已记录 已开工，日期 2023-07-02 -> 正常推进\n"
    assert '\ncommitment = "M004"\ndate = 2023-07-02\nvalue = "started"\n' in ledger.read_text("utf-8")
    assert run("record", "M004", "已完成").stdout.endswith("recorded done on 2023-07-02 -> achieved\n")
    chosen = json.loads(run("list", "--format", "json", "--status", "已完成", "--kind", "里程碑").stdout)
    assert [record["id"] for record in chosen] == ["M004"]
