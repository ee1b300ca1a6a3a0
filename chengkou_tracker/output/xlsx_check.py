"""Checking an xlsx archive before python-calamine opens it, within seconds and bounded memory.

The reader trusts the archive: a zip bomb (3 MB unpacking to a gigabyte of rows), or one cell reference far
out (A99999999999, or cells A1 and XFD1048576), makes it ask for the whole grid at once and abort the process
with a Rust backtrace. So the archive's declared sizes and compression ratios are checked first, then every
worksheet is streamed through once to find the grid its dimension and cell references span.
"""

from __future__ import annotations

import io
import re
import zipfile

from chengkou_tracker.errors import UsageError

MAX_PARTS = 10_000  # files in the archive
MAX_PART_BYTES = 32 * 2**20  # one unpacked part: a sheet of 100,000 filled rows is about 20 MB
MAX_TOTAL_BYTES = 128 * 2**20
MAX_RATIO = 100  # unpacked/packed for a part above RATIO_FROM; a real sheet's XML packs 5-20 times
RATIO_FROM = 2**20
MAX_ROW, MAX_COLUMN = 1_048_576, 16_384  # a worksheet's own limits (XFD1048576)
MAX_CELLS = 2_000_000  # rows × columns of the grid the reader builds: about 100 MB

_CHUNK = 2**20
# A row's or a cell's reference (<row r="7">, <c r="K7">), and the sheet's declared <dimension ref="A1:M225"/>.
_REFERENCE = re.compile(rb'\sr="([A-Za-z]*)([0-9]+)"')
_WORKSHEET = re.compile(rb"<(?:\w+:)?worksheet[\s>]")
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="[A-Za-z]*[0-9]*:?([A-Za-z]*)([0-9]*)"')


def check_workbook(path: str, data: bytes) -> None:
    """UsageError (one line) when the archive DATA is not one the reader can open within bounds."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        parts = archive.infolist()
        _check_sizes(parts)
        for part in parts:  # every part, read through: zipfile checks each one's size and CRC on the way
            _check_grid(archive, part)
    except UsageError as error:
        raise UsageError("at", where=path, error=error) from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, OSError, EOFError, ValueError):
        raise UsageError("at", where=path, error=UsageError("xlsx.unreadable")) from None


def _check_sizes(parts: list[zipfile.ZipInfo]) -> None:
    if len(parts) > MAX_PARTS:
        raise UsageError("xlsx.parts", count=len(parts), limit=MAX_PARTS)
    total = 0
    for part in parts:
        total += part.file_size
        if part.file_size > MAX_PART_BYTES or total > MAX_TOTAL_BYTES:
            raise UsageError("xlsx.too-large", part=part.filename, limit=MAX_PART_BYTES // 2**20)
        if part.file_size > RATIO_FROM and part.file_size > MAX_RATIO * max(part.compress_size, 1):
            ratio = part.file_size // max(part.compress_size, 1)
            raise UsageError("xlsx.ratio", part=part.filename, ratio=ratio, limit=MAX_RATIO)


def _check_grid(archive: zipfile.ZipFile, part: zipfile.ZipInfo) -> None:
    """Stream PART once; in a worksheet (wherever its relations put it) the farthest row and column of its
    dimension and cell references must stay in bounds.

    zipfile stops at the declared size and checks the CRC, so a part that unpacks to more than it declares
    fails here (BadZipFile) before the reader can trust it.
    """
    rows = columns = 0
    tail = b""
    with archive.open(part) as stream:
        chunk = stream.read(_CHUNK)
        # Shared strings, styles...: a text there may look like a reference without being one.
        worksheet = _WORKSHEET.search(chunk) is not None
        while chunk:
            if not worksheet:
                chunk = stream.read(_CHUNK)
                continue
            text = tail + chunk
            for letters, digits in (*_REFERENCE.findall(text), *_DIMENSION.findall(text)):
                rows = max(rows, int(digits or 0))
                columns = max(columns, _column_number(letters))
            tail = text[-64:]  # a reference cut by the chunk's edge is found whole in the next round
            _check_span(part.filename, rows, columns)
            chunk = stream.read(_CHUNK)


def _check_span(part: str, rows: int, columns: int) -> None:
    if rows > MAX_ROW or columns > MAX_COLUMN or rows * max(columns, 1) > MAX_CELLS:
        cell = f"{_column_letters(columns) or 'A'}{rows}"
        raise UsageError("xlsx.cells", part=part, cell=cell, cells=MAX_CELLS)


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + letter - ord("A") + 1
    return number


def _column_letters(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters
