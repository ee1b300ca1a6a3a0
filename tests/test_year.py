"""The turn of the year (issue 19), through the CLI: outcomes -> check -> import, then extract --carry-over.

A 2026 ledger of 云溪县 (annual targets, projects, three 十五五 goals due 2030) and the 2027 report whose review
states 2026's outcomes, a delayed hospital among them (tests/data/year/, written for these tests).
"""

from __future__ import annotations

import csv
import io
import json
import shlex
import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT, Result, Run

YEAR = Path(__file__).parent / "data" / "year"
JANUARY = {"CHENGKOU_NOW": "2027-01-15T09:00:00Z", "CHENGKOU_AS_OF": "2027-01-15"}
TITLE = "云溪县2027年政府工作报告"
REVIEW = (
    "全年地区生产总值增长6.3%，规模以上工业增加值增长7.5%，固定资产投资下降2.1%，社会消费品零售总额增长6.2%，"
    "一般公共预算收入增长4.1%，城乡居民人均可支配收入分别增长5.2%和7.0%，城镇调查失业率5.1%，粮食产量12.3万吨"
)
PROJECTS = "我们坚持项目为王，青龙水库开工建设，建成乡村振兴示范村12个，新建5G基站85个"
LEVELS = "城镇化率达到52.5%，森林覆盖率提高到66.1%"
HOSPITAL = "县人民医院新院区受征地影响，建设进度滞后，竣工延至2027年上半年"


@pytest.fixture
def year(tmp_path: Path) -> Path:
    """The test's folder with the 2026 ledger and the 2027 report."""
    shutil.copyfile(YEAR / "yunxi-2026.toml", tmp_path / "yunxi-2026.toml")
    shutil.copyfile(YEAR / "yunxi-2027-report.txt", tmp_path / "yunxi-2027.txt")
    return tmp_path


def _outcomes(run: Run, *words: str) -> Result:
    return run("--ledger", "yunxi-2026.toml", "outcomes", "yunxi-2027.txt", *words, env=JANUARY)


def _closed(run: Run) -> None:
    assert _outcomes(run, "--output", "outcomes-2026.csv").code == 0
    assert run("--ledger", "yunxi-2026.toml", "import", "outcomes-2026.csv", env=JANUARY).code == 0


def test_outcomes_writes_a_sheet_to_check_and_never_the_ledger(run: Run, year: Path) -> None:
    before = (year / "yunxi-2026.toml").read_bytes()
    result = _outcomes(run, "--output", "outcomes-2026.csv")
    assert (result.code, result.stdout) == (0, "")
    assert result.stderr.splitlines() == [
        f"16 figures of 2026 from {TITLE} (11 final, 3 toward later goals, 2 milestones) written to "
        "outcomes-2026.csv; check them, then import the file",
        "put off by the report, no figure, a note only (1):",
        f"  M001 县人民医院新院区建成: {HOSPITAL}",
    ]
    assert (year / "yunxi-2026.toml").read_bytes() == before
    data = (year / "outcomes-2026.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # Excel reads the Chinese
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == ["id", "date", "value", "final", "note", "source"]
    assert {(row[1], row[5]) for row in rows[1:]} == {("2026-12-31", TITLE)}
    assert [(row[0], row[2], row[3], row[4]) for row in rows[1:]] == [
        ("T001", "6.3", "true", REVIEW),
        ("T002", "7.5", "true", REVIEW),
        ("T003", "-2.1", "true", REVIEW),
        ("T004", "6.2", "true", REVIEW),
        ("T005", "4.1", "true", REVIEW),
        ("T006", "5.2", "true", REVIEW),
        ("T007", "7", "true", REVIEW),
        ("T008", "5.1", "true", REVIEW),
        ("T009", "12.3", "true", REVIEW),
        ("T010", "12", "true", PROJECTS),
        ("T011", "85", "true", PROJECTS),
        ("T012", "6.3", "false", REVIEW),
        ("T013", "52.5", "false", LEVELS),
        ("T014", "66.1", "false", LEVELS),
        ("M002", "done", "false", PROJECTS),
        ("M003", "done", "false", "城北污水处理厂建成投运"),
    ]


def test_outcomes_refuses_to_overwrite_and_never_writes_over_the_ledger(run: Run, year: Path) -> None:
    (year / "outcomes-2026.csv").write_bytes(b"kept")
    ledger = (year / "yunxi-2026.toml").read_bytes()
    result = _outcomes(run, "--output", "outcomes-2026.csv")
    assert (result.code, result.stderr) == (
        2,
        "chengkou-tracker: error: outcomes-2026.csv exists; give --force to overwrite it\n",
    )
    assert (year / "outcomes-2026.csv").read_bytes() == b"kept"
    result = _outcomes(run, "--output", "yunxi-2026.toml", "--force")
    assert (result.code, result.stderr) == (
        2,
        "chengkou-tracker: error: yunxi-2026.toml is the ledger; outcomes never writes it: give another --output\n",
    )
    assert (year / "yunxi-2026.toml").read_bytes() == ledger
    assert _outcomes(run, "--output", "outcomes-2026.csv", "--force").code == 0
    assert (year / "outcomes-2026.csv").read_bytes().startswith(b"\xef\xbb\xbfid,date,value")


def test_outcomes_without_output_prints_the_sheet(run: Run, year: Path) -> None:
    result = _outcomes(run)
    assert result.code == 0
    assert result.stdout.splitlines()[:2] == [
        "id,date,value,final,note,source",
        f"T001,2026-12-31,6.3,true,{REVIEW},{TITLE}",
    ]
    assert result.stderr.splitlines()[0].endswith("; check them, then import them")


def test_outcomes_speaks_chinese(run: Run, year: Path) -> None:
    result = run(
        "--lang", "zh", "--ledger", "yunxi-2026.toml", "outcomes", "yunxi-2027.txt", "-o", "o.csv", env=JANUARY
    )
    assert result.stderr.splitlines() == [
        f"从{TITLE}读出 2026 年数据16项（终值11项，跨年目标进度3项，里程碑2项），已写入 o.csv；请核对后导入",
        "报告称推迟的项目1个，不记数据，仅列说明：",
        f"  M001 县人民医院新院区建成：{HOSPITAL}",
    ]
    rows = list(csv.reader(io.StringIO((year / "o.csv").read_bytes().decode("utf-8-sig"))))
    assert rows[0] == ["编号", "日期", "数值", "终值", "备注", "来源"]
    assert rows[1] == ["T001", "2026-12-31", "6.3", "是", REVIEW, TITLE]
    assert rows[12][:4] == ["T012", "2026-12-31", "6.3", "否"]  # the five-year goal: the year's figure, no final
    # The Chinese sheet imports to the very ledger the English one does.
    shutil.copyfile(year / "yunxi-2026.toml", year / "english.toml")
    assert run("--lang", "zh", "--ledger", "yunxi-2026.toml", "import", "o.csv", env=JANUARY).code == 0
    assert run("--ledger", "english.toml", "outcomes", "yunxi-2027.txt", "-o", "e.csv", env=JANUARY).code == 0
    assert run("--ledger", "english.toml", "import", "e.csv", env=JANUARY).code == 0

    def updates(name: str) -> str:
        return (year / name).read_text("utf-8").split("[[update]]", 1)[1].replace("e.csv", "o.csv")

    assert updates("yunxi-2026.toml") == updates("english.toml")


def test_outcomes_lists_the_review_figures_it_cannot_place(run: Run, year: Path) -> None:
    report = (year / "yunxi-2027.txt").read_text("utf-8")
    (year / "yunxi-2027.txt").write_text(report.replace("新建5G基站85个。", "新建5G基站85个，新增城镇就业2100人。"))
    result = _outcomes(run, "-o", "o.csv")
    assert result.stderr.splitlines()[-2:] == [
        "review figures matching no commitment of the ledger (1):",
        "  新增城镇就业2100人",
    ]


def test_outcomes_of_a_report_that_reviews_nothing_of_the_ledger_writes_nothing(run: Run, year: Path) -> None:
    (year / "other.txt").write_text(
        "某县2027年政府工作报告\n\n一、2026年工作回顾\n\n我们团结奋斗。\n\n二、2027年工作安排\n\n新建5G基站60个。\n"
    )
    result = run("--ledger", "yunxi-2026.toml", "outcomes", "other.txt", "-o", "o.csv", env=JANUARY)
    assert (result.code, result.stderr) == (
        1,
        "chengkou-tracker: error: other.txt: its review of 2026 states no figure or project of the ledger; "
        "nothing written\n",
    )
    assert not (year / "o.csv").exists()


def test_import_of_the_outcomes_records_them_once(run: Run, year: Path) -> None:
    assert _outcomes(run, "--output", "outcomes-2026.csv").code == 0
    first = run("--ledger", "yunxi-2026.toml", "import", "outcomes-2026.csv", env=JANUARY)
    assert (first.code, first.stdout) == (0, "imported 16 updates as change 1\n")
    after = (year / "yunxi-2026.toml").read_bytes()
    second = run("--ledger", "yunxi-2026.toml", "import", "outcomes-2026.csv", env=JANUARY)
    assert (second.code, second.stdout) == (0, "nothing to import: all 16 rows are already recorded\n")
    assert (year / "yunxi-2026.toml").read_bytes() == after


def _statuses(run: Run, as_of: str) -> dict[str, tuple[str, object]]:
    result = run("--ledger", "yunxi-2026.toml", "--as-of", as_of, "list", "--format", "json", env=JANUARY)
    return {record["id"]: (record["status"], record["latest_value"]) for record in json.loads(result.stdout)}


def test_every_annual_commitment_closes_right_at_the_year_end(run: Run, year: Path) -> None:
    _closed(run)
    statuses = _statuses(run, "2026-12-31")
    assert {key: value for key, value in statuses.items() if key not in ("T012", "T013", "T014")} == {
        "T001": ("achieved", 6.3),  # about 6%: 6.3 is within the tolerance
        "T002": ("achieved", 7.5),
        "T003": ("missed", -2.1),  # 下降2.1%
        "T004": ("missed", 6.2),
        "T005": ("achieved", 4.1),
        "T006": ("missed", 5.2),
        "T007": ("achieved", 7),
        "T008": ("achieved", 5.1),
        "T009": ("achieved", 12.3),
        "T010": ("achieved", 12),
        "T011": ("achieved", 85),
        "M001": ("at_risk", None),  # delayed: no figure, not done
        "M002": ("achieved", "done"),
        "M003": ("achieved", "done"),
        "M004": ("at_risk", None),  # never mentioned
    }
    assert _statuses(run, "2027-01-01")["M001"] == ("overdue", None)


def test_the_five_year_goals_get_progress_not_finals(run: Run, year: Path) -> None:
    _closed(run)
    assert {key: _statuses(run, "2026-12-31")[key] for key in ("T012", "T013", "T014")} == {
        "T012": ("on_track", 6.3),
        "T013": ("on_track", 52.5),
        "T014": ("on_track", 66.1),
    }
    history = json.loads(run("--ledger", "yunxi-2026.toml", "history", "--format", "json", env=JANUARY).stdout)
    finals = {record["commitment"]: record["final"] for record in history}
    assert (finals["T012"], finals["T013"], finals["T014"]) == (False, False, False)
    assert finals["T001"] is True


def test_the_delayed_project_is_not_marked_done(run: Run, year: Path) -> None:
    _closed(run)
    result = run("--ledger", "yunxi-2026.toml", "history", "M001", env=JANUARY)
    assert result.stdout == "no changes recorded\n"


def _carried(run: Run) -> dict[str, dict[str, object]]:
    import tomllib

    result = run("extract", "yunxi-2027.txt", "--carry-over", "yunxi-2026.toml", "-o", "yunxi-2027.toml", env=JANUARY)
    assert result.code == 0
    assert result.stderr.splitlines()[-1] == (
        "carried over from the 2026 ledger: 5 commitments (3 due later, 2 unfinished projects, 1 of them named "
        "again by this report)"
    )
    ledger = tomllib.loads(Path("yunxi-2027.toml").read_text("utf-8"))
    return {table["id"]: table for table in ledger["commitment"]}


def test_extract_carry_over_links_exactly_what_continues_and_validates(run: Run, year: Path) -> None:
    import datetime as dt

    _closed(run)
    tables = _carried(run)
    links = {key: table["carried_from"] for key, table in tables.items() if "carried_from" in table}
    # Ids in order: the new report's drafts, then what only the old ledger holds.
    assert links == {
        "M001": "2026:M001",  # the delayed hospital, named again by the 2027 report
        "T011": "2026:T012",
        "T012": "2026:T013",
        "T013": "2026:T014",
        "M003": "2026:M004",  # the fitness centre, never mentioned, not done
    }
    assert [key for key in tables if key.startswith("T")] == [f"T{n:03d}" for n in range(1, 14)]
    hospital = tables["M001"]
    assert (hospital["quote"], hospital["deadline"], hospital["title_en"]) == (
        "建成县人民医院新院区",
        dt.date(2027, 6, 30),
        "New county hospital campus completed",
    )
    assert sum(1 for table in tables.values() if "县人民医院新院区" in str(table["quote"])) == 1
    goal = tables["T012"]
    assert (goal["baseline"], goal["start"], goal["deadline"], goal["tags"]) == (
        52.5,
        dt.date(2027, 1, 1),
        dt.date(2030, 12, 31),
        ["five-year"],
    )
    assert "十五五" in Path("yunxi-2027.toml").read_text("utf-8").split("[[commitment]]")[0]
    result = run("--ledger", "yunxi-2027.toml", "validate", env=JANUARY)
    assert (result.code, result.stdout, result.stderr) == (0, "", "")


def test_an_open_old_ledger_carries_its_unrecorded_projects_too(run: Run, year: Path) -> None:
    links = {table.get("carried_from") for table in _carried_open(run).values()} - {None}
    assert links == {"2026:M001", "2026:M002", "2026:M003", "2026:M004", "2026:T012", "2026:T013", "2026:T014"}


def _carried_open(run: Run) -> dict[str, dict[str, object]]:
    import tomllib

    result = run("extract", "yunxi-2027.txt", "--carry-over", "yunxi-2026.toml", "-o", "yunxi-2027.toml", env=JANUARY)
    assert result.code == 0
    return {t["id"]: t for t in tomllib.loads(Path("yunxi-2027.toml").read_text("utf-8"))["commitment"]}


def test_carry_over_takes_only_an_earlier_year(run: Run, year: Path) -> None:
    assert run("extract", "yunxi-2027.txt", "--carry-over", "yunxi-2026.toml", "-o", "new.toml").code == 0
    result = run("extract", "yunxi-2027.txt", "--carry-over", "new.toml", "-o", "again.toml")
    assert (result.code, result.stderr) == (
        2,
        "chengkou-tracker: error: new.toml is the ledger of 2027; --carry-over takes the ledger of a year before 2027\n",
    )
    assert not (year / "again.toml").exists()
    missing = run("extract", "yunxi-2027.txt", "--carry-over", "none.toml", "-o", "again.toml")
    assert missing.code == 3 and not (year / "again.toml").exists()


def test_show_and_history_of_a_carried_goal_point_to_the_old_ledger(run: Run, year: Path) -> None:
    _closed(run)
    _carried(run)
    shown = run("--ledger", "yunxi-2027.toml", "show", "T012", env=JANUARY).stdout
    assert "carried from  2026 ledger, T013\n" in shown
    assert "baseline      52.5%\n" in shown
    history = run("--ledger", "yunxi-2027.toml", "history", "T012", env=JANUARY)
    assert history.stdout == (
        "no changes recorded\nT012 was carried over: its figures before 2027-01-01 are in the 2026 ledger, as T013\n"
    )
    zh = run("--lang", "zh", "--ledger", "yunxi-2027.toml", "history", "T012", env=JANUARY)
    assert zh.stdout.splitlines()[-1] == "T012 承接自上一年：2027-01-01 之前的数据在 2026 年台账中，编号 T013"
    assert "承接自    2026 年台账 T013" in run("--lang", "zh", "--ledger", "yunxi-2027.toml", "show", "T012").stdout
    as_json = run("--ledger", "yunxi-2027.toml", "history", "T012", "--format", "json", env=JANUARY)
    assert as_json.stdout == "[]\n"


def test_validate_reads_carried_from_as_a_year_and_an_id(run: Run, year: Path) -> None:
    text = (year / "yunxi-2026.toml").read_text("utf-8")
    linked = text.replace('id = "T013"\n', 'id = "T013"\ncarried_from = "2025:T020"\n')
    (year / "linked.toml").write_text(linked, "utf-8")
    assert run("--ledger", "linked.toml", "validate").code == 0
    (year / "bad.toml").write_text(text.replace('id = "T013"\n', 'id = "T013"\ncarried_from = "T020"\n'), "utf-8")
    result = run("--ledger", "bad.toml", "validate")
    line = linked.splitlines().index('carried_from = "2025:T020"') + 1
    assert (result.code, result.stderr) == (
        3,
        f"bad.toml:{line}: 'carried_from' must be a year and an id, like \"2026:T011\", not 'T020'\n",
    )


def test_the_readme_turn_of_the_year_prints_what_it_shows(run: Run, year: Path) -> None:
    """Replay the transcript of the README's "The turn of the year" on the files it names."""
    readme = (ROOT / "README.md").read_text("utf-8")
    part = readme.split("## The turn of the year", 1)[1].split("\n## ", 1)[0]
    sessions = [block.split("```", 1)[0] for block in part.split("```console\n")[1:]]
    assert len(sessions) == 1
    env = {"COLUMNS": "100", "CHENGKOU_NOW": "2027-01-15T09:00:00Z", "CHENGKOU_AS_OF": ""}
    expected: list[str] = []
    actual: list[str] = []
    for block in sessions[0].split("$ ")[1:]:
        command, *shown = block.rstrip("\n").split("\n")
        expected.extend(line.rstrip() for line in shown)
        show_exit = command.endswith('; echo "exit $?"')
        words = shlex.split(command.removesuffix('; echo "exit $?"'))
        assert words[0] == "chengkou-tracker"
        result = run(*words[1:], env=env)
        actual.extend(line.rstrip() for line in (result.stdout + result.stderr).splitlines())
        if show_exit:
            actual.append(f"exit {result.code}")
    assert actual == expected


def test_outcomes_refuses_a_report_that_does_not_review_the_ledgers_year(run: Run, ledger: Path) -> None:
    """The 2023 report reviews 2022: read against the 2023 ledger it would close 2023 with 2022's figures."""
    before = ledger.read_bytes()
    for lang, said in (
        ("en", "chengkou-tracker: error: report.txt is the report for 2023; the 2023 ledger is closed from the "
         "review in the report for 2024: give that report (nothing written)\n"),
        ("zh", "chengkou-tracker: 错误: report.txt 是 2023 年的报告；2023 年台账的年终数值取自 2024 年报告对上一年的"
         "回顾，请改用该报告（未写入任何内容）\n"),
    ):  # fmt: skip
        result = run("--lang", lang, "outcomes", "report.txt", "--output", "outcomes-2023.csv")
        assert (result.code, result.stdout, result.stderr) == (2, "", said)
    assert not (ledger.parent / "outcomes-2023.csv").exists()
    assert ledger.read_bytes() == before
