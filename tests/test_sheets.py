"""The office's round trip: owners in bulk, spreadsheets out and back in, dates as people write them,
imports that can run twice, and cells that stay data."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from python_calamine import CalamineWorkbook

from tests.conftest import Run

MAIN_TARGETS = ["T001", "T002", "T003", "T004", "T005", "T006", "T007", "T008", "T009", "M001"]


def _sheet(path: Path) -> list[list[object]]:
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()


def _xml(path: Path, member: str) -> str:
    with zipfile.ZipFile(path) as book:
        return book.read(member).decode("utf-8")


# ---------------------------------------------------------------- owners


def test_assign_by_section_is_one_change_that_one_undo_reverts(run: Run, ledger: Path) -> None:
    original = ledger.read_bytes()
    result = run("assign", "县发展改革委", "--section", "主要预期目标")
    assert (result.code, result.stdout) == (0, "assigned 县发展改革委 to 10 commitments as change 1\n")
    owners = {r["id"]: r["owner"] for r in json.loads(run("list", "--format", "json").stdout)}
    assert [key for key, owner in owners.items() if owner == "县发展改革委"] == MAIN_TARGETS
    assert ledger.read_bytes().count(b"[[edit]]\nchange = 1\n") == 10
    again = run("assign", "县发展改革委", "--section", "0")
    assert again.stdout == "nothing to change: all 10 commitments already have that owner\n"
    assert run("undo", "--yes").stdout == "undid change 1: edit of 10 commitments: owner=县发展改革委\n"
    assert ledger.read_bytes() == original


def test_assign_by_ids_tag_and_search(run: Run, ledger: Path) -> None:
    assert run("assign", "县经信委", "T104", "M064").stdout == "assigned 县经信委 to 2 commitments as change 1\n"
    assert run("assign", "县经信委", "--search", "5G", "T105").stdout == (
        "assigned 县经信委 to 1 commitments as change 2; 2 already had it\n"
    )
    run("edit", "T010", "--tags", "pilot")
    assert run("assign", "县工业园区", "--tag", "pilot").stdout == "assigned 县工业园区 to 1 commitments as change 4\n"
    listed = run("list", "--owner", "经信", "--format", "csv").stdout.splitlines()
    assert [line.split(",")[0] for line in listed[1:]] == ["T104", "T105", "M064"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("assign", "县经信委"), "which commitments? give ids, --section, --tag or --search"),
        (("assign",), "give an OWNER and the commitments (ID..., --section, --tag or --search), or --from FILE"),
        (("assign", "县经信委", "T999"), "unknown commitment id 'T999' (did you mean T099, T149, T139?)"),
        (("assign", "县经信委", "--search", "no such words"), "no commitments match"),
        (
            ("assign", "x", "--from", "owners.csv"),
            "assign --from FILE takes no OWNER, ID, --section, --tag or --search",
        ),
    ],
)
def test_assign_refuses_bad_usage_and_changes_nothing(
    run: Run, ledger: Path, args: tuple[str, ...], message: str
) -> None:
    before = ledger.read_bytes()
    result = run(*args)
    assert (result.code, result.stdout, result.stderr) == (2, "", f"chengkou-tracker: error: {message}\n")
    assert ledger.read_bytes() == before


def test_assign_from_a_csv_and_an_xlsx_sheet(run: Run, ledger: Path, tmp_path: Path) -> None:
    owners = tmp_path / "owners.csv"
    owners.write_text("编号,责任单位\nT104,县经信委\nT001,县发展改革委\n\nT002,县统计局\n", "utf-8")
    assert run("assign", "--from", str(owners)).stdout == (
        "assigned owners to 3 commitments (3 departments) as change 1\n"
    )
    # An xlsx sheet: every bad row is named by its cell, and nothing is written.
    import xlsxwriter  # type: ignore[import-untyped]

    book_path = tmp_path / "owners.xlsx"
    book = xlsxwriter.Workbook(str(book_path))
    sheet = book.add_worksheet("分工")
    sheet.write_row(0, 0, ["id", "owner"])
    sheet.write_row(1, 0, ["T105", "县经信委"])
    sheet.write_row(2, 0, ["T106", ""])
    sheet.write_row(3, 0, ["T999", "县教委"])
    book.close()
    before = ledger.read_bytes()
    bad = run("assign", "--from", str(book_path))
    assert (bad.code, bad.stderr.splitlines()) == (
        2,
        [
            f"chengkou-tracker: error: {book_path}:分工!B3: no owner for T106",
            f"chengkou-tracker: error: {book_path}:分工!A4: unknown commitment id 'T999' (did you mean T099, T149, T139?)",
        ],
    )
    assert ledger.read_bytes() == before


def test_summary_and_check_by_owner(run: Run, ledger: Path) -> None:
    run("assign", "县发展改革委", "--section", "主要预期目标")
    run("assign", "县经信委", "T104", "M064")
    run("record", "T104", "45", "--date", "2023-06-30")
    assert run("summary", "--by", "owner").stdout.splitlines() == [
        "owner         not started  on track  at risk  achieved  overdue  missed  no figure  total  mean progress  stale",
        "───────────────────────────────────────────────────────────────────────────────────────────────────────────────",
        "县发展改革委            9         0        0         0        0       0          1     10  ········   0%     10",
        "县经信委                1         1        0         0        0       0          0      2  ██▎·····  28%      1",
        "(no owner)            107         0        0         0        0       0        105    212  ········   0%    212",
    ]  # at risk with no figure sent is 未报送 (no figure), apart from behind
    narrow = run("--lang", "zh", "summary", "--by", "owner", env={"COLUMNS": "80"}).stdout.splitlines()
    assert narrow[3:] == [
        "县发展改革委      9    0    0      0      0      0      1   10   0%   10",
        "县经信委          1    1    0      0      0      0      0    2  28%    1",
        "（未指定）      107    0    0      0      0      0    105  212   0%  212",
    ]  # at 80 columns: every name and count whole, the headings folded onto two lines
    late = run("--as-of", "2024-01-10", "check", "--owner", "经信")
    assert (late.code, late.stdout.splitlines()[0]) == (
        1,
        "as of 2024-01-10: 2 commitments: 0 not started, 0 on track, 0 at risk, 0 achieved, 1 overdue, 0 missed, "
        "1 no figure; 2 stale",
    )
    report = run("--as-of", "2024-01-10", "check", "--by-owner", "--format", "json")
    assert report.code == 1
    departments = json.loads(report.stdout)["departments"]
    assert [(d["owner"], d["total"], len(d["overdue"])) for d in departments] == [
        ("县发展改革委", 10, 10),
        ("县经信委", 2, 2),
        ("", 212, 211),  # the unassigned come last: there is nobody to remind
    ]
    first = json.loads(run("check", "--by-owner", "--format", "json").stdout)["departments"][0]
    assert first["owner"] == "县发展改革委"
    assert first["at_risk"] == [
        {
            "id": "T008", "title": "城镇新增就业", "status": "at_risk", "deadline": "2023-12-31",
            "target": 1500, "unit": "人", "latest_value": None, "latest_date": None,
        }
    ]  # fmt: skip
    text = run("check", "--by-owner")
    unowned = text.stdout.splitlines()[-1]
    assert (text.code, text.stdout.splitlines()) == (
        0,
        [
            "as of 2023-07-02:",
            "县发展改革委: 10 commitments: 0 overdue, 0 at risk, 1 no figure, 10 stale (no figure: T008)",
            "县经信委: 2 commitments: 0 overdue, 0 at risk, 0 no figure, 1 stale",
            unowned,
        ],
    )
    assert unowned.startswith(
        "(no owner): 212 commitments: 0 overdue, 0 at risk, 105 no figure, 212 stale (no figure: "
    )
    assert len(unowned.split("(no figure: ")[1].split()) == 105  # each id the count counts, named


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize("written", ["2023-06-30", "2023/06/30", "2023/6/30", "2023.06.30", "2023年6月30日"])
def test_dates_the_way_people_write_them(run: Run, ledger: Path, written: str) -> None:
    assert run("record", "T104", "45", "--date", written).stdout == (
        "T104 New 5G base stations: recorded 45 on 2023-06-30 -> on track\n"
    )
    assert json.loads(run("--as-of", written, "check", "--format", "json").stdout)["as_of"] == "2023-06-30"


@pytest.mark.parametrize(
    "written", ["30/06/2023", "2023-6", "June 30", "２０２３-06-30", "2023/06-30", "2023年6月31日"]
)
def test_other_dates_are_refused_with_the_accepted_forms(run: Run, ledger: Path, written: str) -> None:
    before = ledger.read_bytes()
    result = run("record", "T104", "45", "--date", written)
    assert (result.code, result.stderr) == (
        2,
        f"chengkou-tracker: error: --date '{written}' is not a date like "
        "YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD or YYYY年MM月DD日\n",
    )
    assert ledger.read_bytes() == before


# ---------------------------------------------------------------- run twice, get once


def test_importing_the_same_file_twice_records_it_once(run: Run, ledger: Path, tmp_path: Path) -> None:
    rows = tmp_path / "rows.csv"
    rows.write_text("id,date,value,note\nT001,2023/06/30,6.8,上半年\nT104,2023年6月1日,40,\n", "utf-8")
    assert run("import", str(rows)).stdout == "imported 2 updates as change 1\n"
    after_first = ledger.read_bytes()
    second = run("import", str(rows))
    assert (second.code, second.stdout, second.stderr) == (
        0,
        "nothing to import: all 2 rows are already recorded\n",
        "",
    )
    assert ledger.read_bytes() == after_first
    rows.write_text(
        "id,date,value,note\nT001,2023/06/30,6.8,上半年\nT104,2023-06-01,41,\nT104,2023-06-01,41,\n", "utf-8"
    )
    refused = run("import", str(rows))  # 41 for a date that already has 40: a correction, said so
    assert (refused.code, refused.stdout) == (2, "")
    assert refused.stderr == (
        f"chengkou-tracker: error: {rows}:3: T104: 2023-06-01 already has the figure 40个 (change 1); check it, or "
        "give --correct to record 41个 in its place\n"
    )
    assert run("import", str(rows), "--dry-run", "--correct").stdout == (
        "dry run: 1 updates are valid; skipped 2 already recorded; nothing written\n"
    )
    assert run("import", str(rows), "--correct").stdout == (
        "imported 1 updates as change 2; skipped 2 already recorded\n"
    )


def test_rows_that_differ_only_in_final_note_or_source_are_each_imported(
    run: Run, ledger: Path, tmp_path: Path
) -> None:
    rows = tmp_path / "rows.csv"
    rows.write_text(
        "id,date,value,note,source,by,final\n"
        "T104,2023-06-30,40,,,,\n"
        "T104,2023-06-30,40,上半年,,,\n"
        "T104,2023-06-30,40,,统计局,,\n"
        "T104,2023-06-30,40,,,,true\n"
        "T104,2023-06-30,40,,,另一人,\n",  # who typed it does not make another figure
        "utf-8",
    )
    assert run("import", str(rows)).stdout == "imported 4 updates as change 1; skipped 1 already recorded\n"
    updates = json.loads(run("history", "--format", "json").stdout)
    assert [(u["note"], u["source"], u["final"]) for u in updates] == [
        ("", "", False),
        ("上半年", "", False),
        ("", "统计局", False),
        ("", "", True),
    ]


def test_recording_the_same_figure_twice_writes_it_once(run: Run, ledger: Path) -> None:
    run("record", "T104", "45", "--note", "上半年")
    before = ledger.read_bytes()
    again = run("record", "T104", "45", "--note", "上半年", "--by", "someone else")
    assert (again.code, again.stdout) == (0, "T104: 45 on 2023-07-02 is already recorded (change 1); nothing written\n")
    assert ledger.read_bytes() == before
    assert run("record", "T104", "45", "--note", "上半年累计").code == 0  # another note is another record
    assert ledger.read_bytes() != before


# ---------------------------------------------------------------- CSV as Excel needs it


def test_csv_exports_carry_a_byte_order_mark(run: Run, ledger: Path, tmp_path: Path) -> None:
    out = tmp_path / "ledger.csv"
    run("export", "--format", "csv", "--output", str(out))
    assert out.read_bytes().startswith(b"\xef\xbb\xbfid,section,title,")
    template = tmp_path / "template.csv"
    assert run("--lang", "zh", "template", "--owner", "", "--section", "0", "--output", str(template)).stderr == (
        f"已写入 {template}: 10 项承诺\n"  # --lang zh: in Chinese (issue 11)
    )
    lines = template.read_bytes().decode("utf-8").splitlines()
    assert lines[0] == "\ufeff编号,事项,原文,目标,单位,最新值,最新日期,状态,数值,日期,备注,来源,终值,存在问题"
    assert lines[1] == "T001,地区生产总值增速,地区生产总值增长7%左右,7,%,,,未开始,,,,,,"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_import_reads_utf8_with_or_without_bom_and_gb18030(
    run: Run, ledger: Path, tmp_path: Path, encoding: str
) -> None:
    rows = tmp_path / "rows.csv"
    rows.write_bytes("编号,日期,数值,备注\r\nT104,2023/6/30,45,上半年累计\r\n".encode(encoding))
    assert run("import", str(rows)).stdout == "imported 1 updates as change 1\n"
    assert json.loads(run("history", "--format", "json").stdout)[0]["note"] == "上半年累计"


# ---------------------------------------------------------------- cells are data


HOSTILE = '=HYPERLINK("http://x","点此")'


def test_formula_like_text_is_guarded_in_csv_and_read_back_exactly(run: Run, ledger: Path, tmp_path: Path) -> None:
    run("assign", "=1+1", "T104")
    run("edit", "T104", "--title-en", HOSTILE)
    out = tmp_path / "ledger.csv"
    run("export", "--format", "csv", "--output", str(out))
    row = next(line for line in out.read_text("utf-8-sig").splitlines() if line.startswith("T104"))
    assert (
        row
        == 'T104,（四）,新建5G基站,"\'=HYPERLINK(""http://x"",""点此"")",quantity,80,个,at_least,2023-12-31,\'=1+1,,,0,at_risk,true'
    )
    rows = tmp_path / "rows.csv"
    rows.write_text("id,date,value,note,source\nT104,2023-06-30,-5,'=1+1,'-x\nT105,2023-06-30,5,''=y,'-5\n", "utf-8")
    run("import", str(rows), "--force")  # -5 new base stations is implausible, and recorded all the same
    history = json.loads(run("history", "--format", "json").stdout)
    assert [(h["value"], h["note"], h["source"]) for h in history if h["type"] == "update"] == [
        (-5, "=1+1", "-x"),
        (5, "'=y", "'-5"),
    ]


def test_xlsx_export_writes_text_cells_never_formulas(run: Run, ledger: Path, tmp_path: Path) -> None:
    run("assign", "=1+1", "T104")
    run("edit", "T104", "--title-en", HOSTILE)
    run("record", "T104", "45", "--date", "2023-06-30")
    out = tmp_path / "台账.xlsx"
    result = run("--lang", "zh", "export", "--format", "xlsx", "--output", str(out))
    assert (result.code, result.stderr) == (0, f"已写入 {out}\n")
    rows = _sheet(out)
    assert rows[0] == [
        "编号", "事项", "目标", "期限", "责任单位", "最新值", "最新日期", "状态", "进展情况", "存在问题",
    ]  # fmt: skip  # no English column; the target with its unit; the department's words (issue 18)
    t104 = next(row for row in rows if row[0] == "T104")
    assert t104[1:] == ["新建5G基站", "80个", _date(2023, 12, 31), "=1+1", 45.0, _date(2023, 6, 30), "正常推进", "", ""]
    assert HOSTILE not in str(rows)  # the English name stays in the CSV and JSON exports
    sheet_xml = _xml(out, "xl/worksheets/sheet1.xml")
    assert "<f>" not in sheet_xml  # no formula anywhere
    assert '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' in sheet_xml
    assert '<autoFilter ref="A1:J225"/>' in sheet_xml
    assert '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' in sheet_xml  # fit to one page wide...
    assert '<pageSetup paperSize="9" fitToHeight="0" orientation="landscape"/>' in sheet_xml  # ...on A4 landscape
    assert '<definedName name="_xlnm.Print_Titles" localSheetId="0">台账!$1:$1</definedName>' in _xml(
        out, "xl/workbook.xml"
    )  # the header row on every printed page


def _date(year: int, month: int, day: int) -> object:
    import datetime as dt

    return dt.date(year, month, day)


def test_export_xlsx_needs_an_output_file(run: Run, ledger: Path) -> None:
    result = run("export", "--format", "xlsx")
    assert (result.code, result.stderr) == (
        2,
        "chengkou-tracker: error: export --format xlsx needs --output FILE.xlsx\n",
    )


# ---------------------------------------------------------------- templates and the sheets that come back


def test_xlsx_template_validates_the_cells_to_fill(run: Run, ledger: Path, tmp_path: Path) -> None:
    run("assign", "县经信委", "T104", "M064")
    out = tmp_path / "县经信委.xlsx"
    result = run("--lang", "zh", "template", "--owner", "县经信委", "--month", "2023-06", "--output", str(out))
    assert (result.code, result.stderr) == (0, f"已写入 {out}: 2 项承诺\n")
    rows = _sheet(out)
    assert rows == [
        ["编号", "事项", "原文", "目标", "单位", "最新值", "最新日期", "状态", "数值", "日期", "备注", "来源", "终值", "存在问题"],
        ["T104", "新建5G基站", "新建5G基站80个", 80.0, "个", "", "", "未开始", "", "", "", "", "", ""],
        ["M064", "重点区域5G网络全覆盖", "实现乡镇场镇、高速公路沿线等重点区域5G网络全覆盖", "", "", "", "", "未开始", "", "", "", "", "", ""],
    ]  # fmt: skip
    sheet_xml = _xml(out, "xl/worksheets/sheet1.xml")
    assert (
        '<dataValidation type="decimal" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="数值" error="请填写数字" sqref="I2">'
        in sheet_xml
    )
    assert (
        '<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="数值" error="已开工 / 已完成" sqref="I3"><formula1>"已开工,已完成"</formula1>'
        in sheet_xml
    )
    assert (
        '<dataValidation type="date" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="日期" error="2023-01-01 .. 2024-12-31" sqref="J2:J3"><formula1>44927</formula1><formula2>45657</formula2>'
        in sheet_xml
    )
    assert '<formula1>"是,否"</formula1>' in sheet_xml
    assert "台账" not in _xml(out, "xl/workbook.xml") and 'name="填报"' in _xml(out, "xl/workbook.xml")


def test_a_filled_xlsx_template_imports_and_names_bad_cells(run: Run, ledger: Path, tmp_path: Path) -> None:
    import xlsxwriter

    run("assign", "县经信委", "T104", "M064")
    path = tmp_path / "filled.xlsx"
    header = [
        "编号",
        "事项",
        "原文",
        "目标",
        "单位",
        "最新值",
        "最新日期",
        "状态",
        "数值",
        "日期",
        "备注",
        "来源",
        "终值",
    ]
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("填报")
    date = book.add_format({"num_format": "yyyy-mm-dd"})
    sheet.write_row(0, 0, header)
    sheet.write_row(1, 0, ["T104", "新建5G基站", "新建5G基站80个", 80, "个", "", "", "进度滞后", 52])
    sheet.write_datetime(1, 9, _datetime(2023, 6, 30), date)
    sheet.write_string(1, 10, "=1+1")
    sheet.write_formula(1, 11, '="县"&"经信委"', None, "县经信委")  # a formula: its value is read
    sheet.write_row(2, 0, ["M064", "重点区域5G网络全覆盖"])  # left blank: skipped
    sheet.write_row(3, 0, ["T105", "新建光纤网络", "", 300, "皮长公里", "", "", "", 120, "2023年6月30日"])
    book.close()
    assert run("import", str(path)).stdout == "imported 2 updates as change 2\n"
    updates = [h for h in json.loads(run("history", "--format", "json").stdout) if h["type"] == "update"]
    assert [(u["commitment"], u["date"], u["value"], u["note"], u["source"]) for u in updates] == [
        ("T104", "2023-06-30", 52, "=1+1", "县经信委"),
        ("T105", "2023-06-30", 120, "", ""),
    ]
    after = ledger.read_bytes()
    assert run("import", str(path)).stdout == "nothing to import: all 2 rows are already recorded\n"
    assert ledger.read_bytes() == after

    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("填报")
    sheet.write_row(0, 0, header)
    sheet.write_row(1, 0, ["T104", "", "", "", "", "", "", "", "many", "2023-06-30"])
    sheet.write_row(2, 0, ["M064", "", "", "", "", "", "", "", "started", "soon"])
    book.close()
    bad = run("import", str(path))
    assert (bad.code, bad.stderr.splitlines()) == (
        2,
        [
            f"chengkou-tracker: error: {path}:填报!I2: value 'many' for T104 is not a number",
            f"chengkou-tracker: error: {path}:填报!J3: date 'soon' is not a date like YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD or YYYY年MM月DD日",
        ],
    )
    assert ledger.read_bytes() == after


def _datetime(year: int, month: int, day: int) -> object:
    import datetime as dt

    return dt.datetime(year, month, day)


def test_an_edited_export_imports_once_date_and_value_columns_are_added(run: Run, ledger: Path, tmp_path: Path) -> None:
    out = tmp_path / "ledger.csv"
    run("export", "--format", "csv", "--output", str(out))
    before = ledger.read_bytes()
    refused = run("import", str(out))
    assert (refused.code, refused.stderr) == (
        2,
        f"chengkou-tracker: error: {out}:1: missing column 'date' (required: id,date,value)\n",
    )
    assert ledger.read_bytes() == before
    lines = out.read_text("utf-8-sig").splitlines()
    edited = [lines[0] + ",date,value"] + [line + ",," for line in lines[1:]]
    edited[1] = edited[1][:-2] + ",2023/6/30,6.9"
    out.write_text("\n".join(edited) + "\n", "utf-8-sig")
    assert run("import", str(out)).stdout == "imported 1 updates as change 1\n"


def test_unknown_columns_are_still_refused(run: Run, ledger: Path, tmp_path: Path) -> None:
    rows = tmp_path / "rows.csv"
    rows.write_text("编号,日期,数值,评论\nT104,2023-06-30,5,好\n", "utf-8")
    result = run("import", str(rows))
    assert (result.code, result.stderr) == (
        2,
        f"chengkou-tracker: error: {rows}:1: unknown column '评论' (columns are id,date,value,note,source,by,final)\n",
    )


# ---------------------------------------------------------------- reminders for cron


def test_the_readme_reminder_script_mails_each_department_its_own_list(run: Run, ledger: Path, tmp_path: Path) -> None:
    import shutil
    import subprocess
    import sys

    if shutil.which("jq", path="/usr/bin:/bin") is None:
        pytest.skip("jq is not installed (Debian package 'jq'), which the README's reminder script uses")
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text("utf-8")
    script = "#" + readme.split("# /opt/chengkou/remind.sh", 1)[1].split("```", 1)[0]
    run("assign", "县发展改革委", "--section", "主要预期目标")
    run("assign", "县经信委", "T104", "M064")
    run("record", "T104", "80", "--date", "2023-06-30")
    run("record", "M064", "done", "--date", "2023-06-30")
    run("assign", "县统计局", "T002")
    tool = tmp_path / "chengkou-tracker"
    tool.write_text(f'#!/bin/sh\nexec {sys.executable} -m chengkou_tracker "$@"\n', "utf-8")
    mail = tmp_path / "mail"  # writes each message to a file named after its address
    mail.write_text(f'#!/bin/sh\n{{ echo "subject: $2"; cat; }} > "{tmp_path}/sent-$3"\n', "utf-8")
    tool.chmod(0o755)
    mail.chmod(0o755)
    owners = tmp_path / "owners.tsv"
    owners.write_text("县发展改革委\tfgw@example.gov.cn\n县经信委\tjxw@example.gov.cn\n", "utf-8")
    script = (
        script.replace("/srv/chengkou/commitments.toml", str(ledger))
        .replace("/opt/chengkou/bin/chengkou-tracker", str(tool))
        .replace("/usr/bin/mail", str(mail))
        .replace("/srv/chengkou/owners.tsv", str(owners))
    )
    cron = {"PATH": "/usr/bin:/bin", "CHENGKOU_AS_OF": "2023-07-31"}
    result = subprocess.run(["/bin/sh", "-c", script], env=cron, capture_output=True, timeout=120, check=False)
    assert (result.returncode, result.stdout, result.stderr) == (0, b"", b"")
    sent = sorted(path.name for path in tmp_path.glob("sent-*"))
    assert sent == ["sent-fgw@example.gov.cn"]  # 县经信委 is done; 县统计局 has no address
    mailed = (tmp_path / "sent-fgw@example.gov.cn").read_text("utf-8").splitlines()
    assert mailed[0] == "subject: 政府工作报告任务提醒：县发展改革委"
    assert (
        mailed[1]
        == "截至 2023-07-31: 9 项承诺: 8 未开始, 0 正常推进, 0 进度滞后, 0 已完成, 0 已逾期, 0 未完成, 1 未报送; 9 久未更新"
    )
    assert all("T002" not in line for line in mailed)


# ---------------------------------------------------------------- the report by department


def test_report_gains_a_departments_table_once_owners_are_set(run: Run, ledger: Path) -> None:
    assert "Departments" not in run("report", "--month", "2023-06").stdout
    run("assign", "县发展改革委", "--section", "主要预期目标")
    run("assign", "县经信委", "T104", "M064")
    run("record", "T104", "45", "--date", "2023-06-30")
    text = run("report", "--month", "2023-06").stdout.splitlines()
    start = text.index("Departments, worst first")
    assert text[start : start + 6] == [
        "Departments, worst first",
        "========================",
        "县发展改革委   10  overdue   0  at risk   0  no figure   0  stale  10  mean progress ········   0%",
        "县经信委        2  overdue   0  at risk   0  no figure   0  stale   1  mean progress ██▎·····  28%",
        "(no owner)    212  overdue   0  at risk   0  no figure   0  stale 212  mean progress ········   0%",
        "",
    ]
    data = json.loads(run("report", "--month", "2023-06", "--format", "json").stdout)
    assert [(d["owner"], d["total"], d["at_risk"]) for d in data["departments"]] == [
        ("县发展改革委", 10, 0),
        ("县经信委", 2, 0),
        ("", 212, 0),
    ]


def test_report_owner_is_one_departments_own_report(run: Run, ledger: Path) -> None:
    run("assign", "县经信委", "T104", "M064")
    run("record", "T104", "45", "--date", "2023-06-30")
    text = run("--lang", "zh", "report", "--month", "2023-06", "--owner", "经信").stdout.splitlines()
    assert text[1] == "2023-06：责任单位 经信：2项承诺，截至 2023-06-30"
    assert "各责任单位情况（按滞后程度排序）" not in text
    data = json.loads(run("report", "--month", "2023-06", "--owner", "经信", "--format", "json").stdout)
    assert (data["owner"], data["total"], data["departments"]) == ("经信", 2, [])
    assert [u["id"] for u in data["updates"]] == ["T104"]
    missing = run("report", "--month", "2023-06", "--owner", "县教委")
    assert (missing.code, missing.stderr) == (
        2,
        "chengkou-tracker: error: no commitment has an owner containing '县教委' (owners: 县经信委)\n",
    )


# ---------------------------------------------------------------- properties and errors


def test_guard_is_undone_exactly_and_leaves_no_formula() -> None:
    from hypothesis import given
    from hypothesis import strategies as st

    from chengkou_tracker.escape import guard, unguard

    @given(st.text(alphabet=st.sampled_from("'=+-@\t\r1.e 点x"), max_size=8) | st.text(max_size=8))
    def check(text: str) -> None:
        guarded = guard(text)
        assert unguard(guarded) == text
        assert not guarded.startswith(("=", "+", "-", "@", "\t", "\r")) or float(guarded) == float(text)

    check()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("template", "--output", "x.pdf"), "--output 'x.pdf' must end in .xlsx or .csv"),
        (
            ("template", "--owner", "县教委", "--output", "x.xlsx"),
            "no commitment has an owner containing '县教委': none has an owner yet "
            "(set them with 'chengkou-tracker assign')",
        ),
        (
            ("template", "--month", "2023-13", "--output", "x.xlsx"),
            "--month '2023-13' is not a month like YYYY-MM or 'previous'",
        ),
        (
            ("template", "--section", "九", "--output", "x.xlsx"),
            "unknown section '九' (use 0-6 or one of 主要预期目标, （一）, （二）, （三）, （四）, （五）, （六）)",
        ),
    ],
)
def test_template_refuses_bad_usage_and_writes_nothing(
    run: Run, ledger: Path, tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    result = run(*args)
    assert (result.code, result.stdout, result.stderr) == (2, "", f"chengkou-tracker: error: {message}\n")
    assert not list(tmp_path.glob("x.*"))


def test_a_broken_xlsx_is_refused_in_one_line(run: Run, ledger: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    before = ledger.read_bytes()
    result = run("import", str(broken))
    assert (result.code, result.stderr) == (
        2,
        f"chengkou-tracker: error: {broken}: not a readable xlsx workbook; save it again as .xlsx or as CSV UTF-8\n",
    )
    assert ledger.read_bytes() == before


def test_the_owner_rule_is_one_function_and_narrows_history_too(run: Run, ledger: Path) -> None:
    from chengkou_tracker.errors import UsageError
    from chengkou_tracker.i18n import render
    from chengkou_tracker.selection import owned_by, owner_matches
    from chengkou_tracker.store.ledger import load

    run("assign", "县经信委", "T104", "M064")
    run("record", "T104", "45", "--date", "2023-06-30")
    run("record", "T001", "5", "--date", "2023-06-30")
    full = load(str(ledger))
    narrowed = owned_by(full, "经信")
    assert list(narrowed.commitments) == ["T104", "M064"]
    assert [u.commitment for u in narrowed.updates] == ["T104"]
    assert all(owner_matches(c, "经信") for c in narrowed.commitments.values())
    assert not owner_matches(full.commitments["T001"], "经信")
    with pytest.raises(UsageError) as refused:
        owned_by(full, "县教委")
    assert render(refused.value, "en") == "no commitment has an owner containing '县教委'"
    assert render(refused.value, "zh") == "没有责任单位包含 '县教委' 的承诺"


def test_an_xlsx_number_too_large_to_keep_is_refused_as_in_csv(run: Run, ledger: Path, tmp_path: Path) -> None:
    import xlsxwriter

    path = tmp_path / "big.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("rows")
    sheet.write_row(0, 0, ["id", "date", "value"])
    sheet.write_row(1, 0, ["T104", "2023-06-30", 12345678901234567890])
    book.close()
    (tmp_path / "big.csv").write_text("id,date,value\nT104,2023-06-30,12345678901234567890\n", encoding="utf-8")
    before = ledger.read_bytes()
    too_large = (
        "is too large to keep exactly (whole numbers go up to 9007199254740992); write it with a unit that is larger"
    )
    from_csv = run("import", "big.csv")
    assert (from_csv.code, from_csv.stderr) == (
        2,
        f"chengkou-tracker: error: big.csv:2: value '12345678901234567890' for T104 {too_large}\n",
    )
    from_xlsx = run("import", str(path))
    assert (from_xlsx.code, from_xlsx.stderr) == (
        2,  # the workbook keeps 16 digits (1.234567890123457E+19): the refusal names the number it holds
        f"chengkou-tracker: error: {path}:rows!C2: value '12345678901234569216' for T104 {too_large}\n",
    )
    assert ledger.read_bytes() == before


# ---------------------------------------------------------------- workbooks that would abort the reader


def _workbook_with(path: Path, sheet_xml: bytes | None = None, patch: tuple[bytes, bytes] | None = None) -> Path:
    """A small valid workbook, its sheet's XML replaced or patched: what a hostile file looks like."""
    import xlsxwriter

    plain = path.with_suffix(".plain.xlsx")
    book = xlsxwriter.Workbook(str(plain))
    sheet = book.add_worksheet("rows")
    sheet.write_row(0, 0, ["id", "date", "value"])
    sheet.write_row(1, 0, ["T104", "2023-06-30", 5])
    book.close()
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = sheet_xml if sheet_xml is not None else data
                data = data.replace(*patch) if patch is not None else data
            target.writestr(info.filename, data, zipfile.ZIP_DEFLATED, 9)
    plain.unlink()
    return path


def _rows_xml(rows: int) -> bytes:
    row = b'<row r="2"><c r="A2" t="inlineStr"><is><t>T104</t></is></c><c r="C2"><v>5</v></c></row>'
    head = b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    return head + b"<sheetData>" + row * rows + b"</sheetData></worksheet>"


def _far_workbook(folder: Path) -> Path:
    import xlsxwriter

    path = folder / "far.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("rows")
    sheet.write_row(0, 0, ["id", "date", "value"])
    sheet.write(1048575, 16383, 1)  # XFD1048576: the last cell a sheet has
    book.close()
    return path


def _lying_workbook(folder: Path) -> Path:
    """A zip bomb whose headers declare its sheet a thousand bytes long: the check reads each part through, and
    zipfile's CRC check at the declared size refuses it before the reader trusts the headers."""
    import struct

    path = _workbook_with(folder / "lying.xlsx", sheet_xml=_rows_xml(400_000))
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        local = archive.getinfo("xl/worksheets/sheet1.xml").header_offset
    struct.pack_into("<I", data, local + 22, 1000)  # the local header's uncompressed size
    central = data.find(b"PK\x01\x02")
    while central != -1:
        name_length = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46 : central + 46 + name_length] == b"xl/worksheets/sheet1.xml":
            struct.pack_into("<I", data, central + 24, 1000)  # the central directory's
        central = data.find(b"PK\x01\x02", central + 4)
    path.write_bytes(bytes(data))
    return path


HOSTILE_WORKBOOKS = [
    (
        "a cell reference far out",
        lambda folder: _workbook_with(folder / "far-ref.xlsx", patch=(b'r="C2"', b'r="A99999999999"')),
        r"far-ref\.xlsx: xl/worksheets/sheet1\.xml reaches cell C99999999999, beyond the 2000000 cells .*",
    ),
    (
        "cells A1 and XFD1048576",
        _far_workbook,
        r"far\.xlsx: xl/worksheets/sheet1\.xml reaches cell XFD1048576, beyond the 2000000 cells a sheet to import "
        r"may span; delete the rows and columns beyond the data",
    ),
    (
        "a zip bomb",
        lambda folder: _workbook_with(folder / "bomb.xlsx", sheet_xml=_rows_xml(400_000)),
        r"bomb\.xlsx: the workbook unpacks to more than 32 MB \(xl/worksheets/sheet1\.xml\); "
        r"save the sheet again as \.xlsx or as CSV UTF-8",
    ),
    (
        "a zip bomb that lies about its size",
        _lying_workbook,
        r"lying\.xlsx: not a readable xlsx workbook; save it again as \.xlsx or as CSV UTF-8",
    ),
    (
        "a part packed too tightly",
        lambda folder: _workbook_with(folder / "tight.xlsx", sheet_xml=_rows_xml(40_000)),
        r"tight\.xlsx: xl/worksheets/sheet1\.xml unpacks to \d+ times its packed size \(at most 100\), as a zip bomb "
        r"does; save the sheet again as \.xlsx or as CSV UTF-8",
    ),
]


@pytest.mark.parametrize(("name", "build", "message"), HOSTILE_WORKBOOKS, ids=[case[0] for case in HOSTILE_WORKBOOKS])
def test_a_workbook_that_would_abort_the_reader_is_refused_in_one_line(
    name: str, build: Any, message: str, ledger: Path, tmp_path: Path
) -> None:
    import re
    import resource
    import subprocess
    import sys
    import time

    path = build(tmp_path)
    before = ledger.read_bytes()

    def bounded() -> None:  # a reader that asks for the whole grid would fail (abort) within this
        resource.setrlimit(resource.RLIMIT_AS, (2 * 2**30, 2 * 2**30))

    for command in (["import", path.name], ["assign", "--from", path.name]):
        started = time.monotonic()
        result = subprocess.run(
            [sys.executable, "-m", "chengkou_tracker", *command],
            capture_output=True,
            text=True,
            timeout=60,
            preexec_fn=bounded,
            cwd=tmp_path,
        )
        assert time.monotonic() - started < 15, name
        assert (result.returncode, result.stdout) == (2, ""), result.stderr[-2000:]
        (line,) = result.stderr.splitlines()
        assert re.fullmatch("chengkou-tracker: error: " + message, line), line
    assert ledger.read_bytes() == before
