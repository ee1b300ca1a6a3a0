"""With --lang zh every word the tool prints at the terminal is Chinese (JSON keeps English keys and values)."""

from __future__ import annotations

import csv
import json
import re
import shutil
from pathlib import Path

import pytest

from tests.conftest import Run

# ASCII that is not an English word: the program, options, file names, ids and format names.
_COMMAND_LINE = r"chengkou-tracker(?:\s+--?[\w-]+(?:\s+(?!-)[\w.:/-]+)?)*(?:\s+[a-z]+\b)?"  # an example to type
_NOT_WORDS = re.compile(
    _COMMAND_LINE + r"|--?[a-z][a-z-]*|[\w./-]+\.(?:toml|csv|json|lock|torn|txt)\b|\b[TM]\d{3}\b|CSV|JSON|UTF-8"
    r"|'[\w.-]*'"  # a quoted value to type, or the user's own word echoed
    r"|\[\[\w+\]\]"  # a ledger's table name, as written in the file
    r"|\[report\]|[\w./-]*\.(?:xlsx|csv)\b|\bxlsx\b|UTF-16|GB18030"  # the [report] table; a format and encodings
)
_WORD = re.compile(r"[A-Za-z]{2,}")


def _ledger_words(ledger: Path, run: Run) -> set[str]:
    """ASCII words the ledger's Chinese text itself contains (5G, CMA...) and its tags: data, not English."""
    records = json.loads(run("list", "--format", "json").stdout)
    text = " ".join(
        " ".join([r["title"], r["quote"], r["unit"] or "", r["owner"], *r["tags"], *r["also_quotes"]]) for r in records
    )
    return set(_WORD.findall(text))


def _english(text: str, allowed: set[str]) -> list[str]:
    return [word for word in _WORD.findall(_NOT_WORDS.sub(" ", text)) if word not in allowed]


def test_every_command_in_chinese_prints_no_english_word(run: Run, ledger: Path, tmp_path: Path) -> None:
    allowed = _ledger_words(ledger, run)
    bad_csv = tmp_path / "bad.csv"
    bad_csv.write_text("id,date,value\nT104,2023-06-30,很多\nT999,2023-06-31,5\n", "utf-8")
    commands: list[tuple[list[str], int]] = [
        (["record", "T104", "45", "--by", "督查员", "--note", "上半年"], 0),
        (["record", "M059", "started", "--by", "督查员"], 0),
        (["record", "T004", "-3.2", "--by", "督查员", "--date", "2023-06-30"], 0),
        (["record", "T104", "50", "--by", "督查员", "--date", "2023-07-02", "--final"], 0),
        (["edit", "T104", "--owner", "县经信委", "--deadline", "2023-11-30", "--by", "督查员"], 0),
        (["list"], 0),
        (["list", "--search", "5G"], 0),
        (["list", "--status", "进行中"], 2),
        (["list", "--status", "进度滞后", "--kind", "数量"], 0),
        (["show", "T104"], 0),
        (["show", "M059"], 0),
        (["show", "T001"], 0),
        (["summary"], 0),
        (["check"], 0),
        (["check", "--strict"], 1),
        (["overdue"], 0),
        (["history"], 0),
        (["history", "T104"], 0),
        (["undo", "--yes"], 0),
        (["validate"], 0),
        (["export", "-o", "out.json"], 0),
        (["import", str(bad_csv)], 2),
        (["import", "missing.csv"], 2),
        (["show", "T999"], 2),
        (["record", "T104", "很多"], 2),
        (["record", "T104", "5", "--date", "2023-02-30"], 2),
        (["record", "T104", "5", "--date", "2022-06-01"], 2),
        (["record", "M059", "5"], 2),
        (["record", "T104"], 2),
        (["list", "--bogus"], 2),
        (["list", "--lang", "zh"], 2),
        (["list", "-f", "yaml"], 2),
        (["init"], 2),
        (["edit", "T104"], 2),
        (["--as-of", "2023-13-01", "list"], 2),
    ]
    for args, code in commands:
        result = run("--lang", "zh", *args)
        assert result.code == code, (args, result.stderr)
        leaked = _english(result.stdout + result.stderr, allowed)
        assert leaked == [], (args, leaked, result.stdout[-300:], result.stderr)
    late = run("--lang", "zh", "check", env={"CHENGKOU_AS_OF": "2026-03-01"})
    assert _english(late.stdout + late.stderr, allowed) == []
    exported = json.loads(Path("out.json").read_text("utf-8"))
    assert exported[0]["status"] in ("not_started", "at_risk", "on_track")  # JSON values stay English


def test_validate_in_chinese_names_each_problem_in_chinese(run: Run, ledger: Path) -> None:
    allowed = _ledger_words(ledger, run)
    end = ledger.read_bytes().count(b"\n")
    with ledger.open("a", encoding="utf-8") as file:
        file.write(
            '\n[[update]]\nchange = 1\ncommitment = "T999"\ndate = 2023-06-01\nvalue = 5\nby = "王芳"\n'
            "recorded_at = 2023-07-01T09:00:00Z\n"
            '\n[[update]]\nchange = 2\ncommitment = "T001"\ndate = "2023-06-01"\nvalue = 5\nby = "王芳"\n'
            "recorded_at = 2023-07-01T09:00:00Z\n"
        )
    result = run("--lang", "zh", "validate")
    assert result.code == 3
    lines = result.stderr.splitlines()
    assert lines == [
        f"commitments.toml:{end + 4}: [[update]] 引用了不存在的事项 'T999'",
        f"commitments.toml:{end + 13}: 'date' 必须是日期（年-月-日，不加引号），而不是字符串",
    ]
    assert _english(result.stderr, allowed) == []
    # A quote the report does not hold names its field by its Chinese label, not the key "quote".
    commitments = ledger.read_text("utf-8").split("\n[[update]]", 1)[0]  # without the two bad updates
    ledger.write_text(commitments.replace("增长7%左右", "增长9%左右", 1), "utf-8")
    quoted = run("--lang", "zh", "validate")
    assert quoted.code == 3 and quoted.stderr.endswith(": T001: 原文在报告原文中找不到: '地区生产总值增长9%左右'\n")


def _book(path: Path, rows: list[list[object]], sheet: str = "填报") -> Path:
    import xlsxwriter  # type: ignore[import-untyped]

    book = xlsxwriter.Workbook(str(path))
    worksheet = book.add_worksheet(sheet)
    for number, row in enumerate(rows):
        worksheet.write_row(number, 0, row)
    book.close()
    return path


def _sheet(path: Path) -> tuple[str, list[list[str]]]:
    """The first sheet's name and its rows as text, as a spreadsheet shows them (header first)."""
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(path))
    return book.sheet_names[0], [[str(cell) for cell in row] for row in book.get_sheet_by_index(0).to_python()]


def test_owners_sheets_reports_and_extract_in_chinese_print_no_english_word(
    run: Run, ledger: Path, tmp_path: Path
) -> None:
    """The commands added after the first test: assign, template, import of xlsx and of a file already
    imported, check and summary by owner, report --owner, export xlsx, extract, repair, undo and validate's note."""
    allowed = _ledger_words(ledger, run)
    (tmp_path / "owners.csv").write_text("id,owner\nT104,县发改委\nT105,县财政局\n", "utf-8")
    (tmp_path / "extra.csv").write_text("id,owner,备用\nT104,县发改委,1\n", "utf-8")
    (tmp_path / "blanks.csv").write_text("id,owner\nT999,县发改委\nT104,\n,县财政局\n", "utf-8")
    (tmp_path / "header.csv").write_text("id,owner\n", "utf-8")
    (tmp_path / "part.csv").write_text("id,date,value\nT104,2023-06-30,45\nT106,2023-06-30,4\n", "utf-8")
    _book(tmp_path / "owners.xlsx", [["编号", "责任单位"], ["T001", "县统计局"], ["T002", "县经信委"]])
    _book(tmp_path / "no-owner.xlsx", [["编号"], ["T001"]])
    _book(tmp_path / "up.xlsx", [["编号", "日期", "数值"], ["T104", "2023-06-30", 45], ["T105", "2023-06-30", 3]])
    _book(tmp_path / "bad.xlsx", [["编号", "日期", "数值"], ["T104", "2023-06-30", "很多"]])
    _book(tmp_path / "no-date.xlsx", [["编号", "数值"], ["T104", 45]])
    _book(tmp_path / "empty.xlsx", [])
    (tmp_path / "junk.xlsx").write_bytes(b"not a zip file")
    passage = Path(__file__).parent / "data" / "extract" / "zhongshan-city-2025.txt"
    shutil.copyfile(passage, tmp_path / "report-2025.txt")
    no_year = [line for line in passage.read_text("utf-8").splitlines() if "202" not in line]
    (tmp_path / "no-year.txt").write_text("\n".join(no_year).replace("2025", ""), "utf-8")
    (tmp_path / "no-place.txt").write_text("2025年主要预期目标是: 地区生产总值增长5.5%。\n", "utf-8")
    (tmp_path / "odd.txt").write_bytes(b"\xff\xfe\x00")  # a UTF-16 mark and half a character
    commands: list[tuple[list[str], int]] = [
        (["assign", "县经信委", "T104", "T105", "--by", "督查员"], 0),
        (["assign", "县经信委", "T104", "--by", "督查员"], 0),
        (["assign", "县农业农村委", "--section", "1", "--by", "督查员"], 0),
        (["assign", "县农业农村委", "--tag", "agriculture", "--by", "督查员"], 0),
        (["assign", "县经信委", "--search", "5G", "--by", "督查员"], 0),
        (["assign", "县经信委", "--search", "没有这段文字", "--by", "督查员"], 2),
        (["assign"], 2),
        (["assign", "县经信委"], 2),
        (["assign", "县经信委", "T999"], 2),
        (["assign", "县经信委", "--section", "9"], 2),
        (["assign", "县经信委", "--from", "owners.csv"], 2),
        (["assign", "--from", "owners.csv", "--by", "督查员"], 0),
        (["assign", "--from", "owners.csv", "--by", "督查员"], 0),
        (["assign", "--from", "owners.xlsx", "--by", "督查员"], 0),
        (["undo", "--yes"], 0),
        (["assign", "--from", "extra.csv"], 2),
        (["assign", "--from", "blanks.csv"], 2),
        (["assign", "--from", "header.csv"], 2),
        (["assign", "--from", "no-owner.xlsx"], 2),
        (["assign", "--from", "junk.xlsx"], 2),
        (["assign", "--from", "missing.csv"], 2),
        (["template", "-o", "县经信委.xlsx", "--owner", "县经信委"], 0),
        (["template", "-o", "全部.csv"], 0),
        (["template", "-o", "无.csv", "--owner", "没有这个单位"], 2),
        (["template", "-o", "表.txt"], 2),
        (["template", "-o", "表.xlsx", "--month", "2023-13"], 2),
        (["import", "up.xlsx", "--by", "督查员"], 0),
        (["import", "up.xlsx", "--by", "督查员"], 0),
        (["import", "up.xlsx", "--dry-run"], 0),
        (["import", "part.csv", "--dry-run"], 0),
        (["import", "part.csv", "--by", "督查员"], 0),
        (["import", "bad.xlsx"], 2),
        (["import", "no-date.xlsx"], 2),
        (["import", "empty.xlsx"], 2),
        (["import", "junk.xlsx"], 2),
        (["record", "T104", "45", "--date", "2023-06-30", "--by", "督查员"], 0),
        (["check", "--owner", "县经信委"], 0),
        (["check", "--owner", "没有这个单位"], 2),
        (["check", "--by-owner"], 0),
        (["check", "--by-owner", "--strict"], 1),
        (["summary", "--by", "owner"], 0),
        (["report", "--owner", "县经信委"], 0),
        (["report", "--owner", "县经信委", "--format", "markdown"], 0),
        (["report", "--owner", "没有这个单位"], 2),
        (["report", "--month", "2023-13"], 2),
        (["export", "--format", "xlsx", "-o", "台账.xlsx"], 0),
        (["export", "--format", "xlsx"], 2),
        (["extract", "report-2025.txt", "-o", "2025.toml"], 0),
        (["extract", "report-2025.txt", "--year", "2025", "-o", "2025.toml", "--force"], 0),
        (["extract", "report-2025.txt", "-o", "2025.toml"], 2),
        (["extract", "no-year.txt", "-o", "无年份.toml"], 2),
        (["extract", "no-place.txt"], 2),
        (["extract", "report-2025.txt", "-o", "no-folder/2025.toml"], 2),
        (["extract", "odd.txt"], 2),
        (["extract", "missing.txt"], 2),
        (["repair"], 0),
        (["undo", "--yes"], 0),
        (["undo", "--yes"], 0),
    ]
    for args, code in commands:
        result = run("--lang", "zh", *args)
        assert result.code == code, (args, result.stdout[-300:], result.stderr)
        leaked = _english(result.stdout + result.stderr, allowed)
        assert leaked == [], (args, leaked, result.stdout[-300:], result.stderr)
    # The lines a clerk reads most, exactly.
    assigned = run("--lang", "zh", "assign", "县科技局", "T001", "T002", "--by", "督查员")
    assert assigned.stdout == "已将 2 项承诺的责任单位设为 县科技局，作为变更 6\n"
    undone = run("--lang", "zh", "undo", "--yes")
    assert undone.stdout == "已撤销变更 6: 修改 2 项承诺: 责任单位=县科技局\n"
    bad = run("--lang", "zh", "assign", "--from", "no-owner.xlsx")
    assert (
        bad.stderr == "chengkou-tracker: 错误: no-owner.xlsx:填报 第 1 行: 缺少列 '责任单位'（必需: 编号,责任单位）\n"
    )
    with ledger.open("a", encoding="utf-8") as file:
        file.write('\n[[update]]\ncommitment = "T1')  # a write cut short
    repaired = run("--lang", "zh", "repair")
    assert repaired.code == 0 and _english(repaired.stdout + repaired.stderr, allowed) == []
    assert repaired.stdout.startswith("已删除末尾不完整的记录")
    (tmp_path / "report.txt").rename(tmp_path / "原文.txt")
    missing_text = run("--lang", "zh", "validate")
    assert (missing_text.code, missing_text.stdout) == (0, "未核对引文: report.txt: 文件不存在\n")
    ledger.write_text(ledger.read_text("utf-8").replace('text = "report.txt"\n', "", 1), "utf-8")
    legacy = run("--lang", "zh", "validate")  # the 2023 report's own table without 'text' is the legacy one
    assert (legacy.code, legacy.stdout) == (0, "未核对引文: 台账没有指明报告原文文件的 [report] 表\n")
    ledger.write_text(
        ledger.read_text("utf-8").replace('title = "城口县2023年政府工作报告"', 'title = "城口县报告"', 1), "utf-8"
    )
    no_text = run("--lang", "zh", "validate")
    assert (no_text.code, no_text.stdout) == (0, "未核对引文: 台账的 [report] 没有指明原文文件（'text'）\n")
    assert (tmp_path / "2025.toml").exists() and not (tmp_path / "无年份.toml").exists()


def test_sheets_written_in_chinese_have_chinese_headers(run: Run, ledger: Path, tmp_path: Path) -> None:
    """The sheets are data for a Chinese office: with --lang zh their names, headers and words are Chinese
    (the 英文名称 column and the ledger's own ASCII words aside), a milestone's state included."""
    allowed = _ledger_words(ledger, run)
    assert run("record", "M064", "started", "--date", "2023-06-20").code == 0
    assert run("--lang", "zh", "template", "-o", "填报.xlsx").code == 0
    assert run("--lang", "zh", "template", "-o", "填报.csv").code == 0
    assert run("--lang", "zh", "export", "--format", "xlsx", "-o", "台账.xlsx").code == 0
    assert run("--lang", "zh", "export", "--format", "csv", "-o", "台账.csv").code == 0
    template = [
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
        "存在问题",
    ]
    name, rows = _sheet(tmp_path / "填报.xlsx")
    assert (name, rows[0]) == ("填报", template)
    with (tmp_path / "填报.csv").open(encoding="utf-8-sig", newline="") as file:
        csv_rows = list(csv.reader(file))
    assert csv_rows[0] == template
    ledger_sheet = ["编号", "部分", "事项", "英文名称", "目标", "单位", "期限", "责任单位", "最新值", "最新日期"]
    ledger_name, ledger_rows = _sheet(tmp_path / "台账.xlsx")
    printed = ["编号", "事项", "目标", "期限", "责任单位", "最新值", "最新日期", "状态", "进展情况", "存在问题"]
    assert (ledger_name, ledger_rows[0]) == ("台账", printed)  # the printed 台账 has no English column
    with (tmp_path / "台账.csv").open(encoding="utf-8-sig", newline="") as file:
        exported = list(csv.reader(file))
    assert exported[0] == [
        *ledger_sheet[:4],
        "类型",
        *ledger_sheet[4:6],
        "方向",
        *ledger_sheet[6:],
        "进度",
        "状态",
        "久未更新",
    ]
    assert [row[10] for row in exported if row[0] == "M064"] == ["已开工"]
    for sheet in (rows, csv_rows, ledger_rows, [row[:3] + row[4:] for row in exported]):
        assert _english(" ".join(" ".join(row) for row in sheet), allowed) == []
    assert [row[5] for row in rows if row[0] == "M064"] == ["已开工"]
    assert [row[5] for row in csv_rows if row[0] == "M064"] == ["已开工"]
    assert [row[5] for row in ledger_rows if row[0] == "M064"] == ["已开工"]
    # What the office fills in comes back: the Chinese headers and a milestone written 已开工.
    filled = [template, ["M059", "", "", "", "", "", "", "", "已开工", "2023-06-30", "", "", ""]]
    _book(tmp_path / "回收.xlsx", filled)
    back = run("--lang", "zh", "import", "回收.xlsx", "--by", "督查员")
    assert (back.code, back.stdout) == (0, "已导入 1 条更新，作为变更 2\n")
    records = {record["id"]: record for record in json.loads(run("list", "--format", "json").stdout)}
    assert records["M059"]["latest_value"] == "started"


def test_the_write_paths_refusals_in_chinese_print_no_english_word(run: Run, ledger: Path, tmp_path: Path) -> None:
    """What repair, undo, record and validate say when the safe write path refuses, in Chinese."""
    allowed = _ledger_words(ledger, run) | {"dev", "null"}  # the path /dev/null, echoed as given
    linked = tmp_path / "linked.toml"
    shutil.copyfile(ledger, linked)
    (tmp_path / "second-name.toml").hardlink_to(linked)
    damaged = tmp_path / "damaged.toml"
    damaged.write_text("bogus = 1\n" + ledger.read_text("utf-8"), "utf-8")
    appended = tmp_path / "appended.toml"
    shutil.copyfile(ledger, appended)
    assert run("--ledger", str(appended), "record", "T104", "5", "--by", "王芳").code == 0
    assert run("--ledger", str(appended), "record", "T105", "1", "--by", "王芳").code == 0
    with appended.open("a", encoding="utf-8") as file:  # an earlier change number added by hand at the end
        file.write(
            '\n[[update]]\nchange = 1\ncommitment = "T104"\ndate = 2023-06-01\nvalue = 99999999999999999999\n'
            'by = "王芳"\nrecorded_at = 2023-07-01T09:00:00Z\n'
        )
    commands: list[tuple[list[str], int]] = [
        (["record", "T104", "99999999999999999999"], 2),
        (["record", "T104", "0.10000000000000000001"], 2),
        (["--ledger", "/dev/null", "list"], 3),
        (["--ledger", str(linked), "record", "T104", "5"], 3),
        (["--ledger", str(damaged), "validate"], 3),
        (["--ledger", str(damaged), "repair"], 3),
        (["--ledger", str(appended), "validate"], 3),
        (["--ledger", str(appended), "undo", "--yes"], 3),
    ]
    for args, code in commands:
        result = run("--lang", "zh", *args)
        assert result.code == code, (args, result.stdout[-300:], result.stderr)
        leaked = _english(result.stdout + result.stderr, allowed)
        assert leaked == [], (args, leaked, result.stdout[-300:], result.stderr)
    refused = run("--lang", "zh", "--ledger", str(damaged), "repair")
    assert refused.stderr == (
        f"chengkou-tracker: 错误: 未修复: {damaged}:1: 未知的顶层键 'bogus'（修复只删除末尾不完整的记录；此问题请手工修正）\n"
    )


# What --help shows that a user types exactly as written, so it stays ASCII in Chinese help too: placeholders
# (ID, DATE, YYYY-MM-DD...), the choices of an option as Click lists them (<table|json>), a default value,
# environment variables ($CHENGKOU_LEDGER, NO_COLOR, TERM=dumb), and the values --status, --kind, --lang and
# --format take (the English status and kind names are accepted beside the Chinese ones).
_HELP_TYPED = re.compile(r"<[\w|]+>|默认: [\w.]+|\$?\b[A-Z]+(?:_[A-Z]+)+\b|\$[A-Z]+\b|TERM=dumb")
_PLACEHOLDERS = {"PATH", "DATE", "SECONDS", "TEXT", "NAME", "TAG", "FILE", "NUMBER", "SECTION", "STATUS", "KIND",
                 "ID", "OWNER", "VALUE", "SHELL", "REPORT", "YEAR", "PLACE", "FORMAT", "YYYY", "MM", "DD"}  # fmt: skip
_FORMATS = {"en", "zh", "text", "json", "markdown", "Markdown", "html", "HTML", "md", "txt", "bash", "zsh", "fish"}


def _help_words() -> set[str]:
    return _PLACEHOLDERS | _FORMATS


def _typed(text: str) -> str:
    """TEXT without what a user types as written (see _HELP_TYPED), status and kind values included."""
    from chengkou_tracker.model import Kind, Status

    values = "|".join(member.value for member in (*Status, *Kind))
    return re.sub(rf"\b(?:{values})\b", " ", _HELP_TYPED.sub(" ", text))


def _commands() -> list[str]:
    from chengkou_tracker.cli.commands import COMMANDS

    return list(COMMANDS)


def test_help_of_the_program_and_every_command_is_chinese(run: Run) -> None:
    commands = _commands()
    allowed = _help_words() | set(commands)  # the command names, typed as they are listed
    assert len(commands) >= 18
    for words in [[], *([name] for name in commands)]:
        for args, env in ((["--lang", "zh", *words, "--help"], None), ([*words, "-h"], {"LANG": "zh_CN.UTF-8"})):
            result = run(*args, env=env)
            assert result.code == 0, (args, result.stderr)
            assert result.stdout.startswith(f"用法: chengkou-tracker {' '.join(words)}".rstrip() + " ")
            leaked = _english(_typed(result.stdout), allowed)
            assert leaked == [], (args, leaked, result.stdout)
            assert "选项:" in result.stdout and "显示本帮助并退出。" in result.stdout
    program = run("--lang", "zh", "--help").stdout
    assert "\n命令:\n" in program and "\n  list        列出承诺事项及其最新数据、进度和状态\n" in program
    assert "差距为负表示落后。" in run("--lang", "zh", "show", "--help").stdout  # the pace and gap paragraph


def test_chinese_help_aligns_at_80_columns(run: Run) -> None:
    result = run("--lang", "zh", "record", "--help", env={"COLUMNS": "80"})
    assert result.stdout == (
        "用法: chengkou-tracker record [选项] [ID] [VALUE]\n"
        "\n"
        "  为一项承诺事项登记数据（或里程碑的进展）；并显示新的状态。\n"
        "\n"
        "参数:\n"
        "  ID     承诺事项编号（不分大小写，如 t001）或名称中的词。\n"
        "  VALUE  数值照原样填写（13.2%、1,320人、15.3万头）；里程碑填 开工、完成 等。\n"
        "\n"
        "选项:\n"
        "  --date DATE     数据的日期 [默认: 截至日期]。\n"
        "  --note TEXT     随数据保存的备注。\n"
        "  --source TEXT   数据来源。\n"
        "  --by NAME       填报人 [默认: 当前登录用户名]。\n"
        "  --final         全年终值：登记后该事项结项。\n"
        "  --problem TEXT  需要协调解决的存在问题，随数据保存。\n"
        "  --resolved      此数据同时销号该事项尚未解决的存在问题。\n"
        "  --force         登记看似不合理的数值（如超过目标三倍）。\n"
        "  --correct       为已有数据的日期登记不同的数值，予以更正。\n"
        "  --owner TEXT    逐项填报：按顺序逐一填写此责任单位的事项。\n"
        "  -h, --help      显示本帮助并退出。\n"
    )
    from chengkou_tracker.escape import width

    for name in ("", *_commands()):
        shown = run("--lang", "zh", *name.split(), "--help", env={"COLUMNS": "80"}).stdout
        too_wide = [line for line in shown.splitlines() if width(line) > 80]
        assert too_wide == [], (name, too_wide)
        assert shown == run(*name.split(), "--help", env={"COLUMNS": "80", "LANG": "zh_CN.UTF-8"}).stdout


def test_english_help_stays_english_under_a_chinese_lang(run: Run) -> None:
    """--lang en wins over LANG=zh_CN, byte for byte the help docs/cli.md is made from."""
    for name in ("", "list", "report"):
        english = run(*name.split(), "--help").stdout
        assert english.startswith("Usage: chengkou-tracker")
        assert run("--lang", "en", *name.split(), "--help", env={"LANG": "zh_CN.UTF-8"}).stdout == english


ONE_SECTION = """[report]
place = "某县"
year = 2023
title = "某县2023年政府工作报告"

[[report.sections]]
key = "（一）"
heading = "稳住经济大盘"

[[commitment]]
id = "T001"
section = "（一）"
title = "地区生产总值增速"
title_en = "GDP growth"
quote = "地区生产总值增长6%"
kind = "growth"
target = 6
unit = "%"
direction = "at_least"
tags = []
"""

# Every command's own errors and Click's: (arguments, exit code, the English line). The same run with
# --lang zh must print no English word; "leak" marks the three that printed English before issue 15.
ERRORS: list[tuple[list[str], int, str]] = [
    # the three leaks
    (["--ledger", "one.toml", "list", "--section", "5"], 2, "unknown section '5' (use 0-0 or one of （一）)"),
    (["lst"], 2, "No such command 'lst'. Did you mean 'list'?"),
    (["record", "T104", "已完成"], 2, "T104 is numeric (quantity): '已完成' only applies to milestones"),
    # Click's own errors, rendered from their fields
    (["list", "--sectoin", "1"], 2, "No such option: --sectoin (Possible options: --section)"),
    (["list", "--bogus"], 2, "No such option: --bogus"),
    (["frobnicate"], 2, "No such command 'frobnicate'."),
    (["record"], 2, "Missing argument 'ID'."),
    (["record", "T104"], 2, "Missing argument 'VALUE'."),
    (["template"], 2, "Missing option '--output' / '-o'."),
    (
        ["list", "-f", "yaml"],
        2,
        "Invalid value for '--format' / '-f': 'yaml' is not one of 'table', 'json', 'csv', 'markdown'.",
    ),
    (
        ["list", "--sort", "size"],
        2,
        "Invalid value for '--sort': 'size' is not one of 'id', 'deadline', 'status', 'progress', 'section'.",
    ),
    (["summary", "--by", "x"], 2, "Invalid value for '--by': 'x' is not one of 'section', 'owner'."),
    (["list", "extra", "words"], 2, "Got unexpected extra argument(s) ('extra', 'words')"),
    (["list", "--owner"], 2, "Option '--owner' requires an argument."),
    (["list", "--stale=yes"], 2, "Option '--stale' does not take a value."),
    (["--color=3", "list"], 2, "Option '--color' does not take a value."),
    (["--lock-timeout", "-1", "list"], 2, "Invalid value for '--lock-timeout': -1 is less than 0."),
    (["--lock-timeout", "soon", "list"], 2, "Invalid value for '--lock-timeout': 'soon' is not a number."),
    (["extract", "x.txt", "--year", "next"], 2, "Invalid value for '--year': 'next' is not a number."),
    (["--no-color"], 2, "Missing command."),
    (
        ["list", "--as-of", "2023-07-31"],
        2,
        "--as-of is a global option: put it before the command, as in 'chengkou-tracker --as-of 2023-07-31 list'",
    ),
    # the command line's own errors
    (["list", "--owner", "县教委"], 2, "no commitment has an owner containing '县教委' (owners: 县经信委)"),
    (["check", "--owner", "县教委"], 2, "no commitment has an owner containing '县教委' (owners: 县经信委)"),
    (["report", "--owner", "县教委"], 2, "no commitment has an owner containing '县教委' (owners: 县经信委)"),
    (
        ["template", "-o", "t.xlsx", "--owner", "县教委"],
        2,
        "no commitment has an owner containing '县教委' (owners: 县经信委)",
    ),
    (
        ["--ledger", "one.toml", "list", "--owner", "县"],
        2,
        "no commitment has an owner containing '县': none has an owner yet (set them with 'chengkou-tracker assign')",
    ),
    (["template", "-o", "t.pdf"], 2, "--output 't.pdf' must end in .xlsx or .csv"),
    (
        ["template", "-o", "t.xlsx", "--section", "9"],
        2,
        "unknown section '9' (use 0-6 or one of 主要预期目标, （一）, （二）, （三）, （四）, （五）, （六）)",
    ),
    (
        ["template", "-o", "t.xlsx", "--month", "2023-13"],
        2,
        "--month '2023-13' is not a month like YYYY-MM or 'previous'",
    ),
    (["export", "--format", "xlsx"], 2, "export --format xlsx needs --output FILE.xlsx"),
    (["undo"], 2, "undo needs --yes when not run at a terminal"),
    (["assign"], 2, "give an OWNER and the commitments (ID..., --section, --tag or --search), or --from FILE"),
    (["assign", "县经信委"], 2, "which commitments? give ids, --section, --tag or --search"),
    (
        ["assign", "县经信委", "--from", "x.csv"],
        2,
        "assign --from FILE takes no OWNER, ID, --section, --tag or --search",
    ),
    (["assign", "县经信委", "--search", "没有这段文字"], 2, "no commitments match"),
    (
        ["--ledger", "missing.toml", "list"],
        3,
        "missing.toml: no such ledger (run 'chengkou-tracker init' to create one)",
    ),
    (
        ["--as-of", "July", "list"],
        2,
        "--as-of 'July' is not a date like YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD or YYYY年MM月DD日",
    ),
]


@pytest.mark.parametrize(("args", "code", "english"), ERRORS, ids=[" ".join(args) for args, _, _ in ERRORS])
def test_every_commands_errors_in_both_languages(
    run: Run, ledger: Path, tmp_path: Path, request: pytest.FixtureRequest, args: list[str], code: int, english: str
) -> None:
    (tmp_path / "one.toml").write_text(ONE_SECTION, "utf-8")
    assert run("assign", "县经信委", "T104", "T105").code == 0
    allowed = _ledger_words(ledger, run)
    result = run(*args)
    assert (result.code, result.stdout, result.stderr) == (code, "", f"chengkou-tracker: error: {english}\n")
    chinese = run("--lang", "zh", *args)
    assert (chinese.code, chinese.stdout) == (code, "")
    assert chinese.stderr.startswith("chengkou-tracker: 错误: ") and chinese.stderr.count("\n") == 1
    assert _english(chinese.stderr, allowed) == [], chinese.stderr


def test_chinese_errors_show_the_users_words_and_the_commands_there_are(run: Run, ledger: Path) -> None:
    assert run("--lang", "zh", "lst").stderr == "chengkou-tracker: 错误: 没有这个命令 'lst'（是否要用 'list'？）\n"
    assert run("--lang", "zh", "list", "--stale=1").stderr == "chengkou-tracker: 错误: 选项 --stale 不接受值\n"
    assert run("--lang", "zh", "template").stderr == "chengkou-tracker: 错误: 缺少选项 '--output' / '-o'\n"
    assert run("--lang", "zh", "list", "--owner", "县").stderr == (
        "chengkou-tracker: 错误: 没有责任单位包含 '县' 的承诺: 尚未给任何承诺指定责任单位（用 chengkou-tracker assign 指定）\n"
    )


def test_what_the_toml_reader_says_of_a_broken_ledger_is_chinese(run: Run, tmp_path: Path) -> None:
    """tomllib's own English ("Unterminated string") was passed through under --lang zh."""
    cases = {
        'title = "abc\n': "1:13: TOML 格式错误: 非法字符 '\\n'",
        "a = 1\na = 2\n": "2:6: TOML 格式错误: 不能覆盖已有的值（同一个键写了两次？）",
        "[report]\nplace = 城口\n": "2:9: TOML 格式错误: 无效的值（文字要加引号）",
        "[report\n": "1:8: TOML 格式错误: 表头末尾缺少 ']'",
    }
    for number, (text, said) in enumerate(cases.items()):
        path = tmp_path / f"broken{number}.toml"
        path.write_text(text, "utf-8")
        result = run("--lang", "zh", "--ledger", str(path), "validate")
        assert (result.code, result.stderr) == (3, f"{path}:{said}\n")
    english = run("--ledger", str(tmp_path / "broken1.toml"), "validate")
    assert english.stderr == f"{tmp_path / 'broken1.toml'}:2:6: invalid TOML: Cannot overwrite a value\n"
