"""The rules batches ZZZZ–EEEEE (tests/data/extract-unseen-104/ to -109/: 2023 reports of 10 provinces, 2022 reports of
17 prefectures, 2018 reports of 8 provinces, 2017 reports of 6 cities, 2020 reports of 10 prefectures) taught the
extractor, after their first runs."""

from __future__ import annotations

import datetime as dt

from tests.drafting import deadlines


def test_a_heading_that_opens_on_the_coming_five_years_sets_their_goals_whatever_it_calls_them() -> None:
    # extract-unseen-104/hainan-province-2023-fiveyear.txt: 今后五年工作总体考虑 was read as the year's own plan.
    text = "二、今后五年工作总体考虑\n海洋经济突破4000亿元，全社会研发投入强度提高到2%以上。\n"
    assert deadlines(text, 2023) == [dt.date(2027, 12, 31), dt.date(2027, 12, 31)]


def test_the_end_of_a_plan_named_as_a_horizon_is_that_plans_last_year() -> None:
    # extract-unseen-106/qujing-city-2022-fiveyear.txt: 到“十四五”末 among a 2022 term's goals is due 2025, 到2026年 2026.
    text = "二、今后五年的奋斗目标\n今后五年的奋斗目标是：到“十四五”末达5000亿元，到2026年达5500亿元。\n"
    assert deadlines(text, 2022) == [dt.date(2025, 12, 31), dt.date(2026, 12, 31)]
