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
    near = [width for width in widths if width >= 0.8 * widest]
    return int(0.8 * widest) if len(near) >= 2 else None


def clean(text: str) -> str:
    """TEXT with full-width digits made ASCII, stray spaces gone and hard-wrapped paragraphs rejoined."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").translate(_FULL_WIDTH)
    lines = [_STRAY_SPACE.sub("", line.strip(" ")) for line in text.split("\n")]
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
