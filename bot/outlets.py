"""Guess which outlet published an article, from its own sign-offs or from its URL's host.

Used when a file does not name its outlet; the names and hosts live in `bot/data/outlets.json`.
"""
from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

DATA_FILE = Path(__file__).with_name("data") / "outlets.json"

# A name as it appears in a sign-off: starts with a capital or digit, a few words at most.
_NAME = r"(?P<name>[A-Z0-9][\w&'’./-]*(?:[ \-][\w&'’./-]+){0,5}?)"

# Sign-offs that name the outlet anywhere in the text (they are distinctive enough).
_ANYWHERE = [
    re.compile(r"^\s*A message from " + _NAME + r"\s*[:.!]?\s*$", re.I | re.M),
    re.compile(r"^\s*By supporting " + _NAME + r",", re.M),
]
# Datelines in the first lines, place in capitals: "KYIV, Ukraine (AP) —", "MOSCOW (Reuters) -".
_HEAD = [
    re.compile(r"^[A-Z][A-Z .'’/-]+(?:,\s*[A-Z][A-Za-z .'’/-]+)?\s*\(" + _NAME + r"\)\s*[-–—:]"),
]
# Sign-offs in the last lines: "Source: TASS", "— AP", "© 2024 Reuters", "first appeared on X".
_TAIL = [
    re.compile(r"^(?:Source|Via|Courtesy of)\s*:\s*" + _NAME + r"\s*\.?$"),
    re.compile(r"^(?:[–—]+|--)\s*" + _NAME + r"\s*$"),
    re.compile(r"^(?:©|\([cC]\)|[Cc]opyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?"
               + _NAME + r"\s*(?:[.,;]|All rights reserved|$)"),
    re.compile(r"(?:originally|first) (?:published|appeared) (?:by|on|in) " + _NAME + r"\s*[.,]?\s*$"),
]
HEAD_LINES = 3
TAIL_LINES = 12
MAX_NAME_WORDS = 6


@cache
def _table() -> dict:
    """The outlet data file, read once."""
    return json.loads(DATA_FILE.read_text(encoding="utf-8"))


def _clean(name: str) -> str:
    """The display name for a name found in a sign-off, or "" when it is not an outlet name."""
    name = name.strip(" .,:;-–—'’\"")
    if not name or len(name.split()) > MAX_NAME_WORDS:
        return ""
    table = _table()
    key = name.lower()
    if key in table["not_outlets"]:
        return ""
    return table["aliases"].get(key, name)


def _from_text(text: str) -> str:
    """The outlet named by the text's own sign-offs, datelines or copyright lines, else ""."""
    for pattern in _ANYWHERE:
        for match in pattern.finditer(text):
            if name := _clean(match["name"]):
                return name
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in lines[:HEAD_LINES]:
        for pattern in _HEAD:
            if (match := pattern.search(line)) and (name := _clean(match["name"])):
                return name
    for line in reversed(lines[-TAIL_LINES:]):
        for pattern in _TAIL:
            if (match := pattern.search(line)) and (name := _clean(match["name"])):
                return name
    return ""


def host_of(url: str) -> str:
    """The URL's host without "www." and similar prefixes, lower-case; "" when there is none."""
    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:
        return ""
    for prefix in ("www.", "m.", "amp.", "mobile."):
        if host.startswith(prefix):
            host = host[len(prefix):]
    return host if "." in host else ""


def outlet_for_host(url: str) -> str:
    """The outlet's name for a known host (or a parent domain of it), else the bare host itself."""
    host = host_of(url)
    labels = host.split(".")
    hosts = _table()["hosts"]
    for i in range(len(labels) - 1):
        if (name := hosts.get(".".join(labels[i:]))):
            return name
    return host


def guess_outlet(text: str, url: str = "") -> str:
    """The outlet that published `text`: its sign-offs first, then the URL's host, else ""."""
    return _from_text(text) or outlet_for_host(url)
