"""Issue 12, items 5, 6 and 9: the fast reader agrees with tomllib on hand-styled ledgers (values and lines),
and the cache never changes what a ledger reads as.

The examples are many (a hypothesis profile, `reader`, with CHENGKOU_READER_EXAMPLES to change the count) and
cheap: each is one small ledger text.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chengkou_tracker.errors import LedgerInvalid
from chengkou_tracker.model import Ledger
from chengkou_tracker.store import cache, reader, writer
from chengkou_tracker.store.parse import _parse_with_tomllib, exact_float, parse
from tests.conftest import BUNDLED

READER_EXAMPLES = int(os.environ.get("CHENGKOU_READER_EXAMPLES", "2000"))
CACHE_EXAMPLES = max(1, READER_EXAMPLES // 10)
settings.register_profile(
    "reader", max_examples=READER_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
print(f"hypothesis examples: reader agreement {READER_EXAMPLES}, cache differential {CACHE_EXAMPLES}")

HEAD = (
    '# a ledger\n[report]\nplace = "城口县"\nyear = 2023\ntitle = "城口县2023年政府工作报告"\n\n'
    '[[report.sections]]\nkey = "主要预期目标"\nheading = "目标"\n\n'
    '[[commitment]]\nid = "T001"\nsection = "主要预期目标"\ntitle = "增速"\ntitle_en = "Growth"\nquote = "增长7%"\n'
    'kind = "growth"\ntarget = 7\nunit = "%"\ndirection = "about"\ntags = []\n\n'
    '[[commitment]]\nid = "M001"\nsection = "主要预期目标"\ntitle = "开工"\ntitle_en = "Start"\nquote = "开工"\n'
    'kind = "milestone"\ntags = []\n'
)
HEAD_TABLES = [2, 7, 11, 23]  # header lines: [report], [[report.sections]], two [[commitment]]
# The same head with the sections as an inline array and a comment after a value (tomllib reads it, the fast
# reader the rest), and a head without [report].
INLINE_HEAD = HEAD.replace("year = 2023\n", "year = 2023  # the report's year\n").replace(
    '\n[[report.sections]]\nkey = "主要预期目标"\nheading = "目标"\n',
    'sections = [\n  { key = "主要预期目标", heading = "目标" },\n]\n',
)
LEGACY_HEAD = HEAD[HEAD.index("[[commitment]]") :]
HEADS = [
    (head, [number for number, line in enumerate(head.split("\n"), start=1) if line.startswith("[")])
    for head in (HEAD, INLINE_HEAD, LEGACY_HEAD)
]
assert HEADS[0][1] == HEAD_TABLES

# Text that looks like other TOML values, or like the ledger's own lines.
TRICKY_TEXT = [
    "2023-06-30",
    "2023-07-02T09:00:00Z",
    "2023-07-02T09:00:00+08:00",
    "[[update]]",
    "\n[[update]]\nchange = 2\n",
    "change = 9",
    "# not a comment",
    "a = b",
    'quote " inside',
    "back\\slash",
    "城口县",
    "",
]
plain_text = st.sampled_from(TRICKY_TEXT) | st.text(st.characters(exclude_categories=["Cs", "Cc"]), max_size=12)


def basic(text: str) -> str:
    return writer.toml_string(text)


@st.composite
def string_literal(draw: st.DrawFn, text: str) -> str:
    """TEXT written as TOML in one of its string forms."""
    forms = [basic(text)]
    if "'" not in text and "\n" not in text:
        forms.append(f"'{text}'")
    if "'''" not in text and not text.endswith("'"):
        forms.append(f"'''\n{text}'''")
    if '"""' not in text and "\\" not in text and not text.endswith('"'):
        forms.append(f'"""\n{text}"""')
    return draw(st.sampled_from(forms))


MOMENTS = [
    "2023-07-02T09:00:00Z",
    "2023-07-02T09:00:00+08:00",
    "2023-07-01T23:30:00-05:30",
    "2023-07-02T09:00:00.5Z",
    "2023-07-02 09:00:00Z",
    "2023-07-02T09:00:00",
]
NUMBERS = ["5", "7.3", "0", "-2.5", "1e3", "1_000", "+4", "6.0", "0.1", "1e-7", "12"]


@dataclass
class Written:
    text: str
    header_lines: list[int]  # of every table, in order
    commitment_lines: list[int]  # of the `commitment` key of every change table


@st.composite
def change_table(draw: st.DrawFn, change: int) -> tuple[list[str], int, int]:
    """(lines, offset of the header line, offset of the commitment key line) of one hand-styled change.

    The values are drawn; the layout (key order, quoting, spacing, comments) comes from one drawn seed, which
    keeps thousands of examples fast while hypothesis still shrinks to a small seed.
    """
    style = random.Random(draw(st.integers(0, 2**32)))
    is_edit = style.random() < 0.4
    name = "edit" if is_edit else "update"
    commitment = style.choice(["T001", "M001"])
    values: dict[str, str] = {"change": str(change), "commitment": basic(commitment)}
    if is_edit:
        values["owner"] = draw(string_literal(draw(plain_text)))
    else:
        values["date"] = style.choice(["2023-06-30", "2023-01-01"])
        values["value"] = style.choice(['"started"', '"done"']) if commitment == "M001" else style.choice(NUMBERS)
        for optional in ("note", "source"):
            if style.random() < 0.5:
                values[optional] = draw(string_literal(draw(plain_text)))
    values["by"] = draw(string_literal(draw(plain_text)))
    if style.random() < 0.6:
        values["recorded_at"] = style.choice(MOMENTS)
    order = list(values)
    if style.random() < 0.6:
        style.shuffle(order)
    header = style.choice([f"[[{name}]]", f"[[{name}]]", f"[[{name}]] # by hand", f"[[ {name} ]]", f"  [[{name}]]"])
    lines = [header]
    commitment_offset = 0
    for key in order:
        if style.random() < 0.15:
            lines.append(style.choice(["# a comment", "", "   ", "# [[update]]"]))
        written_key = f'"{key}"' if style.random() < 0.2 else key
        equals = style.choice([" = ", " = ", "=", "  =  "])
        value = values[key]
        comment = "" if "\n" in value or style.random() < 0.75 else "  # note"
        if key == "commitment":
            commitment_offset = len(lines)
        lines.append(f"{written_key}{equals}{value}{comment}")
    return lines, 0, commitment_offset


@st.composite
def hand_styled(draw: st.DrawFn) -> Written:
    head, head_tables = draw(st.sampled_from(HEADS))
    lines = head.rstrip("\n").split("\n")
    header_lines = list(head_tables)
    commitment_lines = []
    count = draw(st.integers(0, 4))
    for change in range(1, count + 1):
        table, header_offset, commitment_offset = draw(change_table(change))
        if draw(st.booleans()):
            lines.append("")
        start = sum(entry.count("\n") + 1 for entry in lines) + 1
        header_lines.append(start + header_offset)
        commitment_lines.append(start + commitment_offset + _extra_lines(table, commitment_offset))
        lines.extend(table)
    newline = draw(st.sampled_from(["\n", "\n", "\r\n"]))
    text = "\n".join(lines).replace("\n", newline)
    if draw(st.booleans()):
        text += newline
    return Written(text, header_lines, commitment_lines)


def _extra_lines(table: list[str], before: int) -> int:
    """Lines that multi-line strings in TABLE's first BEFORE entries add."""
    return sum(entry.count("\n") for entry in table[:before])


@settings(settings.get_profile("reader"))
@given(hand_styled())
def test_the_fast_reader_agrees_with_tomllib_on_values_and_lines(written: Written) -> None:
    text = written.text
    expected = tomllib.loads(text, parse_float=exact_float)
    for document in (parse(text), _parse_with_tomllib(text)):  # the fast reader, and tomllib with the scan
        assert document.as_dict() == expected, text
        lines = [document.report.line] if document.report else []
        lines += [section.line for section in document.sections]
        tables = [(t.line, t.key_lines.get("commitment")) for t in document.tables if t.name in ("update", "edit")]
        tables += [(u.line, u.line + 2) for u in document.updates]
        lines += [t.line for t in document.tables if t.name == "commitment"]
        lines += [line for line, _ in tables]
        assert sorted(lines) == written.header_lines, text
        assert [key_line for _, key_line in sorted(tables)] == written.commitment_lines, text


def test_a_report_head_the_fast_reader_does_not_read_leaves_it_the_rest() -> None:
    """Sections written as an inline array (as tomli-w writes them) must not send a year of history to tomllib."""
    from chengkou_tracker.model import Update

    records = "".join(
        writer.format_update(
            Update(
                "T001",
                dt.date(2023, 6, 30),
                5.0 + n,
                by="c",
                recorded_at=dt.datetime(2023, 7, 1, tzinfo=dt.UTC),
                change=n,
            )
        )
        for n in range(1, 51)
    )
    text = INLINE_HEAD + records
    document = parse(text)
    assert len(document.updates) == 50  # read in one step each, by the fast reader
    assert document.as_dict() == tomllib.loads(text, parse_float=exact_float)
    first = INLINE_HEAD.count("\n") + 2  # after the blank line each record starts with
    assert [u.line for u in document.updates][:2] == [first, first + 8]
    assert document.report is not None and document.report.key_lines["year"] == 4


def _snapshot(ledger: Ledger) -> tuple[object, ...]:
    return (
        list(ledger.commitments.values()),
        [c.line for c in ledger.commitments.values()],
        ledger.updates,
        [u.line for u in ledger.updates],
        ledger.edits,
        [e.line for e in ledger.edits],
        ledger.report,
    )


@settings(settings.get_profile("reader"), max_examples=CACHE_EXAMPLES)
@given(hand_styled())
def test_cold_warm_and_no_cache_read_the_same(written: Written) -> None:
    data = written.text.encode("utf-8")
    plain, problems = reader.read_ledger("l.toml", data)
    builds = []

    def build(path: str, data: bytes) -> Ledger:
        builds.append(path)
        return reader.valid_ledger(path, data)

    with tempfile.TemporaryDirectory() as folder:
        os.environ["CHENGKOU_CACHE_DIR"] = folder
        try:
            if problems:  # an invalid ledger is refused the same way, and never cached
                for _ in range(2):
                    try:
                        cache.cached("l.toml", data, build)
                    except LedgerInvalid as invalid:
                        assert [str(p) for p in invalid.problems] == [str(p) for p in problems]
                assert os.listdir(folder) == []
                return
            cold = cache.cached("l.toml", data, build)
            warm = cache.cached("l.toml", data, build)
        finally:
            del os.environ["CHENGKOU_CACHE_DIR"]
    assert builds == ["l.toml"]  # the second read came from the cache
    assert _snapshot(cold) == _snapshot(warm) == _snapshot(plain)
    assert isinstance(dt.date.today(), dt.date)


def test_the_examples_include_every_style() -> None:
    """The strategy does produce what the properties are about (a generator that never did would pass them)."""
    seen: set[str] = set()

    @settings(max_examples=300, deadline=None, database=None)
    @given(hand_styled())
    def collect(written: Written) -> None:
        text = written.text
        for style, present in {
            "comment on a header": "]] # by hand" in text,
            "quoted key": '"commitment"' in text or '"by"' in text,
            "offset": "+08:00" in text,
            "header in a string": '"""\n\n[[update]]' in text or "'''\n\n[[update]]" in text,
            "date-like text": '"2023-06-30"' in text,
            "crlf": "\r\n" in text,
            "no spaces around =": "commitment=" in text,
        }.items():
            if present:
                seen.add(style)

    collect()
    assert len(seen) == 7, seen
    assert Path(__file__).exists()


# ---------------------------------------------------------------- issue 20: the fast reader against tomllib, by example

TOOL_UPDATE = (
    '[[update]]\nchange = 1\ncommitment = "T001"\ndate = 2023-06-30\nvalue = 5\nby = "c"\n'
    "recorded_at = 2023-07-01T00:00:00Z\n"
)


@pytest.mark.parametrize(
    ("tail", "problem"),
    [
        # A key added by hand after a tool-written table belongs to that table: never silently dropped.
        ("reviewed = true\n", "+7: unknown field 'reviewed' in [[update]]"),
        ('note = "checked by phone"\n', None),
        ('source = "统计局"\nfinal = true\n', None),
        ("final=true\n", None),
        ('note = "no newline at the end"', None),
        ("# a comment after the table\n", None),
        ("\n\nfinal = true\n", None),
        ('note = "a" # why\n', None),
        ("value = 6\n", "+7:10: invalid TOML: Cannot overwrite a value"),  # the same key twice: tomllib's verdict
    ],
)
def test_the_fast_reader_reads_hand_added_keys_after_a_tool_table_as_tomllib_does(
    tail: str, problem: str | None
) -> None:
    head = BUNDLED.read_text("utf-8")
    text = head + "\n" + TOOL_UPDATE + tail
    header = head.count("\n") + 2  # the [[update]] line
    problems = reader.read_ledger("l.toml", text.encode("utf-8"))[1]
    if problem is not None:
        offset, _, message = problem.partition(":")
        assert str(problems[0]).startswith(f"l.toml:{header + int(offset)}:{message}"), problems
        return
    assert problems == []
    truth = tomllib.loads(text, parse_float=exact_float)
    for document in (parse(text), _parse_with_tomllib(text)):
        assert document.as_dict() == truth
    (update,) = reader.valid_ledger("l.toml", text.encode("utf-8")).updates
    table = truth["update"][0]
    assert update.line == header
    assert (update.note, update.source, update.final) == (
        table.get("note", ""),
        table.get("source", ""),
        table.get("final", False),
    )
