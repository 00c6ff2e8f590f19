from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dealix_site.ops.errors import EventLogError
from dealix_site.ops.eventlog import EventLog, read_events
from dealix_site.ops.sla import TicketEvent

PYTHON = sys.executable

WRITER = """
import sys, time
from pathlib import Path
from dealix_site.ops.eventlog import EventLog
from dealix_site.ops.sla import TicketEvent
path, name, count, go = sys.argv[1], sys.argv[2], int(sys.argv[3]), Path(sys.argv[4])
with EventLog(path) as log:
    while not go.exists():  # start together, to overlap as much as possible
        time.sleep(0.005)
    i = 0
    while count < 0 or i < count:
        seq = log.append(TicketEvent(ticket_id=f"{name}-{i}", type="opened",
                                     at="2025-03-02T09:00:00+03:00", priority="P2"))
        print(seq, f"{name}-{i}", flush=True)  # printed only after the commit returned
        i += 1
"""


def event(ticket: str = "T1", kind: str = "opened", priority: str | None = "P1") -> TicketEvent:
    return TicketEvent(ticket_id=ticket, type=kind, at="2025-03-02T09:00:00+03:00", priority=priority)


def test_append_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / "log.db"
    with EventLog(path) as log:
        first = log.append(event())
        second = log.append(event(kind="first_response", priority=None))
        assert second > first
        stored = log.read()
    assert [s.seq for s in stored] == [first, second]
    assert [s.event for s in stored] == [event(), event(kind="first_response", priority=None)]
    assert read_events(path) == [s.event for s in stored]


def test_log_uses_wal_and_refuses_update_and_delete(tmp_path: Path) -> None:
    path = tmp_path / "log.db"
    with EventLog(path) as log:
        log.append(event())
    db = sqlite3.connect(path)
    try:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            db.execute("UPDATE events SET ticket_id = 'X'")
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            db.execute("DELETE FROM events")
    finally:
        db.close()
    assert len(read_events(path)) == 1


def test_missing_or_foreign_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(EventLogError, match="no such event log"):
        EventLog(tmp_path / "missing.db", create=False)
    assert not (tmp_path / "missing.db").exists()
    junk = tmp_path / "notes.json"
    junk.write_text('{"not": "a database"}' * 100)
    with pytest.raises(EventLogError, match="not a usable event log"):
        EventLog(junk)


def _spawn(path: Path, name: str, count: int, go: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [PYTHON, "-c", WRITER, str(path), name, str(count), str(go)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_concurrent_writers_from_several_processes_lose_nothing(tmp_path: Path) -> None:
    path, go = tmp_path / "log.db", tmp_path / "go"
    writers, per_writer = 4, 40
    procs = [_spawn(path, f"w{n}", per_writer, go) for n in range(writers)]
    time.sleep(0.3)
    go.touch()
    acked: dict[int, str] = {}
    for proc in procs:
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
        for line in out.splitlines():
            seq, ticket = line.split()
            acked[int(seq)] = ticket
    stored = EventLog(path, create=False).read()
    assert len(stored) == writers * per_writer == len(acked)
    assert {s.seq: s.event.ticket_id for s in stored} == acked
    assert {s.event.ticket_id for s in stored} == {
        f"w{n}-{i}" for n in range(writers) for i in range(per_writer)
    }


def test_writer_killed_mid_write_loses_no_acknowledged_event(tmp_path: Path) -> None:
    path, go = tmp_path / "log.db", tmp_path / "go"
    go.touch()
    acked: dict[int, str] = {}
    for round_ in range(3):  # kill it three times; each run reopens a log left by a kill
        proc = _spawn(path, f"r{round_}", -1, go)
        assert proc.stdout is not None
        lines = []
        while len(lines) < 25 + 10 * round_:
            line = proc.stdout.readline()
            assert line, proc.stderr.read() if proc.stderr else "writer exited"
            lines.append(line)
        os.kill(proc.pid, signal.SIGKILL)  # while it is in its write loop
        rest, _ = proc.communicate(timeout=30)
        assert proc.returncode == -signal.SIGKILL
        for line in [*lines, *rest.splitlines()]:
            if line.strip():
                seq, ticket = line.split()
                acked[int(seq)] = ticket
    with EventLog(path, create=False) as log:
        stored = {s.seq: s.event.ticket_id for s in log.read()}
        for seq, ticket in acked.items():
            assert stored.get(seq) == ticket
        assert log._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        after = log.append(event("after-crash"))  # and it still takes writes
    assert after > max(stored)
