"""The rules batches BBBB–EEEE (tests/data/extract-unseen-80/ to -83/: 2021 reports of 26 cities and provinces, with the
goals of the 十四五 period) taught the extractor."""

from __future__ import annotations

from tests.drafting import deadlines, figures


def _due(text: str) -> list[str]:
    return [str(day) for day in deadlines(text, 2021)]


def test_the_coming_five_years_written_with_a_digit_open_their_part() -> None:
    # extract-unseen-83/ningxia-region-2021-fiveyear-tasks.txt.
    text = "二、奋力开启全面建设社会主义现代化新征程\n今后5年，要在以下五个方面实现重大突破：\n（一）城镇化率达到65%以上，森林覆盖率达到20%。\n"
    assert _due(text) == ["2025-12-31", "2025-12-31"]


def test_a_later_sentence_opening_on_its_own_horizon_times_the_ones_after_it() -> None:
    # extract-unseen-81/jinan-city-2021-fiveyear.txt.
    text = (
        "二、“十四五”发展主要目标任务\n《纲要（草案）》明确了到2035年基本建成新时代现代化强省会的远景目标和“十四五”时期经济社会"
        "发展主要目标。到2035年，建成全国重要的区域经济中心。到2025年，科创济南基本建成。综合实力实现新跨越，地区生产总值年均增长"
        "7%，常住人口规模达到1000万人。\n"
    )
    assert _due(text) == ["2025-12-31", "2025-12-31"]


def test_a_vision_year_in_chinese_digits_is_its_horizon() -> None:
    # extract-unseen-82/guiyang-city-2021-fiveyear.txt.
    text = (
        "二、“十四五”时期主要目标\n到2025年，地区生产总值年均增长8%左右。"
        "到二〇三五年远景目标是：经济总量迈上万亿元台阶。\n"
    )
    assert _due(text) == ["2025-12-31", "2035-12-31"]


def test_a_mark_leapt_onto_or_a_rank_of_cities_joined_is_the_total_to_reach() -> None:
    # extract-unseen-82/kunming-city-2021-fiveyear.txt and extract-unseen-81/dalian-city-2021-fiveyear.txt.
    text = "二、“十四五”时期主要目标\n到2025年，经济总量跃上万亿台阶，力争经济总量迈入万亿城市行列。\n"
    assert figures(text, 2021) == [("quantity", 10000, "亿元"), ("quantity", 10000, "亿元")]
