"""Small JSON state files (onboarding progress, connector states) for the command line.

Writes are atomic (a temp file in the same directory, fsync, ``os.replace``), so a reader sees
the old file or the new one, never half of one; a lock file serialises read-modify-write so
two commands run at once cannot lose each other's update.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout

from dealix_site.ops.errors import StateFileError

STATE_VERSION = 1
LOCK_TIMEOUT_S = 30


def read_state(path: Path, kind: str) -> dict[str, Any] | None:
    """The file's payload, or None when it does not exist yet."""
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise StateFileError(f"cannot read {path}: {exc}") from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise StateFileError(f"{path} is not valid JSON (line {exc.lineno}: {exc.msg})") from None
    if not isinstance(data, dict) or data.get("kind") != kind:
        raise StateFileError(f"{path} is not a {kind} state file")
    if data.get("version") != STATE_VERSION:
        raise StateFileError(f"{path}: unsupported version {data.get('version')!r}")
    return data


def write_state(path: Path, kind: str, payload: dict[str, Any]) -> None:
    data = {"kind": kind, "version": STATE_VERSION, **payload}
    text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    directory = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        # mkstemp makes the file 0600; keep the mode of the file we replace (or a usual 0644).
        try:
            mode = path.stat().st_mode & 0o777
        except FileNotFoundError:
            mode = 0o644
        os.fchmod(fd, mode)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    # Make the rename itself durable; not every platform lets us open a directory.
    with contextlib.suppress(OSError):
        dir_fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold ``.<name>.lock`` (next to ``path``) for a read-modify-write of ``path``.

    A separate lock file, because ``os.replace`` swaps the state file's inode under any lock
    held on the file itself."""
    lock = FileLock(str(path.with_name(f".{path.name}.lock")), timeout=LOCK_TIMEOUT_S)
    try:
        with lock:
            yield
    except Timeout:
        raise StateFileError(f"{path} is locked by another command; try again") from None
