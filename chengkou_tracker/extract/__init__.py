"""Draft a ledger from a report's text: decode -> clean -> lay out -> recognise -> draft -> TOML.

Each stage is a pure function of the one before (see the modules); `extract` runs them all and
`write` puts the ledger where the user asked, never over a file without --force.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chengkou_tracker.errors import UsageError
from chengkou_tracker.extract.clean import clean
from chengkou_tracker.extract.decode import decode
from chengkou_tracker.extract.drafts import Draft, drafts
from chengkou_tracker.extract.layout import lay_out

# Who presents the report: "我代表城口县人民政府", "城口县人民政府县长", "竹山县第十九届人民代表大会",
# "咸阳市人民政府关于印发《咸阳市2023年国民经济和社会发展计划》的通知".
_PLACE = (
    re.compile(r"([\u4e00-\u9fff]{2,12}?(?:自治县|自治州|自治区|省|市|县|区|旗|州))人民政府"),
    re.compile(
        r"([\u4e00-\u9fff]{2,12}?(?:自治县|自治州|自治区|省|市|县|区|旗|州))第[一二三四五六七八九十]+届人民代表大会"
    ),
)
_NOT_A_PLACE = re.compile(r"^(?:代表|向|本|我|各|全|该|市|县|区|省)")


@dataclass(frozen=True, slots=True)
class Extraction:
    toml: str
    targets: int
    milestones: int
    review: int
    year: int
    year_source: str


def _place(text: str) -> str:
    """The government that presents the report, from its first pages; "" when they do not say."""
    head = text[:3000]
    for pattern in _PLACE:
        for match in pattern.finditer(head):
            name = re.sub(r"^(?:我代表|代表|关于|受)", "", match.group(1))
            if len(name) >= 2 and not _NOT_A_PLACE.match(name):
                return name
    return ""


def _title(place: str, year: int, text: str) -> str:
    kind = "国民经济和社会发展计划" if "国民经济和社会发展计划" in text[:500] else "政府工作报告"
    return f"{place}{year}年{kind}"


def _commitment(draft: Draft, ident: str, year: int) -> dict[str, Any]:
    table: dict[str, Any] = {"id": ident, "section": draft.section, "title": draft.title, "title_en": ""}
    table["quote"] = draft.quote
    if draft.also:
        table["also_sections"] = [section for section, _ in draft.also]
        table["also_quotes"] = [quote for _, quote in draft.also]
    table["kind"] = draft.kind
    if draft.kind != "milestone":
        assert draft.target is not None
        table["target"] = int(draft.target) if draft.target.is_integer() else draft.target
        table["unit"] = draft.unit
        table["direction"] = draft.direction
        if draft.baseline is not None:
            table["baseline"] = int(draft.baseline) if draft.baseline.is_integer() else draft.baseline
            table["baseline_quote"] = draft.baseline_quote
    table["start"] = dt.date(year, 1, 1)
    table["deadline"] = draft.deadline
    table["owner"] = ""
    table["tags"] = ["review"] if draft.reasons else []
    return table


def extract(
    data: bytes, name: str, *, year: int | None = None, place: str | None = None, text_path: str = ""
) -> Extraction:
    """The draft ledger of the report in DATA (read from a file called NAME), as TOML text."""
    from chengkou_tracker.store.writer import draft_text

    raw = decode(data, name)
    text = clean(raw)
    layout = lay_out(text, year)
    found = drafts(text, layout)
    used = {draft.section for draft in found} | {s for draft in found for s, _ in draft.also}
    sections = [
        {"key": key, "heading": heading}
        for key, heading in layout.sections
        if key in used or key.startswith("（") or key == "主要预期目标"
    ]
    chosen_place = place if place is not None else _place(text)
    if not chosen_place:
        raise UsageError(f"{name}: cannot tell whose report it is; give the place with --place NAME")
    report: dict[str, Any] = {
        "place": chosen_place,
        "year": layout.year,
        "title": _title(chosen_place, layout.year, text),
    }
    quotes = [q for draft in found for q in (draft.quote, draft.baseline_quote, *(q for _, q in draft.also)) if q]
    # The ledger names the report's file only where `validate` can find every quote in it as it is.
    if text_path and all(quote in raw for quote in quotes) and raw == data.decode("utf-8-sig", errors="replace"):
        report["text"] = text_path
    report["sections"] = sections
    counters = {"T": 0, "M": 0}
    commitments = []
    for draft in sorted(found, key=lambda d: d.position):
        letter = "M" if draft.kind == "milestone" else "T"
        counters[letter] += 1
        commitments.append(_commitment(draft, f"{letter}{counters[letter]:03d}", layout.year))
    header = (
        f"# Drafted by `chengkou-tracker extract` from {name}: check every draft against the report,\n"
        '# starting with those tagged "review" (`chengkou-tracker --ledger FILE list --tag review`).\n\n'
    )
    return Extraction(
        toml=draft_text(header, report, commitments),
        targets=counters["T"],
        milestones=counters["M"],
        review=sum(1 for draft in found if draft.reasons),
        year=layout.year,
        year_source=layout.year_source,
    )


_SOURCES_EN = {
    "option": "from {}",
    "heading": "from the heading '{}'",
    "text": "from the text '{}'",
    "review": "the year after the heading '{}'",
}
_SOURCES_ZH = {"option": "取自 {}", "heading": "取自标题“{}”", "text": "取自正文“{}”", "review": "取自标题“{}”的下一年"}


def summary(extraction: Extraction, lang: str) -> str:
    """The one line `extract` prints: how many drafts of each kind, how many to review, and the year used."""
    how, _, words = extraction.year_source.partition(":")
    if lang == "zh":
        source = _SOURCES_ZH[how].format(words)
        return (
            f"已起草目标{extraction.targets}项、里程碑{extraction.milestones}项，待复核{extraction.review}项；"
            f"年份{extraction.year}，{source}"
        )
    source = _SOURCES_EN[how].format(words)
    return (
        f"drafted {extraction.targets} targets and {extraction.milestones} milestones, {extraction.review} to review;"
        f" year {extraction.year} {source}"
    )


def extract_file(
    report: Path,
    *,
    year: int | None,
    place: str | None,
    output: Path | None,
    force: bool,
    ledger: str | None = None,
) -> Extraction:
    """Read REPORT, draft its ledger and write it to OUTPUT (refusing to overwrite without FORCE, and to
    replace the ledger LEDGER at all)."""
    from chengkou_tracker.store.files import read_input

    if output is not None and output.exists() and not force:
        raise UsageError("write.exists", path=output)
    try:
        data = read_input(str(report))
    except UsageError as error:
        if error.key != "input.unreadable":
            raise
        raise UsageError("input.unreadable report", **error.fields) from None
    text_path = ""
    if report.suffix.lower() == ".txt":
        folder = output.resolve().parent if output is not None else Path.cwd()
        text_path = Path(os.path.relpath(report.resolve(), folder)).as_posix()
    extraction = extract(data, report.name, year=year, place=place, text_path=text_path)
    if output is not None:
        from chengkou_tracker.errors import LedgerError
        from chengkou_tracker.store.files import write_file

        try:
            write_file(str(output), extraction.toml.encode("utf-8"), force=force, ledger=ledger)
        except LedgerError as error:  # the draft's path is the user's argument: bad input (exit 2)
            raise UsageError(error.key, **error.fields) from None
    return extraction
