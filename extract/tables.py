"""The extractor's data tables (cue words, places, claimants, furniture), loaded once from `data/`."""
from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from collections.abc import Iterator
from typing import Any


@cache
def load(name: str) -> Any:
    """The parsed JSON data file `extract/data/<name>.json`."""
    with resources.files("extract").joinpath("data", f"{name}.json").open(encoding="utf-8") as f:
        return json.load(f)


def phrase_pattern(phrases: list[str]) -> re.Pattern[str]:
    """One case-insensitive regex matching any of the phrases as whole words, longest first.

    The alternatives are laid out as a trie, so a position that starts no phrase fails at
    its first character: Python's regex engine does not do this for a flat alternation.
    """
    trie: dict[str, Any] = {}
    for phrase in {p.lower() for p in phrases if p}:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}
    return Phrases(re.compile(rf"\b(?:{_trie_regex(trie)})(?![\w-])"))


class Phrases:
    """A compiled phrase pattern whose matches start at a word boundary.

    Matching runs on the lower-cased text with a case-sensitive pattern, and the word
    boundary before a match is checked here rather than by a look-behind: both keep the
    regex engine's fast first-character scan, which IGNORECASE and look-behinds defeat.
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        lower = text.lower()
        if len(lower) != len(text):  # a rare character whose lower case is longer: keep offsets
            lower = "".join(c.lower()[0] for c in text)
        for m in self.pattern.finditer(lower):
            start = m.start()
            if start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "_-"):
                yield m

    def search(self, text: str) -> re.Match[str] | None:
        return next(self.finditer(text), None)

    def match(self, text: str) -> re.Match[str] | None:
        return self.pattern.match(text.lower())


def _trie_regex(node: dict[str, Any]) -> str:
    """The regex for a trie node, trying longer continuations before the phrase that ends here."""
    ends = "" in node
    branches = [(r"\s+" if char == " " else re.escape(char)) + _trie_regex(child)
                for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body
