"""Tables at 80 and 120 columns, in English and Chinese: nothing cut, headers whole, no line too wide."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from rich.cells import cell_len

from tests.conftest import Run
from tests.report_history import write_history

# `list` and `summary` with T104 at 45 and M060 started (as of 2023-07-02), exactly as printed.
EXPECTED = {
    ("80", "en", ("list", "--search", "5G")): (
        "id    title                  target  latest  progress  status         deadline\n"
        "────────────────────────────────────────────────────────────────────────────────\n"
        "T104  New 5G base stations     80个      45  56%       on track       2023-12-31\n"
        "M064  Full 5G coverage of         -       -  0%        not started *  2023-12-31\n"
        "      township seats,\n"
        "      expressway corridors\n"
        "      and other key areas\n"
        "* stale: no update in 60 days\n"
    ),
    ("80", "en", ("list", "--section", "6")): (
        "id    title                  target  latest  progress  status         deadline\n"
        "────────────────────────────────────────────────────────────────────────────────\n"
        "T149  Rate of agency heads      80%       -  -         not started *  2023-12-31\n"
        "      appearing in court\n"
        "T150  Cut in non-essential,     20%       -  0%        at risk *      2023-12-31\n"
        "      non-priority,\n"
        "      non-urgent spending\n"
        "* stale: no update in 60 days\n"
    ),
    ("80", "en", ("summary",)): (
        "                 not            at                             no           mean\n"
        "section      started on track risk achieved overdue missed figure total progress\n"
        "────────────────────────────────────────────────────────────────────────────────\n"
        "主要预期目标       9        0    0        0       0      0      1    10       0%\n"
        "（一）            25        0    0        0       0      0     26    51       0%\n"
        "（二）            21        0    0        0       0      0     32    53       0%\n"
        "（三）            26        0    0        0       0      0     15    41       0%\n"
        "（四）            20        2    0        0       0      0     11    33       5%\n"
        "（五）            14        0    0        0       0      0     20    34       0%\n"
        "（六）             1        0    0        0       0      0      1     2       0%\n"
        "total            116        2    0        0       0      0    106   224       1%\n"
        "\n"
        "主要预期目标 今年经济社会发展主要预期目标\n"
        "（一）       突出“创新驱动”，推动产业现代化迈出坚实步伐\n"
        "（二）       立足“协调共进”，推动城乡融合发展迈出坚实步伐\n"
        "（三）       锚定“绿色发展”，推动生态文明建设迈出坚实步伐\n"
        "（四）       紧扣“改革开放”，推动区域发展格局提升迈出坚实步伐\n"
        "（五）       坚持“共建共享”，推动民生改善和社会治理迈出坚实步伐\n"
        "（六）       聚焦“效能提升”，推动政府自身建设迈出坚实步伐\n"
    ),
    ("80", "zh", ("list", "--search", "5G")): (
        "编号  事项                  目标  最新值  进度           状态      期限\n"
        "─────────────────────────────────────────────────────────────────────────────\n"
        "T104  新建5G基站            80个      45  ████▌···  56%  正常推进  2023-12-31\n"
        "M064  重点区域5G网络全覆盖     -       -  ········   0%  未开始 *  2023-12-31\n"
        "* 久未更新: 60天内无更新\n"
    ),
    ("80", "zh", ("list", "--section", "6")): (
        "编号  事项                        目标  最新值  进度  状态        期限\n"
        "────────────────────────────────────────────────────────────────────────────\n"
        "T149  行政机关负责人出庭应诉率     80%       -  -     未开始 *    2023-12-31\n"
        "T150  非刚性非重点非急需支出压减   20%       -  0%    进度滞后 *  2023-12-31\n"
        "* 久未更新: 60天内无更新\n"
    ),
    ("80", "zh", ("summary",)): (
        "部分         未开始 正常推进 进度滞后 已完成 已逾期 未完成 未报送 合计 平均进度\n"
        "───────────────────────────────────────────────────────────────────────────────\n"
        "主要预期目标      9        0        0      0      0      0      1   10       0%\n"
        "（一）           25        0        0      0      0      0     26   51       0%\n"
        "（二）           21        0        0      0      0      0     32   53       0%\n"
        "（三）           26        0        0      0      0      0     15   41       0%\n"
        "（四）           20        2        0      0      0      0     11   33       5%\n"
        "（五）           14        0        0      0      0      0     20   34       0%\n"
        "（六）            1        0        0      0      0      0      1    2       0%\n"
        "合计            116        2        0      0      0      0    106  224       1%\n"
        "\n"
        "主要预期目标 今年经济社会发展主要预期目标\n"
        "（一）       突出“创新驱动”，推动产业现代化迈出坚实步伐\n"
        "（二）       立足“协调共进”，推动城乡融合发展迈出坚实步伐\n"
        "（三）       锚定“绿色发展”，推动生态文明建设迈出坚实步伐\n"
        "（四）       紧扣“改革开放”，推动区域发展格局提升迈出坚实步伐\n"
        "（五）       坚持“共建共享”，推动民生改善和社会治理迈出坚实步伐\n"
        "（六）       聚焦“效能提升”，推动政府自身建设迈出坚实步伐\n"
    ),
    ("120", "en", ("list", "--search", "5G")): (
        "id    title                                                     target  latest  progress       status         deadline\n"
        "────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────\n"
        "T104  New 5G base stations                                        80个      45  ████▌···  56%  on track       2023-12-31\n"
        "M064  Full 5G coverage of township seats, expressway corridors       -       -  ········   0%  not started *  2023-12-31\n"
        "      and other key areas\n"
        "* stale: no update in 60 days\n"
    ),
    ("120", "en", ("list", "--section", "6")): (
        "id    title                                                    target  latest  progress       status         deadline\n"
        "───────────────────────────────────────────────────────────────────────────────────────────────────────────────────────\n"
        "T149  Rate of agency heads appearing in court                     80%       -  -              not started *  2023-12-31\n"
        "T150  Cut in non-essential, non-priority, non-urgent spending     20%       -  ········   0%  at risk *      2023-12-31\n"
        "* stale: no update in 60 days\n"
    ),
    ("120", "en", ("summary",)): (
        "section       not started  on track  at risk  achieved  overdue  missed  no figure  total  mean progress\n"
        "────────────────────────────────────────────────────────────────────────────────────────────────────────\n"
        "主要预期目标            9         0        0         0        0       0          1     10  ········   0%\n"
        "（一）                 25         0        0         0        0       0         26     51  ········   0%\n"
        "（二）                 21         0        0         0        0       0         32     53  ········   0%\n"
        "（三）                 26         0        0         0        0       0         15     41  ········   0%\n"
        "（四）                 20         2        0         0        0       0         11     33  ▍·······   5%\n"
        "（五）                 14         0        0         0        0       0         20     34  ········   0%\n"
        "（六）                  1         0        0         0        0       0          1      2  ········   0%\n"
        "total                 116         2        0         0        0       0        106    224  ········   1%\n"
        "\n"
        "主要预期目标 今年经济社会发展主要预期目标\n"
        "（一）       突出“创新驱动”，推动产业现代化迈出坚实步伐\n"
        "（二）       立足“协调共进”，推动城乡融合发展迈出坚实步伐\n"
        "（三）       锚定“绿色发展”，推动生态文明建设迈出坚实步伐\n"
        "（四）       紧扣“改革开放”，推动区域发展格局提升迈出坚实步伐\n"
        "（五）       坚持“共建共享”，推动民生改善和社会治理迈出坚实步伐\n"
        "（六）       聚焦“效能提升”，推动政府自身建设迈出坚实步伐\n"
    ),
    ("120", "zh", ("list", "--search", "5G")): (
        "编号  事项                  目标  最新值  进度           状态      期限\n"
        "─────────────────────────────────────────────────────────────────────────────\n"
        "T104  新建5G基站            80个      45  ████▌···  56%  正常推进  2023-12-31\n"
        "M064  重点区域5G网络全覆盖     -       -  ········   0%  未开始 *  2023-12-31\n"
        "* 久未更新: 60天内无更新\n"
    ),
    ("120", "zh", ("list", "--section", "6")): (
        "编号  事项                        目标  最新值  进度           状态        期限\n"
        "─────────────────────────────────────────────────────────────────────────────────────\n"
        "T149  行政机关负责人出庭应诉率     80%       -  -              未开始 *    2023-12-31\n"
        "T150  非刚性非重点非急需支出压减   20%       -  ········   0%  进度滞后 *  2023-12-31\n"
        "* 久未更新: 60天内无更新\n"
    ),
    ("120", "zh", ("summary",)): (
        "部分          未开始  正常推进  进度滞后  已完成  已逾期  未完成  未报送  合计  平均进度\n"
        "─────────────────────────────────────────────────────────────────────────────────────────────\n"
        "主要预期目标       9         0         0       0       0       0       1    10  ········   0%\n"
        "（一）            25         0         0       0       0       0      26    51  ········   0%\n"
        "（二）            21         0         0       0       0       0      32    53  ········   0%\n"
        "（三）            26         0         0       0       0       0      15    41  ········   0%\n"
        "（四）            20         2         0       0       0       0      11    33  ▍·······   5%\n"
        "（五）            14         0         0       0       0       0      20    34  ········   0%\n"
        "（六）             1         0         0       0       0       0       1     2  ········   0%\n"
        "合计             116         2         0       0       0       0     106   224  ········   1%\n"
        "\n"
        "主要预期目标 今年经济社会发展主要预期目标\n"
        "（一）       突出“创新驱动”，推动产业现代化迈出坚实步伐\n"
        "（二）       立足“协调共进”，推动城乡融合发展迈出坚实步伐\n"
        "（三）       锚定“绿色发展”，推动生态文明建设迈出坚实步伐\n"
        "（四）       紧扣“改革开放”，推动区域发展格局提升迈出坚实步伐\n"
        "（五）       坚持“共建共享”，推动民生改善和社会治理迈出坚实步伐\n"
        "（六）       聚焦“效能提升”，推动政府自身建设迈出坚实步伐\n"
    ),
}


@pytest.fixture
def recorded(run: Run, ledger: Path) -> Path:
    for args in (("record", "T104", "45"), ("record", "M060", "started")):
        assert run(*args).code == 0
    return ledger


@pytest.mark.parametrize(("columns", "lang", "args"), list(EXPECTED))
def test_tables_at_80_and_120_columns(run: Run, recorded: Path, columns: str, lang: str, args: tuple[str, ...]) -> None:
    result = run("--lang", lang, *args, env={"COLUMNS": columns})
    assert (result.code, result.stderr) == (0, "")
    assert result.stdout == EXPECTED[(columns, lang, args)]


def _titles(text: str, lang: str) -> dict[str, str]:
    """Each row's title as the table shows it, its wrapped lines joined again."""
    titles: dict[str, str] = {}
    current = ""
    for line in text.splitlines()[2:]:
        if line.startswith("*"):
            break
        if line[:1].strip():  # a row starts with its id; the title follows, then two spaces or more
            current = line[:4]
            titles[current] = re.split(r" {2,}", line[6:].strip())[0]
        else:
            titles[current] += ("" if lang == "zh" else " ") + line.strip()
    return titles


def _assert_fits(text: str, columns: int = 80) -> None:
    too_wide = [line for line in text.splitlines() if cell_len(line) > columns]
    assert too_wide == []
    assert all(line == line.rstrip() for line in text.splitlines())


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_table_fits_80_columns_and_shows_whole_titles(run: Run, ledger: Path, tmp_path: Path, lang: str) -> None:
    write_history(run, tmp_path)
    narrow = {"COLUMNS": "80"}
    records = json.loads(run("list", "--format", "json").stdout)
    names = {record["id"]: record["title"] if lang == "zh" else record["title_en"] for record in records}
    assert len(set(names.values())) == len(names)  # the ledger's own titles differ, so the shown ones must
    for args, env in ((["list"], narrow), (["overdue"], {**narrow, "CHENGKOU_AS_OF": "2024-06-30"})):
        result = run("--lang", lang, *args, env=env)
        assert result.code == 0
        _assert_fits(result.stdout)
        shown = _titles(result.stdout, lang)
        assert len(shown) > 200
        assert shown == {key: names[key] for key in shown}, "a title was cut or changed"
    for args in (["summary"], ["history"], ["show", "T041"], ["show", "M004"], ["show", "T001"]):
        result = run("--lang", lang, *args, env=narrow)
        assert result.code == 0, args
        _assert_fits(result.stdout)
    summary = run("--lang", lang, "summary", env=narrow).stdout
    headers = ["未开始", "正常推进", "进度滞后", "已完成", "已逾期", "未完成", "未报送", "合计", "平均进度"]
    if lang == "zh":  # every header whole on one line (issue 17 item 8): no word broken across lines
        assert summary.splitlines()[0].split() == ["部分", *headers]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_summary_by_owner_at_80_columns_breaks_no_header_inside_a_word(run: Run, ledger: Path, lang: str) -> None:
    from tests.october import write_october

    write_october(ledger)
    result = run("--lang", lang, "summary", "--by", "owner", env={"COLUMNS": "80", "CHENGKOU_AS_OF": "2023-11-02"})
    assert result.code == 0
    _assert_fits(result.stdout)
    top, bottom = (line.split() for line in result.stdout.splitlines()[:2])
    if lang == "zh":  # four-character headers fold between their two words, the rest stay whole
        assert top == ["正常", "进度", "平均", "久未"]
        assert bottom == [
            "责任单位",
            "未开始",
            "推进",
            "滞后",
            "已完成",
            "已逾期",
            "未完成",
            "未报送",
            "合计",
            "进度",
            "更新",
        ]
    else:  # English headers fold between words; mean progress gives way to the counts
        assert top == ["not", "on", "at", "no"]
        assert bottom == [
            "owner",
            "started",
            "track",
            "risk",
            "achieved",
            "overdue",
            "missed",
            "figure",
            "total",
            "stale",
        ]
    assert result.stdout.splitlines()[3].split() == ["县交通局", "0", "1", "6", "1", "0", "0", "8", "16"] + (
        ["26%", "8"] if lang == "zh" else ["8"]
    )


def test_a_five_year_title_at_80_columns_wraps_before_its_span_never_inside_it(run: Run, tmp_path: Path) -> None:
    source = Path(__file__).parent / "data" / "extract-unseen-59" / "jingzhou-city-2022-fiveyear.txt"
    draft = tmp_path / "fiveyear.toml"
    args = ("--year", "2022", "--place", "荆州市", "--output", str(draft))
    assert run("--lang", "zh", "extract", str(source), *args).code == 0
    result = run("--lang", "zh", "--ledger", str(draft), "list", env={"COLUMNS": "80", "CHENGKOU_AS_OF": "2022-04-01"})
    assert result.code == 0
    _assert_fits(result.stdout)
    assert result.stdout.splitlines()[2:7] == [
        "M001  区域性先进制造业中心                 -       -  0%    未开始 *  2026-12-31",
        "      （2022—2026）",
        "T001  规模以上工业企业                1700家       -  0%    未开始 *  2026-12-31",
        "      （2022—2026）",
        "T002  总产值（2022—2026）           6000亿元       -  0%    未开始 *  2026-12-31",
    ]
    assert result.stdout.count("（2022—2026）") == 11  # every title's span whole on one line


def test_a_title_breaks_between_characters_keeps_units_whole_and_folds_only_what_is_wider_than_a_line() -> None:
    from chengkou_tracker.output.render import broken_lines

    assert broken_lines("区域性先进制造业中心（2022—2026）", 20) == "区域性先进制造业中心\n（2022—2026）"
    assert broken_lines("新建5G基站，覆盖率达到13.2%以上", 16) == "新建5G基站，覆盖\n率达到13.2%以上"
    assert broken_lines("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 12) == "ABCDEFGHIJKL\nMNOPQRSTUVWX\nYZ"
    assert broken_lines("宽宽宽", 1) == "宽\n宽\n宽"


LONG_OWNER = "县发展和改革委员会（县粮食和物资储备局）、县经济和信息化委员会"


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("columns", ["80", "120"])
def test_a_long_department_name_wraps_in_its_column_and_every_count_stays_whole(
    run: Run, ledger: Path, lang: str, columns: str
) -> None:
    """A department named in full once pushed the counts off an 80-column screen and broke 105 into 10 / 5."""
    assert run("assign", LONG_OWNER, "T001", "T002").code == 0
    result = run("--lang", lang, "summary", "--by", "owner", env={"COLUMNS": columns, "CHENGKOU_AS_OF": "2023-12-31"})
    assert result.code == 0
    _assert_fits(result.stdout, int(columns))
    lines = result.stdout.splitlines()
    rule = next(index for index, line in enumerate(lines) if line.startswith("─"))
    unowned = next(index for index, line in enumerate(lines) if line.startswith(("（未指定）", "(no owner)")))
    named = lines[rule + 1 : unowned]
    assert "".join(line.split()[0] for line in named) == LONG_OWNER  # the whole name, wrapped in its column
    counts = [cell for cell in named[0].split()[1:] if cell.isdigit()]
    assert counts[:8] == ["2", "0", "0", "0", "0", "0", "0", "2"] and not any(
        re.search(r"\d", line) for line in named[1:]
    )
    assert [cell for cell in lines[unowned].split() if cell.isdigit()][:8] == [
        "41",
        "0",
        "0",
        "0",
        "0",
        "0",
        "181",
        "222",
    ]
    if (lang, columns) == ("zh", "80"):
        assert lines[:3] == [
            "                                正常 进度                                  久未",
            "责任单位                 未开始 推进 滞后 已完成 已逾期 未完成 未报送 合计 更新",
            "─" * 79,
        ]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_show_wraps_a_long_quote_whole_at_80_columns(run: Run, ledger: Path, lang: str) -> None:
    """The quote is what a user checks against the report: it was cut with "…" where it passed the screen's edge."""
    result = run("--lang", lang, "show", "T042", env={"COLUMNS": "80"})
    _assert_fits(result.stdout)
    quote = result.stdout.splitlines()[3]
    label = "原文" if lang == "zh" else "quote"
    assert quote.startswith(label) and result.stdout.splitlines()[4].startswith(" " * 10)
    first, second = result.stdout.splitlines()[3:5]
    assert first.split(maxsplit=1)[1] + second.strip() == (
        "「适龄儿童少年入学率、脱贫群众参加基本医疗保险占比、住房安全保障率、饮水安全保障率均稳定在100%」"
    )
