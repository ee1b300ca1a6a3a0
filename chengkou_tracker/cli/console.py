"""The Rich console of a run: colour as the options and the terminal ask, no padding at the ends of lines."""

from __future__ import annotations

import os
import re
import sys
from typing import IO, Any, Literal, cast

from rich.console import Console


def console(color: bool | None) -> Console:
    """A console on stdout; COLOR None means: on at a terminal unless NO_COLOR or TERM=dumb."""
    if color is None:
        color = not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb" and sys.stdout.isatty()
    # A pipe has no width; Rich would assume 80 columns and squeeze the titles.
    columns = os.environ.get("COLUMNS", "")
    width = int(columns) if columns.isdigit() else None if sys.stdout.isatty() else 120
    return Console(
        file=cast("IO[str]", _TrimmedLines(sys.stdout)),
        width=width,
        height=25 if width else None,  # Rich ignores a width without a height at TERM=dumb
        force_terminal=color,
        no_color=not color,
        color_system=_color_system() if color else None,
        highlight=False,
        emoji=False,
        markup=False,
    )


class _TrimmedLines:
    """A text stream that drops the spaces Rich pads each table line with, so piped output has none."""

    _TRAILING = re.compile(r" +((?:\x1b\[[0-9;]*m)*)$", re.MULTILINE)

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(self._TRAILING.sub(r"\1", text))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def isatty(self) -> bool:
        return bool(self._stream.isatty())

    def fileno(self) -> int:
        return int(self._stream.fileno())


def _color_system() -> Literal["standard", "256", "truecolor"]:
    # Rich's own detection gives no colour at all for TERM=dumb or a pipe, even when --color asks for it.
    if os.environ.get("COLORTERM") in ("truecolor", "24bit"):
        return "truecolor"
    return "256" if "256" in os.environ.get("TERM", "") else "standard"
