"""What a figure counts: its category (killed, wounded, … displaced) and population (military, civilian)."""
from __future__ import annotations

import re
from functools import lru_cache

from extract.attribution import ALIAS_PHRASES, ALIASES
from extract.heads import CATEGORY_NOUNS, Head
from extract.numbers import FIGURE_WORDS, Figure, swap_context
from extract.qualifiers import LEADING, LEADING_ENDS
from extract.tables import AnyCase, Phrases, any_of, joins_word, load, phrase_pattern, trie_regex

_C = load("cues")
_G = load("grammar")
_PLACES = load("places")["places"]
_UNITS = load("numbers")["units"]
_CUE_CATEGORY = {p.lower(): cat for cat, words in _C["categories"].items() for p in words}
# "Russia is holding 16,000 Ukrainians": holding counts captives only when a warring state holds them (not "the city
# still holds 30,000 residents", "holding a line with 300 men").
_CUE_CATEGORY.update({f"{state.lower()} {verb}": "captured"
                      for state in _C["warring_states"] for verb in _C["holding_verbs"]})
# "8,000 whose captivity has been confirmed", "whose captivity Russia has admitted": captives a side confirms (not "whose
# captivity remains unconfirmed").
_CONFIRMED = _C["confirmed_captivity"]
_CUE_CATEGORY.update({f"whose captivity {holder} {aux}{verb}": "captured"
                      for holder in [s.lower() for s in _C["warring_states"]] + _CONFIRMED["sides"]
                      for aux in [""] + [a + " " for a in _CONFIRMED["auxiliaries"]] for verb in _CONFIRMED["verbs"]})
_CUE_CATEGORY.update({f"whose captivity {passive} {verb}": "captured"
                      for passive in _CONFIRMED["passives"] for verb in _CONFIRMED["verbs"] if verb != "admitted"})
_CUES = phrase_pattern(list(_CUE_CATEGORY))
_RETURN = phrase_pattern(_C["return_cues"])
_HELD = phrase_pattern(_C["held_cues"])
_STRONG_HELD = phrase_pattern(_C["strong_held_cues"])
_BODIES = phrase_pattern(_C["body_nouns"])
_EXCHANGE = phrase_pattern(_C["exchange_cues"])
_EITHER = set(_C["people_nouns"]["military"]) & set(_C["people_nouns"]["civilian"])  # "volunteers": no cue to either
_POPULATION = {p.lower(): kind for kind, words in _C["people_nouns"].items() if kind != "neutral" for p in words
               if p not in _EITHER}
_POPULATION_CUES = phrase_pattern(list(_POPULATION))
_CIVILIAN_CONTEXT = phrase_pattern(_C["civilian_context"])
_SPEECH_WORDS = "|".join(sorted((v for v in _C["speech_verbs"] if v.isalpha()), key=len, reverse=True))
_NOT_PEOPLE_AFTER = AnyCase(r"\s+(?:administrations?|intelligence|governor|spokes\w+|officials?|prosecutors?|"
                            r"command|analysts?|experts?|bloggers?|correspondents?|equipment|aid|bases?|"
                            r"hospitals?|courts?|leadership|authorities|sources|operation|facilities|"
                            r"targets|infrastructure|objects|enlistment|recruitment|"
                            # "volunteers have confirmed 90,019 names": who speaks, not who is counted
                            rf"(?:had|have|has)\s+(?:{_SPEECH_WORDS})|said|says|told)\b")
_WEAK_CIVILIAN_WORDS = ("people", "persons", "residents", "victims")
_WEAK_CIVILIAN_BEFORE = AnyCase(rf"\b(?:{'|'.join(_WEAK_CIVILIAN_WORDS)})\b")
_WEAK_CIVILIAN = set(_C["weak_civilian_nouns"])
# Cue words that only name a category when what is counted is people, not bodies.
_PEOPLE_ONLY = {"prisoners_exchanged", "captured"}
_SPACES = re.compile(r"\s+")
_NEAR = 70  # characters: how far a cue may stand from its figure within its own stretch


# Any word that can make a figure a claim: a category cue, or a noun or verb of bodies and captives.
_ANY = phrase_pattern(list(_CUE_CATEGORY) + _C["body_nouns"] + _C["return_cues"] + _C["held_cues"]
                      + _C["exchange_cues"] + list(CATEGORY_NOUNS))


# "It was 146 for 146": a swap, the same number on each side, is a claim with no other word of one.
_SWAP = re.compile(r"(\d[\d,.]*)\s+for\s+(\d[\d,.]*)")


def mentions_casualties(sentence: str) -> bool:
    """A cheap first look: could any figure in this sentence be a claim on its own?"""
    return _ANY.search(sentence) is not None or (" for " in sentence and _swaps(sentence)) \
        or ("left the " in sentence and bool(_left_places(sentence))) or bool(_moved_cues(sentence))


def _swaps(sentence: str) -> bool:
    """Is there an "N for M" swap: the same figure on each side ("115 for 115"), or any in talk of an exchange
    (not "Voting ended 52 for 48", "Tickets cost 200 for 2 people")?"""
    for match in _SWAP.finditer(sentence):
        if match[1].rstrip(",.") == match[2].rstrip(",.") or swap_context(sentence.lower()):
            return True
    return False


@lru_cache(maxsize=256)
def cues(sentence: str) -> list[tuple[int, int, str]]:
    """Every category cue in the sentence: (start, end, category), except words inside a source's
    name ("… for the Treatment of Prisoners of War")."""
    found = [(m.start(), m.end(), _cue(m.group())) for m in _CUES.finditer(sentence)]
    if "fell" in sentence or "fallen" in sentence:
        found = [f for f in found if f[2] not in _NUMBER_CHANGES
                 or not (_changes_number(sentence, f[1]) or _place_falls(sentence, f[0]))]
    if not _THING_PARTICIPLES.isdisjoint(cue for _, _, cue in found):  # "residents of the destroyed building"
        found = [f for f in found if f[2] not in _THING_PARTICIPLES or not _follows(sentence, f[0], _DETERMINERS)
                 or _FIGURE_NEXT.match(sentence, f[1])]  # "… the destroyed 40 …": a figure, not a thing's noun
    if "xecution" in sentence:  # "in the execution of combat missions": carrying out, not killing
        found = [f for f in found if f[2] not in _EXECUTIONS or not _EXECUTED_TASK.match(sentence, f[1])]
    if _PRETEND_WORDS.search(sentence):  # "subjected to mock executions": no one died
        found = [f for f in found if not _follows(sentence, f[0], _PRETENDS)]
    if "either" in sentence:
        denied = [(m.start(), m.end()) for m in _NEITHER_NOR.finditer(sentence)]
        found = [f for f in found if not any(lo <= f[0] < hi for lo, hi in denied)]
    if not _FREEING.isdisjoint(cue for _, _, cue in found):  # "since the village was freed": a place taken back
        found = [f for f in found if f[2] not in _FREEING or not _place_freed(sentence, f[0])]
    if "shot down" in sentence:  # "35 were shot down": aircraft or drones, not people shot
        found = [f for f in found if not sentence.startswith(" down", f[1])]
    if _NAME_CUES.isdisjoint(cue for _, _, cue in found):
        named = [(start, end, _CUE_CATEGORY[cue]) for start, end, cue in found]  # no need to look for names
    else:
        names = [(m.start(), m.end()) for m in ALIASES.finditer(sentence)]
        named = [(start, end, _CUE_CATEGORY[cue]) for start, end, cue in found
                 if not any(name_start <= start < name_end for name_start, name_end in names)]
    if "left the " in sentence:
        named = sorted(named + [(m.start(), m.end(), "displaced") for m in _left_places(sentence)])
    moved = _moved_cues(sentence)
    return sorted(named + moved) if moved else named


# "150,000 people left the Sudzha and Korenevo districts", "left the city": leaving a place, not a job or a unit.
_LEFT_PLACE = re.compile(rf"\bleft\s+the\s+(?:[A-Z][\w'’-]*(?:,|\s+and|\s+or)?\s+){{0,4}}"
                         rf"(?:(?:{'|'.join(_C['place_label_modifiers'])})\s+)?(?:{'|'.join(_C['place_labels'])})\b")
# "500 troops left the town", "Russian forces left the city": soldiers withdrawing or moving, not displaced people.
_MILITARY_LEAVERS = "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(
    _C["people_nouns"]["military"] + _C["military_unit_nouns"] + _C["left_place_military_nouns"], key=len,
    reverse=True))
_MILITARY_LEFT = re.compile(rf"\b(?:{_MILITARY_LEAVERS})"
                            rf"\s+(?:(?:{'|'.join(_C['perfect_auxiliaries'] + _C['left_place_fillers'])})\s+)?$",
                            re.IGNORECASE)


def _left_places(sentence: str) -> list[re.Match[str]]:
    """The "left the <place>" of a sentence whose leavers are not soldiers (a cheap test for "left the " first)."""
    return [m for m in _LEFT_PLACE.finditer(sentence)
            if not _MILITARY_LEFT.search(sentence, max(0, m.start() - 60), m.start())]


# "had taken between 150 and 200 children out of Kostiantynivka": a verb of taking, the people taken, then its
# particle, "out of" (the cue), which says they were moved out.
_TAKEN_OUT = re.compile(rf"\b(?:{'|'.join(_C['taking_verbs'])})\s+(?:[\w'’,-]+\s+){{1,6}}?(out\s+of)\b",
                        re.IGNORECASE)
# What "out of" takes people out of: a named place ("out of Kostiantynivka") or a place word ("out of the border
# villages"), not "out of the rubble", "out of a basement".
_GAZETTEER_NAMES = [a for entry in _PLACES.values() for a in entry["aliases"]]
_OUT_OF_MODIFIERS = "|".join(_C["place_label_modifiers"] + _C["taken_out_modifiers"])
_OUT_OF_PLACE = re.compile(rf"\s+(?:(?:{'|'.join(_C['determiners'])})\s+)?"
                           rf"(?:(?:{trie_regex(_GAZETTEER_NAMES)})(?![\w-])|"
                           rf"(?:[A-Z][\w'’-]*\s+){{0,3}}(?:(?:{_OUT_OF_MODIFIERS})\s+)?"
                           rf"(?:{'|'.join(_C['place_labels'] + _C['taken_out_places'])})\b)")
# "civilians who were taken from the Kursk region to Ukraine": taken across the front, as "taken to Russia" is.
_TAKEN_ACROSS = re.compile(rf"\btaken\s+from\s+[^,;.]{{1,40}}?\s+(?:to|into)\s+(?:{'|'.join(_C['warring_states'])})\b")


def _moved_cues(sentence: str) -> list[tuple[int, int, str]]:
    """The cues that a verb split from its particle makes ("taken … out of": displaced) or a verb of taking with
    where from and where to ("taken from Kursk to Ukraine": captured), a cheap test for each first."""
    found = []
    if " out of " in sentence:
        for m in _TAKEN_OUT.finditer(sentence):
            last = sentence[m.start():m.start(1)].split()[-1].lower()
            if not last[-1:].isdecimal() and last not in FIGURE_WORDS \
                    and _OUT_OF_PLACE.match(sentence, m.end(1)):  # not "took 3 out of 10", "out of the rubble"
                found.append((m.start(1), m.end(1), "displaced"))
    if "taken from " in sentence:
        found += [(m.start(), m.end(), "captured") for m in _TAKEN_ACROSS.finditer(sentence)]
    return found


_NUMBER_CHANGES = frozenset(_C["number_change_cues"])
_FREEING = frozenset(_C["categories"]["prisoners_exchanged"])
_CHANGE_AFTER = re.compile(rf"\s+(?:to|by|from|below|under|{'|'.join(_C['number_change_adverbs'])})\b")


# "neither confirmed dead nor in captivity": what those counted are not, to the end of the clause.
_NEITHER_NOR = re.compile(r"\bneither\b[^,;:.()]*?\bnor\b[^,;:.()]*", re.IGNORECASE)


# Cue words that after a determiner describe a thing ("the destroyed building"), not what befell people.
_THING_PARTICIPLES = frozenset(_C["thing_participles"])
_DETERMINERS = frozenset(_C["determiners"])
_PRETENDS = frozenset(_C["pretend_modifiers"])
_FIGURE_NEXT = re.compile(rf"\s+(?:(?:{LEADING})\s+)?\d")
_EXECUTIONS = frozenset(_C["execution_cues"])
_EXECUTED_TASK = re.compile(rf"\s+of\s+(?:[\w'’-]+\s+){{0,2}}?(?:{'|'.join(_C['executed_task_nouns'])})\b",
                            re.IGNORECASE)
_PRETEND_WORDS = any_of([w for word in _C["pretend_modifiers"] for w in (word, word.capitalize())])


def _follows(sentence: str, start: int, words: frozenset[str]) -> bool:
    """Is the word just before the cue starting at `start` one of the (lower-case) words?"""
    before = sentence[max(0, start - 12):start].split()
    return bool(before) and before[-1].lower() in words


# A town, or a place's kind: "the city fell in May", "when Avdiivka fell": taken, not people who died.
_PLACE_WORDS = frozenset(_C["place_labels"]) | {alias.lower() for alias in _GAZETTEER_NAMES if " " not in alias}


_PLACE_ORIGIN = frozenset(_C["place_origin_prepositions"])


def _place_falls(sentence: str, start: int) -> bool:
    """Is the cue of `_NUMBER_CHANGES` starting at `start` said of a place ("the city fell"), not of people?"""
    words = sentence[max(0, start - 30):start].split()
    if not words or words[-1].lower() not in _PLACE_WORDS:
        return False
    # "soldiers from Kharkiv fell", "men from the village fell": the place says where they came from
    origin = words[-3] if len(words) > 2 and words[-2].lower() == "the" else words[-2] if len(words) > 1 else ""
    return origin.lower() not in _PLACE_ORIGIN


_PASSIVE_AUXILIARIES = frozenset(_C["passive_auxiliaries"])
_AUXILIARIES = _PASSIVE_AUXILIARIES | frozenset(_C["perfect_auxiliaries"])
_PREPOSITIONS = _PLACE_ORIGIN | frozenset(_G["place_prepositions"] + _G["noun_prepositions"]
                                          + _C["motion_prepositions"])


def _place_freed(sentence: str, start: int) -> bool:
    """Is the cue starting at `start` a passive said of a place ("since the village was freed", "Kherson had been
    liberated"): taken back, not people set free ("residents of the Kursk region were freed" are people)?"""
    words = sentence[max(0, start - 40):start].split()
    if not words or words[-1].lower() not in _PASSIVE_AUXILIARIES:
        return False  # not "Kyiv has returned 3,100 people"
    while words and words[-1].lower() in _AUXILIARIES:
        words.pop()
    if not words or words[-1].lower() not in _PLACE_WORDS:
        return False
    i = len(words) - 2
    while i >= 0 and (words[i][:1].isupper() or words[i] == "the"):
        i -= 1  # the rest of the place's name: "the Kursk region"
    return i < 0 or words[i].lower() not in _PREPOSITIONS  # not "men from the village", "a push into the region"


def _changes_number(sentence: str, end: int) -> bool:
    """Does the cue of `_NUMBER_CHANGES` ending at `end` tell of a number going down ("the number …
    has fallen to 3.7 million"), not of death?"""
    return _CHANGE_AFTER.match(sentence, end) is not None


def _cue(matched: str) -> str:
    """The cue phrase a match of `_CUES` (in lower case already) stands for: its white space as single spaces."""
    return matched if matched in _CUE_CATEGORY else _SPACES.sub(" ", matched)


def _may_start_inside(cue: str, name: str) -> bool:
    """Could a match of the cue start inside a match of the name? Both read the same text from
    the cue's first letter, which starts a word of the name, and where the shorter one ends the
    other must not carry on the word (both end before no letter, digit, "_" or "-")."""
    for i in range(len(name)):
        if i and joins_word(name[i - 1]):
            continue  # a cue starts a word
        rest = name[i:]
        if (rest.startswith(cue) and (len(rest) == len(cue) or not joins_word(rest[len(cue)]))) \
                or (cue.startswith(rest) and not joins_word(cue[len(rest)])):
            return True
    return False


# The cues that a source's name can hold ("prisoners of war", "refugees"): only a sentence with
# one of them needs its names looked up.
_NAME_CUES = {cue for cue in _CUE_CATEGORY if any(_may_start_inside(cue, name) for name in ALIAS_PHRASES)}


def _nearest(found: list[tuple[int, int, str]], figure: Figure, lo: int, hi: int,
             allowed: set[str] | frozenset[str] | None = None) -> str | None:
    """The category of the cue between lo and hi nearest the figure (of the allowed ones, if given)."""
    best: str | None = None
    best_distance = 0
    figure_start, figure_end = figure.start, figure.end
    for start, end, category in found:
        if start < lo or end > hi or (allowed is not None and category not in allowed):
            continue
        if start >= figure_end:
            distance = start - figure_end
        elif end <= figure_start:
            distance = figure_start - end + 3  # a cue after the figure wins a tie
        else:
            continue
        if best is None or distance < best_distance:
            best, best_distance = category, distance
    return best


def _within(pattern: Phrases, sentence: str, lo: int, hi: int) -> bool:
    """Does the pattern match somewhere between lo and hi?"""
    for start, end in _spans(pattern, sentence):
        if lo <= start and end <= hi:
            return True
    return False


@lru_cache(maxsize=1024)
def _spans(pattern: Phrases, sentence: str) -> tuple[tuple[int, int], ...]:
    """Where the pattern matches in the sentence, once per sentence."""
    return tuple((m.start(), m.end()) for m in pattern.finditer(sentence))


# "30,000 soldiers have returned to their units": back at their posts, not home from captivity.
_NOT_EXCHANGE_AFTER = re.compile("|".join(r"\s+" + r"\s+".join(map(re.escape, p.split())) + r"\b"
                                          for p in sorted(_C["not_exchange_after_return"], key=len, reverse=True)),
                                 re.IGNORECASE)


# "helped reunite 37 children with their parents": a return only for children or deportees brought back to their
# families (not "reunite 200 families separated by the war", "veterans reunited in Kyiv").
_REUNITED_WITH = re.compile(rf"^reunit\w*\b[^.;]{{0,80}}?\bwith\s+(?:(?:their|his|her)\s+)?"
                            rf"(?:{'|'.join(_C['relation_nouns'])})\b", re.IGNORECASE)
_REUNION_RETURNEES = phrase_pattern(_C["reunion_returnees"])


def _no_return_reunion(sentence: str, start: int) -> bool:
    """Is the exchange word at `start` a "reunite" that tells of no return of children or deportees?"""
    return sentence.startswith(("reunit", "Reunit"), start) \
        and not (_REUNITED_WITH.match(sentence[start:]) and _REUNION_RETURNEES.search(sentence) is not None)


@lru_cache(maxsize=256)
def _exchange_spans(sentence: str) -> tuple[tuple[int, int], ...]:
    """Where words of an exchange or release stand in the sentence, but not a return to soldiers' posts."""
    return tuple((start, end) for start, end in _spans(_EXCHANGE, sentence)
                 if not _NOT_EXCHANGE_AFTER.match(sentence, end) and not _no_return_reunion(sentence, start)
                 and not _place_freed(sentence, start))


_HOMECOMING = phrase_pattern(_C["homecoming_phrases"])
_CAPTIVE_WORDS = phrase_pattern(_C["captivity_words"])


def _homecoming_only(sentence: str) -> bool:
    """Does the sentence tell of people returning to their country ("have returned to Ukraine", not "have been
    returned": handed over) with no word of prisoners, captivity or an exchange?"""
    return "return" in sentence and _HOMECOMING.search(sentence) is not None \
        and _CAPTIVE_WORDS.search(sentence) is None and "been returned" not in sentence.lower()


def _exchange_within(sentence: str, lo: int, hi: int) -> bool:
    """Does a word of an exchange or release (see `_exchange_spans`) stand between lo and hi?"""
    return any(lo <= start and end <= hi for start, end in _exchange_spans(sentence))


_PART_OF_BEFORE = AnyCase(r"\b(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them|among\s+those)\s+"
                          rf"(?:(?:are|were)\s+)?(?:(?:{LEADING})\s+)?$")
# The words a `_PART_OF_BEFORE` match can end with.
_PART_OF_ENDS = ("including", "them", "whom", "those", "are", "were") + LEADING_ENDS


def _part_of_before(before: str) -> bool:
    """Does `_PART_OF_BEFORE` match? A match ends in white space, on ASCII text after one of its
    words, and there its case-sensitive twin on the lower-cased text tells the same."""
    if not before[-1:].isspace():
        return False
    if not before.isascii():
        return _PART_OF_BEFORE.search(before, None) is not None
    lower = before.lower()
    return lower.rstrip().endswith(_PART_OF_ENDS) and _PART_OF_BEFORE.search(before, lower) is not None


_BEFORE_IS_CUE = re.compile(r"\b(?:at|to|of)\s+(?:\w+\s+){0,2}$")


def _before_is_cue(before: str) -> bool:
    """Does `_BEFORE_IS_CUE` match? Only text that ends in white space can."""
    return before[-1:].isspace() and _BEFORE_IS_CUE.search(before) is not None


_THEM = _G["partitive_pronouns"]  # "them", "whom": the group a part is of
_PARTITIVE = {("of", word) for word in _THEM}
# Nouns that name a category only when nothing nearer does: "40 prisoners had died" are dead.
_WEAK_HEAD_CATEGORIES = {"captured"}
# What can have happened to people or prisoners a figure counts.
_HARM = frozenset({"killed", "wounded", "casualties", "missing"})
# The categories a cue names for a figure of bodies or things rather than people.
_NOT_PEOPLE_ONLY = frozenset(_C["categories"]) - _PEOPLE_ONLY


def list_category(header: str, bodies: str | None) -> str | None:
    """The one category a list's "…:" header gives its items: that of its cue words, else, for a header of bodies
    ("where today's remains were recovered:"), what became of them, or what became of the bodies counted before
    (`bodies`), else that they are dead."""
    kinds = {kind for _, _, kind in cues(header)}
    if kinds or not _spans(_BODIES, header):
        return kinds.pop() if len(kinds) == 1 else None
    end = len(header)
    if _within(_STRONG_HELD, header, 0, end):
        return "bodies_held"
    if _within(_RETURN, header, 0, end):
        return "bodies_returned"
    if _within(_HELD, header, 0, end):
        return "bodies_held"
    return bodies or "killed"


# "22 of the victims", "four of the children": nouns of people that point back to those counted before.
_PART_NOUNS = _WEAK_CIVILIAN | frozenset(p for p in _POPULATION if " " not in p)


def is_part(head: Head) -> bool:
    """ "nine of them", "22 of the victims", "four of the children": a part of the people counted before (not
    "two of the Britons", a group of its own)."""
    words = head.words
    return words[:2] in _PARTITIVE or (len(words) == 3 and words[:2] == ("of", "the") and words[2] in _PART_NOUNS)


def _own_clause_cue(head: Head, sentence: str, figure: Figure, hi: int) -> bool:
    """Is the figure "N of the soldiers/children …" (a noun of people, not "of them", "of the victims") followed
    by a category cue of its own ("Forty of the soldiers were later confirmed killed")? Then it is counted for
    itself, not as a part of the people before ("Three of the children are from Sumy")."""
    return len(head.words) == 3 and head.words[:2] not in _PARTITIVE and head.words[2] not in _WEAK_CIVILIAN \
        and any(figure.end <= start < hi for start, _, _ in cues(sentence))


def _part_of_figure_after(head: Head) -> bool:
    """ "to reach 6 million of the 12.7 million in need": a part of the figure after it, which it shares
    what it counts with, not a figure of what the sentences before counted (the phrase ends at that figure)."""
    return head.words in (("of",), ("of", "the"))


# ", and that about 20% of them had died": a clause whose subject is a part of the figure, so its verb is not
# the whole's.
_PART_CLAUSE = re.compile(rf",?\s+(?:and|but|while|whereas)\s+(?:that\s+)?(?:(?:{LEADING}|roughly|only|"
                          rf"just)\s+)?(?:\d[\d.,]*\s*(?:%|per\s*cent|percent)|"
                          rf"{'|'.join(_C['part_quantifiers'])})\s+of\s+(?:{'|'.join(_THEM)})\b", re.IGNORECASE)

_OF_THEM = tuple(f" of {word}" for word in _THEM)


def _own_clause_start(sentence: str, found: list[tuple[int, int, str]], figure: Figure, lo: int, hi: int) -> int:
    """Where the figure's own reported clause begins when another figure stands before it and a cue after it ("said
    that five people had drowned and that 4,300 residents were taken to shelters": past "and that"), else 0."""
    at = sentence.rfind(" and that ", lo, figure.start) if lo else -1
    if at < 0 or not any(figure.end <= start and end <= hi for start, end, _ in found):
        return 0
    return at + len(" and that ")


def _whole_ends(sentence: str, end: int, hi: int) -> int:
    """Where the stretch of the figure ending at `end` stops: before a clause about a part of it ("recruited
    50,000 convicts, and about 20% of them died"), else at hi."""
    for phrase in _OF_THEM:  # a match ends with one of them: only the text just before it is searched
        at = sentence.find(phrase, end, hi)
        if at >= 0:
            m = _PART_CLAUSE.search(sentence, max(end, at - 50), at + len(phrase) + 1)
            return m.start() if m else hi
    return hi


# "one in four", "nearly one in three casualties": the whole of a proportion (it still bounds the figures beside it).
_PROPORTION_BEFORE = re.compile(rf"\b(?:{'|'.join(_UNITS)}|\d+)\s+in\s+$", re.IGNORECASE)


def _proportion_whole(sentence: str, start: int) -> bool:
    """Is the figure starting at `start` the whole of a proportion ("one in four"), a share, not a count?"""
    return sentence.endswith("in ", 0, start) \
        and _PROPORTION_BEFORE.search(sentence, max(0, start - 20), start) is not None


def categorise(figure: Figure, head: Head, sentence: str, lo: int, hi: int, previous: str | None) -> str | None:
    """The category of a figure, or None when it does not count casualties at all.

    `lo`/`hi` bound the figure's own stretch of the sentence (up to its neighbouring figures);
    `previous` is the category of the figure before it (in this sentence, or just before),
    which an elliptical or partial figure ("… and 64 from Zaporizhzhia", "including 210
    children") takes on.
    """
    if head.excluded or _proportion_whole(sentence, figure.start):
        return None
    hi = _whole_ends(sentence, figure.end, hi)
    if figure.swap_with is not None and not head.counted:  # "exchanged prisoners, 115 for 115"
        return "bodies_returned" if _spans(_BODIES, sentence) else "prisoners_exchanged"
    if previous:
        before = sentence[max(lo, figure.start - 40):figure.start]
        # "killed 15 people, including four children", but "including 20,000 killed" names its own
        if _part_of_before(before) and not _names_own_category(head):
            # "It says everyone on board was killed, including six crew": the whole's own verb, when the
            # whole is not a figure of this sentence
            return (_nearest(cues(sentence), figure, 0, figure.start) if lo == 0 else None) or previous
        if is_part(head) and head.category is None and not head.body \
                and not _own_clause_cue(head, sentence, figure, hi):
            # "killing 20 civilians, nine of them children, and injuring 75": a part is what its whole is,
            # unless its own verb says otherwise ("40 of them were killed")
            return _own_predicate(cues(sentence), figure, sentence, hi, noun=head.words) or previous
    if head.body or (head.fallen and (_within(_RETURN, sentence, lo, hi) or _within(_HELD, sentence, lo, hi))):
        if _within(_STRONG_HELD, sentence, lo, hi):
            return "bodies_held"
        if _within(_RETURN, sentence, lo, hi):
            return "bodies_returned"
        if _within(_HELD, sentence, lo, hi):
            return "bodies_held"
        return previous if previous and previous.startswith("bodies") else "killed"
    # Only a figure of people or of prisoners asks what harm came to it.
    found = cues(sentence) if head.people or head.category or head.counted or head.elliptical else []
    harm = _nearest(found, figure, lo, hi, _HARM) if found and (head.people or head.category) else None
    if head.people and not harm and _exchange_within(sentence, lo, _clause_end(sentence, figure.end, hi)):
        if previous != "prisoners_exchanged" and _homecoming_only(sentence):
            return None  # "1.5 million people have returned to Ukraine": refugees coming home, not captives
        if _tells_presence(sentence) and _only_present(sentence, figure, lo, hi):
            return None  # "10,000 residents remained in the town until it was liberated": who stayed, not who was freed
        return _moved(found, figure, sentence, lo, hi) if not head.prisoners else "prisoners_exchanged"
    if head.category in _HARM and head.people and _harm_adjective(head) and _exchanged_object(sentence, figure, lo):
        return "prisoners_exchanged"  # "we received 31 seriously wounded defenders": the harm says who was swapped
    if head.category and head.category not in _WEAK_HEAD_CATEGORIES:
        return "missing" if _on_missing_list(head, sentence, figure, lo) else head.category
    if head.category:  # prisoners, POWs, captives: what happened to them, if the sentence says so near them
        if harm:
            harm = _nearest(found, figure, max(lo, figure.start - _NEAR), min(hi, figure.end + _NEAR), _HARM)
        elif hi < len(sentence) and _coordinated(sentence[figure.end:hi]) and not _bare_figure_at(sentence, hi):
            # "4,131 Ukrainian POWs and 3,852 Russian POWs were freed": the verb both share, in their clause
            hi = _clause_end(sentence, figure.end, _reach_after(sentence, figure.end, hi))
            harm = _nearest(found, figure, lo, hi, _HARM)
        return harm or ("prisoners_exchanged" if _exchange_within(sentence, lo, hi) else head.category)
    if not (head.counted or head.elliptical):
        return None  # "two bags", "the two sides": something other than people
    # An elliptical figure may stand far from its cue: "the death toll … has risen to 45".
    clause = _own_clause_start(sentence, found, figure, lo, hi)
    near_lo = max(lo, clause, figure.start - (_NEAR * 2 if head.elliptical else _NEAR))
    near_hi = min(hi, figure.end + _NEAR)
    near_lo = max(near_lo, _past_other_group(sentence, figure.start))
    allowed = None if head.people or head.prisoners or head.elliptical else _NOT_PEOPLE_ONLY
    # "14 people have died and 97 have been wounded", "one was killed and four others were hurt": the figure's own
    # verb, not the nearer one before.
    own = _own_predicate(found, figure, sentence, near_hi, allowed, head.words) \
        if head.elliptical or (head.people and len(found) > 1) else None
    if own:
        return own
    if head.elliptical and _before_is_cue(sentence[max(lo, figure.start - 30):figure.start]):
        near_hi = figure.start  # "put Russian losses … at roughly 1,012,000", "has risen to 57"
    label_end = _status_label_end(sentence, figure.end, near_hi) \
        if len(found) > 1 and sentence.find(" as ", figure.end, near_hi) >= 0 else None
    if label_end and _nearest(found, figure, label_end, min(hi, label_end + _NEAR), allowed):
        # "8,000 listed as missing were being held in captivity": what they are now, read from the clause's own verb
        near_lo, near_hi = label_end, min(hi, label_end + _NEAR)
    if _tells_presence(sentence) and _only_present(sentence, figure, near_lo, near_hi):
        return None
    if len(found) > 1:
        near_lo = _clause_start(sentence, found, figure, near_lo, near_hi)
    category = _nearest(found, figure, near_lo, near_hi, allowed)
    if category:
        return _arrived(category, previous, found, sentence)
    if (head.elliptical or is_part(head)) and previous and not _part_of_figure_after(head) \
            and not (lo and _baseline(sentence, figure.start) and _ANY.search(sentence) is None):
        return previous  # "… and 64 from Zaporizhzhia", "just under 500 of those …"
    if previous and head.counted and _AMONG_AFTER.search(sentence, figure.end, min(hi, figure.end + 40)):
        return previous  # "Five children were among the civilians": a part of those counted before
    if head.counted and not _DEPLOYED.search(sentence, max(lo, figure.start - 30), figure.start):
        category = _nearest(found, figure, clause, _reach_after(sentence, figure.end, hi), allowed)
        return _arrived(category, previous, found, sentence) if category else None
    return None  # "… and commanders sent up to 950 servicemen into assaults": a cue far before is of other people


# "down from nearly 280,000", "up from a pre-war 40,000": what stands between is a qualifier or an adjective.
_BASELINE_BEFORE = re.compile(rf"\b(?:{'|'.join(_C['baseline_openers'])})\s+(?:[\w-]+\s+){{0,2}}$", re.IGNORECASE)


def _baseline(sentence: str, start: int) -> bool:
    """Is the figure starting at `start` the baseline another is compared with ("60,000 people still live there,
    down from nearly 280,000")? It counts what that figure counts, not what the sentences before did, so in a
    sentence with no word of casualties it is no claim either."""
    before = sentence[max(0, start - 40):start]
    return (" from " in before or " compared " in before) and _BASELINE_BEFORE.search(before) is not None


_ARRIVAL = frozenset(_C["arrival_cues"])
# "sent up to 950 servicemen", "deployed some 11,000 troops": the figure is of people sent to fight, not harmed.
_DEPLOYED = re.compile(rf"\b(?:{'|'.join(_C['deployment_verbs'])})\s+"
                       rf"(?:(?:up\s+to|{LEADING}|another|a\s+further)\s+)?$", re.IGNORECASE)


def _arrived(category: str, previous: str | None, found: list[tuple[int, int, str]], sentence: str) -> str:
    """The category, but after a swap people who only arrive ("93 servicemen had crossed into Ukrainian-held
    territory", "arrived in Kyiv") are the swapped coming home, not people who flee."""
    if category != "displaced" or previous != "prisoners_exchanged":
        return category
    arriving = all(sentence[start:end].lower() in _ARRIVAL for start, end, cue in found if cue == "displaced")
    return previous if arriving else category


def _harm_adjective(head: Head) -> bool:
    """Does the figure's harm word qualify a people noun after it ("15 wounded Russians"), not name them itself?"""
    return bool(head.words) and head.words[-1] not in CATEGORY_NOUNS


_EXCHANGED_GAP = re.compile(rf"\s+(?:(?:another|a\s+further|{LEADING})\s+)?$", re.IGNORECASE)


def _exchanged_object(sentence: str, figure: Figure, lo: int) -> bool:
    """Is the figure the object of a word of exchange just before it ("handed over 15 …", "freed another 20 …")?"""
    for start, end in _exchange_spans(sentence):
        if lo <= start and end <= figure.start and figure.start - end < 25 \
                and _EXCHANGED_GAP.fullmatch(sentence, end, figure.start):
            return True
    return False


_AMONG_AFTER = re.compile(r"\s(?:were|was|are|is)\s+among\s+(?:the|them|those)\b", re.IGNORECASE)
# "900 civilians, 40 of them children, …": a figure that is a part of the one before.
_PART_AFTER = re.compile(rf"[\w,.]+\s+(?:of|among)\s+(?:{'|'.join(_THEM)})\b", re.IGNORECASE)


def _reach_after(sentence: str, end: int, hi: int) -> int:
    """How far after a figure ending at `end` a cue far from it may stand: not past a semicolon, nor past the
    next figure ("330 people had lived there …, and one in six residents was killed"), unless that one is a
    part of it ("5,000 civilians, including 210 children, were killed")."""
    reach = hi
    if hi >= len(sentence) or _part_of_before(sentence[max(0, hi - 40):hi]) or _PART_AFTER.match(sentence, hi) \
            or _coordinated(sentence[end:hi]):
        reach = len(sentence)
    semicolon = sentence.find(";", end, reach)
    return semicolon if semicolon >= 0 else reach


_NON_PHRASE = frozenset(_C["non_phrase_words"])
# " soldiers and ", " people, not ": a noun phrase joined to the next figure, no verb between.
_COORDINATED = re.compile(r"\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+)(?:\s+(?:and|or)|,(?:\s+(?:and|or|not))?)\s+$")


def _bare_figure_at(sentence: str, start: int) -> bool:
    """Is the figure starting at `start` a bare one that is its own verb's subject ("… POWs and 1,200 were freed"),
    not a noun phrase with a head of its own ("… and 3,852 Russian POWs")?"""
    words = sentence[start:start + 40].split()
    return len(words) > 1 and words[1].lower() in _NON_PHRASE


def _coordinated(between: str) -> bool:
    """Is the text between two figures only a noun phrase and a joint ("12 soldiers and 3 civilians were
    killed", "Five people, not four as first reported, were injured")? Then both share the verb after."""
    if len(between) > 50 or not (" and " in between or " or " in between or "," in between):
        return False
    match = _COORDINATED.match(between)
    if not match:
        return False
    words = match.group(1).lower().split()
    return not any(word in _NON_PHRASE or word.endswith("ed") for word in words)


_CLAUSE_JOINT = re.compile(r"[,;]\s+(?:and|but|while|whereas)\s")


_OTHER_GROUP_OPENERS = tuple(f"{opener} " for opener in _C["other_group_openers"])


def _past_other_group(sentence: str, start: int) -> int:
    """Where a sentence that opens on other people ("Beyond the dead and injured, 1.5 million children …") turns to
    the figure's own, past that phrase's comma; else 0. The cues in the phrase are the others'."""
    opening = sentence[:30].lstrip("\"“'‘ ").lower()
    if not opening.startswith(_OTHER_GROUP_OPENERS):
        return 0
    comma = sentence.find(",", 0, start)
    return comma + 1 if comma >= 0 else 0


# "… signed up before the recruitment drive was handed over": a time clause with a subject of its own.
_TIME_OPENERS = "|".join(_C["time_clause_openers"])
_OWN_SUBJECT_CLAUSE = re.compile(rf"\s(?:{_TIME_OPENERS})\s+(?:the|a|an|its|their|his|her)\s+"
                                 r"(?:[\w-]+\s+){1,3}?(?:was|were|is|are|had|has|have)\b", re.IGNORECASE)
_TIME_CLAUSE_WORDS = tuple(f" {word} " for word in _C["time_clause_openers"])  # its openers, for a substring test


def _clause_end(sentence: str, end: int, hi: int) -> int:
    """Where the clause of the figure ending at `end` stops, at the next ", and …" ("8,000 remain in captivity,
    and families say the exchanges are too slow": the swap is another clause's) or at a time clause with its own
    subject ("… before the drive was handed over"), else at hi."""
    joint = _CLAUSE_JOINT.search(sentence, end, hi) if ", " in sentence or ";" in sentence else None
    if joint:
        hi = joint.start()
    for word in _TIME_CLAUSE_WORDS:
        if sentence.find(word, end, hi) >= 0:
            subordinate = _OWN_SUBJECT_CLAUSE.search(sentence, end, hi)
            return subordinate.start() if subordinate else hi
    return hi


def _clause_start(sentence: str, found: list[tuple[int, int, str]], figure: Figure, lo: int, hi: int) -> int:
    """Where the figure's own clause starts, when a cue follows the figure in it ("24 men had been killed, and
    that 500 soldiers who … had been wounded": 500's verb is its own, not the clause's before); else lo."""
    if not any(figure.end <= start and end <= hi for start, end, _ in found):
        return lo
    joint = None
    for joint in _CLAUSE_JOINT.finditer(sentence, lo, figure.start):
        pass  # the last one, nearest the figure
    return joint.end() if joint else lo


_MOVED = frozenset({"displaced", "prisoners_exchanged"})


def _moved(found: list[tuple[int, int, str]], figure: Figure, sentence: str, lo: int, hi: int) -> str:
    """People (not prisoners) in a sentence of return or exchange: swapped, unless a word of displacement
    stands nearer ("339 children it says were deported … and whose return it will demand")."""
    exchanges = [(start, end, "prisoners_exchanged") for start, end in _exchange_spans(sentence)]
    return _nearest(found + exchanges, figure, lo, hi, _MOVED) or "prisoners_exchanged"


_PRESENCE = "|".join(_C["presence_words"])
_PRESENCE_LIST = tuple(_C["presence_words"] + _C["staying_verbs"]
                       + [f"{verb} in" for verb in _C["dwelling_verbs"] + _C["dwelling_participles"]])
_STAYING = "|".join(_C["staying_verbs"])
_STAYED_IN = "|".join(r"\s+".join(p.split()) for p in _C["staying_places"])
# "2,700 still live in", "150 children were still living in" (not "killed 14 people living in the dormitory").
_DWELLING = (f"{'|'.join(_C['dwelling_verbs'])}|(?:{'|'.join(_C['passive_auxiliaries'])})\\s+(?:still\\s+)?"
             f"(?:{'|'.join(_C['dwelling_participles'])})")
# "100,000 people remain trapped", "fewer than 10,000 residents stayed behind", "around 2,700 still live in front-line
# communities" (but not "in temporary shelters"), "the number of people sheltering … had grown to 1,000": where people
# are, not what befell them (each read on the stretch after, or before, the figure).
_PRESENT_AFTER = re.compile(rf"\s+(?:[\w'’-]+\s+){{0,3}}?"
                            rf"(?:(?:remain|remained|remains|are|were|is|was)\s+(?:still\s+)?(?:{_PRESENCE})|"
                            rf"(?P<staying>(?:{_STAYING})\s+(?:{_STAYED_IN})|"
                            rf"(?P<dwelling>(?:{_DWELLING})\s+in\b)[^,;:.()]*))\b",
                            re.IGNORECASE)
# "40 people who stayed behind were killed": staying in a relative clause, the figure's own verb comes after it.
_RELATIVE_BEFORE = re.compile(r"\b(?:who|that)\s+(?:had\s+|have\s+)?$", re.IGNORECASE)
_PRESENT_BEFORE = re.compile(rf"\bnumber\s+of\s+(?:[\w'’-]+\s+){{0,2}}({_PRESENCE})\b", re.IGNORECASE)


def _tells_presence(sentence: str) -> bool:
    """Does the sentence hold a word of where people are ("trapped", "sheltering")? A plain substring test,
    cheap enough to ask for each figure."""
    for word in _PRESENCE_LIST:
        if word in sentence:
            return True
    return False


def _only_present(sentence: str, figure: Figure, lo: int, hi: int) -> bool:
    """Does the figure count people where they are (trapped, sheltering), with no word of harm or flight
    ("trapped under the rubble") from there to the figure?"""
    after = _PRESENT_AFTER.match(sentence, figure.end, hi)
    if after and after.group("staying") and _RELATIVE_BEFORE.search(sentence, figure.end, after.start("staying")):
        clause_end = _CLAUSE_BREAK.search(sentence, after.end())
        clause_end = clause_end.start() if clause_end else len(sentence)
        if any(after.end() <= cue < clause_end for cue, _ in _spans(_ANY, sentence)):
            return False  # "who stayed behind were killed": the clause goes on to what befell them
    if after and after.group("dwelling"):
        clause_start = max((m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, figure.start)), default=0)
        if any(clause_start <= cue < figure.start for cue, _ in _spans(_ANY, sentence)):
            return False  # "killed 14 people who live in the dormitory": where the harmed lived
    if after:
        start, end = figure.end, after.end()
    else:
        before = None
        for before in _PRESENT_BEFORE.finditer(sentence, lo, figure.start):
            pass  # the last one, nearest the figure
        if before is None:
            return False
        start, end = before.start(1), figure.start
    return not any(start <= cue < end for cue, _ in _spans(_ANY, sentence))


def _names_own_category(head: Head) -> bool:
    """Does the figure's own noun phrase name its category ("20,000 killed", "500 deaths")?"""
    return head.category is not None and head.category not in _WEAK_HEAD_CATEGORIES


# "21 were seriously wounded": a degree adverb keeps the verb the figure's own.
_PREDICATE_FILLERS = frozenset(_G["predicate_fillers"] + _G["degree_adverbs"])


def _own_predicate(found: list[tuple[int, int, str]], figure: Figure, sentence: str, hi: int,
                   allowed: set[str] | frozenset[str] | None = None, noun: tuple[str, ...] = ()) -> str | None:
    """The category of the first cue after the figure (and its `noun` phrase) when only auxiliaries and the like
    stand between them ("97 have been wounded", "11 more were injured", "four others were hurt"): its own verb."""
    for start, _, category in found:
        if start < figure.end:
            continue
        if start > hi or (allowed is not None and category not in allowed):
            return None
        text = sentence[figure.end:start]
        if ", " in text:
            text = _SOURCE_ASIDE.sub(" ", text)  # "Two of those taken, the council told us, are missing"
        between = text.lower().split()
        if noun and tuple(between[:len(noun)]) == noun:
            between = between[len(noun):]
        if len(between) > 2 and between[-1] == "as" and between[-2] in _LABEL_VERB_SET:
            between = between[:-2]  # "are still listed as missing": the label is the verb's complement
        return category if _PREDICATE_FILLERS.issuperset(between) else None
    return None


# ", the village council told us,", ", according to the police,": a source's aside between a subject and its verb.
_SOURCE_ASIDE = re.compile(rf",\s+(?:according\s+to\s+[^,;]{{1,60}}|[^,;]{{0,60}}?\b"
                           rf"(?:{'|'.join(_C['saying_verbs'])})\b[^,;]{{0,20}}),\s+", re.IGNORECASE)


_LABEL_VERBS = "|".join(_C["status_label_verbs"])
_LABEL_VERB_SET = frozenset(_C["status_label_verbs"])
# "8,000 Ukrainians listed as missing were …": a label on the people, then the verb of the clause.
_STATUS_LABEL = re.compile(rf"\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_LABEL_VERBS})\s+as\s+(?:[\w-]+\s+){{1,3}}?"
                           rf"(?:{'|'.join(_C['status_clause_verbs'])})\b", re.IGNORECASE)


def _status_label_end(sentence: str, end: int, hi: int) -> int | None:
    """Where a status label right after the figure ends and its clause's own verb begins, if it has one."""
    m = _STATUS_LABEL.match(sentence, end, hi)
    return m.end() if m else None


# A people noun followed by a verb of attack and its object ("troops shelled 34 villages"): the attackers, who
# are not the figure's people ("soldiers attacked, and 200 were killed" may be).
# Not a passive's participle ("civilians hit by shelling", "servicemen hit in the strike"): those are the victims.
_ATTACKING = re.compile(r"\s+(?:%s)\s+(?!(?:%s)\b)\w" % ("|".join(v.replace(" ", r"\s+") for v in _C["attack_verbs"]),
                                                   "|".join(_C["attack_passive_prepositions"])), re.IGNORECASE)


# "missiles hit the centre of Sumy": a strike on a town's people, unless a military target or a side follows
# within four words ("a missile hit a Russian command post").
_CIVILIAN_STRIKE = phrase_pattern(_C["civilian_strike_context"])
_MILITARY_TARGET_WORDS = frozenset(_C["military_target_words"])
_TARGET_WORD = re.compile(r"[\w-]+")


def _civilian_context(text: str) -> bool:
    """Does the text tell of a strike on civilians (`civilian_context`, or a missile strike on no military target)?"""
    if _CIVILIAN_CONTEXT.all_in(text):
        return True
    for m in _CIVILIAN_STRIKE.all_in(text):
        words = {w.lower() for w in _TARGET_WORD.findall(text[m.end():m.end() + 60])[:4]}
        if words.isdisjoint(_MILITARY_TARGET_WORDS) and words.isdisjoint(_SIDE_WORDS):
            return True
    return False


def population(head: Head, figure: Figure, sentence: str, category: str) -> str | None:
    """military / civilian from the figure's own noun phrase or predicate ("22 were soldiers"), else the nearest
    strong cue in the sentence that can name many people; evacuees are civilians, a side's prisoners soldiers."""
    if head.people in ("military", "civilian"):
        return head.people
    if category == "displaced":
        return "civilian"  # people who flee or are evacuated, whatever soldiers the sentence names
    if category in _CAPTIVITY and head.category in _HARM:
        return "military"  # "handed over 15 wounded Russians": captives wounded in battle
    if _unit_in_apposition(sentence[max(0, figure.start - 40):figure.start], head):
        return "military"  # "his whole platoon, 15 men": the men of a military unit
    if category in _HARM and not _HARMED_PRISONERS.isdisjoint(head.words) and not _SIDE_WORDS.isdisjoint(head.words):
        return "military"  # "50 Ukrainian prisoners had been killed": prisoners of war, not a jail's inmates
    if figure.swap_with is not None and category == "prisoners_exchanged" \
            and _nearest_cue_before(sentence, figure.start) == "military":
        return "military"  # "a marine … was one of the men released that day, 115 for 115": soldiers swapped
    if category in _HARM and _side_lost_before(sentence, figure.start):
        return "military"  # "Russia has lost around 500,000 people": a side's own losses in the war
    best: str | None = None
    best_distance = 0
    figure_start, figure_end = figure.start, figure.end
    many = figure.value != 1
    for start, end, kind in _population_cues(sentence):
        if start >= figure_end and _PREDICATE_BEFORE.match(sentence, figure_end, start):
            return kind  # "22 were Ukrainian servicemen": the figure's own people, however near another cue
        if many and sentence[start:end].lower() in _SINGULAR_PEOPLE:
            continue  # "a wake for a fallen soldier … killed 52 people": one person is not the figure's many
        if end <= figure_start and _ATTACKING.match(sentence, end):
            continue  # "Russian troops shelled 34 villages: 9 people killed": the attackers, not their victims
        distance = start - figure_end if start >= figure_end else figure_start - end
        if distance >= 0 and (best is None or distance < best_distance) \
                and not (end <= figure_start and _in_speaker(sentence, end, figure_start)) \
                and not (start >= figure_end and _in_source_after(sentence, figure_end, start)):
            best, best_distance = kind, distance
    if best:
        return best
    if not _WEAK_CIVILIAN.isdisjoint(head.words) or _civilian_context(sentence) \
            or (head.elliptical and _weak_civilian_before(sentence[max(0, figure.start - 120):figure.start])):
        return "civilian"  # "20 people", "the number of people killed … has risen to 57"
    return None


_SIDE_SUBJECTS = "|".join(re.escape(p).replace(r"\ ", r"\s+") for words in _C["side_subjects"].values() for p in words)
# "Russia has lost around": a side as the subject of "lost", right before the figure.
_SIDE_LOST = re.compile(rf"\b(?:{_SIDE_SUBJECTS})\s+(?:(?:{'|'.join(_C['perfect_auxiliaries'])})\s+)?"
                        rf"(?:already\s+)?lost\s+(?:(?:{LEADING})\s+)?$", re.IGNORECASE)
_SIDE_LOST_REACH = 60  # characters before the figure


def _side_lost_before(sentence: str, start: int) -> bool:
    """Is the figure what a side "has lost" (a cheap test for "lost" first)?"""
    before = sentence[max(0, start - _SIDE_LOST_REACH):start]
    return "lost" in before and _SIDE_LOST.search(before) is not None


# "the whole company, some 120 men": a military unit, then the figure in apposition to it.
_UNIT_APPOSITION = re.compile(rf"\b(?:{'|'.join(_C['military_unit_nouns'])}),\s+(?:(?:{LEADING})\s+)?$",
                              re.IGNORECASE)


_UNIT_REACH = max(map(len, _C["military_unit_nouns"])) + 1  # characters before the comma a match starts
_UNIT_MEN = frozenset(_C["unit_apposition_heads"])
# "our whole company, some 90": whose unit it is, for a figure with no noun of its own.
_UNIT_OWNED = re.compile(rf"\b(?:{'|'.join(_C['unit_apposition_owners'])})\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


def _unit_in_apposition(before: str, head: Head) -> bool:
    """Does the text before a figure end with a military unit and a comma, the figure counting its men
    (searched from just before the last comma only)? Only for "men" ("the DTEK company, 16 people" are not
    soldiers), or no noun at all after someone's unit ("his whole platoon, 15")."""
    if head.words and _UNIT_MEN.isdisjoint(head.words):
        return False
    comma = before.rfind(",")
    m = _UNIT_APPOSITION.search(before, max(0, comma - _UNIT_REACH)) if comma > 0 else None
    return m is not None and (bool(head.words) or _UNIT_OWNED.search(before, 0, m.start()) is not None)


# "Lawyers acting for several families say at least 12 …": a verb of saying after the cue, before the figure
# (only plain ones: "put", "found", "estimated" there do not make the noun a speaker).
_SAYS = re.compile(rf"\b(?:{'|'.join(_C['saying_verbs'])})\b", re.IGNORECASE)


def _in_speaker(sentence: str, end: int, figure_start: int) -> bool:
    """Does the people noun ending at `end` name who speaks rather than who is counted: a verb of saying
    follows it before the figure, with no other figure between?"""
    between = sentence[end:figure_start]
    says = _SAYS.search(between)
    if says is None or _NEW_CLAUSE_BEFORE_SAYING.search(between, 0, says.start()):
        return False  # "30 soldiers attacked, and Ukraine said 200 were killed": another clause's subject speaks
    return not any(c.isdigit() for c in between)


_ATTRIBUTED = phrase_pattern(_C["attribution_prepositions"])


def _in_source_after(sentence: str, figure_end: int, start: int) -> bool:
    """Does the people noun at `start` stand in the name of the source that the words after the figure cite
    ("…, according to the Association of Families of Azovstal Defenders"), not name who is counted?"""
    between = sentence[figure_end:start]
    cited = _ATTRIBUTED.finditer(between)  # its anchors test the words cheaply first
    return bool(cited) and _CLAUSE_BREAK.search(between, cited[-1].end()) is None


_NEW_CLAUSE_BEFORE_SAYING = re.compile(r";|,\s+(?:and|but|while|as|whereas)\b", re.IGNORECASE)


_HARMED_PRISONERS = frozenset(_C["harmed_prisoner_nouns"])
_SIDE_WORDS = frozenset(w.lower() for words in _C["sides"].values() for w in words if " " not in w)  # "ukrainian"
# "… and 22 were Ukrainian servicemen": a copula, maybe a demonym, then the cue (matched up to the cue's start).
_PREDICATE_BEFORE = re.compile(r"\s+(?:were|are|was|is)\s+(?:all\s+|also\s+)?(?:[\w'’-]+\s+)?$", re.IGNORECASE)


def _singular_nouns(words: list[str]) -> frozenset[str]:
    """The people nouns that name one person: those whose plural is in the list too ("soldier", "serviceman")."""
    given = set(words)
    return frozenset(w for w in given if w + "s" in given or (w.endswith("man") and w[:-3] + "men" in given)
                     or (w.endswith("y") and w[:-1] + "ies" in given))


_SINGULAR_PEOPLE = _singular_nouns([w.lower() for kind in ("military", "civilian") for w in _C["people_nouns"][kind]])


# A military unit a lede names (not "company", which is a firm as often).
_ARMY_UNIT = phrase_pattern([unit for unit in _C["military_unit_nouns"] if unit != "company"])


@lru_cache(maxsize=64)
def lede_population(lede: str) -> str | None:
    """Who the article's opening sentence says its dead or hurt are: the one population it names
    ("has killed Ukrainian prisoners of war"), not as a part only; else civilians where it tells of a strike on
    homes, soldiers where it names a military unit."""
    part = _NAMED_PART.search(lede) if any(phrase in lede for phrase in _NAMED_PART_PHRASES) else None
    # "Register tops 70,000 names, most of them servicemen": a part's people, not all the lede's
    kinds = {kind for start, _, kind in _population_cues(lede) if part is None or start != part.start(1)}
    if len(kinds) == 1:
        return kinds.pop()
    if kinds:
        return None
    if _civilian_context(lede):
        return "civilian"
    return "military" if _ARMY_UNIT.search(lede) else None  # "the surgeon of a brigade's stabilisation point"


def harm_population(category: str, lede: str | None) -> str | None:
    """The population of a figure of dead, hurt or missing that neither its sentence nor the figures
    before name: the opening sentence's, as a story is about the people its lede names."""
    return lede_population(lede) if lede and category in _HARM else None


def _weak_civilian_before(before: str) -> bool:
    """Does `_WEAK_CIVILIAN_BEFORE` match? Lower-cased ASCII text must hold one of its words, and
    its case-sensitive twin then tells the same."""
    if not before.isascii():
        return _WEAK_CIVILIAN_BEFORE.search(before, None) is not None
    lower = before.lower()
    for word in _WEAK_CIVILIAN_WORDS:
        if word in lower:
            return _WEAK_CIVILIAN_BEFORE.search(before, lower) is not None
    return False


@lru_cache(maxsize=256)
def _population_cues(sentence: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, military/civilian) of the sentence's population words that name people, once per sentence."""
    found = []
    lower = sentence.lower() if sentence.isascii() else None  # same offsets on ASCII text
    for m in _POPULATION_CUES.finditer(sentence):
        end = m.end()
        if _not_people_after(sentence, lower, end):
            continue  # not "the regional military administration", "military intelligence"
        phrase = m.group()  # of the lower-cased text already
        kind = _POPULATION[phrase if phrase in _POPULATION else _SPACES.sub(" ", phrase.lower())]
        found.append((m.start(), end, kind))
    return tuple(found)


def _not_people_after(sentence: str, lower: str | None, end: int) -> bool:
    """Does `_NOT_PEOPLE_AFTER` match the 25 characters from `end`? It starts with white space; on
    ASCII text (`lower` is the sentence lower-cased) its case-sensitive twin reads the lower case."""
    if not sentence[end:end + 1].isspace():
        return False
    return _NOT_PEOPLE_AFTER.match(sentence[end:end + 25], lower and lower[end:end + 25]) is not None


# Captives named by nationality, or counted in a running total, are soldiers and civilians alike.
_CAPTIVITY = frozenset({"captured", "prisoners_exchanged"})
_NATIONALITIES = frozenset(_C["nationality_nouns"])
_RUNNING_TOTAL = phrase_pattern(_C["running_total_cues"])
_CLAUSE_BREAK = re.compile(r"[,;:.()]")
_TOTAL_REACH = 80  # characters: how far from the figure a running total's words may stand


def _nouns_of(kind: str) -> frozenset[str]:
    """The one-word people nouns of one population only (not "volunteers", which is both)."""
    others = {w for k, words in _C["people_nouns"].items() if k != kind for w in words}
    return frozenset(w for w in _C["people_nouns"][kind] if " " not in w and w not in others)


_MILITARY_NOUNS, _CIVILIAN_NOUNS = _nouns_of("military"), _nouns_of("civilian")


_BOTH_REACH = 80  # characters: "60,000 missing people from both countries, soldiers and civilians alike"


def _both_populations(sentence: str, end: int, hi: int) -> bool:
    """Does the noun phrase of the figure ending at `end`, or its apposition, join a military and a civilian
    noun ("8,000 soldiers and civilians", "63,000 Ukrainians, soldiers and civilians, …")?"""
    stop = min(hi, end + _BOTH_REACH)
    if sentence.find(" and ", end, stop) < 0 and sentence.find(" or ", end, stop) < 0:
        return False
    stretch = sentence[end:stop].lower()
    comma = stretch.find(",")
    # "70,000 Ukrainians are on the register of the missing, both soldiers and civilians": the apposition too
    return _joins_populations(stretch.replace(",", " ").split()[:8]) \
        or (comma >= 0 and _joins_populations(stretch[comma + 1:].rstrip(".;)").split()[:5]))


def _joins_populations(words: list[str]) -> bool:
    """Do the words join a military and a civilian noun with "and" / "or" ("soldiers and civilians")?"""
    for before, joint, after in zip(words, words[1:], words[2:]):
        if joint in ("and", "or") and ((before in _MILITARY_NOUNS and after in _CIVILIAN_NOUNS)
                                       or (before in _CIVILIAN_NOUNS and after in _MILITARY_NOUNS)):
            return True
    return False


_POPULATION_NAMES = frozenset(_C["population_names"])
# "2,946 residents …, 1,304 of them civilians": a part that names its population, so the whole holds others too.
# … and "70,000 people, the majority of them servicemen": a part that is not all of them.
_NAMED_PART = re.compile(rf"(?:\d[\d,.]*|\b(?:{'|'.join(_C['part_quantifiers'])}))\s+"
                         rf"(?:of\s+(?:{'|'.join(_THEM)})|among\s+them)\s+(?:were\s+|are\s+)?([\w-]+)", re.IGNORECASE)
_NAMED_PART_PHRASES = (*(f"of {word}" for word in _THEM), "among them")  # its words, for a substring test


def _part_names_population(head: Head, sentence: str, end: int) -> bool:
    """Does a part of the figure ending at `end`, in its sentence, name the population that the figure's own
    noun phrase does not ("2,946 residents …, 1,304 of them civilians"), so that the whole is mixed?"""
    after = sentence[end:end + 160]
    for phrase in _NAMED_PART_PHRASES:  # a cheap test for what `_NAMED_PART` needs
        if phrase in after:
            break
    else:
        return False
    m = _NAMED_PART.search(after)
    return bool(m) and m.group(1).lower() in _POPULATION_NAMES and m.group(1).lower() not in head.words


_MISSING_REGISTER = phrase_pattern(_C["missing_register_cues"])
_LIST_ENTRIES = frozenset(_C["list_entry_nouns"])
_NAMES_OF_DEAD = re.compile(rf"\s+(?:{'|'.join(_C['list_entry_nouns'])})\s+of\s+(?:the\s+)?"
                            rf"(?:{'|'.join(_C['dead_list_nouns'])})\b", re.IGNORECASE)


def _on_missing_list(head: Head, sentence: str, figure: Figure, lo: int) -> bool:
    """Are the figure's "names" entries on the register of the missing ("the register holds 70,000 names"), not
    a list of the dead (a cheap test for "missing" first)? The register is named in the figure's own clause,
    before it, and the names are not "of the dead" ("read 500 names of the dead from the register of the
    missing")."""
    if _LIST_ENTRIES.isdisjoint(head.words[:2]) or "missing" not in sentence.lower() \
            or _NAMES_OF_DEAD.match(sentence, figure.end):
        return False
    clause = sentence[max(lo, sentence.rfind(";", 0, figure.start) + 1):figure.start]
    return _MISSING_REGISTER.search(clause) is not None


_HOME_NOUNS = frozenset(_C["home_nouns"])


def _on_missing_register(head: Head, sentence: str) -> bool:
    """Are the figure's people named only by where they live and counted on the wartime register of the missing
    ("1,140 residents of the region are missing under special circumstances")? It holds soldiers and civilians
    alike (a cheap test for "missing" first)."""
    if _HOME_NOUNS.isdisjoint(head.words[:1]):
        return False
    lower = sentence.lower()
    if "missing" not in lower:
        return False
    return _MISSING_REGISTER.search(sentence) is not None


# "on both sides of the front line", "from both countries": people of both sides, not "each" of a figure of days.
_BOTH_SIDES = phrase_pattern([p for p in _C["both_sides"] if p.endswith(("side", "sides", "countries"))])
_SIDES_REACH = (70, 120)  # characters before and after the figure: "losses on both sides may exceed 1 million"
# "on both sides of the front line", not "of the border" or "of the Dnipro": the sides of the war, not of a place
_SIDES_OF = re.compile(rf"\s+of\s+the\s+(?:{'|'.join(sorted(_C['both_sides_of_people'], key=len, reverse=True))})\b",
                       re.IGNORECASE)
# The end of the figure's clause: a semicolon, or ", which/where …" telling of a place ("Kherson, which lies …")
_SIDES_CLAUSE_END = re.compile(rf";|,\s+(?:{'|'.join(_C['place_relative_words'])})\b", re.IGNORECASE)


def _on_both_sides(sentence: str, figure: Figure, lo: int, hi: int) -> bool:
    """Does the figure's clause put the people it counts on both sides ("50,000 people missing …, on both
    sides of the front line")? Both armies' dead or missing are soldiers and civilians together (a cheap test
    for "both", "each" or " two " first). Not where civilians are named before it ("Civilians on both sides …
    suffered")."""
    start = max(lo, figure.start - _SIDES_REACH[0], sentence.rfind(";", 0, figure.start) + 1)
    around = sentence[start:min(hi, figure.end + _SIDES_REACH[1])]
    clause_end = _SIDES_CLAUSE_END.search(around, figure.end - start)
    around = around[:clause_end.start()] if clause_end else around
    lower = around.lower()
    if "both" not in lower and "each" not in lower and " two " not in lower:
        return False
    if not any(_people_on_both_sides(around, m.end()) for m in _BOTH_SIDES.finditer(around)):
        return False
    return all(kind != "civilian" or end > figure.start for _, end, kind in _population_cues(sentence))


def _people_on_both_sides(text: str, end: int) -> bool:
    """Does the "on both sides" phrase ending at `end` tell of the war's sides (not "of the border", a place's),
    and not of speakers ("officials on both sides said")?"""
    of = _SIDES_OF.match(text, end)
    if of is None and text.startswith(" of ", end):
        return False
    return _SAYS.match(text, (of.end() if of else end) + 1) is None


def _soldiers_named_before(sentence: str, start: int) -> bool:
    """Does the sentence name soldiers before `start` ("the exchange of prisoners of war was 146 for 146")?"""
    return any(kind == "military" and end <= start for _, end, kind in _population_cues(sentence))


def _nearest_cue_before(sentence: str, start: int) -> str | None:
    """The kind of the population cue nearest before `start`: "prisoners of war, civilians were swapped 20 for 20"
    gives civilian, the cue that stands between the soldiers and the figure."""
    before = [(end, kind) for _, end, kind in _population_cues(sentence) if end <= start]
    return max(before)[1] if before else None


# "freed 215 Ukrainians in return for 55 people": the words that bring in the other side's part of a swap.
_IN_RETURN_FOR = re.compile(rf"\bin\s+(?:return|exchange)\s+for\s+(?:(?:{LEADING})\s+)?$", re.IGNORECASE)


def in_return_for(before: str) -> int | None:
    """Where "in return for" or "in exchange for" starts, if `before` (the text before a figure) ends
    with it (a cheap test for "for" first)."""
    if " for " not in before:
        return None
    m = _IN_RETURN_FOR.search(before)
    return m.start() if m else None


def population_unsaid(head: Head, figure: Figure, sentence: str, category: str, lo: int, hi: int) -> bool:
    """The figure counts soldiers and civilians together, so it has no population, not even one
    taken from the figures before it: "8,000 soldiers and civilians", "3,520 Ukrainians have come
    home from captivity", "freed 1,788 prisoners in total"."""
    if head.people and _both_populations(sentence, figure.end, hi):
        return True
    if _part_names_population(head, sentence, figure.end):
        return True
    if category == "missing" and _on_missing_register(head, sentence):
        return True
    if category in _HARM and head.people in (None, "neutral") and _on_both_sides(sentence, figure, lo, hi):
        return True
    if category not in _CAPTIVITY or head.people not in (None, "neutral") or head.category in _HARM:
        return False
    before = sentence[max(lo, figure.start - 40):figure.start]
    if is_part(head) or (head.elliptical and _part_of_before(before)):
        return False  # "1,336 of them", "including 87 who …": a part of people named before, who are what they were
    # "84 prisoners were released", "returned 1,000 people", "115 for 115", "… in return for 55 people": swaps
    # free soldiers and civilians
    if category == "prisoners_exchanged" and ((head.people == "neutral"
                                               and (head.prisoners or not _WEAK_CIVILIAN.isdisjoint(head.words)))
                                              or (figure.swap_with is not None and not head.people
                                                  and not _soldiers_named_before(sentence, figure.start))
                                              or in_return_for(sentence[lo:figure.start]) is not None):
        return True
    if not _NATIONALITIES.isdisjoint(head.words):
        return True
    after = sentence[figure.end:min(hi, figure.end + _TOTAL_REACH)]
    clause_end = _CLAUSE_BREAK.search(after)
    return _RUNNING_TOTAL.search(sentence[max(lo, figure.start - _TOTAL_REACH):figure.start]) is not None \
        or _RUNNING_TOTAL.search(after[:clause_end.start()] if clause_end else after) is not None


# Not prisoners exchanged: a swap frees soldiers and civilians alike.
_DEFAULT_POPULATION = {"displaced": "civilian", "bodies_returned": "military", "bodies_held": "military",
                       "captured": "military"}


# A side's casualties or losses, with no word of who they were, are its soldiers.
_SIDE_DEFAULT_POPULATION = {"casualties": "military"}


def default_population(category: str, side: str | None = None) -> str | None:
    """What a figure of this category (counting this side's people, if known) usually counts when
    the article does not say."""
    if side is not None and category in _SIDE_DEFAULT_POPULATION:
        return _SIDE_DEFAULT_POPULATION[category]
    return _DEFAULT_POPULATION.get(category)
