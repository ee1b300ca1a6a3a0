"""Stage 2: one line per paragraph, with the forms real copies vary in made the same.

Real copies of a report write digits full-width (２０２４), put stray spaces inside figures
(增长 5.5%, 6 . 5%) and, when copied out of a PDF, break paragraphs in mid-sentence.
Chinese punctuation is kept as written: recognisers accept both ， and , .
"""

from __future__ import annotations

import re

_FULL_WIDTH = str.maketrans(
    {chr(0xFF10 + i): str(i) for i in range(10)}
    | {chr(0xFF21 + i): chr(0x41 + i) for i in range(26)}
    | {chr(0xFF41 + i): chr(0x61 + i) for i in range(26)}
    | {"％": "%", "．": ".", "\u00a0": " ", "\u3000": " ", "\t": " "}
)
# A space is kept only between two Latin letters (ISO 9001 stays readable); elsewhere it is noise:
# "增长 5.5%", "6 . 5%", "2025 年".
_STRAY_SPACE = re.compile(r"(?<![A-Za-z]) +| +(?![A-Za-z])")
_SENTENCE_END = "。！？；：!?;:”」』…"
# A line that starts a part or a section: 一、 （一） (一) 1. 第一部分 ——
_HEADING_START = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]"
    r"|第[一二三四五六七八九十]+部分|\d+[、.．](?!\d)|——)"
)


# A source mark of a web summary: "选出10项 [1] 项目一:…" (京口区 2026, tests/data/extract-unseen-2).
_SOURCE_MARK = re.compile(r"\[\d{1,3}\]")
# A pinyin gloss after a character, as a mirror's copy prints one inside words and units (陕西省 2021,
# tests/data/extract-unseen-4/shaanxi-province-2021-garbled.txt: 增長(zhǎng), 萬(wàn)元). Only a syllable with a tone
# mark is a gloss: (NR), (a) are text.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_PINYIN_GLOSS = re.compile(rf"(?<=[\u4e00-\u9fff])\((?=[a-zü]*[{_TONED}])[a-zü{_TONED}]{{1,6}}\)")
# A garbled copy that turned every decimal point into a full stop: "研发经费收入占地域出产总值比沉达4。85%"
# (虎丘区 2025, tests/data/extract-unseen-19/huqiu-district-2025-garbled.txt). Read as a point only between digits,
# with at most three digits after it and a unit right after them (not a year, month or day a sentence opens with).
_POINT_AS_STOP = re.compile(r"(?<=\d)。(?=\d{1,3}(?![\d年月日号])[^\s。，,；;：:、！？!?）)”])")
_PUNCTUATION = re.compile(r"[。，,；;！？!?]")
# A Markdown copy marks its headings ("## 一、…", "**一、把铸牢中华民族共同体意识作为…主线**", 内蒙古自治区 2026 in the
# lawtext/gov collection), and the bold lead of a section runs into its paragraph ("**（一）壮大实体经济，推动高质量
# 发展。**持续把…", 福建省 2026 there): the marks go, the words stay, so the line is read as the heading it is.
_MARKDOWN_HEADING = re.compile(r"^(?:#{1,6} *)?(\*\*|__)(?P<words>[^*_]+)\1|^#{1,6} +")
# The " - " bullets of a web summary run into one line, each ending in its source marks, a heading standing after
# the marks of the bullet before: "…重要门户[1][4][5] “十四五”时期发展回顾 - 过去五年是…[2] - 五年来…" (海南省 2026,
# tests/data/extract-unseen-7/hainan-province-2026-fiveyear-summary.txt). Two or more bullets make a list; one
# " - " is a byline's ("TUhjnbcbe - 2025/5/14").
_RUN_IN_BULLET = re.compile(r" +- +")
_MARKS_THEN_TEXT = re.compile(r"((?:\[\d{1,3}\])+) +(?=[^ \-])")
# A part heading joined into its paragraph by a space, after the sentence before it ended (a PDF copy of one
# paragraph, 上海市 2026): "请予审议。 一、2025年工作回顾 2025年是…".
_RUN_IN_HEADING = re.compile(r"(?<=[。！？：:]) +([一二三四五六七八九十]+、[^。，,；;：:！？ ]{2,30}) +")


def _phrases(line: str) -> list[str]:
    """LINE as the lines it stands for.

    A summary copied without its punctuation writes a space where each phrase ends ("共征集意见建议70余条 从13项
    候选项目中选出10项 [1] 项目一:病有所医 - 实施…", 京口区 and 扬中市 2026): a long line with spaces and no
    sentence punctuation is read one phrase a line, as the items of a list. A line with punctuation keeps its
    spaces as stray ones; only a part heading run into it is put on a line of its own, and each of its bullets
    when they are " - " ones run together.
    """
    marked = _MARKDOWN_HEADING.match(line)
    if marked:
        line = ((marked.group("words") or "") + line[marked.end() :]).strip(" ")
    if len(_RUN_IN_BULLET.findall(line)) >= 2 and _PUNCTUATION.search(line):
        line = _RUN_IN_BULLET.sub("\n", _MARKS_THEN_TEXT.sub("\\1\n", line))
        return [_SOURCE_MARK.sub("", part).strip(" ") for part in line.split("\n")]
    line = _SOURCE_MARK.sub("", line)
    # A table's row, its cells joined by " | ", is one line whatever its spaces: "序号 | 项目名称 | 起止 年限 | 子项目 |
    # 具体内容 | 具体完成情况" (奉化区's progress table, tests/data/extract-unseen-15/fenghua-district-2025-minsheng-
    # progress-table.txt); read a phrase a line, its column heads would be taken for headings (具体完成情况: a review).
    if len(line) >= 50 and line.count(" ") >= 3 and not _PUNCTUATION.search(line) and line.count("|") < 2:
        return [phrase for phrase in line.split(" ") if phrase]
    return _RUN_IN_HEADING.sub(lambda match: "\n" + match.group(1) + "\n", line).split("\n")


def looks_like_heading(line: str) -> bool:
    """A short line that opens a part or section (一、2024年工作安排; （一）...)."""
    return bool(_HEADING_START.match(line)) and len(line) <= 60


def _width(line: str) -> int:
    return sum(2 if "\u2e80" <= char <= "\uffef" else 1 for char in line)


def _unfinished(line: str) -> bool:
    return bool(line) and not line.endswith(tuple(_SENTENCE_END)) and not looks_like_heading(line)


def _wrap_width(lines: list[str]) -> int | None:
    """The width a PDF copy was wrapped at: several unfinished lines about as wide as the widest of them.

    A headline or a title is also a line without a full stop, but it stands alone: lines are joined
    only where the text shows the regular width of wrapping.
    """
    widths = [_width(line) for line in lines if _unfinished(line)]
    if not widths or max(widths) < 30:
        return None
    widest = max(widths)
    # No line of a wrapped text is much wider than the wrapping; where whole paragraphs are, the short unfinished lines
    # are a news report's subheadings: "锚定“十五五”,生产总值预期目标增长5.5%以上" over a paragraph of 184 (咸阳市 2026,
    # tests/data/extract-unseen-7/xianyang-city-2026.txt).
    if max(_width(line) for line in lines) > 2 * widest:
        return None
    near = [width for width in widths if width >= 0.8 * widest]
    return int(0.8 * widest) if len(near) >= 2 else None


def clean(text: str) -> str:
    """TEXT with full-width digits made ASCII, stray spaces gone and hard-wrapped paragraphs rejoined."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").translate(_FULL_WIDTH)
    text = _PINYIN_GLOSS.sub("", _POINT_AS_STOP.sub(".", text))
    lines = [
        _STRAY_SPACE.sub("", phrase.strip(" ")) for line in text.split("\n") for phrase in _phrases(line.strip(" "))
    ]
    wrapped_at = _wrap_width(lines)
    paragraphs: list[str] = []
    joinable = False
    for line in lines:
        if not line:
            paragraphs.append("")
            joinable = False
            continue
        if joinable and not looks_like_heading(line):
            paragraphs[-1] += line
        else:
            paragraphs.append(line)
        # A line as wide as the wrapping that does not end a sentence was broken in the middle of one.
        joinable = wrapped_at is not None and _unfinished(line) and _width(line) >= wrapped_at
    return "\n".join(paragraphs)
