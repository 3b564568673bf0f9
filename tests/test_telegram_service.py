"""`claimdesk run`: what it says with nothing configured, and serving Telegram as a real process."""
from __future__ import annotations

import argparse
import asyncio
import os
import signal
import socket
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest
from fake_bot_api import FakeBotApi
from telegram_harness import TOKEN

from bot import service

PLATFORM_VARIABLES = ("TELEGRAM_BOT_TOKEN", "CLAIMDESK_TELEGRAM_BASE_URL", "MATRIX_HOMESERVER",
                      "MATRIX_USER", "MATRIX_PASSWORD", "MATRIX_ACCESS_TOKEN", "CLAIMDESK_DB")


@pytest.fixture
def unconfigured(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in PLATFORM_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)  # no .env here


def run_args(**given: object) -> argparse.Namespace:
    return argparse.Namespace(**{"db": None, "webhook": None, "or_console": False, **given})


def test_with_no_platform_it_says_how_to_get_a_token_in_one_line(
        unconfigured: None, capsys: pytest.CaptureFixture[str]) -> None:
    assert service.run(run_args()) == 2
    said = capsys.readouterr().err.strip()
    assert "\n" not in said
    assert "BotFather" in said and "TELEGRAM_BOT_TOKEN" in said


def test_a_malformed_token_stops_start_up_with_one_line(
        unconfigured: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "12345")
    assert service.run(run_args()) == 2
    said = capsys.readouterr().err.strip()
    assert "\n" not in said and "TELEGRAM_BOT_TOKEN" in said


@pytest.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    server = await FakeBotApi(TOKEN).start()
    yield server
    await server.stop()


async def start_claimdesk(api: FakeBotApi, tmp_path: Path, *options: str, token: str = TOKEN,
                          pipe_log: bool = False, **settings: str) -> asyncio.subprocess.Process:
    """`claimdesk run` in its own process, pointed at the fake server by CLAIMDESK_TELEGRAM_BASE_URL."""
    env = {k: v for k, v in os.environ.items() if k not in PLATFORM_VARIABLES}
    env.update(TELEGRAM_BOT_TOKEN=token, CLAIMDESK_LOG_LEVEL="DEBUG", CLAIMDESK_DB=str(tmp_path / "claimdesk.db"),
               CLAIMDESK_TELEGRAM_BASE_URL=f"http://127.0.0.1:{api.port}")
    env.update(settings)
    with open(tmp_path / "stderr.log", "wb") as log_file:  # a file, so a chatty log never blocks on a pipe
        return await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot.cli", "run", *options,
            cwd=tmp_path, env=env, stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE if pipe_log else log_file)


async def log_line(process: asyncio.subprocess.Process, text: str) -> asyncio.Task[None]:
    """Read the process's log until a line contains `text`; keep draining it in a task afterwards."""
    async def line_with_text() -> None:
        while text.encode() not in await process.stderr.readline():
            if process.stderr.at_eof():
                raise AssertionError(f"the process ended without logging {text!r}")

    async def drain() -> None:
        while await process.stderr.read(65536):
            pass

    await asyncio.wait_for(line_with_text(), timeout=30)
    return asyncio.create_task(drain())


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "Ctrl-C"])
async def test_claimdesk_run_serves_telegram_and_stops_promptly_on_a_signal(
        api: FakeBotApi, tmp_path: Path, stop: signal.Signals) -> None:
    process = await start_claimdesk(api, tmp_path)
    try:
        await api.next_call("setMyCommands", timeout=30)
        await api.send_text("/start")
        answer = await api.next_call("sendMessage", timeout=10)
        process.send_signal(stop)
        exit_code = await asyncio.wait_for(process.wait(), timeout=5)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    assert answer.params["text"]
    assert exit_code == 0


async def test_claimdesk_run_never_logs_the_token(api: FakeBotApi, tmp_path: Path) -> None:
    process = await start_claimdesk(api, tmp_path)
    try:
        await api.next_call("setMyCommands", timeout=30)
        await api.send_text("/claims russia deaths")
        await api.next_call("sendMessage", timeout=10)
        process.send_signal(signal.SIGTERM)
        await asyncio.wait_for(process.wait(), timeout=5)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    log = (tmp_path / "stderr.log").read_text()
    assert "getUpdates" in log or "Application started" in log  # it did log at DEBUG
    assert TOKEN not in log and TOKEN.split(":")[1] not in log


async def test_a_token_telegram_rejects_is_reported_in_one_line(api: FakeBotApi, tmp_path: Path) -> None:
    wrong = "987654321:WRONG-token-that-the-server-refuses"
    process = await start_claimdesk(api, tmp_path, token=wrong)
    await asyncio.wait_for(process.wait(), timeout=30)
    said = (tmp_path / "stderr.log").read_text()
    assert process.returncode == 2
    assert "rejected" in said.strip().splitlines()[-1] and "BotFather" in said.strip().splitlines()[-1]
    assert wrong.split(":")[1] not in said


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


async def test_claimdesk_run_with_a_webhook_answers_updates_posted_to_it(api: FakeBotApi, tmp_path: Path) -> None:
    pytest.importorskip("tornado", reason="webhook mode needs python-telegram-bot[webhooks]")
    port = free_port()
    hook = f"http://127.0.0.1:{port}/telegram-hook"
    process = await start_claimdesk(api, tmp_path, "--webhook", hook, pipe_log=True,
                                    CLAIMDESK_WEBHOOK_LISTEN="127.0.0.1", CLAIMDESK_WEBHOOK_PORT=str(port))
    try:
        registered = await api.next_call("setWebhook", timeout=30)
        draining = await log_line(process, "Application started")  # logged once the webhook listens
        update = {"update_id": 1, "message": api.user_message("/help", chat_id=501, user_id=501, chat_type="private")}
        async with aiohttp.ClientSession() as session:
            headers = {"X-Telegram-Bot-Api-Secret-Token": registered.params["secret_token"]}
            async with session.post(hook, json=update, headers=headers) as response:
                assert response.status == 200
        answer = await api.next_call("sendMessage", timeout=10)
        process.send_signal(signal.SIGTERM)
        exit_code = await asyncio.wait_for(process.wait(), timeout=5)
        await draining
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    assert registered.params["url"] == hook
    assert "/claims" in answer.params["text"]
    assert exit_code == 0


async def test_a_database_that_cannot_be_opened_is_reported_in_one_line(api: FakeBotApi, tmp_path: Path) -> None:
    (tmp_path / "not-a-folder").write_text("a file where a folder should be")
    process = await start_claimdesk(api, tmp_path, CLAIMDESK_DB=str(tmp_path / "not-a-folder" / "claimdesk.db"))
    await asyncio.wait_for(process.wait(), timeout=30)
    last_line = (tmp_path / "stderr.log").read_text().strip().splitlines()[-1]
    assert process.returncode == 1
    assert last_line.startswith("claimdesk: cannot open the database")
