"""/digest schedules in words, their next due time, and polite answers to what is not a schedule."""
from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from handlers import handle
from handlers.command import Command
from handlers.context import Context
from handlers.reply import to_plain
from handlers.schedules import Schedule, ScheduleError, next_run, parse_schedule
from store import Store

UTC = dt.timezone.utc
NOW = dt.datetime(2025, 9, 3, 6, 0, tzinfo=UTC)  # a Wednesday, 09:00 in Kyiv


def test_a_daily_schedule_with_a_time_zone():
    assert parse_schedule(["daily", "08:00", "Europe/Kyiv"]) == Schedule(
        frequency="daily", at_time="08:00", timezone="Europe/Kyiv")


def test_a_weekly_schedule_with_a_day():
    assert parse_schedule(["weekly", "mon", "8:30"]) == Schedule(
        frequency="weekly", weekday=0, at_time="08:30", timezone="UTC")


def test_time_zone_names_are_found_whatever_their_case_or_spelling():
    assert parse_schedule(["daily", "08:00", "europe/kiev"]).timezone == "Europe/Kiev"
    assert parse_schedule(["daily", "08:00", "Kyiv"]).timezone == "Europe/Kyiv"


@pytest.mark.parametrize("words, complaint", [
    (["daily", "25:00"], "as a time of day"),
    (["daily", "8"], "as a time of day"),
    (["daily", "08:00", "Mars/Olympus"], "I don't know the time zone"),
    (["daily", "08:00", "../../etc/passwd"], "I don't know the time zone"),
    (["weekly", "someday", "08:00"], "day of the week"),
    (["hourly", "08:00"], "Say how often"),
    (["daily"], "at what time"),
])
def test_what_is_not_a_schedule_gets_a_polite_reason(words, complaint):
    with pytest.raises(ScheduleError, match=complaint):
        parse_schedule(words)


def test_a_daily_digest_is_next_due_at_that_local_time():
    rule = Schedule(frequency="daily", at_time="08:00", timezone="Europe/Kyiv")
    assert next_run(rule, NOW) == dt.datetime(2025, 9, 4, 5, 0, tzinfo=UTC)


def test_a_weekly_digest_is_next_due_on_its_day():
    rule = Schedule(frequency="weekly", weekday=0, at_time="08:00", timezone="Europe/Kyiv")
    assert next_run(rule, NOW) == dt.datetime(2025, 9, 8, 5, 0, tzinfo=UTC)


def test_local_time_is_kept_across_the_clock_change():
    rule = Schedule(frequency="daily", at_time="08:00", timezone="Europe/Kyiv")
    before_change = dt.datetime(2025, 10, 25, 6, 0, tzinfo=UTC)  # winter time starts on 26 October
    assert next_run(rule, before_change) == dt.datetime(2025, 10, 26, 6, 0, tzinfo=UTC)


@pytest.fixture
async def ctx(tmp_path: Path) -> AsyncIterator[Context]:
    store = await Store.open(tmp_path / "claimdesk.db", clock=lambda: NOW)
    yield Context(store=store, clock=lambda: NOW)
    await store.close()


async def say(ctx: Context, args: str, **where: object) -> str:
    where.setdefault("platform", "telegram")
    where.setdefault("chat_id", "501")
    return to_plain(await handle(Command(name="digest", args=args, **where), ctx))


async def test_digest_alone_shows_the_schedule(ctx: Context) -> None:
    await say(ctx, "weekly fri 17:00 Europe/London")
    assert (await say(ctx, "")).startswith("Digest: every Friday at 17:00 (Europe/London)")


async def test_a_bad_time_changes_nothing(ctx: Context) -> None:
    await say(ctx, "daily 08:00")
    said = await say(ctx, "daily 8 o'clock")
    assert "as a time of day" in said
    assert (await ctx.store.digests.get("telegram", "501")).at_time == "08:00"


async def test_stopping_a_digest_that_does_not_exist_says_so(ctx: Context) -> None:
    assert await say(ctx, "off") == "This chat has no digest to stop."
