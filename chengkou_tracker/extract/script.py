"""Reading a report printed in traditional characters (a Taiwan or Hong Kong paper's copy): the recognisers read
its simplified forms, one character for one, so every offset stays and each quote is taken from the text as written.

The table is OpenCC's TSCharacters (the opencc-python-reimplemented package): each traditional character with its
simplified forms, the usual one first.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

_NOT_HAN = re.compile(r"[^\u4e00-\u9fff]+")


@cache
def _table() -> dict[int, str]:
    lines = (files("opencc") / "dictionary" / "TSCharacters.txt").read_text("utf-8").splitlines()
    table: dict[int, str] = {}
    for line in lines:
        written, _, forms = line.partition("\t")
        choices = forms.split()
        # A character that is one of its own simplified forms (乾 in 乾坤, 著 in 著名) is left as written.
        if len(written) == 1 and choices and len(choices[0]) == 1 and written not in choices:
            table[ord(written)] = choices[0]
    return table


def simplified(text: str) -> str:
    """TEXT with its traditional characters in their simplified forms, as long as TEXT: 增長 -> 增长, 萬元 -> 万元."""
    try:
        # Characters that GB2312 (simplified forms only) holds, as most reports' are: nothing to read differently,
        # and the table is never loaded. Marks outside it (—, •) say nothing about the script.
        _NOT_HAN.sub("", text).encode("gb2312")
    except UnicodeEncodeError:
        return text.translate(_table())
    return text
