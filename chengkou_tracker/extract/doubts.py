"""Doubt: why a reviewer should look at a draft, as a sentence of the catalogs and its fields.

A draft's doubts are written above it in the drafted ledger ("# review: ..."), in the user's language:
i18n.field shows a Doubt as it shows an error, so that no reason is kept as an English sentence.
"""

from __future__ import annotations


class Doubt:
    """Sentence KEY ("doubt.…" in i18n/en.py and zh.py) with FIELDS, shown in the user's language."""

    __slots__ = ("fields", "key")

    def __init__(self, key: str, **fields: object) -> None:
        self.key = key
        self.fields = fields

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Doubt) and (self.key, self.fields) == (other.key, other.fields)

    def __hash__(self) -> int:
        return hash(self.key)

    def __repr__(self) -> str:
        return f"Doubt({self.key!r}, **{self.fields!r})"


def guessed_kind(kind: str) -> Doubt:
    """The kind was guessed: the kind itself is shown as a word of the user's language (增长, 水平)."""
    from chengkou_tracker.errors import Term

    return Doubt("doubt.kind", kind=Term(kind))
