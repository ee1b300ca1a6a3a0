"""The core raises keys, not sentences: every key it raises is in both catalogs, and its fields fill them."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from chengkou_tracker.i18n import en, zh

PACKAGE = Path(__file__).resolve().parent.parent / "chengkou_tracker"
CORE = [
    *(PACKAGE / name for name in ("operations.py", "inputs.py", "rows.py", "dates.py", "numbers.py", "model.py")),
    *(PACKAGE / name for name in ("status.py", "selection.py", "owners.py", "escape.py")),
    *sorted((PACKAGE / "output").glob("*.py")),
    *sorted((PACKAGE / "report").glob("*.py")),
]
ERRORS = {"UsageError", "LedgerError", "AlreadyRecorded", "TrackerError", "Problem"}


def _raised() -> list[tuple[str, str, set[str] | None]]:
    """(where, key, field names given; None when **fields) of every error the core builds."""
    found = []
    for path in CORE:
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ERRORS):
                continue
            position = 2 if node.func.id == "Problem" else 0
            where = f"{path.name}:{node.lineno}"
            argument = node.args[position] if len(node.args) > position else None
            assert isinstance(argument, ast.Constant | ast.BinOp), f"{where}: the key is not written out"
            keys = [argument.value] if isinstance(argument, ast.Constant) else _suffixed(argument)
            names = {keyword.arg for keyword in node.keywords if keyword.arg is not None}
            spread = any(keyword.arg is None for keyword in node.keywords)
            found.extend((where, key, None if spread else names) for key in keys)
    return found


def _suffixed(node: ast.BinOp) -> list[str]:
    # numbers.parse_number: "number.invalid" + suffix, where suffix is "" or ".for"
    assert isinstance(node.left, ast.Constant)
    return [node.left.value, node.left.value + ".for"]


@pytest.mark.parametrize(("where", "key", "fields"), _raised())
def test_every_core_key_is_in_both_catalogs_and_its_fields_fill_it(
    where: str, key: str, fields: set[str] | None
) -> None:
    assert key in en.SENTENCES and key in zh.SENTENCES, f"{where}: {key} is missing from a catalog"
    for sentence in (en.SENTENCES[key], zh.SENTENCES[key]):
        wanted = {name for _, name, _, _ in string.Formatter().parse(sentence) if name}
        assert fields is None or wanted <= fields, f"{where}: {key} needs {wanted - fields}"


def test_the_core_builds_no_english_sentence_for_an_error() -> None:
    for where, key, _ in _raised():
        assert " " not in key, f"{where}: {key!r} is a sentence, not a key"
