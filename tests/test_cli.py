"""Every tracking command end to end through the CLI, on a private copy of the bundled ledger."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.conftest import BUNDLED, PINNED_ENV, REPORT, Run

UPDATE_20 = (
    '\n[[update]]\nchange = 1\ncommitment = "T104"\ndate = 2023-06-30\nvalue = 20\nnote = "first batch"\n'
    'source = "县经信委"\nby = "clerk"\nrecorded_at = 2023-07-02T09:00:00Z\n'
)


def test_init_writes_the_bundled_ledger_and_never_overwrites(run: Run, tmp_path: Path) -> None:
    result = run("init")
    assert (result.code, result.stdout) == (
        0,
        "wrote commitments.toml\nwrote report.txt (the report's text, for validate's quote check)\n",
    )
    assert (tmp_path / "commitments.toml").read_bytes() == BUNDLED.read_bytes()
    assert (tmp_path / "report.txt").read_bytes() == REPORT.read_bytes()
    assert run("validate").stdout == ""  # the quotes are checked against it
    (tmp_path / "commitments.toml").write_text("mine", "utf-8")
    again = run("init")
    assert (again.code, again.stdout) == (2, "")
    assert again.stderr == "chengkou-tracker: error: commitments.toml already exists; use --force to overwrite it\n"
    assert (tmp_path / "commitments.toml").read_text("utf-8") == "mine"
    forced = run("init", "--force")
    assert forced.code == 0
    assert (tmp_path / "commitments.toml").read_bytes() == BUNDLED.read_bytes()
    assert run("init", "other.toml").stdout == "wrote other.toml\n"


def test_init_writes_the_ledger_the_other_commands_will_read(run: Run, tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "books").mkdir()
    monkeypatch.setenv("CHENGKOU_LEDGER", "books/2023.toml")
    assert run("init").stdout.splitlines()[0] == "wrote books/2023.toml"
    assert not (tmp_path / "commitments.toml").exists()
    assert (tmp_path / "books" / "2023.toml").read_bytes() == BUNDLED.read_bytes()
    assert run("record", "T104", "5").code == 0  # the file init wrote is the one record changes
    assert run("--ledger", "books/2024.toml", "init").stdout.splitlines()[0] == "wrote books/2024.toml"


def test_record_appends_one_update_and_prints_the_new_status(run: Run, ledger: Path) -> None:
    before = ledger.read_bytes()
    result = run("record", "T104", "20", "--date", "2023-06-30", "--note", "first batch", "--source", "县经信委")
    assert (result.code, result.stderr) == (0, "")
    assert result.stdout == "T104 New 5G base stations: recorded 20 on 2023-06-30 -> at risk\n"
    assert ledger.read_bytes() == before + UPDATE_20.encode()
    second = run("record", "T104", "45")
    assert second.stdout == "T104 New 5G base stations: recorded 45 on 2023-07-02 -> on track\n"
    assert run("record", "T104", "80", "--correct").stdout.endswith("-> achieved\n")
    assert (
        run("--lang", "zh", "record", "M004", "started").stdout
        == "M004 再生资源回收利用项目: 已记录 已开工，日期 2023-07-02 -> 正常推进\n"
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["T104", "many"], re.escape("value 'many' for T104 is not a number")),
        (["T104", "nan"], "value 'nan' for T104 is not a finite number"),
        (["T104", "inf"], "value 'inf' for T104 is not a finite number"),
        (["T104", "1e999"], "value '1e999' for T104 is not a finite number"),
        (["T104", "done"], re.escape("T104 is numeric (quantity): 'done' only applies to milestones")),
        (["M059", "5"], "M059 is a milestone: its value is 'started' or 'done', not '5'"),
        (
            ["M059", "done", "--final"],
            re.escape("M059 is a milestone: --final applies to figures (record 'done' instead)"),
        ),
        (
            ["T104", "5", "--date", "2023-02-30"],
            "--date '2023-02-30' is not a date like YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD or YYYY年MM月DD日",
        ),
        (["T104", "5", "--date", "2999-01-01"], r"date 2999-01-01 is in the future \(today is \d{4}-\d\d-\d\d\)"),
        (["T1O4", "5"], r"unknown commitment id 'T1O4' \(did you mean T149, T148, T147\?\)"),
    ],
)
def test_record_refuses_bad_input_with_one_line_and_exit_2(
    run: Run, ledger: Path, args: list[str], message: str
) -> None:
    before = ledger.read_bytes()
    result = run("record", *args)
    assert (result.code, result.stdout) == (2, "")
    assert re.fullmatch(f"chengkou-tracker: error: {message}\n", result.stderr), result.stderr
    assert ledger.read_bytes() == before


def test_a_write_without_a_ledger_says_to_run_init(run: Run) -> None:
    result = run("record", "T104", "5")
    assert result.code == 3
    assert (
        result.stderr
        == "chengkou-tracker: error: no ledger here: run 'chengkou-tracker init' to create ./commitments.toml\n"
    )


def test_read_commands_fall_back_to_the_bundled_ledger(run: Run) -> None:
    result = run("list", "--format", "json")
    assert result.code == 0
    assert len(json.loads(result.stdout)) == 224


def test_list_table_filters_and_languages(run: Run, ledger: Path) -> None:
    run("record", "T104", "45")
    table = run("list", "--search", "5G")
    assert [line.rstrip() for line in table.stdout.splitlines()] == [
        "id    title                                                     target  latest  progress       status         deadline",
        "─" * 120,
        "T104  New 5G base stations                                        80个      45  ████▌···  56%  on track       2023-12-31",
        "M064  Full 5G coverage of township seats, expressway corridors       -       -  ········   0%  not started *  2023-12-31",
        "      and other key areas",
        "* stale: no update in 60 days",
    ]
    chinese = [line.rstrip() for line in run("--lang", "zh", "list", "--search", "5G").stdout.splitlines()]
    assert chinese[0] == "编号  事项                  目标  最新值  进度           状态      期限"
    assert chinese[2] == "T104  新建5G基站            80个      45  ████▌···  56%  正常推进  2023-12-31"
    assert run("list", "--search", "5G", env={"LANG": "zh_CN.UTF-8"}).stdout.splitlines()[2].rstrip() == chinese[2]
    # The language of messages is LC_ALL's, then LC_MESSAGES', then LANG's, as POSIX orders them.
    for env in ({"LC_ALL": "zh_CN.UTF-8", "LANG": "C"}, {"LC_MESSAGES": "zh_CN.UTF-8"}):
        assert run("list", "--search", "5G", env=env).stdout.splitlines()[2].rstrip() == chinese[2]
    english = {"LC_ALL": "C.UTF-8", "LANG": "zh_CN.UTF-8"}
    assert run("list", "--search", "5G", env=english).stdout.splitlines()[0].startswith("id ")
    # A --lang that is no language is refused in the locale's language.
    refused = run("--lang", "xx", "list", env={"LANG": "zh_CN.UTF-8"})
    assert (refused.code, refused.stderr) == (
        2,
        "chengkou-tracker: 错误: '--lang' 的值 'xx' 无效（可选: 'en', 'zh'）\n",
    )


def test_list_filters(run: Run, ledger: Path) -> None:
    run("record", "T104", "45")

    def ids(*args: str) -> list[str]:
        result = run("list", "--format", "json", *args)
        assert result.code == 0, result.stderr
        return [record["id"] for record in json.loads(result.stdout)]

    assert ids("--status", "on_track") == ["T104"]
    assert ids("--section", "6") == ["T149", "T150"]
    assert ids("--section", "（六）") == ids("--section", "(六)")
    assert ids("--kind", "reduction") == ["T150"]
    assert len(ids("--kind", "milestone")) == 74
    assert "T104" in ids("--tag", "digital")
    assert ids("--search", "丁家坪") == ["M059"]
    assert "T104" not in ids("--stale")
    assert ids("--sort", "progress", "--kind", "quantity")[-1] == "T104"
    assert run("assign", "县经信委", "T104", "T105").code == 0
    assert ids("--owner", "经信") == ["T104", "T105"]
    bad = run("list", "--status", "late")
    assert bad.code == 2
    assert bad.stderr == (
        "chengkou-tracker: error: unknown status 'late' (one of not_started, on_track, at_risk, achieved, overdue, missed)\n"
    )


def test_list_json_csv_markdown(run: Run, ledger: Path) -> None:
    run("record", "T104", "45", "--note", "a|b")
    records = json.loads(run("list", "--format", "json", "--search", "新建5G").stdout)
    assert records == [
        {
            "id": "T104",
            "section": "（四）",
            "title": "新建5G基站",
            "title_en": "New 5G base stations",
            "quote": "新建5G基站80个",
            "also_sections": [],
            "also_quotes": [],
            "kind": "quantity",
            "target": 80,
            "unit": "个",
            "direction": "at_least",
            "tolerance": None,
            "baseline": 150,
            "baseline_quote": "新建5G基站150个",
            "start": "2023-01-01",
            "deadline": "2023-12-31",
            "owner": "",
            "tags": ["digital"],
            "latest_value": 45,
            "latest_date": "2023-07-02",
            "progress": 0.5625,
            "pace": 40,  # an even pace reaches half of 80 at mid-year
            "gap": 5,  # 45 is 5 ahead of it, in the target's unit
            "gap_share": 0.0625,  # 5 of the 80 to go
            "status": "on_track",
            "stale": False,
            "days_late": None,
        }
    ]
    assert run("list", "--format", "csv", "--search", "新建5G").stdout == (
        "id,section,title,title_en,kind,target,unit,direction,deadline,owner,latest_value,latest_date,progress,status,stale\n"
        "T104,（四）,新建5G基站,New 5G base stations,quantity,80,个,at_least,2023-12-31,,45,2023-07-02,0.5625,on_track,false\n"
    )
    markdown = run("list", "--format", "markdown", "--search", "新建5G").stdout.splitlines()
    assert markdown[2] == (
        "| T104 | （四） | 新建5G基站 | New 5G base stations | quantity | 80 | 个 | at\\_least | 2023-12-31 |  | 45 |"
        " 2023-07-02 | 0.5625 | on\\_track | false |"
    )
    # With --lang zh the headers and words are the ones the Chinese export shows.
    assert run("--lang", "zh", "list", "--format", "csv", "--search", "新建5G").stdout == (
        "编号,部分,事项,英文名称,类型,目标,单位,方向,期限,责任单位,最新值,最新日期,进度,状态,久未更新\n"
        "T104,（四）,新建5G基站,New 5G base stations,数量,80,个,以上,2023-12-31,,45,2023-07-02,0.5625,正常推进,\n"
    )
    markdown = run("--lang", "zh", "list", "--format", "markdown", "--search", "新建5G").stdout.splitlines()
    assert markdown[0].startswith("| 编号 | 部分 | 事项 | 英文名称 | 类型 |")
    assert markdown[2] == (
        "| T104 | （四） | 新建5G基站 | New 5G base stations | 数量 | 80 | 个 | 以上 | 2023-12-31 |  | 45 | 2023-07-02 |"
        " 0.5625 | 正常推进 |  |"
    )


def test_show_prints_the_whole_commitment(run: Run, ledger: Path) -> None:
    run("record", "T104", "20", "--date", "2023-06-30", "--note", "[bold]x[/] \x1b[31mred")
    lines = [line.rstrip() for line in run("show", "T104").stdout.splitlines()]
    assert lines == [
        "id         T104",
        "title      新建5G基站 / New 5G base stations",
        "section    （四）",
        "quote      「新建5G基站80个」",
        "kind       quantity",
        "target     80个 (at least)",
        "baseline   150个 「新建5G基站150个」",
        "start      2023-01-01",
        "deadline   2023-12-31",
        "owner      -",
        "tags       digital",
        "status     at risk",
        "latest     20 (2023-06-30)",
        "progress   ██······  25%",
        "elapsed    50%",
        "even pace  40个",
        "gap        -20个, -25.0% of the way (behind an even pace)",
        "",
        "history",
        "date         value   final   by      note                     source",
        "─" * 68,
        "2023-06-30   20              clerk   [bold]x[/] \\x1b[31mred",
    ]


def test_overdue_and_check_after_the_deadline(run: Run, ledger: Path) -> None:
    for commitment_id, value in [("T104", "80"), ("T001", "7.2")]:
        run("record", commitment_id, value, "--date", "2023-06-30")
    late = {"CHENGKOU_AS_OF": "2024-01-15"}
    overdue = json.loads(run("overdue", "--format", "json", env=late).stdout)
    assert len(overdue) == 222 and "T104" not in [r["id"] for r in overdue] and overdue[0]["id"] == "T001"
    check = run("check", "--format", "json", env=late)
    assert check.code == 1
    data = json.loads(check.stdout)
    assert data["as_of"] == "2024-01-15"
    # Everything but T104 is overdue, except the A-level village coverage due by the end of 2025.
    assert data["counts"] == {"not_started": 1, "on_track": 0, "at_risk": 0, "achieved": 1, "overdue": 222, "missed": 0}
    assert (len(data["overdue"]), data["at_risk"], len(data["stale"])) == (222, [], 223)
    text = run("check", env=late).stdout.splitlines()
    assert (
        text[0]
        == "as of 2024-01-15: 224 commitments: 1 not started, 0 on track, 0 at risk, 1 achieved, 1 overdue, 0 missed, "
        "221 no figure; 223 stale"
    )  # overdue with no figure sent is 未报送 (no figure), counted apart from overdue on a figure
    assert len(data["no_figure"]) == 221
    assert text[1] == "overdue: T001 GDP growth (target ~7%, latest 7.2, deadline 2023-12-31)"
    assert (
        text[2]
        == "overdue, no figure: T002 Growth of value added of industry above designated size (target 15%, latest -, deadline 2023-12-31)"
    )
    assert len(text) == 223


def test_check_exit_codes(run: Run, ledger: Path) -> None:
    early = {"CHENGKOU_AS_OF": "2023-02-01"}
    assert run("check", env=early).code == 0
    assert run("check", "--strict", env=early).code == 0
    mid = run("check", "--strict")  # mid-year: many at risk, nothing overdue
    assert (run("check").code, mid.code) == (0, 1)
    # Each commitment once, with all its problems (T104 is both at risk and stale).
    assert (
        "no figure, stale: T104 New 5G base stations (target 80个, latest -, deadline 2023-12-31)"
        in mid.stdout.splitlines()
    )
    ids = [line.split(": ")[1].split()[0] for line in mid.stdout.splitlines()[1:]]
    assert len(ids) == len(set(ids)) == 224
    assert run("overdue").stdout == "nothing overdue\n"


def test_summary_counts_by_section(run: Run, ledger: Path) -> None:
    run("record", "T104", "45")
    lines = [line.rstrip() for line in run("summary").stdout.splitlines()]
    assert lines[0].split() == [
        "section",
        "not",
        "started",
        "on",
        "track",
        "at",
        "risk",
        "achieved",
        "overdue",
        "missed",
        "no",
        "figure",
        "total",
        "mean",
        "progress",
    ]
    # At risk with no figure yet is counted apart, as 未报送 (no figure), never as behind.
    assert lines[6].split()[:9] == ["（四）", "21", "1", "0", "0", "0", "0", "11", "33"]
    assert lines[9].split()[:9] == ["total", "117", "1", "0", "0", "0", "0", "106", "224"]
    # Under the table, each section's heading, from the ledger's report.
    assert lines[10:] == [
        "",
        "主要预期目标 今年经济社会发展主要预期目标",
        "（一）       突出“创新驱动”，推动产业现代化迈出坚实步伐",
        "（二）       立足“协调共进”，推动城乡融合发展迈出坚实步伐",
        "（三）       锚定“绿色发展”，推动生态文明建设迈出坚实步伐",
        "（四）       紧扣“改革开放”，推动区域发展格局提升迈出坚实步伐",
        "（五）       坚持“共建共享”，推动民生改善和社会治理迈出坚实步伐",
        "（六）       聚焦“效能提升”，推动政府自身建设迈出坚实步伐",
    ]


def test_history_undo_edit_and_import(run: Run, ledger: Path, tmp_path: Path) -> None:
    original = ledger.read_bytes()
    run("record", "T104", "20", "--date", "2023-06-30")
    after_record = ledger.read_bytes()
    edited = run("edit", "T104", "--owner", "县经信委", "--deadline", "2024-06-30", "--tags", "digital, 5g")
    assert edited.stdout == "recorded change 2: edit T104 owner=县经信委, deadline=2024-06-30, tags=digital,5g\n"
    assert [line.rstrip() for line in run("show", "T104").stdout.splitlines()[8:11]] == [
        "deadline   2024-06-30",
        "owner      县经信委",
        "tags       digital, 5g",
    ]
    csv_file = tmp_path / "updates.csv"
    csv_file.write_bytes(
        "\ufeffid,date,value,note,final\r\nT001,2023-06-30,7.4,上半年,\r\nM059,2023-05-01,started,,\r\n".encode()
    )
    assert run("import", str(csv_file), "--dry-run").stdout == "dry run: 2 updates are valid; nothing written\n"
    assert run("import", str(csv_file)).stdout == "imported 2 updates as change 3\n"
    history = json.loads(run("history", "--format", "json").stdout)
    assert [(h["type"], h["change"], h["commitment"]) for h in history] == [
        ("update", 1, "T104"), ("edit", 2, "T104"), ("update", 3, "T001"), ("update", 3, "M059"),
    ]  # fmt: skip
    assert history[1] == {
        "type": "edit", "change": 2, "commitment": "T104", "by": "clerk", "recorded_at": "2023-07-02T09:00:00Z",
        "fields": {"owner": "县经信委", "deadline": "2024-06-30", "tags": ["digital", "5g"]},
    }  # fmt: skip
    assert history[2] == {
        "type": "update", "change": 3, "commitment": "T001", "date": "2023-06-30", "value": 7.4, "note": "上半年",
        "source": "", "by": "clerk", "recorded_at": "2023-07-02T09:00:00Z", "final": False,
    }  # fmt: skip
    only = json.loads(run("history", "T001", "--format", "json").stdout)
    assert [h["commitment"] for h in only] == ["T001"]
    assert (
        json.loads(run("history", "--since", "2023-06-01", "--until", "2023-06-30", "--format", "json").stdout)[0][
            "value"
        ]
        == 20
    )
    assert run("undo", "--yes").stdout == "undid change 3: import of 2 updates\n"
    assert (
        run("undo", "--yes").stdout
        == "undid change 2: edit T104 owner=县经信委, deadline=2024-06-30, tags=digital,5g\n"
    )
    assert ledger.read_bytes() == after_record
    assert run("undo", "--yes").stdout == "undid change 1: record T104 20 on 2023-06-30\n"
    assert ledger.read_bytes() == original
    nothing = run("undo", "--yes")
    assert (nothing.code, nothing.stderr) == (
        2,
        "chengkou-tracker: error: nothing to undo: the ledger records no changes\n",
    )


def test_undo_never_prompts_off_a_terminal(run: Run, ledger: Path) -> None:
    run("record", "T104", "20")
    before = ledger.read_bytes()
    result = run("undo")
    assert (result.code, result.stderr) == (2, "chengkou-tracker: error: undo needs --yes when not run at a terminal\n")
    assert ledger.read_bytes() == before


def test_import_checks_every_row_first(run: Run, ledger: Path, tmp_path: Path) -> None:
    before = ledger.read_bytes()
    csv_file = tmp_path / "bad.csv"
    csv_file.write_text(
        "id,date,value\nT001,2023-06-30,7\nT999,2023-06-30,1\nT104,2023-06-31,5\nT104,2023-06-30,x\n", "utf-8"
    )
    result = run("import", str(csv_file))
    assert result.code == 2
    assert result.stderr.splitlines() == [
        f"chengkou-tracker: error: {csv_file}:3: unknown commitment id 'T999' (did you mean T099, T149, T139?)",
        f"chengkou-tracker: error: {csv_file}:4: date '2023-06-31' is not a date like YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD or YYYY年MM月DD日",
        f"chengkou-tracker: error: {csv_file}:5: value 'x' for T104 is not a number",
    ]
    assert ledger.read_bytes() == before


def test_export_to_stdout_and_to_a_file(run: Run, ledger: Path, tmp_path: Path) -> None:
    run("record", "T104", "45")
    exported = json.loads(run("export").stdout)
    assert next(r for r in exported if r["id"] == "T104")["latest_value"] == 45
    out = tmp_path / "status.csv"
    result = run("export", "--format", "csv", "--output", str(out))
    assert (result.code, result.stdout, result.stderr) == (0, "", f"wrote {out}\n")
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # the byte-order mark Excel needs for Chinese
    assert out.read_text("utf-8-sig").splitlines()[0].startswith("id,section,title,title_en,kind")
    assert len(out.read_text("utf-8-sig").splitlines()) == 225


def test_colour_follows_option_then_environment(run: Run, ledger: Path) -> None:
    run("record", "T104", "45")
    assert "\x1b[" in run("--color", "list", "--search", "新建5G").stdout
    assert "\x1b[" not in run("list", "--search", "新建5G").stdout  # NO_COLOR is set by the fixtures
    assert "\x1b[" not in run("list", "--search", "新建5G", env={"NO_COLOR": "", "TERM": "xterm"}).stdout  # a pipe
    assert "\x1b[" not in run("--no-color", "list", "--search", "新建5G", env={"NO_COLOR": ""}).stdout


def test_text_from_users_is_shown_literally(run: Run, ledger: Path) -> None:
    run("record", "T104", "20", "--note", "[bold red]loud[/] [link=http://x]y[/link] \x1b[2J\u202egnp.exe")
    out = run("--color", "history", env={"COLUMNS": "200"}).stdout
    assert "[bold red]loud[/] [link=http://x]y[/link] \\x1b[2J\\u202egnp.exe" in out
    assert "\x1b[2J" not in out and "\u202e" not in out


def test_as_of_option_and_bad_as_of(run: Run, ledger: Path) -> None:
    assert json.loads(run("--as-of", "2024-01-15", "check", "--format", "json").stdout)["as_of"] == "2024-01-15"
    bad = run("--as-of", "July", "check")
    assert (bad.code, bad.stderr) == (
        2,
        "chengkou-tracker: error: --as-of 'July' is not a date like YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD or YYYY年MM月DD日\n",
    )


def test_python_api(ledger: Path) -> None:
    import datetime as dt

    import chengkou_tracker as ct

    update, _ = ct.record(str(ledger), "T104", "45", date=dt.date(2023, 6, 30), today=dt.date(2023, 7, 2),
                          now=dt.datetime(2023, 7, 2, tzinfo=dt.UTC), by="api")  # fmt: skip
    statuses = {a.commitment.id: a.status for a in ct.assess_ledger(ct.load(str(ledger)), dt.date(2023, 7, 2))}
    assert (update.change, statuses["T104"]) == (1, ct.Status.ON_TRACK)


def test_errors_stay_on_one_line_whatever_the_input(run: Run, ledger: Path) -> None:
    result = run("record", "T1\u2028x\u0085y", "5")
    assert result.code == 2
    assert result.stderr == "chengkou-tracker: error: no commitment matches 'T1\\u2028x\\x85y'\n"


def test_validate_prints_a_binary_ledger_problem_like_the_others(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "garbage.toml"
    path.write_bytes(b"id = 1\n\xff\xfe\x00")
    result = run("--ledger", str(path), "validate")
    assert (result.code, result.stdout, result.stderr) == (3, "", f"{path}:2: not UTF-8 text (is this a ledger?)\n")


@pytest.mark.parametrize(("answer", "code", "undone"), [("y", 0, True), ("n", 2, False)])
def test_undo_asks_at_a_terminal(run: Run, ledger: Path, answer: str, code: int, undone: bool) -> None:
    import os
    import pty
    import subprocess
    import sys

    before = ledger.read_bytes()
    run("record", "T104", "20")
    after = ledger.read_bytes()
    controller, terminal = pty.openpty()
    env = {**os.environ, "CHENGKOU_LEDGER": str(ledger)}
    with subprocess.Popen(
        [sys.executable, "-m", "chengkou_tracker", "undo"],
        stdin=terminal,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    ) as process:
        os.write(controller, f"{answer}\n".encode())
        stdout, stderr = process.communicate(timeout=60)
    os.close(controller)
    os.close(terminal)
    assert process.returncode == code, stderr
    assert stdout.decode().startswith("Undo change 1: record T104 20 on 2023-07-02? [y/N]: ")
    assert ledger.read_bytes() == (before if undone else after)
    if undone:
        assert stdout.decode().endswith("undid change 1: record T104 20 on 2023-07-02\n")
    else:
        assert stderr.decode() == "chengkou-tracker: error: nothing undone\n"


def test_undo_asks_in_chinese_and_asks_again_after_an_answer_it_cannot_read(run: Run, ledger: Path) -> None:
    import os
    import pty
    import subprocess
    import sys

    before = ledger.read_bytes()
    run("record", "T104", "20")
    controller, terminal = pty.openpty()
    env = {**os.environ, "CHENGKOU_LEDGER": str(ledger)}
    with subprocess.Popen(
        [sys.executable, "-m", "chengkou_tracker", "--lang", "zh", "undo"],
        stdin=terminal,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    ) as process:
        os.write(controller, "x\n是\n".encode())
        stdout, stderr = process.communicate(timeout=60)
    os.close(controller)
    os.close(terminal)
    assert process.returncode == 0, stderr
    question = "撤销变更 1: 记录 T104 20，日期 2023-07-02？（y 是 / n 否，默认否）: "
    assert stdout.decode() == question * 2 + "已撤销变更 1: 记录 T104 20，日期 2023-07-02\n"
    assert stderr.decode() == "请输入 y（是）或 n（否）\n"
    assert ledger.read_bytes() == before


def test_the_program_alone_prints_its_help_and_a_missing_command_is_one_line(run: Run) -> None:
    alone = run()
    assert alone.code == 2 and alone.stderr == ""
    assert alone.stdout.startswith("Usage: chengkou-tracker [OPTIONS] COMMAND [ARGS]...\n\n")
    assert "\\x0a" not in alone.stdout and "  record    " in alone.stdout
    missing = run("--lang", "zh")
    assert (missing.code, missing.stdout, missing.stderr) == (
        2,
        "",
        "chengkou-tracker: 错误: 缺少命令（chengkou-tracker --help 列出所有命令）\n",
    )


def test_a_run_imports_only_the_command_it_runs() -> None:
    """--help lists every command without importing one; `check --help` imports check alone; no Rich."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from chengkou_tracker.cli import app\n"
        "for words in (['--help'], ['--version'], ['check', '--help']):\n"
        "    app(words, standalone_mode=False)\n"
        "print(sorted(m for m in sys.modules if m.startswith('chengkou_tracker.cli.commands.')), 'rich' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    listed = result.stdout.split("Commands:\n", 1)[1].split("\n\n", 1)[0]
    from chengkou_tracker.cli.commands import COMMANDS

    assert [line.split()[0] for line in listed.splitlines() if not line.startswith("   ")] == list(COMMANDS)
    assert result.stdout.splitlines()[-1] == "['chengkou_tracker.cli.commands.check'] False"


def test_no_command_imports_pydantic(tmp_path: Path) -> None:
    """Typer 0.29 would build a Pydantic adapter for every parameter (some 50 ms a run); the CLI coerces its own.

    Every kind of parameter it declares is read here: text, a number with a floor, a choice, a repeatable option,
    a flag, --help, and bad values of each kind, which still get their own error line."""
    import os
    import subprocess
    import sys

    ledger = tmp_path / "commitments.toml"
    ledger.write_bytes(BUNDLED.read_bytes())
    script = (
        "import sys\n"
        "from chengkou_tracker.cli import app\n"
        f"ledger = {str(ledger)!r}\n"
        "runs = [['-l', ledger, '--lock-timeout', '2', 'list', '--tag', 'a', '--tag', 'b', '--format', 'json'],\n"
        "        ['-l', ledger, '--no-color', 'check', '--help'], ['-l', ledger, '--lock-timeout', '-1', 'check'],\n"
        "        ['-l', ledger, '--lock-timeout', 'x', 'check'], ['-l', ledger, 'check', '--format', 'xx']]\n"
        "for words in runs:\n"
        "    try:\n"
        "        app(words)\n"
        "    except SystemExit as end:\n"
        "        print('exit', end.code, file=sys.stderr)\n"
        "print('pydantic' in sys.modules)\n"
    )
    environment = {**os.environ, **PINNED_ENV}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=environment)
    assert result.stdout.splitlines()[-1] == "False"
    assert [line for line in result.stderr.splitlines() if line.startswith(("exit", "chengkou-tracker:"))] == [
        "exit 0",
        "exit 0",
        "chengkou-tracker: error: Invalid value for '--lock-timeout': -1 is less than 0.",
        "exit 2",
        "chengkou-tracker: error: Invalid value for '--lock-timeout': 'x' is not a number.",
        "exit 2",
        "chengkou-tracker: error: Invalid value for '--format' / '-f': 'xx' is not one of 'text', 'json'.",
        "exit 2",
    ]


def test_check_by_owner_names_each_id_under_the_word_that_counts_it(run: Run, ledger: Path) -> None:
    """An overdue commitment with no figure is counted under 'no figure', so it is named there, not as overdue."""
    assert run("assign", "县统计局", "T001", "T002", "T104").code == 0
    assert run("record", "T104", "45", "--date", "2023-06-30").code == 0
    lines = run("--as-of", "2024-03-01", "check", "--by-owner").stdout.splitlines()
    assert lines[1] == (
        "县统计局: 3 commitments: 1 overdue, 0 at risk, 2 no figure, 3 stale (overdue: T104; no figure: T001 T002)"
    )
    assert run("record", "T001", "3", "--date", "2023-06-30").code == 0
    zh = run("--lang", "zh", "check", "--by-owner").stdout.splitlines()
    assert zh[1] == "县统计局: 3 项承诺: 0 已逾期, 1 进度滞后, 0 未报送, 1 久未更新 (进度滞后: T001)"


def test_history_with_swapped_dates_says_so_and_resolving_nothing_says_so(run: Run, ledger: Path) -> None:
    assert run("record", "T104", "20", "--date", "2023-06-30").code == 0
    swapped = run("history", "--since", "2023-07-01", "--until", "2023-06-01")
    assert (swapped.code, swapped.stdout, swapped.stderr) == (
        2,
        "",
        "chengkou-tracker: error: --since 2023-07-01 is after --until 2023-06-01: no date is in between\n",
    )
    zh = run("--lang", "zh", "history", "--since", "2023-07-01", "--until", "2023-06-01")
    assert zh.stderr == "chengkou-tracker: 错误: --since 2023-07-01 晚于 --until 2023-06-01：两者之间没有日期\n"
    resolved = run("--lang", "zh", "record", "T104", "30", "--date", "2023-07-01", "--resolved")
    assert resolved.code == 0 and resolved.stderr == "chengkou-tracker: T104 没有待解决的存在问题\n"
