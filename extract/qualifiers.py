"""How exact a figure is: exact, approx, at_least, at_most or range, from the words around it."""
from __future__ import annotations

import re

from extract.numbers import Figure
from extract.tables import load

_Q = load("qualifiers")


def _tail_pattern(phrases: list[str]) -> re.Pattern[str]:
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{body})\s*(?:(?:the|a|an|some|of|just|possibly|perhaps|reportedly|"
                      rf"still|already|now|total|total\s+of|figure\s+of|toll\s+of|estimated)\s+)*$", re.IGNORECASE)


_FILLERS = ("the", "a", "an", "some", "of", "just", "possibly", "perhaps", "reportedly", "still", "already", "now",
            "total", "figure", "toll", "estimated")
_BEFORE = {kind: _tail_pattern(words) for kind, words in _Q["before"].items()}
# The words a `_BEFORE` pattern's match can end with (its phrases' last words, or a filler): on
# ASCII text, a pattern runs only when the text before the figure ends with one of them.
_BEFORE_ENDS = {kind: tuple({p.split()[-1].lower() for p in words} | set(_FILLERS))
                for kind, words in _Q["before"].items()}
_AFTER = {kind: re.compile(r"^\s*(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w])", re.IGNORECASE)
          for kind, words in _Q["after"].items()}
_ORDER = ("at_most", "at_least", "approx")
# "handed over 6,000 bodies", "took over", "turned over": a verb's particle, not "more than".
_PHRASAL = re.compile(r"\b(?:hand(?:ed|s|ing)?|turn(?:ed|s|ing)?|pass(?:ed|es|ing)?|t(?:ook|aken|ake|akes)|"
                      r"sign(?:ed|s|ing)?|give(?:n|s)?|gave|brought|carried|won|took|fought)\s+$", re.IGNORECASE)


def qualify(figure: Figure, sentence: str) -> tuple[str, int, int | None, int | None]:
    """(qualifier, value, low, high) per CLAIMS.md: at_least has no high, at_most no low, a range both ends."""
    if figure.is_range and figure.high is not None:
        return "range", figure.value, figure.value, figure.high
    before = sentence[max(0, figure.start - 40):figure.start]
    if figure.text.lower().startswith("between"):
        before = ""
    # The longest phrase before the figure wins ("just under" over "under"), then one after it.
    tail = before.lower().rstrip() if before.isascii() else None
    matches = sorted((m.start(), kind) for kind in _ORDER
                     if (tail is None or tail.endswith(_BEFORE_ENDS[kind])) and (m := _BEFORE[kind].search(before))
                     and not _PHRASAL.search(before[:m.start()]))
    after = sentence[figure.end:figure.end + 15]
    matches += [(len(before), kind) for kind in _ORDER if _AFTER[kind].match(after)]
    if figure.vague:
        return "at_least", figure.value, figure.value, None
    if not matches:
        return "exact", figure.value, figure.value, figure.value
    kind = matches[0][1]
    if kind == "at_least":
        return kind, figure.value, figure.value, None
    if kind == "at_most":
        return kind, figure.value, None, figure.value
    return kind, figure.value, figure.value, figure.value
