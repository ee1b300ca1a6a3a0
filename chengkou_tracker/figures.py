"""Numbers, targets and Unicode progress bars as plain text, shared by the terminal views and the report."""

from __future__ import annotations

from chengkou_tracker.ledger import toml_number
from chengkou_tracker.model import Commitment, Direction

BAR_CELLS = 8


def number(value: float | str | None) -> str:
    if value is None:
        return "-"
    if isinstance(value, str):
        return value
    return toml_number(round(value, 6))


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


def title(commitment: Commitment, lang: str) -> str:
    """The commitment's name in the chosen language."""
    return commitment.title if lang == "zh" else commitment.title_en
