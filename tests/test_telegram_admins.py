"""Handlers can ask whether the sender administers a group; the adapter answers from Telegram."""
from __future__ import annotations

from telegram_harness import GROUP, USER, running_bot, store  # noqa: F401 (fixtures)

from handlers.command import Command
from handlers.context import Context
from handlers.reply import Reply

GROUP_ANONYMOUS_BOT = 1087968824  # the sender Telegram shows for an anonymous group admin


async def says_whether_admin(command: Command, ctx: Context) -> Reply:
    return Reply.text("admin" if await command.is_admin() else "not admin")


async def test_a_group_administrator_is_recognised(store) -> None:  # noqa: F811
    async with running_bot(Context(store=store), answer=says_whether_admin) as harness:
        harness.api.admins.add((GROUP, USER))
        sent = await harness.ask("/subscribe russia", chat_id=GROUP, chat_type="supergroup")
    assert sent.params["text"] == "admin"
    assert harness.api.calls_of("getChatMember")[0].params["user_id"] == USER


async def test_a_group_member_is_not_an_administrator(store) -> None:  # noqa: F811
    async with running_bot(Context(store=store), answer=says_whether_admin) as harness:
        sent = await harness.ask("/subscribe russia", chat_id=GROUP, chat_type="supergroup")
    assert sent.params["text"] == "not admin"


async def test_an_anonymous_administrator_is_recognised(store) -> None:  # noqa: F811
    async with running_bot(Context(store=store), answer=says_whether_admin) as harness:
        message = harness.api.user_message("/subscribe russia", chat_id=GROUP, user_id=GROUP_ANONYMOUS_BOT,
                                           chat_type="supergroup")
        message["sender_chat"] = message["chat"]
        await harness.api.push({"message": message})
        sent = await harness.api.next_call("sendMessage")
    assert sent.params["text"] == "admin"
