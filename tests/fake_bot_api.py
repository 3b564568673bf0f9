"""A fake Telegram Bot API server on 127.0.0.1 for end-to-end tests of the real python-telegram-bot.

It speaks the wire format (form or multipart requests, `{"ok": ..., "result": ...}` replies),
keeps a queue of updates served by `getUpdates` with offset semantics, records every call the
bot makes, and can be told to fail the next call of a method with 429 or 403.
"""
from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

BOT_USER = {
    "id": 7000001,
    "is_bot": True,
    "first_name": "claimdesk",
    "username": "claimdesk_test_bot",
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": True,
}

# Parameters PTB sends JSON-encoded; everything else is a raw string (a `text` of "123" stays "123").
_JSON_PARAMS = {
    "reply_markup", "entities", "results", "commands", "allowed_updates", "scope",
    "link_preview_options", "reply_parameters", "button", "caption_entities",
}
_INT_PARAMS = {"offset", "limit", "timeout", "message_id", "cache_time", "user_id", "chat_id"}


@dataclass
class Call:
    """One request the bot made: the method, its decoded parameters and when it arrived."""

    method: str
    params: dict[str, Any]
    at: float = field(default_factory=time.monotonic)


@dataclass
class Failure:
    """An error to answer instead of the next call of a method."""

    error_code: int
    description: str
    retry_after: int | None = None


class FakeBotApi:
    """The server: start it, point `base_url` at `self.base_url`, inject updates, await calls."""

    def __init__(self, token: str, bot_user: dict[str, Any] | None = None) -> None:
        self.token = token
        self.bot_user = dict(bot_user or BOT_USER)
        self.calls: list[Call] = []
        self.commands: list[dict[str, Any]] = []
        self.admins: set[tuple[int, int]] = set()  # (chat_id, user_id) pairs that are administrators
        self._updates: list[dict[str, Any]] = []
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1000)
        self._queues: defaultdict[str, asyncio.Queue[Call]] = defaultdict(asyncio.Queue)
        self._failures: defaultdict[str, deque[Failure]] = defaultdict(deque)
        self._new_update = asyncio.Condition()
        self._stopping = False
        self._runner: web.AppRunner | None = None
        self.port = 0

    # ---- lifecycle -------------------------------------------------------------------------

    async def start(self) -> "FakeBotApi":
        """Listen on an ephemeral loopback port."""
        app = web.Application()
        app.router.add_route("POST", "/bot{token}/{method}", self._dispatch)
        app.router.add_route("GET", "/bot{token}/{method}", self._dispatch)
        self._runner = web.AppRunner(app, shutdown_timeout=0.2, handle_signals=False,
                                     access_log=None)  # access lines would carry the token
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]
        return self

    async def stop(self) -> None:
        """Wake every pending long poll, then close the server."""
        self._stopping = True
        async with self._new_update:
            self._new_update.notify_all()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def base_url(self) -> str:
        """What to hand to `ApplicationBuilder().base_url(...)` or `CLAIMDESK_TELEGRAM_BASE_URL`."""
        return f"http://127.0.0.1:{self.port}/bot"

    # ---- what tests use ----------------------------------------------------------------------

    def fail_next(self, method: str, error_code: int, description: str = "",
                  retry_after: int | None = None) -> None:
        """Answer the next call of `method` with this error instead of success."""
        if not description:
            description = {
                429: f"Too Many Requests: retry after {retry_after}",
                403: "Forbidden: bot was blocked by the user",
            }.get(error_code, "Bad Request")
        self._failures[method].append(Failure(error_code, description, retry_after))

    async def next_call(self, method: str, timeout: float = 5.0) -> Call:
        """The next call of `method` the bot makes (calls are queued, so none is missed)."""
        return await asyncio.wait_for(self._queues[method].get(), timeout)

    def pending(self, method: str) -> int:
        """How many calls of `method` arrived that no test has taken with `next_call` yet."""
        return self._queues[method].qsize()

    def calls_of(self, method: str) -> list[Call]:
        """Every call of `method` so far, in order."""
        return [c for c in self.calls if c.method == method]

    async def push(self, update: dict[str, Any]) -> dict[str, Any]:
        """Queue an update for `getUpdates`, giving it the next update_id."""
        update = {"update_id": next(self._update_ids), **update}
        async with self._new_update:
            self._updates.append(update)
            self._new_update.notify_all()
        return update

    async def send_text(self, text: str, *, chat_id: int = 501, user_id: int = 501,
                        chat_type: str = "private") -> dict[str, Any]:
        """A user types `text` in a chat; a leading `/command` gets its bot_command entity."""
        message = self.user_message(text, chat_id=chat_id, user_id=user_id, chat_type=chat_type)
        return await self.push({"message": message})

    async def press(self, message: dict[str, Any], data: str, *, user_id: int = 501) -> dict[str, Any]:
        """A user presses the inline button with callback `data` under `message`."""
        query = {
            "id": f"cb{next(self._update_ids)}",
            "from": self._user(user_id),
            "chat_instance": "ci-1",
            "message": message,
            "data": data,
        }
        return await self.push({"callback_query": query})

    async def inline(self, query: str, *, user_id: int = 501) -> dict[str, Any]:
        """A user types `@bot query` in any chat."""
        inline_query = {"id": f"iq{next(self._update_ids)}", "from": self._user(user_id),
                        "query": query, "offset": ""}
        return await self.push({"inline_query": inline_query})

    def user_message(self, text: str, *, chat_id: int, user_id: int, chat_type: str) -> dict[str, Any]:
        """A message as Telegram would deliver it from a user."""
        message: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": self._chat(chat_id, chat_type),
            "from": self._user(user_id),
            "text": text,
        }
        if text.startswith("/"):
            command = text.split(maxsplit=1)[0] if text.strip() else text
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        return message

    def message_of(self, call: Call) -> dict[str, Any]:
        """The message object the server answered for a sendMessage call (for pressing its buttons)."""
        return call.params["_result"]

    # ---- the wire ------------------------------------------------------------------------------

    async def _dispatch(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return _error(401, "Unauthorized")
        method = request.match_info["method"]
        params = await _read_params(request)
        call = Call(method, params)
        self.calls.append(call)
        failures = self._failures.get(method)
        if failures:
            failure = failures.popleft()
            self._queues[method].put_nowait(call)
            return _error(failure.error_code, failure.description, failure.retry_after)
        handler = getattr(self, f"_api_{method}", None)
        if handler is None:
            return _error(404, "Not Found: method not found")
        if method == "getUpdates":
            result = await handler(params)
        else:
            result = handler(params)
        params["_result"] = result
        if method != "getUpdates" or result:
            self._queues[method].put_nowait(call)
        else:
            self._queues["getUpdates:empty"].put_nowait(call)
        return web.json_response({"ok": True, "result": result})

    def _api_getMe(self, params: dict[str, Any]) -> dict[str, Any]:
        return self.bot_user

    def _api_deleteWebhook(self, params: dict[str, Any]) -> bool:
        return True

    def _api_setWebhook(self, params: dict[str, Any]) -> bool:
        return True

    def _api_close(self, params: dict[str, Any]) -> bool:
        return True

    def _api_setMyCommands(self, params: dict[str, Any]) -> bool:
        self.commands = params.get("commands", [])
        return True

    def _api_getMyCommands(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        return self.commands

    def _api_sendMessage(self, params: dict[str, Any]) -> dict[str, Any]:
        message = self._bot_message(params["chat_id"])
        message["text"] = params.get("text", "")
        if "reply_markup" in params:
            message["reply_markup"] = params["reply_markup"]
        return message

    def _api_sendDocument(self, params: dict[str, Any]) -> dict[str, Any]:
        message = self._bot_message(params["chat_id"])
        message["document"] = {"file_id": "doc1", "file_unique_id": "doc1u",
                               "file_name": params.get("_filename", "file")}
        return message

    def _api_sendChatAction(self, params: dict[str, Any]) -> bool:
        return True

    def _api_editMessageText(self, params: dict[str, Any]) -> dict[str, Any]:
        message = self._bot_message(params["chat_id"], message_id=params["message_id"])
        message["text"] = params.get("text", "")
        if "reply_markup" in params:
            message["reply_markup"] = params["reply_markup"]
        return message

    def _api_answerCallbackQuery(self, params: dict[str, Any]) -> bool:
        return True

    def _api_answerInlineQuery(self, params: dict[str, Any]) -> bool:
        return True

    def _api_getChatMember(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id, user_id = params["chat_id"], params["user_id"]
        status = "administrator" if (chat_id, user_id) in self.admins else "member"
        member: dict[str, Any] = {"status": status, "user": self._user(user_id)}
        if status == "administrator":
            member.update(can_be_edited=False, is_anonymous=False, can_manage_chat=True,
                          can_delete_messages=True, can_manage_video_chats=True,
                          can_restrict_members=True, can_promote_members=False,
                          can_change_info=True, can_invite_users=True,
                          can_post_stories=False, can_edit_stories=False, can_delete_stories=False)
        return member

    async def _api_getUpdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        limit = int(params.get("limit") or 100)
        timeout = float(params.get("timeout") or 0)
        async with self._new_update:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
            if not self._updates and timeout > 0 and not self._stopping:
                try:
                    await asyncio.wait_for(self._new_update.wait(), timeout)
                except TimeoutError:
                    pass
            return self._updates[:limit]

    # ---- helpers ---------------------------------------------------------------------------------

    def _bot_message(self, chat_id: Any, message_id: int | None = None) -> dict[str, Any]:
        return {
            "message_id": message_id if message_id is not None else next(self._message_ids),
            "date": int(time.time()),
            "chat": self._chat(chat_id),
            "from": {k: self.bot_user[k] for k in ("id", "is_bot", "first_name", "username")},
        }

    @staticmethod
    def _chat(chat_id: Any, chat_type: str | None = None) -> dict[str, Any]:
        if chat_type is None:
            chat_type = "private" if isinstance(chat_id, int) and chat_id > 0 else "supergroup"
        chat: dict[str, Any] = {"id": chat_id, "type": chat_type}
        if chat_type == "private":
            chat["first_name"] = f"user{chat_id}"
        else:
            chat["title"] = f"group {chat_id}"
        return chat

    @staticmethod
    def _user(user_id: int) -> dict[str, Any]:
        return {"id": user_id, "is_bot": False, "first_name": f"user{user_id}", "language_code": "en"}


async def _read_params(request: web.Request) -> dict[str, Any]:
    """Decode a Bot API request: JSON bodies, or form/multipart fields with PTB's encoding rules."""
    if request.content_type == "application/json":
        return dict(await request.json())
    params: dict[str, Any] = {}
    form = await request.post()
    for key, value in form.items():
        if isinstance(value, web.FileField):
            params[key] = value.file.read()
            params["_filename"] = value.filename
        elif key in _JSON_PARAMS:
            params[key] = json.loads(value)
        elif key in _INT_PARAMS:
            try:
                params[key] = int(value)
            except ValueError:
                params[key] = value  # e.g. chat_id "@channel"
        else:
            params[key] = value
    return params


def _error(code: int, description: str, retry_after: int | None = None) -> web.Response:
    body: dict[str, Any] = {"ok": False, "error_code": code, "description": description}
    if retry_after is not None:
        body["parameters"] = {"retry_after": retry_after}
    return web.json_response(body, status=code)
