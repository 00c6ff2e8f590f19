"""Per-connector state and readiness for the first service run.

No connector goes live unless its catalog ``live_flag`` is set to a true value in the
environment; the environment is a parameter so callers (and tests) pass a plain dict.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from enum import StrEnum

from pydantic import Field, field_validator

from dealix_site.ops.actions import Frozen
from dealix_site.ops.catalog import CATALOG, Connector
from dealix_site.ops.errors import (
    LiveNotAllowedError,
    UnknownConnectorError,
    UnknownConnectorStateError,
)


class ConnectorState(StrEnum):
    NOT_CONNECTED = "not_connected"
    CONNECTED_DRAFT_ONLY = "connected_draft_only"
    CONNECTED_APPROVED_EXECUTE = "connected_approved_execute"
    CONNECTED_INGEST_ONLY = "connected_ingest_only"
    CONNECTED_MANUAL = "connected_manual"
    CONNECTED_LIVE = "connected_live"
    ERROR = "error"


# States that need the connector's live flag. A set, so a second live state is one edit.
LIVE_STATES: frozenset[ConnectorState] = frozenset({ConnectorState.CONNECTED_LIVE})
CONNECTED_STATES: frozenset[ConnectorState] = frozenset(
    s for s in ConnectorState if s.startswith("connected_")
)
DEFAULT_STATE = ConnectorState.NOT_CONNECTED
# Values of a live flag that count as "set"; anything else (including "0", "false", "") does not.
TRUTHY_VALUES: frozenset[str] = frozenset({"1", "true", "yes", "on"})

assert DEFAULT_STATE not in LIVE_STATES  # default states are never live


def connector_keys() -> tuple[str, ...]:
    return tuple(c.key for c in CATALOG.connectors)


def connector(key: str) -> Connector:
    try:
        return CATALOG.connector(key)
    except KeyError:
        raise UnknownConnectorError(key, connector_keys()) from None


def parse_state(value: str | ConnectorState) -> ConnectorState:
    try:
        return ConnectorState(value)
    except ValueError:
        raise UnknownConnectorStateError(str(value), tuple(s.value for s in ConnectorState)) from None


def live_flag_set(conn: Connector, env: Mapping[str, str]) -> bool:
    return conn.live_flag is not None and env.get(conn.live_flag, "").strip().lower() in TRUTHY_VALUES


class ConnectorBoard(Frozen):
    """Every catalog connector's state; missing ones take the default (never live)."""

    states: dict[str, ConnectorState] = Field(default_factory=dict, validate_default=True)

    @field_validator("states", mode="before")
    @classmethod
    def _fill(cls, states: object) -> dict[str, ConnectorState]:
        if not isinstance(states, Mapping):
            raise ValueError("states must be a mapping of connector key to state")
        for key in states:
            connector(str(key))
        return {k: parse_state(states.get(k, DEFAULT_STATE)) for k in connector_keys()}

    @classmethod
    def of(cls, states: Mapping[str, str] | None = None) -> ConnectorBoard:
        """Build from plain strings, raising this module's errors (not pydantic's) for bad keys."""
        states = states or {}
        for key, value in states.items():
            connector(key)
            parse_state(value)
        return cls(states=dict(states))

    def state(self, key: str) -> ConnectorState:
        connector(key)
        return self.states[key]


def set_state(
    board: ConnectorBoard, key: str, state: str | ConnectorState, env: Mapping[str, str] | None = None
) -> ConnectorBoard:
    """A new board with ``key`` in ``state``; a live state needs the live flag in ``env``."""
    env = os.environ if env is None else env
    conn = connector(key)
    new = parse_state(state)
    if new in LIVE_STATES and not live_flag_set(conn, env):
        raise LiveNotAllowedError(key, conn.live_flag)
    return ConnectorBoard(states={**board.states, key: new})


class ConnectorRow(Frozen):
    key: str
    name_ar: str
    state: ConnectorState
    blocking: bool
    connected: bool
    live_flag: str | None
    live_flag_set: bool


class ConnectorSummary(Frozen):
    rows: tuple[ConnectorRow, ...]
    connected: tuple[str, ...]
    blocking_missing: tuple[str, ...]
    # Recorded as live although the flag is not set now: shown so a person turns them back.
    live_without_flag: tuple[str, ...]
    ready_for_first_service: bool


def summary(board: ConnectorBoard, env: Mapping[str, str] | None = None) -> ConnectorSummary:
    env = os.environ if env is None else env
    rows = tuple(
        ConnectorRow(
            key=c.key,
            name_ar=c.name_ar,
            state=board.states[c.key],
            blocking=c.blocking,
            connected=board.states[c.key] in CONNECTED_STATES,
            live_flag=c.live_flag,
            live_flag_set=live_flag_set(c, env),
        )
        for c in CATALOG.connectors
    )
    connected = tuple(r.key for r in rows if r.connected)
    missing = tuple(r.key for r in rows if r.blocking and not r.connected)
    return ConnectorSummary(
        rows=rows,
        connected=connected,
        blocking_missing=missing,
        live_without_flag=tuple(r.key for r in rows if r.state in LIVE_STATES and not r.live_flag_set),
        ready_for_first_service=not missing and bool(connected),
    )


def ready_for_first_service(board: ConnectorBoard, env: Mapping[str, str] | None = None) -> bool:
    return summary(board, env).ready_for_first_service
