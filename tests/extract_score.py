"""How well `extract` drafts a ledger: recall, precision and agreement against a hand-made ledger or labels.

    python tests/extract_score.py                 # the 2023 report against the bundled ledger
    python tests/extract_score.py PASSAGE LABELS  # a passage against its labels (tests/data/extract/)

A draft matches an expected commitment when its quote overlaps the expected quote in the text and,
for a target, its number and unit are the same. Recall counts the expected commitments matched,
precision the drafts that match one, and agreement the matched targets whose kind and direction
are right as well. Each expected commitment matches at most one draft (the one whose quote
overlaps it most).

A labels file may also say, per target, `deadline = 2030-12-31` (a goal for the coming five years: the
score counts those drafted with that deadline), and, for the whole passage, `review_only = true` (it only
reviews past years: every draft from it is wrong, and the score counts them).
"""

from __future__ import annotations

import sys
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import astuple, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from chengkou_tracker.errors import UsageError  # noqa: E402
from chengkou_tracker.extract import NothingToDraft, extract  # noqa: E402
from chengkou_tracker.extract.clean import clean  # noqa: E402
from chengkou_tracker.extract.decode import decode  # noqa: E402


@dataclass(frozen=True)
class Score:
    expected: int
    drafted: int
    matched: int  # expected commitments with a draft of the same figure and an overlapping quote
    agreed: int  # of those, with the same kind and direction too
    five_year: int = 0  # expected targets with a deadline of their own (five-year goals)
    five_year_due: int = 0  # of those, drafted with that deadline
    review_only_drafts: int = 0  # drafts from passages that only review the past (each one wrong)

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.matched / self.drafted if self.drafted else 1.0

    @property
    def agreement(self) -> float:
        return self.agreed / self.matched if self.matched else 1.0

    def line(self, name: str) -> str:
        extra = f", {self.five_year_due}/{self.five_year} five-year goals due right" if self.five_year else ""
        if self.review_only_drafts:
            extra += f", {self.review_only_drafts} drafted from review only"
        return (
            f"{name}: {self.matched}/{self.expected} matched (recall {self.recall:.1%}), "
            f"{self.drafted} drafted (precision {self.precision:.1%}), "
            f"{self.agreed}/{self.matched} kind and direction right ({self.agreement:.1%})" + extra
        )

    def __add__(self, other: Score) -> Score:
        return Score(*(a + b for a, b in zip(astuple(self), astuple(other), strict=True)))


def _spans(text: str, quote: str) -> list[tuple[int, int]]:
    spans, start = [], text.find(quote)
    while quote and start >= 0:
        spans.append((start, start + len(quote)))
        start = text.find(quote, start + 1)
    return spans


def _overlap(text: str, a: str, b: str) -> int:
    return max(
        (min(e1, e2) - max(s1, s2) for s1, e1 in _spans(text, a) for s2, e2 in _spans(text, b)),
        default=0,
    )


def score(text: str, expected: Sequence[dict[str, Any]], drafted: Sequence[dict[str, Any]]) -> Score:
    """Match EXPECTED commitments to DRAFTED ones; quotes are located in TEXT."""
    free = list(drafted)
    matched = agreed = five_year = five_year_due = 0
    for want in expected:
        candidates = [
            (overlap, draft)
            for draft in free
            if (overlap := _overlap(text, want["quote"], draft["quote"])) > 0
            and (want["kind"] == "milestone") == (draft["kind"] == "milestone")
            and (
                want["kind"] == "milestone"
                or (float(draft["target"]) == float(want["target"]) and draft["unit"] == want["unit"])
            )
        ]
        five_year += "deadline" in want
        if not candidates:
            continue
        _, best = max(candidates, key=lambda pair: (pair[1]["kind"] == want["kind"], pair[0]))
        free.remove(best)
        matched += 1
        if best["kind"] == want["kind"] and best.get("direction") == want.get("direction"):
            agreed += 1
        five_year_due += "deadline" in want and best.get("deadline") == want["deadline"]
    return Score(len(expected), len(drafted), matched, agreed, five_year, five_year_due)


def split(commitments: Iterable[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(targets, milestones)."""
    items = list(commitments)
    return [c for c in items if c["kind"] != "milestone"], [c for c in items if c["kind"] == "milestone"]


def score_2023() -> tuple[Score, Score]:
    """Targets and milestones of the 2023 report against the bundled ledger."""
    data = (ROOT / "chengkou_tracker" / "data" / "report.txt").read_bytes()
    text = clean(decode(data, "report.txt"))
    drafted = tomllib.loads(extract(data, "report.txt").toml)["commitment"]
    ledger = tomllib.loads((ROOT / "commitments.toml").read_text("utf-8"))["commitment"]
    # Every commitment of a ledger has a deadline; a labels file gives one only for a five-year goal.
    want_targets, want_milestones = split({k: v for k, v in c.items() if k != "deadline"} for c in ledger)
    got_targets, got_milestones = split(drafted)
    return score(text, want_targets, got_targets), score(text, want_milestones, got_milestones)


def score_passage(passage: Path, labels: Path) -> Score:
    """The numeric targets of one labelled passage."""
    data = passage.read_bytes()
    text = clean(decode(data, passage.name))
    label = tomllib.loads(labels.read_text("utf-8"))
    try:
        try:
            drafted_toml = extract(data, passage.name, place=label.get("place")).toml
        except UsageError as error:
            if error.key != "extract.no_year":
                raise
            # The tool asks for --year when the text never says it (a user gives it, as the labels do).
            drafted_toml = extract(data, passage.name, place=label.get("place"), year=label["year"]).toml
        drafted, _ = split(tomllib.loads(drafted_toml)["commitment"])
    except NothingToDraft:
        drafted = []
    # A label quotes the passage as written; extract quotes it as cleaned (stray spaces gone, wrapped lines joined).
    expected = [{**want, "quote": clean(want["quote"])} for want in label.get("target", [])]
    result = score(text, expected, drafted)
    if label.get("review_only"):
        result = result + Score(0, 0, 0, 0, review_only_drafts=result.drafted)
    return result


def passages(folder: Path = ROOT / "tests" / "data" / "extract") -> list[tuple[Path, Path]]:
    """Every labelled passage in FOLDER (tests/data/extract, or the unseen ones): (passage, labels)."""
    pairs = []
    for labels in sorted(folder.glob("*.labels.toml")):
        stem = labels.name.removesuffix(".labels.toml")
        [passage] = [p for p in folder.iterdir() if p.name.startswith(stem + ".") and p != labels]
        pairs.append((passage, labels))
    return pairs


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] != "--unseen":
        print(score_passage(Path(argv[0]), Path(argv[1])).line(Path(argv[0]).name))
        return 0
    if argv and argv[0] == "--unseen":  # passages labelled before the extractor first saw them: batch 1, 2, 3...
        batch = argv[1] if len(argv) > 1 and argv[1] != "1" else ""
        folder = ROOT / "tests" / "data" / ("extract-unseen" + (f"-{batch}" if batch else ""))
    else:
        folder = ROOT / "tests" / "data" / "extract"
        targets, milestones = score_2023()
        print(targets.line("2023 targets"))
        print(milestones.line("2023 milestones"))
    total = Score(0, 0, 0, 0)
    for passage, labels in passages(folder):
        result = score_passage(passage, labels)
        print(result.line(passage.name))
        total = total + result
    if total.expected or total.drafted:
        print(total.line("all passages"))
        print(f"kind and direction agreement: {total.agreed}/{total.matched} ({total.agreement:.1%})")
        print(f"five-year goals due right: {total.five_year_due}/{total.five_year}")
        print(f"drafts from review-only passages: {total.review_only_drafts}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
