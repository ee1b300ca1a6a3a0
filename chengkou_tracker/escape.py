"""Make text from files and users inert before it reaches a terminal, Markdown or HTML.

Kept apart from render.py so that report writers can escape without importing Rich.
"""

from __future__ import annotations

import re
import unicodedata

# C0 and C1 controls, DEL, the line and paragraph separators, and the bidirectional controls
# that can reorder what a reader sees.
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def inert(text: str) -> str:
    """TEXT with every control character shown as an escape (`\\x1b`, `\\u202e`), safe for a terminal."""
    return _UNSAFE.sub(_visible, text) if _UNSAFE.search(text) else text


# What json.dumps leaves raw (it escapes C0 itself): DEL, C1 and the bidirectional controls.
_JSON_UNSAFE = re.compile(r"[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def json_text(data: object) -> str:
    """DATA as indented JSON, non-ASCII kept readable but every control character escaped (\\u009b): the same
    data, inert in a terminal."""
    import json

    text = json.dumps(data, ensure_ascii=False, indent=2)
    return _JSON_UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", text) + "\n"


def short(text: str, cells: int = 40) -> str:
    """TEXT inert and cut to CELLS characters, to quote what a user typed in a message."""
    shown = inert(text)
    return shown if len(shown) <= cells else shown[: cells - 3] + "..."


def markdown(text: str) -> str:
    """TEXT safe inside a Markdown table cell: inert, with Markdown and HTML syntax escaped."""
    escaped = re.sub(r"([\\`*_\[\]|<>~])", r"\\\1", inert(text))
    return escaped.replace("\n", " ")


def html_text(text: str) -> str:
    """TEXT safe as HTML element content or an attribute value."""
    import html

    return html.escape(inert(text), quote=True)


def width(text: str) -> int:
    """Terminal cells TEXT takes: two for East Asian wide and full-width characters."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


# A cell starting with one of these is a formula (or a DDE call) to Excel and LibreOffice.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")


def needs_guard(text: str) -> bool:
    """Whether a spreadsheet would run TEXT (after any apostrophes) as a formula; a plain number never."""
    bare = text.lstrip("'")
    if not bare.startswith(_FORMULA_STARTS):
        return False
    return bare != text or not _NUMBER.fullmatch(text)


def guard(text: str) -> str:
    """TEXT as a CSV cell a spreadsheet shows literally: one apostrophe before a would-be formula (OWASP)."""
    return "'" + text if needs_guard(text) else text


def unguard(text: str) -> str:
    """The inverse of guard: drop the one apostrophe guard added, and nothing else."""
    return text[1:] if text.startswith("'") and needs_guard(text[1:]) else text
