"""A drafted ledger speaks the user's language: its header and the reason above each draft to review."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import Run

# One passage that raises most kinds of doubt (a made-up county, written as 2027 reports are).
REPORT = """某某县2027年政府工作报告

二、2027年工作安排

今年经济社会发展的主要预期目标是：地区生产总值增长6%—7%，新增城镇就业三千人，引进企业20余家，城镇调查失业率控制在5.5%以内，财政收入增长2亿元。
全年新建乡村公路120公里，推进30个村庄整治。到2030年，森林覆盖率达到60%。
"""

COMMENTS = {
    "zh": [
        "# 由 `chengkou-tracker extract` 从 report.txt 起草：请逐条对照报告核对，",
        "# 先核对标签为 review 的条目（`chengkou-tracker --ledger 文件 list --tag review`）。",
        "# 待复核：原文是一个区间，上限为 7%",
        "# 待复核：数字由汉字数字读出",
        "# 待复核：约数（多、余）",
        "# 待复核：类型为推断：数量",
        "# 待复核：数量跟在推进、推动、加快、支持等词之后：是工作量本身，还是只是范围？",
        "# 待复核：仅凭字面（到…年、年均、规划名称）判为今后几年的目标",
    ],
    "en": [
        "# Drafted by `chengkou-tracker extract` from report.txt: check every draft against the report,",
        '# starting with those tagged "review" (`chengkou-tracker --ledger FILE list --tag review`).',
        "# review: a range up to 7%",
        "# review: figure read from Chinese numerals",
        "# review: an approximate figure (多, 余)",
        "# review: kind guessed as quantity",
        "# review: a count after a verb of effort (推进, 推动, 加快, 支持): the work itself or only its scope?",
        "# review: a goal for the coming years by its words alone (到…年, 年均, the plan's name)",
    ],
}


def test_the_drafts_comments_are_in_the_users_language_and_nothing_else_differs(run: Run, tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text(REPORT, "utf-8")
    drafted = {}
    for lang, comments in COMMENTS.items():
        output = tmp_path / f"{lang}.toml"
        result = run("--lang", lang, "extract", str(report), "--place", "某某县", "--output", str(output))
        assert result.code == 0, result.stderr
        text = output.read_text("utf-8")
        assert [line for line in text.splitlines() if line.startswith("#")] == comments
        drafted[lang] = [line for line in text.splitlines() if not line.startswith("#")]
        assert run("--ledger", str(output), "validate").code == 0
    assert drafted["zh"] == drafted["en"]  # the same drafts, the same tags: only the words for people differ
    summary = run("--lang", "zh", "extract", str(report), "--place", "某某县").stderr
    assert summary == "已起草目标8项、里程碑0项（其中五年目标1项），待复核6项；年份2027，取自标题“二、2027年工作安排”\n"
