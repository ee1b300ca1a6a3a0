"""The rules batches PPP and QQQ (tests/data/extract-unseen-68/, -69/: 2026 reports of 太原, 海南, 广东, 郑州, 湖南, 内蒙古,
新疆, 湖北, 北京 and 温州) taught the extractor."""

from __future__ import annotations

from tests.drafting import figures


def test_a_paragraph_that_names_the_five_years_it_tells_is_their_review() -> None:
    # extract-unseen-68/guangdong-province-2026-fiveyear-review.txt.
    text = (
        "各位代表！经过五年接续奋斗，我省“十四五”顺利收官。\n"
        "**这是经济实力持续提升的五年。**地区生产总值从11.37万亿元提高到14.58万亿元，"
        "现代服务业增加值占服务业增加值比重达64.9%，进出口总额接连突破8万亿元、9万亿元。\n"
    )
    assert figures(text, 2026) == []


def test_fields_problems_and_inspections_a_plan_counts_are_its_bookkeeping() -> None:
    # extract-unseen-69/xinjiang-region-2026-fiveyear.txt, wenzhou-city-2026-fiveyear.txt, beijing-city-2026-tasks.txt
    # and extract-unseen-68/taiyuan-city-2026-rural.txt.
    text = (
        "二、2026年工作安排\n分13个领域细化实化“十五五”时期任务。今后五年重点要在6个关键领域实现大的突破。"
        "攻坚突破家政服务市场规范等11个难点问题。认真抓好14项中央环保督察和21项黄河流域监督检查反馈问题整改。"
        "新建20个区域养老服务中心。\n"
    )
    assert figures(text, 2026) == [("quantity", 20, "个")]


def test_people_insured_or_certified_a_standard_as_a_multiple_and_energy_over_the_year() -> None:
    # extract-unseen-69/wenzhou-city-2026-livelihood.txt, beijing-city-2026-tasks.txt; extract-unseen-68/
    # guangdong-province-2026-minsheng.txt (持证人数, 1.6倍, 增加学位超, 支持超), taiyuan-city-2026-fiveyear.txt (花费).
    text = (
        "二、2026年工作安排\n基本养老保险参保人数达600万人，养老机构护理员持证人数达到4500人以上，"
        "特困人员基本生活保障标准不低于当地最低生活保障标准的1.6倍，外调绿电规模达450亿千瓦时，"
        "增加学位超20万个，支持超10所县域公办普通高中补短板，旅游总花费突破1000亿元，"
        "储能系统集成产能18GWh以上。\n"
    )
    assert figures(text, 2026) == [
        ("level", 600, "万人"),
        ("level", 4500, "人"),
        ("level", 1.6, "倍"),
        ("quantity", 450, "亿千瓦时"),
        ("quantity", 20, "万个"),
        ("quantity", 10, "所"),
        ("quantity", 1000, "亿元"),
        ("level", 18, "GWh"),
    ]


def test_where_a_figure_is_raised_from_is_no_target_and_where_it_goes_is() -> None:
    # extract-unseen-68/guangdong-province-2026-minsheng.txt.
    text = (
        "二、2026年工作安排\n农村低保标准占城镇低保标准的最低比例从77%提高到80%以上。"
        "困难残疾人生活补贴、重度残疾人护理补贴标准分别从每人每月209元、280元提高到217元、290元。\n"
    )
    assert figures(text, 2026) == [("level", 80, "%"), ("level", 217, "元"), ("level", 290, "元")]


def test_a_gap_as_a_multiple_a_death_rate_cases_and_counts_upgraded_are_figures() -> None:
    # extract-unseen-69/wenzhou-city-2026-fiveyear-city.txt, beijing-city-2026-fiveyear.txt,
    # neimenggu-region-2026-minsheng.txt, -tasks.txt; extract-unseen-68/taiyuan-city-2026-rural.txt.
    text = (
        "二、2026年工作安排\n城乡收入倍差缩小至1.76，单位地区生产总值生产安全事故死亡率控制在0.6人/百亿元以下，"
        "实施免费手术2000例，推动7个国家物流枢纽、4个国家骨干冷链物流基地提质升级，推动20个主题景点提档升级。\n"
    )
    assert figures(text, 2026) == [
        ("ceiling", 1.76, ""),
        ("ceiling", 0.6, "人/百亿元"),
        ("quantity", 2000, "例"),
        ("quantity", 7, "个"),
        ("quantity", 4, "个"),
        ("quantity", 20, "个"),
    ]


def test_towns_sorted_by_people_one_rate_relating_two_and_a_target_explained_are_no_new_figures() -> None:
    # extract-unseen-69/wenzhou-city-2026-fiveyear-city.txt, beijing-city-2026-tasks.txt, hubei-province-2026.txt.
    text = (
        "二、2026年工作安排\n基本实现3万人以上乡镇15分钟上高速。村卫生室与乡镇卫生院一体化管理率达90%。\n"
        "5.5%左右的预期增长目标与“十五五”发展目标总体衔接，是一个既积极有为又切实可行的目标。\n"
    )
    assert figures(text, 2026) == [("level", 90, "%")]
