"""The rules batches NNNN–SSSS (tests/data/extract-unseen-92/ to -97/: the national 2026 report, the 十五五 and 十四五
outlines, 2025 reports of 27 provinces and cities) taught the extractor, after their first runs."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import Run
from tests.drafting import figures, targets


def test_a_rate_per_100000_people_is_a_figure_of_its_own() -> None:
    # extract-unseen-93/china-national-2026-fiveyear-fertility.txt: the second rate was left out.
    text = "二、2026年工作安排\n婴儿死亡率、孕产妇死亡率分别下降到3.5‰、12/10万以下。\n"
    assert figures(text, 2026) == [("ceiling", 3.5, "‰"), ("ceiling", 12, "/10万")]


def test_a_red_line_held_is_a_floor_named_with_what_it_holds() -> None:
    # extract-unseen-94/china-national-2021-fiveyear-agriculture.txt: nothing was drafted.
    text = "二、2026年工作安排\n严守18亿亩耕地红线，粮食产量稳定在1.4万亿斤以上。\n"
    assert figures(text, 2026) == [("floor", 18, "亿亩"), ("floor", 1.4, "万亿斤")]


def test_a_figure_per_100000_people_is_recorded_as_written(run: Run, tmp_path: Path) -> None:
    (tmp_path / "r.txt").write_text("二、2026年工作安排\n孕产妇死亡率控制在15/10万以内。\n", "utf-8")
    assert run("extract", "r.txt", "--year", "2026", "--place", "云溪县", "--output", "r.toml").code == 0
    recorded = run("--ledger", "r.toml", "record", "T001", "13/10万", "--date", "2026-05-31")
    assert (recorded.code, recorded.stdout) == (0, "T001 孕产妇死亡率: recorded 13 on 2026-05-31 -> not started\n")
    assert "value = 13\n" in (tmp_path / "r.toml").read_text("utf-8")


def test_money_named_after_its_figure_is_titled_by_that_name_not_its_verb() -> None:
    # extract-unseen-92 (the national 2026 report, whole): titles were "设立", "安排" and "…标准再".
    text = (
        "四、2026年政府工作任务\n设立1000亿元财政金融协同促内需专项资金，组合运用贷款贴息等方式。"
        "安排8000亿元超长期特别国债资金用于“两重”建设。城乡居民基础养老金月最低标准再提高20元。\n"
    )
    assert [c["title"] for c in targets(text, 2026)] == [
        "设立财政金融协同促内需专项资金",
        "安排超长期特别国债资金",
        "城乡居民基础养老金月最低标准",
    ]


def test_names_brought_down_to_their_figures_respectively_each_take_their_own_title() -> None:
    # extract-unseen-93/china-national-2026-fiveyear-fertility.txt: both drafts were titled "婴儿死亡率、孕产妇死亡率下降到".
    text = "二、2026年工作安排\n婴儿死亡率、孕产妇死亡率分别下降到3.5‰、12/10万以下。\n"
    assert [(c["title"], c["kind"], c["unit"]) for c in targets(text, 2026)] == [
        ("婴儿死亡率", "ceiling", "‰"),
        ("孕产妇死亡率", "ceiling", "/10万"),
    ]


def test_names_listed_before_one_measure_share_it_in_their_titles() -> None:
    # extract-unseen-20's environment chapter and the 2026 outline: the first name was titled "氮氧化物" alone.
    text = (
        "二、2026年工作安排\n氮氧化物、挥发性有机物排放量分别下降8%以上。化学需氧量、氨氮排放量分别下降2%和3%。"
        "城镇、农村居民人均可支配收入分别增长6%和7%。\n"
    )
    assert [c["title"] for c in targets(text, 2026)] == [
        "氮氧化物排放量",
        "挥发性有机物排放量",
        "化学需氧量",
        "氨氮排放量",
        "城镇居民人均可支配收入增速",
        "农村居民人均可支配收入增速",
    ]
