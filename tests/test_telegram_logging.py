"""Service logs: the bot token never appears (Bot API URLs and some errors contain it), noise stays short."""
from __future__ import annotations

import io
import logging
from collections.abc import Iterator

import pytest

from bot.logs import MASK, configure_logging

TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0"


@pytest.fixture
def log_output() -> Iterator[io.StringIO]:
    root = logging.getLogger()
    saved = (root.handlers[:], root.level, logging.getLogger("httpx").level)
    stream = io.StringIO()
    configure_logging("DEBUG", [TOKEN], stream=stream)
    yield stream
    root.handlers[:], root.level = saved[0], saved[1]
    logging.getLogger("httpx").setLevel(saved[2])


def test_a_url_with_the_token_is_masked(log_output: io.StringIO) -> None:
    logging.getLogger("telegram.ext").warning("POST %s failed", f"https://api.telegram.org/bot{TOKEN}/getMe")
    assert TOKEN not in log_output.getvalue()
    assert f"/bot{MASK}/getMe" in log_output.getvalue()


def test_an_exception_mentioning_the_token_is_masked(log_output: io.StringIO) -> None:
    try:
        raise RuntimeError(f"The token `{TOKEN}` was rejected by the server.")
    except RuntimeError:
        logging.getLogger("claimdesk").exception("start-up failed")
    assert "was rejected" in log_output.getvalue()
    assert TOKEN not in log_output.getvalue()


def test_http_client_request_logs_are_kept_quiet(log_output: io.StringIO) -> None:
    logging.getLogger("httpx").info("HTTP Request: POST https://api.telegram.org/bot%s/getUpdates", TOKEN)
    assert log_output.getvalue() == ""


def test_a_network_failure_of_the_library_is_one_line_below_debug() -> None:
    stream = io.StringIO()
    handler = configure_logging("INFO", [TOKEN], stream=stream)
    try:
        try:
            raise ConnectionError("All connection attempts failed")
        except ConnectionError:
            logging.getLogger("telegram.ext").exception(
                "%s Failed run number 0 of 0. Aborting.", "Network Retry Loop (Bootstrap Initialize Application):")
    finally:
        logging.getLogger().removeHandler(handler)
    logged = stream.getvalue().strip()
    assert "\n" not in logged and "All connection attempts failed" in logged
