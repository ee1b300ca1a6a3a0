"""What a sweep of real whole reports found: `extract` on each of the 71 reports of 2026 in the public collection
lawtext/gov (full texts in Markdown, with front matter) must draft without a traceback, a ledger its own `validate`
accepts, and a place that is a name. Each case below is the smallest text that showed one fault."""

from __future__ import annotations

import tomllib
from pathlib import Path

from tests.conftest import Run

PLAN = "三、2026年工作安排\n今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。\n"


def _extract(run: Run, tmp_path: Path, text: str, *options: str) -> tuple[int, str, str]:
    report = tmp_path / "report.txt"
    report.write_text(text, "utf-8")
    result = run("extract", str(report), "--output", str(tmp_path / "draft.toml"), *options)
    return result.code, result.stdout, result.stderr


def test_counts_after_a_scope_are_read_without_a_traceback(run: Run, tmp_path: Path) -> None:
    # 广东省 2026 (政府工作报告-省自治区/广东省/2026.md): a count of kinds that only scopes the shares after it, and no
    # count before the first one kept, used to raise "max() arg is an empty sequence" out of extract.
    text = "国家公布产量的104种工业产品中，我省在全国占比超过10%的有44种、超过20%的有23种、超过30%的有11种。\n"
    code, stdout, stderr = _extract(run, tmp_path, text, "--place", "广东省", "--year", "2026")
    assert (code, stdout) == (0, "")
    assert stderr.startswith("drafted ")
    assert run("--ledger", str(tmp_path / "draft.toml"), "validate").code == 0


def test_tasks_numbered_alike_in_two_parts_with_one_heading_get_keys_of_their_own(run: Run, tmp_path: Path) -> None:
    # 内蒙古自治区 2026 (政府工作报告-省自治区/内蒙古自治区/2026.md): its tasks (一)… come under the same bold heading
    # twice after a first list, and the draft failed its own validate with "duplicate section key".
    text = (
        "**“十五五”时期主要目标和2026年重点工作**\n"
        "今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。\n"
        "**一、把铸牢中华民族共同体意识作为主线**\n"
        "（一）加强精神家园建设。新建文化站10个。\n（二）促进交往交流交融。新建驿站8个。\n"
        "**二、深化落实五大战略定位**\n"
        "（一）坚持生态优先。完成造林100万亩。\n（二）统筹发展和安全。新建应急站20个。\n"
        "**三、全力抓好七项重点工作**\n"
        "（一）壮大实体经济。新增规上企业300家。\n（二）推进创新驱动。新建实验室5个。\n"
    )
    code, _, stderr = _extract(run, tmp_path, text, "--place", "内蒙古自治区")
    assert code == 0
    assert stderr.startswith("drafted ")
    checked = run("--ledger", str(tmp_path / "draft.toml"), "validate")
    assert (checked.code, checked.stdout) == (0, "")
    sections = tomllib.loads((tmp_path / "draft.toml").read_text("utf-8"))["report"]["sections"]
    keys = [section["key"] for section in sections]
    assert keys == ["主要预期目标", "（一）", "（二）", "二、（一）", "二、（二）", "三、（一）", "三、（二）"]


def test_markdown_marks_around_a_heading_leave_it_a_heading(run: Run, tmp_path: Path) -> None:
    # 内蒙古自治区 2026 again: its parts are bold lines ("**二、深化落实…**") and other copies use "## "; the marks hid
    # the part's number, so the tasks under it got keys like "“十五五”时期主要目标和2026年重点工作（一）2".
    text = (
        "## “十五五”时期主要目标和2026年重点工作\n"
        "今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。\n"
        "**一、把铸牢中华民族共同体意识作为主线**\n"
        "（一）加强精神家园建设。新建文化站10个。\n"
        "**二、深化落实五大战略定位**\n"
        "（一）坚持生态优先。完成造林100万亩。\n"
        "### 三、全力抓好七项重点工作\n"
        "（一）壮大实体经济。新增规上企业300家。\n"
    )
    code, _, stderr = _extract(run, tmp_path, text, "--place", "内蒙古自治区")
    assert (code, stderr.startswith("drafted 4 targets")) == (0, True)
    sections = tomllib.loads((tmp_path / "draft.toml").read_text("utf-8"))["report"]["sections"]
    assert [(section["key"], section["heading"]) for section in sections] == [
        ("主要预期目标", "今年经济社会发展的主要预期目标"),
        ("（一）", "加强精神家园建设"),
        ("二、（一）", "坚持生态优先"),
        ("三、（一）", "壮大实体经济"),
    ]
    assert run("--ledger", str(tmp_path / "draft.toml"), "validate").code == 0


def test_a_markdown_report_is_named_as_the_text_validate_checks_the_quotes_against(run: Run, tmp_path: Path) -> None:
    # The lawtext/gov reports are Markdown files: a draft of one names it, so that `validate` checks every quote in it,
    # bold headings and all, as it does for a .txt report.
    (tmp_path / "report.md").write_text(
        "**三、2026年工作安排**\n地区生产总值增长5%左右。新建农村公路100公里。\n", "utf-8"
    )
    result = run("extract", str(tmp_path / "report.md"), "--place", "示例县", "--output", str(tmp_path / "draft.toml"))
    assert result.code == 0
    assert tomllib.loads((tmp_path / "draft.toml").read_text("utf-8"))["report"]["text"] == "report.md"
    checked = run("--ledger", str(tmp_path / "draft.toml"), "validate")
    assert (checked.code, checked.stdout, checked.stderr) == (0, "", "")


def test_a_level_alone_is_no_place_and_the_title_names_it(run: Run, tmp_path: Path) -> None:
    # 内蒙古自治区 2026: "自治区人民政府主席" gave the place "自治区"; the copy's title names the region.
    speech = "**自治区人民政府主席 包钢**\n各位代表：\n"
    code, _, stderr = _extract(run, tmp_path, "title: 2026年内蒙古自治区政府工作报告\n" + speech + PLAN)
    assert code == 0
    assert stderr.startswith("drafted 1 targets")
    assert 'place = "内蒙古自治区"\n' in (tmp_path / "draft.toml").read_text("utf-8")
    code, _, stderr = _extract(run, tmp_path, speech + PLAN, "--force")
    assert code == 2
    assert (
        stderr
        == "chengkou-tracker: error: report.txt: cannot tell whose report it is; give the place with --place NAME\n"
    )


def test_who_speaks_where_is_no_part_of_the_place(run: Run, tmp_path: Path) -> None:
    # 长沙市 2026 (政府工作报告-主要城市/长沙市/2026.md): a photo caption, "陈博彰在长沙市第十六届人民代表大会第六次会议上作
    # 政府工作报告", gave the place "陈博彰在长沙市".
    caption = "<!-- 陈博彰在长沙市第十六届人民代表大会第六次会议上作政府工作报告。 -->\n各位代表：\n"
    code, _, stderr = _extract(run, tmp_path, caption + PLAN)
    assert code == 0
    assert stderr.startswith("drafted 1 targets")
    assert 'place = "长沙市"\n' in (tmp_path / "draft.toml").read_text("utf-8")
