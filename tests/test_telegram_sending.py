"""Replies that do not fit one plain message: long ones arrive as several, files as documents."""
from __future__ import annotations

from telegram_harness import Harness, buttons, running_bot, store, visible_length  # noqa: F401 (fixtures)

from bot.telegram_render import html_chunks
from handlers.command import Command
from handlers.context import Context
from handlers.reply import Attachment, Button, Reply, Span, bold


async def long_answer(command: Command, ctx: Context) -> Reply:
    reply = Reply(lines=[[bold(f"{n:,}"), Span(text=" soldiers killed, says someone — " + "words " * 20)]
                         for n in range(120)])
    reply.buttons = [[Button(label="Next ▶", data="pg:1:c:russia deaths")]]
    return reply


async def receive_all(harness: Harness) -> list:
    """Every message of the long answer (the renderer says how many there should be)."""
    count = len(html_chunks(await long_answer(Command(name="claims"), harness.ctx)))
    return [await harness.api.next_call("sendMessage") for _ in range(count)]


async def test_a_long_reply_is_sent_as_several_messages_in_order(store) -> None:  # noqa: F811
    async with running_bot(Context(store=store), answer=long_answer) as harness:
        await harness.api.send_text("/claims everything")
        parts = await receive_all(harness)
    text = "\n".join(p.params["text"] for p in parts)
    assert len(parts) > 1
    assert all(visible_length(p.params["text"]) <= 4096 for p in parts)
    assert text.index("<b>0</b>") < text.index("<b>119</b>")


async def test_the_page_buttons_go_under_the_last_message(store) -> None:  # noqa: F811
    async with running_bot(Context(store=store), answer=long_answer) as harness:
        await harness.api.send_text("/claims everything")
        parts = await receive_all(harness)
    assert [bool(buttons(p)) for p in parts] == [False] * (len(parts) - 1) + [True]


async def answer_with_a_file(command: Command, ctx: Context) -> Reply:
    reply = Reply.text("Every figure, as a spreadsheet:")
    reply.attachment = Attachment(filename="claims.csv", content=b"value,category\n1150,killed\n", mime="text/csv")
    return reply


async def test_a_reply_with_a_file_sends_the_text_then_the_document(store) -> None:  # noqa: F811
    async with running_bot(Context(store=store), answer=answer_with_a_file) as harness:
        text = await harness.ask("/claims export")
        document = await harness.api.next_call("sendDocument")
    assert text.params["text"] == "Every figure, as a spreadsheet:"
    assert document.params["_filename"] == "claims.csv"
    assert document.params["document"] == b"value,category\n1150,killed\n"
