"""The rules batches CCC and DDD (tests/data/extract-unseen-55/, -56/: 2022 reports of 昭通, 泰州, 长治, 阜新, 鞍山 and
2025 reports of 宿州, 绥化, 衡水, 资阳, 滨州) taught the extractor."""

from __future__ import annotations

from tests.drafting import figures


def test_one_cumulative_figure_among_a_plans_tasks_does_not_make_it_a_review() -> None:
    # extract-unseen-56/suihua-city-2025-agriculture.txt: no time named, no strong word of intent, one 累计 among four
    # paragraphs of tasks (a result told in fewer than a third of them).
    text = (
        "（二）加快打造现代化农业样板。紧紧围绕“三大”“五化”目标，统筹推进“四个农业”。\n"
        "聚焦粮食产能提升。实施单产提升工程，粮食作物面积稳定在2730万亩以上，累计建成高标准农田1800万亩。\n"
        "统筹发展“四个农业”。实施种业提升工程，新建育繁推一体化基地10个。\n"
        "做强现代农业产业。实施农产品加工三年行动计划，新增规上农产品加工企业30户。\n"
        "深入践行大食物观。肉蛋奶供给能力稳定在160万吨以上。\n"
    )
    assert [target for _, target, _ in figures(text, 2025)] == [2730, 1800, 10, 30, 160]


def test_a_years_goal_completed_and_an_event_set_for_a_month_are_no_intent() -> None:
    # extract-unseen-56/binzhou-city-2025-review.txt and -56/ziyang-city-2025-review.txt.
    reviews = [
        "（四）改革开放步伐坚定。28项国家级改革试点通过验收，50项改革“破零”事项完成年度目标。财政透明度列全省第2位。\n",
        "——新兴产业突破发展。首片高效太阳能电池片将于3月下线，新签约项目同比增长了12%。\n",
    ]
    assert [figures(text, 2025) for text in reviews] == [[], []]
