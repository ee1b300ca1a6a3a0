"""Draft a ledger from a report's text: decode -> clean -> lay out -> recognise -> draft -> TOML.

Each stage is a pure function of the one before (see the modules); `extract` runs them all and
`write` puts the ledger where the user asked, never over a file without --force.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chengkou_tracker.errors import NothingFound, UsageError
from chengkou_tracker.extract.clean import clean
from chengkou_tracker.extract.decode import decode
from chengkou_tracker.extract.drafts import Draft, drafts
from chengkou_tracker.extract.layout import lay_out
from chengkou_tracker.extract.place import find_place

__all__ = ["Extraction", "NothingToDraft", "extract", "extract_file", "find_place", "summary"]


class NothingToDraft(NothingFound):
    """The report has no target or deliverable in a part that plans the year: nothing is written (exit 1)."""


@dataclass(frozen=True, slots=True)
class Extraction:
    toml: str
    targets: int
    milestones: int
    review: int
    year: int
    year_source: str
    five_year: int = 0


def _quoted_as_written(raw: str, found: list[Draft]) -> bool:
    """Whether RAW, the file as read, holds every quote of FOUND (drafted from its cleaned text) as written.

    Cleaning only removes characters (spaces, carriage returns, the breaks of wrapped lines), so a quote at
    offset P of the cleaned text stands at P + D in the file, D growing along the text. Each quote is looked
    for from where the one before it was found: the whole search reads the file once, not once a quote.
    """
    quotes = sorted(
        {(draft.position, draft.quote) for draft in found}
        | {(draft.baseline_position, draft.baseline_quote) for draft in found if draft.baseline_quote}
    )
    shift = 0
    for position, quote in quotes:
        at = raw.find(quote, position + shift)
        if at < 0:
            return False
        shift = at - position
    return True


def _title(place: str, year: int, text: str) -> str:
    kind = "国民经济和社会发展计划" if "国民经济和社会发展计划" in text[:500] else "政府工作报告"
    return f"{place}{year}年{kind}"


def starts(text: str) -> bool:
    """Whether a milestone's words make a start its deliverable (开工, 启动, 开建), so that it is done when started."""
    return any(word in text for word in ("开工", "启动", "开建"))


def _commitment(draft: Draft, ident: str, year: int) -> dict[str, Any]:
    table: dict[str, Any] = {"id": ident, "section": draft.section, "title": draft.title, "title_en": ""}
    table["quote"] = draft.quote
    if draft.also:
        table["also_sections"] = [section for section, _ in draft.also]
        table["also_quotes"] = [quote for _, quote in draft.also]
    table["kind"] = draft.kind
    if draft.kind == "milestone" and starts(draft.title + draft.quote):
        table["done_when"] = "started"  # a start-milestone (开工, 启动, 开建) is achieved once started
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
    table["tags"] = (["five-year"] if draft.five_year else []) + (["review"] if draft.reasons else [])
    return table


def _with_reasons(body: str, reasons: dict[str, list[str]]) -> str:
    """BODY with a comment above each commitment to review, saying why: "# review: a range up to 10个"."""
    for ident, why in reasons.items():
        header = f'[[commitment]]\nid = "{ident}"\n'
        body = body.replace(header, f"# review: {'; '.join(why)}\n{header}", 1)
    return body


def extract(
    data: bytes, name: str, *, year: int | None = None, place: str | None = None, text_path: str = ""
) -> Extraction:
    """The draft ledger of the report in DATA (read from a file called NAME), as TOML text."""
    from chengkou_tracker.store.writer import draft_text

    raw = decode(data, name)
    text = clean(raw)
    layout = lay_out(text, year)
    found = drafts(text, layout)
    if not found:
        raise NothingToDraft("extract.nothing", name=name, year=layout.year)
    used = {draft.section for draft in found} | {s for draft in found for s, _ in draft.also}
    sections = [
        {"key": key, "heading": heading}
        for key, heading in layout.sections
        if key in used or key.startswith("（") or key == "主要预期目标"
    ]
    chosen_place = place if place is not None else find_place(text)
    if not chosen_place:
        raise UsageError("extract.no_place", name=name)
    report: dict[str, Any] = {
        "place": chosen_place,
        "year": layout.year,
        "title": _title(chosen_place, layout.year, text),
    }
    # The ledger names the report's file only where `validate` can find every quote in it as it is.
    if text_path and raw == data.decode("utf-8-sig", errors="replace") and _quoted_as_written(raw, found):
        report["text"] = text_path
    report["sections"] = sections
    counters = {"T": 0, "M": 0}
    commitments = []
    reasons: dict[str, list[str]] = {}
    for draft in sorted(found, key=lambda d: d.position):
        letter = "M" if draft.kind == "milestone" else "T"
        counters[letter] += 1
        ident = f"{letter}{counters[letter]:03d}"
        commitments.append(_commitment(draft, ident, layout.year))
        if draft.reasons:
            reasons[ident] = draft.reasons
    header = (
        f"# Drafted by `chengkou-tracker extract` from {name}: check every draft against the report,\n"
        '# starting with those tagged "review" (`chengkou-tracker --ledger FILE list --tag review`).\n\n'
    )
    return Extraction(
        toml=_with_reasons(draft_text(header, report, commitments), reasons),
        targets=counters["T"],
        milestones=counters["M"],
        review=sum(1 for draft in found if draft.reasons),
        year=layout.year,
        year_source=layout.year_source,
        five_year=sum(1 for draft in found if draft.five_year),
    )


def summary(extraction: Extraction, lang: str) -> str:
    """The one line `extract` prints: how many drafts of each kind, how many to review, and the year used."""
    from chengkou_tracker.i18n import say

    how, _, words = extraction.year_source.partition(":")
    five_year = say("extract.summary.five_year", lang, count=extraction.five_year) if extraction.five_year else ""
    return say(
        "extract.summary",
        lang,
        targets=extraction.targets,
        milestones=extraction.milestones,
        five_year=five_year,
        review=extraction.review,
        year=extraction.year,
        source=say(f"extract.source.{how}", lang, words=words),
    )


def extract_file(report: Path, *, year: int | None, place: str | None, output: Path | None, force: bool) -> Extraction:
    """Read REPORT, draft its ledger and write it to OUTPUT (refusing to overwrite without FORCE)."""
    if output is not None and output.exists() and not force:
        raise UsageError("write.exists", path=output)
    try:
        data = report.read_bytes()
    except OSError as error:
        raise UsageError(f"cannot read {report}: {error.strerror}") from None
    text_path = ""
    if report.suffix.lower() == ".txt":
        folder = output.resolve().parent if output is not None else Path.cwd()
        text_path = Path(os.path.relpath(report.resolve(), folder)).as_posix()
    extraction = extract(data, report.name, year=year, place=place, text_path=text_path)
    if output is not None:
        from chengkou_tracker.errors import LedgerError
        from chengkou_tracker.store.files import write_file

        try:
            write_file(str(output), extraction.toml.encode("utf-8"), force=force)
        except LedgerError as error:  # the draft's path is the user's argument: bad input (exit 2)
            raise UsageError(error.key, **error.fields) from None
    return extraction
