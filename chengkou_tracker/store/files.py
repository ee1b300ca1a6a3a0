"""Files on disk: read a ledger's bytes, lock it, and write any file durably (write_file).

Every file the tool writes - the ledger, LEDGER.torn, a report, an export, a template, an extracted
draft - goes through write_file(): a temporary file with an unpredictable name created exclusively in
the same folder, written, fsynced, renamed over the target, and the folder fsynced. A signal while the
new file is written undoes the write; one during the rename waits until it is done (docs/data-safety.md).
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from typing import Any

from chengkou_tracker.errors import LedgerError, LockTimeout

DEFAULT_LOCK_TIMEOUT = 5.0
TEMPORARY_SUFFIX = ".chengkou-tmp"


# ---------------------------------------------------------------- reading


def read_bytes(path: str) -> bytes:
    """The ledger's bytes; LedgerError when it is missing, not a regular file (a folder, a FIFO, a device)
    or unreadable. A FIFO is opened without waiting for a writer, so it is refused at once."""
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except FileNotFoundError:
        raise LedgerError("ledger.missing", path=path) from None
    except OSError as error:
        raise LedgerError("ledger.unreadable", path=path, error=error) from None
    try:
        check_regular(path, os.fstat(descriptor).st_mode)
        chunks = []
        while chunk := os.read(descriptor, 1 << 20):
            chunks.append(chunk)
    except OSError as error:
        raise LedgerError("ledger.unreadable", path=path, error=error) from None
    finally:
        os.close(descriptor)
    return b"".join(chunks)


def check_regular(path: str, mode: int) -> None:
    """Only a regular file is a ledger: a folder, FIFO, device or socket is refused (exit 3)."""
    import stat

    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        raise LedgerError("file.folder", path=path)
    if stat.S_ISFIFO(mode):
        raise LedgerError("file.fifo", path=path)
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        raise LedgerError("file.device", path=path)
    raise LedgerError("file.socket" if stat.S_ISSOCK(mode) else "file.special", path=path)


# ---------------------------------------------------------------- the lock


def real_path(path: str) -> str:
    """Where writes go: a symlinked ledger is written through to its target, keeping the link."""
    return os.path.realpath(path)


def check_writable(path: str) -> None:
    """Refuse, before any lock file is made, a ledger that is not a regular file or has other hard links.

    Every change replaces the file (see write_file); a file with a second name would be split in two, and
    writers through the other name would take another lock.
    """
    try:
        status = os.stat(path)
    except FileNotFoundError:
        raise LedgerError("ledger.missing", path=path) from None
    except OSError as error:
        raise LedgerError("ledger.unreadable", path=path, error=error) from None
    check_regular(path, status.st_mode)
    if status.st_nlink > 1:
        raise LedgerError("ledger.hard links", path=path, count=status.st_nlink)


@contextlib.contextmanager
def locked(path: str, timeout: float = DEFAULT_LOCK_TIMEOUT, *, existing: bool = True) -> Iterator[None]:
    """Hold the exclusive lock beside the ledger (PATH.lock) for a whole read-check-write cycle.

    The lock is the operating system's (flock), so it dies with its process: a writer killed
    mid-write never blocks the next one. Unless the ledger is being created (EXISTING false), a
    ledger that is missing, not a regular file or hard-linked is refused before the lock file is made,
    so that a failed command leaves nothing behind.
    """
    if existing or os.path.lexists(path):
        check_writable(path)
    lock_path = real_path(path) + ".lock"
    try:
        descriptor = os.open(lock_path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    except OSError as error:
        raise LedgerError("lock.create", path=lock_path, error=error) from None
    try:
        _acquire(descriptor, lock_path, timeout)
        yield
    finally:
        with contextlib.suppress(OSError):  # the lock is released even when close() reports an error
            os.close(descriptor)


def _acquire(descriptor: int, lock_path: str, timeout: float) -> None:
    # fcntl.flock rather than the filelock package: the same system call, while importing
    # filelock 4 costs about 50 ms, most of the start-up budget of `record` (see benchmarks/).
    import fcntl
    import time

    deadline = time.monotonic() + timeout
    while True:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                raise LockTimeout("lock.timeout", path=lock_path, seconds=f"{timeout:g}") from None
            time.sleep(0.01)
        except OSError as error:
            raise LedgerError("lock.failed", path=lock_path, error=error) from None


# ---------------------------------------------------------------- signals


class Interrupted(BaseException):
    """A signal arrived while a new file was being written: undo the write, then let the signal act."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


class SignalGuard:
    """While a file is written, SIGINT, SIGTERM, SIGHUP and SIGQUIT abort the write (which is then undone) and
    act afterwards; around the rename they wait, so that a change is either undone or complete when they act."""

    def __init__(self) -> None:
        import signal

        self.signals = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT)
        self.previous: dict[int, Any] = {}

    def __enter__(self) -> SignalGuard:
        import signal

        def interrupt(signum: int, frame: object) -> None:
            raise Interrupted(signum)

        try:
            for number in self.signals:
                self.previous[number] = signal.signal(number, interrupt)
        except ValueError:  # not the main thread: handlers cannot be set; hold the signals instead
            self.restore()
            signal.pthread_sigmask(signal.SIG_BLOCK, self.signals)
            self.previous = {-1: None}
        return self

    @contextlib.contextmanager
    def held(self) -> Iterator[None]:
        """Signals wait during the block; the usual handlers are back when they act."""
        import signal

        blocked = signal.pthread_sigmask(signal.SIG_BLOCK, self.signals)
        try:
            yield
        finally:
            self.restore()
            signal.pthread_sigmask(signal.SIG_SETMASK, blocked)

    def restore(self) -> None:
        import signal

        if -1 in self.previous:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, self.signals)
        else:
            for number, handler in self.previous.items():
                signal.signal(number, signal.SIG_DFL if handler is None else handler)
        self.previous = {}

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        self.restore()
        if isinstance(error, Interrupted):
            import signal

            signal.raise_signal(error.signum)  # the signal acts as it would have: exit, or KeyboardInterrupt


# ---------------------------------------------------------------- writing


def write_file(
    path: str,
    data: bytes,
    *,
    force: bool = True,
    ledger: str | None = None,
    mode: int | None = None,
    locked_ledger: bool = False,
) -> None:
    """Replace PATH with DATA durably and atomically: the one way the tool writes a file.

    A temporary file with an unpredictable name is created exclusively in the same folder, written,
    fsynced, given PATH's mode and owner, renamed over PATH, and the folder is fsynced. Any failure (a full
    disk, an I/O error) leaves PATH as it was and removes the temporary file; a process killed meanwhile
    leaves PATH as it was and a temporary file that the next write beside it removes. LEDGER names the
    ledger the command works on; LOCKED_LEDGER: PATH is that ledger and the caller holds its lock.
    """
    del force, ledger  # the rules on what an output may replace come with issue 20
    target = real_path(path)
    folder = os.path.dirname(target) or "."
    # Renaming over a read-only file would succeed; respect the mode as an in-place write would.
    if os.path.exists(target) and not os.access(target, os.W_OK):
        raise LedgerError("write.denied", path=path, error=PermissionError(errno.EACCES, os.strerror(errno.EACCES)))
    owner = None
    try:
        status = os.stat(target)
        owner = (status.st_uid, status.st_gid)
        if mode is None:
            mode = status.st_mode & 0o7777
    except FileNotFoundError:
        if mode is None:
            mode = 0o666 & ~_umask()
    if locked_ledger:
        remove_stale_temporaries(target)
    with SignalGuard() as guard:
        # Named like tempfile.mkstemp's files, without importing tempfile (milliseconds of every record's start).
        temporary = os.path.join(folder, f".{os.path.basename(target)}.{os.urandom(6).hex()}{TEMPORARY_SUFFIX}")
        descriptor = -1
        try:
            try:
                descriptor = os.open(
                    temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600
                )
            except OSError as error:
                shown = folder if os.path.islink(path) else os.path.dirname(path) or "."
                raise LedgerError("write.folder", path=path, folder=shown, error=error) from None
            try:
                _write_all(descriptor, data)
                os.fsync(descriptor)
                os.fchmod(descriptor, mode)
                if owner is not None and owner != (os.geteuid(), os.getegid()):
                    with contextlib.suppress(OSError):
                        os.fchown(descriptor, *owner)
            finally:
                os.close(descriptor)
            with guard.held():
                os.replace(temporary, target)
        except BaseException as error:
            # Also when a signal came just as the file was created, before its descriptor was kept.
            if descriptor >= 0 or not isinstance(error, LedgerError):
                with contextlib.suppress(OSError):
                    os.unlink(temporary)
            if isinstance(error, OSError):
                raise LedgerError("write.failed", path=path, error=error) from None
            raise
        with contextlib.suppress(OSError):
            folder_descriptor = os.open(folder, os.O_RDONLY)
            try:
                os.fsync(folder_descriptor)
            finally:
                os.close(folder_descriptor)


replace_file = write_file  # the name cli.py still imports (its commands move to cli/ and to write_file)


def _write_all(descriptor: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(descriptor, view)
        view = view[written:]


def remove_stale_temporaries(target: str) -> None:
    """Remove temporary files of TARGET left by a writer that was killed (the caller holds TARGET's lock,
    or TARGET is not a ledger and has no other writer)."""
    folder = os.path.dirname(target) or "."
    prefix = f".{os.path.basename(target)}."
    try:
        entries = [e for e in os.scandir(folder) if e.name.startswith(prefix) and e.name.endswith(TEMPORARY_SUFFIX)]
    except OSError:
        return
    for entry in entries:
        with contextlib.suppress(OSError):
            if entry.is_file(follow_symlinks=False) and entry.stat(follow_symlinks=False).st_uid == os.geteuid():
                os.unlink(entry.path)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
