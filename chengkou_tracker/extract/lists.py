"""What the targets of one clause share: a bound closing a list, a verb before its first item, the quote of a 分别 list,
and the 城乡 pair."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from chengkou_tracker.extract.targets import Target

# The direction the word after a figure gives it (以上, 左右, 以内…); the one table targets and lists read.
BOUND = {
    "及以上": "at_least",
    "以上": "at_least",
    "之上": "at_least",
    "左右": "about",
    "上下": "about",
    "以内": "at_most",
    "之内": "at_most",
    "以下": "at_most",
    "内": "at_most",
}
# A rate named with no verb of its own: "应届高校毕业生就业率保持95%以上、市场就业率70%以上" (西藏 2026,
# tests/data/extract-unseen-11/xizang-region-2026-tasks.txt).
_RATE_NAMED = re.compile(r"(?:率|比例|占比|比重)$")


def share_the_verb(text: str, found: list[Target]) -> None:
    """An item after 、 that names a rate and its figure and no verb is held as the item before it is: 保持95%以上、
    市场就业率70%以上 keeps both rates at their floors."""
    for first, second in itertools.pairwise(found):
        joined = text[first.figure.end : second.quote_start] == "、"
        bare = _RATE_NAMED.search(text[second.quote_start : second.figure.start]) is not None
        if (
            joined
            and bare
            and first.kind in ("floor", "ceiling")
            and second.kind == "level"
            and second.figure.unit == "%"
        ):
            second.kind = first.kind


def town_and_country(found: list[Target]) -> None:
    """Two figures for 城乡 (town and country) are, in that order, the town's and the country's, as every report
    writes them: "城乡居民人均可支配收入分别增长7%、8%左右" is 城镇居民… 7% and 农村居民… 8%."""
    for first, second in itertools.pairwise(found):
        pair = first.quote_start == second.quote_start and (first.list_index, second.list_index) == (0, 1)
        if pair and first.subject == second.subject and first.subject.startswith("城乡"):
            first.subject = "城镇" + first.subject[2:]
            second.subject = "农村" + second.subject[2:]


# The measure a list's last name ends with, shared by the names before it: "氮氧化物、挥发性有机物排放量分别下降8%以上",
# "城镇、农村居民人均可支配收入分别增长6%和7%", "制造业、高新技术产业投资分别增长10%、12%".
_SHARED_MEASURE = re.compile(r"(?:居民人均可支配收入|人均可支配收入|排放总量|排放量|投资|增加值|产值|总额)$")
# A name that ends in a measure of its own keeps it: 化学需氧量、氨氮排放量, 规模以上工业增加值、固定资产投资.
_OWN_MEASURE = re.compile(r"(?:量|额|值|率|数|度|收入|投资|规模|价格|指数)$")


def share_the_measure(names: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """NAMES of one list, those before the last given the measure it ends with (see _SHARED_MEASURE): 氮氧化物 is
    氮氧化物排放量, 城镇 城镇居民人均可支配收入."""
    measure = _SHARED_MEASURE.search(names[-1][1]) if len(names) > 1 else None
    if measure is None:
        return names
    shared = [(offset, name if _OWN_MEASURE.search(name) else name + measure.group(0)) for offset, name in names[:-1]]
    return [*shared, names[-1]]


def spread_bounds(found: list[Target]) -> None:
    """A trailing 左右 or 以上 bounds every figure before it in the clause in its unit (增长5%和7.5%左右); not one
    measured otherwise, which is a figure of its own: "全年实施重点项目1079个、完成投资1800亿元左右" (衢州市 2025,
    tests/data/extract-unseen-16/quzhou-city-2025.txt) leaves 1079个 plain."""
    bound, unit = "", ""
    for target in reversed(found):
        if target.figure.tail in ("左右", "以上", "及以上"):
            bound, unit = target.figure.tail, target.figure.unit
        elif bound and not target.figure.tail and target.kind != "ceiling" and target.figure.unit == unit:
            target.direction = BOUND[bound]


def whole_quote_for_respectively(found: list[Target]) -> None:
    """Each figure of "A、B分别增长x%、y%" is quoted with the whole list, which states them together."""
    groups: dict[int, list[Target]] = {}
    for target in found:
        groups.setdefault(target.quote_start, []).append(target)
    for members in groups.values():
        if len(members) > 1 and any(m.list_index for m in members):
            end = max(m.quote_end for m in members)
            for member in members:
                member.quote_end = end


_A_MEASURE = re.compile(
    r"(?:投资|收入|人次|人数|总额|总值|产值|增加值|营收|消费|规模|额|量)(?:分别|年均|全年|同比|实际)*$"
)


def each_grows(subject: str, listed: list[tuple[int, str]], after: str) -> bool:
    """Totals LISTED in SUBJECT with 、 or 和 before one growth each grow by it (tests/data/CONVENTIONS.md): "工业投资、
    民间投资年均增长6％左右" (陕西省 2026, tests/data/extract-unseen-71/shaanxi-province-2026-fiveyear.txt), "接待游客
    人次和旅游总收入增长10%以上" (苏州市 2026, tests/data/extract-unseen-72/suzhou-city-2026-tasks.txt).

    Names listed with 、 share the last one's measure (制造业、高新技术产业投资: two growths); 和 joins two measures or
    the places or fields of one (城市副中心和平原新城地区生产总值, 休闲农业和乡村旅游收入), which stays one. Not a
    modifier shared by one total (城镇、农村居民人均可支配收入), nor names with figures of their own AFTER the figure
    (和9%)."""
    if not re.search(r"[、和]", subject) or re.search(r"[与及等]", subject):
        return False
    own_figures = re.match(r"(?:左右|以上)?[和、及]\d", after) is not None
    measures = "和" not in subject or all(_A_MEASURE.search(name) for _, name in listed)
    return len(listed) > 1 and all(len(name) >= 3 for _, name in listed) and measures and not own_figures
