"""What a clerk types: figures as people write them (13.2%, 1,320人, 15.3万头) and commitments named by their words.

Pure functions: they read text and commitments and raise keyed UsageErrors; the command line prompts and prints.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from chengkou_tracker.errors import UsageError

if TYPE_CHECKING:
    from chengkou_tracker.model import Commitment, Update

# Chinese multipliers that may open a unit: 万头 is 10,000 头, 亿元 100,000,000 元, 万千瓦 10,000 千瓦.
_MULTIPLIERS = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}
# A figure as written: a sign, digits with thousands separators and a decimal point, then its unit (a rate per
# 100,000 people, 12/10万, among them).
_FIGURE = re.compile(r"(?P<number>[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?P<unit>/10万|[^\d.,]*)")
_MINUS = str.maketrans({"−": "-", "—": "-", "－": "-", "，": ","})


@dataclass(frozen=True)
class Unit:
    """A unit as a power of ten times a base word: 万头 is (10000, 头), % is (1, %), 亩 is (1, 亩)."""

    scale: int
    base: str


# A second unit in brackets says what is counted (套（间）, 套(户)); a figure typed without it is in the same unit.
_GLOSS = re.compile(r"[（(][^（）()]*[)）]$")


def split_unit(unit: str) -> Unit:
    """UNIT with its leading Chinese multipliers taken apart (a unit that is only multipliers keeps no base)."""
    scale, rest = 1, _GLOSS.sub("", normal(unit))
    while rest and rest[0] in _MULTIPLIERS and len(rest) > 1:
        scale *= _MULTIPLIERS[rest[0]]
        rest = rest[1:]
    if rest in _MULTIPLIERS:  # "15.3万": a bare multiplier
        return Unit(scale * _MULTIPLIERS[rest], "")
    return Unit(scale, rest)


def normal(text: str) -> str:
    """TEXT with full-width forms made half-width and the minus signs people type made '-'."""
    return unicodedata.normalize("NFKC", text).translate(_MINUS).strip()


def figure_as_written(text: str, unit: str) -> str | None:
    """TEXT (1,320人, 13.2%, 15.3万头, 153000头, １３２０) as a plain number in UNIT, or None when it is no figure.

    Raises when TEXT is a figure in a unit that does not fit UNIT. The result is exact decimal text, so that
    the number's own checks (finite, kept exactly) still apply to it.
    """
    match = _FIGURE.fullmatch(normal(text).replace(" ", ""))
    if match is None:
        return None
    number, written = match["number"].replace(",", ""), match["unit"]
    if not written or written == unit:
        return number
    typed, wanted = split_unit(written), split_unit(unit)
    # A target in bare myriads counts people (65万贫困人口), so "66万人" is typed in its unit.
    if typed.base not in ("", wanted.base) and not (wanted.base == "" and typed.base == "人"):
        raise UsageError("figure.unit", text=text, unit=unit or "-")
    try:
        value = Decimal(number) * typed.scale / wanted.scale
    except InvalidOperation:  # pragma: no cover - the pattern only lets decimal digits through
        return None
    return format(value.normalize(), "f")


@dataclass(frozen=True)
class Candidate:
    """A commitment the words may name, with how well they match (0-100)."""

    commitment: Commitment
    score: float


def _plain(text: str) -> str:
    """TEXT for matching: half-width, lower case, without spaces and punctuation."""
    return "".join(ch for ch in normal(text).lower() if ch.isalnum() or ch in "%.")


def _score(words: Sequence[str], commitment: Commitment) -> float:
    from rapidfuzz import fuzz
    from rapidfuzz.distance import LCSseq

    best = 0.0
    for field in (commitment.title, commitment.title_en, commitment.quote):
        plain = _plain(field)
        if not plain:
            continue
        short = field is not commitment.quote  # in a title, the words may skip a few characters (中广核…风电)

        def found(chunk: str, plain: str = plain, short: bool = short) -> float:
            near = fuzz.partial_ratio(chunk, plain)
            if not short or chunk.isascii():  # letters of an English word scatter too easily
                return near
            return max(near, 100 * LCSseq.similarity(chunk, plain) / len(chunk))

        # Every chunk must be found, in any order; a near-complete title ranks higher.
        whole = fuzz.ratio("".join(words), plain)
        best = max(best, min(found(chunk) for chunk in words) * 0.85 + whole * 0.15)
    return best


# A match this good names the commitment; a second this close makes the words ambiguous.
CLEAR = 75.0
MARGIN = 8.0


def candidates(words: str, commitments: Iterable[Commitment]) -> list[Candidate]:
    """Commitments WORDS may name, best first: an id in any case alone, else an exact title alone, else fuzzy."""
    pool = list(commitments)
    wanted = normal(words)
    by_id = [c for c in pool if c.id.lower() == wanted.lower()]
    if by_id:
        return [Candidate(by_id[0], 100.0)]
    exact = [c for c in pool if _plain(c.title) == _plain(wanted)]
    if len(exact) == 1:
        return [Candidate(exact[0], 100.0)]
    chunks = [_plain(chunk) for chunk in wanted.split()]
    chunks = [chunk for chunk in chunks if chunk]
    if not chunks:
        return []
    scored = [Candidate(c, _score(chunks, c)) for c in pool]
    scored = [c for c in scored if c.score >= CLEAR]
    scored.sort(key=lambda c: (-c.score, c.commitment.id))
    if len(scored) > 1 and scored[0].score - scored[1].score >= MARGIN:
        return scored[:1]
    return [c for c in scored if scored[0].score - c.score < MARGIN][:9]


def looks_like_id(words: str) -> bool:
    """Whether WORDS are written like an id (T050, m014), so that no match is an unknown id, not unknown words."""
    plain = normal(words)
    return re.fullmatch(r"[A-Za-z][A-Za-z0-9]*\d[A-Za-z0-9]*", plain) is not None


# A figure this many times its target is more likely a slip (a missing 万, a typed zero) than a result.
IMPLAUSIBLE_TIMES = 3


def implausible(commitment: Commitment, value: float, earlier: Sequence[float]) -> UsageError | None:
    """Why VALUE is an unlikely figure for COMMITMENT given its EARLIER figures, or None (--force records it anyway)."""
    from chengkou_tracker.model import Kind
    from chengkou_tracker.numbers import number

    target = commitment.target
    if target is None or commitment.kind is Kind.MILESTONE:
        return None
    unit = commitment.unit or ""
    shown = {"id": commitment.id, "value": number(float(value)), "target": number(float(target)), "unit": unit}
    if target > 0 and value < 0 and commitment.kind is not Kind.GROWTH:
        return UsageError("figure.negative", **shown)
    if target > 0 and value > IMPLAUSIBLE_TIMES * target:
        scale = split_unit(unit).scale
        if scale > 1 and value / scale <= IMPLAUSIBLE_TIMES * target:
            hint = UsageError("figure.did_you_mean", value=number(value / scale), unit=unit)
            return UsageError("figure.too_large.hint", hint=hint, **shown)
        return UsageError("figure.too_large", **shown)
    if commitment.kind is Kind.QUANTITY and earlier and value < max(earlier):
        return UsageError("figure.falls", earlier=number(float(max(earlier))), **shown)
    return None


def check_figure(
    commitment: Commitment, update: Update, recorded: Sequence[Update], *, force: bool, correct: bool
) -> None:
    """Refuse UPDATE when RECORDED (the commitment's updates) already has another figure for its date (unless
    CORRECT), or when its figure is implausible (unless FORCE)."""
    from chengkou_tracker.errors import Term
    from chengkou_tracker.numbers import number

    def shown(value: float | str) -> str:
        return Term(value) if isinstance(value, str) else number(value) + (commitment.unit or "")

    if not force and not isinstance(update.value, str):
        before = [float(u.value) for u in recorded if u.date < update.date and not isinstance(u.value, str)]
        problem = implausible(commitment, update.value, before)
        if problem is not None:
            raise problem
    if not correct and not isinstance(update.value, str):  # a milestone may start and finish on one day
        same_day = [u for u in recorded if (u.date, u.final) == (update.date, update.final) and u.value != update.value]
        if same_day:
            earlier = max(same_day, key=lambda u: u.change)
            raise UsageError(
                "figure.differs", id=commitment.id, date=update.date, earlier=shown(earlier.value),
                change=earlier.change, value=shown(update.value),
            )  # fmt: skip
