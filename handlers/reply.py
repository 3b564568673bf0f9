"""What a handler answers: platform-neutral text with a tiny markup, buttons and an optional file.

Every adapter renders the same Reply: Telegram HTML, Matrix HTML plus plain body, plain text
for the console and `claimdesk ask`. Text from articles and users is kept as data in spans and
is escaped only by the renderer, so no input can inject markup.
"""
from __future__ import annotations

import html
import re
from typing import Literal

from pydantic import BaseModel, Field

Style = Literal["plain", "bold", "italic", "code", "link", "quote"]


class Span(BaseModel):
    """A run of text with one style; `url` is set for links."""

    text: str
    style: Style = "plain"
    url: str | None = None


class Button(BaseModel):
    """An inline button; `data` is an opaque token the adapter hands back (≤ 64 bytes)."""

    label: str
    data: str


class Attachment(BaseModel):
    """An optional file sent with the reply (for example a CSV export or a chart)."""

    filename: str
    content: bytes
    mime: str = "application/octet-stream"


class Reply(BaseModel):
    """A reply: lines of spans (one claim group a line, typically), buttons, an optional file."""

    lines: list[list[Span]] = Field(default_factory=list)
    buttons: list[list[Button]] = Field(default_factory=list)
    attachment: Attachment | None = None

    def add(self, *spans: Span | str) -> "Reply":
        """Append one line; plain strings become plain spans."""
        self.lines.append([s if isinstance(s, Span) else Span(text=s) for s in spans])
        return self

    @classmethod
    def text(cls, *lines: str) -> "Reply":
        """A reply of plain lines."""
        reply = cls()
        for line in lines:
            reply.add(line)
        return reply


def bold(text: str) -> Span:
    return Span(text=text, style="bold")


def italic(text: str) -> Span:
    return Span(text=text, style="italic")


def code(text: str) -> Span:
    return Span(text=text, style="code")


def link(text: str, url: str) -> Span:
    return Span(text=text, style="link", url=url)


def quote(text: str) -> Span:
    return Span(text=text, style="quote")


def _span_html(span: Span) -> str:
    text = html.escape(span.text, quote=False)
    if span.style == "bold":
        return f"<b>{text}</b>"
    if span.style == "italic":
        return f"<i>{text}</i>"
    if span.style == "code":
        return f"<code>{text}</code>"
    if span.style == "quote":
        return f"<i>“{text}”</i>"
    if span.style == "link" and span.url and span.url.startswith(("http://", "https://")):
        return f'<a href="{html.escape(span.url, quote=True)}">{text}</a>'
    return text


# Terminal escape sequences (CSI "ESC [ … m", OSC "ESC ] … BEL", two-character "ESC x", 8-bit CSI):
# article text must not recolour, retitle or move the cursor of the terminal it is printed on.
_TERMINAL_ESCAPE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])"
                              r"|\x9b[0-?]*[ -/]*[@-~]")


def terminal_safe(text: str) -> str:
    """Text without terminal escapes and control characters; whitespace of any kind becomes a space."""
    text = _TERMINAL_ESCAPE.sub("", text)
    return "".join(ch if ch.isprintable() else " " if ch.isspace() else "" for ch in text)


def _span_plain(span: Span) -> str:
    text = terminal_safe(span.text)
    if span.style == "quote":
        return f"“{text}”"
    if span.style == "link" and span.url and span.url != span.text:
        return f"{text} <{terminal_safe(span.url)}>"
    return text


def line_html(line: list[Span]) -> str:
    """One line as HTML (Telegram's and Matrix's subset), everything escaped."""
    return "".join(_span_html(s) for s in line)


def line_plain(line: list[Span]) -> str:
    """One line as plain text, safe to print on a terminal (no escapes or control characters)."""
    return "".join(_span_plain(s) for s in line)


def to_html(reply: Reply) -> str:
    """The whole reply as HTML lines."""
    return "\n".join(line_html(line) for line in reply.lines)


def to_plain(reply: Reply) -> str:
    """The whole reply as plain text (console, `claimdesk ask`, Matrix `body`), lines separated by
    newlines and nothing inside a line that a terminal would act on."""
    return "\n".join(line_plain(line) for line in reply.lines)
