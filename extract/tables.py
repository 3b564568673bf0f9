"""The extractor's data tables (cue words, places, claimants, furniture), loaded once from `data/`."""
from __future__ import annotations

import json
import re
from functools import cache, lru_cache
from importlib import resources
from collections.abc import Iterable
from typing import Any


@cache
def load(name: str) -> Any:
    """The parsed JSON data file `extract/data/<name>.json`."""
    with resources.files("extract").joinpath("data", f"{name}.json").open(encoding="utf-8") as f:
        return json.load(f)


def phrase_pattern(phrases: list[str], anchors: list[str] | None = None) -> "Phrases":
    """One case-insensitive regex matching any of the phrases as whole words, longest first.

    `anchors` (optional) are a few short strings without white space that most phrases contain:
    text that holds none of them (nor the longest word of a phrase that holds none) is not scanned.

    The alternatives are laid out as a trie, so a position that starts no phrase fails at
    its first character: Python's regex engine does not do this for a flat alternation.
    """
    lowered = {p.lower() for p in phrases if p}
    pattern = re.compile(rf"\b(?:{trie_regex(lowered)})(?![\w-])")
    # The same for ASCII text, where ASCII-only \b and \w test the same characters faster. (ASCII
    # \s lacks four control characters that Unicode counts as white space: they are added.)
    ascii_pattern = re.compile(rf"\b(?:{trie_regex(lowered, _ASCII_SPACES)})(?![\w-])", re.ASCII)
    if anchors is None:
        if len(lowered) > _MAX_AUTO_ANCHORED:
            return Phrases(pattern, ascii_pattern)
        anchors = shortest_cover({max(p.split(" "), key=len) for p in lowered})
    anchors = [a.lower() for a in anchors]
    if any(not a or a != "".join(a.split()) for a in anchors):
        raise ValueError("anchors must be non-empty and hold no white space")
    # A phrase with none of the anchors brings its longest word (a phrase's spaces match any white space).
    anchors += sorted({max(p.split(" "), key=len) for p in lowered if not any(a in p for a in anchors)})
    return Phrases(pattern, ascii_pattern, tuple(anchors))


_ASCII_SPACES = r"[\s\x1c-\x1f]+"  # white space as Unicode \s has it, for an ASCII-only pattern
# Phrase lists up to this long get anchors of their own (their longest words): for longer lists
# the test would cost about as much as the scan it saves.
_MAX_AUTO_ANCHORED = 40


class AnyCase:
    """A case-insensitive pattern whose literals are lower case, run case-sensitively on lower-cased
    ASCII text: there both find the same matches, and IGNORECASE is slow in Python's re."""

    def __init__(self, source: str) -> None:
        if source != source.lower():
            raise ValueError(f"not all lower case: {source}")
        self.any_case = re.compile(source, re.IGNORECASE)
        self.lower_case = re.compile(source)

    def search(self, text: str, lower: str | None) -> re.Match[str] | None:
        """The first match in the text; `lower` is the text lower-cased if it is ASCII, else None."""
        return self.any_case.search(text) if lower is None else self.lower_case.search(lower)

    def match(self, text: str, lower: str | None) -> re.Match[str] | None:
        """A match at the start of the text; `lower` as for `search`."""
        return self.any_case.match(text) if lower is None else self.lower_case.match(lower)


def shortest_cover(words: set[str]) -> list[str]:
    """The words, less those that contain another of them: a text holds one of the words
    exactly when it holds one of these."""
    return sorted(w for w in words if not any(other != w and other in w for other in words))


class Phrases:
    """A compiled phrase pattern whose matches start at a word boundary.

    Matching runs on the lower-cased text with a case-sensitive pattern, and the word
    boundary before a match is checked here rather than by a look-behind: both keep the
    regex engine's fast first-character scan, which IGNORECASE and look-behinds defeat.
    """

    def __init__(self, pattern: re.Pattern[str], ascii_pattern: re.Pattern[str],
                 anchors: tuple[str, ...] | None = None) -> None:
        self.pattern = pattern
        self.ascii_pattern = ascii_pattern  # the same matches on ASCII text, found faster
        # Lower-case strings one of which every phrase contains: text with none of them has no match.
        self.anchors = anchors

    def _may_match(self, lower: str) -> bool:
        for anchor in self.anchors:
            if anchor in lower:
                return True
        return False

    def finditer(self, text: str) -> list[re.Match[str]]:
        """Every match, in order (a list: callers read them all)."""
        lower = _lower_same_length(text)
        if self.anchors is not None and not self._may_match(lower):
            return []
        pattern = self.ascii_pattern if lower.isascii() else self.pattern
        # The pattern's \b leaves a hyphen as the only character before a match that joins a word.
        if "-" not in text:
            return list(pattern.finditer(lower))
        return [m for m in pattern.finditer(lower) if not (start := m.start()) or text[start - 1] != "-"]

    def search(self, text: str) -> re.Match[str] | None:
        """The first match that `finditer` would give, without looking further."""
        lower = _lower_same_length(text)
        if self.anchors is not None and not self._may_match(lower):
            return None
        pattern = self.ascii_pattern if lower.isascii() else self.pattern
        if "-" not in text:  # as in `finditer`: then every match starts a word
            return pattern.search(lower)
        position = 0
        while m := pattern.search(lower, position):
            start = m.start()
            if not start or text[start - 1] != "-":
                return m
            position = m.end()  # where finditer would carry on after a rejected match
        return None

    def all_in(self, text: str) -> tuple[re.Match[str], ...]:
        """Every match in a whole sentence, found once per sentence however many figures ask."""
        return _all_matches(self, text)

    def match(self, text: str) -> re.Match[str] | None:
        return self.pattern.match(text.lower())


def _lower_same_length(text: str) -> str:
    """The text lower-cased, keeping offsets (a rare character whose lower case is longer keeps its first)."""
    lower = text.lower()
    if len(lower) != len(text):
        lower = "".join(c.lower()[0] for c in text)
    return lower


def joins_word(char: str) -> bool:
    """A character a phrase may not follow: it would be the middle of a word."""
    return char.isalnum() or char in "_-"


@lru_cache(maxsize=1024)
def _all_matches(phrases: Phrases, text: str) -> tuple[re.Match[str], ...]:
    return tuple(phrases.finditer(text))


def any_of(strings: list[str] | tuple[str, ...]) -> re.Pattern[str]:
    """A pattern that finds any of the literal strings anywhere, for a quick "is any of them in here?"."""
    return re.compile("|".join(re.escape(s) for s in sorted(strings, key=len, reverse=True)))


def trie_regex(phrases: Iterable[str], space: str = r"\s+") -> str:
    """A regex matching any of the phrases as written, laid out as a trie; `space` is the regex
    for a phrase's space (any white space by default)."""
    trie: dict[str, Any] = {}
    for phrase in phrases:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_regex(trie, space)


def _trie_regex(node: dict[str, Any], space: str) -> str:
    """The regex for a trie node, trying longer continuations before the phrase that ends here;
    `space` is the regex for a phrase's space."""
    ends = "" in node
    branches = [(space if char == " " else re.escape(char)) + _trie_regex(child, space)
                for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body
