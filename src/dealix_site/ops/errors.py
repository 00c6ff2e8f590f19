"""Errors for bad input to the ops module.

Every one names the field it is about, so the command line can print a one-line
``error: --flag: message`` without a traceback, and library callers can catch one type.
"""

from __future__ import annotations

from pydantic import ValidationError


class OpsInputError(ValueError):
    """Input the ops module refuses; ``field`` is the parameter name (snake_case)."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}")


class UnknownStepError(OpsInputError):
    def __init__(self, step: str, known: tuple[str, ...]) -> None:
        super().__init__("step", f"unknown onboarding step {step!r}; known steps: {', '.join(known)}")
        self.step = step
        self.known = known


class StepOrderError(OpsInputError):
    def __init__(self, step: str, pending: str) -> None:
        super().__init__("step", f"cannot advance {step!r} before {pending!r} is done")
        self.step = step
        self.pending = pending


class UnknownConnectorError(OpsInputError):
    def __init__(self, key: str, known: tuple[str, ...]) -> None:
        super().__init__("connector", f"unknown connector {key!r}; known: {', '.join(known)}")
        self.key = key


class UnknownConnectorStateError(OpsInputError):
    def __init__(self, state: str, known: tuple[str, ...]) -> None:
        super().__init__("connector_state", f"unknown connector state {state!r}; known: {', '.join(known)}")
        self.state = state


class LiveNotAllowedError(OpsInputError):
    """A live state was asked for without the connector's live flag set (or it has none)."""

    def __init__(self, key: str, flag: str | None) -> None:
        if flag is None:
            message = f"connector {key!r} has no live flag, so it can never be set live"
        else:
            message = f"connector {key!r} cannot be set live: {flag} is not set to a true value"
        super().__init__("connector_state", message)
        self.key = key
        self.flag = flag


class EmptyTicketError(OpsInputError):
    def __init__(self) -> None:
        super().__init__("text", "ticket text is empty")


class StateFileError(OpsInputError):
    def __init__(self, message: str) -> None:
        super().__init__("state_file", message)


class EventLogError(OpsInputError):
    def __init__(self, message: str) -> None:
        super().__init__("log", message)


def from_validation_error(exc: ValidationError, default_field: str = "input") -> OpsInputError:
    """The first pydantic error as an :class:`OpsInputError` naming the offending field."""
    first = exc.errors(include_url=False)[0]
    loc = [str(part) for part in first.get("loc", ()) if not isinstance(part, int)]
    field = loc[0] if loc else default_field
    message = str(first.get("msg", "invalid value"))
    # pydantic prefixes custom messages with "Value error, "; the CLI line reads better without it.
    message = message.removeprefix("Value error, ")
    return OpsInputError(field, message)
