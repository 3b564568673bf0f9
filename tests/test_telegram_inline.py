"""Inline mode: `@bot russia deaths` in any chat offers figures, each a message with its source."""
from __future__ import annotations

from telegram_harness import Harness, bot, store  # noqa: F401 (fixtures)
from telegram_articles import daily_tallies


async def inline_answer(bot: Harness, text: str) -> list[dict]:
    await bot.api.inline(text)
    return (await bot.api.next_call("answerInlineQuery")).params["results"]


async def test_an_inline_query_offers_articles_with_the_figure(bot: Harness) -> None:
    results = await inline_answer(bot, "russia deaths")
    assert results and all(r["type"] == "article" for r in results)
    assert any("1,150" in r["input_message_content"]["message_text"] for r in results)


async def test_each_inline_result_is_an_html_message_naming_its_source(bot: Harness) -> None:
    results = await inline_answer(bot, "russia deaths")
    kyiv = next(r for r in results if "1,150" in r["input_message_content"]["message_text"])
    assert kyiv["input_message_content"]["parse_mode"] == "HTML"
    assert "Kyiv Ledger" in kyiv["input_message_content"]["message_text"]


async def test_an_inline_query_offers_at_most_fifty_results(bot: Harness) -> None:
    await bot.ctx.store.ingest(*daily_tallies(days=28))
    article, claims = daily_tallies(days=28)
    many = article.model_copy(update={"url": "https://front-notes.example/more", "text": article.text + " More."})
    await bot.ctx.store.ingest(many, [c.model_copy(update={"value": c.value + 5000}) for c in claims])
    assert len(await inline_answer(bot, "russia deaths")) == 50


async def test_an_empty_inline_query_is_answered(bot: Harness) -> None:
    await inline_answer(bot, "")
