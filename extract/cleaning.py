"""Separating an article's own text from page furniture: appeals, adverts, comment forms, link lists."""
from __future__ import annotations

import re

from extract.tables import load, phrase_pattern

_F = load("furniture")
_MARKERS = {m.lower() for m in _F["line_markers"]}
# Anchored patterns and a keyword trie, run on lower-cased lines: far faster than a list of
# IGNORECASE patterns searched anywhere in every line.
_STARTS = re.compile("|".join(f"(?:{p})" for p in _F["line_starts"]))
_APPEALS = phrase_pattern(_F["appeal_keywords"] + _F["weak_appeal_keywords"],
                          anchors=["subscri", "donat", "mail", "journalism", "comment", "cookie", "support",
                                   "sign", "patreon", "patron", "member", "app", "privacy", "terms", "©", "contribut",
                                   "follow", "click", "newsletter", "paywall", "channel", "copyright",
                                   "petition", "reserved", "required", "join", "reply"])
_WEAK = set(_F["weak_appeal_keywords"])
_TAIL = re.compile("|".join(f"(?:{p})" for p in _F["tail_markers"]))
_FIRST_PERSON = re.compile(r"\b(you|your|we|our|us)\b", re.IGNORECASE)
_LINE = re.compile(r"[^\n]+")


_PUNCTUATION = re.compile(r"[^\w\s]")
_LINK_LIST_HEADING = re.compile(r"(read (also|more)|see also|related|more on)", re.I)
_ENDS_SENTENCE = re.compile(r"[.!?]['\"”’]?$")


def is_furniture(line: str) -> bool:
    """A line that belongs to the page around the article, not to the article."""
    stripped = line.strip()
    return _is_furniture(stripped, stripped.lower())


def _is_furniture(line: str, lower: str) -> bool:
    """`is_furniture` of a stripped line, given its lower case."""
    if len(line) < 40 and _PUNCTUATION.sub("", lower).strip() in _MARKERS:
        return True  # "Advert", "Continue", "Source link"
    if _STARTS.match(lower):
        return True
    appeals = {m.group() for m in _APPEALS.finditer(line)}
    if appeals - _WEAK:
        return True
    # "donate" is an appeal when it speaks to the reader, or is a button.
    return bool(appeals) and (bool(_FIRST_PERSON.search(line)) or len(line.split()) <= 4)


def body_blocks(text: str) -> list[tuple[int, int]]:
    """Offsets of the lines that carry the article's own text, in order.

    Lines of furniture are dropped; a closing appeal ("A Message from …", "Dear readers",
    a comment form) ends the article, and a "Read also:" heading drops the short link
    lines under it.
    """
    blocks: list[tuple[int, int]] = []
    in_link_list = False
    for match in _LINE.finditer(text):
        line = match.group().strip()
        if not line:
            continue
        lower = line.lower()
        if blocks and _TAIL.match(lower):
            break
        if _is_furniture(line, lower):
            in_link_list = bool(_LINK_LIST_HEADING.match(line)) \
                and len(line.split()) <= 4
            continue
        if in_link_list and len(line.split()) <= 16 and not _ENDS_SENTENCE.search(line):
            continue
        in_link_list = False
        blocks.append((match.start(), match.end()))
    return blocks
