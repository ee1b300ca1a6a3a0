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
