"""Stage 1: the bytes of a saved report to its text, whatever the encoding or format."""

from __future__ import annotations

from chengkou_tracker.errors import UsageError


def decode(data: bytes, name: str) -> str:
    """The report's text: UTF-8 (with or without a byte-order mark) or GB18030/GBK; the body text of HTML."""
    text = _decode_bytes(data, name)
    if name.lower().endswith((".html", ".htm")) or text.lstrip()[:15].lower().startswith(("<!doctype html", "<html")):
        from chengkou_tracker.extract.page import html_text  # html.parser only for a saved page

        return html_text(text)
    return text


def _decode_bytes(data: bytes, name: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:  # an odd number of bytes, or a lone surrogate: not a traceback
            raise UsageError("extract.not_utf16", name=name) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Government sites still publish GB2312/GBK files; GB18030 is a superset of both.
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError:
        raise UsageError("extract.not_text", name=name) from None
