"""The signal guard around a file's write: a signal undoes a half-written file, or waits for the rename.

SIGINT, SIGTERM, SIGHUP and SIGQUIT arriving while the new file is written raise Interrupted, which
the write catches to remove its temporary file; then the signal acts as it would have (exit 143 for
SIGTERM, KeyboardInterrupt for SIGINT). Around the rename they are held, so that a change is either
undone or complete when they act. Handlers are installed and removed with the signals held, so a
signal arriving meanwhile is never raised outside the guarded block.
"""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Iterator
from typing import Any

SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT)


class Interrupted(BaseException):
    """A signal arrived while a new file was being written: undo the write, then let the signal act."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _interrupt(signum: int, frame: object) -> None:
    raise Interrupted(signum)


class SignalGuard:
    """Within the block, the signals raise Interrupted; held() makes them wait; afterwards they act as usual."""

    def __init__(self) -> None:
        self.previous: dict[int, Any] = {}
        self.threaded = False
        self.mask: set[int] = set()

    def __enter__(self) -> SignalGuard:
        mask = signal.pthread_sigmask(signal.SIG_BLOCK, SIGNALS)
        try:
            for number in SIGNALS:
                self.previous[number] = signal.signal(number, _interrupt)
        except ValueError:  # not the main thread: handlers cannot be set; hold the signals until the end
            self._put_back()
            self.threaded = True
            self.mask = set(mask)
            return self
        try:
            signal.pthread_sigmask(signal.SIG_SETMASK, mask)  # one that came meanwhile is raised here
        except Interrupted as interrupted:
            self.__exit__(Interrupted, interrupted, None)
        return self

    @contextlib.contextmanager
    def held(self) -> Iterator[None]:
        """Signals wait during the block; the usual handlers are back when they act."""
        mask = signal.pthread_sigmask(signal.SIG_BLOCK, SIGNALS)
        try:
            yield
        finally:
            self._put_back()
            if not self.threaded:
                signal.pthread_sigmask(signal.SIG_SETMASK, mask)

    def _put_back(self) -> None:
        """The usual handlers again (called with the signals held)."""
        for number, handler in self.previous.items():
            signal.signal(number, signal.SIG_DFL if handler is None else handler)
        self.previous = {}

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        mask: set[int] = set(signal.pthread_sigmask(signal.SIG_BLOCK, SIGNALS))
        self._put_back()
        if self.threaded:  # the signals were held since __enter__: they act now, as the thread had them
            self.threaded = False
            mask = self.mask
        with contextlib.suppress(Interrupted):  # cannot come: the handlers are the usual ones again
            signal.pthread_sigmask(signal.SIG_SETMASK, mask)
        if isinstance(error, Interrupted):
            signal.raise_signal(error.signum)  # the signal acts as it would have: exit, or KeyboardInterrupt
