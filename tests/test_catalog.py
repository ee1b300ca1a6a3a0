"""The two catalogs hold the same sentences with the same fields, and every key the package uses is in them."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

from chengkou_tracker.i18n import say
from chengkou_tracker.i18n.en import SENTENCES as EN
from chengkou_tracker.i18n.zh import SENTENCES as ZH

PACKAGE = Path(__file__).resolve().parent.parent / "chengkou_tracker"
# What a key looks like (dotted, lower case: "section.unknown").
KEY = re.compile(r"[a-z0-9_]+(?:\.[a-z0-9_]+)+")
ERRORS = {"TrackerError", "UsageError", "LedgerError", "LedgerInvalid", "LockTimeout", "AlreadyRecorded"}


def _fields(sentence: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(sentence) if name is not None}


def test_both_catalogs_have_the_same_keys() -> None:
    assert sorted(set(EN) - set(ZH)) == []
    assert sorted(set(ZH) - set(EN)) == []


# Sentences whose Chinese leaves out a field on purpose, and why.
FEWER_FIELDS_IN_CHINESE = {
    "os.other": "the system's own words are English: Chinese shows the error's code alone",
    "write.folder": "the path shown first names the folder; Chinese says 'its folder' instead of repeating it",
    "choice.unknown": "English lists the values as typed (not_started); Chinese lists their words (未开始)",
}


def test_a_sentence_has_the_same_fields_in_both_languages_and_they_fill() -> None:
    differ = {
        key: (_fields(EN[key]), _fields(ZH.get(key, "")))
        for key in EN
        if _fields(EN[key]) != _fields(ZH.get(key, "")) and key not in FEWER_FIELDS_IN_CHINESE
    }
    assert differ == {}
    for key in EN:
        for lang, sentence in (("en", EN[key]), ("zh", ZH[key])):
            values = {name: f"<{name}>" for name in _fields(EN[key]) | _fields(ZH[key])}
            filled = say(key, lang, **values)
            assert all(values[name] in filled for name in _fields(sentence)), (key, lang, filled)


def _error_classes(trees: dict[Path, ast.Module]) -> dict[str, int | None]:
    """Every TrackerError class by name, with the position of its key among the arguments (None: no key)."""
    classes: dict[str, int | None] = dict.fromkeys(ERRORS, 0)
    classes["LedgerInvalid"] = None  # its key follows from the problems
    changed = True
    while changed:
        changed = False
        for path, tree in trees.items():
            imported = {a.asname or a.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                        and node.module == "chengkou_tracker.errors" for a in node.names}  # fmt: skip
            for node in ast.walk(tree):
                if not isinstance(node, ast.ClassDef) or node.name in classes:
                    continue
                bases = {base.id for base in node.bases if isinstance(base, ast.Name)}
                ours = {base for base in bases if base in classes and (base in imported or path.name == "errors.py")}
                if ours:
                    classes[node.name] = _key_position(node)
                    changed = True
    return classes


def _key_position(node: ast.ClassDef) -> int | None:
    for item in node.body:
        if isinstance(item, ast.FunctionDef) and item.name == "__init__":
            names = [arg.arg for arg in item.args.posonlyargs + item.args.args][1:]
            return names.index("key") if "key" in names else None
    return 0


def _used_keys() -> dict[str, list[str]]:
    """Each literal given as a key to an error, a Problem or say(), with where it is."""
    trees = {path: ast.parse(path.read_text("utf-8")) for path in PACKAGE.rglob("*.py")}
    classes = _error_classes(trees)
    used: dict[str, list[str]] = {}
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            callee = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            position = {"say": 0, "Problem": 2, "Doubt": 0}.get(callee, classes.get(callee))
            if position is None:
                continue
            arguments = [*node.args[position : position + 1], *(k.value for k in node.keywords if k.arg == "key")]
            for argument in arguments:
                if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                    where = f"{path.relative_to(PACKAGE)}:{node.lineno}"
                    used.setdefault(argument.value, []).append(where)
    return used


def test_every_key_the_package_uses_is_in_the_catalog() -> None:
    used = _used_keys()
    assert "cli.undo.nothing" in used and "owner.unknown" in used and "recorded" in used  # the scan sees them
    missing = {key: places for key, places in used.items() if KEY.fullmatch(key) and key not in EN}
    assert missing == {}
    not_keys = {key: places for key, places in used.items() if key not in EN}
    assert not_keys == {}, "the tool raises no English sentence: give it a key in i18n/en.py and zh.py"


def test_say_is_only_given_keys_of_the_catalog() -> None:
    trees = {path: ast.parse(path.read_text("utf-8")) for path in PACKAGE.rglob("*.py")}
    unknown = [
        f"{path.relative_to(PACKAGE)}:{node.lineno}: {node.args[0].value}"
        for path, tree in trees.items()
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and (node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")) == "say"
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and node.args[0].value not in EN
    ]
    assert unknown == []


def test_the_scan_would_catch_a_missing_key(tmp_path: Path) -> None:
    """A key raised but absent from the catalog is reported (the test above cannot pass by seeing nothing)."""
    tree = ast.parse('raise UsageError("no.such.key", name=1)\nProblem("f", 1, "other.missing")\n')
    classes = _error_classes({tmp_path / "errors.py": tree})
    calls = [node for node in ast.walk(tree) if isinstance(node, ast.Call)]
    positions = [{"Problem": 2}.get(call.func.id, classes.get(call.func.id)) for call in calls]  # type: ignore[attr-defined]
    keys = [call.args[position].value for call, position in zip(calls, positions, strict=True)]  # type: ignore[attr-defined,index]
    assert keys == ["no.such.key", "other.missing"] and not any(key in EN for key in keys)
