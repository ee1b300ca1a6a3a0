"""The HTML report in a real browser: headless Chromium renders it, and the rendered DOM is checked."""

from __future__ import annotations

import html
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
        "要点",
        "总体情况",
        "分部分情况",
        "各责任单位情况（按滞后程度排序）",
        "本月变化",
        "逾期和进度滞后事项",
        "五年目标",
        "久未更新（60天以上无更新）",
        "数据走势",
    ]
    assert re.findall(r'<article class="commitment" data-id="(\w+)"', dom) == ["M004", "T014", "T041"]
    assert len(re.findall(r'<figure class="trajectory"', dom)) == 8
    assert len(re.findall(r'<tr class="transition"', dom)) == 8  # 5 on a new figure, 3 by the calendar alone
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


# The page measures the report inside an iframe of each width (headless Chromium will not make its own window
# narrower than 500 px) and writes what it found into its own body, which --dump-dom prints.
_MEASURE = """<!DOCTYPE html><html><body><pre id="out"></pre>
<iframe id="frame" style="border:0;width:WIDTHpx;height:900px" srcdoc="REPORT"></iframe>
<script>
document.getElementById("frame").addEventListener("load", async () => {
  const frame = document.getElementById("frame");
  const doc = frame.contentDocument, view = frame.contentWindow;
  await doc.fonts.ready;  // measure the page as laid out in its final fonts, not a fallback's
  const svg = (e) => e instanceof view.SVGElement && !(e instanceof view.SVGSVGElement);
  const name = (e) => e.tagName.toLowerCase() + (typeof e.className === "string" && e.className ? "." + e.className : "");
  const all = [...doc.querySelectorAll("body *")].filter((e) => !e.closest(".scroll"));
  // Past the window's right edge, or text spilling out of its own box (a card, a heading).
  const wide = all.filter((e) => e.getBoundingClientRect().right > view.innerWidth + 0.5).map(name);
  const spill = all
    .filter((e) => !svg(e) && e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1)
    .filter((e) => view.getComputedStyle(e).overflowX === "visible")
    .map(name);
  document.getElementById("out").textContent = "scrollWidth=" + doc.documentElement.scrollWidth +
    " innerWidth=" + view.innerWidth + " clientWidth=" + doc.documentElement.clientWidth +
    " wide=" + wide.slice(0, 5).join(",") + " spill=" + spill.slice(0, 5).join(",") + ";";
});
</script></body></html>"""


@pytest.fixture(params=["en", "zh"])
def report_page(request: pytest.FixtureRequest, ledger: Path, run: Run, tmp_path: Path) -> str:
    write_history(run, tmp_path)
    result = run("--lang", request.param, "report", "--format", "html")
    assert result.code == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize("width", [390, 1280])
def test_the_report_fits_the_width_of_a_phone_and_of_a_desktop(report_page: str, tmp_path: Path, width: int) -> None:
    page = tmp_path / f"measure-{width}.html"
    page.write_text(_MEASURE.replace("WIDTH", str(width)).replace("REPORT", html.escape(report_page)), encoding="utf-8")
    dom = _chromium(tmp_path, "--virtual-time-budget=10000", "--dump-dom", page.as_uri())
    measured = re.search(r"scrollWidth=(\d+) innerWidth=(\d+) clientWidth=(\d+) wide=([^ ]*) spill=([^;]*);", dom)
    assert measured is not None, dom[-500:]
    scroll_width, inner_width, client_width = (int(measured.group(i)) for i in (1, 2, 3))
    wide, spill = measured.group(4), measured.group(5)
    assert inner_width == width
    # No horizontal scrolling of the page: wide tables scroll inside their own box (.scroll) instead. The
    # page must fit even beside a vertical scroll bar (clientWidth), and no text may spill out of its box.
    assert scroll_width <= inner_width, f"page is {scroll_width} px wide at {width} px; too wide: {wide}"
    assert scroll_width <= client_width, f"page is {scroll_width} px wide beside a scroll bar: {spill or wide}"
    assert (wide, spill) == ("", "")
