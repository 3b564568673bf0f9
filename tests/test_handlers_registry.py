"""One registry of commands feeds /help, /start, Telegram's menu and the README; none may drift."""
from __future__ import annotations

from pathlib import Path

from handlers import HANDLERS
from handlers.help import help_reply
from handlers.registry import COMMANDS, telegram_commands
from handlers.reply import to_plain

README = Path(__file__).resolve().parent.parent / "README.md"


def test_every_registered_command_is_in_help():
    text = to_plain(help_reply())
    assert [c.name for c in COMMANDS if f"/{c.name} —" not in text] == []


def test_every_registered_command_is_in_the_readme():
    text = README.read_text(encoding="utf-8")
    assert [c.name for c in COMMANDS if f"/{c.name}" not in text] == []


def test_every_handled_command_is_registered():
    assert set(HANDLERS) - {c.name for c in COMMANDS} == set()


def test_every_registered_command_is_handled():
    assert {c.name for c in COMMANDS} - set(HANDLERS) == set()


def test_telegram_command_names_are_valid():
    assert all(name.isascii() and name.islower() and 1 <= len(name) <= 32 for name, _ in telegram_commands())
