from __future__ import annotations

import pytest

from dealix_site.ops import connectors
from dealix_site.ops.catalog import CATALOG
from dealix_site.ops.connectors import ConnectorBoard, ConnectorState, set_state, summary
from dealix_site.ops.errors import LiveNotAllowedError, UnknownConnectorError, UnknownConnectorStateError

WITH_FLAG = [c for c in CATALOG.connectors if c.live_flag]
WITHOUT_FLAG = [c for c in CATALOG.connectors if not c.live_flag]
ALL_FLAGS_ON = {c.live_flag: "1" for c in WITH_FLAG if c.live_flag}


def test_default_board_is_not_connected_and_never_live() -> None:
    board = ConnectorBoard()
    assert set(board.states) == {c.key for c in CATALOG.connectors}
    assert all(s is connectors.DEFAULT_STATE for s in board.states.values())
    assert not any(s in connectors.LIVE_STATES for s in board.states.values())
    s = summary(board, env=ALL_FLAGS_ON)  # flags set in the environment do not make anything live
    assert s.connected == ()
    assert s.ready_for_first_service is False


def test_summary_lists_blocking_connectors_missing() -> None:
    blocking = tuple(c.key for c in CATALOG.connectors if c.blocking)
    assert blocking == ("whatsapp_cloud",)  # today's only blocking connector, per the spec
    assert summary(ConnectorBoard(), env={}).blocking_missing == blocking


def test_unknown_connector_or_state_is_an_error() -> None:
    with pytest.raises(UnknownConnectorError, match="telegram"):
        set_state(ConnectorBoard(), "telegram", "connected_draft_only", env={})
    with pytest.raises(UnknownConnectorStateError, match="half_connected"):
        set_state(ConnectorBoard(), "gmail", "half_connected", env={})
    with pytest.raises(UnknownConnectorError):
        ConnectorBoard.of({"telegram": "not_connected"})
    with pytest.raises(UnknownConnectorStateError):
        ConnectorBoard.of({"gmail": "half_connected"})


@pytest.mark.parametrize("conn", WITH_FLAG, ids=lambda c: c.key)
@pytest.mark.parametrize("value", [None, "", "0", "false", "no", "off", "nope"])
def test_live_needs_a_truthy_live_flag(conn, value) -> None:  # type: ignore[no-untyped-def]
    env = {} if value is None else {conn.live_flag: value}
    with pytest.raises(LiveNotAllowedError) as info:
        set_state(ConnectorBoard(), conn.key, ConnectorState.CONNECTED_LIVE, env=env)
    assert conn.live_flag in str(info.value)


@pytest.mark.parametrize("conn", WITH_FLAG, ids=lambda c: c.key)
@pytest.mark.parametrize("value", ["1", "true", "TRUE", "yes", " on "])
def test_live_allowed_once_its_own_flag_is_set(conn, value) -> None:  # type: ignore[no-untyped-def]
    board = set_state(ConnectorBoard(), conn.key, "connected_live", env={conn.live_flag: value})
    assert board.state(conn.key) is ConnectorState.CONNECTED_LIVE


def test_another_connectors_flag_does_not_unlock_live() -> None:
    gmail = CATALOG.connector("gmail")
    others = {k: v for k, v in ALL_FLAGS_ON.items() if k != gmail.live_flag}
    with pytest.raises(LiveNotAllowedError):
        set_state(ConnectorBoard(), "gmail", "connected_live", env=others)


@pytest.mark.parametrize("conn", WITHOUT_FLAG, ids=lambda c: c.key)
def test_connector_without_live_flag_can_never_be_live(conn) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(LiveNotAllowedError, match="no live flag"):
        set_state(ConnectorBoard(), conn.key, "connected_live", env=ALL_FLAGS_ON)


def test_environment_defaults_to_os_environ(monkeypatch: pytest.MonkeyPatch) -> None:
    flag = CATALOG.connector("gmail").live_flag
    assert flag is not None
    monkeypatch.delenv(flag, raising=False)
    with pytest.raises(LiveNotAllowedError):
        set_state(ConnectorBoard(), "gmail", "connected_live")
    monkeypatch.setenv(flag, "true")
    assert (
        set_state(ConnectorBoard(), "gmail", "connected_live").state("gmail") is ConnectorState.CONNECTED_LIVE
    )


def test_ready_only_when_no_blocking_missing_and_something_connected() -> None:
    board = ConnectorBoard()
    gmail_only = set_state(board, "gmail", "connected_draft_only", env={})
    assert summary(gmail_only, env={}).ready_for_first_service is False  # whatsapp_cloud missing
    whatsapp = set_state(board, "whatsapp_cloud", "connected_draft_only", env={})
    s = summary(whatsapp, env={})
    assert s.ready_for_first_service is True
    assert s.blocking_missing == () and s.connected == ("whatsapp_cloud",)
    broken = set_state(whatsapp, "whatsapp_cloud", "error", env={})
    assert summary(broken, env={}).ready_for_first_service is False  # an error state is not connected


def test_set_state_returns_a_new_board() -> None:
    board = ConnectorBoard()
    new = set_state(board, "google_sheets", "connected_approved_execute", env={})
    assert board.state("google_sheets") is ConnectorState.NOT_CONNECTED
    assert new.state("google_sheets") is ConnectorState.CONNECTED_APPROVED_EXECUTE


def test_summary_flags_live_connectors_whose_flag_was_unset() -> None:
    flag = CATALOG.connector("gmail").live_flag
    board = set_state(ConnectorBoard(), "gmail", "connected_live", env={flag: "1"})
    assert summary(board, env={}).live_without_flag == ("gmail",)
    assert summary(board, env={flag: "1"}).live_without_flag == ()
