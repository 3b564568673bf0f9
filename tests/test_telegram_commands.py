"""Every command over Telegram, end to end: the real Application, a fake Bot API, a real store."""
from __future__ import annotations

import re

from telegram_harness import GROUP, USER, Harness, bot, store  # noqa: F401 (fixtures)

BOT = "claimdesk_test_bot"


def registry_names() -> list[str]:
    from handlers.registry import COMMANDS

    return [info.name for info in COMMANDS]


async def test_the_command_menu_is_registered_from_the_registry(bot: Harness) -> None:
    assert [c["command"] for c in bot.api.commands] == registry_names()


async def test_replies_use_html_parse_mode(bot: Harness) -> None:
    sent = await bot.ask("/claims russia deaths")
    assert sent.params["parse_mode"] == "HTML"


async def test_start_says_what_the_bot_does_with_example_queries(bot: Harness) -> None:
    sent = await bot.ask("/start")
    assert sent.params["text"].count("/claims") + sent.params["text"].count("/exchange") >= 2


async def test_help_lists_every_command(bot: Harness) -> None:
    sent = await bot.ask("/help")
    assert all(f"/{name}" in sent.params["text"] for name in registry_names())


async def test_claims_answers_with_the_figure_and_who_reported_it(bot: Harness) -> None:
    sent = await bot.ask("/claims russia deaths")
    assert "1,150" in sent.params["text"] and "Kyiv Ledger" in sent.params["text"]


async def test_exchange_answers_with_swaps_and_repatriations(bot: Harness) -> None:
    sent = await bot.ask("/exchange")
    assert "84" in sent.params["text"]
    assert "1,150" not in sent.params["text"]


async def test_sources_links_every_article_behind_a_figure(bot: Harness) -> None:
    page = await bot.ctx.store.latest(n=50)
    group = next(g for g in page.groups if g.value == 1150)
    sent = await bot.ask(f"/sources {group.id}")
    assert '<a href="https://kyiv-ledger.example/2025/06/pokrovsk">' in sent.params["text"]


async def test_latest_shows_the_newest_figures(bot: Harness) -> None:
    sent = await bot.ask("/latest")
    assert "1,212" in sent.params["text"] or "84" in sent.params["text"]


async def test_a_command_addressed_to_this_bot_works_in_a_group(bot: Harness) -> None:
    sent = await bot.ask(f"/claims@{BOT} russia deaths", chat_id=GROUP, chat_type="supergroup")
    assert sent.params["chat_id"] == GROUP
    assert "1,150" in sent.params["text"]


async def test_a_reply_in_a_group_quotes_the_command_it_answers(bot: Harness) -> None:
    asked = await bot.api.send_text(f"/claims@{BOT} russia deaths", chat_id=GROUP, chat_type="supergroup")
    sent = await bot.api.next_call("sendMessage")
    assert sent.params["reply_parameters"]["message_id"] == asked["message"]["message_id"]


async def test_a_command_for_another_bot_is_left_alone(bot: Harness) -> None:
    await bot.api.send_text("/claims@some_other_bot russia deaths", chat_id=GROUP, chat_type="supergroup")
    sent = await bot.ask("/help")
    await bot.settle()
    assert sent.params["chat_id"] == USER  # the first thing the bot sent answers /help
    assert len(bot.api.calls_of("sendMessage")) == 1


async def test_plain_words_in_a_private_chat_are_a_claims_query(bot: Harness) -> None:
    as_command = await bot.ask("/claims russia deaths")
    as_words = await bot.ask("russia deaths")
    assert as_words.params["text"] == as_command.params["text"]


async def test_plain_words_in_a_group_are_left_alone(bot: Harness) -> None:
    await bot.api.send_text("russia deaths", chat_id=GROUP, chat_type="supergroup")
    sent = await bot.ask("/help")
    await bot.settle()
    assert len(bot.api.calls_of("sendMessage")) == 1 and sent.params["chat_id"] == USER


async def test_an_unknown_command_gets_a_one_line_hint(bot: Harness) -> None:
    sent = await bot.ask("/frobnicate now")
    assert sent.params["text"].strip() and "\n" not in sent.params["text"].strip()


def only_telegram_tags(text: str) -> bool:
    """Every tag in the text is one the reply renderer writes, so nothing came in from the data."""
    return all(tag in ("<b>", "</b>", "<i>", "</i>", "<code>", "</code>", "</a>") or tag.startswith('<a href="')
               for tag in re.findall(r"<[^>]*>", text))


async def test_html_typed_by_a_user_is_escaped(bot: Harness) -> None:
    sent = await bot.ask("/claims <b>x</b> & <script>alert(1)</script>")
    assert only_telegram_tags(sent.params["text"])
    assert "<b>x</b>" not in sent.params["text"]


async def test_html_in_an_article_is_escaped(bot: Harness) -> None:
    sent = await bot.ask("/claims kharkiv civilians")
    text = sent.params["text"]
    assert only_telegram_tags(text)
    assert "&lt;b&gt;about 40&lt;/b&gt; &amp; more" in text
    assert "&lt;script&gt;" in text
