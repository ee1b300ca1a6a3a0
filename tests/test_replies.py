"""Typing what departments write (issue 17), through the command line: commitments named by their words,
figures as written, milestone words, plausibility, problems (存在问题), and a whole department reply."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import Run

# ---------------------------------------------------------------- a commitment named by its words


def test_record_by_words_uses_the_one_clear_match_and_says_which(run: Run, ledger: Path) -> None:
    result = run("record", "地区生产总值", "6.9")
    assert (result.code, result.stdout) == (0, "T001 GDP growth: recorded 6.9 on 2023-07-02 -> on track\n")
    assert result.stderr == "chengkou-tracker: '地区生产总值' is T001 GDP growth\n"
    chinese = run("--lang", "zh", "record", "清洁能源装机", "12万千瓦", "--date", "2023-06-30")
    assert chinese.stdout == "T014 清洁能源总装机容量: 已记录 12，日期 2023-06-30 -> 进度滞后\n"
    assert chinese.stderr == "chengkou-tracker: '清洁能源装机' 即 T014 清洁能源总装机容量\n"
    lower = run("record", "t050", "75.5%")
    assert lower.stderr == "chengkou-tracker: 't050' is T050 Rural sanitary toilet coverage rate\n"
    assert '\ncommitment = "T050"\ndate = 2023-07-02\nvalue = 75.5\n' in ledger.read_text("utf-8")


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            "chengkou-tracker: error: '固定资产投资' matches several commitments; give one of their ids:\n"
            "chengkou-tracker: error:   T003  Fixed-asset investment growth\n"
            "chengkou-tracker: error:   T107  Fixed-asset investment completed\n",
        ),
        (
            "zh",
            "chengkou-tracker: 错误: '固定资产投资' 与多项事项相符；请给出其中一项的编号:\n"
            "chengkou-tracker: 错误:   T003  固定资产投资增速\n"
            "chengkou-tracker: 错误:   T107  完成固定资产投资\n",
        ),
    ],
)
def test_words_matching_several_list_them_off_a_terminal_and_write_nothing(
    run: Run, ledger: Path, lang: str, expected: str
) -> None:
    before = ledger.read_bytes()
    for args in (["record", "固定资产投资", "10"], ["show", "固定资产投资"], ["history", "固定资产投资"]):
        result = run("--lang", lang, *args)
        assert (result.code, result.stdout, result.stderr) == (2, "", expected), args
    edited = run("--lang", lang, "edit", "固定资产投资", "--owner", "县发展改革委")
    assert (edited.code, edited.stderr) == (2, expected)
    assigned = run("--lang", lang, "assign", "县发展改革委", "固定资产投资")
    assert (assigned.code, assigned.stderr) == (2, expected)
    assert ledger.read_bytes() == before


def test_no_match_is_unknown_words_or_an_unknown_id(run: Run, ledger: Path) -> None:
    words = run("record", "火星基地", "3")
    assert (words.code, words.stderr) == (2, "chengkou-tracker: error: no commitment matches '火星基地'\n")
    assert run("--lang", "zh", "show", "火星基地").stderr == "chengkou-tracker: 错误: 没有与 '火星基地' 相符的事项\n"
    unknown = run("record", "T999", "3")
    assert unknown.stderr == "chengkou-tracker: error: unknown commitment id 'T999' (did you mean T099, T149, T139?)\n"
    assert run("show", "T1O4").stderr.startswith("chengkou-tracker: error: unknown commitment id 'T1O4' (did you mean")


def test_show_history_edit_and_assign_take_words(run: Run, ledger: Path) -> None:
    shown = run("show", "生猪出栏")
    assert shown.code == 0 and shown.stdout.startswith("id         T057\n")
    assert shown.stderr == "chengkou-tracker: '生猪出栏' is T057 Hogs slaughtered/marketed\n"
    assert run("record", "T057", "15.3万头").code == 0
    history = run("history", "生猪出栏", "--format", "json")
    assert [change["commitment"] for change in json.loads(history.stdout)] == ["T057"]
    edited = run("edit", "生猪出栏", "--owner", "县农业农村委")
    assert (edited.code, edited.stderr) == (0, "chengkou-tracker: '生猪出栏' is T057 Hogs slaughtered/marketed\n")
    assigned = run("assign", "县农业农村委", "山地鸡", "T059")
    assert assigned.code == 0
    assert assigned.stderr == "chengkou-tracker: '山地鸡' is T058 Mountain chickens marketed\n"
    owners = {c["id"]: c["owner"] for c in json.loads(run("list", "--format", "json").stdout)}
    assert (owners["T057"], owners["T058"], owners["T059"]) == ("县农业农村委",) * 3


# ---------------------------------------------------------------- figures as written


@pytest.mark.parametrize(
    ("commitment", "written", "stored"),
    [
        ("T050", "13.2%", "13.2"),  # a % target
        ("T008", "1,320人", "1320"),  # thousands separators and the target's unit
        ("T041", "2100人次", "2100"),
        ("T057", "15.3万头", "15.3"),  # the target's own unit, 万头
        ("T057", "153000头", "15.3"),  # 头 scaled into 万头
        ("T008", "１３２０", "1320"),  # full-width digits
        ("T058", "153万羽", "153"),
    ],
)
def test_figures_as_people_write_them(run: Run, ledger: Path, commitment: str, written: str, stored: str) -> None:
    result = run("record", commitment, written)
    assert (result.code, result.stderr) == (0, "")
    assert f'\ncommitment = "{commitment}"\ndate = 2023-07-02\nvalue = {stored}\n' in ledger.read_text("utf-8")


def test_a_unit_that_does_not_fit_is_refused_naming_the_expected_unit(run: Run, ledger: Path) -> None:
    before = ledger.read_bytes()
    result = run("record", "T057", "15.3万羽")
    assert (result.code, result.stderr) == (
        2,
        "chengkou-tracker: error: '15.3万羽' is not in 万头, the target's unit\n",
    )
    chinese = run("--lang", "zh", "record", "T050", "13.2人")
    assert chinese.stderr == "chengkou-tracker: 错误: '13.2人' 的单位与目标单位 % 不符\n"
    assert run("record", "T050", "十三").stderr == "chengkou-tracker: error: value '十三' for T050 is not a number\n"
    assert ledger.read_bytes() == before


def test_import_reads_figures_as_written(run: Run, ledger: Path, tmp_path: Path) -> None:
    rows = tmp_path / "rows.csv"
    rows.write_text('编号,日期,数值\nT050,2023-06-30,13.2%\nT008,2023-06-30,"1,320人"\nT057,2023-06-30,15.3万头\n')
    assert run("import", str(rows)).stdout == "imported 3 updates as change 1\n"
    text = ledger.read_text("utf-8")
    for commitment, stored in (("T050", "13.2"), ("T008", "1320"), ("T057", "15.3")):
        assert f'\ncommitment = "{commitment}"\ndate = 2023-06-30\nvalue = {stored}\n' in text


# ---------------------------------------------------------------- milestone words and start-milestones


@pytest.mark.parametrize("word", ["开工", "已开工", "开建", "动工", "started", "STARTED"])
def test_every_start_word_records_started(run: Run, ledger: Path, word: str) -> None:
    assert run("record", "M004", word).stdout == (
        "M004 Renewable-resource recycling project in operation: recorded started on 2023-07-02 -> on track\n"
    )


@pytest.mark.parametrize("word", ["完成", "已完成", "建成", "竣工", "投用", "投产", "投运", "done"])
def test_every_done_word_records_done(run: Run, ledger: Path, word: str) -> None:
    assert run("--lang", "zh", "record", "M004", word).stdout == (
        "M004 再生资源回收利用项目: 已记录 已完成，日期 2023-07-02 -> 已完成\n"
    )


def test_a_start_milestone_is_achieved_once_started_and_never_overdue(run: Run, ledger: Path) -> None:
    assert '\ndone_when = "started"\n' in ledger.read_text("utf-8").split('id = "M014"', 1)[1].split("[[", 1)[0]
    result = run("record", "M014", "开工", "--date", "2023-05-10")
    assert result.stdout == "M014 Start CGN phase IV 100 MW wind project: recorded started on 2023-05-10 -> achieved\n"
    after_the_year = run("--as-of", "2024-01-15", "list", "--format", "json", "--search", "中广核四期")
    assert [(c["id"], c["status"]) for c in json.loads(after_the_year.stdout)] == [("M014", "achieved")]
    # a milestone whose deliverable is finished work still needs done
    assert run("record", "M012", "started").stdout.endswith("-> on track\n")


def test_done_when_is_checked_in_the_ledger(run: Run, ledger: Path) -> None:
    text = ledger.read_text("utf-8")
    text = text.replace('id = "T001"\n', 'id = "T001"\ndone_when = "started"\n', 1)
    text = text.replace('id = "M001"\n', 'id = "M001"\ndone_when = "begun"\n', 1)
    ledger.write_text(text, "utf-8")
    result = run("validate")
    assert result.code == 3
    lines = result.stderr.splitlines()
    assert any(line.endswith("T001: only a milestone has 'done_when'") for line in lines), lines
    assert any(line.endswith("'done_when' must be one of started, done, not 'begun'") for line in lines), lines


# ---------------------------------------------------------------- plausibility


def test_an_implausible_figure_is_refused_with_a_hint_unless_forced(run: Run, ledger: Path) -> None:
    before = ledger.read_bytes()
    result = run("record", "T057", "153000")
    assert (result.code, result.stdout) == (2, "")
    assert result.stderr == (
        "chengkou-tracker: error: T057: 153000万头 is more than three times the target of 19万头; "
        "did you mean 15.3万头? (or give --force)\n"
    )
    chinese = run("--lang", "zh", "record", "T057", "153000")
    assert chinese.stderr == (
        "chengkou-tracker: 错误: T057: 153000万头 超过目标 19万头 的三倍；是否应为 15.3万头？（或加 --force）\n"
    )
    negative = run("record", "T104", "-5")
    assert negative.stderr == (
        "chengkou-tracker: error: T104: -5个 is below zero, against a target of 80个; check the sign, or give --force\n"
    )
    assert ledger.read_bytes() == before
    assert run("record", "T057", "153000", "--force").code == 0
    assert run("record", "T104", "45", "--date", "2023-06-30").code == 0
    falls = run("record", "T104", "30")
    assert falls.stderr == (
        "chengkou-tracker: error: T104: 30个 is below the earlier figure 45个 of a running total; check it, or give "
        "--force\n"
    )


def test_a_different_figure_for_a_recorded_date_needs_correct_and_history_keeps_both(run: Run, ledger: Path) -> None:
    assert run("record", "T104", "45").code == 0
    before = ledger.read_bytes()
    refused = run("record", "T104", "46", "--note", "from the sheet")
    assert (refused.code, refused.stderr) == (
        2,
        "chengkou-tracker: error: T104: 2023-07-02 already has the figure 45个 (change 1); check it, or give "
        "--correct to record 46个 in its place\n",
    )
    assert ledger.read_bytes() == before
    assert (
        run("record", "T104", "45").stdout == "T104: 45 on 2023-07-02 is already recorded (change 1); nothing written\n"
    )
    corrected = run("record", "T104", "46", "--correct")
    assert corrected.stdout == "T104 New 5G base stations: recorded 46 on 2023-07-02 -> on track\n"
    history = json.loads(run("history", "T104", "--format", "json").stdout)
    assert [(change["change"], change["value"]) for change in history] == [(1, 45), (2, 46)]
    latest = json.loads(run("list", "--format", "json", "--search", "5G").stdout)[0]
    assert latest["latest_value"] == 46


def test_import_applies_the_same_rules_per_row_and_writes_nothing_unless_told(
    run: Run, ledger: Path, tmp_path: Path
) -> None:
    assert run("record", "T104", "45", "--date", "2023-06-30").code == 0
    before = ledger.read_bytes()
    rows = tmp_path / "rows.csv"
    rows.write_text(
        "id,date,value\nT104,2023-06-30,45\nT104,2023-06-30,47\nT057,2023-06-30,153000\nT050,2023-06-30,76\n", "utf-8"
    )
    result = run("import", str(rows))
    assert (result.code, result.stdout) == (2, "")
    assert result.stderr == (
        f"chengkou-tracker: error: {rows}:3: T104: 2023-06-30 already has the figure 45个 (change 1); check it, or "
        "give --correct to record 47个 in its place\n"
        f"chengkou-tracker: error: {rows}:4: T057: 153000万头 is more than three times the target of 19万头; did you "
        "mean 15.3万头? (or give --force)\n"
    )
    assert ledger.read_bytes() == before
    assert run("import", str(rows), "--correct").code == 2  # the hog figure still needs --force
    done = run("import", str(rows), "--correct", "--force")
    assert done.stdout == "imported 3 updates as change 2; skipped 1 already recorded\n"


# ---------------------------------------------------------------- problems (存在问题)


def test_a_problem_stays_open_until_a_figure_resolves_it(run: Run, ledger: Path) -> None:
    assert run("record", "T053", "3,200亩", "--date", "2023-05-31", "--problem", "用地指标未落实").code == 0
    assert run("record", "T053", "3500", "--date", "2023-06-30", "--problem", "资金\x1b[31m未到位").code == 0
    shown = run("show", "T053").stdout.splitlines()
    assert shown[-2:] == [
        "open problem (2023-05-31): 用地指标未落实",
        "open problem (2023-06-30): 资金\\x1b[31m未到位",  # escaped: no terminal control reaches the screen
    ]
    assert run("--lang", "zh", "show", "T053").stdout.splitlines()[-1] == "存在问题（2023-06-30）: 资金\\x1b[31m未到位"
    text = ledger.read_text("utf-8")
    assert 'problem = "资金\\u001b[31m未到位"' in text
    closed = run("record", "T053", "4000", "--resolved")
    assert closed.stderr == "chengkou-tracker: closed 2 open problem(s) of T053\n"
    assert "open problem" not in run("show", "T053").stdout
    assert "\nresolved = true\n" in ledger.read_text("utf-8")
    assert run("validate").code == 0


def test_open_problems_for_the_report_by_department(run: Run, ledger: Path) -> None:
    from chengkou_tracker.problems import open_problems
    from chengkou_tracker.store.ledger import load

    assert run("assign", "县农业农村委", "T053").code == 0
    assert run("record", "T053", "3200", "--problem", "用地指标未落实").code == 0
    assert run("record", "T104", "45", "--problem", "铁塔选址难").code == 0
    found = open_problems(load(str(ledger)))
    assert [(p.commitment.owner, p.commitment.id, p.text) for p in found] == [
        ("", "T104", "铁塔选址难"),
        ("县农业农村委", "T053", "用地指标未落实"),
    ]


def test_the_template_has_a_problem_column_that_import_reads(run: Run, ledger: Path, tmp_path: Path) -> None:
    template = tmp_path / "t.csv"
    assert run("--lang", "zh", "template", "--section", "0", "--output", str(template)).code == 0
    header = template.read_text("utf-8-sig").splitlines()[0]
    assert header.endswith(",备注,来源,终值,存在问题")
    rows = tmp_path / "rows.csv"
    rows.write_text('编号,日期,数值,存在问题\nT008,2023-06-30,"1,320人",返乡人员登记滞后\n', "utf-8")
    assert run("import", str(rows)).code == 0
    assert run("show", "T008").stdout.splitlines()[-1] == "open problem (2023-06-30): 返乡人员登记滞后"


# ---------------------------------------------------------------- a department's reply


# A reply as a department writes it: commitments by their words, figures with their units, milestones in words.
REPLY = [
    ("地区生产总值", "６.９%"),
    ("规上工业增加值", "13.2%"),
    ("固定资产投资", "10.5%"),  # matches two: refused, and typed again with the id it lists
    ("社会消费品零售总额", "6.8%"),
    ("城镇新增就业", "1,320人"),
    ("城镇调查失业率", "5.1%"),
    ("绿色食品加工产值", "3.2亿元"),
    ("中广核四期风电", "已开工"),
    ("清洁能源装机", "45万千瓦"),
    ("新增市场主体", "1,280户"),
    ("有效发明专利", "12件"),
    ("技能培训", "2100人次"),
    ("农村卫生厕所普及率", "75.5%"),
    ("高标准农田", "3,200亩"),
    ("生猪出栏", "15.3万头"),
    ("山地鸡", "153万羽"),
    ("香菇", "620万袋"),
    ("中药材种植面积", "1.8万亩"),
    ("土地征收", "900亩"),
    ("新改建市政道路", "2.5公里"),
    ("新建充电桩", "46个"),
    ("游客接待人次", "310万人次"),
    ("巴山大道", "开工"),  # matches two (巴山大道, 巴山大道、高铁站前广场): typed again as M022
    ("中广核二期光伏", "投用"),
    ("营造林改造", "65000亩"),
]


def test_a_department_reply_of_25_figures_takes_at_most_30_commands(run: Run, ledger: Path) -> None:
    commands = 0
    recorded: dict[str, str] = {}
    for words, figure in REPLY:
        result = run("record", words, figure, "--date", "2023-06-30")
        commands += 1
        if result.code == 2 and "matches several commitments" in result.stderr:
            listed = result.stderr.splitlines()[1].split()[2]  # the first candidate's id
            result = run("record", listed, figure, "--date", "2023-06-30")
            commands += 1
        assert result.code == 0, (words, result.stderr)
        recorded[result.stdout.split()[0]] = figure
    assert commands <= 30
    assert len(recorded) == 25
    latest = {c["id"]: c["latest_value"] for c in json.loads(run("list", "--format", "json").stdout)}
    assert (latest["T001"], latest["T003"], latest["T008"], latest["T057"], latest["T085"]) == (
        6.9,
        10.5,
        1320,
        15.3,
        6.5,
    )
    assert (latest["M014"], latest["M022"], latest["M012"]) == ("started", "started", "done")
