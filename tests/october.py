"""A realistic October for the bundled ledger: owners assigned, about 40% of commitments with figures.

Figures dated 30 September (the 前三季度 statistics) are entered in October, as an office receives them, and
some earlier figures were entered in their own months; the rest of the ledger has no figure at all.
"""

from __future__ import annotations

import random
import re
import tomllib
from pathlib import Path

DEPARTMENTS = (
    "县发展改革委",
    "县经济信息委",
    "县统计局",
    "县财政局",
    "县农业农村委",
    "县住房城乡建委",
    "县交通局",
    "县生态环境局",
    "县教委",
    "县卫生健康委",
    "县人力社保局",
    "县商务委",
    "县文化旅游委",
    "县水利局",
)

_NOTES = ("前三季度", "按月报送", "项目推进顺利", "受汛期影响进度放缓", "", "", "")


def write_october(path: Path, seed: int = 18) -> None:
    """Rewrite the ledger at PATH (a copy of the bundled one) with owners and a year's figures up to October."""
    text = path.read_text(encoding="utf-8")
    data = tomllib.loads(text)
    pick = random.Random(seed)
    commitments = data["commitment"]
    owners = {c["id"]: DEPARTMENTS[i * 5 % len(DEPARTMENTS)] for i, c in enumerate(commitments)}

    def own(match: re.Match[str]) -> str:
        return f'id = "{match.group(1)}"{match.group(2)}owner = "{owners[match.group(1)]}"'

    text = re.sub(r'id = "(\w+)"(\n(?:(?!owner = )[^\n]*\n)*?)owner = ""', own, text)
    tables: list[str] = []
    change = 1
    for commitment in commitments:
        if pick.random() >= 0.4:
            continue
        key = commitment["id"]
        target = commitment.get("target")
        kind = commitment["kind"]
        # (date, recorded in month, value, note)
        rows: list[tuple[str, str, str, str]] = []
        if kind == "milestone":
            state = pick.choice(("started", "started", "done"))
            rows.append(("2023-10-20", "2023-10-21", f'"{state}"', "按计划推进"))
        else:
            level = float(target or 1)
            if pick.random() < 0.5:
                rows.append(("2023-06-30", "2023-07-10", _figure(kind, level, 0.45, pick), "上半年"))
            when = pick.choice(
                (("2023-09-30", "2023-10-16"), ("2023-10-31", "2023-10-31"), ("2023-09-30", "2023-10-09"))
            )
            rows.append((*when, _figure(kind, level, 0.7, pick), pick.choice(_NOTES)))
        for date, recorded, value, note in rows:
            tables.append(
                f'\n[[update]]\nchange = {change}\ncommitment = "{key}"\ndate = {date}\nvalue = {value}\n'
                + (f'note = "{note}"\n' if note else "")
                + f'source = "{owners[key]}"\nby = "督查室"\nrecorded_at = {recorded}T09:00:00Z\n'
            )
            change += 1
    path.write_text(text + "".join(tables), encoding="utf-8")


def _figure(kind: str, target: float, share: float, pick: random.Random) -> str:
    if kind in ("growth", "floor", "ceiling"):
        value = target * pick.uniform(0.85, 1.1)
    else:
        value = target * share * pick.uniform(0.6, 1.3)
    return f"{round(value, 1)}"
