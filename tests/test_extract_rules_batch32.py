"""The rules batches FF and GG (tests/data/extract-unseen-32/ and -33/: 2025 reports; 2021 reports and their 十四五
goals) taught the extractor."""

from __future__ import annotations

import datetime as dt

from tests.drafting import deadlines
from tests.drafting import figures as _figures
from tests.drafting import targets as _drafted


def test_a_stretch_after_a_growth_is_no_second_target_whatever_its_verb() -> None:
    # extract-unseen-32/shannan-city-2025.txt: 增长7%以上、力争达到8%.
    text = "主要预期目标是:地区生产总值增长7%以上、力争达到8%，规上工业增加值增长12%、力争达到15%。\n"
    assert _figures(text, 2025) == [("growth", 7, "%"), ("growth", 12, "%")]


def test_a_list_named_by_its_level_and_sessions_named_by_number_count_nothing() -> None:
    # extract-unseen-32/zhangjiajie-city-2025-minsheng.txt and boertala-prefecture-2025.txt.
    text = (
        "今年，我们将办好10件市级民生实事，新建城市书房5个。\n"
        "全面贯彻落实自治区党委十届十一次、十二次、十三次全会精神，全州地区生产总值增长6%。\n"
    )
    assert _figures(text, 2025) == [("quantity", 5, "个"), ("growth", 6, "%")]


def test_将_as_把_plans_nothing() -> None:
    # extract-unseen-33/taian-city-2021-fiveyear-review.txt: a 十三五 review with "将黄金地段建成…公园".
    text = (
        "这是综合实力稳步提升的五年。“十三五”末，全市地区生产总值达到2766.5亿元，按可比价格计算，比2010年翻一番。\n"
        "这是城乡一体统筹发展的五年。交通基础设施累计投资443.3亿元，完成老旧小区改造4.71万户，建成5G基站3279个。"
        "将黄金地段建成泰城最大生态绿地健身公园，新建城市公园12个。\n"
    )
    assert _drafted(text, 2021) == []


def test_a_text_that_opens_on_the_past_year_is_no_five_year_goal_for_naming_the_plan() -> None:
    # extract-unseen-33/zhumadian-city-2021-review.txt: "南驻阜高铁列入省“十四五”规划" inside a review of 2020.
    text = (
        "刚刚过去的一年，我们统筹推进疫情防控和经济社会发展，主要经济指标增速稳居全省第一方阵：生产总值增长3.6%，"
        "一般公共预算收入增长6.1%。建成5G基站2092个，南驻阜高铁列入省“十四五”规划。\n"
    )
    assert _drafted(text, 2021) == []


def test_a_time_named_alone_inside_the_period_s_goals_dates_what_follows() -> None:
    # extract-unseen-33/fangchenggang-city-2021-fiveyear.txt: 第一步，到2023年，…；第二步，到“十四五”期末，….
    text = (
        "“十四五”时期经济社会发展的主要目标是：分“两步走”：第一步，到2023年，地区生产总值超过1000亿元；"
        "第二步，到“十四五”期末，地区生产总值超过1500亿元。\n"
    )
    assert deadlines(text, 2021) == [dt.date(2023, 12, 31), dt.date(2025, 12, 31)]


def test_rises_lengths_ratios_and_ages() -> None:
    # extract-unseen-33/changji-prefecture-2021-fiveyear.txt (上升5个百分点, 铁路里程, 2.4:1) and
    # qianxinan-prefecture-2021-fiveyear.txt (78周岁); an age that says whom a work is for is no target
    # (extract-unseen-12/yuhang-district-2021-minsheng.txt).
    text = (
        "“十四五”时期，空气优良率上升5个百分点，铁路里程200公里，农产品加工值与农业生产总值比例达到2.4:1以上，"
        "人均预期寿命达到78周岁。对50-74周岁户籍居民开展结直肠癌筛查5万人以上。\n"
    )
    assert _figures(text, 2021) == [
        ("growth", 5, "个百分点"),
        ("level", 200, "公里"),
        ("level", 2.4, ""),
        ("level", 78, "周岁"),
        ("quantity", 5, "万人"),
    ]
