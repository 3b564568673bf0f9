"""Settings for `claimdesk run`: read from the environment or .env, with one-line errors."""
from __future__ import annotations

from pathlib import Path

import pytest

from bot.settings import SettingsError, load_settings

TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0"
VARIABLES = ("TELEGRAM_BOT_TOKEN", "CLAIMDESK_TELEGRAM_BASE_URL", "CLAIMDESK_DB", "CLAIMDESK_LOG_LEVEL")


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)


def test_nothing_set_means_no_platform_is_configured() -> None:
    settings = load_settings()
    assert not settings.telegram_configured


def test_the_token_is_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    assert load_settings().telegram_bot_token.get_secret_value() == TOKEN


def test_the_token_is_read_from_a_dot_env_file(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text(f"TELEGRAM_BOT_TOKEN={TOKEN}\nCLAIMDESK_DB=/tmp/x.db\n")
    settings = load_settings()
    assert settings.telegram_bot_token.get_secret_value() == TOKEN
    assert settings.db == Path("/tmp/x.db")


def test_an_empty_token_counts_as_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "")
    assert not load_settings().telegram_configured


def test_a_malformed_token_is_one_clear_line_without_the_value(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "not-a-token-secretvalue")
    with pytest.raises(SettingsError) as error:
        load_settings()
    message = str(error.value)
    assert "\n" not in message
    assert "TELEGRAM_BOT_TOKEN" in message and "BotFather" in message
    assert "secretvalue" not in message


def test_a_base_url_without_http_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMDESK_TELEGRAM_BASE_URL", "127.0.0.1:8081")
    with pytest.raises(SettingsError, match="CLAIMDESK_TELEGRAM_BASE_URL"):
        load_settings()


@pytest.mark.parametrize("given", ["http://127.0.0.1:8081", "http://127.0.0.1:8081/", "http://127.0.0.1:8081/bot"])
def test_a_base_url_may_be_given_with_or_without_the_bot_path(monkeypatch: pytest.MonkeyPatch, given: str) -> None:
    monkeypatch.setenv("CLAIMDESK_TELEGRAM_BASE_URL", given)
    assert load_settings().bot_api_urls() == ("http://127.0.0.1:8081/bot", "http://127.0.0.1:8081/file/bot")


def test_the_log_level_is_case_insensitive(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMDESK_LOG_LEVEL", "debug")
    assert load_settings().log_level == "DEBUG"


