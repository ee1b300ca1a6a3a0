"""Recogniser: the figure a past-year sentence gives for the same metric, a commitment's baseline.

"2022年，地区生产总值增长3.9%" is no commitment, but it is where "地区生产总值增长7%左右" starts from.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from chengkou_tracker.extract.targets import ACTION, Target

# Words that say who or when, not what: "全县地区生产总值", "累计新增市场主体".
_NUMERALS = set("0123456789.零〇一二两三四五六七八九十百千万亿")
_NOT_METRIC = re.compile(r"^(?:全[县市区省州旗国]|累计|预计|实现|完成|新增|其中)+")


@cache
def metric(subject: str) -> str:
    """The name of what a figure measures, without the verb and place around it."""
    core = _NOT_METRIC.sub("", subject)
    action = ACTION.match(core)
    if action and len(core) - action.end() >= 2:
        core = core[action.end() :]
    return core.strip('、，,“”"')


@cache
def _common(a: str, b: str) -> int:
    """The length of the longest stretch of characters A and B share (names are short: tens of characters)."""
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    for size in range(len(shorter), 0, -1):
        if any(shorter[i : i + size] in longer for i in range(len(shorter) - size + 1)):
            return size
    return 0


def _same_metric(a: str, b: str) -> int:
    """How strongly two metric names agree: 0 when they are different things."""
    if not a or not b:
        return 0
    if a == b:
        return 100
    shorter = min(len(a), len(b))
    if shorter >= 3 and (a.endswith(b) or b.endswith(a)):
        return 50 + shorter
    common = _common(a, b)
    if common < max(4, 0.7 * shorter):
        return 0
    # A shorter name is the same metric only as an abbreviation of the longer one (规上 for 规模以上): every
    # character of it appears in the longer. Names that share a generic tail but differ in what they
    # qualify are different metrics (第一产业增加值, 高新技术产业增加值; 城乡居民收入, 全体居民收入).
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    # Numbers are written either way (100万元以上, 百万元以上), so they do not tell names apart.
    return common if all(char in long_ for char in short if char not in _NUMERALS) else 0


def baseline(target: Target, past: Sequence[Target]) -> Target | None:
    """The past statement of the same metric, unit and kind of change, if the report gives one."""
    name = metric(target.subject)
    best: tuple[int, Target] | None = None
    for statement in past:
        if statement.figure.unit != target.figure.unit:
            continue
        if (statement.kind == "growth") != (target.kind == "growth"):
            continue
        if target.list_index != statement.list_index and metric(statement.subject) == name:
            continue  # 城乡居民收入增长5.5%和8%: the second figure compares with the second
        score = _same_metric(name, metric(statement.subject))
        if score and (best is None or score > best[0]):
            best = (score, statement)
    return best[1] if best else None
