"""The rules batches KK and LL (tests/data/extract-unseen-37/: 2025 reports; -38/: 2021 reports and their 十四五 goals)
taught the extractor."""

from __future__ import annotations

import datetime as dt

from tests.drafting import deadlines
from tests.drafting import targets as _drafted


def test_what_is_about_to_come_and_a_goal_set_by_another_body_are_no_plan() -> None:
    # extract-unseen-37/songyuan-city-2025-review.txt (即将迎来) and wuhai-city-2025-review.txt (完成自治区下达…目标).
    text = (
        "一是海绵城市建设扎实推进。累计实施“海绵城市+城市更新”项目12个，城区供热即将迎来热电联产新时代。\n"
        "——我们一以贯之守底线。债务风险等级在全区率先实现全域“退橙”，完成自治区下达空气质量优良天数目标，"
        "治理废弃矿山12个。\n"
    )
    assert _drafted(text, 2025) == []


def test_a_goal_moved_towards_and_a_general_s_memorial_plan_nothing() -> None:
    # extract-unseen-38/hechi-city-2021-review.txt: 逐步向千亿元产业目标迈进, 将军纪念园.
    text = (
        "工业经济扩量增效。新增面积连续3年排全区第一，规上工业增加值增长8.2%，逐步向千亿元产业目标迈进。\n"
        "现代服务业逐步回暖。建设项目89个，累计完成投资36亿元；新增东兰壮乡将军纪念园等4A级景区3个。\n"
    )
    assert _drafted(text, 2021) == []


def test_ratios_with_the_ratio_sign_and_coefficients_are_levels() -> None:
    # extract-unseen-37/baoshan-city-2025.txt (3∶1) and wuhai-city-2025-resources.txt (系数0.6).
    text = "今年，农产品加工业总产值与农业总产值之比达到3∶1，农田灌溉水有效利用系数达到0.6以上。\n"
    assert [(c["kind"], c["target"], c["unit"]) for c in _drafted(text, 2025)] == [("level", 3, ""), ("level", 0.6, "")]


def test_prices_held_are_a_ceiling_and_a_growth_held_a_growth() -> None:
    # extract-unseen-38/jiaozuo-city-2021.txt and nujiang-prefecture-2021-mixed.txt.
    text = "今年，地区生产总值增速保持在10%左右，居民消费价格指数稳定在3%左右。\n"
    assert [c["kind"] for c in _drafted(text, 2021)] == ["growth", "ceiling"]


def test_the_year_of_a_long_range_vision_is_its_goals_deadline() -> None:
    # extract-unseen-38/liaoyuan-city-2021-mixed.txt: "2035年远景目标是：…力争地区生产总值超过1000亿元".
    text = "2035年远景目标是：经济总量和城乡居民人均可支配收入比2020年翻一番，力争地区生产总值超过1000亿元。\n"
    assert deadlines(text, 2021) == [dt.date(2035, 12, 31)]


def test_a_text_naming_no_time_and_no_intent_that_tells_one_result_is_a_review() -> None:
    # The reviews of batches KK and LL (松原, 乌海, 河池) each named no year and no intent; one paragraph of results is
    # enough there, while a list of works (新建…, 改造…) tells none.
    text = (
        "城市更新扎实推进。改造老旧小区33个，交付棚改楼41栋，安置回迁房2028套。\n"
        "交通体系便捷通畅。机场吞吐量突破16万人次，创历史新高。\n"
        "民生保障更加有力。新增城镇就业1.2万人，发放创业担保贷款3.1亿元。\n"
    )
    assert _drafted(text, 2025) == []
    works = "城市更新。改造老旧小区33个，交付棚改楼41栋。\n民生保障。新增城镇就业1.2万人，发放创业担保贷款3.1亿元。\n"
    assert [c["target"] for c in _drafted(works, 2025)] == [33, 41, 1.2, 3.1]
