"""The rules round 17 (batches JJJJJJ–OOOOOO, tests/data/extract-unseen-140/ to -145/) and the check of deadlines it
led to taught the extractor, after the round's first run."""

from __future__ import annotations

import datetime as dt

from tests.drafting import deadlines, figures


def test_a_task_heading_that_wishes_for_results_is_no_review() -> None:
    # extract-unseen-141/dongguan-city-2026-land-urban-renewal.txt drafted nothing: "取得新的更大成效" read as a review
    # heading, and in the whole 东莞 2026 report every task of part 六 was lost with it.
    dongguan = (
        "“十五五”发展目标及2026年工作安排\n2026年是“十五五”规划的开局之年。\n"
        "六、全力实施“人居环境提升”行动，推动“百千万工程”取得新的更大成效\n完成收储土地5000亩，整备低效用地1万亩。\n"
    )
    assert figures(dongguan, None) == [("quantity", 5000, "亩"), ("quantity", 1, "万亩")]
    other = "三、2027年重点工作\n四、奋力推动县域经济取得更好成绩\n新建高标准农田2万亩。\n"
    assert figures(other, None) == [("quantity", 2, "万亩")]
    # extract-unseen-145/tianjin-city-2026-investment-opening.txt: "（五）加快释放改革开放成效" lost 外资 and 外贸.
    tianjin = "三、2026年重点工作\n（五）加快释放改革开放成效\n实际使用外资40亿美元，外贸进出口超8500亿元。\n"
    assert figures(tianjin, None) == [("quantity", 40, "亿美元"), ("quantity", 8500, "亿元")]
    # Results that were had are still a review: "三、生态环境治理取得显著成效" under the year's review.
    review = (
        "一、2025年工作回顾\n三、生态环境治理取得显著成效\n完成造林1.2万亩。\n四、改革开放成效显著\n外贸进出口增长5%。\n"
        "二、2026年工作安排\n新建公园3个。\n"
    )
    assert figures(review, None) == [("quantity", 3, "个")]


def test_the_years_targets_announced_after_the_periods_goals_are_the_years() -> None:
    # 太原市 2026 (lawtext/gov): under "二、“十五五”时期目标任务和2026年工作安排" the year's work opens on "看五年，想三年，干
    # 一年" and "今年主要预期目标是："; every task of the year was drafted due 2030.
    taiyuan = (
        "二、“十五五”时期目标任务和2026年工作安排\n“十五五”时期，到2030年地区生产总值突破8000亿元。\n"
        "各位代表，看五年，想三年，干一年，起步最关键。\n根据市委部署，今年主要预期目标是：地区生产总值增长5%左右。\n"
        "（一）聚焦扩大有效投资。新建5G基站1000个。\n"
    )
    assert deadlines(taiyuan, None) == [dt.date(2030, 12, 31), dt.date(2026, 12, 31), dt.date(2026, 12, 31)]
    # The same in another form: the year's requirements ("全年工作的总体要求是") after a 2027 report's period goals.
    other = (
        "二、今后五年目标任务和2027年工作安排\n今后五年，全县森林覆盖率达到70%。\n全年工作的总体要求是：稳中求进。"
        "新建村级寄递物流站点30个。\n"
    )
    assert deadlines(other, None) == [dt.date(2031, 12, 31), dt.date(2027, 12, 31)]
