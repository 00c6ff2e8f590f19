"""A durable, append-only log of SLA ticket events in SQLite.

Why SQLite: several processes (CLI calls, workers) append at once, and a writer can be killed
at any moment. WAL mode lets readers and one writer proceed together; ``busy_timeout`` makes a
writer wait for the lock instead of failing; each event is one INSERT in its own transaction,
so ``append`` returning means the event is committed and will be read back, and a kill in the
middle of a write rolls that one write back on the next open. ``synchronous=FULL`` extends the
same promise to a power cut, at the cost of an fsync per event, which an ops log can afford.
Triggers refuse UPDATE and DELETE, so the log really is append-only.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from pydantic import ValidationError

from dealix_site.ops.actions import Frozen
from dealix_site.ops.errors import EventLogError
from dealix_site.ops.sla import TicketEvent

BUSY_TIMEOUT_MS = 30_000
SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS events (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    ticket_id   TEXT NOT NULL,
    type        TEXT NOT NULL,
    at          TEXT NOT NULL,
    priority    TEXT,
    recorded_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_by_ticket ON events (ticket_id);
CREATE TRIGGER IF NOT EXISTS events_no_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS events_no_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
"""


class StoredEvent(Frozen):
    seq: int
    event: TicketEvent


class EventLog:
    """One connection to the log; open one per process (connections do not survive fork)."""

    def __init__(
        self, path: str | Path, *, create: bool = True, busy_timeout_ms: int = BUSY_TIMEOUT_MS
    ) -> None:
        self.path = Path(path)
        if not create and not self.path.is_file():
            raise EventLogError(f"no such event log: {self.path}")
        self._busy_s = busy_timeout_ms / 1000
        try:
            # isolation_level=None: we issue BEGIN/COMMIT ourselves, so nothing is implicit.
            self._db = sqlite3.connect(self.path, timeout=self._busy_s, isolation_level=None)
        except sqlite3.Error as exc:
            raise EventLogError(f"cannot open event log {self.path}: {exc}") from None
        try:
            self._setup(busy_timeout_ms)
        except sqlite3.DatabaseError as exc:
            self._db.close()
            raise EventLogError(f"{self.path} is not a usable event log: {exc}") from None

    def _setup(self, busy_timeout_ms: int) -> None:
        self._db.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        # Switching to WAL needs a moment of exclusive access; when several processes create the
        # log together, SQLite can report "locked" here without consulting the busy handler.
        deadline = time.monotonic() + self._busy_s
        while True:
            try:
                mode = self._db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
                break
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.01)
        if str(mode).lower() != "wal":
            raise sqlite3.DatabaseError(f"journal mode is {mode!r}, WAL is required")
        self._db.execute("PRAGMA synchronous = FULL")
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version == SCHEMA_VERSION:
            return
        if version not in (0, SCHEMA_VERSION):
            raise sqlite3.DatabaseError(f"schema version {version}; this code reads {SCHEMA_VERSION}")
        with self._transaction():
            # Checked again under the write lock: another process may have created it meanwhile.
            if self._db.execute("PRAGMA user_version").fetchone()[0] == 0:
                for statement in _SCHEMA.split(";\n"):
                    if statement.strip():
                        self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def _transaction(self) -> _Transaction:
        return _Transaction(self._db)

    def append(self, event: TicketEvent) -> int:
        """Commit one event and return its sequence number; returning means it is durable."""
        if not isinstance(event, TicketEvent):
            raise TypeError("append takes a TicketEvent")
        try:
            with self._transaction():
                cur = self._db.execute(
                    "INSERT INTO events (ticket_id, type, at, priority, recorded_at) VALUES (?, ?, ?, ?, ?)",
                    (
                        event.ticket_id,
                        event.type.value,
                        event.at.isoformat(),
                        event.priority,
                        datetime.now(UTC).isoformat(),
                    ),
                )
                seq = cur.lastrowid
        except sqlite3.Error as exc:
            raise EventLogError(f"cannot append to {self.path}: {exc}") from None
        assert seq is not None
        return seq

    def __iter__(self) -> Iterator[StoredEvent]:
        return iter(self.read())

    def read(self) -> list[StoredEvent]:
        """Every committed event, in the order it was committed."""
        try:
            rows = self._db.execute(
                "SELECT seq, ticket_id, type, at, priority FROM events ORDER BY seq"
            ).fetchall()
        except sqlite3.Error as exc:
            raise EventLogError(f"cannot read {self.path}: {exc}") from None
        out = []
        for seq, ticket_id, type_, at, priority in rows:
            try:
                event = TicketEvent(ticket_id=ticket_id, type=type_, at=at, priority=priority)
            except ValidationError as exc:
                problem = exc.errors()[0]["msg"]
                raise EventLogError(f"{self.path}: event {seq} is invalid: {problem}") from None
            out.append(StoredEvent(seq=seq, event=event))
        return out

    def events(self) -> list[TicketEvent]:
        return [stored.event for stored in self.read()]

    def count(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM events").fetchone()[0])

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> EventLog:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class _Transaction:
    """BEGIN IMMEDIATE … COMMIT: take the write lock up front so a busy wait happens before
    any work, never as a failed COMMIT; roll back on any error."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc_type is None:
            self._db.execute("COMMIT")
        else:
            self._db.execute("ROLLBACK")


def append_event(path: str | Path, event: TicketEvent) -> int:
    with EventLog(path) as log:
        return log.append(event)


def read_events(path: str | Path) -> list[TicketEvent]:
    with EventLog(path, create=False) as log:
        return log.events()
