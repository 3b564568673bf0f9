"""More results than fit on a page: ◀ ▶ buttons that edit the same message in place."""
from __future__ import annotations

from telegram_harness import Harness, bot, buttons, store  # noqa: F401 (fixtures)


def button(call, arrow: str) -> str:
    return next(data for label, data in buttons(call) if arrow in label)


async def test_a_long_answer_offers_a_next_page_button(bot: Harness) -> None:
    first = await bot.ask("/claims russia deaths")
    assert any("▶" in label for label, _ in buttons(first))


async def test_callback_data_fits_in_64_bytes(bot: Harness) -> None:
    first = await bot.ask("/claims russia deaths")
    assert all(len(data.encode()) <= 64 for _, data in buttons(first))


async def test_the_next_page_replaces_the_message_in_place(bot: Harness) -> None:
    first = await bot.ask("/claims russia deaths")
    second = await bot.press(first, button(first, "▶"))
    await bot.settle()
    assert second.params["message_id"] == first.params["_result"]["message_id"]
    assert second.params["text"] != first.params["text"]
    assert bot.api.pending("sendMessage") == 0


async def test_the_previous_page_button_goes_back(bot: Harness) -> None:
    first = await bot.ask("/claims russia deaths")
    second = await bot.press(first, button(first, "▶"))
    again = await bot.press(first, button(second, "◀"))
    assert again.params["text"] == first.params["text"]


async def test_a_button_press_is_acknowledged(bot: Harness) -> None:
    first = await bot.ask("/claims russia deaths")
    await bot.press(first, button(first, "▶"))
    await bot.api.next_call("answerCallbackQuery")


async def test_a_forged_button_gets_a_polite_answer(bot: Harness) -> None:
    first = await bot.ask("/claims russia deaths")
    edited = await bot.press(first, "forged:data:that-no-page-has")
    await bot.api.next_call("answerCallbackQuery")
    assert edited.params["text"].strip()
    assert "Traceback" not in edited.params["text"] and "sorry, something went wrong" not in edited.params["text"].lower()
