"""A ledger with half a year of history, written through the CLI as a supervision office would."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import Run

HOSTILE_NOTE = 'revised | see <script>alert("x")</script> *bold* \x1b[31mred'

# One CSV import per month, in the order the office would send them: (id, date, value, note, source, by, final).
MONTHS: list[list[tuple[str, ...]]] = [
    [("T014", "2023-01-31", "20", "", "县发展改革委", "王芳", "")],
    [
        ("M002", "2023-02-15", "started", "总体规划已报批", "", "李明", ""),
        ("T008", "2023-02-28", "200", "", "", "", ""),
    ],
    [
        ("M004", "2023-03-01", "started", "", "", "", ""),
        ("T002", "2023-03-31", "12.1", "一季度", "县统计局", "", ""),
        ("T009", "2023-03-31", "5.2", "", "", "", ""),
        ("T014", "2023-03-31", "22", "", "", "", ""),
        ("T041", "2023-03-31", "600", "", "", "", ""),
        ("T008", "2023-03-31", "420", "", "", "", ""),
    ],
    [
        ("T008", "2023-04-30", "610", "", "", "", ""),
        ("T020", "2023-04-30", "3", "", "", "", ""),
        ("T041", "2023-04-30", "900", "", "", "", ""),
        ("T049", "2023-04-30", "50.5", "", "", "", ""),
    ],
    [("T008", "2023-05-31", "800", "", "", "", ""), ("T041", "2023-05-31", "1050", "", "", "", "")],
    [
        ("T020", "2023-06-15", "8", "", "", "", ""),
        ("M002", "2023-06-28", "done", "", "", "", ""),
        ("T002", "2023-06-30", "15.3", HOSTILE_NOTE, "县统计局", "", ""),
        ("T004", "2023-06-30", "7.4", "上半年", "", "", "true"),
        ("T008", "2023-06-30", "980", "", "", "", ""),
        ("T009", "2023-06-30", "5.1", "", "", "", ""),
        ("T049", "2023-06-30", "51.2", "", "", "", ""),
    ],
]


def write_history(run: Run, folder: Path) -> None:
    """Record the edits and the six monthly imports into ./commitments.toml (the `ledger` fixture)."""
    for args in (
        ("edit", "M004", "--deadline", "2023-05-31", "--owner", "县住房城乡建委"),
        ("edit", "T041", "--owner", "县人力社保局 | 就业中心"),
        ("edit", "T014", "--owner", "县发展改革委 <b>能源科</b>"),
    ):
        result = run(*args)
        assert result.code == 0, result.stderr
    for number, rows in enumerate(MONTHS, start=1):
        csv_path = folder / f"month-{number}.csv"
        lines = ["id,date,value,note,source,by,final"]
        lines.extend(",".join(_csv_cell(cell) for cell in row) for row in rows)
        csv_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        result = run("import", str(csv_path), "--by", "督查室")
        assert result.code == 0, result.stderr


def _csv_cell(cell: str) -> str:
    return '"' + cell.replace('"', '""') + '"' if any(c in cell for c in ',"\n') else cell
