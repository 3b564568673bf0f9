"""Plain-text rendering (console, `claimdesk ask`): article text cannot act on the terminal."""
from __future__ import annotations

from handlers.reply import Reply, bold, italic, link, to_plain

EXCERPT = "Officials said \x1b[31m412 civilians\x1b[0m were killed in Izium."


def test_colour_escapes_in_an_excerpt_are_dropped():
    reply = Reply().add(bold("412 Ukrainian civilians killed"), " · ", italic(f"“{EXCERPT}”"))
    assert to_plain(reply) == "412 Ukrainian civilians killed · “Officials said 412 civilians were killed in Izium.”"


def test_a_title_escape_and_bell_in_a_link_are_dropped():
    reply = Reply().add(link("Toll rises\x1b]0;pwned\x07\x07", "https://news.example/toll"))
    assert to_plain(reply) == "Toll rises <https://news.example/toll>"


def test_a_newline_inside_article_text_does_not_start_a_new_line():
    reply = Reply().add(italic("killed in\nIzium\r")).add("second line")
    assert to_plain(reply).splitlines() == ["killed in Izium ", "second line"]
