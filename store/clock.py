"""The one clock: the current UTC time, injectable everywhere so digests and "last week" are testable."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

# What every component that needs the time takes; tests pass their own.
Clock = Callable[[], dt.datetime]


def utc_now() -> dt.datetime:
    """The real clock: now, timezone-aware, in UTC."""
    return dt.datetime.now(dt.timezone.utc)
