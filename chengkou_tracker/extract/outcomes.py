"""The closed year's outcomes, read from the next report's review part and matched to the old ledger's commitments.

"2026年，全县地区生产总值增长6.3%" in the 2027 report is the outcome of the 2026 ledger's 地区生产总值增速 target.
A review figure matches the commitment that measures the same thing (metric words, unit, growth or not); a
project is done only where the review says it was finished, and a project it calls delayed gets only a note.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import NamedTuple

from chengkou_tracker.errors import UsageError
from chengkou_tracker.extract.baselines import _same_metric as same_metric
from chengkou_tracker.extract.baselines import metric
from chengkou_tracker.extract.carry import project
from chengkou_tracker.extract.clean import clean
from chengkou_tracker.extract.decode import decode
from chengkou_tracker.extract.layout import Clause, find_year, lay_out
from chengkou_tracker.extract.place import find_place, report_title
from chengkou_tracker.extract.targets import Target, targets
from chengkou_tracker.model import Commitment, Kind, Ledger

# A sentence that says a project was finished (建成投运, 竣工, 开工建设 for a start) or put off.
_DONE = re.compile(r"建成|竣工|完工|投运|投用|投产|通车|完成(?!率)|落成")
_STARTED = re.compile(r"开工|开建|动工|启动")
_DELAYED = re.compile(r"延至|推迟|延期|滞后|未完成|未能|未按期|顺延")
# Figures of a longer period (十四五, 五年来, 年均) are no outcome of one year.
_PERIOD = re.compile(r"五年|十四五|年均|累计")
_SENTENCE = re.compile(r"[^。；;！!？?\n]+")


@dataclass(frozen=True)
class Outcome:
    """One row of the import file: a commitment's figure (or state) at the year's end, with its sentence."""

    commitment: str
    date: dt.date
    value: float | str
    final: bool
    note: str


@dataclass(frozen=True)
class Outcomes:
    rows: tuple[Outcome, ...]
    delayed: tuple[tuple[str, str], ...]  # (commitment id, the sentence that puts it off): a note, no figure
    unmatched: tuple[str, ...]  # review figures that measure nothing in the ledger, as quoted
    source: str = ""  # the new report's title, each row's source

    @property
    def final(self) -> int:
        return sum(1 for row in self.rows if row.final)

    @property
    def milestones(self) -> int:
        return sum(1 for row in self.rows if isinstance(row.value, str))


def _metric(subject: str) -> str:
    """What a figure measures, without the period it is counted over (地区生产总值年均 is 地区生产总值)."""
    return re.sub(r"年均|年$", "", metric(subject))


def _subject(commitment: Commitment) -> tuple[str, int]:
    """What COMMITMENT measures, read from its quote like a report sentence, and its place in a 分别 list."""
    found = targets(commitment.quote, 0, len(commitment.quote))
    for index, target in enumerate(found):
        if commitment.target is not None and abs(target.figure.value - commitment.target) < 1e-9:
            return _metric(target.subject), index if len(found) > 1 else 0
    return _metric(commitment.title), 0


def _score(review: Target, review_index: int, commitment: Commitment, subject: str, index: int) -> int:
    if commitment.kind is Kind.MILESTONE or (commitment.unit or "") != review.figure.unit:
        return 0
    if (review.kind == "growth") != (commitment.kind is Kind.GROWTH):
        return 0
    if review_index != index and _metric(review.subject) == subject:
        return 0  # 城乡居民收入分别增长5.2%和7.0%: the second figure is the second commitment's
    return same_metric(_metric(review.subject), subject)


# "地区生产总值193.3亿元、增长6%" (延津县, 2025): a growth right after an amount, joined by 、 or ，, is the
# amount's growth.
_JOINED = re.compile(r"[、，,]?")


class _Stated(NamedTuple):
    """A figure of the review part: its place in its 分别 list, its sentence, and where its words start."""

    target: Target
    place: int  # in its 分别 list
    sentence: str
    quoted_from: int
    amount: bool = False  # an amount whose growth follows: 地区生产总值193.3亿元 of 地区生产总值193.3亿元、增长6%


def _past_targets(text: str, clauses: tuple[Clause, ...]) -> list[_Stated]:
    """Every figure of the review part (see _Stated); a growth after an amount takes the amount's subject."""
    found: list[_Stated] = []
    for clause in clauses:
        sentence = _SENTENCE.match(text, clause.sentence_start)
        words = sentence.group() if sentence else text[clause.start : clause.end]
        if _PERIOD.search(text[clause.start : clause.end]):
            continue
        for target in targets(text, clause.start, clause.end):
            start = target.quote_start
            if not target.subject and found and target.kind == "growth":
                before = found[-1].target
                if before.subject and _JOINED.fullmatch(text[before.quote_end : target.quote_start]):
                    found[-1] = found[-1]._replace(amount=True)
                    target, start = replace(target, subject=before.subject), found[-1].quoted_from
            found.append(_Stated(target, target.list_index, words, start))
    return found


def outcomes(ledger: Ledger, data: bytes, name: str) -> Outcomes:
    """The outcomes of LEDGER's year stated in the review part of the next year's report (DATA, a file NAME)."""
    year = ledger.report.year
    text = clean(decode(data, name))
    # Only the next year's report reviews the ledger's year: the report of the ledger's own year (or any other)
    # would close it with another year's figures, all "final". A text that names no year is taken as the next.
    try:
        planned, _ = find_year(text, None)
    except UsageError:
        planned = year + 1
    if planned != year + 1:
        raise UsageError("outcomes.wrong year", name=name, planned=planned, year=year, next=year + 1)
    layout = lay_out(text, year + 1)
    review = [c for c in layout.past_clauses if str(year + 1) not in text[c.start : c.end]]
    closing = dt.date(year, 12, 31)
    numeric = [c for c in ledger.commitments.values() if c.kind is not Kind.MILESTONE]
    subjects = {c.id: _subject(c) for c in numeric}
    best: dict[str, tuple[int, Outcome]] = {}
    unmatched: list[str] = []
    for target, index, sentence, quoted_from, amount in _past_targets(text, tuple(review)):
        fell = _fell(text, target)
        if fell:  # 固定资产投资下降2.1%: a growth of -2.1%, read as a reduction by the plan's rules
            target = replace(target, kind="growth")
        matched = False
        for commitment in numeric:
            score = _score(target, index, commitment, *subjects[commitment.id])
            if not score:
                continue
            matched = True
            value = -target.figure.value if fell else target.figure.value
            row = Outcome(commitment.id, closing, value, commitment.deadline <= closing, sentence)
            if commitment.id not in best or score > best[commitment.id][0]:
                best[commitment.id] = (score, row)
        if not matched and not amount:  # an amount stated with its growth is one figure, listed once
            unmatched.append(text[quoted_from : target.quote_end])
    done, delayed = _milestones(ledger, text, review, closing)
    rows = sorted([row for _, row in best.values()] + done, key=lambda row: _order(ledger, row.commitment))
    source = report_title(find_place(text) or ledger.report.place, year + 1, text)
    # A 分别 list that matches nothing is quoted once, not once a figure.
    return Outcomes(tuple(rows), tuple(delayed), tuple(dict.fromkeys(unmatched)), source)


# The columns `import` reads, in the order a clerk checks them.
IMPORT_FIELDS = ("id", "date", "value", "final", "note", "source")


def outcomes_csv(found: Outcomes, lang: str = "en") -> bytes:
    """FOUND's rows as a CSV file `import` reads (UTF-8 with a byte-order mark, for Excel): headed by the field
    names, or with --lang zh by their labels (编号, 日期, 数值, 终值...) with 是 and 否 for final, as the 台账 is."""
    from chengkou_tracker.output.formats import to_csv
    from chengkou_tracker.output.sheets import csv_bytes, header

    yes, no = ("是", "否") if lang == "zh" else (True, False)
    headers = [header(key, lang) for key in IMPORT_FIELDS]
    records = [
        dict(
            zip(
                headers,
                (row.commitment, row.date.isoformat(), row.value, yes if row.final else no, row.note, found.source),
                strict=True,
            )
        )
        for row in found.rows
    ]
    return csv_bytes(to_csv(records, headers))


def _fell(text: str, target: Target) -> bool:
    """Whether the review says the figure fell (固定资产投资下降2.1%): a growth of -2.1%."""
    before = text[target.quote_start : target.figure.start]
    return target.figure.unit == "%" and re.search(r"下降|减少|回落", before) is not None


def _order(ledger: Ledger, commitment_id: str) -> int:
    return list(ledger.commitments).index(commitment_id)


def _milestones(
    ledger: Ledger, text: str, review: list[Clause], closing: dt.date
) -> tuple[list[Outcome], list[tuple[str, str]]]:
    """Milestones the review says were done (or started, for a start) and those it says were put off."""
    done: list[Outcome] = []
    delayed: list[tuple[str, str]] = []
    for commitment in ledger.commitments.values():
        if commitment.kind is not Kind.MILESTONE:
            continue
        name = project(commitment.title) or commitment.title
        for clause in review:
            words = text[clause.start : clause.end]
            if len(name) < 3 or name not in words:
                continue
            found = _SENTENCE.match(text, clause.sentence_start)
            sentence = found.group() if found else words
            if _DELAYED.search(sentence):  # 受征地影响，建设进度滞后，竣工延至2027年上半年: put off
                delayed.append((commitment.id, sentence))
            elif _DONE.search(words):
                done.append(Outcome(commitment.id, closing, "done", False, sentence))
            elif _STARTED.search(words):
                state = "done" if _STARTED.search(commitment.quote) else "started"
                done.append(Outcome(commitment.id, closing, state, False, sentence))
            break
    return done, delayed
