"""/digest: a daily or weekly summary of the figures indexed since the previous one, and the digest
message itself (grouped by category and side, one `/claims`-style line per figure).

`/digest daily 08:00 [zone]`, `/digest weekly mon 08:00 [zone]`, `/digest off`, `/digest now`;
`/digest` alone shows the chat's schedule. Only administrators may change it in groups.
"""
from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Sequence

from handlers.command import Command
from handlers.context import Context
from handlers.layout import clean_args
from handlers.permissions import may_manage, refusal
from handlers.reply import Reply, bold, code
from handlers.schedules import DEFAULT_TIMEZONE, Schedule, ScheduleError, next_run, parse_schedule
from handlers.wording import group_line
from store.alert_records import DigestSchedule
from store.query import CATEGORY_LABELS, SIDE_LABELS
from store.records import Group

MAX_FIGURES = 40       # a digest lists at most this many figures, then points to /latest
EXCERPT_CHARS = 90
ON_REQUEST_HOURS = 24  # /digest now without a schedule: the figures of the last day
CHAT_PLATFORMS_ONLY = ("Scheduled digests are sent to a chat, so they work on Telegram (or another chat "
                       "platform); here, /digest now shows the figures of the last day.")
USAGE = ("/digest daily 08:00 Europe/Kyiv", "/digest weekly mon 08:00", "/digest off", "/digest now")


def _section(category: str, side: str | None) -> str:
    what = CATEGORY_LABELS.get(category, category)
    whose = SIDE_LABELS.get(side or "", "side not stated")
    return f"{what[:1].upper()}{what[1:]} · {whose}"


def _when(moment: dt.datetime, timezone: str) -> str:
    local = moment.astimezone(zoneinfo.ZoneInfo(timezone))
    return f"{local:%a} {local.day} {local:%b %H:%M} ({timezone})"


def digest_reply(groups: Sequence[Group], total: int, since: dt.datetime | None,
                 timezone: str = DEFAULT_TIMEZONE) -> Reply:
    """The digest: figures grouped by category and side, each with who says so and the outlets."""
    heading = [bold("Digest"), ": new figures" + (f" since {_when(since, timezone)}" if since else "")]
    reply = Reply().add(*heading)
    order = {name: i for i, name in enumerate(CATEGORY_LABELS)}
    sections: dict[tuple[str, str], list[Group]] = {}
    for group in groups:
        sections.setdefault((group.category, group.side or ""), []).append(group)
    for category, side in sorted(sections, key=lambda key: (order.get(key[0], len(order)), key[1] == "", key[1])):
        reply.add(bold(_section(category, side)))
        for group in sorted(sections[(category, side)], key=lambda g: -g.value):
            reply.add(*group_line(group, EXCERPT_CHARS))
    if total > len(groups):
        reply.add(f"…and {total - len(groups):,} more; see ", code("/latest"), ".")
    return reply


def _usage(reply: Reply) -> Reply:
    reply.add("Set one with ", code(USAGE[0]), " or ", code(USAGE[1]), "; stop it with ", code(USAGE[2]),
              "; get one right away with ", code(USAGE[3]), ".")
    return reply


async def _status(command: Command, ctx: Context) -> Reply:
    schedule = await ctx.store.digests.get(command.platform, command.chat_id)
    if schedule is None:
        return _usage(Reply().add("This chat has no digest."))
    described = Schedule(frequency=schedule.frequency, weekday=schedule.weekday, at_time=schedule.at_time,
                         timezone=schedule.timezone).describe()
    return _usage(Reply().add("Digest: ", bold(described), f"; the next is due {_when(schedule.next_due, schedule.timezone)}."))


async def _now(command: Command, ctx: Context) -> Reply:
    now = ctx.clock()
    schedule: DigestSchedule | None = None
    if command.platform != "console":
        schedule = await ctx.store.digests.get(command.platform, command.chat_id)
    if schedule is not None:
        since = schedule.last_sent_at
        groups, newest, total = await ctx.store.digests.new_groups(schedule.covered_claim_id)
        timezone = schedule.timezone
    else:
        since = now - dt.timedelta(hours=ON_REQUEST_HOURS)
        groups, newest, total = await ctx.store.digests.new_groups(0, since=since)
        timezone = DEFAULT_TIMEZONE
    if not groups:
        if schedule is not None:
            return Reply.text("Nothing new since the last digest.")
        return Reply().add("No figures were indexed in the last day. See ", code("/latest"), " for the newest.")
    if schedule is not None:
        await ctx.store.digests.cover(command.platform, command.chat_id, newest, now)
    return digest_reply(groups, total, since, timezone)


async def digest(command: Command, ctx: Context) -> Reply:
    """/digest daily|weekly|off|now"""
    words = clean_args(command.args, limit=120).split()
    action = words[0].casefold() if words else ""
    if command.platform == "console":
        return await _now(command, ctx) if action == "now" else Reply.text(CHAT_PLATFORMS_ONLY)
    if not action:
        return await _status(command, ctx)
    if not await may_manage(command):
        return refusal("digest")
    if action == "now":
        return await _now(command, ctx)
    if action in ("off", "stop", "none", "cancel"):
        stopped = await ctx.store.digests.clear(command.platform, command.chat_id)
        return Reply.text("Digest stopped." if stopped else "This chat has no digest to stop.")
    try:
        schedule = parse_schedule(words)
    except ScheduleError as problem:
        return Reply.text(str(problem))
    due = next_run(schedule, ctx.clock())
    await ctx.store.digests.set(command.platform, command.chat_id, schedule.frequency, schedule.weekday,
                                schedule.at_time, schedule.timezone, due)
    return (Reply().add("Digest: ", bold(schedule.describe()), ".")
            .add(f"The next is due {_when(due, schedule.timezone)}. It lists the figures indexed since the "
                 "previous digest; when nothing is new, nothing is sent."))
