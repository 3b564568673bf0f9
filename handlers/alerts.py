"""The alert message: new figures matching a chat's subscriptions, one `/claims`-style line each.

Several figures for one chat go out as one message (as many as fit); the sender keeps the rest
for the chat's next message.
"""
from __future__ import annotations

from collections.abc import Sequence

from handlers.layout import group_list
from handlers.reply import Reply, Span, bold
from store.records import Group

MAX_PER_MESSAGE = 10


def alert_reply(groups: Sequence[Group], descriptions: Sequence[str]) -> tuple[Reply, int]:
    """The message announcing `groups` (at most MAX_PER_MESSAGE), and how many of them it holds."""
    shown = list(groups[:MAX_PER_MESSAGE])
    label = "New figure" if len(shown) == 1 else "New figures"
    wanted = list(dict.fromkeys(d for d in descriptions if d))
    heading: list[Span] = [bold(label)]
    if wanted:
        heading += [Span(text=" for your alert: " if len(wanted) == 1 else " for your alerts: "),
                    bold(" / ".join(wanted))]
    reply = group_list(heading, shown)
    return reply, len(reply.lines) - 1
