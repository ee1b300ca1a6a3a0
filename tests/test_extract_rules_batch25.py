"""The rules batch Y (tests/data/extract-unseen-25/, 2021 reports and their 十四五 goals) taught the extractor."""

from __future__ import annotations

import tomllib

from chengkou_tracker.extract import NothingToDraft, extract


def _drafted(text: str, year: int) -> list[tuple[str, float, str]]:
    """(kind, target, unit) of every target drafted from TEXT for YEAR; none when it plans nothing."""
    try:
        ledger = tomllib.loads(extract(text.encode(), "passage.txt", place="某市", year=year).toml)
    except NothingToDraft:
        return []
    return [(c["kind"], c["target"], c["unit"]) for c in ledger["commitment"] if c["kind"] != "milestone"]


def test_this_five_years_is_the_span_just_ended() -> None:
    # extract-unseen-25/huangshi-city-2020-fiveyear-review.txt: "——这五年，我们转型升级，…GDP年均增长5%" reviews.
    text = "——这五年，我们转型升级，经济发展爬坡过坎。GDP年均增长5%，总量达1690亿元、人均突破1万美元。\n"
    assert _drafted(text, 2020) == []


def test_foreign_capital_put_to_use_is_a_yearly_total_and_its_sum_a_quantity() -> None:
    # extract-unseen-25/changzhou-city-2021-fiveyear.txt: 实际使用外资 is 实际利用外资 in other words, a flow; summed over
    # five years it is a quantity.
    text = "“十四五”时期主要目标：累计实际使用外资超150亿美元。\n"
    assert _drafted(text, 2021) == [("quantity", 150, "亿美元")]
