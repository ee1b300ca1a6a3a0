"""Stage 5: the recognisers' findings as draft commitments, in report order, ready for the ledger."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from chengkou_tracker.extract.baselines import PastFigures
from chengkou_tracker.extract.deadlines import deadline
from chengkou_tracker.extract.layout import Clause, Layout
from chengkou_tracker.extract.milestones import milestones
from chengkou_tracker.extract.targets import Target, targets

# A sentence that opens with its time applies it to every clause: "年底前，建成...，开工..."
_SENTENCE_TIME = re.compile(r"^(?:到\d{4}年(?:底)?|\d{4}年底前|年底前|上半年|[一二三]季度|\d{1,2}月底前)")
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
    reasons: list[str] = field(default_factory=list)
    also: list[tuple[str, str]] = field(default_factory=list)  # (section, quote) where it is stated again


def _title(subject: str, kind: str) -> str:
    title = subject.strip("、，,；; ")
    title = re.sub(r"(?:增长|达到|提高到|提升到)$", "", title)
    if kind == "growth" and not title.endswith(("增速", "增幅")):
        title += "增速"
    return title[:_TITLE_LENGTH]


def _words(text: str, clause: Clause) -> str:
    head = _SENTENCE_TIME.match(text[clause.sentence_start : clause.end])
    return (head.group(0) if head else "") + text[clause.start : clause.end]


def _target_draft(text: str, clause: Clause, target: Target, past: PastFigures, year: int) -> Draft:
    due, _given = deadline(_words(text, clause), year)
    draft = Draft(
        position=target.quote_start,
        kind=target.kind,
        section=clause.section,
        # "为800名适龄在校女学生免费接种HPV疫苗": no name before the figure; the clause's own words name it.
        title=_title(target.subject, target.kind) or _title(text[clause.start : clause.end], "quantity"),
        quote=text[target.quote_start : target.quote_end],
        deadline=due,
        target=target.figure.value,
        unit=target.figure.unit,
        direction=target.direction,
        reasons=list(target.reasons),
    )
    before = past.baseline(target)
    if before is not None:
        draft.baseline = before.figure.value
        # A baseline named in an earlier clause is quoted from its name: "国内生产总值达134.9万亿元,增长5%".
        draft.baseline_position = min(before.quote_start, before.named_at)
        draft.baseline_quote = text[draft.baseline_position : before.quote_end]
    return draft


def _unnamed(target: Target) -> bool:
    return not target.subject.strip("、，,；; ")


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


def drafts(text: str, layout: Layout) -> list[Draft]:
    """Every target and milestone the plan part states, restatements folded into the first."""
    stated_in: dict[int, list[Target]] = {}
    by_sentence: dict[int, int] = {}
    for clause in (*layout.past_clauses, *layout.clauses):
        stated_in[clause.start] = targets(text, clause.start, clause.end)
        by_sentence[clause.start] = clause.sentence_start
    _inherit_subjects(stated_in, by_sentence)
    past = PastFigures([found for clause in layout.past_clauses for found in stated_in[clause.start]])
    found: list[Draft] = []
    for clause in layout.clauses:
        stated = stated_in[clause.start]
        if stated:
            found.extend(_target_draft(text, clause, target, past, layout.year) for target in stated)
            continue
        for milestone in milestones(text, clause.start, clause.end):
            due, _given = deadline(_words(text, clause), layout.year)
            title = milestone.item
            if milestone.verb in ("开工", "开工建设", "启动") and not title.endswith(("开工", "启动")):
                title += "开工" if milestone.verb.startswith("开工") else "启动"
            found.append(
                Draft(
                    position=milestone.quote_start,
                    kind="milestone",
                    section=clause.section,
                    title=title[:_TITLE_LENGTH],
                    quote=text[milestone.quote_start : milestone.quote_end],
                    deadline=due,
                    reasons=list(milestone.reasons),
                )
            )
    return _fold_restatements(found)


def _fold_restatements(found: list[Draft]) -> list[Draft]:
    """A target stated twice in the same words (in 主要预期目标 and again in its section) is one draft."""
    first: dict[tuple[str, float | None, str], Draft] = {}
    kept: list[Draft] = []
    for draft in found:
        key = (draft.quote, draft.target, draft.unit)
        earlier = first.get(key)
        if earlier is not None and draft.kind != "milestone":
            if earlier.section != draft.section and draft.section not in (s for s, _ in earlier.also):
                earlier.also.append((draft.section, draft.quote))
            continue
        first[key] = draft
        kept.append(draft)
    return kept
