"""The rules batches RRRRR–WWWWW (tests/data/extract-unseen-122/ to -127/: the lines of 71 provincial and city 2026
reports no earlier batch held) taught the extractor, after their first runs."""

from __future__ import annotations

import re

from chengkou_tracker.extract import extract
from tests.drafting import figures


def test_a_count_after_a_verb_that_pushes_work_on_is_the_work_and_says_it_may_be_a_scope() -> None:
    # extract-unseen-126, -127: "推进54条市政道路“白改黑”", "支持20所普通高中…" drafted nothing. What stands already
    # (产业集群, 现有…), what a named list of labs supported, what is covered (…全覆盖) and a count for money stay out.
    text = (
        "二、2026年工作安排\n推进54条市政道路“白改黑”。支持20所普通高中改善办学条件。加快实施516个省市重大项目。"
        "加快发展5个国家先进制造业集群。推进现有23个“宝宝屋”扩优提质。支持吉光、三江、长白山3个创新型省实验室投入运行。"
        "推进全市644所中小学学生心理健康测评全覆盖。加强26个集中式饮用水源地保护。\n"
    )
    assert figures(text, 2026) == [("quantity", 54, "条"), ("quantity", 20, "所"), ("quantity", 516, "个")]
    drafted = extract(text.encode(), "r.txt", place="某市", year=2026).toml
    assert len(re.findall(r"# review: a count after a verb of effort", drafted)) == 3


def test_a_length_or_area_built_is_a_target_however_far_its_verb_stands() -> None:
    # extract-unseen-125, -127: "建设200万平方米城市绿地", "更新100公里老旧供水管网", "完成12万亩高标准农田建设".
    text = (
        "二、2026年工作安排\n建设200万平方米城市绿地。更新100公里老旧供水管网。完成12万亩高标准农田建设。"
        "建成主城区沿江两岸30公里慢行游道。建设南京以下12.5米深水航道。建设10万千瓦光伏项目。\n"
    )
    assert figures(text, 2026) == [
        ("quantity", 200, "万平方米"),
        ("quantity", 100, "公里"),
        ("quantity", 12, "万亩"),
        ("quantity", 30, "公里"),
    ]


def test_the_last_plan_naming_where_the_works_come_from_is_no_review() -> None:
    # extract-unseen-125/neimenggu-region-2026-energy.txt: "“十四五”批复的" made the whole sentence a look back.
    text = (
        "二、2026年重点工作\n加快建设“十四五”批复的6个沙戈荒大基地及外送通道，确保新增新能源装机3000万千瓦、"
        "新能源发电量超3000亿度。“十四五”时期新增新能源装机1亿千瓦。\n"
    )
    assert figures(text, 2026) == [("quantity", 6, "个"), ("quantity", 3000, "万千瓦"), ("quantity", 3000, "亿度")]


def test_the_measures_people_count_doses_courses_deals_and_capacities_in() -> None:
    # extract-unseen-122, -125, -126, -127: none of these was read as a figure; 单位 and 门诊 stay words.
    text = (
        "二、2026年工作安排\n疫苗接种服务3万剂次以上。老年教育课程100门。完成并购交易30单以上。"
        "新增污泥处置能力1000吨/日。产量140万担以上。农机作业服务面积60万亩次以上。算力规模突破190Eflops。"
        "新建3单位宿舍。\n"
    )
    assert [(unit, target) for _, target, unit in figures(text, 2026)] == [
        ("万剂次", 3),
        ("门", 100),
        ("单", 30),
        ("吨/日", 1000),
        ("万担", 140),
        ("万亩次", 60),
        ("Eflops", 190),
    ]


def test_the_years_investment_in_counted_works_and_works_built_after_any_opening_are_targets() -> None:
    # extract-unseen-127/yantai-city-2026-urban.txt, -126/gansu-province-2026-minsheng.txt (利用…改造建设, 帮扶…的残疾人).
    text = (
        "二、2026年工作安排\n推进年度投资452亿元的309个城建重点项目。利用闲置资源改造建设100个乡镇综合养老服务中心。"
        "帮扶3000余名符合条件的残疾人就业创业。围绕新型基础设施建设两个“三年行动”。建成50万人口城市。\n"
    )
    assert figures(text, 2026) == [
        ("quantity", 452, "亿元"),
        ("quantity", 309, "个"),
        ("quantity", 100, "个"),
        ("quantity", 3000, "名"),
    ]


def test_people_in_myriads_listed_with_a_pause_mark_are_each_a_target() -> None:
    # extract-unseen-127/guizhou-province-2026-urban.txt: three 新增人口100万 drafted as one.
    text = "二、2026年工作安排\n中心城市新增人口80万、县城新增人口60万、新增旅居人口100万。\n"
    assert figures(text, 2026) == [("quantity", 80, "万"), ("quantity", 60, "万"), ("quantity", 100, "万")]


def test_a_count_at_its_clauses_end_measures_the_work_named_before_it_whatever_the_verb() -> None:
    # extract-unseen-127/fuzhou-city-2026-urban.txt: "优化公交线路30条" was read as the scope of 优化.
    text = "二、2026年工作安排\n新改建公交站台100座，优化公交线路30条。加强26个集中式饮用水源地保护。\n"
    assert figures(text, 2026) == [("quantity", 100, "座"), ("quantity", 30, "条")]


def test_a_round_magnitude_in_words_after_a_verb_of_reaching_or_before_a_bound_is_a_figure() -> None:
    # extract-unseen-123, -124: 超千家, 千场以上, 稳定在百万吨以上, 增加值超千亿 drafted nothing; words and classes stay out.
    text = (
        "二、2026年工作安排\n力争规上文化企业超千家。促消费活动千场以上。蔬菜产量稳定在百万吨以上。"
        "文化产业增加值超千亿。服务走进千家万户。打造千亿级产业集群。开展农村千人以上集中饮用水水源地整治。\n"
    )
    assert figures(text, 2026) == [
        ("level", 1000, "家"),
        ("quantity", 1000, "场"),
        ("floor", 100, "万吨"),
        ("quantity", 1000, "亿元"),
    ]


def test_marks_crossed_one_after_another_are_a_look_back() -> None:
    # extract-unseen-126/fujian-province-2026-review.txt: the one draft from a review-only passage of the round.
    text = "二、2026年工作安排\n新福建建设取得新的重大成就，经济总量连跨5万亿元、6万亿元两个台阶。地区生产总值增长5%左右。\n"
    assert figures(text, 2026) == [("growth", 5, "%")]
