"""When things go wrong on Telegram's side or ours: flood limits, blocked chats, failing handlers."""
from __future__ import annotations

import logging

import pytest
from telegram_harness import USER, Harness, bot, running_bot, store  # noqa: F401 (fixtures)

from bot.telegram import ADAPTER
from handlers.command import Command
from handlers.context import Context
from handlers.reply import Reply


async def test_a_flood_limit_is_waited_out_and_the_reply_still_arrives(bot: Harness) -> None:
    bot.api.fail_next("sendMessage", 429, retry_after=1)
    refused = await bot.ask("/claims russia deaths")
    delivered = await bot.api.next_call("sendMessage")
    assert "error_code" not in delivered.params["_result"]
    assert delivered.params["text"] == refused.params["text"]
    assert delivered.at - refused.at >= 1.0  # waited as long as Telegram asked


async def test_a_chat_that_blocked_the_bot_is_recorded(bot: Harness) -> None:
    bot.api.fail_next("sendMessage", 403)
    await bot.ask("/claims russia deaths")
    await bot.settle()
    assert USER in bot.app.bot_data[ADAPTER].blocked


async def test_a_chat_that_blocked_the_bot_is_not_written_to_again(bot: Harness) -> None:
    bot.api.fail_next("sendMessage", 403)
    await bot.ask("/claims russia deaths")
    await bot.settle()
    before = len(bot.api.calls_of("sendMessage"))
    sent = await bot.app.bot_data[ADAPTER].delivery.send(USER, Reply.text("a new figure"))
    assert sent == []
    assert len(bot.api.calls_of("sendMessage")) == before


async def test_a_chat_that_writes_again_after_blocking_is_answered(bot: Harness) -> None:
    bot.api.fail_next("sendMessage", 403)
    await bot.ask("/claims russia deaths")
    answered = await bot.ask("/claims russia deaths")
    assert "1,150" in answered.params["text"]


async def failing_handler(command: Command, ctx: Context) -> Reply:
    raise RuntimeError("the index is on fire")


async def test_a_failing_handler_ends_in_an_apology_not_silence(store) -> None:  # noqa: F811
    async with running_bot(Context(store=store), answer=failing_handler) as harness:
        apology = await harness.ask("/claims russia deaths")
    assert apology.params["chat_id"] == USER
    assert "sorry" in apology.params["text"].lower()
    assert "Traceback" not in apology.params["text"] and "on fire" not in apology.params["text"]


async def test_a_failing_handler_is_logged_with_the_update(store, caplog: pytest.LogCaptureFixture) -> None:  # noqa: F811
    async with running_bot(Context(store=store), answer=failing_handler) as harness:
        with caplog.at_level(logging.ERROR, logger="bot.telegram"):
            await harness.ask("/claims russia deaths")
    failure = next(r for r in caplog.records if r.name == "bot.telegram")
    assert "/claims russia deaths" in failure.getMessage() and f"chat {USER}" in failure.getMessage()
    assert "on fire" in str(failure.exc_info[1])


async def test_a_failing_button_press_is_answered_and_apologised_for(store) -> None:  # noqa: F811
    async with running_bot(Context(store=store), answer=failing_handler) as harness:
        apology = await harness.ask("/claims russia deaths")
        await harness.api.press(harness.api.message_of(apology), "anything")
        await harness.api.next_call("answerCallbackQuery")
        second = await harness.api.next_call("sendMessage")
    assert second.params["text"] == apology.params["text"]


async def failing_inline(text: str, ctx: Context, limit: int = 50) -> list:
    raise RuntimeError("the index is on fire")


async def test_a_failing_inline_query_gets_an_empty_answer(store) -> None:  # noqa: F811
    async with running_bot(Context(store=store), inline=failing_inline) as harness:
        await harness.api.inline("russia deaths")
        answered = await harness.api.next_call("answerInlineQuery")
    assert answered.params["results"] == []
