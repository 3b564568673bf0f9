"""Sending a handlers `Reply` to a Telegram chat: split into messages, and chats that blocked the
bot (403) remembered so they are not written to again.

Flood waits (429) are not handled here: the application's `AIORateLimiter` waits them out for
every request (see `bot.telegram.build_application`); when it gives up, `RetryAfter` reaches the
caller (the alert sender then retries from its outbox).
"""
from __future__ import annotations

import io
import logging
import warnings
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import TYPE_CHECKING, TypeVar

from telegram import Bot, InputFile, Message, ReplyParameters
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, RetryAfter

from bot.telegram_render import NO_PREVIEW, html_chunks, keyboard
from handlers.reply import Reply

if TYPE_CHECKING:
    from store.store import Store

log = logging.getLogger(__name__)

T = TypeVar("T")
PLATFORM = "telegram"


def retry_seconds(exc: RetryAfter) -> float:
    """How long Telegram asked us to wait, in seconds, whichever type this PTB version hands out."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


def _reply_to(message_id: int | None) -> ReplyParameters | None:
    """Quote the user's message in groups, so it is clear whom the bot answers."""
    if message_id is None:
        return None
    return ReplyParameters(message_id=message_id, allow_sending_without_reply=True)


class BlockedChats:
    """Chats that answered 403: kept in this process and in the store, which pauses their alerts."""

    def __init__(self, store: Store) -> None:
        self._chats: set[int] = set()
        self._store = store

    def __contains__(self, chat_id: int) -> bool:
        return chat_id in self._chats

    async def load(self) -> None:
        """Start from the chats the store already knows to be blocked."""
        self._chats.update(int(c) for c in await self._store.blocked_chats(PLATFORM))

    async def add(self, chat_id: int) -> None:
        """Record that the chat blocked the bot or removed it."""
        self._chats.add(chat_id)
        await self._store.deactivate_chat(PLATFORM, str(chat_id))

    async def discard(self, chat_id: int) -> None:
        """The chat wrote to the bot again, so it can be answered again."""
        if chat_id not in self._chats:
            return
        self._chats.discard(chat_id)
        await self._store.reactivate_chat(PLATFORM, str(chat_id))


class Delivery:
    """Sends and edits replies for one bot; every call goes through the same 403 rule."""

    def __init__(self, bot: Bot, blocked: BlockedChats) -> None:
        self.bot = bot
        self.blocked = blocked

    async def send(self, chat_id: int, reply: Reply, reply_to: int | None = None) -> list[Message]:
        """Send the reply as one or more HTML messages (buttons under the last); [] if the chat is blocked."""
        if chat_id in self.blocked:
            log.info("not writing to chat %s: it blocked the bot", chat_id)
            return []
        chunks = html_chunks(reply)
        markup = keyboard(reply)
        sent: list[Message] = []
        for index, chunk in enumerate(chunks):
            last = index == len(chunks) - 1
            message = await self._call(chat_id, lambda chunk=chunk, last=last: self.bot.send_message(
                chat_id=chat_id, text=chunk, parse_mode=ParseMode.HTML,
                link_preview_options=NO_PREVIEW, reply_markup=markup if last else None,
                reply_parameters=_reply_to(reply_to) if index == 0 else None))
            if message is None:
                return sent
            sent.append(message)
        if reply.attachment is not None:
            attachment = reply.attachment
            message = await self._call(chat_id, lambda: self.bot.send_document(
                chat_id=chat_id,
                document=InputFile(io.BytesIO(attachment.content), filename=attachment.filename),
            ))
            if message is not None:
                sent.append(message)
        if not sent:
            log.warning("reply for chat %s had nothing to send", chat_id)
        return sent

    async def edit(self, chat_id: int, message_id: int, reply: Reply) -> None:
        """Replace a message's text and buttons with the reply (a page turn)."""
        chunks = html_chunks(reply)
        if not chunks:
            return
        if len(chunks) > 1:
            log.warning("page for chat %s is %d messages long; showing the first", chat_id, len(chunks))
        try:
            await self._call(chat_id, lambda: self.bot.edit_message_text(
                chat_id=chat_id, message_id=message_id, text=chunks[0], parse_mode=ParseMode.HTML,
                link_preview_options=NO_PREVIEW, reply_markup=keyboard(reply)))
        except BadRequest as exc:
            if "not modified" not in str(exc).lower():
                raise

    async def _call(self, chat_id: int, request: Callable[[], Awaitable[T]]) -> T | None:
        """Make one Bot API request; None when the chat has blocked the bot (recorded, not raised)."""
        try:
            return await request()
        except Forbidden:
            log.warning("chat %s blocked the bot or removed it; not writing there again", chat_id)
            await self.blocked.add(chat_id)
            return None
