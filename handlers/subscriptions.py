"""/subscribe, /subscriptions and /unsubscribe: standing searches whose new figures come as alerts.

`/subscribe` takes the same words as `/claims` and says back how it understood them. In groups
and channels only administrators may add or remove alerts (`handlers.permissions`).
"""
from __future__ import annotations

from handlers.command import Command
from handlers.context import Context
from handlers.layout import clean_args
from handlers.permissions import may_manage, refusal
from handlers.reply import Reply, bold, code
from store.alert_records import MAX_SUBSCRIPTIONS_PER_CHAT
from store.query import Query
from store.query_parser import parse_query
from store.vocabulary import query_words

EXAMPLE = "/subscribe russia killed"
CHAT_PLATFORMS_ONLY = ("Alerts are sent to a chat, so they work on Telegram (or another chat platform), "
                       "not in the console.")


def alert_query(query: Query) -> Query:
    """The query as a standing search: a relative time ("last week") would soon exclude every new
    figure, so it keeps only its start ("since 5 June 2025")."""
    if query.time_label in query_words()["relative_times"] and query.date_from is not None:
        start = query.date_from
        return query.model_copy(update={"date_to": None, "time_label": f"since {start.day} {start:%B %Y}"})
    return query


def describe(query: Query) -> str:
    """"killed · Russia · any time": every filter, with the time always said."""
    parts = query.filters()
    if not (query.when_label() or query.date_from or query.date_to):
        before_time = sum(bool(x) for x in (query.categories, query.sides, query.populations, query.places,
                                            query.claimants, query.outlets))
        parts.insert(before_time, "any time")
    return " · ".join(parts)


async def subscribe(command: Command, ctx: Context) -> Reply:
    """/subscribe WORDS"""
    if command.platform == "console":
        return Reply.text(CHAT_PLATFORMS_ONLY)
    if not await may_manage(command):
        return refusal("alerts")
    words = clean_args(command.args, limit=300)
    if not words:
        return Reply().add("Tell me what to watch for after /subscribe, for example ", code(EXAMPLE), ".")
    query = alert_query(parse_query(words, "claims", await ctx.store.names(), ctx.clock))
    if query.is_empty():
        return Reply().add("I could not find search words in that. Try for example ", code(EXAMPLE), ".")
    description = describe(query)
    added = await ctx.store.subscriptions.add(command.platform, command.chat_id, words, query, description)
    if added.status == "limit":
        return Reply().add(f"This chat already has {MAX_SUBSCRIPTIONS_PER_CHAT} alerts, the most it can have. "
                           "Remove one first: ", code("/subscriptions"), " lists them, ",
                           code("/unsubscribe N"), " removes one.")
    if added.status == "duplicate":
        return Reply().add("This chat already has that alert: ", bold(description), ".")
    return (Reply().add("Alerts for: ", bold(description))
            .add("New figures that match will be sent here as soon as they are indexed. ",
                 code("/subscriptions"), " lists this chat's alerts.", ))


async def subscriptions(command: Command, ctx: Context) -> Reply:
    """/subscriptions: this chat's alerts, numbered."""
    found = await ctx.store.subscriptions.list(command.platform, command.chat_id)
    if not found:
        return Reply().add("This chat has no alerts yet. Start one with ", code(EXAMPLE), ".")
    reply = Reply().add(bold("Alerts in this chat"))
    for number, subscription in enumerate(found, 1):
        paused = " (paused: the bot could not write here)" if not subscription.active else ""
        reply.add(f"{number}. ", subscription.description, paused)
    reply.add("Remove one with ", code("/unsubscribe N"), ", or all with ", code("/unsubscribe all"), ".")
    return reply


async def unsubscribe(command: Command, ctx: Context) -> Reply:
    """/unsubscribe N or /unsubscribe all"""
    if not await may_manage(command):
        return refusal("alerts")
    arg = clean_args(command.args, limit=40).casefold()
    if arg == "all":
        removed = await ctx.store.subscriptions.remove(command.platform, command.chat_id, None)
        if not removed:
            return Reply.text("This chat has no alerts to remove.")
        return Reply.text("Removed every alert in this chat." if len(removed) > 1
                          else f"Removed the alert for: {removed[0].description}.")
    if not arg.isdigit() or not arg.isascii():
        return Reply().add("Say which alert to remove: ", code("/unsubscribe 2"), " (the numbers are in ",
                           code("/subscriptions"), ") or ", code("/unsubscribe all"), ".")
    removed = await ctx.store.subscriptions.remove(command.platform, command.chat_id, int(arg[:6]))
    if not removed:
        return Reply().add("There is no alert with that number here; ", code("/subscriptions"),
                           " lists them.")
    return Reply().add("Removed the alert for: ", bold(removed[0].description), ".")
