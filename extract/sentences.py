"""Splitting the article's text into sentences, keeping their offsets."""
from __future__ import annotations

import re
from dataclasses import dataclass

from extract.tables import load

_ABBREVIATIONS = set(load("grammar")["abbreviations"])
# A sentence ends at [.!?…]+ (closing quotes, brackets, footnote marks) before a capital or digit,
# or at "; " before a capital. The pattern starts with one character class so that the regex
# engine skips quickly to the punctuation; the look-behind then tells which kind it was.
_BOUNDARY = re.compile(r"""[.!?…;](?:(?<=[.!?…])[.!?…]*["'”’)\]]*(?:\[\d+\])*(?=\s+["'“‘(\[]?[A-Z0-9])"""
                       r"""|(?<=;)\s+(?=[A-Z]))""")
_WORD_REVERSED = re.compile(r"[\w.]+")  # a word read backwards from where a boundary starts


@dataclass
class Sentence:
    """A sentence and where it stands in the article."""

    text: str
    start: int
    end: int
    block: int  # index of the line/paragraph it belongs to


def split_sentences(text: str, blocks: list[tuple[int, int]]) -> list[Sentence]:
    """The sentences of the given line blocks; a line never continues into the next."""
    out: list[Sentence] = []
    for index, (b_start, b_end) in enumerate(blocks):
        chunk = text[b_start:b_end]
        reversed_chunk = chunk[::-1]
        begin = 0
        for m in _BOUNDARY.finditer(chunk):
            if not m.group().startswith("."):
                word = None
            else:  # the run of word characters and dots just before the boundary
                word = _WORD_REVERSED.match(reversed_chunk, len(chunk) - m.start())
            if word and (word.group()[::-1].lower().rstrip(".") in _ABBREVIATIONS or len(word.group()) == 1):
                continue
            _add(out, text, b_start + begin, b_start + m.end(), index)
            begin = m.end()
        _add(out, text, b_start + begin, b_end, index)
    return out


def _add(out: list[Sentence], text: str, start: int, end: int, block: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(text[start:end], start, end, block))
