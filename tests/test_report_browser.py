"""The HTML report in a real browser: headless Chromium renders it, and the rendered DOM is checked."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import Run
from tests.report_history import write_history

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="headless Chromium is not installed (Debian package 'chromium'; .ci/run installs it)"
)


def _chromium(tmp_path: Path, *args: str) -> str:
    assert CHROMIUM is not None
    command = [
        CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={tmp_path / 'chromium-profile'}", *args,
    ]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


@pytest.fixture
def page(ledger: Path, run: Run, tmp_path: Path) -> Path:
    write_history(run, tmp_path)
    path = tmp_path / "report-2023-06.html"
    result = run("--lang", "zh", "report", "--output", str(path))
    assert result.code == 0, result.stderr
    return path


def test_the_rendered_report_shows_every_part_and_keeps_a_hostile_note_as_text(page: Path, tmp_path: Path) -> None:
    dom = _chromium(tmp_path, "--dump-dom", page.as_uri())
    headings = re.findall(r"<h2>(.*?)</h2>", dom)
    assert headings == [
        "总体情况",
        "分部分情况",
        "各责任单位情况（按滞后程度排序）",
        "本月变化",
        "逾期和进度滞后事项",
        "久未更新（60天以上无更新）",
        "数据走势",
    ]
    assert re.findall(r'<article class="commitment" data-id="(\w+)"', dom) == ["M003", "T014", "T041"]
    assert len(re.findall(r'<figure class="trajectory"', dom)) == 8
    assert len(re.findall(r'<tr class="transition"', dom)) == 8
    assert len(re.findall(r'<tr class="update"', dom)) == 7
    # The note's <script> was never parsed as an element: the browser shows it as text.
    assert "<script" not in dom
    assert 'revised | see &lt;script&gt;alert("x")&lt;/script&gt; *bold* \\x1b[31mred' in dom


def test_the_report_renders_to_a_screenshot(page: Path, tmp_path: Path) -> None:
    screenshot = tmp_path / "report.png"
    _chromium(tmp_path, f"--screenshot={screenshot}", "--window-size=1200,3000", page.as_uri())
    data = screenshot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert int.from_bytes(data[16:20], "big") == 1200
    assert len(data) > 50_000  # a blank page compresses to a few kilobytes
