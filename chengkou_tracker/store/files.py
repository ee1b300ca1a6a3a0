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
import re
from collections.abc import Iterator

from chengkou_tracker.errors import LedgerError, LockTimeout, UsageError

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


INPUT_LIMIT = 100 * 2**20  # an input is read whole; a sheet or a report is far smaller


def read_input(path: str, *, limit: int = INPUT_LIMIT) -> bytes:
    """The bytes of an input file (a sheet to import or assign from, a report to extract); UsageError at once
    for anything but a regular file (a FIFO is opened without waiting for a writer, /dev/zero is a device)
    and for a file larger than LIMIT bytes."""
    import stat

    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as error:
        raise UsageError("input.unreadable", path=path, error=error) from None
    try:
        status = os.fstat(descriptor)
        if stat.S_ISDIR(status.st_mode):
            raise UsageError("input.folder", path=path)
        if not stat.S_ISREG(status.st_mode):
            raise UsageError("input.special", path=path)
        chunks = []
        size = 0
        while size <= limit and (chunk := os.read(descriptor, 1 << 20)):
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:  # also a file that grew past the limit while it was read
            raise UsageError("input.too large", path=path, limit=limit // 2**20)
    except OSError as error:
        raise UsageError("input.unreadable", path=path, error=error) from None
    finally:
        os.close(descriptor)
    return b"".join(chunks)


# ---------------------------------------------------------------- the lock


def real_path(path: str) -> str:
    """Where writes go: a symlinked ledger is written through to its target, keeping the link."""
    return os.path.realpath(path)


def check_writable(path: str, *, links: bool = True) -> None:
    """Refuse a ledger that is not a regular file or (with LINKS) has other hard links.

    Every change replaces the file (see write_file); a file with a second name would be split in two, and
    writers through the other name would take another lock. Links are counted under the lock only: a writer
    holding it gives the old file a second name for an instant while it renames (_replace_checked).
    """
    try:
        status = os.stat(path)
    except FileNotFoundError:
        raise LedgerError("ledger.missing", path=path) from None
    except OSError as error:
        raise LedgerError("ledger.unreadable", path=path, error=error) from None
    check_regular(path, status.st_mode)
    if links and status.st_nlink > 1:
        raise LedgerError("ledger.hard links", path=path, count=status.st_nlink)


@contextlib.contextmanager
def locked(path: str, timeout: float = DEFAULT_LOCK_TIMEOUT, *, existing: bool = True) -> Iterator[None]:
    """Hold the exclusive lock beside the ledger (PATH.lock) for a whole read-check-write cycle.

    The lock is the operating system's (flock), so it dies with its process: a writer killed
    mid-write never blocks the next one. Unless the ledger is being created (EXISTING false), a
    ledger that is missing or not a regular file is refused before the lock file is made, so that a
    failed command leaves nothing behind; a hard-linked one is refused once the lock is held, after the
    litter of killed writers is removed: a writer killed while the ledger had its second name
    (_replace_checked) leaves a hard link that is the tool's own, not the user's.
    """
    checked = existing or os.path.lexists(path)
    if checked:
        check_writable(path, links=False)
    lock_path = real_path(path) + ".lock"
    try:
        descriptor = os.open(lock_path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    except OSError as error:
        raise LedgerError("lock.create", path=lock_path, error=error) from None
    try:
        _acquire(descriptor, lock_path, timeout)
        remove_stale_temporaries(real_path(path), locked=True)
        if checked:
            check_writable(path)
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


# ---------------------------------------------------------------- writing

KEPT_SUFFIX = ".chengkou-kept"
# An extended attribute on every file the tool writes other than a ledger: the hash of the bytes written.
# A file whose attribute matches its bytes is the tool's own output, unchanged since, and may be replaced.
OUTPUT_MARK = "user.chengkou-tracker.written"
_TEMPORARY = re.compile(r"\..+\.[0-9a-f]{12}" + re.escape(TEMPORARY_SUFFIX))


# Every file this process has written durably: once a change is here, a failure to print afterwards does not
# make the command fail (the CLI says so in one line and exits 0).
WRITTEN: list[str] = []


def write_file(
    path: str,
    data: bytes,
    *,
    force: bool,
    ledger: str | None,
    mode: int | None = None,
    locked_ledger: bool = False,
    expect: bytes | None = None,
    keep_existing: bool = False,
) -> str:
    """Replace PATH with DATA durably and atomically: the one way the tool writes a file. Returns the path.

    A temporary file with an unpredictable name is created exclusively in the same folder, written,
    fsynced, given PATH's mode and owner, renamed over PATH, and the folder is fsynced (a failure to sync
    it is an error). Any failure (a full disk, an I/O error) leaves PATH as it was and removes the
    temporary file; a process killed meanwhile leaves PATH as it was and a temporary file that the next
    write in that folder removes.

    What an output may replace (check_output): never the ledger LEDGER (nor a file with a ledger's lock
    beside it), nor anything but a regular file; an existing file only when the tool wrote it and it is
    unchanged since, or with FORCE. LOCKED_LEDGER: PATH is the ledger and the caller holds its lock.
    EXPECT: the bytes PATH must still hold when it is replaced (a ledger's, as read); checked just before
    the rename and again after it, see _replace_checked. KEEP_EXISTING: never replace; write to the first
    free name of PATH, PATH.1, PATH.2... and return it.
    """
    from chengkou_tracker.store.signals import SignalGuard

    target = real_path(path)
    if not locked_ledger:
        check_output(path, target, force=force, ledger=ledger)
    folder = os.path.dirname(target) or "."
    # Renaming over a read-only file would succeed; respect the mode as an in-place write would.
    if not keep_existing and os.path.exists(target) and not os.access(target, os.W_OK):
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
    if not locked_ledger:  # the ledger's lock holder has removed them already (locked())
        remove_stale_temporaries(target)
    kept: str | None = None
    written = target
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
            _claim(descriptor)
            _write_all(descriptor, data)
            os.fsync(descriptor)
            os.fchmod(descriptor, mode)
            if owner is not None and owner != (os.geteuid(), os.getegid()):
                with contextlib.suppress(OSError):
                    os.fchown(descriptor, *owner)
            if not locked_ledger and not keep_existing:  # a kept fragment is never the tool's to replace
                _mark(descriptor, data)
            with guard.held():
                if keep_existing:
                    written = _link_to_free_name(temporary, target)
                    os.unlink(temporary)
                elif expect is not None:
                    kept = _replace_checked(path, temporary, target, expect)
                else:
                    os.replace(temporary, target)
        except BaseException as error:
            # Also when a signal came just as the file was created, before its descriptor was kept.
            if descriptor >= 0 or not isinstance(error, LedgerError):
                with contextlib.suppress(OSError):
                    os.unlink(temporary)
            if isinstance(error, OSError):
                raise LedgerError("write.failed", path=path, error=error) from None
            raise
        finally:
            if descriptor >= 0:
                with contextlib.suppress(OSError):
                    os.close(descriptor)
    try:
        sync_folder(path, folder)
    finally:  # even when the folder could not be synced: a displaced hand edit is kept, the second name goes
        if kept is not None:
            _check_replaced(path, target, kept, expect or b"")
    WRITTEN.append(written)
    return written


def replace_file(path: str, data: bytes, *, mode: int | None = None, locked_ledger: bool = False) -> None:
    """write_file(PATH, DATA) with FORCE: for callers that have not yet said what PATH may replace."""
    write_file(path, data, force=True, ledger=None, mode=mode, locked_ledger=locked_ledger)


def check_output(path: str, target: str, *, force: bool, ledger: str | None) -> None:
    """Refuse an output that would replace the ledger, a non-regular file, or (without FORCE) a file that
    the tool did not write or that has changed since (UsageError, exit 2)."""
    if os.path.lexists(target + ".lock") or (ledger is not None and _same_file(target, ledger)):
        raise UsageError("write.ledger", path=path)
    try:
        status = os.stat(target)
    except OSError:
        return  # nothing there (or nothing readable): the write itself says what is wrong
    import stat

    if not stat.S_ISREG(status.st_mode):
        raise UsageError("write.not regular", path=path)
    if not force and not written_by_the_tool(target):
        raise UsageError("write.exists", path=path)


def _same_file(target: str, ledger: str) -> bool:
    if target == real_path(ledger):
        return True
    try:
        return os.path.samefile(target, ledger)
    except OSError:
        return False


def written_by_the_tool(path: str) -> bool:
    """Whether PATH holds exactly the bytes the tool last wrote there (its OUTPUT_MARK matches them)."""
    try:
        mark = os.getxattr(path, OUTPUT_MARK)
        with open(path, "rb") as file:
            return mark == _digest(file.read())
    except (OSError, AttributeError):  # no mark, no extended attributes on this file system, or unreadable
        return False


def _mark(descriptor: int, data: bytes) -> None:
    with contextlib.suppress(OSError, AttributeError):  # a file system without extended attributes: no mark
        os.setxattr(descriptor, OUTPUT_MARK, _digest(data))


def _digest(data: bytes) -> bytes:
    try:  # the module behind hashlib.blake2b, without hashlib's start-up cost of loading OpenSSL
        from _blake2 import blake2b
    except ImportError:  # pragma: no cover - a Python built without it
        from hashlib import blake2b
    return blake2b(data, digest_size=16).digest()


def _replace_checked(path: str, temporary: str, target: str, expect: bytes) -> str | None:
    """Rename TEMPORARY over TARGET if TARGET still holds EXPECT; LedgerError (nothing written) otherwise.

    Before the rename, TARGET gets a second name (a hard link, returned) so that the file the rename
    displaces can be read afterwards (_check_replaced): a save that lands between the comparison and the
    rename is then kept, not lost. Without hard links (some file systems), None: the window is the time
    from the comparison to the rename.
    """
    if read_bytes(target) != expect:
        raise LedgerError("ledger.changed", path=path)
    folder = os.path.dirname(target) or "."
    kept = os.path.join(folder, f".{os.path.basename(target)}.{os.urandom(6).hex()}{KEPT_SUFFIX}")
    try:
        os.link(target, kept)
    except OSError:
        os.replace(temporary, target)
        return None
    try:
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(kept)
        raise
    return kept


def _check_replaced(path: str, target: str, kept: str, expect: bytes) -> None:
    """After the rename: if the file displaced was not EXPECT (saved by hand meanwhile), keep it beside
    the ledger as TARGET.overwritten (or .1, .2...) and say so (LedgerError); else drop the second name."""
    try:
        with open(kept, "rb") as file:
            displaced = file.read()
    except OSError:
        displaced = expect  # the second name is gone (removed by hand): nothing to compare
    if displaced == expect:
        with contextlib.suppress(OSError):
            os.unlink(kept)
        return
    saved = _link_to_free_name(kept, target + ".overwritten")
    with contextlib.suppress(OSError):
        os.unlink(kept)
    raise LedgerError("ledger.overwritten", path=path, kept=saved)


def _link_to_free_name(source: str, base: str) -> str:
    """Give SOURCE the first free name of BASE, BASE.1, BASE.2... (a link never replaces a file)."""
    number = 0
    while True:
        name = base if number == 0 else f"{base}.{number}"
        try:
            os.link(source, name)
            return name
        except FileExistsError:
            number += 1


def sync_folder(path: str, folder: str) -> None:
    """Make the rename in FOLDER durable; LedgerError when the system says it could not be."""
    try:
        descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
        try:
            os.fsync(descriptor)
        finally:
            with contextlib.suppress(OSError):  # the sync's verdict is the fsync's; close() adds nothing
                os.close(descriptor)
    except OSError as error:
        if error.errno in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            return  # a file system that cannot sync a folder: there is nothing more to do
        raise LedgerError("write.not durable", path=path, error=error) from None


def _claim(descriptor: int) -> None:
    """Lock a temporary file for as long as its writer lives, so that only a dead writer's is cleaned up."""
    import fcntl

    fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _write_all(descriptor: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(descriptor, view)
        view = view[written:]


def remove_stale_temporaries(target: str, *, locked: bool = False) -> None:
    """Remove the temporary files in TARGET's folder whose writer was killed: each is locked (_claim) by
    its writer while it lives, so one that can be locked is litter. LOCKED (the caller holds TARGET's
    lock): also the second names of TARGET (_replace_checked) left by a writer killed before its rename
    (a second name of the ledger itself, whoever owns it) or just after it (the file the rename displaced)."""
    import fcntl
    import stat

    folder = os.path.dirname(target) or "."
    kept = re.compile(re.escape(f".{os.path.basename(target)}.") + "[0-9a-f]{12}" + re.escape(KEPT_SUFFIX))
    try:
        names = [
            entry.name
            for entry in os.scandir(folder)
            if _TEMPORARY.fullmatch(entry.name) or (locked and kept.fullmatch(entry.name))
        ]
    except OSError:
        return
    for name in names:
        entry_path = os.path.join(folder, name)
        with contextlib.suppress(OSError):
            descriptor = os.open(entry_path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
            try:
                status = os.fstat(descriptor)
                if not stat.S_ISREG(status.st_mode):
                    continue
                if name.endswith(TEMPORARY_SUFFIX):
                    if status.st_uid != os.geteuid():
                        continue
                    fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)  # BlockingIOError: its writer lives
                elif status.st_uid != os.geteuid() and not _same_inode(status, target):
                    continue
                os.unlink(entry_path)
            finally:
                os.close(descriptor)


def _same_inode(status: os.stat_result, path: str) -> bool:
    try:
        other = os.stat(path)
    except OSError:
        return False
    return (status.st_dev, status.st_ino) == (other.st_dev, other.st_ino)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
