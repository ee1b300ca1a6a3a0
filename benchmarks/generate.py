"""Synthetic ledgers for the benchmark, deterministic from a seed.

- Y, the year-end ledger: the bundled 2023 ledger plus twelve month-end updates for every numeric commitment
  and a `started` and a `done` update for every milestone;
- S, the scale ledger: 10,000 commitments and 100,000 updates; S/10: 1,000 commitments and 10,000 updates.

The files are written with the tool's own `format_commitment` / `format_update`, so they look exactly like
ledgers the tool writes. The last update of every ledger carries a fixed-width note (`MARKER`) that the
benchmark rewrites in place to change the ledger without changing its size.

    python benchmarks/generate.py OUT_DIR [--seed 2023] [--quick]
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import json
import random
import sys
from dataclasses import dataclass, replace
from pathlib import Path

from chengkou_tracker.model import Commitment, Kind, Update
from chengkou_tracker.store.ledger import load
from chengkou_tracker.store.writer import format_commitment, format_update

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "chengkou_tracker" / "data" / "commitments.toml"
DEFAULT_SEED = 2023
MARKER = "benchmark run 000000"  # the benchmark rewrites the six digits in place
MARKER_PREFIX = "benchmark run "
YEAR = 2023
HEADER = (
    "# chengkou-tracker ledger: synthetic {name} ledger for the benchmark (benchmarks/generate.py, seed {seed}).\n"
    "# The format is described in docs/ledger.md.\n"
)
# Common characters of the work report, for titles and quotes of synthetic commitments.
_HANZI = (
    "建设推进实施完成新增改造提升发展产业项目农村城乡基础设施生态旅游乡村振兴就业收入增长投资工业园区"
    "公路交通水利电力教育医疗卫生文化体育养老服务保障治理安全环境保护森林草原河流污染防治招商引资"
)
_BY = ("clerk", "统计局", "发改委", "农业农村委", "住建委")
_SOURCES = ("", "", "统计局月报", "部门报送", "现场核查")


@dataclass(frozen=True)
class Generated:
    """A written ledger and what is in it."""

    name: str
    path: Path
    commitments: int
    updates: int
    size: int


def month_end(month: int) -> dt.date:
    return dt.date(YEAR, month, calendar.monthrange(YEAR, month)[1])


def _recorded(date: dt.date, rng: random.Random) -> dt.datetime:
    """A plausible time the figure was typed in: one to five days after its date, in office hours (UTC)."""
    day = date + dt.timedelta(days=rng.randint(1, 5))
    return dt.datetime(day.year, day.month, day.day, rng.randint(1, 9), rng.randint(0, 59), tzinfo=dt.UTC)


def _figure(commitment: Commitment, month: int, rng: random.Random) -> float:
    """A month-end figure: threshold kinds hover around the target, progress kinds climb towards it."""
    target = commitment.target if commitment.target is not None else 1.0
    if commitment.kind.is_threshold:
        spread = max(abs(target) * 0.15, 0.5)
        return round(target + rng.uniform(-spread, spread * 0.6), 1)
    base = commitment.baseline if commitment.baseline is not None else 0.0
    share = month / 12 * rng.uniform(0.6, 1.15)
    return round(base + (target - base) * share, 2)


def _text(rng: random.Random, low: int, high: int) -> str:
    return "".join(rng.choice(_HANZI) for _ in range(rng.randint(low, high)))


def _updates_for_year(commitment: Commitment, rng: random.Random) -> list[Update]:
    """Y's history of one commitment: twelve month-end figures, or started then done."""
    if commitment.kind is Kind.MILESTONE:
        started = rng.randint(1, 6)
        done = rng.randint(started + 1, 12)
        pairs: list[tuple[int, float | str]] = [(started, "started"), (done, "done")]
    else:
        pairs = [(month, _figure(commitment, month, rng)) for month in range(1, 13)]
    return [_update(commitment, month_end(month), value, rng) for month, value in pairs]


def _update(commitment: Commitment, date: dt.date, value: float | str, rng: random.Random) -> Update:
    note = _text(rng, 4, 16) if rng.random() < 0.2 else ""
    return Update(
        commitment=commitment.id,
        date=date,
        value=value,
        note=note,
        source=rng.choice(_SOURCES),
        by=rng.choice(_BY),
        recorded_at=_recorded(date, rng),
    )


def _numbered(updates: list[Update]) -> list[Update]:
    """Updates in the order they were recorded, `change` counting up from 1; the last carries MARKER."""
    ordered = sorted(updates, key=lambda update: (update.recorded_at or dt.datetime.min, update.commitment))
    numbered = [replace(update, change=number) for number, update in enumerate(ordered, start=1)]
    if numbered:
        numbered[-1] = replace(numbered[-1], note=MARKER)
    return numbered


def _write(path: Path, name: str, seed: int, commitments: list[Commitment], updates: list[Update]) -> Generated:
    parts = [HEADER.format(name=name, seed=seed)]
    parts.extend(format_commitment(commitment) for commitment in commitments)
    parts.extend(format_update(update) for update in _numbered(updates))
    data = "".join(parts).encode("utf-8")
    path.write_bytes(data)
    return Generated(name, path, len(commitments), len(updates), len(data))


def year_end(path: Path, seed: int = DEFAULT_SEED) -> Generated:
    """Y: the bundled ledger, as the year ends with every commitment reported monthly."""
    rng = random.Random(f"Y-{seed}")
    bundled = BUNDLED.read_text("utf-8")
    commitments = list(load(str(BUNDLED)).commitments.values())
    updates = [update for commitment in commitments for update in _updates_for_year(commitment, rng)]
    data = (bundled + "".join(format_update(update) for update in _numbered(updates))).encode("utf-8")
    path.write_bytes(data)
    return Generated("Y", path, len(commitments), len(updates), len(data))


def scale(path: Path, commitments: int, updates: int, seed: int = DEFAULT_SEED, name: str = "S") -> Generated:
    """A ledger of COMMITMENTS synthetic commitments (shaped like the bundled ones) and UPDATES updates."""
    rng = random.Random(f"{name}-{commitments}-{updates}-{seed}")
    bundled = load(str(BUNDLED))
    templates = list(bundled.commitments.values())
    sections = bundled.report.section_keys
    made: list[Commitment] = []
    width = max(5, len(str(commitments)))
    for index in range(1, commitments + 1):
        template = rng.choice(templates)
        quote = _text(rng, 10, 60)
        made.append(
            replace(
                template,
                id=f"S{index:0{width}d}",
                section=rng.choice(sections),
                title=_text(rng, 4, 12),
                title_en=f"Synthetic commitment {index}",
                quote=quote,
                baseline_quote=_text(rng, 6, 20) if template.baseline_quote else None,
                also_sections=(),
                also_quotes=(),
                owner=rng.choice(("", "", "县发展改革委", "县农业农村委", "县住房城乡建设委")),
            )
        )
    # Spread the updates unevenly (some commitments are reported often, some never), each at a month's end.
    counts = [0] * commitments
    for _ in range(updates):
        counts[min(int(rng.expovariate(1.0) * commitments / 4), commitments - 1)] += 1
    rng.shuffle(counts)
    history: list[Update] = []
    for commitment, count in zip(made, counts, strict=True):
        for position in range(count):
            month = min(12, 1 + position * 12 // max(count, 1))
            if commitment.kind is Kind.MILESTONE:
                value: float | str = "done" if position == count - 1 and position > 0 else "started"
            else:
                value = _figure(commitment, month, rng)
            history.append(_update(commitment, month_end(month), value, rng))
    return _write(path, name, seed, made, history)


def generate(out: Path, *, seed: int = DEFAULT_SEED, quick: bool = False) -> dict[str, Generated]:
    """Write Y, S, S/10 and S/1000 (tiny versions of the last three when QUICK) into OUT; returns them by name.
    S/1000 (10 commitments, 100 updates) is what a check costs with next to no ledger: run.py's fixed cost."""
    out.mkdir(parents=True, exist_ok=True)
    big, small, least = ((200, 2_000), (20, 200), (1, 2)) if quick else ((10_000, 100_000), (1_000, 10_000), (10, 100))
    return {
        "Y": year_end(out / "Y.toml", seed),
        "S": scale(out / "S.toml", *big, seed=seed, name="S"),
        "S/10": scale(out / "S10.toml", *small, seed=seed, name="S/10"),
        "S/1000": scale(out / "S1000.toml", *least, seed=seed, name="S/1000"),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path, help="folder to write Y.toml, S.toml and S10.toml into")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--quick", action="store_true", help="tiny S and S/10 (for the smoke test)")
    parser.add_argument("--json", action="store_true", help="print what was written as JSON (for run.py)")
    args = parser.parse_args(argv)
    ledgers = generate(args.out, seed=args.seed, quick=args.quick)
    if args.json:
        fields = ("name", "commitments", "updates", "size")
        print(json.dumps([{**{f: getattr(g, f) for f in fields}, "path": str(g.path)} for g in ledgers.values()]))
        return 0
    for ledger in ledgers.values():
        print(f"{ledger.name}: {ledger.path} ({ledger.commitments} commitments, {ledger.updates} updates, "
              f"{ledger.size / 1e6:.1f} MB)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
