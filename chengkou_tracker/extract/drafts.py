"""Stage 5: the recognisers' findings as draft commitments, in report order, ready for the ledger."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from dataclasses import replace as dc_replace

from chengkou_tracker.extract.baselines import PastFigures
from chengkou_tracker.extract.deadlines import deadline, span_end
from chengkou_tracker.extract.doubts import Doubt
from chengkou_tracker.extract.layout import Clause, Layout
from chengkou_tracker.extract.milestones import milestones
from chengkou_tracker.extract.progress import reports_progress, restated_totals, told_as_progress
from chengkou_tracker.extract.targets import Target, targets
from chengkou_tracker.extract.totals import yearly_total
from chengkou_tracker.extract.uncounted import ACTION
from chengkou_tracker.extract.worked import construction_carried_on

_ACTS = re.compile(ACTION.pattern.removeprefix("^"))

# A sentence that opens with its time, as a clause of its own, applies it to every clause that names no time of
# its own: "年底前，建成...，开工...". A time inside a clause is that clause's alone: in "上半年开工建设A，年底前
# 建成投用B", B is due at the year's end.
_SENTENCE_TIME = re.compile(r"^(?:到\d{4}年(?:底)?|\d{4}年底前|年底前|上半年|[一二三]季度|\d{1,2}月底前)(?=[，,])")
_TITLE_LENGTH = 24


@dataclass(slots=True)
class Draft:
    position: int
    kind: str
    section: str
    title: str
    quote: str
    deadline: dt.date
    target: float | None = None
    unit: str = ""
    direction: str = ""
    baseline: float | None = None
    baseline_quote: str = ""
    baseline_position: int = 0
    reasons: list[Doubt] = field(default_factory=list)
    also: list[tuple[str, str]] = field(default_factory=list)  # (section, quote) where it is stated again
    five_year: bool = False  # a goal for the coming five years, due at their end
    figure_at: int = 0  # where its figure stands in the quote: figures of one 分别 list share their quote


# What a title never keeps: a list's marker before it ("▶提档升级…", "4.为…"), the clause's punctuation after it
# ("…设施建成投用。"), and the leftovers of a figure it was cut around: "武汉至黄梅等9个…" keeps 等 inside the name
# but "引育研发型企业、企业研发中心等100家以上" ends at 等; "4万套（间）以上" leaves （间）以上 (武汉市 2026).
_TITLE_MARKS = re.compile(r"^(?:[▶►●•·■◆▲★☆◇□○◎▪*]|\d{1,2}[、.．](?!\d))+")
_TITLE_LEFTOVERS = re.compile(r"(?:[（(][间户套个][)）])?(?:及以上|以上|左右|以内|以下)?[。；;！!，,、：:\s]*$")


def _clean_title(title: str) -> str:
    title = _TITLE_MARKS.sub("", title.strip())
    if title.count("”") > title.count("“"):
        # "新建3所公办幼儿园”、“实施…" (始兴县 2021): a project's title in quotes ends at its closing quote.
        title = title[: title.index("”")]
    title = _TITLE_LEFTOVERS.sub("", title)
    return re.sub(r"等$", "", title) if len(title) > 3 else title


def _title(subject: str, kind: str) -> str:
    title = _clean_title(subject.strip("、，,；; "))
    # When it is due is no part of a name: "到2030年森林覆盖率" is 森林覆盖率; "能耗累计(下降)" is 能耗.
    title = re.sub(r"^(?:到|至)\d{4}年底?", "", title)
    title = re.sub(r"(?:增长|达到|提高到|提升到|累计)$", "", title.replace("分别", ""))  # 分别 names no measure
    title = re.sub(r"(?:将|再|首次)+$", "", title)  # how it comes about: "基础养老金月最低标准再(提高20元)"
    if kind == "growth" and not title.endswith(("增速", "增幅")):
        title += "增速"
    return title[:_TITLE_LENGTH]


_CLOSING = re.compile(r"收官|决战|冲刺|最后一年")


def _due(text: str, clause: Clause, year: int) -> dt.date:
    """When a clause's commitment is due: a five-year goal at its horizon; else the time the clause names, or
    the time its sentence opens with, or the end of the plan's year."""
    if clause.due_year:
        # A span of years inside the period's goals ends where it says: "用三年时间推动…产值过千亿" (晋中市 2021,
        # tests/data/extract-unseen-36/jinzhong-city-2021-fiveyear.txt) is due 2023.
        return span_end(text[clause.start : clause.end], year) or dt.date(clause.due_year, 12, 31)
    due, given = deadline(text[clause.start : clause.end], year)
    if given:
        return due
    head = _SENTENCE_TIME.match(text[clause.sentence_start : clause.end])
    if head:
        return deadline(head.group(0), year)[0]
    # A span of years before the clause in its sentence times it: an action of N years that opens the sentence (汉中市
    # 2021, deadlines._SPAN_OF_YEARS), or a clause that names only the span, wherever it stands: "…高质量发展，力争
    # 通过3年努力，培育…上市企业10家以上" (保定市 2023, tests/data/extract-unseen-51/baoding-city-2023.txt); the
    # nearest counts. Not an action the year closes: "高质量收官综合交通大会战三年行动，…打通断头路22条" (a 2026
    # report) is this year's work.
    before = re.split(r"[，,]", text[clause.sentence_start : clause.end])[:-1]
    for index in reversed(range(len(before))):
        part = before[index]
        if (index == 0 or len(part) <= 12) and not _CLOSING.search(part) and (end := span_end(part, year)):
            return end
    return due


_VERB_ALONE = re.compile(r"(?:拟|今年)?(?:设立|安排|新增|投入|下达|争取|发行|筹集|筹措|落实|统筹)")
_NAMED_AFTER = re.compile(r"[\u4e00-\u9fff“”（）]{2,}?(?=用于|支持|用以|[。；;！!]?$)")


def _five_year_title(title: str, clause: Clause, year: int) -> str:
    """地区生产总值年均增速 -> 地区生产总值年均增速（2026—2030）: a goal for the period never shares the year's name."""
    return f"{title}（{year}—{clause.due_year}）" if clause.due_year else title


def _target_draft(text: str, clause: Clause, target: Target, past: PastFigures, year: int) -> Draft:
    due = _due(text, clause, year)
    # "为800名适龄在校女学生免费接种HPV疫苗": no name before the figure; the clause's own words name it.
    title = _title(target.subject, target.kind) or _title(text[clause.start : clause.end], "quantity")
    # Money named after its figure: "设立1000亿元财政金融协同促内需专项资金", "安排8000亿元超长期特别国债资金用于…"
    # (2026 national report) would be titled by their verb alone. Only the title takes the name: the quote stays at the
    # money (安排8000亿元), which targets' verb-alone rule would stretch.
    named_after = _NAMED_AFTER.match(text, target.figure.end, clause.end)
    if _VERB_ALONE.fullmatch(title) and named_after:
        title = (title + named_after.group(0))[:_TITLE_LENGTH]
    kind = target.kind
    # A figure set for the period's end with no count and no verb of work ("人均地区生产总值突破3万美元") is where it
    # stands then: a level. A count of things to do over the period (新建公园20个以上) adds up, a quantity; so does a
    # flow, the year's sum ("经济总量达到4000亿元左右", "工业总产值突破2万亿元", tests/data/extract-unseen-8; see
    # extract/totals.py). Batches B and C labelled 鄂城区's and 江津区's GDP goals levels, batches D and H quantities.
    if (
        clause.due_year
        and kind == "quantity"
        and not target.figure.counting
        and not _ACTS.search(target.subject)
        and not yearly_total(text[target.quote_start : target.figure.start], target.figure.unit)
        # Named in an earlier clause: "全省地区生产总值年均增长5%左右、迈上3万亿元台阶" (贵州省 2026,
        # tests/data/extract-unseen-9/guizhou-province-2026-fiveyear.txt).
        and not (target.named_at < target.quote_start and yearly_total(target.subject, target.figure.unit))
        # Or only before it in the sentence, the mark passed with no name of its own: "地区生产总值年均增长5%以上，加速
        # 迈上两万亿元" (青岛市 2026, tests/data/extract-unseen-70/qingdao-city-2026-fiveyear.txt).
        and not (
            target.subject.strip() in ("", "加速", "加快", "力争", "全力")
            and yearly_total(text[max(0, target.quote_start - 40) : target.quote_start], target.figure.unit)
        )
        and not construction_carried_on(
            text[target.quote_start : target.figure.start], text[target.figure.end : clause.end]
        )
    ):
        kind = "level"
    draft = Draft(
        position=target.quote_start,
        kind=kind,
        section=clause.section,
        title=_five_year_title(title, clause, year),
        quote=text[target.quote_start : target.quote_end].rstrip("。；;！!，,、"),
        deadline=due,
        target=target.figure.value,
        unit=target.figure.unit + target.figure.gloss,
        direction=target.direction,
        reasons=[*target.reasons, *([Doubt(clause.doubt)] if clause.doubt else [])],
        five_year=bool(clause.due_year),
        figure_at=target.figure.start - target.quote_start,
    )
    before = past.baseline(target)
    if before is not None:
        draft.baseline = before.figure.value
        # A baseline named in an earlier clause is quoted from its name: "国内生产总值达134.9万亿元,增长5%".
        draft.baseline_position = min(before.quote_start, before.named_at)
        draft.baseline_quote = text[draft.baseline_position : before.quote_end]
    return draft


# Words that say how a figure changes, not what changes: "社会消费品零售总额350亿元以上，年均增长7%" (湘西州 2021,
# tests/data/extract-unseen-31/xiangxi-prefecture-2021-fiveyear.txt) names the total's growth.
_NO_NAME = re.compile(r"(?:年均|同比|分别|力争|比上年|较上年)+")


def _unnamed(target: Target) -> bool:
    return not _NO_NAME.sub("", target.subject.strip("、，,；; ")).strip("、，,；; ")


def _inherit_subjects(stated: dict[int, list[Target]], by_sentence: dict[int, int]) -> None:
    """Figures with no name before them name what was named last before them in the same sentence:
    "地区生产总值48670.37亿元，同比增长4.5%"; "一般公共预算收入增长5%、达到20亿元"; "接待游客510万人次、
    旅游综合收入10.3亿元，分别增长18.7%、16%" (a run of them takes as many names, in order);
    "2024年全县地区生产总值增长6%，2025年将力争增长7%左右"."""
    named: dict[int, list[Target]] = {}
    for start in sorted(stated):
        names = named.setdefault(by_sentence[start], [])
        found = stated[start]
        index = 0
        while index < len(found):
            if not _unnamed(found[index]):
                names.append(found[index])
                index += 1
                continue
            run = [found[index]]
            while index + len(run) < len(found) and _unnamed(found[index + len(run)]):
                run.append(found[index + len(run)])
            index += len(run)
            if not names:
                continue
            several = len(run) > 1 and len(names) >= len(run)
            chosen = names[-len(run) :] if several else [names[-1]] * len(run)
            for target, name in zip(run, chosen, strict=True):
                target.subject = name.subject
                target.named_at = name.quote_start
                if several:
                    target.list_index = 0  # a name of its own: no longer one of a list sharing a name


# Money a list of projects is to spend, then its rise with no name of its own: "预计投入资金2.5亿元,较2024年增长120%"
# (璧山区 2025, tests/data/extract-unseen-5/bishan-district-2025-minsheng.txt). The rise describes the budget; the
# amount is the commitment.
_FUNDS = re.compile(r"(?:投入|安排|筹措|统筹)[^，,；;]{0,6}资金$")


def _describes_a_budget(target: Target) -> bool:
    return target.kind == "growth" and target.named_at < (1 << 62) and _FUNDS.search(target.subject) is not None


# A stretch after the committed figure of the same indicator: "地区生产总值增长5.5%、力争6%" (临沂市 2025,
# tests/data/extract-unseen-14/linyi-city-2025.txt). The plan commits to 5.5%; 力争 hopes for more, as a range's upper
# end does (tests/data/CONVENTIONS.md: one target at the committed figure).
_STRETCH = re.compile(r"^(?:以上|左右)?[、，,]\s*(?:力争|争取|努力)(?:达到|实现|增长)?$")


def _stretches(text: str, stated: list[Target]) -> list[Target]:
    """STATED without a stretch figure that follows the committed one in the same unit."""
    kept: list[Target] = []
    for target in stated:
        before = kept[-1] if kept else None
        if (
            before is not None
            # Of any kind: "增长7%以上、力争达到8%" (山南市 2025, tests/data/extract-unseen-32/shannan-city-2025.txt)
            # stretches the growth, though 达到 alone would read as a level.
            and before.figure.unit == target.figure.unit
            and _STRETCH.match(text[before.figure.number_end : target.figure.start])
        ):
            continue
        kept.append(target)
    return kept


def drafts(text: str, layout: Layout) -> list[Draft]:
    """Every target and milestone the plan part states, restatements folded into the first."""
    stated_in: dict[int, list[Target]] = {}
    by_sentence: dict[int, int] = {}
    # The year's totals a progress report restates before the count done (progress.py).
    restated = [
        dc_replace(clause, start=start, end=end, past=False)
        for clause in layout.past_clauses
        for start, end in restated_totals(text, clause.start, clause.end)
    ]
    plan = sorted((*layout.clauses, *restated), key=lambda clause: clause.start)
    for clause in (*layout.past_clauses, *layout.clauses):
        stated_in[clause.start] = targets(text, clause.start, clause.end)
        by_sentence[clause.start] = clause.sentence_start
    _inherit_subjects(stated_in, by_sentence)
    stated_in = {start: [t for t in found if not _describes_a_budget(t)] for start, found in stated_in.items()}
    past = PastFigures([found for clause in layout.past_clauses for found in stated_in[clause.start]])
    stated_in.update({clause.start: targets(text, clause.start, clause.end) for clause in restated})
    found: list[Draft] = []
    for clause in plan:
        if reports_progress(text, (clause.start, clause.end), clause.sentence_start):
            continue
        stated = _stretches(text, stated_in[clause.start])
        if stated and not (
            stated := [
                t
                for t in stated
                if not told_as_progress(text, (clause.start, clause.end), (t.figure.start, t.figure.end))
            ]
        ):
            continue
        if stated:
            found.extend(_target_draft(text, clause, target, past, layout.year) for target in stated)
            continue
        for milestone in milestones(text, clause.start, clause.end):
            due = _due(text, clause, layout.year)
            title = _clean_title(milestone.item)
            if milestone.verb in ("开工", "开工建设", "启动") and not title.endswith(("开工", "启动")):
                title += "开工" if milestone.verb.startswith("开工") else "启动"
            found.append(
                Draft(
                    position=milestone.quote_start,
                    kind="milestone",
                    section=clause.section,
                    title=_five_year_title(title[:_TITLE_LENGTH], clause, layout.year),
                    quote=text[milestone.quote_start : milestone.quote_end],
                    deadline=due,
                    reasons=[*milestone.reasons, *([Doubt(clause.doubt)] if clause.doubt else [])],
                    five_year=bool(clause.due_year),
                )
            )
    return _unique_titles(
        _fold_named_targets(text, _fold_headlines(text, _fold_restatements(_fold_cells(text, found))))
    )


def _fold_cells(text: str, found: list[Draft]) -> list[Draft]:
    """A table's cell that repeats the count of the cell before it in the same row restates it: "实施20所公办中小学
    清凉工程(一期) | 对20所学校的配电房及供电线路进行改造" (奉化区's progress table, tests/data/extract-unseen-15) is
    20 schools once, named in the first cell."""
    kept: list[Draft] = []
    for draft in found:
        before = kept[-1] if kept else None
        if (
            before is not None
            and draft.kind != "milestone"
            and (before.kind, before.target, before.unit) == (draft.kind, draft.target, draft.unit)
            and text.count("|", before.position, draft.position) == 1
            and not re.search(r"[\n。；;]", text[before.position : draft.position])
        ):
            continue
        kept.append(draft)
    return kept


# What a headline calls a target is no part of its name: "生产总值预期目标增长5.5%以上" names 生产总值.
_TARGET_WORDS = re.compile(r"(?:主要)?(?:预期)?目标|预期")


def _on_a_headline(text: str, position: int) -> bool:
    """Whether POSITION is on a short line that ends no sentence: a news report's subheading."""
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return len(line) <= 40 and not line.endswith(("。", "！", "？", "；", ";", "!", "?"))


def _fold_headlines(text: str, found: list[Draft]) -> list[Draft]:
    """A subheading that restates a target the text below states (the same measure, figure, kind and deadline) is
    no second draft: "锚定“十五五”,生产总值预期目标增长5.5%以上" over "…主要预期目标是:生产总值增长5.5%以上"
    (咸阳市 2026, tests/data/extract-unseen-7/xianyang-city-2026.txt). The draft quotes the text, which says it in
    full."""
    stated: dict[tuple[str, str, float | None, str, str, dt.date], list[Draft]] = {}
    for draft in found:
        if draft.kind != "milestone":
            measure = _TARGET_WORDS.sub("", draft.title)
            stated.setdefault(
                (draft.kind, measure, draft.target, draft.unit, draft.direction, draft.deadline), []
            ).append(draft)
    restated: set[int] = set()
    for drafts_of_one in stated.values():
        if len(drafts_of_one) > 1:
            kept = [d for d in drafts_of_one if not _on_a_headline(text, d.position)]
            if kept:
                restated.update(id(d) for d in drafts_of_one if d not in kept)
    # A news report's headline and lead sum up the figures its body gives, in their own words: "肇庆:2025年GDP力争突破
    # 3000亿元", "南都讯 记者蔡雯 2025年,肇庆市要实现GDP(地区生产总值)增长5%左右,总量力争突破3000亿元" over the body's
    # "确保地区生产总值突破3000亿元" and "地区生产总值增长5%左右" (肇庆市 2025,
    # tests/data/extract-unseen-19/zhaoqing-city-2025.txt). The figure, its bound and its time are the same; the name
    # is not.
    figures = [d for d in found if d.kind != "milestone"]
    lead = {id(d) for d in figures if _in_the_lead(text, d.position)}
    last_in_body: dict[tuple[float | None, str, str, dt.date], int] = {}
    for d in figures:
        if id(d) not in lead:
            same = (d.target, d.unit, d.direction, d.deadline)
            last_in_body[same] = max(last_in_body.get(same, -1), d.position)
    for draft in figures:
        if (
            id(draft) in lead
            and last_in_body.get((draft.target, draft.unit, draft.direction, draft.deadline), -1) > draft.position
        ):
            restated.add(id(draft))
    return [draft for draft in found if id(draft) not in restated]


# A news report's lead opens with its byline: "南都讯 记者蔡雯", "新华社北京3月5日电".
_BYLINE = re.compile(r"[^，,。\n]{0,20}?(?:讯|电)(?:\s|[（(]|记者)")


def _in_the_lead(text: str, position: int) -> bool:
    """Whether POSITION is on a news report's headline or in its lead (the paragraph after its byline)."""
    paragraph_start = text.rfind("\n", 0, position) + 1
    return _on_a_headline(text, position) or _BYLINE.match(text, paragraph_start) is not None


# A figure attained as a target's name, with no measure before it ("要实现5.5%的增长目标", 柳州市 2026,
# tests/data/extract-unseen-18/liuzhou-city-2026.txt), points back to the target stated before with it; one with its
# measure before it ("为全年增长5.5%左右的目标夯实基础", the same text) states it.
_NAMES_A_TARGET = re.compile(r"[\d.]+%?[^，,。]{0,4}的[^，,。\d]{0,4}目标")
_ATTAINED = re.compile(r"(?:实现|完成|达成)$")


def _fold_named_targets(text: str, found: list[Draft]) -> list[Draft]:
    """Drafts whose quote is only a figure naming a target (see _NAMES_A_TARGET) that was drafted before, dropped."""
    kept: list[Draft] = []
    for draft in found:
        named = draft.kind != "milestone" and _NAMES_A_TARGET.match(draft.quote) is not None
        named = named and _ATTAINED.search(text, max(0, draft.position - 2), draft.position) is not None
        if named and any((k.target, k.unit) == (draft.target, draft.unit) for k in kept if k.kind != "milestone"):
            continue
        kept.append(draft)
    return kept


def _fold_restatements(found: list[Draft]) -> list[Draft]:
    """A commitment stated twice in the same words (in 主要预期目标 and again in its section; a project named in
    the year's work and again in a list of people's-livelihood projects) is one draft. Equal figures of one 分别 list
    are not: "一产、二产、三产增加值分别增长5%左右、5%以上、5%左右" (宁夏 2026,
    tests/data/extract-unseen-10/ningxia-region-2026-fiveyear.txt) is three targets with one quote."""
    first: dict[tuple[bool, str, str, float | None, str, dt.date, int], Draft] = {}
    kept: list[Draft] = []
    for draft in found:
        key = (
            draft.kind == "milestone",
            draft.title,  # the same words of two indicators ("年均增长7%" after each) are two targets
            draft.quote,
            draft.target,
            draft.unit,
            draft.deadline,
            draft.figure_at,
        )
        earlier = first.get(key)
        if earlier is not None:
            if earlier.section != draft.section and draft.section not in (s for s, _ in earlier.also):
                earlier.also.append((draft.section, draft.quote))
            continue
        first[key] = draft
        kept.append(draft)
    return kept


def _unique_titles(found: list[Draft]) -> list[Draft]:
    """Every title in a ledger is its own: a repeated one gets its number in the report's order, 城镇新增就业（2）,
    and a reason to review it (two names that read alike are often one figure drafted twice, or two misnamed)."""
    seen: dict[str, int] = {}
    for draft in sorted(found, key=lambda d: d.position):
        count = seen.get(draft.title, 0) + 1
        seen[draft.title] = count
        if count > 1:
            title = f"{draft.title}（{count}）"
            draft.reasons.append(Doubt("doubt.title twice", title=draft.title))
            draft.title = title
            seen[title] = 1
    return found
