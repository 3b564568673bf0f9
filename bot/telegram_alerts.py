"""Alerts and digests on Telegram: the outbox sender and the digest scheduler, sending through the
adapter's `Delivery` (which splits messages and records blocked chats). A flood wait the rate
limiter gave up on comes back as `RetryAfter` and the outbox tries that message again later.
"""
from __future__ import annotations

import logging

from telegram.error import BadRequest, NetworkError, RetryAfter, TelegramError

from bot.digest_scheduler import DigestScheduler
from bot.rate_limits import TELEGRAM, FloodLimits, Limits
from bot.sender import Deliver, DeliveryError, Sender
from bot.telegram_delivery import PLATFORM, Delivery, retry_seconds
from handlers.context import Context
from handlers.reply import Reply

log = logging.getLogger(__name__)


def is_group(chat_id: str) -> bool:
    """Telegram groups, supergroups and channels have negative ids."""
    return chat_id.lstrip().startswith("-")


def deliverer(delivery: Delivery) -> Deliver:
    """`deliver(chat_id, reply) -> sent?` for the sender: False when the chat has blocked the bot;
    Telegram's errors become `DeliveryError`s (passing or permanent)."""
    async def deliver(chat_id: str, reply: Reply) -> bool:
        try:
            return bool(await delivery.send(int(chat_id), reply))
        except RetryAfter as exc:
            raise DeliveryError(str(exc), retry_after=retry_seconds(exc)) from exc
        except BadRequest as exc:  # the message or the chat is wrong: trying again will not help much
            raise DeliveryError(str(exc), permanent=True) from exc
        except NetworkError as exc:  # includes timeouts
            raise DeliveryError(str(exc)) from exc
        except TelegramError as exc:
            raise DeliveryError(str(exc), permanent=True) from exc
    return deliver


class TelegramAlerts:
    """The background work of alerts and digests for one running Telegram bot."""

    def __init__(self, ctx: Context, delivery: Delivery, limits: Limits = TELEGRAM,
                 poll_interval: float = 1.0, digest_interval: float = 5.0) -> None:
        self.sender = Sender(ctx.store, PLATFORM, deliverer(delivery), clock=ctx.clock, is_group=is_group,
                             limits=FloodLimits(limits), poll_interval=poll_interval)
        self.digests = DigestScheduler(ctx.store, PLATFORM, clock=ctx.clock, on_queued=self.sender.wake,
                                       poll_interval=digest_interval)

    def start(self) -> None:
        """Start delivering the outbox and checking digest schedules (missed digests go out now)."""
        self.sender.start()
        self.digests.start()
        log.info("alerts and digests started")

    async def stop(self) -> None:
        """Stop both; a message being sent is given a moment to finish."""
        await self.digests.stop()
        await self.sender.stop(timeout=3.0)
