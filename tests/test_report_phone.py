"""The report on a phone and a desktop (issue 18): the brief fits two phone screens, the page as it opens ten,
nothing is wider than the screen. Measured in headless Chromium on the bundled ledger with a realistic October."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import Run
from tests.october import write_october

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="headless Chromium is not installed (Debian package 'chromium'; .ci/run installs it)"
)

PHONE_SCREEN = 844  # px, a 390 x 844 phone
BRIEF_SCREENS = 2
PAGE_SCREENS = 10

# The report in an iframe of the width (headless Chromium will not make its own window narrower than 500 px);
# the page writes what it measured into its own body, which --dump-dom prints.
_MEASURE = """<!DOCTYPE html><html><body><pre id="out"></pre>
<iframe id="frame" style="border:0;width:WIDTHpx;height:844px" srcdoc="REPORT"></iframe>
<script>
document.getElementById("frame").addEventListener("load", async () => {
  const frame = document.getElementById("frame");
  const doc = frame.contentDocument, view = frame.contentWindow;
  await doc.fonts.ready;
  const brief = doc.getElementById("brief");
  const wide = [...doc.querySelectorAll("body *")]
    .filter((e) => e.getBoundingClientRect().right > view.innerWidth + 0.5)
    .map((e) => (e.closest("section") || {}).id + ":" + e.tagName.toLowerCase() + (typeof e.className === "string" && e.className ? "." + e.className : ""));
  const first = doc.querySelector("main > section");
  document.getElementById("out").textContent = "brief=" + Math.round(brief.getBoundingClientRect().height) +
    " first=" + first.id + " page=" + doc.documentElement.scrollHeight +
    " scrollWidth=" + doc.documentElement.scrollWidth + " innerWidth=" + view.innerWidth +
    " wide=" + wide.slice(0, 5).join(",") + ";";
});
</script></body></html>"""


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


def measure(report: str, width: int, tmp_path: Path) -> dict[str, str]:
    page = tmp_path / f"measure-{width}.html"
    page.write_text(_MEASURE.replace("WIDTH", str(width)).replace("REPORT", html.escape(report)), encoding="utf-8")
    dom = _chromium(tmp_path, "--virtual-time-budget=10000", "--dump-dom", page.as_uri())
    found = re.search(r"<pre id=\"out\">([^<]*);</pre>", dom)
    assert found is not None, dom[-500:]
    return dict(part.split("=", 1) for part in found.group(1).split(" "))


@pytest.fixture
def october(ledger: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    write_october(ledger)
    monkeypatch.setenv("CHENGKOU_AS_OF", "2023-11-02")
    return ledger


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("owner", [None, "县交通局"])
def test_the_october_report_opens_with_a_brief_of_two_screens_and_fits_ten(
    october: Path, run: Run, tmp_path: Path, lang: str, width: int, owner: str | None
) -> None:
    chosen = ("--owner", owner) if owner else ()
    result = run("--lang", lang, "report", "--month", "2023-10", "--format", "html", *chosen)
    assert result.code == 0, result.stderr
    found = measure(result.stdout, width, tmp_path)
    assert found["first"] == "brief"
    assert int(found["innerWidth"]) == width
    assert int(found["scrollWidth"]) <= width, found["wide"]
    assert found["wide"] == ""
    assert int(found["brief"]) <= BRIEF_SCREENS * PHONE_SCREEN
    assert int(found["page"]) <= PAGE_SCREENS * PHONE_SCREEN
    print(f"{lang} {width}px owner={owner}: brief {found['brief']} px, page {found['page']} px")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_year_end_report_reads_on_a_phone(october: Path, run: Run, tmp_path: Path, lang: str) -> None:
    result = run("--lang", lang, "report", "--year", "2023", "--format", "html", env={"CHENGKOU_AS_OF": "2024-01-05"})
    assert result.code == 0, result.stderr
    assert result.stdout.index('<section id="brief">') < result.stdout.index('<section id="year-end">')
    found = measure(result.stdout, 390, tmp_path)
    assert (int(found["scrollWidth"]) <= 390, found["wide"]) == (True, "")
    assert int(found["brief"]) <= BRIEF_SCREENS * PHONE_SCREEN
    assert int(found["page"]) <= PAGE_SCREENS * PHONE_SCREEN
    print(f"year-end {lang} 390px: brief {found['brief']} px, page {found['page']} px")
