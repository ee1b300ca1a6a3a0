"""Problems that need coordination (存在问题): kept with a figure, open until a later figure resolves them.

The rule: a commitment's updates are read in the order they were recorded; an update with `resolved = true`
closes every problem open before it, and an update's own `problem` opens (after that closing), so a figure
may close the old problems and name a new one at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from chengkou_tracker.model import Commitment, Ledger, Update


@dataclass(frozen=True, slots=True)
class OpenProblem:
    """A problem still open: the commitment it holds back and the update that reported it."""

    commitment: Commitment
    update: Update

    @property
    def text(self) -> str:
        return self.update.problem


def open_for(updates: Iterable[Update]) -> list[Update]:
    """The updates (of one commitment) whose problem is still open, oldest first."""
    still: list[Update] = []
    for update in sorted(updates, key=lambda u: u.change):
        if update.resolved:
            still = []
        if update.problem:
            still.append(update)
    return still


def open_problems(ledger: Ledger) -> list[OpenProblem]:
    """Every open problem of the ledger, by owner (department), then in ledger order, then oldest first."""
    by_commitment: dict[str, list[Update]] = {}
    for update in ledger.updates:
        if update.problem or update.resolved:
            by_commitment.setdefault(update.commitment, []).append(update)
    found = [
        OpenProblem(commitment, update)
        for commitment in ledger.commitments.values()
        for update in open_for(by_commitment.get(commitment.id, ()))
    ]
    order = {commitment_id: index for index, commitment_id in enumerate(ledger.commitments)}
    return sorted(found, key=lambda p: (p.commitment.owner, order[p.commitment.id], p.update.change))
