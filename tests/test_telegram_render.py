"""Fitting a handlers Reply to Telegram: message length, unbroken tags, escaping, button data."""
from __future__ import annotations

import html
import re

from bot.telegram_render import MAX_TEXT, html_chunks, inline_articles, keyboard
from handlers.reply import Button, Reply, Span, bold, link, quote

TAG = re.compile(r"</?(b|i|code|a)(\s[^>]*)?>")


def visible_length(chunk: str) -> int:
    """What Telegram counts: the text after the HTML tags are parsed, in UTF-16 units."""
    text = html.unescape(TAG.sub("", chunk))
    return len(text.encode("utf-16-le")) // 2


def tags_balance(chunk: str) -> bool:
    stack: list[str] = []
    for match in TAG.finditer(chunk):
        name = match.group(1)
        if match.group(0).startswith("</"):
            if not stack or stack.pop() != name:
                return False
        else:
            stack.append(name)
    return not stack


def claim_line(n: int) -> list[Span]:
    return [bold(f"at least {n:,}"), Span(text=" Russian soldiers killed, says the General Staff — "),
            link("Kyiv Ledger", f"https://example.org/{n}"), Span(text=" "),
            quote("a long excerpt " * 6)]


def test_a_short_reply_is_one_message() -> None:
    assert html_chunks(Reply.text("one", "two")) == ["one\ntwo"]


def test_a_long_reply_is_split_between_lines_within_the_limit() -> None:
    reply = Reply(lines=[claim_line(n) for n in range(200)])
    chunks = html_chunks(reply)
    assert len(chunks) > 1
    assert all(visible_length(c) <= MAX_TEXT for c in chunks)
    assert sum(c.count("\n") + 1 for c in chunks) == 200  # every line whole, none lost


def test_no_chunk_breaks_a_tag() -> None:
    reply = Reply(lines=[claim_line(n) for n in range(200)])
    assert all(tags_balance(c) for c in html_chunks(reply))


def test_a_single_span_longer_than_a_message_is_cut_into_tagged_pieces() -> None:
    reply = Reply(lines=[[bold("word " * 2000)]])
    chunks = html_chunks(reply)
    assert len(chunks) >= 3
    assert all(c.startswith("<b>") and c.endswith("</b>") for c in chunks)
    assert all(visible_length(c) <= MAX_TEXT for c in chunks)


def test_emoji_count_as_two_units_like_telegram_counts_them() -> None:
    reply = Reply(lines=[[Span(text="🇺🇦" * 3000)]])
    assert all(visible_length(c) <= MAX_TEXT for c in html_chunks(reply))


def test_html_in_text_is_escaped_not_interpreted() -> None:
    reply = Reply.text("<b>not bold</b> & <script>alert(1)</script>")
    assert html_chunks(reply) == ["&lt;b&gt;not bold&lt;/b&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt;"]


def test_escaping_does_not_push_a_message_over_the_limit() -> None:
    reply = Reply(lines=[[Span(text="&" * 300)] for _ in range(40)])
    chunks = html_chunks(reply)
    assert all(visible_length(c) <= MAX_TEXT for c in chunks)
    assert "".join(chunks).count("&amp;") == 12000


def test_a_blank_reply_sends_nothing() -> None:
    assert html_chunks(Reply()) == []


def test_buttons_become_an_inline_keyboard() -> None:
    reply = Reply.text("page 1")
    reply.buttons = [[Button(label="◀", data="p:1:0"), Button(label="▶", data="p:1:2")]]
    markup = keyboard(reply)
    assert [[b.callback_data for b in row] for row in markup.inline_keyboard] == [["p:1:0", "p:1:2"]]


def test_a_button_with_more_than_64_bytes_of_data_is_left_out() -> None:
    reply = Reply.text("page 1")
    reply.buttons = [[Button(label="▶", data="x" * 65)]]
    assert keyboard(reply) is None


def test_inline_results_stop_at_fifty() -> None:
    class Result:
        def __init__(self, n: int) -> None:
            self.title, self.description, self.reply = f"{n}", "d", Reply.text(f"figure {n}")

    assert len(inline_articles([Result(n) for n in range(80)])) == 50
