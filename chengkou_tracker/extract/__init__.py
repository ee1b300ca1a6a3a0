"""Draft a ledger from a report's text: decode -> clean -> lay out -> recognise -> draft -> TOML.

Each stage is a pure function of the one before (see the modules); `extract` runs them all and
`write` puts the ledger where the user asked, never over a file without --force.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from chengkou_tracker.errors import NothingFound, UsageError
from chengkou_tracker.extract.clean import clean
from chengkou_tracker.extract.decode import decode
from chengkou_tracker.extract.doubts import Doubt
from chengkou_tracker.extract.drafts import Draft, drafts
from chengkou_tracker.extract.layout import lay_out
from chengkou_tracker.extract.place import find_place, report_title
from chengkou_tracker.extract.script import simplified

if TYPE_CHECKING:
    from chengkou_tracker.extract.outcomes import Outcomes
    from chengkou_tracker.model import Ledger

__all__ = [
    "Extraction",
    "NothingToDraft",
    "extract",
    "extract_file",
    "find_place",
    "outcomes_file",
    "report_title",
    "summary",
]


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
    carried: tuple[tuple[str, bool], ...] = ()  # (kind, named again by the new report) of each carried commitment
    carried_year: int = 0


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


def _quoted_from(text: str, reading: str, found: list[Draft]) -> list[Draft]:
    """FOUND, drafted from READING (TEXT in simplified characters, offset for offset), quoting TEXT as written, units
    and all."""
    if reading is text:
        return found
    for draft in found:
        read_as = draft.quote
        draft.quote = text[draft.position : draft.position + len(read_as)]
        at = read_as.find(draft.unit) if draft.unit else -1
        if at >= 0:  # the unit as written too: 萬元/人
            draft.unit = draft.quote[at : at + len(draft.unit)]
        if draft.baseline_quote:
            at = draft.baseline_position
            draft.baseline_quote = text[at : at + len(draft.baseline_quote)]
        draft.also = [
            (section, text[at : at + len(quote)] if (at := reading.find(quote)) >= 0 else quote)
            for section, quote in draft.also
        ]
    return found


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


def _with_reasons(body: str, reasons: dict[str, list[Doubt]], lang: str) -> str:
    """BODY with a comment above each commitment to review, saying why in LANG: "# review: a range up to 10个"."""
    from chengkou_tracker.i18n import field, say

    for ident, why in reasons.items():
        header = f'[[commitment]]\nid = "{ident}"\n'
        said = say(
            "extract.review", lang, reasons=say("extract.review.separator", lang).join(field(d, lang) for d in why)
        )
        body = body.replace(header, f"# {said}\n{header}", 1)
    return body


def extract(
    data: bytes,
    name: str,
    *,
    year: int | None = None,
    place: str | None = None,
    text_path: str = "",
    carry: Ledger | None = None,
    lang: str = "en",
) -> Extraction:
    """The draft ledger of the report in DATA (read from a file called NAME), as TOML text; its comments
    (what to check, why each draft tagged review is) in LANG.

    With CARRY (the year before's ledger), its commitments that go on are carried in (extract/carry.py).
    """
    from chengkou_tracker.store.writer import draft_text

    raw = decode(data, name)
    text = clean(raw)
    reading = simplified(text)
    layout = lay_out(reading, year)
    found = _quoted_from(text, reading, drafts(reading, layout))
    if not found:
        raise NothingToDraft("extract.nothing", name=name, year=layout.year)
    used = {draft.section for draft in found} | {s for draft in found for s, _ in draft.also}
    sections = [
        {"key": key, "heading": heading}
        for key, heading in layout.sections
        if key in used or key.startswith("（") or key == "主要预期目标"
    ]
    chosen_place = place if place is not None else find_place(reading)
    if not chosen_place:
        raise UsageError("extract.no_place", name=name)
    report: dict[str, Any] = {
        "place": chosen_place,
        "year": layout.year,
        "title": report_title(chosen_place, layout.year, reading),
    }
    # The ledger names the report's file only where `validate` can find every quote in it as it is.
    if text_path and raw == data.decode("utf-8-sig", errors="replace") and _quoted_as_written(raw, found):
        report["text"] = text_path
    report["sections"] = sections
    ordered = sorted(found, key=lambda d: d.position)
    commitments = [_commitment(draft, "", layout.year) for draft in ordered]
    carried: list[tuple[str, bool]] = []
    if carry is not None:
        from chengkou_tracker.extract.carry import carry_over

        if carry.report.year >= layout.year:  # carried forward only: a 2027 ledger does not continue into 2026
            raise UsageError("extract.carry.year", path=carry.path, old=carry.report.year, year=layout.year)
        drafted = len(commitments)
        commitments, needed = carry_over(carry, commitments, layout.year)
        known = {section["key"] for section in sections}
        sections.extend({"key": key, "heading": carry.report.heading(key)} for key in needed if key not in known)
        carried = [(t["kind"], n < drafted) for n, t in enumerate(commitments) if "carried_from" in t]
    # Ids in order, drafts first: T001... for figures, M001... for milestones.
    counters = {"T": 0, "M": 0}
    for table in commitments:
        letter = "M" if table["kind"] == "milestone" else "T"
        counters[letter] += 1
        table["id"] = f"{letter}{counters[letter]:03d}"
    reasons = {commitments[n]["id"]: draft.reasons for n, draft in enumerate(ordered) if draft.reasons}
    from chengkou_tracker.i18n import say

    header = "".join(f"# {line}\n" for line in say("extract.header", lang, name=name).splitlines()) + "\n"
    return Extraction(
        toml=_with_reasons(draft_text(header, report, commitments), reasons, lang),
        targets=counters["T"],
        milestones=counters["M"],
        review=sum(1 for draft in found if draft.reasons),
        year=layout.year,
        year_source=layout.year_source,
        five_year=sum(1 for draft in found if draft.five_year),
        carried=tuple(carried),
        carried_year=carry.report.year if carry is not None else 0,
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


def carried_summary(extraction: Extraction, lang: str) -> str:
    """The line `extract --carry-over` adds: what came over from the year before, and how much of it."""
    from chengkou_tracker.i18n import say

    projects = sum(1 for kind, _ in extraction.carried if kind == "milestone")
    return say(
        "extract.carried",
        lang,
        year=extraction.carried_year,
        count=len(extraction.carried),
        goals=len(extraction.carried) - projects,
        projects=projects,
        again=sum(1 for _, again in extraction.carried if again),
    )


def extract_file(
    report: Path,
    *,
    year: int | None,
    place: str | None,
    output: Path | None,
    force: bool,
    carry_over: Path | None = None,
    ledger: str | None = None,
    lang: str = "en",
) -> Extraction:
    """Read REPORT, draft its ledger and write it to OUTPUT (refusing to overwrite without FORCE, and to
    replace the ledger LEDGER at all).

    With CARRY_OVER, the year before's ledger: its commitments that go on are carried into the draft.
    """
    if output is not None and output.exists() and not force:
        raise UsageError("write.exists", path=output)
    carry = None
    if carry_over is not None:
        from chengkou_tracker.store.ledger import load

        carry = load(str(carry_over))
    data = _read_report(report)
    text_path = ""
    if report.suffix.lower() in (".txt", ".md"):  # plain text validate can read, quotes and all (not .html)
        folder = output.resolve().parent if output is not None else Path.cwd()
        text_path = Path(os.path.relpath(report.resolve(), folder)).as_posix()
    extraction = extract(data, report.name, year=year, place=place, text_path=text_path, carry=carry, lang=lang)
    if output is not None:
        _write(output, extraction.toml.encode("utf-8"), force=force, ledger=ledger)
    return extraction


def _read_report(report: Path) -> bytes:
    """REPORT's bytes; a FIFO, a device or a folder is refused at once (store.files.read_input)."""
    from chengkou_tracker.store.files import read_input

    try:
        return read_input(str(report))
    except UsageError as error:
        if error.key != "input.unreadable":
            raise
        raise UsageError("input.unreadable report", **error.fields) from None


def _write(output: Path, data: bytes, *, force: bool, ledger: str | None = None) -> None:
    """DATA to OUTPUT through the one durable write; a failure is the user's argument at fault (exit 2)."""
    from chengkou_tracker.errors import LedgerError
    from chengkou_tracker.store.files import write_file

    try:
        write_file(str(output), data, force=force, ledger=ledger)
    except LedgerError as error:
        raise UsageError(error.key, **error.fields) from None


def outcomes_file(
    ledger_path: str, report: Path, *, output: Path | None, force: bool, lang: str = "en"
) -> tuple[Ledger, Outcomes, bytes]:
    """The old ledger at LEDGER_PATH, the outcomes REPORT states for its year, and their CSV (headed in LANG),
    written to OUTPUT.

    The ledger itself is never written: OUTPUT may not be it, and an existing OUTPUT is replaced only with FORCE.
    """
    from chengkou_tracker.extract.outcomes import outcomes, outcomes_csv
    from chengkou_tracker.store.ledger import load

    if output is not None and output.exists():
        if os.path.exists(ledger_path) and os.path.samefile(output, ledger_path):
            raise UsageError("outcomes.is_ledger", path=output)
        if not force:
            raise UsageError("write.exists", path=output)
    ledger = load(ledger_path)
    data = _read_report(report)
    found = outcomes(ledger, data, report.name)
    if not found.rows and not found.delayed:
        raise NothingFound("outcomes.nothing", name=report.name, year=ledger.report.year)
    csv = outcomes_csv(found, lang)
    if output is not None:
        _write(output, csv, force=force, ledger=ledger_path)
    return ledger, found, csv
