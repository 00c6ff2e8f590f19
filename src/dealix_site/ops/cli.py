"""``dealix-site ops …``: the ops behaviour on the command line.

:func:`register` adds the ``ops`` command to the main parser; each leaf sets
``func=handler`` and ``handler(args)`` returns the exit code. Output is JSON (the default when
stdout is not a terminal) or a short Arabic/English summary. Bad input exits with status 2 and
one line on stderr naming the field (``error: --affected-customers: must be >= 0``), never a
traceback. Nothing here sends, charges or posts: every proposal is a draft to approve.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NoReturn

from pydantic import ValidationError

from dealix_site.ops import connectors, incidents, onboarding, sla, success, support
from dealix_site.ops.errors import OpsInputError, from_validation_error
from dealix_site.ops.eventlog import EventLog
from dealix_site.ops.statefile import locked, read_state, write_state
from dealix_site.ops.text import duration_en

EXIT_OK = 0
EXIT_USAGE = 2  # bad input, as argparse uses
EXIT_ENV = 1  # the input was fine but the system was not (permissions, disk)

# How each library field is spelled on the command line, for error messages.
FIELD_FLAGS: dict[str, str] = {
    "text": "TEXT",
    "affected_customers": "--affected-customers",
    "ticket_id": "--ticket",
    "type": "--type",
    "priority": "--priority",
    "at": "--at",
    "since": "--since",
    "until": "--until",
    "now": "--now",
    "log": "--log",
    "state_file": "--state",
    "step": "STEP",
    "connector": "KEY",
    "connector_state": "STATE",
    "days_inactive": "--days-inactive",
    "drafts_pending": "--drafts-pending",
    "last_proof_pack_days": "--last-proof-pack-days",
}

Handler = Callable[[argparse.Namespace], int]


def _fail(field: str, message: str) -> int:
    print(f"error: {FIELD_FLAGS.get(field, field)}: {message}", file=sys.stderr)
    return EXIT_USAGE


def _handler(fn: Handler) -> Handler:
    """Turn the library's input errors into one stderr line and exit status 2."""

    @functools.wraps(fn)
    def run(args: argparse.Namespace) -> int:
        try:
            return fn(args)
        except OpsInputError as exc:
            return _fail(exc.field, exc.message)
        except ValidationError as exc:
            err = from_validation_error(exc)
            return _fail(err.field, err.message)
        except OSError as exc:
            where = f"{exc.filename}: " if exc.filename else ""
            print(f"error: {where}{exc.strerror or exc}", file=sys.stderr)
            return EXIT_ENV

    return run


def _one_line_errors(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    # argparse prints the whole usage before its error; the contract is a single line.
    def error(message: str) -> NoReturn:
        parser.exit(EXIT_USAGE, f"error: {message}\n")

    parser.error = error  # type: ignore[method-assign]
    return parser


def _int(value: str, field: str) -> int:
    try:
        return int(value.strip())
    except ValueError:
        raise OpsInputError(field, f"must be a whole number, got {value!r}") from None


def _emit(args: argparse.Namespace, data: dict[str, Any], text: str) -> None:
    fmt = args.format or ("text" if sys.stdout.isatty() else "json")
    if fmt == "json":
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(text.rstrip("\n"))


# --- classify-ticket ---------------------------------------------------------------------------


@_handler
def _classify_ticket(args: argparse.Namespace) -> int:
    text = sys.stdin.read() if args.text == "-" else args.text
    r = support.route(text)
    data = {
        "priority": r.priority,
        "matched": list(r.matched),
        "owner": r.owner,
        "first_response_minutes": r.first_response_minutes,
        "resolution_minutes": r.resolution_minutes,
        "first_response": r.first_response,
    }
    summary = "\n".join([
        f"{r.priority} — {r.name_ar}",
        f"matched: {', '.join(r.matched) or '—'}",
        f"owner: {r.owner} ({r.owner_ar})",
        f"first response within {duration_en(r.first_response_minutes)}, "
        f"resolution within {duration_en(r.resolution_minutes)}",
        "",
        r.first_response,
        "",
        "draft only: a person approves it before it is sent",
    ])
    _emit(args, data, summary)
    return EXIT_OK


# --- triage-incident ---------------------------------------------------------------------------


@_handler
def _triage_incident(args: argparse.Namespace) -> int:
    result = incidents.triage(
        data_leak=args.data_leak,
        unauthorized_send=args.unauthorized_send,
        affected_customers=_int(args.affected_customers, "affected_customers"),
    )
    data: dict[str, Any] = {
        "severity": result.severity,
        "first_action_minutes": result.first_action_minutes,
        "comm_cadence_minutes": result.comm_cadence_minutes,
        "plan": [
            {"step": i, **a.model_dump(mode="json", include={
                "key", "title_ar", "title_en", "due_in_minutes", "approval_required", "live_send_allowed"})}
            for i, a in enumerate(result.plan, 1)
        ],
    }
    lines = [
        f"{result.severity} — {result.name_ar}",
        f"first action within {duration_en(result.first_action_minutes)}; "
        f"updates every {duration_en(result.comm_cadence_minutes)}",
        "",
        *(f"{i}. {a.title_ar}\n   {a.title_en}" for i, a in enumerate(result.plan, 1)),
    ]
    if args.postmortem:
        data["postmortem"] = incidents.postmortem_template(result)
        lines += ["", data["postmortem"]]
    _emit(args, data, "\n".join(lines))
    return EXIT_OK


# --- record-event / sla-report -----------------------------------------------------------------


@_handler
def _record_event(args: argparse.Namespace) -> int:
    event = sla.TicketEvent(
        ticket_id=args.ticket,
        type=args.type,
        at=args.at if args.at is not None else datetime.now(UTC),
        priority=args.priority,
    )
    with EventLog(args.log) as log:
        seq = log.append(event)
    data = {
        "seq": seq,
        "ticket": event.ticket_id,
        "type": event.type.value,
        "at": event.at.isoformat(),
        "priority": event.priority,
    }
    _emit(args, data, f"recorded #{seq}: {event.ticket_id} {event.type.value} at {event.at.isoformat()}")
    return EXIT_OK


@_handler
def _sla_report(args: argparse.Namespace) -> int:
    since = sla.parse_timestamp(args.since, "since") if args.since else None
    until = sla.parse_timestamp(args.until, "until") if args.until else None
    now = sla.parse_timestamp(args.now, "now") if args.now else None
    if since and until and since >= until:
        raise OpsInputError("until", "must be later than --since")
    with EventLog(args.log, create=False) as log:
        report = sla.health_report(log.events(), since=since, until=until, now=now)
    data = report.model_dump(mode="json")
    ordered = {k: data[k] for k in ("tickets", "breaches", "breach_rate", "verdict", "by_priority")}
    ordered.update({k: v for k, v in data.items() if k not in ordered})
    lines = [
        f"SLA: {report.verdict.value} ({sla.VERDICT_AR[report.verdict]}) — "
        f"{report.breaches}/{report.tickets} tickets breached ({report.breach_rate:.1%})",
        *(
            f"  {key}: {s.breaches}/{s.tickets} breached, {s.open} open — {s.verdict.value}"
            for key, s in report.by_priority.items()
        ),
    ]
    if report.breached_tickets:
        lines.append(f"breached: {', '.join(report.breached_tickets)}")
    _emit(args, ordered, "\n".join(lines))
    return EXIT_OK


# --- at-risk -----------------------------------------------------------------------------------


@_handler
def _at_risk(args: argparse.Namespace) -> int:
    risk = success.at_risk(
        days_inactive=_int(args.days_inactive, "days_inactive"),
        drafts_pending=_int(args.drafts_pending, "drafts_pending"),
        last_proof_pack_days=_int(args.last_proof_pack_days, "last_proof_pack_days"),
    )
    data = {
        "risk_score": risk.risk_score,
        "severity": risk.severity,
        "reasons": list(risk.reasons),
        "health_score": success.SCORE_MAX - risk.risk_score,
        "points": risk.points,
    }
    lines = [f"risk {risk.risk_score}/100 — {risk.severity} ({success.RISK_SEVERITY_AR[risk.severity]})"]
    lines += [f"- {r}" for r in risk.reasons]
    _emit(args, data, "\n".join(lines))
    return EXIT_OK


# --- onboarding --------------------------------------------------------------------------------

_ONBOARDING = "onboarding"


def _load_onboarding(path: Path) -> onboarding.OnboardingState:
    data = read_state(path, _ONBOARDING)
    if data is None:
        return onboarding.OnboardingState()
    done = data.get("done", [])
    if not isinstance(done, list) or not all(isinstance(k, str) for k in done):
        raise OpsInputError("state_file", f"{path}: 'done' must be a list of step keys")
    return onboarding.OnboardingState.of(done)


def _progress_out(args: argparse.Namespace, state: onboarding.OnboardingState) -> None:
    p = onboarding.progress(state)
    data = {
        "done": p.done,
        "total": p.total,
        "percent": p.percent,
        "next_step": p.next_step.key if p.next_step else None,
        "onboarded": p.onboarded,
        "steps": [s.model_dump() for s in p.steps],
    }
    lines = [f"onboarding {p.done}/{p.total} ({p.percent:g}%)" + (" — onboarded" if p.onboarded else "")]
    lines += [f"  [{'x' if s.done else ' '}] {s.key}: {s.title_ar} / {s.title_en}" for s in p.steps]
    if p.next_step:
        lines.append(f"next: {p.next_step.key} ({p.next_step.title_ar})")
    _emit(args, data, "\n".join(lines))


@_handler
def _onboarding(args: argparse.Namespace) -> int:
    path = Path(args.state)
    if args.action == "show":
        if args.step is not None:
            raise OpsInputError("step", "'show' takes no step")
        _progress_out(args, _load_onboarding(path))
        return EXIT_OK
    if args.step is None:
        raise OpsInputError("step", f"required for 'advance'; one of: {', '.join(onboarding.step_keys())}")
    with locked(path):
        state = onboarding.advance(_load_onboarding(path), args.step)
        write_state(path, _ONBOARDING, {"done": list(state.done)})
    _progress_out(args, state)
    return EXIT_OK


# --- connectors --------------------------------------------------------------------------------

_CONNECTORS = "connectors"


def _load_board(path: Path) -> connectors.ConnectorBoard:
    data = read_state(path, _CONNECTORS)
    if data is None:
        return connectors.ConnectorBoard.of()
    states = data.get("states", {})
    if not isinstance(states, dict) or not all(isinstance(v, str) for v in states.values()):
        raise OpsInputError("state_file", f"{path}: 'states' must map connector keys to states")
    return connectors.ConnectorBoard.of(states)


def _summary_out(args: argparse.Namespace, board: connectors.ConnectorBoard, readiness_only: bool) -> None:
    s = connectors.summary(board, os.environ)
    data: dict[str, Any] = {
        "ready_for_first_service": s.ready_for_first_service,
        "blocking_missing": list(s.blocking_missing),
        "connected": list(s.connected),
        "live_without_flag": list(s.live_without_flag),
    }
    if not readiness_only:
        data["connectors"] = [r.model_dump(mode="json") for r in s.rows]
    lines = [] if readiness_only else [
        f"  {r.key}: {r.state.value}" + (" (blocking)" if r.blocking else "") for r in s.rows
    ]
    lines.append(
        f"ready for first service: {'yes' if s.ready_for_first_service else 'no'}"
        + (f" — missing blocking: {', '.join(s.blocking_missing)}" if s.blocking_missing else "")
        + ("" if s.connected else " — no connector connected")
    )
    if s.live_without_flag:
        lines.append(f"live without its flag set: {', '.join(s.live_without_flag)}")
    _emit(args, data, "\n".join(lines))


@_handler
def _connectors(args: argparse.Namespace) -> int:
    path = Path(args.state)
    if args.action in ("show", "readiness"):
        if args.args:
            raise OpsInputError("connector", f"'{args.action}' takes no arguments")
        _summary_out(args, _load_board(path), readiness_only=args.action == "readiness")
        return EXIT_OK
    if len(args.args) != 2:
        raise OpsInputError("connector", "'set' needs KEY STATE, e.g. set gmail connected_draft_only")
    key, state = args.args
    with locked(path):
        board = connectors.set_state(_load_board(path), key, state, os.environ)
        write_state(path, _CONNECTORS, {"states": {k: v.value for k, v in board.states.items()}})
    _summary_out(args, board, readiness_only=False)
    return EXIT_OK


# --- wiring ------------------------------------------------------------------------------------


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    ops = _one_line_errors(subparsers.add_parser(
        "ops", help="support, SLA, incidents, onboarding, connectors and customer success",
        description="Ops tools. Everything they propose is a draft a person approves; nothing is sent.",
    ))
    sub = ops.add_subparsers(dest="ops_command", required=True, metavar="COMMAND")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--format", choices=("json", "text"), default=None,
                        help="output format (default: json when stdout is not a terminal, else text)")

    def leaf(name: str, handler: Handler, help_: str) -> argparse.ArgumentParser:
        p = _one_line_errors(sub.add_parser(name, parents=[common], help=help_, description=help_))
        p.set_defaults(func=handler)
        return p

    p = leaf("classify-ticket", _classify_ticket,
             "classify a support ticket into P0–P3 and draft the first reply")
    p.add_argument("text", metavar="TEXT", help="the ticket text (Arabic, English or mixed); '-' reads stdin")

    p = leaf("triage-incident", _triage_incident, "severity and response plan for an incident")
    p.add_argument("--data-leak", action="store_true", help="personal or customer data was exposed")
    p.add_argument("--unauthorized-send", action="store_true", help="something was sent without approval")
    p.add_argument("--affected-customers", default="0", metavar="N", help="number of affected customers")
    p.add_argument("--postmortem", action="store_true", help="also print the post-mortem template")

    p = leaf("record-event", _record_event, "append a ticket event to the SLA event log")
    p.add_argument("--log", required=True, metavar="PATH", help="SQLite event log (created if missing)")
    p.add_argument("--ticket", required=True, metavar="ID")
    p.add_argument("--type", required=True, choices=[t.value for t in sla.EventType])
    p.add_argument("--priority", default=None, metavar="P0..P3", help="required on 'opened'")
    p.add_argument("--at", default=None, metavar="ISO8601", help="timezone-aware timestamp (default: now)")

    p = leaf("sla-report", _sla_report, "SLA health over a period")
    p.add_argument("--log", required=True, metavar="PATH")
    p.add_argument("--since", default=None, metavar="ISO8601", help="tickets opened at or after")
    p.add_argument("--until", default=None, metavar="ISO8601", help="tickets opened before")
    p.add_argument("--now", default=None, metavar="ISO8601", help="evaluate open tickets at this time")

    p = leaf("at-risk", _at_risk, "customer risk score 0–100 with reasons")
    p.add_argument("--days-inactive", required=True, metavar="N")
    p.add_argument("--drafts-pending", required=True, metavar="N")
    p.add_argument("--last-proof-pack-days", required=True, metavar="N")

    p = leaf("onboarding", _onboarding, "pilot onboarding checklist")
    p.add_argument("--state", required=True, metavar="PATH",
                   help="JSON state file (created on first advance)")
    p.add_argument("action", nargs="?", choices=("show", "advance"), default="show")
    p.add_argument("step", nargs="?", default=None, metavar="STEP")

    p = leaf("connectors", _connectors, "connector states and readiness for the first service run")
    p.add_argument("--state", required=True, metavar="PATH", help="JSON state file (created on first set)")
    p.add_argument("action", nargs="?", choices=("show", "set", "readiness"), default="show")
    p.add_argument("args", nargs="*", metavar="KEY STATE")
