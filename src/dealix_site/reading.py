"""Read text sources strictly: UTF-8 only, no binaries, no oversize files.

Kept apart from ``sources`` (YAML, pydantic) so the linter's start-up does not import them.
"""

from __future__ import annotations

from pathlib import Path

from dealix_site.errors import SourceError

# Landing copy and runbooks are prose; anything this big is a mistake (a pasted export, a binary).
MAX_SOURCE_BYTES = 5 * 1024 * 1024


def decode_utf8(data: bytes, path: str | Path) -> str:
    """Decode strictly; an invalid byte is reported at its line and column."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        col = len(before[before.rfind(b"\n") + 1 :].decode("utf-8", "replace")) + 1
        raise SourceError(
            path, f"invalid UTF-8 (byte 0x{data[exc.start]:02x}); save the file as UTF-8", line, col
        ) from None


def read_source(path: Path, *, max_bytes: int = MAX_SOURCE_BYTES) -> str:
    """Read a text source, refusing binaries, oversize files and invalid UTF-8."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise SourceError(path, f"file is {size} bytes; the limit for a source file is {max_bytes}")
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(path, f"cannot read: {exc.strerror}") from None
    if b"\x00" in data:
        line = 1 + data[: data.index(b"\x00")].count(b"\n")
        raise SourceError(path, "binary file (contains NUL bytes); expected UTF-8 text", line)
    return decode_utf8(data, path).replace("\r\n", "\n")
