"""Spreadsheets in a real spreadsheet application: headless LibreOffice opens what the tool writes and
saves what a department fills in, and the tool reads that back."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import Run

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(
    SOFFICE is None,
    reason="headless LibreOffice is not installed (Debian package 'libreoffice-calc-nogui'; .ci/run installs it)",
)
# LibreOffice's CSV filter options: comma, double quote, character set, start at line 1. Written as UTF-8
# (76); read with the character set left empty, which makes LibreOffice detect it. (With no options at all,
# headless LibreOffice reads CSV as Latin-1 whatever the file holds.)
CSV_UTF8 = "44,34,76,1"
CSV_DETECT = "44,34,,1"
HOSTILE = '=HYPERLINK("http://x","点此")'


def _soffice(tmp_path: Path, source: Path, target: str, *, infilter: str | None = None) -> Path:
    """Convert SOURCE with LibreOffice to TARGET ('csv' or 'xlsx'); returns the file it wrote."""
    assert SOFFICE is not None
    out = tmp_path / "libreoffice-out"
    command = [
        SOFFICE, "--headless", "--norestore", f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
        *([f"--infilter=CSV:{infilter}"] if infilter else []),
        "--convert-to", f"csv:Text - txt - csv (StarCalc):{CSV_UTF8}" if target == "csv" else target,
        "--outdir", str(out), str(source),
    ]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)
    converted = out / f"{source.stem}.{target}"
    assert result.returncode == 0 and converted.exists(), result.stdout + result.stderr
    return converted


def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as file:
        return list(csv.reader(file))


@pytest.fixture
def hostile(run: Run, ledger: Path) -> None:
    """A ledger with an owner and a title that are formulas to a spreadsheet, and a figure recorded."""
    run("assign", "=1+1", "T104")
    run("edit", "T104", "--title-en", HOSTILE)
    run("record", "T104", "45", "--date", "2023-06-30")


def test_libreoffice_opens_the_xlsx_export_with_text_numbers_and_formulas_as_text(
    run: Run, hostile: None, tmp_path: Path
) -> None:
    book = tmp_path / "台账.xlsx"
    assert run("--lang", "zh", "export", "--format", "xlsx", "--output", str(book)).code == 0
    rows = _rows(_soffice(tmp_path, book, "csv"))
    assert rows[0] == ["编号", "事项", "目标", "期限", "责任单位", "最新值", "最新日期", "状态", "进展情况", "存在问题"]
    assert len(rows) == 225
    t104 = next(row for row in rows if row[0] == "T104")
    assert t104 == ["T104", "新建5G基站", "80个", "2023-12-31", "=1+1", "45", "2023-06-30", "正常推进", "", ""]
    assert next(row for row in rows if row[0] == "T001")[1:3] == ["地区生产总值增速", "~7%"]


def test_libreoffice_opens_the_xlsx_template(run: Run, hostile: None, tmp_path: Path) -> None:
    book = tmp_path / "template.xlsx"
    run("assign", "=1+1", "M064")
    assert run("--lang", "zh", "template", "--owner", "=1+1", "--section", "（四）", "--output", str(book)).code == 0
    assert _rows(_soffice(tmp_path, book, "csv")) == [
        ["编号", "事项", "原文", "目标", "单位", "最新值", "最新日期", "状态", "数值", "日期", "备注", "来源", "终值", "存在问题"],
        ["T104", "新建5G基站", "新建5G基站80个", "80", "个", "45", "2023-06-30", "正常推进", "", "", "", "", "", ""],
        ["M064", "重点区域5G网络全覆盖", "实现乡镇场镇、高速公路沿线等重点区域5G网络全覆盖", "", "", "", "", "未开始", "", "", "", "", "", ""],
    ]  # fmt: skip


def test_libreoffice_reads_the_bom_csv_export_literally(run: Run, hostile: None, tmp_path: Path) -> None:
    exported = tmp_path / "ledger.csv"
    run("export", "--format", "csv", "--output", str(exported))
    rows = _rows(_soffice(tmp_path, exported, "csv", infilter=CSV_DETECT))
    assert rows[0][:3] == ["id", "section", "title"]  # the byte-order mark is not read as text
    t104 = next(row for row in rows if row[0] == "T104")
    # The apostrophe the export put before each would-be formula is shown, and nothing is computed.
    assert t104[:10] == [
        "T104",
        "（四）",
        "新建5G基站",
        "'" + HOSTILE,
        "quantity",
        "80",
        "个",
        "at_least",
        "2023-12-31",
        "'=1+1",
    ]


def test_a_template_filled_and_saved_by_libreoffice_imports(run: Run, ledger: Path, tmp_path: Path) -> None:
    run("assign", "县经信委", "T104", "M064", "T105")
    template = tmp_path / "template.csv"
    assert run("--lang", "zh", "template", "--owner", "县经信委", "--output", str(template)).code == 0
    rows = _rows(template)
    assert [row[0] for row in rows[1:]] == ["T104", "T105", "M064"]
    # What a department types: the note is guarded as the tool's own CSV would guard it.
    rows[1][8:13] = ["52", "2023/6/30", "'=1+1", "'" + HOSTILE, ""]
    rows[3][8:13] = ["started", "2023年6月20日", "上半年", "县经信委", ""]
    filled = tmp_path / "filled.csv"
    with filled.open("w", encoding="utf-8-sig", newline="") as file:
        csv.writer(file).writerows(rows)
    book = _soffice(tmp_path, filled, "xlsx", infilter=CSV_DETECT)
    before = ledger.read_bytes()
    assert run("import", str(book)).stdout == "imported 2 updates as change 2\n"
    updates = [h for h in json.loads(run("history", "--format", "json").stdout) if h["type"] == "update"]
    assert [(u["commitment"], u["date"], u["value"], u["note"], u["source"]) for u in updates] == [
        ("T104", "2023-06-30", 52, "=1+1", HOSTILE),
        ("M064", "2023-06-20", "started", "上半年", "县经信委"),
    ]
    after = ledger.read_bytes()
    assert after != before
    assert run("import", str(book)).stdout == "nothing to import: all 2 rows are already recorded\n"
    assert ledger.read_bytes() == after
