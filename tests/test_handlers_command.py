"""Reading a typed chat line as a command: name, bot suffix and words, whatever whitespace separates them."""
from __future__ import annotations

from handlers import parse_command


def test_words_after_a_space_are_the_arguments():
    command = parse_command("/claims russia deaths")
    assert (command.name, command.args) == ("claims", "russia deaths")


def test_a_newline_after_the_command_separates_it_from_its_words():
    command = parse_command("/claims\nrussia deaths")
    assert (command.name, command.args) == ("claims", "russia deaths")


def test_a_tab_after_a_command_addressed_to_the_bot_separates_it_from_its_words():
    command = parse_command("/claims@claimdesk_bot\trussia")
    assert (command.name, command.args) == ("claims", "russia")


def test_a_command_alone_has_no_arguments():
    command = parse_command("/latest\n")
    assert (command.name, command.args) == ("latest", "")


def test_words_without_a_slash_are_a_search():
    command = parse_command("russian deaths in mariupol")
    assert (command.name, command.args) == ("claims", "russian deaths in mariupol")
