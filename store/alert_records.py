"""What the store hands back about alerts and digests: subscriptions, outbox rows, digest schedules."""
from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel

from store.query import Query

MAX_SUBSCRIPTIONS_PER_CHAT = 50


class Subscription(BaseModel):
    """One chat's standing search: new figures matching `query` are sent to the chat."""

    id: int
    platform: str
    chat_id: str
    words: str
    description: str
    query: Query
    active: bool = True


class AddedSubscription(BaseModel):
    """The outcome of a subscribe request: added, already there, or over the per-chat limit."""

    status: Literal["added", "duplicate", "limit"]
    number: int | None = None          # its position in the chat's list (1-based)
    subscription: Subscription | None = None
    count: int = 0                     # the chat's subscriptions afterwards


OutboxKind = Literal["alert", "digest"]


class OutboxItem(BaseModel):
    """A message waiting to be delivered: an alert for one claim group, or a ready digest."""

    id: int
    platform: str
    chat_id: str
    kind: OutboxKind
    group_id: int | None = None
    subscription_id: int | None = None
    description: str | None = None     # of the subscription that matched (alerts)
    payload: str | None = None         # a handlers Reply as JSON (digests)
    attempts: int = 0


Frequency = Literal["daily", "weekly"]


class DigestSchedule(BaseModel):
    """When a chat gets its digest, and how far the previous digest went."""

    platform: str
    chat_id: str
    frequency: Frequency
    weekday: int | None = None         # weekly: 0 = Monday
    at_time: str                       # "08:00", local time
    timezone: str                      # IANA name
    next_due: dt.datetime              # UTC
    covered_claim_id: int = 0          # the newest claim the previous digest covered
    last_sent_at: dt.datetime | None = None
