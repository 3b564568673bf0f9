"""What a figure counts: the noun phrase around it ("7,000 dead Russian soldiers", "the bodies of 502")."""
from __future__ import annotations

import re
from dataclasses import dataclass

from extract.numbers import Figure
from extract.qualifiers import LEADING
from extract.tables import AnyCase, load

_C = load("cues")
_WORD = re.compile(r"[\w'’-]+|[^\w\s]")
_BOUNDARY = set(",.;:!?()[]—–\"“”") | {"'", "-"}  # a lone "-" is a spaced dash: hyphens stay inside words
_G = load("grammar")
_STOP_VERBS = set(_G["noun_phrase_ends"]) | set(_C["phrase_end_prepositions"])  # "47,000 through May"
_ELLIPTICAL_NEXT = _STOP_VERBS | set(_G["elliptical_next"])


def _phrases(table: dict[str, list[str]]) -> dict[str, str]:
    return {p.lower(): key for key, words in table.items() for p in words}


_PEOPLE = _phrases(_C["people_nouns"])            # phrase → military / civilian / neutral
_BODY = {p.lower() for p in _C["body_nouns"]}
_FALLEN = {p.lower() for p in _C["fallen_adjectives"]}
_EXCLUDE = {p.lower() for p in _C["exclude_after"]}
CATEGORY_NOUNS = _CATEGORY_NOUNS = dict(_C["category_nouns"])
_PRISONERS = set(_C["prisoner_head_nouns"])
_MAX_WORDS = 7
_PRONOUNS = frozenset(word for word in _C["pronouns"] if " " not in word and word != "this")
_RELATIONS = frozenset(_C["relation_nouns"])


@dataclass(slots=True)  # no per-instance dict: one is made for every figure
class Head:
    """The figure's noun phrase, as far as it tells what is counted."""

    people: str | None = None        # military / civilian / neutral, from the people nouns
    body: bool = False               # bodies, remains, "the bodies of N"
    fallen: bool = False             # "dead soldiers", "fallen defenders"
    prisoners: bool = False          # prisoners, POWs, captives
    category: str | None = None      # a noun that names the category itself: deaths, refugees, losses
    excluded: bool = False           # tanks, cities, years: not people
    elliptical: bool = False         # "24 were returned": the noun is understood from before
    words: tuple[str, ...] = ()

    @property
    def counted(self) -> bool:
        """The phrase names people or bodies."""
        return bool(self.people or self.body or self.category)


def analyse(figure: Figure, sentence: str, next_start: int) -> Head:
    """Read the words after (and just before) the figure to tell what it counts."""
    head = Head()
    start = _defined_from(figure, sentence) if figure.start <= _ITEM_LEAD else figure.end
    after = sentence[start:min(next_start, start + 90)]
    after_lower = after.lower()
    words, first = _noun_phrase(after, after_lower)
    head.words = tuple(words)
    _read_words(head, words)
    before = sentence[max(0, figure.start - 45):figure.start].lower()
    if ("bod" in before or "remains" in before or "corpses" in before) and _BODY_OF.search(before):
        head.body = True
    elif sentence[:3] in ("Of ", "of ") and _FRONTED_BODY_OF.match(sentence, 0, figure.start):
        head.body = True  # "Of the remains returned in June, about 500 …": the part's noun, put first
    if _killed_and_wounded(after, after_lower):
        head.category = "casualties"  # "2,500 soldiers killed and wounded"
    if words and words[0] == "of" and after_lower.startswith(" of which"):
        head.excluded = True  # "33 drones, 14 of which were shot down": "which" is of things, "whom" of people
    elif _of_relatives(words):
        head.excluded = True
    if not (head.counted or head.excluded):
        # "against 78 it has handed back": the noun is understood, and a pronoun begins the clause on it
        head.elliptical = (first is None or first in _BOUNDARY or first in _ELLIPTICAL_NEXT or first in _PRONOUNS
                           or (first.endswith("ed") and len(first) > 4 and not _participle_on_noun(words)))
    return head


def _of_relatives(words: list[str]) -> bool:
    """ "2,000 relatives of missing soldiers", "families of the fallen": those who wait for news, not the harmed."""
    if "of" not in words[1:3]:
        return False
    of = words.index("of")
    return " ".join(words[:of]) in _RELATIONS


def _participle_on_noun(words: list[str]) -> bool:
    """ "two destroyed apartment blocks": a participle that qualifies a plural noun after it (one that names no
    people, or the phrase would count them), not the verb of an understood one ("12 evacuated overnight")."""
    return len(words) > 1 and words[-1].endswith("s") and words[-1].isalpha()


# "- **24** — people killed …", "Just under 500 — residents evacuated": a list item whose figure comes first
# (at most a qualifier and markup before it), then a dash, then what it counts.
_QUALIFIER_WORDS = "|".join(re.escape(p).replace(r"\ ", r"\s+")
                            for words in load("qualifiers")["before"].values() for p in words)
_LEADS_ITEM = re.compile(rf"[\s*_#>•-]*(?:(?:{_QUALIFIER_WORDS})\s+)?", re.IGNORECASE)
_DEFINING_DASH = re.compile(r"[*_]*\s+[—–-]\s+")
_ITEM_LEAD = 20  # characters: the most that markup and a qualifier take before a list item's figure


def _defined_from(figure: Figure, sentence: str) -> int:
    """Where the words that tell what the figure counts begin: past the dash of a "N — what" list item."""
    end = figure.end
    if sentence.find("—", end, end + 5) < 0 and sentence.find("–", end, end + 5) < 0 \
            and sentence.find(" - ", end, end + 5) < 0:
        return end
    if not _LEADS_ITEM.fullmatch(sentence, 0, figure.start):
        return end
    dash = _DEFINING_DASH.match(sentence, end)
    return dash.end() if dash else end


def _noun_phrase(after: str, after_lower: str) -> tuple[list[str], str | None]:
    """The words of the noun phrase after the figure, lower-cased (up to a boundary, a verb or
    `_MAX_WORDS`), and the first of `_WORD`'s tokens there (None when there is none).

    No token spans white space (str.split and the regex's \\s agree on what that is), so the text is
    split there first and only a piece that is not one plain word goes through the regex.
    """
    ascii_text = after.isascii()
    # Lower-casing ASCII text first splits it into the same words, lower-cased in one go.
    text = after_lower if ascii_text else after
    words: list[str] = []
    first = None
    # Each piece holds a token: the phrase ends by the last piece, the rest of the text.
    for piece in text.split(None, _MAX_WORDS + 1):
        if piece.isalnum():  # all word characters: one token
            tokens = [piece if ascii_text else piece.lower()]
        elif ascii_text:
            tokens = _WORD.findall(piece)
        else:
            tokens = [t.lower() for t in _WORD.findall(piece)]
        for token in tokens:
            if first is None:
                first = token
            if token in _BOUNDARY or len(words) >= _MAX_WORDS or token in _STOP_VERBS:
                return words, first
            words.append(token)
    return words, first


_KILLED_AND_WOUNDED = AnyCase(r"\s*(?:[\w-]+\s+){0,3}(?:killed|dead)\s*(?:,|and|or)\s*(?:wounded|injured)\b")


def _killed_and_wounded(after: str, after_lower: str) -> bool:
    """Does `_KILLED_AND_WOUNDED` match the start of the text? On ASCII text only if "killed" or
    "dead" is in its lower case, and then its case-sensitive twin there tells the same."""
    if not after.isascii():
        return _KILLED_AND_WOUNDED.match(after, None) is not None
    if "killed" not in after_lower and "dead" not in after_lower:
        return False
    return _KILLED_AND_WOUNDED.match(after, after_lower) is not None


_BODY_OF = re.compile(rf"\b(bodies|remains|corpses|body)\s+of\s+(?:(?:the|{LEADING}|roughly|up\s+to|another|"
                      r"a\s+further|an\s+estimated)\s+)*$")

# "Of the bodies handed over last week, just under 500 …": a part whose whole, bodies, opens the sentence.
_FRONTED_BODY_OF = re.compile(r"of\s+(?:the|these|those|all\s+the)\s+(?:[^,;]{0,40}?\s)?(?:bodies|remains|corpses)\b"
                              r"[^,;]{0,60},\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


# Every phrase `_read_words` knows: people, bodies, excluded things, category nouns.
_KNOWN = set(_PEOPLE) | _BODY | _EXCLUDE | set(_CATEGORY_NOUNS)


def _longer_phrases(phrases: set[str]) -> dict[str, tuple[int, ...]]:
    """The word counts (two or three, largest first) of the phrases of several words, by their first word."""
    sizes: dict[str, set[int]] = {}
    for phrase in phrases:
        words = phrase.split(" ")
        if 1 < len(words) <= 3:
            sizes.setdefault(words[0], set()).add(len(words))
    return {word: tuple(sorted(counts, reverse=True)) for word, counts in sizes.items()}


_KNOWN_LONGER = _longer_phrases(_KNOWN)


def _longest_known(words: list[str], i: int) -> str | None:
    """The longest known phrase of up to three words starting at word i: few words start a longer one."""
    word = words[i]
    for size in _KNOWN_LONGER.get(word, ()):
        if i + size <= len(words):
            phrase = " ".join(words[i:i + size])
            if phrase in _KNOWN:
                return phrase
    return word if word in _KNOWN else None


_CASE_NOUNS = frozenset(_C["case_nouns"])


def cases_of_people(words: list[str]) -> bool:
    """Do the words open with "cases of" people ("cases of civilians detained"), each case a person counted?"""
    return len(words) > 2 and words[0] in _CASE_NOUNS and words[1] == "of" and words[2] in _PEOPLE


def _read_words(head: Head, words: list[str]) -> None:
    i = 2 if cases_of_people(words) else 0
    while i < len(words):
        phrase = _longest_known(words, i)
        if phrase is None:
            head.fallen = head.fallen or words[i] in _FALLEN
            i += 1
            continue
        if phrase in _EXCLUDE and not head.counted and phrase not in _PEOPLE:
            head.excluded = True
            return
        head.body = head.body or phrase in _BODY
        head.prisoners = head.prisoners or phrase in _PRISONERS
        adjective = phrase in _FALLEN and not _PEOPLE.keys().isdisjoint(words[i + 1:])
        if adjective:
            head.fallen = True
        elif phrase in _CATEGORY_NOUNS and head.category is None:
            head.category = _CATEGORY_NOUNS[phrase]
        if phrase in _PEOPLE and not adjective:
            kind = _PEOPLE[phrase]
            if head.people is None or (head.people == "neutral" and kind != "neutral"):
                head.people = kind
        i += phrase.count(" ") + 1  # its words (tokens hold no white space)
