"""The printed 台账 (issue 18): LibreOffice prints the xlsx export to PDF on A4, and the text is measured.

pdftotext -bbox gives each word's box; a box is about 1.3 times the font's point size tall."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from tests.conftest import Run
from tests.october import DEPARTMENTS, write_october

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PDFTOTEXT = shutil.which("pdftotext")
pytestmark = pytest.mark.skipif(
    SOFFICE is None or PDFTOTEXT is None,
    reason="LibreOffice and pdftotext are needed (Debian packages 'libreoffice-calc-nogui' and 'poppler-utils')",
)
BOX_PER_POINT = 1.3
ZH_COLUMNS = ["编号", "事项", "目标", "期限", "责任单位", "最新值", "最新日期", "状态", "进展情况", "存在问题"]
_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')


@pytest.fixture
def october(ledger: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    write_october(ledger)
    monkeypatch.setenv("CHENGKOU_AS_OF", "2023-11-02")
    return ledger


def _print(tmp_path: Path, source: Path) -> tuple[str, list[list[tuple[float, float, str]]]]:
    """SOURCE printed to PDF by LibreOffice: the PDF's page size line and, per page, each word's (top, height, text)."""
    assert SOFFICE is not None and PDFTOTEXT is not None
    out = tmp_path / "printed"
    command = [
        SOFFICE, "--headless", "--norestore", f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
        "--convert-to", "pdf", "--outdir", str(out), str(source),
    ]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)
    pdf = out / f"{source.stem}.pdf"
    assert result.returncode == 0 and pdf.exists(), result.stdout + result.stderr
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    size = next(line for line in info.splitlines() if line.startswith("Page size"))
    boxes = subprocess.run([PDFTOTEXT, "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = []
    for page in boxes.split("<page ")[1:]:
        pages.append([(float(y0), float(y1) - float(y0), text) for _, y0, _, y1, text in _WORD.findall(page)])
    return size, pages


def test_the_chinese_ledger_prints_on_a4_landscape_at_9_points_or_more(october: Path, run: Run, tmp_path: Path) -> None:
    sheet = tmp_path / "台账.xlsx"
    assert run("--lang", "zh", "export", "--format", "xlsx", "-o", str(sheet)).code == 0
    size, pages = _print(tmp_path, sheet)
    assert "841.89 x 595.3" in size and "A4" in size  # landscape
    assert len(pages) >= 2
    for number, words in enumerate(pages, start=1):
        texts = [text for _, _, text in words]
        assert "城口县2023年政府工作报告" in texts  # the title on every page
        footer = texts.index("页，共")  # the page numbers: 第 1 页，共 7 页
        assert texts[footer - 2 : footer + 3] == ["第", f"{number}", "页，共", f"{len(pages)}", "页"]
        header = [text for top, _, text in words if text in ZH_COLUMNS]
        assert header == ZH_COLUMNS  # the print titles: the column heads on every page, none in English
        body = [height for top, height, text in words if 60 < top < 560]
        smallest = min(body) / BOX_PER_POINT
        assert smallest >= 9.0, f"page {number}: text at {smallest:.1f} pt"
    everything = " ".join(text for words in pages for _, _, text in words)
    assert "受汛期影响进度放缓" in everything  # 进展情况: the department's latest note
    assert "1500人" in everything  # the target with its unit in one cell
    assert not re.search(r"\b(GDP|growth|title_en|section)\b", everything)


def _sheet_names(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as book:
        return re.findall(r'<sheet name="([^"]+)"', book.read("xl/workbook.xml").decode("utf-8"))


def test_export_by_owner_writes_a_sheet_per_department_and_owner_writes_one(
    october: Path, run: Run, tmp_path: Path
) -> None:
    every = tmp_path / "各单位.xlsx"
    assert run("--lang", "zh", "export", "--format", "xlsx", "--by-owner", "-o", str(every)).code == 0
    assert sorted(_sheet_names(every)) == sorted(DEPARTMENTS)
    one = tmp_path / "交通.xlsx"
    assert run("--lang", "zh", "export", "--format", "xlsx", "--owner", "县交通局", "-o", str(one)).code == 0
    assert _sheet_names(one) == ["台账"]
    _, pages = _print(tmp_path, one)
    words = [text for page in pages for _, _, text in page]
    assert "城口县2023年政府工作报告" in words and "县交通局" in words
    assert {text for text in words if text.startswith("县") and text.endswith(("局", "委"))} == {"县交通局"}
    refused = run("--lang", "zh", "export", "--format", "csv", "--by-owner")
    assert (refused.code, refused.stderr) == (
        2,
        "chengkou-tracker: 错误: export --by-owner 需要 --format xlsx（每个责任单位一张工作表）\n",
    )
