"""`report`: the monthly report for leaders, from a ledger with half a year of history."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.conftest import Run
from tests.report_history import HOSTILE_NOTE, write_history

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def history(ledger: Path, run: Run, tmp_path: Path) -> Path:
    write_history(run, tmp_path)
    return ledger


def _report(run: Run, *args: str) -> str:
    result = run(*args)
    assert (result.code, result.stderr) == (0, ""), result.stderr
    return result.stdout


def test_text_report_for_the_previous_month_is_exactly_the_expected_text(history: Path, run: Run) -> None:
    expected = (DATA / "report-2023-06.txt").read_text(encoding="utf-8")
    assert _report(run, "report") == expected
    assert _report(run, "report", "--month", "previous") == expected
    assert _report(run, "report", "--month", "2023-06", "--format", "text") == expected


def test_markdown_report_is_exactly_the_expected_text(history: Path, run: Run) -> None:
    expected = (DATA / "report-2023-06.md").read_text(encoding="utf-8")
    assert _report(run, "report", "--format", "markdown") == expected


def test_a_pipe_in_a_note_does_not_break_the_markdown_table(history: Path, run: Run) -> None:
    text = _report(run, "report", "--format", "markdown")
    rows = [line for line in text.splitlines() if line.startswith("| 2023-06-30 | T002 |")]
    assert len(rows) == 1
    # Every unescaped | is a cell border: 8 cells need 9, as in the header row above.
    assert len(re.findall(r"(?<!\\)\|", rows[0])) == 9
    assert r"revised \| see \<script\>" in rows[0]
    owner_row = next(line for line in text.splitlines() if line.startswith("| T041 |") and "人次" in line)
    assert r"县人力社保局 \| 就业中心" in owner_row


def test_json_report_holds_every_part_of_the_report(history: Path, run: Run) -> None:
    data = json.loads(_report(run, "report", "--format", "json"))
    assert (data["month"], data["as_of"], data["previous_as_of"], data["total"]) == (
        "2023-06",
        "2023-06-30",
        "2023-05-31",
        224,
    )
    assert {item["status"]: (item["count"], item["previous"], item["change"]) for item in data["scorecard"]} == {
        "not_started": (214, 215, -1),
        "on_track": (4, 7, -3),
        "at_risk": (2, 2, 0),
        "achieved": (3, 0, 3),
        "overdue": (1, 0, 1),
        "missed": (0, 0, 0),
        "no_figure": (0, 0, 0),
    }
    assert [(t["id"], t["before"], t["after"]) for t in data["transitions"]] == [
        ("T004", "not_started", "achieved"),
        ("M002", "on_track", "achieved"),
        ("T020", "on_track", "achieved"),
        ("T002", "at_risk", "on_track"),
        ("T049", "at_risk", "on_track"),
    ]
    assert [(t["id"], t["before"], t["after"]) for t in data["by_calendar"]] == [
        ("M004", "on_track", "overdue"),
        ("T014", "on_track", "at_risk"),
        ("T041", "on_track", "at_risk"),
    ]
    assert [(u["id"], u["date"], u["value"]) for u in data["updates"]] == [
        ("T020", "2023-06-15", 8),
        ("M002", "2023-06-28", "done"),
        ("T002", "2023-06-30", 15.3),
        ("T004", "2023-06-30", 7.4),
        ("T008", "2023-06-30", 980),
        ("T009", "2023-06-30", 5.1),
        ("T049", "2023-06-30", 51.2),
    ]
    assert data["updates"][2]["note"] == HOSTILE_NOTE
    concerns = {c["id"]: c for c in data["concerns"]}
    assert list(concerns) == ["M004", "T014", "T041"]
    assert concerns["T041"] | {"quote": "", "title": ""} == {
        "id": "T041",
        "title": "",
        "quote": "",
        "owner": "县人力社保局 | 就业中心",
        "kind": "quantity",
        "status": "at_risk",
        "progress": 0.35,
        "note": "",
        "latest_value": 1050,
        "latest_date": "2023-05-31",
        "target": "3000人次",
        "unit": "人次",
        "pace": 1483.5165,  # an even pace from 0 in January to 3000 in December, at June's end
        "gap": -433.5165,  # 1050 is that far behind it, in 人次
        "gap_share": -0.1445,  # 14.45% of the way from 0 to 3000 behind
        "section": "（一）",
        "days_late": None,
    }
    # A threshold has no even pace: its gap is the distance to the target (a ceiling of 5.5% here).
    t009 = next(t for t in data["trajectories"] if t["id"] == "T009")
    assert t009["points"][-1] == {
        "date": "2023-06-30",
        "value": 5.1,
        "pace": None,
        "gap": 0.4,
        "gap_share": None,
        "progress": None,
    }
    assert [s["id"] for s in data["stale"]][:3] == ["T001", "T003", "T005"]
    assert len(data["stale"]) == 216
    assert data["sections"][0] == {
        "section": "主要预期目标",
        "heading": "今年经济社会发展主要预期目标",
        "counts": {"not_started": 6, "on_track": 3, "at_risk": 0, "achieved": 1, "overdue": 0, "missed": 0},
        "total": 10,
        "mean_progress": 0.3267,
        "no_figure": 0,
    }
    trajectories = {t["id"]: t for t in data["trajectories"]}
    assert list(trajectories) == ["T002", "T004", "T008", "T009", "T014", "T020", "T041", "T049"]
    assert trajectories["T008"]["points"][-1] == {
        "date": "2023-06-30",
        "value": 980,
        "pace": 741.7582,
        "gap": 238.2418,
        "gap_share": 0.1588,
        "progress": 0.6533,
    }
    assert [(g["section"], len(g["ids"])) for g in data["never_updated"]] == [
        ("主要预期目标", 6),
        ("（一）", 46),
        ("（二）", 52),
        ("（三）", 41),
        ("（四）", 33),
        ("（五）", 34),
        ("（六）", 2),
    ]
    assert data["never_updated"][0]["heading"] == "今年经济社会发展主要预期目标"
    assert data["report"] == {"place": "城口县", "year": 2023, "title": "城口县2023年政府工作报告"}
    assert (trajectories["T049"]["base"], trajectories["T049"]["target"]) == (50, 52)


def test_html_report_is_one_self_contained_file_with_pictures_and_escaped_text(history: Path, run: Run) -> None:
    page = _report(run, "report", "--format", "html")
    assert page.startswith('<!DOCTYPE html>\n<html lang="en">')
    assert "<script" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "&lt;b&gt;能源科&lt;/b&gt;" in page
    assert "\x1b" not in page and "\\x1b[31mred" in page
    # Nothing is fetched: no URLs, no external stylesheets, images or fonts.
    assert not re.search(r"(?i)https?:|src=|<link|@import|url\(", page)
    assert '"Noto Sans CJK SC", "Noto Sans SC"' in page and '"Microsoft YaHei", "PingFang SC"' in page
    assert page.count('<svg class="stacked"') == 1 + 7 + 4  # the whole ledger, each section, each department
    departments = page.split('<section id="departments">', 1)[1].split("</section>", 1)[0]
    assert '<td class="wide">县发展改革委 &lt;b&gt;能源科&lt;/b&gt;</td>' in departments  # an owner is text, not markup
    assert page.count('<article class="commitment"') == 3
    assert page.count('<svg class="chart"') == 8
    assert page.count('<line class="pace"') == 8
    assert (
        page.count('<svg class="progress"') == 7 + 4 + 3 + 2 + 5
    )  # sections, departments, concerns, stale, trajectories of progress kinds
    for heading in ("Scorecard", "Sections", "What changed this month", "Overdue and at risk", "Trajectories"):
        assert f"<h2>{heading}</h2>" in page
    # Charts: the value axis names its unit and runs in round steps; a threshold's dashed line is its target.
    charts = {
        m.group(1): m.group(2) for m in re.finditer(r'<figure class="trajectory" data-id="(\w+)">(.*?)</figure>', page)
    }
    labels = {key: re.findall(r"<text[^>]*>([^<]*)</text>", chart) for key, chart in charts.items()}
    assert labels["T008"][:7] == ["0", "500", "1000", "1500", "figure (人)", "2023-01-01", "2023-12-31"]
    assert labels["T049"][:5] == ["50", "50.5", "51", "51.5", "52"] and "figure (%)" in labels["T049"]
    assert '<i style="border-top:2px dashed #d97706"></i>target</span>' in charts["T009"]
    assert '<i style="border-top:2px dashed #d97706"></i>even pace</span>' in charts["T008"]


def test_the_same_ledger_and_month_give_byte_identical_reports(history: Path, run: Run) -> None:
    for output_format in ("text", "markdown", "html", "json"):
        first = _report(run, "report", "--format", output_format)
        later = run("report", "--format", output_format, env={"CHENGKOU_NOW": "2031-01-01T00:00:00Z"})
        assert later.stdout == first, output_format


def test_as_of_only_chooses_the_default_month(history: Path, run: Run) -> None:
    june = _report(run, "report", "--month", "2023-06")
    assert _report(run, "--as-of", "2023-07-31", "report") == june
    may = _report(run, "--as-of", "2023-06-30", "report")
    assert may.splitlines()[1] == "2023-05: 224 commitments as of 2023-05-31"
    assert "  no status changed this month" in may.splitlines()
    assert "  2023-05-31 T041 Skills training (person-times): 1050; by: 督查室; entered 2023-07-02" in may.splitlines()


@pytest.mark.parametrize(
    ("name", "output_format"),
    [("june.md", "markdown"), ("june.html", "html"), ("june.json", "json"), ("june.txt", "text"), ("J.MD", "markdown")],
)
def test_output_infers_the_format_from_the_extension_and_writes_silently(
    history: Path, run: Run, tmp_path: Path, name: str, output_format: str
) -> None:
    expected = _report(run, "report", "--format", output_format)
    result = run("--color", "report", "--output", str(tmp_path / name))
    assert (result.code, result.stdout, result.stderr) == (0, "", "")
    written = (tmp_path / name).read_bytes()
    assert written == expected.encode("utf-8")
    assert b"\x1b" not in written
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".chengkou-")] == []


def test_format_option_wins_over_the_extension(history: Path, run: Run, tmp_path: Path) -> None:
    result = run("report", "-o", str(tmp_path / "june.md"), "-f", "json")
    assert result.code == 0
    assert json.loads((tmp_path / "june.md").read_text(encoding="utf-8"))["month"] == "2023-06"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("-o", "june.pdf"),
            "cannot tell the format of 'june.pdf' (.htm, .html, .json, .markdown, .md, .txt); give --format",
        ),
        (("--format", "pdf"), "--format 'pdf' is not one of text, markdown, html, json"),
        (("--month", "2023-13"), "--month '2023-13' is not a month like YYYY-MM or 'previous'"),
        (("--month", "June"), "--month 'June' is not a month like YYYY-MM or 'previous'"),
        (("--month", "2023-07"), "month 2023-07 has not ended by 2023-07-02; the latest ended month is 2023-06"),
    ],
)
def test_bad_report_options_are_one_line_usage_errors(
    history: Path, run: Run, args: tuple[str, ...], message: str
) -> None:
    result = run("report", *args)
    assert (result.code, result.stdout, result.stderr) == (2, "", f"chengkou-tracker: error: {message}\n")
    assert not Path("june.pdf").exists()


def test_chinese_labels_follow_lang(history: Path, run: Run) -> None:
    text = _report(run, "--lang", "zh", "report")
    lines = text.splitlines()
    assert lines[:5] == [
        "城口县2023年政府工作报告承诺事项月度报告",
        "2023-06：224项承诺，截至 2023-06-30",
        "",
        "要点",
        "====",
    ]
    assert "  T008 城镇新增就业：最新 980人（2023-06-30），目标 1500人，差距 +238.24人" in lines
    assert "  未报送 0 项，有数值但滞后 3 项" in lines
    assert "总体情况 (较上月末 2023-05-31)" in lines
    assert "==============================" in lines  # as wide as the heading: two cells for each Chinese character
    assert "未开始     214   95.5%  █████████▌  -1" in lines
    assert "  M004, T014, T041" in lines  # T041 技能培训 went from 正常推进 to 进度滞后 by the calendar alone
    assert "T014 清洁能源总装机容量 [进度滞后]" in lines
    assert "逾期和进度滞后事项" in lines and "数据走势" in lines and "久未更新（60天以上无更新）" in lines
    page = _report(run, "--lang", "zh", "report", "-f", "html")
    assert '<html lang="zh-CN">' in page and "<h2>本月变化</h2>" in page
    data = json.loads(_report(run, "--lang", "zh", "report", "-f", "json"))
    assert (data["lang"], data["concerns"][1]["title"], data["scorecard"][0]["status"]) == (
        "zh",
        "清洁能源总装机容量",
        "not_started",
    )


def test_an_empty_month_says_so(ledger: Path, run: Run) -> None:
    text = _report(run, "report", "--month", "2023-03")
    assert "  no status changed this month" in text.splitlines()
    assert "  no updates dated this month" in text.splitlines()
    assert "nothing overdue or at risk" in text.splitlines()
    assert "no trajectories" in _report(run, "report", "-f", "markdown")


class _VisibleText(HTMLParser):
    """The text a reader of the page sees or hears: text nodes (not CSS) and aria-labels."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in_style = tag == "style"
        self.parts.extend(value or "" for name, value in attrs if name == "aria-label")

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if not self._in_style:
            self.parts.append(data)


def _ledger_words(path: Path) -> set[str]:
    """Latin words the ledger and its history hold in their Chinese fields (5G, CMA, a note): data, not wording."""
    from chengkou_tracker.store.ledger import load

    ledger = load(str(path))
    texts = [ledger.report.title, ledger.report.place]
    texts += [s.heading for s in ledger.report.sections]
    for c in ledger.commitments.values():
        texts += [c.title, c.quote, c.unit or "", c.owner]
    for u in ledger.updates:
        texts += [u.note, u.source, u.by]
    return set(re.findall(r"[A-Za-z]{2,}", " ".join(texts)))


@pytest.mark.parametrize("output_format", ["text", "markdown", "html"])
def test_a_chinese_report_has_no_english_word(history: Path, run: Run, output_format: str) -> None:
    allowed = _ledger_words(history)
    for month in ("2023-03", "2023-06"):  # an empty month's wording, and a full one's
        output = _report(run, "--lang", "zh", "report", "--month", month, "--format", output_format)
        if output_format == "html":
            page = _VisibleText()
            page.feed(output)
            output = " ".join(page.parts)
        leaked = sorted(set(re.findall(r"[A-Za-z]{2,}", output)) - allowed)
        assert leaked == [], f"English in the {output_format} report for {month}: {leaked}"


def test_another_part_of_the_tool_can_add_a_named_table_to_every_format(history: Path) -> None:
    from chengkou_tracker import report as monthly
    from chengkou_tracker.report.model import Table
    from chengkou_tracker.store.ledger import load

    departments = Table("departments", "By department", ("owner", "commitments"), (("县统计局 <b>|", "2"),))
    built = monthly.build(load(str(history)), 2023, 6, "en", tables=[departments])
    assert monthly.write(built, "text").endswith(
        "\n\nBy department\n=============\nowner          commitments\n县统计局 <b>|  2\n"
    )
    assert monthly.write(built, "markdown").endswith(
        "## By department\n\n| owner | commitments |\n|---|---|\n| 县统计局 \\<b\\>\\| | 2 |\n"
    )
    page = monthly.write(built, "html")
    assert '<section id="departments"><h2>By department</h2>' in page
    assert "<tr><td>县统计局 &lt;b&gt;|</td><td>2</td></tr>" in page
    assert json.loads(monthly.write(built, "json"))["tables"] == [
        {
            "key": "departments",
            "title": "By department",
            "columns": ["owner", "commitments"],
            "rows": [["县统计局 <b>|", "2"]],
        }
    ]
