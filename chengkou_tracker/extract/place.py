"""Recogniser: the government that presents the report, by its name alone (城口县, 中宁县, 宁夏回族自治区)."""

from __future__ import annotations

import re

_NAME = r"[\u4e00-\u9fff]{2,12}?(?:自治县|自治州|自治区|省|市|县|区|旗|州)"
# Who presents the report: "我代表城口县人民政府", "城口县人民政府县长", "竹山县第十九届人民代表大会" (a copy may
# break the line inside it: "陵川县第十七届\n人民代表大会"), "咸阳市人民政府关于印发《…》的通知".
_PLACE = (
    re.compile(rf"({_NAME})人民政府"),
    re.compile(rf"({_NAME})第[一二三四五六七八九十]+届\s*人民代表大会"),
    # The report's title names it too: "2026年山西省政府工作报告" (a copy's front matter, lawtext/gov).
    re.compile(rf"({_NAME})(?:\d{{4}}年)?政府工作报告"),
)
# Not a name: a level alone ("自治区人民政府主席", 内蒙古 2026) or words around one ("代表县人民政府").
_NOT_A_PLACE = re.compile(r"^(?:代表|向|本|我|各|全|该|市|县|区|省|自治)")
# Words that end what comes before a name: "城口县县长…代表城口县人民政府", "关于…", and who speaks where:
# "陈博彰在长沙市第十六届人民代表大会…上作政府工作报告" (a photo caption, 长沙市 2026 in lawtext/gov).
_BEFORE_A_NAME = re.compile(r"^.*(?:代表|关于|在)|^受")


def find_place(text: str) -> str:
    """The government that presents the report, from its first pages; "" when they do not say."""
    head = text[:3000]
    for pattern in _PLACE:
        for match in pattern.finditer(head):
            name = _BEFORE_A_NAME.sub("", match.group(1))
            # A date runs into the name when the name follows it: "2026年1月14日在中宁县…", "2026年云溪县…".
            if match.start(1) > 0 and head[match.start(1) - 1].isdigit() and name[:1] in "年月日":
                name = re.sub(r"^[年月日]在?", "", name)
            if len(name) >= 2 and not _NOT_A_PLACE.match(name):
                return name
    return ""


# A document titled as an outline, on a line of its own: "**中华人民共和国国民经济和社会发展第十五个五年规划纲要**"
# (五年规划/2026-十五五规划纲要.md in lawtext/gov), "某省“十五五”规划纲要（草案）". A report that only names the
# outline it submits ("提请审查《…纲要（草案）》") has no such line.
_OUTLINE_TITLE = re.compile(r"[\u4e00-\u9fff“”]{0,40}规划(?:和[\u4e00-\u9fff〇\d]{2,12}远景目标)?纲要(?:（草案）)?")


def report_title(place: str, year: int, text: str) -> str:
    """The report's title: 云溪县2027年政府工作报告 (or the 国民经济和社会发展计划 or plan outline it is)."""
    for line in [line for line in text[:1000].split("\n") if line.strip()][:10]:
        name = re.sub(r"^title[:：]", "", line.strip(" #*"))  # a Markdown copy's front matter names it too
        if _OUTLINE_TITLE.fullmatch(name):
            return name
    kind = "国民经济和社会发展计划" if "国民经济和社会发展计划" in text[:500] else "政府工作报告"
    return f"{place}{year}年{kind}"
