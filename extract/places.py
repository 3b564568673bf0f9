"""Where a figure is about: the most specific place named near it, from the gazetteer."""
from __future__ import annotations

import re
from functools import lru_cache

from extract.numbers import Figure
from extract.tables import any_of, load, phrase_pattern

_P = load("places")
_CANONICAL = {a.lower(): name for name, entry in _P["places"].items() for a in entry["aliases"]}
_KIND = {name: entry["kind"] for name, entry in _P["places"].items()}
_COUNTRY = {name: entry["country"] for name, entry in _P["places"].items()}
_NAMES_CI = phrase_pattern(list(_CANONICAL))
_ACTORS = set(_P["actor_places"])
_NEVER = set(_P["never_figure_place"])
_LOCATIVE = re.compile(r"\b(?:" + "|".join(map(re.escape, _P["locative_before"])) + r")\s+(?:the\s+)?"
                       r"(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_NOT_ABOUT_BEFORE = re.compile(r"\b(?:" + "|".join(map(re.escape, _P["not_about_before"])) + r")\s+(?:the\s+)?$",
                               re.IGNORECASE)
_NOT_ABOUT_AFTER = re.compile(r"^['’]?s?\s*(?:" + "|".join(map(re.escape, _P["not_about_after"])) + r")\b",
                              re.IGNORECASE)
_NEAR = re.compile(r"\b(?:" + "|".join(map(re.escape, _P["near_before"])) + r")\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
                   re.IGNORECASE)
# "peace talks held in Istanbul": where people met, not where the figure is.
_MEETING_BEFORE = re.compile(r"\b(?:talks|negotiations|summit|meeting|agreements?|deal|conference|mediation|"
                             r"memorandum|accords?)\b[^,.;]{0,20}$", re.IGNORECASE)
_STRICT_LOCATIVE = re.compile(r"\b(?:in|at|from|around|across|outside|into|inside|within|throughout|on)\s+"
                              r"(?:the\s+)?(?:(?:capital|city|centre|center|region|territory|soil|of)\s+)*$", re.IGNORECASE)
_SUFFIX = re.compile(r"^\s+(?:" + "|".join(_P["place_suffixes"]) + r")\b", re.IGNORECASE)
_NOT_ABOUT_ENDS = tuple({p.split()[-1] for p in _P["not_about_before"]} | {"the"})
_MEETING_WORDS = any_of(("talks", "negotiations", "summit", "meeting", "agreement", "deal", "conference",
                         "mediation", "memorandum", "accord"))
_NEAR_WORDS = any_of([max(p.split(), key=len) for p in _P["near_before"]])
_SPACES = re.compile(r"\s+")
_SPECIFICITY = {"site": 5, "village": 4, "town": 3, "city": 3, "region": 2, "area": 1, "country": 0}


@lru_cache(maxsize=256)
def _mentions(sentence: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, place, near): "near Kyiv" is kept but weaker than "in Bucha"."""
    found = []
    for m in _NAMES_CI.finditer(sentence):
        if not sentence[m.start()].isupper():  # places are capitalised
            continue
        name = _CANONICAL.get(_SPACES.sub(" ", m.group().lower()))
        if not name or name in _NEVER:
            continue
        before = sentence[max(0, m.start() - 30):m.start()]
        after = sentence[m.end():m.end() + 25]
        # On ASCII text, cheap tests on the words before decide which `$`-anchored patterns could match.
        lower = before.lower() if before.isascii() else None
        if (_NOT_ABOUT_AFTER.match(after)
                or ((lower is None or lower.rstrip().endswith(_NOT_ABOUT_ENDS)) and _NOT_ABOUT_BEFORE.search(before))
                or ((lower is None or _MEETING_WORDS.search(lower)) and _MEETING_BEFORE.search(before))):
            continue
        if name in _ACTORS and not (_STRICT_LOCATIVE.search(before) or _SUFFIX.match(after)):
            continue
        if name == "Kyiv" and _SUFFIX.match(after):
            name = "Kyiv region"
        near = (lower is None or _NEAR_WORDS.search(lower) is not None) and _NEAR.search(before) is not None
        found.append((m.start(), m.end(), name, near))
    return found


_COORDINATION = re.compile(r"[\w\s-]{0,40}\b(?:and|or)\s+(?:[\w-]+\s+){0,2}", re.IGNORECASE)


def _belongs_to(other: Figure, figure: Figure, mention: tuple[int, int, str, bool], sentence: str) -> bool:
    """A place said just after another figure is that figure's ("…, 397 of them from Donetsk"), unless
    the two figures share one phrase: "killed two people and wounded five in Kherson"."""
    if not 0 <= mention[0] - other.end <= 40:
        return False
    return not (other.start > figure.end and _COORDINATION.fullmatch(sentence[figure.end:other.start]))


def place_of(figure: Figure, sentence: str, lo: int, hi: int, others: list[Figure] = ()) -> str | None:
    """The place in the figure's own stretch (nearest after it, then before it), else the sentence's most specific.

    A place said of another figure ("397 of them from Donetsk") is that figure's, not this one's.
    """
    mentions = _mentions(sentence)
    if not mentions:
        return None
    own = [m for m in mentions if lo <= m[0] and m[1] <= hi]
    if own:
        # "Donetsk Region (443)": a figure in brackets belongs to the place just before it.
        if sentence[max(0, figure.start - 2):figure.start].strip() == "(":
            before = [m for m in own if m[1] <= figure.start]
            if before:
                return before[-1][2]
        # "24 were returned from Luhansk and 64 from Zaporizhzhia": the place said after the figure;
        # otherwise the most specific place of its stretch.
        after = [m for m in own if m[0] >= figure.end and _LOCATIVE.search(sentence[max(0, m[0] - 30):m[0]])]
        if after:
            return sorted(after, key=lambda m: m[3])[0][2]
        return max(own, key=lambda m: (not m[3], _SPECIFICITY.get(_KIND[m[2]], 0), -abs(m[0] - figure.start)))[2]
    free = [m for m in mentions if not any(_belongs_to(other, figure, m, sentence) for other in others)]
    if not free:
        return None
    return max(free, key=lambda m: (not m[3], _SPECIFICITY.get(_KIND[m[2]], 0), -abs(m[0] - figure.start)))[2]


def places_in(text: str) -> list[str]:
    """Every gazetteer place named in the text, canonical spelling (case-insensitive; for queries)."""
    return [_CANONICAL[_SPACES.sub(" ", m.group().lower())] for m in _NAMES_CI.finditer(text)]


def in_russia(place: str) -> bool:
    """True for places in Russia proper (Belgorod, Kursk, …), where civilians are Russia's."""
    return _COUNTRY.get(place) == "ru"


def is_country(place: str) -> bool:
    """True for a whole country rather than a region or town in it."""
    return _KIND.get(place) == "country"


_DATELINE = re.compile(r"^\s*([A-Z][A-Z'’ -]{2,30}?)(?:/[A-Z'’ -]+)?\s*(?:,|\(|—|–|-)")


def article_place(title: str, text: str) -> str | None:
    """The one place an article is about, from its title or its dateline ("KURSK, 14 January —")."""
    dateline = _DATELINE.match(text)
    lines = [title] + ([dateline.group(1).title()] if dateline else [])
    found = {m[2] for line in lines for m in _mentions(line) if not m[3] and _KIND[m[2]] != "country"}
    return found.pop() if len(found) == 1 else None
