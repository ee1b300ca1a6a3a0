"""The rules batches DD and EE (tests/data/extract-unseen-30/ and -31/: 2025 reports; 2021 reports and their 十四五
goals) taught the extractor."""

from __future__ import annotations

import datetime as dt

from tests.drafting import deadlines
from tests.drafting import figures as _figures
from tests.drafting import targets as _drafted


def test_a_review_s_lead_and_shares_of_the_investment_plan_done_tell_results() -> None:
    # extract-unseen-30/wuwei-city-2025-review.txt: 主要做了以下工作; 完成年度投资计划的130% is no plan.
    text = (
        "一年来，我们奋力推动经济社会发展取得新成效。主要做了以下工作:\n"
        "一是抓统筹稳增长，经济运行持续向好。15个省列重大项目完成年度投资计划的130%。"
        "武威东站综合客运枢纽等125个项目建成投运。新引进头部企业17家，落地10亿元以上项目10个。\n"
    )
    assert _drafted(text, 2025) == []


def test_poles_and_cubic_metres_as_people_count_them() -> None:
    # extract-unseen-30/benxi-city-2025-minsheng.txt (根) and yongzhou-city-2025-minsheng.txt (万方).
    text = "今年，更换路灯杆2500根，新增蓄水能力300万方，推动双方合作。\n"
    assert [(target, unit) for _, target, unit in _figures(text, 2025)] == [(2500, "根"), (300, "万方")]


def test_places_each_given_something_say_how_work_is_spread() -> None:
    # extract-unseen-30/benxi-city-2025-minsheng.txt: 26个街道均有…示范点 is not a count of work.
    text = "今年，实现主城区26个街道均有老年人助餐服务示范点，新建老年食堂10个。\n"
    assert [(target, unit) for _, target, unit in _figures(text, 2025)] == [(10, "个")]


def test_an_area_passed_and_a_city_s_size_stand_at_a_level() -> None:
    # extract-unseen-30/eerduosi-city-2025-ecology.txt and extract-unseen-29/bijie-city-2021-fiveyear.txt; an area
    # sown in the year stays a quantity.
    text = "今年，光伏治沙面积突破100万亩，确保粮食播种面积2.5万亩以上，中心城区建成区面积170平方公里。\n"
    assert [kind for kind, _, _ in _figures(text, 2025)] == ["level", "quantity", "level"]


def test_a_yearly_rise_in_per_cent_is_a_growth_and_a_revenue_total_a_flow() -> None:
    # extract-unseen-31/naqu-city-2021-fiveyear.txt (年均增加10%) and xiangxi-prefecture-2021-fiveyear.txt (财政总收入).
    text = "“十四五”时期，产业增加值年均增加10%以上，财政总收入突破155亿元。\n"
    assert [kind for kind, _, _ in _figures(text, 2021)] == ["growth", "quantity"]


def test_a_span_of_years_from_the_plan_s_is_the_deadline() -> None:
    # extract-unseen-30/yongzhou-city-2025-minsheng.txt (三年) and extract-unseen-28/dali-prefecture-2025.txt (3—5年).
    text = "力争用三年时间引进培养医学博士30名。用3—5年时间增加税收50亿元以上。\n"
    assert deadlines(text, 2025) == [dt.date(2027, 12, 31), dt.date(2029, 12, 31)]


def test_the_same_growth_after_two_totals_is_two_targets() -> None:
    # extract-unseen-31/xiangxi-prefecture-2021-fiveyear.txt: "年均增长7%" names no indicator; each is its total's.
    text = "“十四五”时期，社会消费品零售总额350亿元以上，年均增长7%；全员劳动生产率达到5.2万元，年均增长7%。\n"
    growths = [c for c in _drafted(text, 2021) if c["kind"] == "growth"]
    assert [c["title"] for c in growths] == ["社会消费品零售总额增速（2021—2025）", "全员劳动生产率增速（2021—2025）"]
