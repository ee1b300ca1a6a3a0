"""Property-based: whatever the tool writes, it reads back; the fast parser agrees with tomllib; and
record/edit/undo sequences match an in-memory model."""

from __future__ import annotations

import datetime as dt
import math
import tempfile
import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from chengkou_tracker import operations
from chengkou_tracker.errors import AlreadyRecorded
from chengkou_tracker.model import LEGACY_REPORT, Commitment, Direction, Kind, Update
from chengkou_tracker.store import ledger as ledger_file
from chengkou_tracker.store import writer
from chengkou_tracker.store.parse import TomlSyntaxError, parse
from chengkou_tracker.store.schema import ID_PATTERN
from tests.conftest import BUNDLED

ROUND_TRIP_EXAMPLES = 150
PARSER_EXAMPLES = 200
STATEFUL_EXAMPLES = 25
STATEFUL_STEPS = 12
print(
    f"hypothesis examples: round trip {ROUND_TRIP_EXAMPLES}, parser agreement {PARSER_EXAMPLES}, "
    f"stateful {STATEFUL_EXAMPLES} runs x up to {STATEFUL_STEPS} steps"
)

# Any Unicode but lone surrogates, weighted towards the characters that break line-based readers and TOML strings.
TRICKY = '\u2028\u2029\x85\x0b\x0c\x1c\r\n\t\x00\x7f"\\#=[]\u202e'
text = st.text(st.characters(exclude_categories=["Cs"]) | st.sampled_from(TRICKY), max_size=40)
nonblank = text.filter(lambda value: value.strip() != "")
finite = st.floats(allow_nan=False, allow_infinity=False)
dates = st.dates()
moments = st.datetimes(min_value=dt.datetime(1000, 1, 1), max_value=dt.datetime(9999, 12, 30)).map(
    lambda moment: moment.replace(microsecond=0, tzinfo=dt.UTC)
)
ids = st.from_regex(ID_PATTERN, fullmatch=True)


@st.composite
def commitments(draw: st.DrawFn) -> Commitment:
    kind = draw(st.sampled_from(list(Kind)))
    start = draw(dates)
    deadline = draw(st.dates(min_value=start))
    also_sections = draw(st.lists(st.sampled_from(LEGACY_REPORT.section_keys), max_size=2))
    numeric: dict[str, Any] = {}
    if kind is not Kind.MILESTONE:
        baseline = draw(st.none() | finite)
        numeric = {
            "target": draw(finite),
            "unit": draw(nonblank),
            "direction": draw(st.sampled_from(list(Direction))),
            "tolerance": draw(st.none() | finite.map(abs)),
            "baseline": baseline,
            "baseline_quote": None if baseline is None else draw(st.none() | nonblank),
        }
    return Commitment(
        id=draw(ids),
        section=draw(st.sampled_from(LEGACY_REPORT.section_keys)),
        title=draw(nonblank),
        title_en=draw(nonblank),
        quote=draw(nonblank),
        kind=kind,
        start=start,
        deadline=deadline,
        owner=draw(text),
        tags=tuple(draw(st.lists(text, max_size=3))),
        also_sections=tuple(also_sections),
        also_quotes=tuple(draw(st.lists(nonblank, min_size=len(also_sections), max_size=len(also_sections)))),
        **numeric,
    )


@st.composite
def updates_for(draw: st.DrawFn, commitment: Commitment, change: int) -> Update:
    value: float | str = (
        draw(st.sampled_from(["started", "done"])) if commitment.kind is Kind.MILESTONE else draw(finite)
    )
    return Update(
        commitment=commitment.id,
        date=draw(dates),
        value=value,
        final=commitment.kind is not Kind.MILESTONE and draw(st.booleans()),
        note=draw(text),
        source=draw(text),
        by=draw(text),
        recorded_at=draw(moments),
        change=change,
    )


@st.composite
def ledgers(draw: st.DrawFn) -> tuple[list[Commitment], list[Update]]:
    chosen = draw(st.lists(commitments(), min_size=1, max_size=4, unique_by=lambda commitment: commitment.id))
    count = draw(st.integers(0, 6))
    return chosen, [draw(updates_for(draw(st.sampled_from(chosen)), change)) for change in range(1, count + 1)]


@settings(max_examples=ROUND_TRIP_EXAMPLES, deadline=None)
@given(ledgers())
def test_whatever_is_written_reads_back_equal(content: tuple[list[Commitment], list[Update]]) -> None:
    chosen, updates = content
    text_written = "# header\n" + "".join(map(writer.format_commitment, chosen))
    text_written += "".join(map(writer.format_update, updates))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "ledger.toml")
        path.write_bytes(text_written.encode("utf-8"))
        loaded = ledger_file.load(str(path))
    assert list(loaded.commitments.values()) == chosen
    assert loaded.updates == updates
    assert tomllib.loads(text_written)  # and it is TOML, by the reference parser


@settings(max_examples=ROUND_TRIP_EXAMPLES, deadline=None)
@given(ledgers())
def test_a_ledger_written_by_another_tool_reads_the_same(content: tuple[list[Commitment], list[Update]]) -> None:
    """A script may write the ledger with tomli-w, in its own layout: it must load as the tool's own does."""
    import tomli_w

    chosen, updates = content
    ours = "".join(map(writer.format_commitment, chosen)) + "".join(map(writer.format_update, updates))
    theirs = tomli_w.dumps(tomllib.loads(ours))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "ledger.toml")
        path.write_text(theirs, "utf-8")
        loaded = ledger_file.load(str(path))
    assert list(loaded.commitments.values()) == chosen
    assert loaded.updates == updates


# ---------------------------------------------------------------- fast parser vs tomllib

literals = st.one_of(
    text.map(writer.toml_string),
    finite.map(writer.toml_number),
    st.integers(-(2**70), 2**70).map(str),
    st.booleans().map(lambda flag: "true" if flag else "false"),
    dates.map(dt.date.isoformat),
    moments.map(writer.toml_value),
    st.lists(text, max_size=3).map(writer.toml_value),
    st.sampled_from(
        [
            "1_000",
            "0x1F",
            "+5",
            "-0",
            "00",
            "1.",
            ".5",
            "1e400",
            "-inf",
            "nan",
            "'literal'",
            '"tab\\t"',
            '"bad\\q"',
            "5 # comment",
            '"a" "b"',
            "2023-02-30",
            "2023-07-02T25:00:00Z",
            "2023-07-02 09:00:00",
            "1979-05-27T07:32:00",
            '"""multi"""',
            "[1, 2]",
            '["a", 1]',
            "{ x = 1 }",
            "",
            "=",
            '"unterminated',
            "2023-07-02T09:00:00.1234567Z",
        ]
    ),
)
# Whole [[update]] tables as the tool writes them, which the parser reads in one step, and near misses.
CANONICAL_UPDATES = [
    '[[update]]\nchange = 1\ncommitment = "T001"\ndate = 2023-06-30\nvalue = 7.5\nby = "c"\nrecorded_at = 2023-07-01T00:00:00Z',
    '[[update]]\nchange = 2\ncommitment = "M001"\ndate = 2023-06-30\nvalue = "done"\nfinal = true\nnote = "n"\n'
    'source = "s"\nby = "c"\nrecorded_at = 2023-07-01T00:00:00Z',
    '[[update]]\nchange = 3\ncommitment = "T001"\ndate = 2023-02-30\nvalue = 1\nby = "c"\nrecorded_at = 2023-07-01T00:00:00Z',
    '[[update]]\nchange = 4\ncommitment = "T001"\ndate = 2023-06-30\nvalue = 1e999\nby = "c"\nrecorded_at = 2023-07-01T00:00:00Z',
    '[[update]]\nchange = 5\ncommitment = "T001"\ndate = 2023-06-30\nvalue = 2\nby = "c"\nrecorded_at = 2023-07-01T00:00:00Z\nextra = 1',
]
keys = st.sampled_from(["change", "commitment", "value", "note", "by", "a-b", "x_1", "dup"])
lines = st.one_of(
    st.tuples(keys, literals).map(lambda pair: f"{pair[0]} = {pair[1]}"),
    st.sampled_from(["[[update]]", "[[edit]]", "[[commitment]]", "", "# comment", "[table]", "key=1", "  [[update]]"]),
    st.sampled_from(CANONICAL_UPDATES),
)


def _normal(value: Any) -> Any:
    """NaN compares equal to itself here, so that documents holding it can be compared."""
    if isinstance(value, float) and math.isnan(value):
        return "NaN"
    if isinstance(value, dict):
        return {key: _normal(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_normal(item) for item in value]
    return value


@settings(max_examples=PARSER_EXAMPLES, deadline=None)
@given(st.lists(lines, max_size=12), st.sampled_from(["\n", "\r\n"]))
def test_fast_parser_agrees_with_tomllib(document_lines: list[str], newline: str) -> None:
    document = newline.join(document_lines) + newline
    try:
        expected = tomllib.loads(document)
    except tomllib.TOMLDecodeError:
        expected = None
    try:
        parsed = parse(document)
    except TomlSyntaxError:
        assert expected is None, document
        return
    assert expected is not None, document
    assert _normal(parsed.as_dict()) == _normal(expected)


# ---------------------------------------------------------------- record / edit / undo against a model

NOW = dt.datetime(2023, 7, 2, 9, 0, tzinfo=dt.UTC)
TODAY = dt.date(2023, 7, 2)
BUNDLED_LEDGER = ledger_file.load(str(BUNDLED))
NUMERIC_IDS = [c.id for c in BUNDLED_LEDGER.commitments.values() if c.kind is not Kind.MILESTONE][:5]
MILESTONE_IDS = [c.id for c in BUNDLED_LEDGER.commitments.values() if c.kind is Kind.MILESTONE][:3]


class LedgerMachine(RuleBasedStateMachine):
    """The ledger file against a model: the list of updates and the edited fields of each commitment."""

    def __init__(self) -> None:
        super().__init__()
        self.folder = tempfile.TemporaryDirectory()
        self.path = str(Path(self.folder.name, "commitments.toml"))
        operations.init(self.path)
        self.updates: list[Update] = []
        self.edited: dict[str, dict[str, object]] = {}
        # One entry per change: the file's bytes before it, and the model before it.
        self.undo_stack: list[tuple[bytes, list[Update], dict[str, dict[str, object]]]] = []

    def _remember(self) -> None:
        edited = {commitment_id: dict(fields) for commitment_id, fields in self.edited.items()}
        self.undo_stack.append((Path(self.path).read_bytes(), list(self.updates), edited))

    @rule(
        commitment_id=st.sampled_from(NUMERIC_IDS + MILESTONE_IDS),
        figure=finite,
        state=st.sampled_from(["started", "done"]),
        date=st.dates(min_value=dt.date(2023, 1, 1), max_value=TODAY),  # the bundled commitments' start
        note=text,
        final=st.booleans(),
    )
    def record(self, commitment_id: str, figure: float, state: str, date: dt.date, note: str, final: bool) -> None:
        milestone = commitment_id in MILESTONE_IDS
        same = (commitment_id, date, state if milestone else figure, final and not milestone, note, "")
        if any((u.commitment, u.date, u.value, u.final, u.note, u.source) == same for u in self.updates):
            before = Path(self.path).read_bytes()  # the same figure again: said, and nothing written
            with pytest.raises(AlreadyRecorded):
                operations.record(
                    self.path, commitment_id, state if milestone else repr(figure), date=date, today=TODAY, now=NOW,
                    by="clerk", note=note, final=final and not milestone,
                )  # fmt: skip
            assert Path(self.path).read_bytes() == before
            return
        self._remember()
        update, _ = operations.record(
            self.path, commitment_id, state if milestone else repr(figure), date=date, today=TODAY, now=NOW,
            by="clerk", note=note, final=final and not milestone, force=True, correct=True,
        )  # fmt: skip  # any figure, plausible or not, for any date: the file must match the model
        assert update.change == len(self.undo_stack)
        self.updates.append(update)

    @rule(
        commitment_id=st.sampled_from(NUMERIC_IDS + MILESTONE_IDS),
        owner=st.none() | text,
        tags=st.none() | st.lists(text, max_size=3).map(tuple),
        title_en=st.none() | nonblank,
        tolerance=st.none() | finite.map(abs),
        deadline=st.none() | st.dates(min_value=dt.date(2023, 1, 1)),
    )
    def edit(self, commitment_id: str, **candidates: object) -> None:
        fields = {key: value for key, value in candidates.items() if value is not None}
        if commitment_id in MILESTONE_IDS:
            fields.pop("tolerance", None)
        if not fields:
            return
        self._remember()
        operations.edit(self.path, commitment_id, fields, by="clerk", now=NOW)
        self.edited.setdefault(commitment_id, {}).update(fields)

    @precondition(lambda self: bool(self.undo_stack))
    @rule()
    def undo(self) -> None:
        before, self.updates, self.edited = self.undo_stack.pop()
        operations.undo(self.path)
        assert Path(self.path).read_bytes() == before  # undo restores the exact bytes

    @invariant()
    def file_matches_model(self) -> None:
        loaded = ledger_file.load(self.path)
        assert loaded.updates == self.updates
        for commitment_id, original in BUNDLED_LEDGER.commitments.items():
            expected = dict(self.edited.get(commitment_id, {}))
            current = loaded.commitments[commitment_id]
            for key in ("owner", "tags", "title_en", "tolerance", "deadline"):
                assert getattr(current, key) == expected.get(key, getattr(original, key)), (commitment_id, key)

    def teardown(self) -> None:
        self.folder.cleanup()


LedgerMachine.TestCase.settings = settings(
    max_examples=STATEFUL_EXAMPLES,
    stateful_step_count=STATEFUL_STEPS,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestLedgerMachine = LedgerMachine.TestCase
