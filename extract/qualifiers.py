"""How exact a figure is: exact, approx, at_least, at_most or range, from the words around it."""
from __future__ import annotations

import re

from extract.numbers import Figure
from extract.tables import load, trie_regex

_Q = load("qualifiers")
# "about", "more than", "at least": the few qualifiers rules allow between a cue word and its figure, as a
# regex alternation (lower case, any white space inside).
LEADING = "|".join(r"\s+".join(p.split()) for p in _Q["leading"])
LEADING_ENDS = tuple(p.split()[-1] for p in _Q["leading"])  # the words a `LEADING` match ends with

_FILLER_WORDS = r"(?:(?:the|a|an|some|of|just|possibly|perhaps|reportedly|still|already|now|total|total\s+of|" \
                r"figure\s+of|toll\s+of|estimated)\s+)*$"


def _tail_pattern(phrases: list[str]) -> re.Pattern[str]:
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{body})\s*{_FILLER_WORDS}", re.IGNORECASE)


_FILLERS = ("the", "a", "an", "some", "of", "just", "possibly", "perhaps", "reportedly", "still", "already", "now",
            "total", "figure", "toll", "estimated")
_BEFORE = {kind: _tail_pattern(words) for kind, words in _Q["before"].items()}
# The words a `_BEFORE` pattern's match can end with (its phrases' last words, or a filler): on
# ASCII text, a pattern runs only when the text before the figure ends with one of them.
_BEFORE_ENDS = {kind: tuple({p.split()[-1].lower() for p in words} | set(_FILLERS))
                for kind, words in _Q["before"].items()}
_ANY_BEFORE_ENDS = tuple({end for ends in _BEFORE_ENDS.values() for end in ends})
# Every `_BEFORE` pattern at once, for lower-cased ASCII text (IGNORECASE is slow): it matches where
# the first of them matches, and its group names the kind, the first in alphabetical order on a tie.
_ANY_BEFORE = re.compile(r"(?<![\w-])(?:" + "|".join(f"(?P<{kind}>{trie_regex({p.lower() for p in _Q['before'][kind]})})"
                                                      for kind in sorted(_Q["before"])) + rf")\s*{_FILLER_WORDS}")
_AFTER = {kind: re.compile(r"^\s*(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w])", re.IGNORECASE)
          for kind, words in _Q["after"].items()}
_ORDER = ("at_most", "at_least", "approx")
# Every `_AFTER` pattern at once, in `_ORDER`: the group that matches names the first kind whose pattern does.
_ANY_AFTER = re.compile(r"\s*(?:" + "|".join(f"(?P<{kind}>" + "|".join(re.escape(w) for w in _Q["after"][kind]) + ")"
                                              for kind in _ORDER) + r")(?![\w])", re.IGNORECASE)
# How the words `_AFTER` looks for begin, lower-cased (at most two characters each).
_AFTER_STARTS = tuple({w[:2].lower() for words in _Q["after"].values() for w in words})
# "handed over 6,000 bodies", "took over", "turned over": a verb's particle, not "more than".
_PHRASAL = re.compile(r"\b(?:hand(?:ed|s|ing)?|turn(?:ed|s|ing)?|pass(?:ed|es|ing)?|t(?:ook|aken|ake|akes)|"
                      r"sign(?:ed|s|ing)?|give(?:n|s)?|gave|brought|carried|won|took|fought)\s+$", re.IGNORECASE)
# The words a `_PHRASAL` match ends with, for a check on lower-cased ASCII text.
_PHRASAL_ENDS = ("hand", "handed", "hands", "handing", "turn", "turned", "turns", "turning", "pass", "passed",
                 "passes", "passing", "took", "taken", "take", "takes", "sign", "signed", "signs", "signing", "give",
                 "given", "gives", "gave", "brought", "carried", "won", "fought")
# The qualifier that can be such a particle: "took up to 300", "taken as many as 150,000" are no phrasal verbs.
_PARTICLES = ("over",)


def _kind_before_slow(before: str) -> str | None:
    """The kind of the phrase before the figure: the earliest-starting match (then by name) not after a verb."""
    matches = [(m.start(), kind) for kind in _ORDER
               if (m := _BEFORE[kind].search(before))
               and not (m.group().lower().startswith(_PARTICLES) and _PHRASAL.search(before[:m.start()]))]
    return min(matches)[1] if matches else None


def _kind_before(before: str) -> str | None:
    """`_kind_before_slow`, with one case-sensitive search on ASCII text."""
    if not before.isascii():
        return _kind_before_slow(before)
    lower = before.lower()
    if not lower.rstrip().endswith(_ANY_BEFORE_ENDS):
        return None
    m = _ANY_BEFORE.search(lower)
    if m is None:
        return None
    head = lower[:m.start()]
    if lower.startswith(_PARTICLES, m.start()) and head.rstrip().endswith(_PHRASAL_ENDS) and _PHRASAL.search(head):
        # Every kind that matches there is a verb's particle; another may still match further on.
        return _kind_before_slow(before)
    return m.lastgroup


def _kind_after(after: str) -> str | None:
    """The kind of the words just after the figure ("or more", "or so"), the first in `_ORDER`."""
    start = after.lstrip()[:2]
    if start.isascii() and not start.lower().startswith(_AFTER_STARTS):
        return None  # on ASCII text the first two letters tell whether any of the words could follow
    m = _ANY_AFTER.match(after)
    return m.lastgroup if m else None


# "estimated in its December survey that 3.7 million …": an estimate's verb governing the figure's clause, with
# words between it and "that" (the verb just before "that" is one of the `_BEFORE` phrases).
_ESTIMATE_VERBS = tuple(_Q["estimate_verbs"])
_ESTIMATED_THAT = re.compile(rf"\b(?:{'|'.join(_ESTIMATE_VERBS)})\b[^.;:!?]{{0,60}}?\bthat\s+$", re.IGNORECASE)


def _estimated_that(sentence: str, start: int) -> bool:
    """Whether the figure at `start` opens a clause that an estimate's verb, further back, governs."""
    before = sentence[max(0, start - 90):start]
    return before.endswith("that ") and "stimat" in before and _ESTIMATED_THAT.search(before) is not None


def qualify(figure: Figure, sentence: str) -> tuple[str, int, int | None, int | None]:
    """(qualifier, value, low, high) per CLAIMS.md: at_least has no high, at_most no low, a range both ends."""
    if figure.is_range and figure.high is not None:
        return "range", figure.value, figure.value, figure.high
    if figure.vague:
        return "at_least", figure.value, figure.value, None
    before = "" if figure.text.lower().startswith("between") else sentence[max(0, figure.start - 40):figure.start]
    # The longest phrase before the figure wins ("just under" over "under"), then one after it.
    kind = _kind_before(before) or _kind_after(sentence[figure.end:figure.end + 15]) \
        or ("approx" if _estimated_that(sentence, figure.start) else None)
    if kind is None:
        return "exact", figure.value, figure.value, figure.value
    if kind == "at_least":
        return kind, figure.value, figure.value, None
    if kind == "at_most":
        return kind, figure.value, None, figure.value
    return kind, figure.value, figure.value, figure.value
