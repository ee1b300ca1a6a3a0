"""The rule batch X (tests/data/extract-unseen-24/) taught the extractor, with the passage it came from."""

from __future__ import annotations

import tomllib

from chengkou_tracker.extract import extract


def test_an_area_written_with_its_symbol_is_square_metres() -> None:
    # extract-unseen-24/meilan-district-2025-minsheng.txt: "修缮约500m²"; ㎡ is the same unit in one character.
    for written in ("m²", "㎡"):
        text = f"2025年为民办实事项目\n实施学校修缮工程,修缮约500{written}。\n"
        ledger = tomllib.loads(extract(text.encode(), "passage.txt", place="某区", year=2025).toml)
        assert [(c["target"], c["unit"], c["direction"]) for c in ledger["commitment"]] == [(500, written, "about")]
