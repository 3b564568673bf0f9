"""Digest schedules in words: reading "daily 08:00 Europe/Kyiv" or "weekly mon 08:00", describing a
schedule back, and working out when it is next due. Pure: no I/O; time zones come from zoneinfo.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import zoneinfo
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel

DEFAULT_TIMEZONE = "UTC"
MAX_TIMEZONE_CHARS = 64
# Fixed patterns; the user's words are only ever the text they are applied to.
_CLOCK = re.compile(r"(\d{1,2})[:.h](\d{2})")
_HOUR_AMPM = re.compile(r"(\d{1,2})(?::(\d{2}))?(am|pm)")


@lru_cache(maxsize=1)
def schedule_words() -> dict:
    """The weekday and time-zone words (handlers/data/schedule_words.json)."""
    return json.loads(Path(__file__).with_name("data").joinpath("schedule_words.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def _zone_names() -> dict[str, str]:
    """Every IANA zone name, keyed by its casefolded form (and its city, when that is unambiguous)."""
    names: dict[str, str] = {}
    cities: dict[str, set[str]] = {}
    for name in zoneinfo.available_timezones():
        names[name.casefold()] = name
        city = name.rsplit("/", 1)[-1].replace("_", " ").casefold()
        cities.setdefault(city, set()).add(name)
    for city, zones in cities.items():
        if len(zones) == 1 and city not in names:
            names[city] = next(iter(zones))
    return names


class ScheduleError(ValueError):
    """Words that are not a schedule; the message is a polite sentence for the chat."""


class Schedule(BaseModel):
    """When a digest goes out: every day, or one day a week, at a local time in a time zone."""

    frequency: Literal["daily", "weekly"]
    weekday: int | None = None   # 0 = Monday
    at_time: str                 # "08:00"
    timezone: str = DEFAULT_TIMEZONE

    def describe(self) -> str:
        """"every day at 08:00 (Europe/Kyiv)", "every Monday at 08:00 (UTC)"."""
        if self.frequency == "weekly" and self.weekday is not None:
            day = "every " + schedule_words()["weekday_names"][self.weekday]
        else:
            day = "every day"
        return f"{day} at {self.at_time} ({self.timezone})"


def find_timezone(text: str) -> str | None:
    """The IANA zone a user means ("Europe/Kyiv", "europe/kiev", "Kyiv", "UTC"), or None."""
    key = " ".join(text.split()).casefold()
    if not key or len(key) > MAX_TIMEZONE_CHARS:
        return None
    alias = schedule_words()["timezones"].get(key)
    if alias:
        return alias
    return _zone_names().get(key) or _zone_names().get(key.replace(" ", "_"))


def parse_time(text: str) -> str | None:
    """A time of day as "HH:MM" ("8:00", "08.30", "8am", "8:30pm"), or None."""
    text = text.casefold()
    match = _CLOCK.fullmatch(text)
    if match:
        hour, minute = int(match.group(1)), int(match.group(2))
    else:
        match = _HOUR_AMPM.fullmatch(text)
        if not match or not 1 <= int(match.group(1)) <= 12:
            return None
        hour, minute = int(match.group(1)) % 12 + (12 if match.group(3) == "pm" else 0), int(match.group(2) or 0)
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


def _shown(word: str) -> str:
    return "".join(ch for ch in word[:32] if ch.isprintable())


def parse_schedule(words: list[str]) -> Schedule:
    """`daily HH:MM [zone]` or `weekly DAY HH:MM [zone]` as a Schedule; ScheduleError says what is wrong."""
    frequency = words[0].casefold() if words else ""
    rest = words[1:]
    weekday = None
    if frequency in ("weekly", "week", "every-week"):
        frequency = "weekly"
        if not rest:
            raise ScheduleError("Say which day and time, for example /digest weekly mon 08:00 Europe/Kyiv.")
        weekday = schedule_words()["weekdays"].get(rest[0].casefold())
        if weekday is None:
            raise ScheduleError(f"I could not read “{_shown(rest[0])}” as a day of the week; "
                                "use mon, tue, wed, thu, fri, sat or sun.")
        rest = rest[1:]
    elif frequency in ("daily", "day", "every-day"):
        frequency = "daily"
    else:
        raise ScheduleError("Say how often: /digest daily 08:00 or /digest weekly mon 08:00, "
                            "optionally with a time zone such as Europe/Kyiv.")
    if not rest:
        raise ScheduleError("Say at what time, for example 08:00 (24-hour clock).")
    at_time = parse_time(rest[0])
    if at_time is None:
        raise ScheduleError(f"I could not read “{_shown(rest[0])}” as a time of day; "
                            "use the 24-hour clock, for example 08:00 or 18:30.")
    timezone = DEFAULT_TIMEZONE
    if rest[1:]:
        zone_text = " ".join(rest[1:])
        found = find_timezone(zone_text)
        if found is None:
            raise ScheduleError(f"I don't know the time zone “{_shown(zone_text)}”; use a name such as "
                                "Europe/Kyiv, Europe/London or UTC.")
        timezone = found
    return Schedule(frequency=frequency, weekday=weekday, at_time=at_time, timezone=timezone)  # type: ignore[arg-type]


def next_run(schedule: Schedule, after: dt.datetime) -> dt.datetime:
    """The first moment strictly after `after` when the digest is due, in UTC.

    Computed on the local calendar, so 08:00 stays 08:00 across daylight-saving changes.
    """
    zone = zoneinfo.ZoneInfo(schedule.timezone)
    hour, minute = (int(part) for part in schedule.at_time.split(":"))
    local = after.astimezone(zone)
    day = local.date()
    for _ in range(9):
        if schedule.frequency == "daily" or day.weekday() == schedule.weekday:
            moment = dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone)
            moment = moment.astimezone(dt.timezone.utc)
            if moment > after:
                return moment
        day += dt.timedelta(days=1)
    raise AssertionError("a daily or weekly time always recurs within nine days")
