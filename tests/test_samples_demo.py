"""The built-in samples, which a new user meets first, answer every search that /help and /start suggest."""
from __future__ import annotations

import pytest

from bot import reading
from bot.ingest_cli import ingest_paths
from handlers import Context, handle, parse_command
from handlers.examples import EXAMPLE_QUERIES
from handlers.registry import COMMANDS
from handlers.reply import to_plain
from store import Store

SEARCHES = ("claims", "exchange")
SUGGESTED = sorted({info.example for info in COMMANDS if info.name in SEARCHES} | set(EXAMPLE_QUERIES))


@pytest.fixture
async def demo(tmp_path):
    store = await Store.open(str(tmp_path / "demo.db"))
    await ingest_paths(store, [str(reading.SAMPLES_DIR)])
    yield Context(store=store)
    await store.close()


@pytest.mark.parametrize("command", SUGGESTED)
async def test_a_suggested_search_finds_figures_in_the_samples(demo, command):
    text = to_plain(await handle(parse_command(command), demo))
    assert text.startswith("Figures for:"), text
