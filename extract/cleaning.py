"""Separating an article's own text from page furniture: appeals, adverts, comment forms, link lists."""
from __future__ import annotations

import re

from extract.tables import load, trie_regex

_F = load("furniture")
_MARKERS = {m.lower() for m in _F["line_markers"]}
# Anchored patterns and a keyword trie, run on lower-cased lines: far faster than a list of
# IGNORECASE patterns searched anywhere in every line.
_STARTS = re.compile("|".join(f"(?:{p})" for p in _F["line_starts"]))
# The appeal phrases, found as `phrase_pattern` would find them (whole words, in lower case), but
# from the non-word character before each: a class the regex engine scans for fast, where a
# leading \b makes it try every position. A phrase that starts with no word character ("©")
# never counts there (its \b needs a word character before it, which the phrase may not follow).
_APPEAL_PHRASES = {p.lower() for p in _F["appeal_keywords"] + _F["weak_appeal_keywords"] if p[:1].isalnum()}
_APPEAL_AT_START = re.compile(rf"(?:{trie_regex(_APPEAL_PHRASES)})(?![\w-])")
_APPEAL_AFTER = re.compile(rf"\W({trie_regex(_APPEAL_PHRASES)})(?![\w-])")
# The same for ASCII text, where ASCII-only \w tests the same characters faster (ASCII \s lacks
# four control characters that Unicode counts as white space: they are added).
_ASCII_SPACES = r"[\s\x1c-\x1f]+"
_APPEAL_AT_START_ASCII = re.compile(rf"(?:{trie_regex(_APPEAL_PHRASES, _ASCII_SPACES)})(?![\w-])", re.ASCII)
_APPEAL_AFTER_ASCII = re.compile(rf"\W({trie_regex(_APPEAL_PHRASES, _ASCII_SPACES)})(?![\w-])", re.ASCII)
_WEAK = set(_F["weak_appeal_keywords"])
_TAIL = re.compile("|".join(f"(?:{p})" for p in _F["tail_markers"]))
_FIRST_PERSON = re.compile(r"\b(you|your|we|our|us)\b", re.IGNORECASE)
_LINE = re.compile(r"[^\n]+")


_PUNCTUATION = re.compile(r"[^\w\s]")
_LINK_LIST_HEADING = re.compile("|".join(map(re.escape, _F["link_list_headings"])), re.I)
_MARKUP = "*_#>~=[]() \t"  # what wraps a heading in Markdown or plain text: "**Read also:**", "### Related"
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
    found = _appeals(line, lower)
    if not found:
        return False  # most lines: no appeal at all
    appeals = set(found)
    if appeals - _WEAK:
        return True
    # "donate" is an appeal when it speaks to the reader, or is a button.
    return bool(appeals) and (bool(_FIRST_PERSON.search(line)) or len(line.split()) <= 4)


def _appeals(line: str, lower: str) -> list[str]:
    """The appeal phrases in the line, lower-cased, as `phrase_pattern(...).finditer` finds them."""
    if len(lower) != len(line):  # keep offsets: a character whose lower case is longer keeps its first
        lower = "".join(c.lower()[0] for c in line)
    at_start, after = (_APPEAL_AT_START_ASCII, _APPEAL_AFTER_ASCII) if lower.isascii() \
        else (_APPEAL_AT_START, _APPEAL_AFTER)
    found = []
    # A match at the start; after it, the next can only start past a non-word character, as the
    # match ends before one: so each later match is found from that character.
    m = at_start.match(lower)
    position = m.end() if m else 0
    if m:
        found.append(m.group())
    while m := after.search(lower, position):
        start, position = m.span(1)
        if line[start - 1] not in "-_" and not line[start - 1].isalnum():  # not inside a word of the line
            found.append(m.group(1))
    return found


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
            in_link_list = bool(_LINK_LIST_HEADING.match(line.lstrip(_MARKUP))) \
                and len(line.split()) <= 4
            continue
        if in_link_list and len(line.split()) <= 16 and not _ENDS_SENTENCE.search(line):
            continue
        in_link_list = False
        blocks.append((match.start(), match.end()))
    return blocks


_HEADLINE_WORDS = 20  # a longer opening line is the lede, not a headline


def headline_end(text: str) -> int:
    """Where the text after the headline a scraped page opens on starts, else 0: a first line of at most
    `_HEADLINE_WORDS` words, with more text after it, that is not a sentence (no full stop ends it or a
    sentence within it, quoted or bracketed, and it does not run on with ", : ;")."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    if end < 0 or not text[end:].strip():
        return 0
    first = text[start:end].strip(_MARKUP)
    if not first or len(first.split(None, _HEADLINE_WORDS)) > _HEADLINE_WORDS or first.endswith((",", ":", ";")):
        return 0
    if _ENDS_SENTENCE.search(first.rstrip(")")) or ". " in first:
        return 0
    return end + 1


def headline(text: str) -> str:
    """The headline the text opens on (see `headline_end`), else "": it stands in for a missing title."""
    end = headline_end(text)
    return text[:end].strip().strip(_MARKUP) if end else ""
