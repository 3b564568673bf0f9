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
# The same on a chunk whose only sentence end is ".": its literal first character lets the
# regex engine skip along with a plain character search instead of a class test per character.
_PERIOD_BOUNDARY = re.compile(r"""\.\.*["'”’)\]]*(?:\[\d+\])*(?=\s+["'“‘(\[]?[A-Z0-9])""")
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
        reversed_chunk = None  # made when a boundary first needs the word before it
        begin = 0
        boundary = _BOUNDARY if ";" in chunk or "?" in chunk or "!" in chunk or "…" in chunk else _PERIOD_BOUNDARY
        for m in boundary.finditer(chunk):
            if m.group().startswith("."):  # the run of word characters and dots just before the boundary
                if reversed_chunk is None:
                    reversed_chunk = chunk[::-1]
                word = _WORD_REVERSED.match(reversed_chunk, len(chunk) - m.start())
                if word and (word.group()[::-1].lower().rstrip(".") in _ABBREVIATIONS or len(word.group()) == 1):
                    continue
            _add(out, chunk, begin, m.end(), b_start, index)
            begin = m.end()
        _add(out, chunk, begin, len(chunk), b_start, index)
    return out


def _add(out: list[Sentence], chunk: str, start: int, end: int, offset: int, block: int) -> None:
    """Add chunk[start:end] without the white space around it, if anything is left: `offset` is the chunk's."""
    part = chunk[start:end]
    left = part.lstrip()
    sentence = left.rstrip()  # strip() drops just the white space that str.isspace() tells
    if sentence:
        start += offset + len(part) - len(left)
        out.append(Sentence(sentence, start, start + len(sentence), block))
