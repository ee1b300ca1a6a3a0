"""With --lang zh every word the tool prints at the terminal is Chinese (JSON keeps English keys and values)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.conftest import Run

# ASCII that is not an English word: the program, options, file names, ids and format names.
_COMMAND_LINE = r"chengkou-tracker(?:\s+--?[\w-]+(?:\s+(?!-)[\w.:/-]+)?)*(?:\s+[a-z]+\b)?"  # an example to type
_NOT_WORDS = re.compile(
    _COMMAND_LINE + r"|--?[a-z][a-z-]*|[\w./-]+\.(?:toml|csv|json|lock|torn|txt)\b|\b[TM]\d{3}\b|CSV|JSON|UTF-8"
    r"|'[\w.-]*'"  # a quoted value to type, or the user's own word echoed
    r"|\[\[\w+\]\]"  # a ledger's table name, as written in the file
)
_WORD = re.compile(r"[A-Za-z]{2,}")


def _ledger_words(ledger: Path, run: Run) -> set[str]:
    """ASCII words the ledger's Chinese text itself contains (5G, CMA...) and its tags: data, not English."""
    records = json.loads(run("list", "--format", "json").stdout)
    text = " ".join(
        " ".join([r["title"], r["quote"], r["unit"] or "", r["owner"], *r["tags"], *r["also_quotes"]]) for r in records
    )
    return set(_WORD.findall(text))


def _english(text: str, allowed: set[str]) -> list[str]:
    return [word for word in _WORD.findall(_NOT_WORDS.sub(" ", text)) if word not in allowed]


def test_every_command_in_chinese_prints_no_english_word(run: Run, ledger: Path, tmp_path: Path) -> None:
    allowed = _ledger_words(ledger, run)
    bad_csv = tmp_path / "bad.csv"
    bad_csv.write_text("id,date,value\nT104,2023-06-30,很多\nT999,2023-06-31,5\n", "utf-8")
    commands: list[tuple[list[str], int]] = [
        (["record", "T104", "45", "--by", "督查员", "--note", "上半年"], 0),
        (["record", "M059", "started", "--by", "督查员"], 0),
        (["record", "T004", "-3.2", "--by", "督查员", "--date", "2023-06-30"], 0),
        (["record", "T104", "50", "--by", "督查员", "--date", "2023-07-02", "--final"], 0),
        (["edit", "T104", "--owner", "县经信委", "--deadline", "2023-11-30", "--by", "督查员"], 0),
        (["list"], 0),
        (["list", "--search", "5G"], 0),
        (["list", "--status", "进行中"], 2),
        (["list", "--status", "进度滞后", "--kind", "数量"], 0),
        (["show", "T104"], 0),
        (["show", "M059"], 0),
        (["show", "T001"], 0),
        (["summary"], 0),
        (["check"], 0),
        (["check", "--strict"], 1),
        (["overdue"], 0),
        (["history"], 0),
        (["history", "T104"], 0),
        (["undo", "--yes"], 0),
        (["validate"], 0),
        (["export", "-o", "out.json"], 0),
        (["import", str(bad_csv)], 2),
        (["import", "missing.csv"], 2),
        (["show", "T999"], 2),
        (["record", "T104", "很多"], 2),
        (["record", "T104", "5", "--date", "2023-02-30"], 2),
        (["record", "T104", "5", "--date", "2022-06-01"], 2),
        (["record", "M059", "5"], 2),
        (["record", "T104"], 2),
        (["list", "--bogus"], 2),
        (["list", "--lang", "zh"], 2),
        (["list", "-f", "yaml"], 2),
        (["init"], 2),
        (["edit", "T104"], 2),
        (["--as-of", "2023-13-01", "list"], 2),
    ]
    for args, code in commands:
        result = run("--lang", "zh", *args)
        assert result.code == code, (args, result.stderr)
        leaked = _english(result.stdout + result.stderr, allowed)
        assert leaked == [], (args, leaked, result.stdout[-300:], result.stderr)
    late = run("--lang", "zh", "check", env={"CHENGKOU_AS_OF": "2026-03-01"})
    assert _english(late.stdout + late.stderr, allowed) == []
    exported = json.loads(Path("out.json").read_text("utf-8"))
    assert exported[0]["status"] in ("not_started", "at_risk", "on_track")  # JSON values stay English


def test_validate_in_chinese_names_each_problem_in_chinese(run: Run, ledger: Path) -> None:
    allowed = _ledger_words(ledger, run)
    end = ledger.read_bytes().count(b"\n")
    with ledger.open("a", encoding="utf-8") as file:
        file.write(
            '\n[[update]]\nchange = 1\ncommitment = "T999"\ndate = 2023-06-01\nvalue = 5\nby = "王芳"\n'
            "recorded_at = 2023-07-01T09:00:00Z\n"
            '\n[[update]]\nchange = 2\ncommitment = "T001"\ndate = "2023-06-01"\nvalue = 5\nby = "王芳"\n'
            "recorded_at = 2023-07-01T09:00:00Z\n"
        )
    result = run("--lang", "zh", "validate")
    assert result.code == 3
    lines = result.stderr.splitlines()
    assert lines == [
        f"commitments.toml:{end + 4}: [[update]] 引用了不存在的事项 'T999'",
        f"commitments.toml:{end + 13}: 'date' 必须是日期（年-月-日，不加引号），而不是字符串",
    ]
    assert _english(result.stderr, allowed) == []
