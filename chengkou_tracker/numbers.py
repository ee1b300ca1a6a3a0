"""Figures as people write them and as the tool shows them: reading a typed number, showing a figure, a
milestone's state, a target, a gap and a Unicode progress bar (plain text for the terminal and the report)."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from chengkou_tracker.errors import Term, UsageError
from chengkou_tracker.escape import short
from chengkou_tracker.i18n.labels import label
from chengkou_tracker.model import Commitment, Direction

if TYPE_CHECKING:
    from decimal import Decimal


BAR_CELLS = 8
EXACT_WHOLE = 2**53  # beyond this a float no longer holds every whole number


def as_written(value: float) -> str:
    """A figure as a person writes it: 80 rather than 80.0; a fraction or a huge number as Python reads it back."""
    if value.is_integer() and abs(value) < EXACT_WHOLE:
        return str(int(value))
    return repr(value)


def json_number(value: float | str | None) -> float | int | str | None:
    """A figure for JSON as written: 80 rather than 80.0 (a milestone's state and None as they are)."""
    if isinstance(value, float) and value.is_integer() and abs(value) < EXACT_WHOLE:
        return int(value)
    return value


def rounded(value: float | None) -> float | None:
    """A computed share or figure for JSON (progress, pace, gap): to four decimals."""
    return None if value is None else round(value, 4)


def number(value: float | str | None) -> str:
    """A figure as the tool shows it: as written, to at most six decimals; '-' when there is none."""
    if value is None:
        return "-"
    if isinstance(value, str):
        return value
    shown = round(value, 6)
    if shown == 0 and value != 0:  # a small figure keeps its first digits rather than showing as 0
        shown = float(f"{value:.6g}")
    return as_written(shown)


def value_text(value: float | str | None, lang: str) -> str:
    """A recorded value as shown: a figure as number() shows it, a milestone's state in LANG (已开工 in Chinese)."""
    if isinstance(value, str):
        return label(value, lang) if lang == "zh" else value
    return number(value)


def parse_number(text: str, what: str, commitment_id: str | None = None) -> float:
    """A finite number typed by a user (WHAT, for COMMITMENT_ID); Python's '1_000' and full-width digits are refused.

    UsageError when TEXT is not a number, or not one a float keeps exactly.
    """
    fields: dict[str, object] = {"what": Term(what), "text": short(text)}
    suffix = ""
    if commitment_id is not None:
        fields["id"] = commitment_id
        suffix = ".for"
    try:
        number = float(text.strip().replace("_", "x"))  # float() would read 1_000; a clerk's typo should fail
    except ValueError:
        raise UsageError("number.invalid" + suffix, **fields) from None
    if not math.isfinite(number):
        raise UsageError("number.infinite" + suffix, **fields)
    if _too_large(text.strip(), number):
        raise UsageError("number.too-large" + suffix, limit=EXACT_WHOLE, **fields)
    if not _exact(text.strip(), number):
        raise UsageError("number.inexact" + suffix, stored=repr(number), **fields)
    return number


def _too_large(text: str, number: float) -> bool:
    """Whether TEXT is a whole number beyond 2^53, which NUMBER holds only approximately."""
    if text == repr(number) or "." in text or "e" in text.lower():
        return False
    written = _decimal(text)
    return written is not None and written == written.to_integral_value() and abs(written) > EXACT_WHOLE


def _exact(text: str, number: float) -> bool:
    """Whether NUMBER is the number TEXT states (no digits lost, no underflow to 0)."""
    if text == repr(number):
        return True
    from decimal import Decimal

    written = _decimal(text)
    return written is None or Decimal(repr(number)) == written  # a form Decimal cannot read: nothing to compare


def _decimal(text: str) -> Decimal | None:
    from decimal import Decimal, InvalidOperation

    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def target_text(commitment: Commitment) -> str:
    if commitment.target is None:
        return "-"
    about = "~" if commitment.direction is Direction.ABOUT else ""
    return f"{about}{number(commitment.target)}{commitment.unit or ''}"


def bar(progress: float | None, cells: int = BAR_CELLS) -> str:
    """A Unicode bar with eighth-cell resolution and the percentage, or '-' when there is no progress."""
    if progress is None:
        return "-"
    eighths = round(max(0.0, min(1.0, progress)) * cells * 8)
    full, part = divmod(eighths, 8)
    partial = " ▏▎▍▌▋▊▉"[part] if part else ""
    filled = "█" * full + partial
    return f"{filled}{'·' * (cells - len(filled))} {progress * 100:3.0f}%"


def signed(value: float) -> str:
    """A computed figure (a gap) to two decimals with its sign: +0.21, -433.52, 0."""
    text = number(round(value, 2))
    return "0" if text in ("0", "-0") else text if text.startswith("-") else "+" + text


def in_unit(text: str, unit: str | None, lang: str) -> str:
    """TEXT (a difference) in UNIT: a difference of percentages is in percentage points."""
    if unit == "%":
        return (
            f"{text}{label('percentage points', lang)}"
            if lang == "zh"
            else f"{text} {label('percentage points', lang)}"
        )
    return f"{text}{unit or ''}"


def gap_text(commitment: Commitment, gap: float, share: float | None, lang: str) -> str:
    """A gap as `show` and the reports print it: signed, in the target's unit, with its share and meaning."""
    amount = in_unit(signed(gap), commitment.unit, lang)
    if commitment.kind.is_progress:
        meaning = "behind an even pace" if gap < 0 else "ahead of an even pace" if gap > 0 else "at an even pace"
    elif gap >= 0:
        meaning = "meets the target"
    else:
        meaning = "within the tolerance" if -gap <= commitment.effective_tolerance else "misses the target"
    if lang == "zh":
        way = f"，{label('of the way', lang)}{share * 100:+.1f}%" if share is not None else ""
        return f"{amount}{way}（{label(meaning, lang)}）"
    way = f", {share * 100:+.1f}% {label('of the way', lang)}" if share is not None else ""
    return f"{amount}{way} ({label(meaning, lang)})"


def section_title(key: str, heading: str) -> str:
    """A section as a reader knows it: （一）突出“创新驱动”…, or the key alone when there is no heading."""
    if not heading or heading.startswith(key):
        return heading or key
    separator = "" if key[-1:] in "）)、.．" else " "
    return f"{key}{separator}{heading}"


def field_value(value: object) -> str:
    """A field of an update or an edit, in one line: numbers as written, lists comma-separated."""
    if isinstance(value, tuple | list):
        return ",".join(str(item) for item in value)
    if isinstance(value, float):
        return number(value)
    return str(value)


def title(commitment: Commitment, lang: str) -> str:
    """The commitment's name in the chosen language."""
    if lang == "zh" or not commitment.title_en:  # a draft from `extract` has no English title yet
        return commitment.title
    return commitment.title_en
