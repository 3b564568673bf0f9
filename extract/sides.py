"""Whose people a figure counts: russia, ukraine, both, or unknown."""
from __future__ import annotations

import re
from functools import lru_cache

from extract import categories, discourse, places
from extract.models import Claim
from extract.numbers import Figure
from extract.tables import load, phrase_pattern

_C = load("cues")
_SIDE_OF = {p.lower(): side for side, words in _C["sides"].items() for p in words}
_DEMONYMS = phrase_pattern([p for p in _SIDE_OF if p not in ("russia", "ukraine")])
_BOTH = phrase_pattern(_C["both_sides"])
_BOTH_FIRST_WORDS = tuple({p.lower().split()[0] for p in _C["both_sides"]})  # what a `_BOTH` match starts with
_SUBJECT_OF = {p.lower(): side for side, words in _C["side_subjects"].items() for p in words}
_SUBJECTS = phrase_pattern(list(_SUBJECT_OF))
_NOT_SUBJECT_NEXT = re.compile(
    r"^['’]s\s+(?!losses|casualties|dead|death|military|army|troops|forces|soldiers|side)|^\s*(?:said|says|say|"
    r"claimed|claims|announced|reported|reports|told|confirmed|estimated|estimates|stated|accused|"
    r"on\s+\w+day\s+said|and|,(?!\s*(?:he|she|they|it)\s+(?:said|says|added|claimed)))", re.IGNORECASE)
_SPEECH = re.compile(r"\b(?:said|says|claimed|claims|announced|reported|told|confirmed|stated|according|"
                     r"spoke|spoken)\b", re.IGNORECASE)


def _key(text: str) -> str:
    return _SPACES.sub(" ", text.lower()).replace("’", "'")


# "on each side", but not "officials on both sides said": that is who speaks.
_BOTH_IN_CLAUSE = re.compile(r"(?<!officials )(?<!sources )\b(?:(?:on|from|for|of|to)\s+(?:each|both)\s+sides?|each\s+side)\b"
                             r"(?!\s+(?:said|say|says|confirmed|reported|announced))", re.IGNORECASE)


_SPACES = re.compile(r"\s+")
_CLAUSE_END = re.compile(r"[;.]")
# "12 each" said before the figure: "both sides lost 40", "each side bringing home 115".
_EACH_BEFORE = re.compile(r"\b(?:(?:each|both)\s+(?:\w+\s+){0,2}|each\s+side\s+(?:\w+\s+){1,3})$", re.IGNORECASE)
_HEAD_END = re.compile(r"\b(?:were|was|had|have|has|are|is|said|says|in|on|at|during|while|since|after|"
                       r"from|by|with|to|when|where|because|before|until)\b|[,;:.()]")
_MILITARY_NOUN = re.compile(r"\b(?:losses|casualties|deaths|death\s+toll|dead|toll|troops|soldiers|army|military|"
                            r"forces|servicemen)\b", re.IGNORECASE)
_PREPOSITION_BEFORE = re.compile(r"\b(?:of|in|to|from|with|against|on|by|near|for)\s+(?:the\s+)?$", re.IGNORECASE)
_PREPOSITIONS = ("of", "in", "to", "from", "with", "against", "on", "by", "near", "for", "the")  # its last words


def _names_each_or_both(text: str) -> bool:
    """A cheap test the "each"/"both" patterns need to pass (neither word has a letter that case-folds
    from outside ASCII, so lower-casing is enough)."""
    lower = text.lower()
    return "each" in lower or "both" in lower


def _both_follows(after: str) -> bool:
    """"12 each", "40 on both sides": the figure counts both sides' people."""
    text = after.lstrip(" ,")
    if text.isascii() and not text.lower().startswith(_BOTH_FIRST_WORDS):
        return False  # on ASCII text a phrase's first word must open the text
    return _BOTH.match(text) is not None


_EACH_NOT_BOTH = phrase_pattern([f"each {word}" for word in _C["each_not_both"]])


def _both_after_noun(after: str) -> bool:
    """"trading 1,000 prisoners each", "4,641 captives from the two countries", "60 missing people from both
    countries": the people the figure counts, then words that put them on both sides (not "each day")."""
    lower = after.lower()
    if "each" not in lower and "both" not in lower and " two " not in lower and "apiece" not in lower:
        return False
    text = after.lstrip()
    noun = _PEOPLE_NOUNS.match(text)
    if noun is None:
        return False
    rest = text[noun.end():]
    again = _PEOPLE_NOUNS.match(rest.lstrip())  # "missing people", "wounded soldiers": a noun used as an adjective
    if again:
        rest = rest.lstrip()[again.end():]
    return _both_follows(rest) and _EACH_NOT_BOTH.match(rest.lstrip()) is None


def _both_in_subject(sentence: str, figure: Figure, lo: int) -> bool:
    """"combined losses on both sides may exceed 1 million": the losses of each side, named in the figure's
    clause before it, that the figure counts (not "on both sides of the river"; cheap test for the words first)."""
    before = sentence[max(lo, figure.start - 70):figure.start]
    if not _names_each_or_both(before):
        return False
    clause = before[max(before.rfind(mark) for mark in ",;:") + 1:]
    m = _BOTH_IN_CLAUSE.search(clause)
    return m is not None and not clause[m.end():].lstrip().lower().startswith("of ") \
        and _MILITARY_NOUN.search(clause[:m.start()]) is not None and _SPEECH.search(clause, m.end()) is None


def _head(after: str) -> str:
    """The words after the figure up to the verb or punctuation that ends its noun phrase."""
    end = _HEAD_END.search(after)
    return after[:end.start()] if end else after


_SAME_NUMBER = phrase_pattern(_C["same_number_phrases"])
_SIDE_NAMES = phrase_pattern(list(_SIDE_OF))
_GETS_AS_MANY = re.compile(r"\s+(?:\w+\s+){0,2}")
_OF_SIDE = re.compile(r"\s+of\s+(?:the\s+)?", re.IGNORECASE)


def _other_side_same(sentence: str, end: int) -> str | None:
    """"we got 90 of ours back, and Russia received the same number": the other side is named with as many
    of its own, so the figure counts each side's (cheap test for the words first): "both", or the side
    named after "the same number of", which counts both only if it is not the figure's own."""
    rest = _CLAUSE_END.split(sentence[end:end + 100], maxsplit=1)[0]
    lower = rest.lower()
    if "number" not in lower and "as many" not in lower:
        return None
    same = _SAME_NUMBER.search(rest)
    if same is None:
        return None
    # The side is what gets as many ("Russia received the same number"), not the figure's own people;
    # or the number is of a side's people ("in exchange for the same number of Russians").
    of = _OF_SIDE.match(rest, same.end())
    named = _SIDE_NAMES.match(rest[of.end():]) if of is not None else None
    if named is not None:
        return _SIDE_OF.get(_key(named.group())) or "both"
    return "both" if any(_GETS_AS_MANY.fullmatch(rest, side.end(), same.start())
                         for side in _SIDE_NAMES.finditer(rest[:same.start()])) else None


def side_in_phrase(figure: Figure, sentence: str, lo: int, hi: int, same_number: bool = True) -> str | None:
    """The side named in the figure's own phrase: "on each side", "Russian soldiers", "Ukrainian losses of"
    (with `same_number` off, not from "the same number" after it: the figure's own side, to compare with that)."""
    after = sentence[figure.end:min(hi, figure.end + 60)]
    if _both_follows(after) or _both_after_noun(after):
        return "both"
    window = sentence[figure.end:figure.end + 120]
    # The clause is the window's start, so it names "each" or "both" only if the window does.
    if _names_each_or_both(window) and _BOTH_IN_CLAUSE.search(_CLAUSE_END.split(window, maxsplit=1)[0]):
        return "both"
    near_before = sentence[max(0, figure.start - 30):figure.start]
    if _names_each_or_both(near_before) and _EACH_BEFORE.search(near_before):
        return "both"
    if figure.swap_with is not None and figure.swap_with == figure.value:
        return "both"
    same = _other_side_same(sentence, figure.end) if same_number else None
    # "Russia released 75 Ukrainians, the same number of Ukrainians as …", "Ukraine received 200 soldiers, the
    # same number of Ukrainians …": the figure's own side again (a swap's, as "the same number" speaks of one)
    if same is not None and (same == "both" or (side_in_phrase(figure, sentence, lo, hi, False)
                                                or side_of_subject(figure, sentence, "prisoners_exchanged")) != same):
        return "both"
    fought_for = _fought_for(sentence, figure, hi)
    if fought_for:
        return fought_for
    head = _head(after)
    m = _DEMONYMS.search(head)
    if m and len(head[:m.start()].split()) <= 5:
        return _SIDE_OF.get(_key(m.group()))
    owner = _owner_in_head(head) or _home_after(after, head) or _its_people(sentence, figure, lo) \
        or _swapped_for(sentence, figure, lo) \
        or _part_of_those_home(sentence, figure)
    if owner:
        return owner
    if _both_in_subject(sentence, figure, lo):
        return "both"
    inflicted_on = _inflicted_on(sentence, figure, lo, hi)
    if inflicted_on:
        return inflicted_on
    receiver = _receiver(sentence, figure, lo)
    if receiver:
        return receiver
    held = _held_by(sentence, figure.end, hi)
    if held:
        return held
    counted = _number_of_nationals(sentence[max(lo, figure.start - _NUMBER_OF_REACH):figure.start])
    if counted:
        return counted
    before = sentence[max(lo, figure.start - 40):figure.start]
    found = _DEMONYMS.finditer(before)
    if found:
        m = found[-1]  # the last demonym before the figure
        between = before[m.end():]
        # "…, part of which Russian troops now occupy, some 300 residents": another clause's people;
        # "Russian shelling … left 14 casualties": the attacker's
        # "Ukrainian forces killed 193 civilians": the attacker, whose verb stands between
        if _MILITARY_NOUN.search(between + head[:30]) and not _SPEECH.search(between) and "," not in between \
                and not _ATTACKER.match(between[:30]) and not _HARM_DONE.search(between):
            return _SIDE_OF.get(_key(m.group()))
        # "the number of Ukrainians handed over as 150": the people themselves, for a figure that names none
        if not head.strip() and _key(m.group()) in _NATIONALITIES and not _SPEECH.search(between) \
                and "," not in between:
            return _SIDE_OF.get(_key(m.group()))
    losses_of = _losses_owner(sentence, figure, lo)
    if losses_of:
        return losses_of
    if "mediation" in sentence and _MEDIATOR.search(sentence) and not _SUBJECTS.search(sentence[:figure.start]):
        # "released through its mediation": a go-between counts both sides' people (but "Ukraine
        # brought home 150 … through the mediation of the UAE" counts Ukraine's, as its subject says)
        return "both"
    return None


# An active verb of harm with the figure as its object ("forces killed [at least] 193"), not a passive one
# ("were killed") nor a participle ("soldiers killed near Bakhmut numbered 300").
_HARM_DONE = re.compile(rf"(?<!\bwere )(?<!\bwas )(?<!\bbeen )(?<!\bbe )(?<!\bare )(?<!\bis )"
                        rf"\b(?:{'|'.join(_C['combatant_words']['harm_verbs'])})\s+(?:[\w-]+\s+){{0,2}}$",
                        re.IGNORECASE)
# "Russian [combat] losses near Kupiansk … came to": a side, then the noun of its losses.
_LOSS_NOUNS = "|".join(r"\s+".join(n.split()) for n in _C["loss_nouns"])
_LOSSES_AFTER = re.compile(rf"\s+(?:[\w-]+\s+)?(?:{_LOSS_NOUNS})\b", re.IGNORECASE)
_LOSSES_REACH = 120  # characters before the figure
# "… came to [more than] 1,214": the losses are the subject only when a verb of amount stands right before
_AMOUNT_VERBS = "|".join(r"\s+".join(v.split()) for v in _C["loss_amount_verbs"])
_LOSS_AMOUNT = re.compile(rf"\b(?:{_AMOUNT_VERBS})\s+(?:(?:{categories.LEADING})\s+)?$", re.IGNORECASE)


def _losses_owner(sentence: str, figure: Figure, lo: int) -> str | None:
    """"Russian losses near Kupiansk over the same week came to 1,214 troops": the side whose losses are
    the subject of the figure's clause, up to `_LOSSES_REACH` characters before it (a cheap test for the loss nouns
    first)."""
    before = sentence[max(lo, figure.start - _LOSSES_REACH):figure.start]
    clause = before[max(before.rfind(mark) for mark in ",;:") + 1:]
    lower = clause.lower()
    if "losses" not in lower and "casualties" not in lower and "toll" not in lower:  # the ends of "loss_nouns"
        return None
    if not _LOSS_AMOUNT.search(clause):
        return None  # "despite heavy Russian losses the army pushed on and killed 30": another verb's figure
    for m in reversed(_DEMONYMS.finditer(clause)):
        if _LOSSES_AFTER.match(clause, m.end()) and not _ATTACKER.match(clause, m.end()) \
                and not _SPEECH.search(clause, m.end()):
            return _SIDE_OF.get(_key(m.group()))
    return None


_FIGHTING_FOR = "|".join(r"\s+".join(p.split()) for p in _C["fighting_for"])  # "for", "on\s+the\s+side\s+of"
_FOUGHT_FOR = re.compile(rf"\b(?:{'|'.join(_C['fighting_verbs'])})\s+(?:{_FIGHTING_FOR})\s+(?:the\s+)?", re.IGNORECASE)


def _fought_for(sentence: str, figure: Figure, hi: int) -> str | None:
    """"50 Georgians were killed fighting for Ukraine": the side the figure's people fought for, which foreign
    fighters are counted with (a cheap test for "fight" or "fought" in the sentence first)."""
    if "fight" not in sentence and "fought" not in sentence:
        return None
    clause = _CLAUSE_END.split(sentence[figure.end:min(hi, figure.end + 80)], maxsplit=1)[0]
    m = _FOUGHT_FOR.search(clause)
    if m is None:
        return None
    rest = clause[m.end():]
    named = _DEMONYMS.match(rest) or _SUBJECTS.match(rest)
    if named is None:
        return None
    key = _key(named.group())
    return _SIDE_OF.get(key) or _SUBJECT_OF.get(key)


def _swapped_for(sentence: str, figure: Figure, lo: int) -> str | None:
    """"freed 215 Ukrainians in return for 55 people": the other side than the one the figure before names."""
    if not lo:
        return None  # no figure before this one
    before = sentence[lo:figure.start]
    at = categories.in_return_for(before)
    if at is None:
        return None
    named = {_SIDE_OF.get(_key(m.group())) for m in _DEMONYMS.finditer(before[:at])}
    named.discard(None)
    return _FLIPPED[named.pop()] if len(named) == 1 else None


_NATIONALITIES = frozenset(_C["nationality_nouns"])
# "brought the number of Ukrainians freed since … to 1,762": the nationals a total counts, then the figure it reaches.
_NUMBER_OF = re.compile(rf"\b(?:number|total|count|tally)\s+of\s+({'|'.join(_NATIONALITIES)})\b[^;:.()]*?"
                        r"\b(?:to|at|as|reached|reaches)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_NUMBER_OF_REACH = 150  # characters before the figure


def _number_of_nationals(before: str) -> str | None:
    """The side of the nationals that "the number of …" in the text before a figure counts, when the
    figure is what the number reaches (cheap tests for " of " and the nationals' nouns first)."""
    if " of " not in before:
        return None
    lower = before.lower()
    if not any(noun in lower for noun in _NATIONALITIES):
        return None
    m = _NUMBER_OF.search(before)
    return _SIDE_OF.get(m.group(1).lower()) if m else None


# "24 servicemen of the Armed Forces of Ukraine", "300 citizens of Russia", "50 prisoners of war of the Armed Forces
# of Russia": the country the people belong to.
_OF_COUNTRY = re.compile(r"^\s*(?:[\w-]+\s+){1,2}?(?:of\s+war\s+)?of\s+(?:the\s+)?(?:armed\s+forces\s+of\s+)?"
                         r"(russia|ukraine)\b",
                         re.IGNORECASE)
_HOME_OF = re.compile(rf"^\s*(?:{'|'.join(_C['home_nouns'])})\s+of\s+", re.IGNORECASE)


def _owner_in_head(head: str) -> str | None:
    """The side of the country that the figure's noun phrase says its people are of, or of the place they
    live in ("1,140 residents of Khmelnytskyi region", "a hundred Kursk residents") (a cheap test for " of " first)."""
    if " of " not in head:
        return _home_named_before(head)
    m = _OF_COUNTRY.match(head)
    if m:
        return _SUBJECT_OF[m.group(1).lower()]
    home = _HOME_OF.match(head)
    if home:
        found = places.places_in(head[home.end():])
        return side_of_home(found[0]) if found else None
    return None


_HOME_NOUNS = frozenset(_C["home_nouns"])
_FROM_HOME = re.compile(r"from\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")


def _home_after(after: str, head: str) -> str | None:
    """"2,914 servicemen from Buryatia": the side of the region or town (not a country: "returned from Russia")
    that the figure's people come from (a cheap test for "from" right after the noun phrase first)."""
    at = len(head)
    if not after.startswith("from ", at) or not _PEOPLE_NOUNS.search(head):
        return None
    m = _FROM_HOME.match(after, at)
    found = places.places_in(m.group(1)) if m else []
    return side_of_home(found[0]) if found and not places.is_country(found[0]) else None


def _home_named_before(head: str) -> str | None:
    """"about a hundred Kursk residents": the side of the capitalised place that the figure's noun phrase
    names right before the noun of people who live there (a cheap test for that noun first)."""
    words = head.split()
    if len(words) < 2 or words[-1].lower() not in _HOME_NOUNS or not words[0][:1].isupper():
        return None
    found = places.places_in(" ".join(words[:-1]))
    return side_of_home(found[-1]) if found else None


# "inflicted losses of up to 460 servicemen on Ukrainian units": the side the harm was done to.
_ON_SIDE = re.compile(r"\bon\s+(?:the\s+)?(?=\S)", re.IGNORECASE)


def _inflicted_on(sentence: str, figure: Figure, lo: int, hi: int) -> str | None:
    """The side named after "on" in the clause of a figure of losses "inflicted" by the other
    (cheap tests for "inflict" just before the figure and " on " after it first)."""
    before = sentence[max(lo, figure.start - 60):figure.start]
    if "nflict" not in before:
        return None
    clause = _CLAUSE_END.split(sentence[figure.end:min(hi, figure.end + 80)], maxsplit=1)[0]
    if " on " not in clause:
        return None
    for on in _ON_SIDE.finditer(clause):
        m = _DEMONYMS.match(clause[on.end():on.end() + 40])
        if m:
            return _SIDE_OF.get(_key(m.group()))
    return None


_MEDIATOR = phrase_pattern(_C["mediator_cues"])
_RECEIVING = phrase_pattern(_C["receiving_cues"])
_RECEIVED_PEOPLE = phrase_pattern(_C["received_people_words"])


def _receiver(sentence: str, figure: Figure, lo: int) -> str | None:
    """The one side named before a "received" or "brought home" that comes before the figure, with no
    giving verb between: bodies or prisoners that a side receives or brings home are its own people
    ("the bodies Ukraine has received rose to 6,057", "Ukraine's headquarters said the handover brought
    home 1,212 bodies"). Refugees a country receives are not, so the sentence must speak of bodies or captives."""
    before = sentence[lo:figure.start]
    lower = before.lower()
    cue = None
    if "receiv" in lower or "home" in lower or " back" in lower:
        for m in _RECEIVING.finditer(before):
            cue = m
    if cue is None:
        cue = _split_receiving(before, sentence[figure.end:figure.end + 30])
    if cue is None or _GIVING.search(sentence, lo + cue.end(), figure.start) \
            or _RECEIVED_PEOPLE.search(sentence) is None:
        return None
    named = {_SIDE_OF.get(_key(m.group())) for m in _DEMONYMS.finditer(before[:cue.start()])
             if not _TO_OR_FROM_BEFORE.search(sentence, max(0, lo + m.start() - 10), lo + m.start())}
    named |= {_SUBJECT_OF.get(_key(m.group())) for m in _SUBJECTS.finditer(before[:cue.start()])
              if not _after_preposition(sentence[max(0, lo + m.start() - 10):lo + m.start()])}
    named.discard(None)
    if not named and _PARTICIPLE_AFTER_COMMA.search(before, 0, cue.end()):
        # "Russia transferred 6,060 bodies to the Ukrainian side, receiving 78 in return": the clause's subject
        return _subject_before(sentence, lo + before.rfind(",", 0, cue.start()))
    return named.pop() if len(named) == 1 else None


# "… to the Ukrainian side", "… from the Russian side": the other party of a handover, not who receives.
_TO_OR_FROM_BEFORE = re.compile(r"\b(?:to|from)\s+(?:the\s+)?$", re.IGNORECASE)
# ", receiving 78": a participle whose subject is that of the clause before the comma.
_PARTICIPLE_AFTER_COMMA = re.compile(r",\s+\w+ing$", re.IGNORECASE)


# "Moscow says it got 43 bodies back": a verb of getting just before the figure, "back" or "home" just after it.
_GETTING_BEFORE = re.compile(rf"\b(?:{'|'.join(_C['getting_verbs'])})\s+$", re.IGNORECASE)
_BACK_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:back|home)\b", re.IGNORECASE)


def _split_receiving(before: str, after: str) -> re.Match[str] | None:
    """The verb of "got 43 bodies back", "brought 95 soldiers home" (the figure stands inside the phrase)
    that ends `before`, when `after` closes the phrase (a cheap test for "back" or "home" first)."""
    lower = after.lower()
    if "back" not in lower and "home" not in lower:
        return None
    verb = _GETTING_BEFORE.search(before)
    return verb if verb and _BACK_AFTER.match(after) else None


# "returned 5,800 people from Russian captivity", "1,000 held in Ukrainian prisons": the captor's demonym.
_CAPTOR = re.compile(r"\b(?:in|from)\s+(?:the\s+)?(russian|ukrainian)\s+(?:captivity|detention|custody|"
                     r"prisons?|jails?|camps?)\b", re.IGNORECASE)


_CONVICTS = frozenset(_C["convict_nouns"])
_HELD_REACH = 100  # characters: "3,870 servicemen first listed as missing have been confirmed to be in Russian captivity"


def _held_by(sentence: str, end: int, hi: int) -> str | None:
    """The side whose people the figure ending at `end` counts when its clause says which side holds or
    held them captive: the other one (cheap tests for a demonym and for "captiv", "deten", "custod", … first);
    but convicts "from Russian prisons" are that country's own."""
    chunk = sentence[end:min(hi, end + _HELD_REACH)]
    if "ussian" not in chunk and "krainian" not in chunk and "USSIAN" not in chunk and "KRAINIAN" not in chunk:
        return None
    clause = _CLAUSE_END.split(chunk, maxsplit=1)[0]
    lower = clause.lower()
    if not any(word in lower for word in ("captiv", "deten", "custod", "prison", "jail", "camp")):
        return None
    m = _CAPTOR.search(clause)
    if m is None:
        return None
    captor = _SIDE_OF[m.group(1).lower()]
    return captor if lower.split(maxsplit=1)[0] in _CONVICTS else _FLIPPED[captor]


_GIVING = re.compile(r"\b(?:returned|return|returns|handed|hand|hands|repatriated|repatriates|transferred|"
                     r"sent|gave|give|released|releases|freed|frees)\b", re.IGNORECASE)
_FLIPPED = {"russia": "ukraine", "ukraine": "russia"}


_OWN_LOSSES = re.compile(r"\b(russia|ukraine|moscow|kyiv|kiev|the\s+kremlin)\s+(?:has\s+|had\s+)?(?:said|says|admitted|"
                         r"admits|acknowledged|acknowledges|confirmed|confirms|conceded|concedes)\s+(?:that\s+)?"
                         r"(?:it|its)\b[^,;]*$", re.IGNORECASE)


# Words `_OWN_LOSSES` needs (checked on lower-cased ASCII text): "admitted … it had lost".
_OWN_LOSSES_WORDS = re.compile("said|says|admit|acknowledg|confirm|conced")
_HANDED_TO = re.compile(r"\b(?:handed\s+over|handed\s+back|returned|repatriated|transferred|sent\s+back|"
                        r"brought\s+back|released)\s+to\s+(russia|ukraine|kyiv|kiev|moscow)\b", re.IGNORECASE)


# "bodies handed back by Russia", "prisoners held by Ukraine": the country gave or holds the other side's people.
_BY_OTHER_SIDE = re.compile(r"\b(?:handed\s+over|handed\s+back|returned|repatriated|transferred|sent\s+back|"
                            r"released|freed|captured|held|taken\s+prisoner)\s+by\s+"
                            r"(russia|ukraine|kyiv|kiev|moscow)\b", re.IGNORECASE)


def _by_other_side(sentence: str, end: int) -> str | None:
    """The side whose people the figure ending at `end` counts when the words after it, in its clause,
    say the other side gave them back or holds them (a cheap test for " by " first)."""
    if sentence.find(" by ", end, end + 120) < 0:
        return None
    m = _BY_OTHER_SIDE.search(_CLAUSE_END.split(sentence[end:end + 120], maxsplit=1)[0])
    return _FLIPPED[_SUBJECT_OF[_key(m.group(1))]] if m else None


def _after_preposition(before: str) -> bool:
    """"attacks on Russia": the country is not the subject (on ASCII text, the last word tells first)."""
    if before.isascii() and not before.lower().rstrip().endswith(_PREPOSITIONS):
        return False
    return _PREPOSITION_BEFORE.search(before) is not None


_CAPTURE_ACT = phrase_pattern(_C["capture_verbs"])
_CAPTURE_STEMS = tuple({p.split()[-1][:6] for p in _C["capture_verbs"]})  # "surren", "captur": for a cheap test


def _capture_reported(figure: Figure, sentence: str) -> str | None:
    """"Russia's defence ministry said 2,439 fighters had surrendered": a side that reports men surrendering
    or taken prisoner speaks of its enemy's, the other side, unless it names who took them (a cheap test for
    the act's words first)."""
    after = sentence[figure.end:figure.end + 60]
    lower = after.lower()
    if not any(stem in lower for stem in _CAPTURE_STEMS):
        return None
    clause = _CLAUSE_END.split(after, maxsplit=1)[0]
    if not _CAPTURE_ACT.search(clause):
        return None
    by = clause.find(" by ")
    if by >= 0:  # "taken prisoner by Ukrainian forces": the captor is named, and the captives are the other side
        captor = _DEMONYMS.match(clause[by + 4:by + 44].lstrip()) or _SUBJECTS.match(clause[by + 4:by + 44].lstrip())
        side = captor and (_SIDE_OF.get(_key(captor.group())) or _SUBJECT_OF.get(_key(captor.group())))
        return _FLIPPED[side] if side else None
    if not _SURRENDER_ACT.search(clause):
        return None  # "Kyiv acknowledged that 40 marines were captured": its own men, taken by the enemy
    speech = _SAYING.search(sentence[:figure.start])
    if speech is None or _NOT_THE_SUBJECT.search(sentence[:speech.start()]):
        return None  # "Ukraine lost Avdiivka, when it was reported that …": Ukraine is not the one reporting
    speaker = _speaker_side(sentence, figure)
    return _FLIPPED[speaker] if speaker else None


_SURRENDER_ACT = phrase_pattern(_C["surrender_verbs"])  # men who gave themselves up, not "were captured"
# Words before a verb of saying that show its subject is not the side named before them: "when", "it", "that".
_NOT_THE_SUBJECT = re.compile(r"[;:]|\b(?:when|after|while|that|it|which)\b", re.IGNORECASE)
_SAYING = phrase_pattern(_C["speech_verbs"])


def _speaker_side(sentence: str, figure: Figure) -> str | None:
    """The one side that the words before the sentence's first verb of saying name, if that verb comes
    before the figure: the side of who reports it ("Russia's defence ministry said …")."""
    speech = _SAYING.search(sentence[:figure.start])
    if speech is None:
        return None
    said_by = sentence[:speech.start()]
    named = {_SIDE_OF.get(_key(m.group())) for m in _DEMONYMS.finditer(said_by)}
    named |= {_SUBJECT_OF.get(_key(m.group())) for m in _SUBJECTS.finditer(said_by)}
    named.discard(None)
    return named.pop() if len(named) == 1 else None


# "111 of those released": a part of the people a swap or handover brought home.
_OF_THOSE_HOME = re.compile(rf"\s+of\s+(?:those|the\s+(?:{'|'.join(_C['came_home_nouns'])}))\s+"
                            rf"(?:{'|'.join(_C['came_home_participles'])})\b", re.IGNORECASE)


def _part_of_those_home(sentence: str, figure: Figure) -> str | None:
    """"Andriy Yermak, head of Ukraine's presidential office, wrote that 111 of those released were …": a side
    that reports on the people a swap brought home counts its own (a cheap test for " of " first)."""
    if not sentence.startswith(" of ", figure.end) or not _OF_THOSE_HOME.match(sentence, figure.end):
        return None
    return _speaker_side(sentence, figure)


def side_of_subject(figure: Figure, sentence: str, category: str) -> str | None:
    """The country that is the subject of the figure's clause: "Ukraine had suffered up to 100,000 …".

    A country that returns bodies or frees prisoners gives back the other side's people;
    a country that says "it had lost" counts its own.
    """
    if category in ("bodies_returned", "prisoners_exchanged"):
        to = _HANDED_TO.search(sentence[figure.end:figure.end + 120])
        if to:  # "the bodies of 48 soldiers were handed over to Russia"
            return _SUBJECT_OF.get(_key(to.group(1)))
    given = _by_other_side(sentence, figure.end) or (_capture_reported(figure, sentence)
                                                     if category == "captured" else None)
    if given:  # "1,300 bodies of soldiers handed back by Russia are being held in morgues"
        return given
    if category not in ("bodies_returned", "prisoners_exchanged"):
        before = sentence[:figure.start]
        # A match holds no comma or semicolon, so it lies after the last one.
        clause = max(before.rfind(","), before.rfind(";")) + 1
        if not before.isascii() or _OWN_LOSSES_WORDS.search(before[clause:].lower()):
            own = _OWN_LOSSES.search(before, clause)
            if own:
                return _SUBJECT_OF.get(_key(own.group(1)))
    best = None
    for m in reversed(_SUBJECTS.finditer(sentence[:figure.start])):  # the last subject that qualifies
        if _NOT_SUBJECT_NEXT.match(sentence[m.end():m.end() + 25]):
            continue
        if _after_preposition(sentence[max(0, m.start() - 10):m.start()]):
            continue
        best = _SUBJECT_OF.get(_key(m.group()))
        verb_zone = sentence[m.end():figure.start]
        break
    if best and category in ("bodies_returned", "prisoners_exchanged") and _GIVING.search(verb_zone):
        return _FLIPPED[best]
    return best


_ATTACKER = re.compile(r"\s+(?:[\w-]+\s+)?(?:strikes?|missiles?|shelling|drones?|attacks?|bombing|bombs|rockets?|"
                       r"artillery|invasion|aggression|offensive|assault|fire|"
                       r"airstrikes?|air\s+strikes?|glide\s+bombs?|officials|authorities|ministry|media|"
                       r"president|governor)\b", re.IGNORECASE)


# A demonym (maybe with its name's second word) as the subject of a verb of saying, maybe after an aside in
# commas: "the Russian Federation, for its part, reported".
_SPEAKS_NEXT = re.compile(rf"(?:\s+(?:{'|'.join(_C['state_name_words'])}))?(?:\s*,[^,\d]{{1,30}},)?\s+"
                          rf"(?:{'|'.join(_C['side_telling_verbs'])})\b")
# "two of its sailors", "their 60 servicemen": the teller's own people, whose side the demonym gives.
_OWN_AFTER = re.compile(rf"\s+of\s+(?:{'|'.join(_C['own_people_determiners'])})\b", re.IGNORECASE)
_OWN_BEFORE = re.compile(rf"\b(?:{'|'.join(_C['own_people_determiners'])})\s+$", re.IGNORECASE)


def side_anywhere(figure: Figure, sentence: str) -> str | None:
    """The nearest demonym anywhere in the sentence, a last resort before the article's context."""
    best: tuple[int, str] | None = None
    for m in _DEMONYMS.all_in(sentence):
        if _ATTACKER.match(sentence[m.end():m.end() + 30]):
            continue  # "Russian strikes kill 12": the attacker, not whose people died
        if m.end() <= figure.start and _SPEAKS_NEXT.match(sentence, m.end()) \
                and not _OWN_AFTER.match(sentence, figure.end) \
                and not _OWN_BEFORE.search(sentence[max(0, figure.start - 8):figure.start]):
            continue  # "the Russian Federation, for its part, reported that 50 prisoners …": who tells, not who died
        distance = m.start() - figure.end if m.start() >= figure.end else figure.start - m.end()
        side = _SIDE_OF.get(_key(m.group()))
        if side and distance >= 0 and (best is None or distance < best[0]):
            best = (distance, side)
    return best[1] if best else None


# Bodies returned and bodies held are both bodies: one kind of figure to take a side from.
_KIND_OF = {"bodies_returned": "bodies", "bodies_held": "bodies"}


def _same_source(a: str | None, b: str | None) -> bool:
    """Are two claimants the same source ("the Coordination Headquarters" and its full name)?"""
    if a is None or b is None:
        return a is b
    a, b = a.lower(), b.lower()
    return a in b or b in a


def latest_of_kind(claims: list[Claim], category: str) -> Claim | None:
    """The latest earlier claim that counts the same kind of thing."""
    kind = _KIND_OF.get(category, category)
    return next((claim for claim in reversed(claims) if _KIND_OF.get(claim.category, claim.category) == kind), None)


_SAME_SOURCE_REACH = 8  # claims: how far back a source's own earlier figure is looked for


def side_from_before(earlier: Claim | None, claims: list[Claim], category: str,
                     claimant: str | None) -> str | None:
    """The side of an earlier claim a figure follows on from; but when that claim was another
    source's, the side of this figure's source's (`claimant`) own latest claim of the kind.

    A source that goes on with a breakdown or a running total ("the headquarters said … 2,800
    bodies") counts the same side's people as its first figure did, even when another source's
    figure for the other side came in between.
    """
    if earlier is None or earlier.side is None:
        return None
    kind = _KIND_OF.get(category, category)
    recent = claims[-_SAME_SOURCE_REACH:]
    for claim in recent:
        if claim.side not in (None, earlier.side) and _KIND_OF.get(claim.category, claim.category) == kind:
            break
    else:
        return earlier.side  # the recent claims of the kind say the same side: no need to ask whose this is
    if _same_source(earlier.claimant, claimant):
        return earlier.side
    for claim in reversed(recent):
        if claim.side and _KIND_OF.get(claim.category, claim.category) == kind \
                and _same_source(claim.claimant, claimant):
            return claim.side
    return earlier.side


_PEOPLE_NOUNS = phrase_pattern([p for kind in _C["people_nouns"].values() for p in kind])


@lru_cache(maxsize=64)
def lede_side(lede: str) -> str | None:
    """The side of the people the article's opening sentence names with a demonym ("has killed
    Ukrainian prisoners of war") or as a country's own ("Moscow hides how many of its soldiers
    died"), if it names one side's only; failing those, the one side it names at all, not as an attacker."""
    found = set()
    for m in _DEMONYMS.finditer(lede):
        after = lede[m.end():m.end() + 40]
        if after.startswith(" ") and _PEOPLE_NOUNS.match(after[1:]):
            found.add(_SIDE_OF.get(_key(m.group())))
    found.add(_owner_of_people(lede))
    found.discard(None)
    if not found:  # "manpower is the main problem of Ukraine's war effort"
        found = _bare_sides(lede)
    return found.pop() if len(found) == 1 else None


# A war noun a side owns, after at most one word: "Ukraine's [own] army", "Russia's war".
_OWNS_WAR_NOUN = re.compile(r"\s+(?:[\w-]+\s+)?(?:%s)\b" % "|".join(
    re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_C["war_nouns"], key=len, reverse=True)), re.IGNORECASE)


# "the part of Donetsk region occupied by the Russian Federation": the agent of a passive, not a side whose people died.
_AGENT_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)


def _bare_sides(lede: str) -> set[str]:
    """The sides a lede names at all, not as an attacker, if it is about the war's toll (it speaks of
    casualties, or a side owns a war noun: "Ukraine's war effort"); else none ("Russia's parliament …")."""
    matches = [m for m in _DEMONYMS.finditer(lede) if not _ATTACKER.match(lede[m.end():m.end() + 30])
               and not _AGENT_BEFORE.search(lede[max(0, m.start() - 8):m.start()])]
    if not matches or discourse.opens_topic(lede):
        return set()
    if not categories.mentions_casualties(lede) and not any(_OWNS_WAR_NOUN.match(lede, m.end()) for m in matches):
        return set()
    return {side for m in matches if (side := _SIDE_OF.get(_key(m.group())))}


_ITS = re.compile(r"\b(?:its|their)\s+(?:own\s+)?", re.IGNORECASE)


def _owner_of_people(text: str) -> str | None:
    """The country that a clause's "its soldiers", "their own dead" refer back to: its one subject
    before them ("the Kremlin will not say how many of its troops died"), none if it names two."""
    lower = text.lower()
    if " its " not in lower and " their " not in lower:
        return None
    for its in _ITS.finditer(text):
        if not _PEOPLE_NOUNS.match(text[its.end():its.end() + 40]):
            continue
        owner = _subject_before(text, its.start())
        if owner:
            return owner
    return None


# A comma, semicolon or colon that ends a clause: not the comma of "1,000".
_CLAUSE_MARK = re.compile(r"[;:]|,(?!\d)")


def _clause_opening(text: str, at: int) -> int:
    """Where the clause that runs up to `at` opens: after the last mark that ends a clause before it."""
    opening = 0
    for m in _CLAUSE_MARK.finditer(text, 0, at):
        opening = m.end()
    return opening


def _subject_before(text: str, at: int) -> str | None:
    """The one country that is a subject in the clause that ends at `at`, none if it names two."""
    clause = _clause_opening(text, at)
    owners = {_SUBJECT_OF.get(_key(m.group())) for m in _SUBJECTS.finditer(text[clause:at])
              if not _after_preposition(text[max(0, clause + m.start() - 10):clause + m.start()])}
    owners.discard(None)
    return owners.pop() if len(owners) == 1 else None


_OF_ITS = re.compile(r"\s+of\s+(?:its|their)\s+(?:own\s+)?", re.IGNORECASE)
_SOLDIER_NOUNS = phrase_pattern(_C["people_nouns"]["military"])


def _its_people(sentence: str, figure: Figure, lo: int) -> str | None:
    """"Moscow said 248 of its servicemen were returned", "Russia handed over 1,000 bodies and received 19 of its
    own": the country that "its" refers back to, the subject of the figure's clause, even before another figure
    in it (not for "their": "handed 90 Ukrainian POWs to Kyiv and returned 19 of their soldiers' bodies" are the
    people just named). Only soldiers: "20 of its residents" are a town's (a cheap test first)."""
    after = sentence[figure.end:figure.end + 60]
    if not after.lower().startswith((" of its ", " of their ")):
        return None
    m = _OF_ITS.match(after)
    if m is None or not _SOLDIER_NOUNS.match(after[m.end():]):
        return None
    if after.lower().startswith(" of their "):
        return _subject_before(sentence[lo:figure.start], figure.start - lo)
    return _subject_before(sentence, figure.start)


def side_of_home(place: str | None) -> str:
    """The side of people who live in or come from a place: Russia's for a place in Russia, else Ukraine's."""
    return "russia" if place and places.in_russia(place) and not places.is_country(place) else "ukraine"


_W = _C["combatant_words"]
# "I lost 14 men", "six of my guys": the speaker's own side's people.
_OWN_LOSS = re.compile(rf"\b(?:I|we)\s+(?:have\s+|had\s+|'ve\s+)?(?:{'|'.join(_W['loss_verbs'])})\b|"
                       rf"\b(?:my|our)\s+(?:own\s+)?(?:{'|'.join(_W['own_units'])})\b", re.IGNORECASE)
# "they lose 60 a day", "we took 17 prisoners": the enemy's people ("our men killed 30" is both
# patterns: then the side is left to the other rules).
_ENEMY_LOSS = re.compile(rf"\b(?:they|the\s+enemy)\s+(?:have\s+|had\s+|are\s+|were\s+)?"
                         rf"(?:{'|'.join(_W['loss_verbs'])})\b|"
                         rf"\b(?:we|(?:my|our)\s+(?:{'|'.join(_W['own_units'])}))\s+(?:have\s+|had\s+|are\s+|were\s+)?"
                         rf"(?:{'|'.join(_W['harm_verbs'])})\b",
                         re.IGNORECASE)


def combatant_side(figure: Figure, sentence: str, before: list[str]) -> str | None:
    """Whose people a combatant counts in his own words: "I lost 14 men", "six of my guys" his side's;
    "they lose 60 a day", "we took 17 prisoners" the enemy's, the one side the article has named so far."""
    if not discourse.may_have_first_person_subject(sentence):
        return None  # most sentences: a cheap test, once per sentence, for the window's below
    start = max(0, figure.start - 50)
    window = sentence[start:figure.end + 25]
    if not discourse.has_first_person_subject(window):  # a combatant's words have "we", "my" … near the figure
        return None
    at = figure.start - start
    own = _OWN_LOSS.search(window) is not None  # its words hold no figure, so never the one at `at`
    enemy = any(m.end() <= at for m in _ENEMY_LOSS.finditer(window))
    if own == enemy:
        return None
    named = _sides_named(tuple(before[-40:]) + (sentence,))
    if named is None:
        return None
    return _FLIPPED[named] if own else named


@lru_cache(maxsize=16)
def _sides_named(sentences: tuple[str, ...]) -> str | None:
    """The side that the questions and the first-person answers among the sentences name by demonyms,
    if only one: in an interview, the enemy ("How have the Russian attacks changed?"). A sentence that
    says who speaks ("…, the Ukrainian commander said") names the speaker's side, so it is left out."""
    found = {_SIDE_OF.get(_key(m.group())) for text in sentences if _in_own_words(text)
             for m in _DEMONYMS.finditer(text)}
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def _in_own_words(text: str) -> bool:
    """A question, or a sentence in the first person that does not name its speaker."""
    return (discourse.asks(text) or discourse.has_first_person_subject(text)) and _SPEECH.search(text) is None
