"""The Telegram adapter: updates in, `handlers` replies out, nothing decided here about what users see.

Messages and commands become a `Command` for `handlers.handle`; button presses become the
`page` command and edit their message in place; inline queries go to `handlers.inline_results`.
Sending goes through `Delivery` (splitting, blocked chats); flood waits are waited out by the
application's rate limiter. Starting the process and its exit codes live in `bot.service`.
"""
from __future__ import annotations

import functools
import logging
import sqlite3
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from telegram import BotCommand, Message, Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ContextTypes,
    InlineQueryHandler,
    MessageHandler,
    filters,
)

import handlers
from bot.telegram_alerts import TelegramAlerts
from bot.telegram_delivery import BlockedChats, Delivery
from bot.telegram_render import MAX_INLINE_RESULTS, inline_articles
from handlers.command import Command, parse_command
from handlers.context import Context
from handlers.registry import telegram_commands
from handlers.reply import Reply
from store import Store

log = logging.getLogger(__name__)

ALLOWED_UPDATES = [Update.MESSAGE, Update.CHANNEL_POST, Update.CALLBACK_QUERY, Update.INLINE_QUERY]
ADAPTER = "claimdesk"  # key of the adapter in `application.bot_data`
POLL_TIMEOUT = 10  # seconds a getUpdates long poll may wait; SIGTERM does not wait for it
FLOOD_RETRIES = 3  # times a request refused with 429 is tried again, after the wait Telegram asks for
# Said only if `handlers.apology()` itself fails; the wording users normally see lives in handlers.
APOLOGY = "Sorry, something went wrong while answering that. Please try again in a moment."

Answer = Callable[[Command, Context], Awaitable[Reply]]
InlineAnswer = Callable[..., Awaitable[Sequence[Any]]]


class DatabaseUnavailable(Exception):
    """The store could not be opened at start-up; the message is one line for the terminal."""


@dataclass
class Adapter:
    """What the update callbacks share: the handlers' context, the handlers, and delivery."""

    answer: Answer
    inline: InlineAnswer
    ctx: Context | None = None
    db_path: Path | None = None
    delivery: Delivery | None = None
    owns_store: bool = False
    blocked: BlockedChats | None = None  # set up with the store in `setup`
    alerts_enabled: bool = False
    alerts: TelegramAlerts | None = None  # while running


def _adapter(context: ContextTypes.DEFAULT_TYPE) -> Adapter:
    return context.application.bot_data[ADAPTER]


def build_application(token: str, *, ctx: Context | None = None, db_path: Path | None = None,
                      base_url: str | None = None, base_file_url: str | None = None,
                      rate_limited: bool = True, answer: Answer | None = None,
                      inline: InlineAnswer | None = None, alerts: bool = False) -> Application:
    """The python-telegram-bot Application with every claimdesk callback registered.

    Pass `ctx` to serve an already open store (tests, benchmarks); otherwise `db_path` is opened
    in `post_init` and closed in `post_shutdown`. `answer`/`inline` default to the real handlers.
    With `alerts`, the outbox sender and the digest scheduler run from `post_init` to `post_stop`.
    Flood waits (429) are always waited out by the rate limiter, the one place that retries them;
    `rate_limited=False` only lifts its throughput limits (tests, benchmarks).
    """
    answer = answer or handlers.handle
    inline = inline or handlers.inline_results
    builder = (ApplicationBuilder().token(token).concurrent_updates(16)
               .post_init(setup).post_stop(stop_alerts).post_shutdown(teardown))
    if base_url:
        builder = builder.base_url(base_url)
    if base_file_url:
        builder = builder.base_file_url(base_file_url)
    if rate_limited:
        builder = builder.rate_limiter(AIORateLimiter(max_retries=FLOOD_RETRIES))
    else:
        builder = builder.rate_limiter(AIORateLimiter(overall_max_rate=0, group_max_rate=0,
                                                      max_retries=FLOOD_RETRIES))
    application = builder.build()
    application.bot_data[ADAPTER] = Adapter(answer=answer, inline=inline, ctx=ctx, db_path=db_path,
                                            alerts_enabled=alerts)
    message_updates = (filters.UpdateType.MESSAGE | filters.UpdateType.CHANNEL_POST) & filters.TEXT
    application.add_handler(MessageHandler(message_updates, on_message))
    application.add_handler(CallbackQueryHandler(on_button))
    application.add_handler(InlineQueryHandler(on_inline_query))
    application.add_error_handler(on_error)
    return application


async def setup(application: Application) -> None:
    """Open the store if needed, remember the bot's name, and register the command menu."""
    adapter: Adapter = application.bot_data[ADAPTER]
    if adapter.ctx is None:
        try:
            store = await Store.open(adapter.db_path)
        except (OSError, sqlite3.Error) as exc:
            raise DatabaseUnavailable(f"cannot open the database {adapter.db_path}: {exc}") from exc
        adapter.ctx = Context(store=store)
        adapter.owns_store = True
        if (await store.stats()).articles == 0:
            log.warning("the database %s has no articles yet; load some with `claimdesk ingest PATH`",
                        adapter.db_path)
    adapter.ctx.bot_name = application.bot.username
    adapter.blocked = BlockedChats(adapter.ctx.store)
    await adapter.blocked.load()
    adapter.delivery = Delivery(application.bot, adapter.blocked)
    await application.bot.set_my_commands(menu_commands())
    if adapter.alerts_enabled:
        adapter.alerts = TelegramAlerts(adapter.ctx, adapter.delivery)
        adapter.alerts.start()


async def stop_alerts(application: Application) -> None:
    """Stop the alert sender and digest scheduler (before the bot's connection closes)."""
    adapter: Adapter = application.bot_data[ADAPTER]
    if adapter.alerts is not None:
        await adapter.alerts.stop()
        adapter.alerts = None


async def teardown(application: Application) -> None:
    """Close the store this adapter opened."""
    adapter: Adapter = application.bot_data[ADAPTER]
    if adapter.owns_store and adapter.ctx is not None:
        await adapter.ctx.store.close()
        adapter.ctx = None


def menu_commands() -> list[BotCommand]:
    """Telegram's command menu, from the same registry that feeds /help."""
    return [BotCommand(name, description) for name, description in telegram_commands()]


def _addressed_elsewhere(text: str, bot_username: str) -> bool:
    """`/claims@otherbot` in a group is meant for another bot."""
    head = text.split(maxsplit=1)[0] if text.strip() else ""
    _, at, name = head.partition("@")
    return bool(at) and name.lower() != (bot_username or "").lower()


async def _is_admin(message: Message) -> bool:
    """Whether the sender administers the chat; anonymous admins post as the chat itself."""
    chat = message.chat
    if chat.type == ChatType.PRIVATE:
        return True
    if message.sender_chat is not None and message.sender_chat.id == chat.id:
        return True
    if message.from_user is None:
        return False
    member = await message.get_bot().get_chat_member(chat.id, message.from_user.id)
    return member.status in (ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER)


async def on_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A text message: commands anywhere (channels included), plain words only in a private chat (as /claims)."""
    message = update.message or update.channel_post
    if message is None or message.text is None:
        return
    text = message.text
    is_command = bool(message.entities) and message.entities[0].type == "bot_command" \
        and message.entities[0].offset == 0
    private = message.chat.type == ChatType.PRIVATE
    if is_command and _addressed_elsewhere(text, context.bot.username):
        return
    if not is_command and not private:
        return
    adapter = _adapter(context)
    await adapter.blocked.discard(message.chat.id)
    command = parse_command(
        text,
        chat_id=str(message.chat.id),
        user_id=str(message.from_user.id if message.from_user else message.chat.id),
        platform="telegram", is_group=not private,
        is_admin=functools.partial(_is_admin, message),
    )
    reply = await adapter.answer(command, adapter.ctx)
    await adapter.delivery.send(message.chat.id, reply,
                                reply_to=None if private else message.message_id)


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A press on ◀ ▶: the handlers turn its data into a page, which replaces the message."""
    query = update.callback_query
    adapter = _adapter(context)
    message = query.message
    chat_id = message.chat.id if message is not None else query.from_user.id
    command = Command(name="page", args=query.data or "", chat_id=str(chat_id),
                      user_id=str(query.from_user.id), platform="telegram",
                      is_group=message is not None and message.chat.type != ChatType.PRIVATE)
    reply = await adapter.answer(command, adapter.ctx)
    await query.answer()
    if message is not None and message.is_accessible:
        await adapter.delivery.edit(chat_id, message.message_id, reply)
    else:  # too old to edit (or sent inline): answer with a new message instead
        await adapter.delivery.send(chat_id, reply)


async def on_inline_query(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """`@bot words` in any chat: up to 50 figures, each a ready-to-send message with its source."""
    query = update.inline_query
    adapter = _adapter(context)
    results = await adapter.inline(query.query, adapter.ctx, limit=MAX_INLINE_RESULTS)
    await query.answer(inline_articles(results), cache_time=30, is_personal=False)


def describe(update: object) -> str:
    """One line saying which update failed: its id, kind, chat, user and text."""
    if not isinstance(update, Update):
        return f"non-update event {update!r:.200}"
    parts = [f"update {update.update_id}"]
    if update.message is not None:
        parts.append(f"message {update.message.text!r:.200}")
    elif update.callback_query is not None:
        parts.append(f"button {update.callback_query.data!r:.80}")
    elif update.inline_query is not None:
        parts.append(f"inline query {update.inline_query.query!r:.200}")
    if update.effective_chat is not None:
        parts.append(f"chat {update.effective_chat.id} ({update.effective_chat.type})")
    if update.effective_user is not None:
        parts.append(f"user {update.effective_user.id}")
    return ", ".join(parts)


def _apology() -> Reply:
    """The handlers' apology; the adapter's own line only if even that fails."""
    try:
        return handlers.apology()
    except Exception:  # noqa: BLE001 - the apology must not fail because handlers did
        log.exception("handlers.apology failed")
        return Reply.text(APOLOGY)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the failure with the update's context, then apologise in the chat (never a traceback)."""
    log.error("failed to answer %s", describe(update), exc_info=context.error)
    if not isinstance(update, Update):
        return
    adapter = _adapter(context)
    try:
        if update.inline_query is not None:
            await update.inline_query.answer([], cache_time=0)
            return
        if update.callback_query is not None:
            await _quietly(update.callback_query.answer())  # may have been answered already
        chat = update.effective_chat
        if chat is not None and adapter.delivery is not None:
            await adapter.delivery.send(chat.id, _apology())
    except TelegramError:
        log.exception("could not apologise for %s", describe(update))


async def _quietly(request: Awaitable[object]) -> None:
    """Make a request whose failure does not matter (logged at debug level)."""
    try:
        await request
    except TelegramError as exc:
        log.debug("ignored: %s", exc)
