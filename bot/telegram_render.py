"""Turn a handlers `Reply` into what Telegram accepts: HTML messages of at most 4,096 characters,
an inline keyboard whose callback data fits in 64 bytes, and inline-mode result articles.

Nothing here decides what a user sees; it only fits the handlers' reply to Telegram's limits.
"""
from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    LinkPreviewOptions,
)
from telegram.constants import InlineQueryLimit, MessageLimit, ParseMode

from handlers.reply import Reply, Span, line_html

log = logging.getLogger(__name__)

MAX_TEXT = int(MessageLimit.MAX_TEXT_LENGTH)  # 4,096, counted after entity parsing
MAX_CALLBACK_DATA = 64  # bytes
MAX_INLINE_RESULTS = int(InlineQueryLimit.RESULTS)  # 50
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


def _length(text: str) -> int:
    """Length as Telegram counts it (UTF-16 code units), so emoji and rare scripts are not undercounted."""
    return len(text.encode("utf-16-le")) // 2


def _visible(span: Span) -> int:
    """How long a span is once Telegram has parsed the HTML (quotes gain their quotation marks)."""
    return _length(span.text) + (2 if span.style == "quote" else 0)


def _split_text(text: str, limit: int) -> Iterator[str]:
    """Cut text into pieces of at most `limit` units, preferring to cut after a space."""
    while _length(text) > limit:
        cut = limit
        while _length(text[:cut]) > limit:
            cut -= 1
        space = text.rfind(" ", 0, cut)
        if space > cut // 2:
            cut = space + 1
        yield text[:cut]
        text = text[cut:]
    if text:
        yield text


def _line_pieces(line: list[Span], limit: int) -> Iterator[tuple[str, int]]:
    """An over-long line as HTML pieces that each close their own tags, with their visible lengths."""
    for span in line:
        if _visible(span) <= limit:
            yield line_html([span]), _visible(span)
            continue
        room = limit - (_visible(span) - _length(span.text))
        for part in _split_text(span.text, room):
            piece = span.model_copy(update={"text": part})
            yield line_html([piece]), _visible(piece)


def html_chunks(reply: Reply, limit: int = MAX_TEXT) -> list[str]:
    """The reply as HTML messages of at most `limit` visible characters each.

    Splits between lines; a single line longer than a message is split between spans, and a
    span longer than a message is cut into pieces that carry the same tag, so no tag is broken.
    """
    chunks: list[str] = []
    current: list[str] = []
    size = 0

    def flush() -> None:
        nonlocal current, size
        text = "".join(current)
        if text.strip():
            chunks.append(text)
        current, size = [], 0

    for line in reply.lines:
        html_line = line_html(line)
        visible = sum(_visible(s) for s in line)
        separator = 1 if current else 0
        if size + separator + visible <= limit:
            if separator:
                current.append("\n")
            current.append(html_line)
            size += separator + visible
            continue
        flush()
        if visible <= limit:
            current, size = [html_line], visible
            continue
        for piece, piece_size in _line_pieces(line, limit):
            if size + piece_size > limit:
                flush()
            current.append(piece)
            size += piece_size
    flush()
    return chunks


def keyboard(reply: Reply) -> InlineKeyboardMarkup | None:
    """The reply's buttons as an inline keyboard; a button whose data would not fit is left out."""
    rows: list[list[InlineKeyboardButton]] = []
    for row in reply.buttons:
        buttons = []
        for button in row:
            if len(button.data.encode("utf-8")) > MAX_CALLBACK_DATA:
                log.warning("button %r dropped: callback data longer than %d bytes",
                            button.label, MAX_CALLBACK_DATA)
                continue
            buttons.append(InlineKeyboardButton(button.label, callback_data=button.data))
        if buttons:
            rows.append(buttons)
    return InlineKeyboardMarkup(rows) if rows else None


def inline_articles(results: Sequence[Any] | Iterable[Any]) -> list[InlineQueryResultArticle]:
    """Inline-mode results (`.title`, `.description`, `.reply`) as Telegram articles, at most 50."""
    articles = []
    for index, result in enumerate(results):
        if index == MAX_INLINE_RESULTS:
            break
        chunks = html_chunks(result.reply)
        if not chunks:
            continue
        articles.append(InlineQueryResultArticle(
            id=str(getattr(result, "id", "") or index)[:64],
            title=(result.title or "claimdesk")[:200],
            description=(result.description or None) and result.description[:300],
            input_message_content=InputTextMessageContent(
                chunks[0], parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW),
        ))
    return articles
