"""Where a TOML text's tables and keys are: headers and key lines found by a scan that knows strings.

tomllib gives values but no positions; scan() walks the text once, skipping strings, comments and
arrays, so that a header inside a multi-line string is not taken for a table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(slots=True)
class Header:
    """A table header found by scan(): its dotted name, whether it is [[...]], and where it is."""

    name: tuple[str, ...]
    array: bool
    line: int
    offset: int  # of the start of its line
    key_lines: dict[str, int] = field(default_factory=dict)


@dataclass(slots=True)
class Structure:
    """The tables of a TOML text as scan() finds them, with the lines of top-level keys."""

    headers: list[Header]
    top_keys: dict[str, int]


_SCAN_STOP = re.compile(r"[\"'#\[\]{}\n]")
_ML_BASIC = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*""""{0,2}', re.DOTALL)
_BASIC = re.compile(r'"(?:[^"\\\n]|\\.)*"')
_ML_LITERAL = re.compile(r"'''.*?''''{0,2}", re.DOTALL)
_LITERAL = re.compile(r"'[^'\n]*'")
_KEY_PART = r"""(?:[A-Za-z0-9_-]+|"(?:[^"\\\n]|\\.)*"|'[^'\n]*')"""
_HEADER_AT = re.compile(rf"(\[\[?)[ \t]*({_KEY_PART}(?:[ \t]*\.[ \t]*{_KEY_PART})*)[ \t]*\]")
_KEY_AT = re.compile(_KEY_PART)
_SPACE = re.compile(r"[ \t]*")


def scan(text: str) -> Structure:
    """Headers and key lines of TOML TEXT (that tomllib accepts), skipping strings, comments and arrays."""
    headers: list[Header] = []
    top_keys: dict[str, int] = {}
    key_lines = top_keys
    size = len(text)
    position = 0
    line = 1
    depth = 0  # open brackets of values: a line inside a multi-line array is neither a header nor a key
    line_start = True
    while position < size:
        if line_start:
            line_start = False
            begin = position
            position = _SPACE.match(text, position).end()  # type: ignore[union-attr]
            if depth == 0 and position < size:
                first = text[position]
                if first == "[":
                    match = _HEADER_AT.match(text, position)
                    if match is not None:
                        name = tuple(_key_text(part) for part in _split_dotted(match.group(2)))
                        header = Header(name, match.group(1) == "[[", line, begin)
                        headers.append(header)
                        key_lines = header.key_lines
                        end = text.find("\n", match.end())
                        if end < 0:
                            break
                        position = end  # the rest of a header line is at most a comment
                        continue
                elif first not in "#\r\n":
                    key = _KEY_AT.match(text, position)
                    if key is not None:
                        key_lines.setdefault(_key_text(key.group()), line)
        stop = _SCAN_STOP.search(text, position)
        if stop is None:
            break
        position = stop.start()
        char = text[position]
        if char == "\n":
            line += 1
            position += 1
            line_start = True
        elif char == "#":
            end = text.find("\n", position)
            position = size if end < 0 else end
        elif char in "[{":
            depth += 1
            position += 1
        elif char in "]}":
            depth -= 1
            position += 1
        else:
            if char == '"':
                pattern = _ML_BASIC if text.startswith('"""', position) else _BASIC
            else:
                pattern = _ML_LITERAL if text.startswith("'''", position) else _LITERAL
            string = pattern.match(text, position)
            end = string.end() if string is not None else position + 1
            line += text.count("\n", position, end)
            position = end
    return Structure(headers, top_keys)


def _split_dotted(name: str) -> list[str]:
    return [part.group() for part in _KEY_AT.finditer(name)]


def _key_text(part: str) -> str:
    if part[:1] == "'":
        return part[1:-1]
    if part[:1] == '"':
        import json

        try:
            return str(json.loads(part))
        except ValueError:
            import tomllib

            return str(tomllib.loads("k = " + part)["k"])
    return part
