"""Finding figures in a sentence: digits, number words, scales, ranges, vague amounts and swaps."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from extract.tables import load, trie_regex

_T = load("numbers")
_UNITS: dict[str, int] = _T["units"]
_TENS: dict[str, int] = _T["tens"]
FIGURE_WORDS = frozenset(_UNITS) | frozenset(_TENS)  # "three", "forty": a figure written as a word
_SCALES: dict[str, int] = _T["scales"]
_VAGUE: dict[str, int] = _T["vague"]

# 1,212 · 1 383 · 1.2 · 6060 · 18600
_DIGITS = r"\d{1,3}(?:,\d{3})+|\d{1,3}(?:[\u202f\u00a0\u2009 ]\d{3})+(?![\d,.])|\d+(?:\.\d+)?"
_WORD_UNITS = "|".join(sorted(list(_UNITS) + list(_TENS), key=len, reverse=True))
_WORD = rf"(?:{_WORD_UNITS}|hundred|thousand|million|billion|dozen)"

_BEFORE_FIGURE = r"(?<![\w.,/:\u2019'])(?<![A-Za-z]-)"
_AFTER_FIGURE = r"(?!\w*\d)(?![:.]\d)(?!(?:st|nd|rd|th)\b)"
_DIGIT_FIGURE = (rf"(?P<digits>{_DIGITS})(?P<scale>(?:\s?(?:hundred|thousand|million|billion|mln|mn|bn)\b|[kK]\b"
                 r"|\s?m\b(?!\s*(?:tall|long|wide|high|deep))))?")
_WORD_FIGURES = rf"""(?P<half>half\s+a\s+(?:million|billion|thousand))\b
    | (?P<words>(?:(?:a|an)(?=[\s-]+(?:hundred|thousand|million|billion|dozen)\b)|(?:{_WORD_UNITS})\b)
        (?:(?:[\s-]+|\s+and\s+)(?:{_WORD})\b)*(?!-))
        (?P<fraction>\s+and\s+a\s+half\b(?:\s+(?P<fraction_scale>thousand|million|billion)\b)?)?
    | (?P<vague>(?:several\s+|a\s+few\s+|many\s+)?(?:tens|hundreds)\s+of\s+thousands|(?:several\s+|a\s+few\s+)?(?:dozens|hundreds|thousands|millions)(?!\s+of\s+thousands))"""

_NUMBER = re.compile(
    rf"""{_BEFORE_FIGURE}
    (?:
      {_DIGIT_FIGURE}
    | {_WORD_FIGURES}
    ){_AFTER_FIGURE}""",
    re.VERBOSE,
)  # matched against the lower-cased sentence (same offsets): IGNORECASE is slow
# `_NUMBER` where the figure starts with a digit, which no figure in words does: the same matches.
_DIGIT_NUMBER = re.compile(rf"{_BEFORE_FIGURE}{_DIGIT_FIGURE}{_AFTER_FIGURE}")
_SWAPPED_DIGITS = re.compile(rf"{_DIGIT_FIGURE}{_AFTER_FIGURE}")  # the other side's figure, after "-for-"

# Where a figure can start: after a character that is not a word character nor . , / : ' ’
# (see `_BEFORE_FIGURE`), with a digit or the first word of a figure in words ("a"/"an" only
# before a scale or "few"). `_number_matches` looks for these in a copy of the sentence in
# which each such character, and the start, is a space: a search with a literal first
# character, which the regex engine runs far faster than one starting with a look-behind.
_FIRST_WORDS = {*_UNITS, *_TENS, "half", "several", "many", "tens", "hundreds", "dozens", "thousands", "millions"}
_FIRST_WORD_STARTS = [w for w in _FIRST_WORDS if not any(o != w and w.startswith(o) for o in _FIRST_WORDS)]


# A match is a space then only letters or a digit, so it never holds the space of the next figure.
_FIGURE_START = re.compile(
    ("|".join([r" (?:[0-9]", r"a(?=n? +(?:hundred|thousand|million|billion|dozen)| +few )",
               trie_regex(_FIRST_WORD_STARTS)]) + ")").encode())
_MAY_PRECEDE = "".join(c for c in map(chr, range(128)) if not (c.isalnum() or c in "_.,/:'"))
# Every character that may stand before a figure, "?" (all non-ASCII characters) among them, as a space.
_AS_SPACE = bytes.maketrans(_MAY_PRECEDE.encode(), b" " * len(_MAY_PRECEDE))
# A digit other than 0-9 ("٣", "３"), which that copy loses.
_OTHER_DIGIT = re.compile(r"[^\D0-9]")


def _number_matches(lower: str) -> Iterator[re.Match[str]]:
    """`_NUMBER.finditer(lower)`, trying `_NUMBER` only where `_FIGURE_START` says a figure can start."""
    if not lower.isascii() and _OTHER_DIGIT.search(lower):
        yield from _NUMBER.finditer(lower)
        return
    # One byte a character, so offsets are kept: a match's space is where `lower`'s character before the figure is.
    spaced = (b" " + lower.encode("ascii", "replace")).translate(_AS_SPACE)
    end = 0
    for candidate in _FIGURE_START.finditer(spaced):
        start = candidate.start()
        if start < end:
            continue  # inside the figure just found, as finditer would skip it
        m = (_DIGIT_NUMBER if lower[start] <= "9" else _NUMBER).match(lower, start)  # a digit or a letter
        if m:
            yield m
            end = m.end()


_WORD_SEPARATORS = re.compile(r"[\s-]+")
_DIGIT_SEPARATORS = re.compile(r"[,\u202f\u00a0\u2009 ]")
_VAGUE_PREFIX = re.compile(r"^(several|a\s+few|many)\s+")
_SPACES = re.compile(r"\s+")
_BARE_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_BETWEEN_BEFORE = re.compile(r"between\s*$")
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|and|or)\s*", re.IGNORECASE)
_FOR_JOIN = re.compile(r"\s+for\s+", re.IGNORECASE)


@dataclass(slots=True)  # no per-instance dict: figures are made and read often
class Figure:
    """One figure found in a sentence; `start`/`end` are offsets in the sentence."""

    value: int
    start: int
    end: int
    text: str
    low: int | None = None
    high: int | None = None
    is_range: bool = False
    vague: bool = False
    swap_with: int | None = None  # "115 for 115": the other side's figure
    from_words: bool = False


def _words_value(text: str) -> int | None:
    """'four million' → 4000000, 'two dozen' → 24, 'a hundred' → 100, 'twenty-five' → 25."""
    total, current = 0, 0
    seen = False
    for word in _WORD_SEPARATORS.split(text.lower()):
        if word in ("and", ""):
            continue
        if word in ("a", "an"):
            current = max(current, 1)
        elif word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "dozen":
            current = max(current, 1) * 12
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in _SCALES:
            total += max(current, 1) * _SCALES[word]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def _digits_value(digits: str, scale: str | None) -> int:
    if not scale:
        plain = digits.replace(",", "")
        if plain.isdecimal() and len(plain) < 16:
            return int(plain)  # a whole number float() holds exactly: the same as below
    number = float(_DIGIT_SEPARATORS.sub("", digits))
    if scale:
        number *= _SCALES[scale.strip().lower()]
    return int(round(number))


_ONE_COUNTS = frozenset(_T["one_counts"])
_ONE_MORE = frozenset(_T["one_more_words"])  # "one more civilian", "one other soldier"


def _counts_one(sentence: str, end: int) -> bool:
    """Does "one" ending at `end` count a person ("one person had died", "one soldier was wounded")? As a
    pronoun or in "one of", "one day", "one in six" it counts nothing ("one more civilian" counts one too)."""
    rest = sentence[end:end + 30].split(None, 2)
    if len(rest) > 1 and rest[0].lower() in _ONE_MORE:
        rest = rest[1:]
    if not rest:
        return False
    # "one truck driver", "one elderly woman": a word that qualifies the person noun after it
    counts = rest[0].lower().rstrip(",;") in _ONE_COUNTS or (len(rest) > 1 and rest[0].isalpha() and rest[0].islower()
                                                 and rest[1].lower() in _ONE_COUNTS)
    return counts and not _one_is_source(sentence, end)


_SOURCE_VERBS = frozenset(_T["one_source_verbs"])
_SOURCE_OPENERS = frozenset(_T["one_source_openers"])


def _one_is_source(sentence: str, end: int) -> bool:
    """Is "one <noun>" the sentence's source ("One soldier told Reuters …", "one person familiar with the talks
    said …") rather than a count? A speech verb follows within two words, or after "familiar with …"/"who …"."""
    words = [word.strip(",.;:\"'’”") for word in sentence[end:end + 90].lower().split()[1:12]]
    if any(word in _SOURCE_VERBS for word in words[:2]):
        return True
    return bool(words) and words[0] in _SOURCE_OPENERS and any(word in _SOURCE_VERBS for word in words[1:10])


def _parse(match: re.Match[str], sentence: str) -> Figure | None:
    start, end = match.span()
    text = sentence[start:end]
    digits = match["digits"]
    if digits:  # the only groups a `_DIGIT_NUMBER` match has
        return Figure(_digits_value(digits, match["scale"]), start, end, text)
    half, words, vague = match.group("half", "words", "vague")
    if half:
        return Figure(_SCALES[half.split()[-1]] // 2, start, end, text, from_words=True)
    if words and match["fraction"]:  # "two and a half million" counts, "two and a half weeks" is no count
        scale = match["fraction_scale"]
        value = _words_value(words)
        return Figure(int((value + 0.5) * _SCALES[scale]), start, end, text, from_words=True) \
            if scale and value else None
    if words:
        if words.lower() in ("a", "an") or (words.lower() == "one" and not _counts_one(sentence, end)):
            return None
        value = _words_value(words)
        return Figure(value, start, end, text, from_words=True) if value else None
    key = _VAGUE_PREFIX.sub("", vague.lower())
    key = _SPACES.sub(" ", key)
    return Figure(_VAGUE[key], start, end, text, vague=True, from_words=True)


_SWAP_CUES = tuple(_T["swap_cue_words"])


def swap_context(lower: str) -> bool:
    """Does the lower-cased sentence speak of an exchange or of prisoners, so that "N for M" can be a swap?"""
    return any(word in lower for word in _SWAP_CUES)


def find_figures(sentence: str) -> list[Figure]:
    """Every figure in the sentence, with ranges ("between 150 and 300") and swaps ("115 for 115") joined."""
    lower = sentence.lower()
    figures = [f for m in _number_matches(lower) if (f := _parse(m, sentence))]
    joined: list[Figure] = []
    i = 0
    while i < len(figures):
        fig = figures[i]
        nxt = figures[i + 1] if i + 1 < len(figures) else None
        if sentence.startswith("-for-", fig.end):  # "a 1,000-for-1,000 swap": one figure, the same on each side
            other = _SWAPPED_DIGITS.match(lower, fig.end + 5)
            if other:
                value = _digits_value(other["digits"], other["scale"])
                joined.append(Figure(fig.value, fig.start, other.end(), sentence[fig.start:other.end()],
                                     swap_with=value))
                i += 1
                continue
        gap = sentence[fig.end:nxt.start] if nxt and not fig.vague and not nxt.vague else None
        # Only a joining word ("-", "to", "and", "or", "for") between white space can join two figures.
        if gap is not None and len(gap.strip()) <= 3:
            if _RANGE_JOIN.fullmatch(gap) \
                    and _is_range(gap, sentence[max(0, fig.start - 9):fig.start].lower(), fig, nxt, sentence):
                low = _scaled_like(fig, nxt)
                joined.append(Figure(low, fig.start, nxt.end, sentence[fig.start:nxt.end],
                                     low=low, high=nxt.value, is_range=True,
                                     from_words=fig.from_words and nxt.from_words))
                i += 2
                continue
            # "52 for 48" is a vote and "200 for 2 people" a price: unequal sides make a swap only in talk of one.
            if _FOR_JOIN.fullmatch(gap) and (fig.value == nxt.value or swap_context(lower)):
                if fig.value == nxt.value:  # "115 for 115": one figure, the same on each side
                    joined.append(Figure(fig.value, fig.start, nxt.end, sentence[fig.start:nxt.end],
                                         swap_with=nxt.value, from_words=fig.from_words))
                else:
                    joined.append(Figure(fig.value, fig.start, fig.end, fig.text, swap_with=nxt.value,
                                         from_words=fig.from_words))
                    joined.append(Figure(nxt.value, nxt.start, nxt.end, nxt.text, swap_with=fig.value,
                                         from_words=nxt.from_words))
                i += 2
                continue
        joined.append(fig)
        i += 1
    return joined


def _scaled_like(low: Figure, high: Figure) -> int:
    """'50 to 70 thousand' / '1.5-2 million': a bare low end borrows the high end's scale."""
    bare = _BARE_NUMBER.fullmatch(low.text.strip())
    if bare and low.value < 1000 <= high.value:
        for unit in (1_000_000_000, 1_000_000, 1000):
            if high.value % unit == 0 and high.value // unit < 1000 and float(bare.group()) * unit <= high.value:
                return int(round(float(bare.group()) * unit))
    return low.value


_YEAR = re.compile(r"(?:19|20)\d\d")


def _is_range(gap: str, before: str, low: Figure, high: Figure, sentence: str) -> bool:
    """A joined pair is a range when it reads as one: 'between A and B', 'A to B', 'A or B', 'A-B', 'A–B'."""
    word = gap.strip().lower()
    if _YEAR.fullmatch(low.text.strip()) and not _YEAR.fullmatch(high.text.strip()):
        return False  # "since February 2022 to 1,076,590": a year, then a figure
    if word == "and":
        return bool(_BETWEEN_BEFORE.search(before))
    if word == "or" and (gap == word or _YEAR.fullmatch(low.text.strip())):
        return False  # "three or four people" is a range, "in 2022 or 2023" is not
    if word in ("-", "–", "—") and gap != gap.strip() and word != "–":
        return False  # "killed 5 - wounded 7" reads as two figures
    low_value = _scaled_like(low, high)
    return 0 < low_value < high.value
