"""Labels shown to people, in English and Chinese; JSON keys and status values stay English."""

from __future__ import annotations

import os

_ZH = {
    "id": "编号",
    "section": "部分",
    "title": "事项",
    "target": "目标",
    "latest": "最新值",
    "progress": "进度",
    "status": "状态",
    "deadline": "期限",
    "owner": "责任单位",
    "kind": "类型",
    "quote": "原文",
    "baseline_quote": "基数原文",
    "also_quotes": "另见原文",
    "baseline": "基数",
    "tags": "标签",
    "start": "开始",
    "tolerance": "容差",
    "pace": "进度差",
    "stale": "久未更新",
    "no figure": "未报送",  # at risk or overdue with no figure yet, counted apart from behind (issue 18)
    "date": "日期",
    "value": "数值",
    "note": "备注",
    "source": "来源",
    "problem": "存在问题",
    "by": "记录人",
    "recorded_at": "记录时间",
    "change": "变更",
    "commitment": "事项编号",
    "history": "历史",
    "total": "合计",
    "mean progress": "平均进度",
    "days late": "逾期天数",
    "also stated in": "另见",
    "carried from": "承接自",
    "elapsed": "时间进度",
    "final": "终值",
    "not_started": "未开始",
    "on_track": "正常推进",
    "at_risk": "进度滞后",
    "achieved": "已完成",
    "overdue": "已逾期",
    "missed": "未完成",
    "growth": "增长",
    "level": "水平",
    "quantity": "数量",
    "ceiling": "上限",
    "floor": "下限",
    "reduction": "压减",
    "milestone": "里程碑",
    "commitments": "项承诺",
    "no commitments match": "没有符合条件的承诺",
    "no changes recorded": "尚无变更记录",
    "nothing overdue": "没有逾期事项",
    "update": "更新",
    "edit": "修改",
    "recorded": "已记录",
    "as of": "截至",
    "problems": "问题",
    "no update in 60 days": "60天内无更新",
    "even pace": "均衡进度",
    "gap": "差距",
    "percentage points": "个百分点",
    "of the way": "全程的",
    "behind an even pace": "落后于均衡进度",
    "ahead of an even pace": "快于均衡进度",
    "at an even pace": "与均衡进度持平",
    "misses the target": "未达目标",
    "meets the target": "达到目标",
    "within the tolerance": "未达目标但在容差内",
    "unit": "单位",
    "title_en": "英文名称",
    "direction": "方向",
    "latest_value": "最新值",
    "latest_date": "最新日期",
    "(no owner)": "（未指定）",
    "ledger sheet": "台账",
    "template sheet": "填报",
    "a number": "请填写数字",
    # Directions and field names, so that --lang zh prints no English word (a milestone's states: model.py).
    "about": "左右",
    "at_most": "以内",
    "at_least": "以上",
}


def language(option: str | None) -> str:
    """'zh' or 'en': the --lang option, else the locale of messages (the first set of LC_ALL, LC_MESSAGES and
    LANG, as POSIX orders them) when it starts with zh, else English."""
    if option:
        return option
    locale = next((value for name in ("LC_ALL", "LC_MESSAGES", "LANG") if (value := os.environ.get(name))), "")
    return "zh" if locale.lower().startswith("zh") else "en"


def label(key: str, lang: str) -> str:
    """KEY in the chosen language (the English key itself when there is no Chinese label)."""
    if lang == "zh":
        shown = _ZH.get(key)
        if shown is None:
            from chengkou_tracker.model import MILESTONE_WORDS  # not at start-up: the model takes a while to import

            shown = MILESTONE_WORDS[key][0] if key in MILESTONE_WORDS else key
        return shown
    return key.replace("_", " ")
