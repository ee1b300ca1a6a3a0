"""The rules batch JJ (tests/data/extract-unseen-36/: 2021 reports and their 十四五 goals) taught the extractor."""

from __future__ import annotations

import datetime as dt

from tests.drafting import targets as _drafted


def test_breakthroughs_records_and_a_year_s_task_met_tell_results() -> None:
    # extract-unseen-36/liaoyang-city-2021-review.txt: a review of 2020 with no word of intent.
    text = (
        "（二）坚持“项目为王”，支撑作用日益凸显\n"
        "项目建设亮点纷呈。实施亿元以上项目208个，增长50.7%；完成投资131亿元。98个重点项目完成年度建设任务。\n"
        "要素供给保障有力。“三争取”工作取得历史性突破，到位上级资金133.4亿元。\n"
        "招商引资再创新高。开展招商活动420余次，新签约项目120个。\n"
    )
    assert _drafted(text, 2021) == []


def test_an_output_in_words_after_a_gloss_and_a_span_of_years_inside_the_period() -> None:
    # extract-unseen-36/jinzhong-city-2021-fiveyear.txt: 用三年时间…产值（含营收）过千亿 is due 2023, not 2025.
    text = "“十四五”时期，用三年时间推动示范区晋中开发区产值（含营收）过千亿。\n"
    [drafted] = _drafted(text, 2021)
    assert (drafted["target"], drafted["unit"], drafted["deadline"]) == (1000, "亿元", dt.date(2023, 12, 31))


def test_ratios_a_population_and_tourist_spending() -> None:
    # extract-unseen-36: tongren-city-2021.txt (之比下降到), xiaogan-city-2021-fiveyear.txt (比达到3：1, 旅游综合收入),
    # suining-city-2021-fiveyear.txt (人口突破).
    text = (
        "“十四五”时期，城乡居民人均可支配收入之比下降到3.02，农产品加工产值与农业总产值比达到3：1，"
        "旅游综合收入达400亿元，中心城区人口突破100万人。\n"
    )
    assert [c["kind"] for c in _drafted(text, 2021)] == ["ceiling", "level", "quantity", "level"]


def test_a_count_told_done_with_了_is_no_goal() -> None:
    # extract-unseen-36/suining-city-2021-fiveyear.txt: the pipeline already prepared, among the 十四五 goals.
    text = "“十四五”时期，地区生产总值年均增长7%以上。我们规划储备了1500余个重大项目，总投资超过2万亿元。\n"
    assert [(c["target"], c["unit"]) for c in _drafted(text, 2021)] == [(7, "%")]
