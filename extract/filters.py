"""Figures that are not counts of people: years, ages, dates, durations, distances, money, kit, ordinals."""
from __future__ import annotations

import re

from extract.heads import cases_of_people
from extract.numbers import FIGURE_WORDS, Figure
from extract.qualifiers import LEADING
from extract.tables import AnyCase, any_of, load, phrase_pattern

_C = load("cues")
_N = load("numbers")
_P = load("places")
_EXCLUDE_AFTER = {w.lower() for w in _C["exclude_after"]}
_BUILDING_MODIFIERS = frozenset(_C["building_modifiers"])  # a noun that names people too: "apartment residents"
_EXCLUDE_BEFORE = {w.lower() for w in _C["exclude_before"]}
_EXCLUDE_BEFORE_ENDS = tuple(sorted(_EXCLUDE_BEFORE))
_EXCLUDE_BEFORE_LAST_WORDS = frozenset(w.rsplit(None, 1)[1] for w in _EXCLUDE_BEFORE if " " in w)
_EXCLUDE_PHRASES = phrase_pattern(_C["exclude_phrases"])
_EXCLUDE_PHRASE_FIRSTS = {p.lower()[0] for p in _C["exclude_phrases"] if p}
# "four to one", "10 to 1": a ratio's term when nothing is counted after it (the end, a comma, "in", "ratio").
_RATIO_TERMS = "|".join(r"\s+".join(p.split()) for p in _C["ratio_phrases"])
_RATIO_AFTER = re.compile(rf"\s*(?:{_RATIO_TERMS})(?![,.]?\d)(?=\s*(?:$|[,.;:)]|(?:{'|'.join(_C['ratio_ends'])})\b))")
_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december|"
           "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
_DATE_AFTER = AnyCase(rf"^(?:st|nd|rd|th)?\s*(?:of\s+)?(?:{_MONTHS})\b")
_DATE_AFTER_FIRSTS = {"s", "n", "r", "t", "o", *(month[0] for month in _MONTHS.split("|"))}
# "on 6 and 17 June", "on 3, 9 and 21 May": a day listed before others that share the month.
_MORE_DAYS_THEN_MONTH = AnyCase(rf"^(?:st|nd|rd|th)?(?:(?:,|,?\s+(?:and|or|&))\s+\d{{1,2}}(?:st|nd|rd|th)?)+\s+"
                                rf"(?:of\s+)?(?:{_MONTHS})\b")
# "declared 28 and 29 June days of mourning": one day joined by "and" to the next, whatever stands before.
_MORE_DAYS_AND = re.compile(r"(?:st|nd|rd|th)? and \d{1,2}(?:st|nd|rd|th)? ")
_MORE_DAYS_STARTS = (",", " and ", " or ", " & ", "st", "nd", "rd", "th")
# What stands before a day so listed: "on", "between", "from", "by", a weekday, a day before it, or nothing.
_DAY_OPENER = re.compile(r"(?:^|\b(?:on|between|from|by|until|till|since|monday|tuesday|wednesday|thursday|friday|"
                         r"saturday|sunday)|\d(?:st|nd|rd|th)?,?)\s*$", re.IGNORECASE)
# The word after a figure once words such as "more" and "of the" are passed: the same as
# `\s*([%€$£]|[\w'’.-]+)` matched on the text left by removing what `^(?:\s+(?:more|…|of\s+those))+` matches
# (the atomic group keeps what that would remove, however the word fares).
_ADJECTIVES_THEN_WORD = re.compile(r"(?>(?:\s+(?:more|additional|other|extra|new|further|of\s+the|of\s+them|of\s+those))*)"
                                   r"\s*([%€$£]|[\w'’.-]+)")


_AGE_APPOSITION = re.compile(r"(?<!\w)(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|"
                             r"February|March|April|May|June|July|August|September|October|November|December)\b)"
                             r"[A-Z][a-z]+,\s*$")
# "One lad, 23, lost …", "her son, 19, was …": one person named by a noun, then his age in apposition.
_AGE_NOUN_APPOSITION = re.compile(rf"\b(?:{'|'.join(_N['one_counts'] + _C['kin_nouns'])}),\s*$", re.IGNORECASE)
# … and "He is 26 now", "My son was 23 when …": one person's age, stated of him.
_AGE_IS = re.compile(r"\b(?:youngest|oldest|age)\b[^.;]{0,60}\b(?:is|was|are|were)\s+(?:just\s+|only\s+)?$"
                     r"|\b(?:youngest|oldest|eldest)\s+$"
                     rf"|\b(?:he|she|i|who|(?:my|his|her|our|their)\s+(?:{'|'.join(_C['kin_nouns'])}))\s+"
                     r"(?:is|was|turned|turns)\s+(?:just\s+|only\s+|now\s+)?$", re.IGNORECASE)
# A shorter qualifier list than `LEADING`: the longer one gives the same claims but costs time.
_LABEL_BEFORE = re.compile(r"\b([A-Za-z]+)\s*[-–—:]\s*(?:about|approximately|around|some|over|almost)?\s*$")
_LABELLED_INCREMENT = re.compile(r"\b([A-Za-z]+)\s*[-–—:]\s*(?:about|approximately|around|some|over|almost)?\s*"
                                 r"\d[\d,.\u202f\u00a0 ]*\(\s*\+\s*$")


def _backwards(words: str) -> str:
    """'mother|father' → 'rehtom|rehtaf': alternatives (plain words) to match on reversed text."""
    return "|".join(word[::-1] for word in words.split("|"))


# Patterns for the text just before a figure, each matched at the start of that text reversed: a
# pattern for what the text ends with would be tried from every position. The comment above each
# is what it reads forwards. All are case-insensitive.
_MONTHS_BACKWARDS = _backwards(_MONTHS)
# `\b(?:january|…|dec)\.?\s*$`
_DATE_BEFORE = re.compile(rf"\s*\.?(?:{_MONTHS_BACKWARDS})\b", re.IGNORECASE)
# `[$€£₴₽]\s*$|\b(?:usd|eur|uah|rub|gbp|us\$)\s*$`
_CURRENCY_BEFORE = re.compile(r"\s*(?:[$€£₴₽]|(?:dsu|rue|hau|bur|pbg|\$su)\b)", re.IGNORECASE)
# `(?:\+\d[\d\s()-]*|\b(?:hotlines?|…|number(?!\s+of\b))\b[^.;]{0,12})$` ("the number of dead" is a count)
_PHONE_BEFORE = re.compile(r"[\d\s()-]*\d\+|\n?(?P<gap>[^.;]{0,12}?)\b(?:s?eniltoh|s?enilpleh|llac|gnillac|enohp|enohpelet|let|laid|"
                           r"s?tcatnoc|ppastahw|rebiv|xaf|(?<!fo )rebmun)\b", re.IGNORECASE)
# `\b(?:mother|…|dad|age)s?\s+of\s*$|\bages?\s+(?:to|from)\s*$`: "a mother of 3", "under the age of 25",
# "lowered the draft age to 25"
_FAMILY_BEFORE = re.compile(
    rf"\s*(?:fo\s+s?(?:{_backwards('mother|father|parent|grandmother|grandfather|mum|mom|dad|age')})|(?:ot|morf)\s+s?ega)\b",
    re.IGNORECASE)
# `(?:%|\bper\s*cent|\bpercent|…|\bshare)\s+of\s+(?:the|its|their|all|an\s+estimated)?\s*$`
_SHARE_OF = re.compile(r"\s*(?:eht|sti|rieht|lla|detamitse\s+na)?\s+fo\s+"
                       r"(?:%|(?:tnec\s*rep|tnecrep|flah|driht|retrauq|sdriht|ytirojam|tsom|noitcarf|erahs)\b)",
                       re.IGNORECASE)
# `\b(?:(?:town|…|workforce)\s+(?:of|to)|(?:company|…|squad)\s+of)\s+(?:about|…|approximately)?\s*$`
# (a unit "of 500" is its strength; "the toll for the company to 12" is not)
_POPULATION_OF = re.compile(
    r"\s*(?:tuoba|emos|dnuora|ylraen|tsomla|ylhguor|naht\s+erom|revo|revo\s+tsuj|rednu|rednu\s+tsuj|naht\s+rewef|"
    r"naht\s+ssel|yletamixorppa)?\s+(?:(?:fo|ot)\s+s?"
    rf"(?:{_backwards('|'.join(_C['population_holders']))})"
    rf"|fo\s+s?(?:{_backwards('|'.join(_C['population_holder_units']))}))\b",
    re.IGNORECASE)


_FOOTNOTE_OR_PHONE_AFTER = re.compile(r"\s?\d{2,}")
_YEAR_COUNTS_AFTER = re.compile(r"\s+(?:people|civilians|soldiers|troops|bodies|prisoners|pows|servicemen|children|"
                                r"refugees|were|have|had)\b")
# Cheap necessary conditions for the patterns of what `before` ends with, checked on the lower-cased,
# right-stripped ASCII text before the figure: a pattern can only match when its text ends so.
_PHONE_WORDS = any_of(("+", "hotline", "helpline", "call", "phone", "tel", "dial", "contact", "whatsapp", "viber",
                       "fax", "number"))
_POPULATION_OF_ENDS = ("of", "to", "about", "some", "around", "nearly", "almost", "roughly", "than", "over",
                       "under", "approximately")
_SHARE_OF_ENDS = ("of", "the", "its", "their", "all", "estimated")
_CURRENCY_ENDS = ("$", "usd", "eur", "uah", "rub", "gbp")
_MONTH_ENDS = tuple(_MONTHS.split("|"))
_AGE_IS_ENDS = ("is", "was", "are", "were", "just", "only", "now", "turned", "turns", "youngest", "oldest", "eldest")
_AGE_COMPARED = (" older than", " younger than")  # "one in four was older than 45": an age
_LABEL_ENDS = ("-", ":", "about", "approximately", "around", "some", "over", "almost")
_RANGE_OPENER_ENDS = (" between", " from")
# "soldiers, all under 25,", "captives under 25": an age the people named share, in apposition.
_AGE_LIMIT = re.compile(r"\b([\w-]+)\s+(?:aged\s+)?(?:under|over|below|above)\s+$", re.IGNORECASE)
_PEOPLE_WORDS = frozenset(w for words in _C["people_nouns"].values() for w in words if " " not in w)
_AGE_HOLDERS = frozenset({"all", "both", "each", "most", "mostly"}) | _PEOPLE_WORDS
_CLAUSE_ENDS = (",", ";", ")", ".", "")
_INTERVIEW_OPENERS = "|".join(r"\s+".join(p.split()) for p in _C["interview_openers"])
_INTERVIEWED_BEFORE = re.compile(rf"\b(?:{_INTERVIEW_OPENERS})\s+(?:(?:{LEADING})\s+)?$", re.IGNORECASE)
# The first words of `_INTERVIEWED_BEFORE`'s phrases ("interview" also in "interviews"): one must be in its match.
_INTERVIEW_WORDS = any_of(sorted({p.split()[0].removesuffix("s") for p in _C["interview_openers"]}))


_CLOSING = ".)\"”’' "  # what may close a sentence after its last figure
_PLACE_NAMES = frozenset(alias.lower() for entry in _P["places"].values() for alias in entry["aliases"])
_NOUN_BEFORE_NAME = re.compile(r"\b([A-Za-z]+),?\s+$")
_NAMED_PERSON_NOUNS = _PEOPLE_WORDS | frozenset(_C["kin_nouns"]) | frozenset(_C["named_person_roles"])


def _named_age(before: str) -> bool:
    """Does the text before a figure that ends its sentence end with a person's name and a comma ("said one of its
    drivers, Andrii,"): the figure is his age (not "Kharkiv, 34.", a place's count)?"""
    m = _AGE_APPOSITION.search(before)
    if m is None or m.group().rstrip(", ").lower() in _PLACE_NAMES:
        return False
    # Only after a noun for a person ("drivers, Andrii,"), not "said: Saltivskyi," or "according to Reuters,".
    noun = _NOUN_BEFORE_NAME.search(before, 0, m.start())
    return noun is not None and noun.group(1).lower() in _NAMED_PERSON_NOUNS


def _age_limit(before: str) -> bool:
    """Does the text before the figure end with an age limit on people named: "all under", "captives over"?"""
    if not before.rstrip().endswith(("under", "over", "below", "above")):
        return False
    m = _AGE_LIMIT.search(before)
    return m is not None and m.group(1).lower() in _AGE_HOLDERS


_LAST_WORD_REVERSED = re.compile(r"\s*([\w'’.+#№-]+|[$€£₴₽])")


def _word_before(before: str) -> str | None:
    r"""The word (or currency sign) that ends `before`, white space aside.

    The same as searching for `([\w'’.+#№-]+|[$€£₴₽#№+])\s*$`, but matched once on the reversed
    text rather than tried at every position.
    """
    m = _LAST_WORD_REVERSED.match(before[::-1])
    return m.group(1)[::-1] if m else None


_SPEECH_VERBS = frozenset(v for v in _C["speech_verbs"] if " " not in v)
_RANGE_OPENERS = frozenset(_C["range_openers"])


def _phone_before(backwards: str) -> bool:
    """Does a phone number's lead-in end the text before the figure (given reversed)? Not where a verb of
    speech follows the phone word ("residents contacted by telephone said about 20 …"): a count, reported. Nor
    where words stand between "number" and the figure ("put the number at 600"): that number is a total."""
    m = _PHONE_BEFORE.match(backwards)
    gap = m and m.group("gap")
    if gap and m.group(0)[-6:].lower() == "rebmun" and any(c.isalpha() for c in gap):  # "number", reversed
        return False
    return bool(m) and not (gap and _SPEECH_VERBS.intersection(gap[::-1].lower().split()))


_BUT_PEOPLE = frozenset(_C["exclude_before_but_people"])  # "the same three newspapers", not "the same 40 marines"


def _excluded_before(before: str, after_lower: str = "") -> bool:
    """Is the word (or two-word entry) before the figure one that no count follows ("aged 25", "by a factor of 3"),
    also past the opener of a range ("aged between 18 and 60"), but not "same" before people (`after_lower`)?"""
    word = _word_before(before)
    if word and word.lower() in _BUT_PEOPLE \
            and not _PEOPLE_WORDS.isdisjoint(w.strip(".,;:") for w in after_lower.split()[:2]):
        return False  # "the same 40 Ukrainian marines were returned": people counted again, in a new event
    if word and word.lower() in _RANGE_OPENERS:
        word = _word_before(before[:before.rstrip().rfind(" ") + 1])
    if word and word.lower() in _EXCLUDE_BEFORE_LAST_WORDS:  # "by a factor of three": a two-word entry
        earlier = _word_before(before[:before.rstrip().rfind(" ") + 1])
        if earlier and f"{earlier} {word}".lower() in _EXCLUDE_BEFORE:
            return True
    return bool(word) and word.lower() in _EXCLUDE_BEFORE


# "aged 47 and 52", "pages 3, 4 and 9": the later items of a list of bare figures, whose first one a word before
# it ("aged") makes no count.
_LIST_OF_FIGURES = re.compile(r"(?<![\w.,])(\d[\d.,]*(?:\s*,\s*\d[\d.,]*)*)\s*(?:,|,?\s+(?:and|or|&))\s+$")
# "2,000 hryvnias, or 3,000 for children": a figure after an amount of money or a measure, which it shares.
_AMOUNT_THEN_FIGURE = re.compile(r"\d[\d.,]*\s+([a-z]+)\s*(?:,|,?\s+(?:and|or))\s+$", re.IGNORECASE)
_AMOUNT_UNITS = frozenset(_C["amount_units"])
_VERBS_AFTER_FIGURE = frozenset(_C["verbs_after_figure"])
_LIST_ENDS = ("and", "or", "&", ",")
_DIGIT = re.compile(r"\d")


def _listed_after_no_count(sentence: str, start: int, after_lower: str) -> bool:
    """Does the figure starting at `start` follow another in a list that is no count of people: an age or a
    number ("aged 47 and 52"), or an amount whose unit it shares ("2,000 hryvnias, or 3,000 for children",
    not "… and 3,000 people")?"""
    near = sentence[max(0, start - 60):start]
    if not near.rstrip().endswith(_LIST_ENDS) or _DIGIT.search(near) is None:
        return False
    listed = _LIST_OF_FIGURES.search(near)
    if listed is not None and _excluded_before(near[:listed.start(1)]):
        return True
    amount = _AMOUNT_THEN_FIGURE.search(near)
    if amount is None or amount.group(1).lower() not in _AMOUNT_UNITS:
        return False
    word = _ADJECTIVES_THEN_WORD.match(after_lower)
    if word is not None and (word.group(1) in _VERBS_AFTER_FIGURE or word.group(1).rstrip(".").endswith("ed")):
        return False  # "advanced 30 km, and 200 were captured": the figure has its own verb
    return word is None or word.group(1) not in _PEOPLE_WORDS


# "markers numbered as high as 319", "tanks numbered 300": a figure that things, not people, number.
_THINGS_NUMBERED = re.compile(rf"\b([a-z]+)\s+numbered\s+(?:(?:{LEADING}|up\s+to|as\s+high\s+as|from)\s+)?$",
                              re.IGNORECASE)
# … but "the body bags numbered more than 440": things that count the dead.
_NUMBERED_THINGS = (frozenset(_C["numbered_things"]) | _EXCLUDE_AFTER) - frozenset(_C["body_counters"])


def _things_numbered(sentence: str, start: int) -> bool:
    """Is the figure starting at `start` what things are numbered up to or number ("crosses numbered as high as
    319"), not a count of people?"""
    m = _THINGS_NUMBERED.search(sentence[max(0, start - 50):start])
    return m is not None and m.group(1).lower() in _NUMBERED_THINGS


def is_excluded(figure: Figure, sentence: str) -> bool:
    """True when the figure is plainly not a count of people (see CLAIMS.md "Not claims")."""
    before = sentence[max(0, figure.start - 30):figure.start]
    after = sentence[figure.end:figure.end + 40]
    after_lower = after.lower()
    if before.endswith("[") and after.startswith("]"):
        return True  # a footnote marker
    if _numbers_heading(before, after) or _in_digit_chain(before, after):
        return True
    backwards = before[::-1]  # for the patterns of what `before` ends with
    # On ASCII text, `tail` decides which `$`-anchored patterns could match at all; otherwise all run.
    ascii_only = before.isascii()
    lower_before = before.lower().rstrip()
    tail = lower_before if ascii_only else ""
    if ((not ascii_only or _PHONE_WORDS.search(tail)) and _phone_before(backwards)) \
            or ((after[1:2].isdecimal() or after[:1].isdecimal()) and _FOOTNOTE_OR_PHONE_AFTER.match(after)) \
            or ((not ascii_only or tail.endswith(("of", "to", "from"))) and _FAMILY_BEFORE.match(backwards)):
        return True
    if (before[-1:].isspace() and before[-2:-1].isdecimal()) \
            or ((not ascii_only or tail.endswith(_POPULATION_OF_ENDS)) and _POPULATION_OF.match(backwards)) \
            or ((not ascii_only or tail.endswith(_SHARE_OF_ENDS)) and _SHARE_OF.match(backwards)):
        # a spaced phone number's tail; "a town of 20,000", "populations of under 10,000"; "an army of 800,000";
        return True  # "40% of the 3,000"
    if figure.text[:1] == "0" and figure.text[1:2] not in (".", ""):
        return True  # "0 800 300 529": a phone number; no count starts with a zero
    if (not ascii_only or _INTERVIEW_WORDS.search(tail)) and _INTERVIEWED_BEFORE.search(before):
        return True  # "based on interviews with 23 survivors": the report's sources, not a count of harm
    if figure.is_range and _looks_like_year(figure):
        return True
    if figure.value < 120 and before[-1:].isspace():
        near = sentence[max(0, figure.start - 80):figure.start]
        if (not near.isascii() or near.lower().rstrip().endswith(_AGE_IS_ENDS)) and _AGE_IS.search(near):
            return True  # "the youngest of the returnees is 22", "… and the oldest 59"
        if lower_before.endswith(_AGE_COMPARED):
            return True  # "one in four was older than 45"
    if figure.value < 120 and after.startswith(",") and before.rstrip().endswith(",") \
            and (_AGE_APPOSITION.search(before) or _AGE_NOUN_APPOSITION.search(before)):
        return True  # "Olena, 54, whose son …", "One lad, 23, lost …"
    if figure.value < 120 and figure.swap_with is None and not after.rstrip(_CLOSING) \
            and before.rstrip().endswith(",") and _named_age(sentence[max(0, figure.start - 60):figure.start]):
        return True  # "… said one of its drivers, Andrii, 34."
    if ((not ascii_only or tail.endswith(_CURRENCY_ENDS)) and _CURRENCY_BEFORE.match(backwards)) \
            or ((not ascii_only or tail.rstrip(".").endswith(_MONTH_ENDS)) and _DATE_BEFORE.match(backwards)) \
            or _date_after(after, after_lower) or (figure.value <= 31 and _more_days_after(after, after_lower)
                                                   and (_DAY_OPENER.search(before) is not None
                                                        or _MORE_DAYS_AND.match(after_lower) is not None)):
        return True
    if after.startswith(("%", "-year", "-month", "-day", "-hour", "-km", "-mile", "-kilometre",
                         "-kilometer", "-metre", "-meter", "-strong", "th ", "-fold", "-times",
                         "-point", "-minute", "-second", "-week", "-page", "-mm")):
        return True
    if after.startswith(":") and figure.swap_with is None:
        return True  # "Day 3:", "Section 5:", but "It was 146 for 146: that many came home"
    if figure.value < 120 and after[:1] in _CLAUSE_ENDS and _age_limit(before):
        return True  # "young soldiers, all under 25, came home"
    # On ASCII text the word before is the end of `tail`, so only a `tail` ending so can be one.
    if (not ascii_only or tail.endswith(_EXCLUDE_BEFORE_ENDS) or tail.endswith(_RANGE_OPENER_ENDS)) \
            and _excluded_before(before, after_lower):
        return True
    if _looks_like_year(figure) and (not _YEAR_COUNTS_AFTER.match(after_lower) or _after_year_preposition(before)):
        return True
    if ((not ascii_only or tail.endswith(_LIST_ENDS)) and _listed_after_no_count(sentence, figure.start, after_lower)) \
            or ("numbered" in sentence and _things_numbered(sentence, figure.start)):
        return True
    if figure.value <= 2 and lower_before.endswith(_NUMBERED_NAMES):
        return True  # "World War Two"
    if _group_size(lower_before):
        return True
    phrase = _exclude_phrase(after_lower.lstrip(" -"))
    if phrase or _membership(before, after_lower) or _RATIO_AFTER.match(after_lower):
        return True  # "four to one in trench fighting": a ratio's term, but not "lost 40 to one guided bomb"
    label = (_LABEL_BEFORE.search(before) if not ascii_only or tail.endswith(_LABEL_ENDS) else None) \
        or (_labelled_increment(sentence, figure.start) if _ends_with_plus(before, tail) else None)
    if label and label.group(1).lower() in _EXCLUDE_AFTER and not _counted_before(before, label.start(1)) \
            and not _named_place_before(label):
        return True  # "tanks - 10,249", "artillery systems: 23,127 (+35)", not "in three years: 286 …"
    word = _ADJECTIVES_THEN_WORD.match(after_lower)
    if word and word.group(1).rstrip(".,") in _EXCLUDE_AFTER and not _cases_of_people(after_lower, word):
        return True
    if word and word.group(1) in _BUILDING_MODIFIERS:  # "19 apartment blocks", not "5 apartment residents"
        following = after_lower[word.end():word.end() + 30].split()
        return bool(following) and following[0].rstrip(".,") in _EXCLUDE_AFTER
    return False


# "a Facebook group which has more than 40,000 members": the size of a group, not people harmed.
_MEMBERSHIP_BEFORE = re.compile(rf"\b(?:{'|'.join(_C['membership_verbs'])})\s+(?:(?:{LEADING}|roughly|just\s+under|"
                                r"close\s+to)\s+)?$", re.IGNORECASE)
_MEMBERS_AFTER = re.compile(r"\s+(?:active\s+|registered\s+)?members\b(?!\s+of\b)")


def _membership(before: str, after_lower: str) -> bool:
    """Does the figure count a group's members ("a channel that has 40,000 members"), not people harmed?"""
    return "members" in after_lower and _MEMBERS_AFTER.match(after_lower) is not None \
        and _MEMBERSHIP_BEFORE.search(before) is not None


def _cases_of_people(after_lower: str, word: re.Match[str]) -> bool:
    """Is the word after the figure "cases" of people ("412 cases of civilians detained"): one case a person?"""
    return cases_of_people([word.group(1), *after_lower[word.end():].split(None, 2)[:2]])


_GROUP_NOUNS = frozenset(_C["group_nouns"])
_WEAPONS = frozenset(_C["weapon_nouns"])


def counts_weapons(figure: Figure, sentence: str) -> bool:
    """Does the figure count weapons ("38 missiles of different types")? A bare figure after it ("and 30 were
    shot down") then counts them too, not the people of a figure before."""
    word = _ADJECTIVES_THEN_WORD.match(sentence[figure.end:figure.end + 40].lower())
    return word is not None and word.group(1).rstrip(".,") in _WEAPONS


def _group_size(tail: str) -> bool:
    """Does the lower-cased text before the figure end with a plural group noun and "of" ("small groups of two
    or three", "teams of five")? The figure is then each group's size, not a count of people."""
    if not tail.endswith(" of"):
        return False
    words = tail.rsplit(None, 2)
    return len(words) >= 2 and words[-2] in _GROUP_NOUNS


_YEAR_PREPOSITIONS = frozenset(_C["year_prepositions"])
_YEAR_PERIODS = frozenset(_C["year_period_nouns"])
_NUMBERED_NAMES = tuple(_C["numbered_names"])
_HEADING_MARKUP = "*_# \t"


def _after_year_preposition(before: str) -> bool:
    """Does a preposition of time stand just before the figure ("since 2022 had been wounded", "the autumn of
    2024 had been …"): a year, whatever follows it?"""
    word = _word_before(before)
    if word is None:
        return False
    if word.lower() == "of":  # "the summer of", "the end of": a part of a year
        period = _word_before(before[:before.rstrip().rfind(" ") + 1])
        return period is not None and period.lower() in _YEAR_PERIODS
    return word.lower() in _YEAR_PREPOSITIONS


def _numbers_heading(before: str, after: str) -> bool:
    """Is the figure the number of a numbered heading or list item ("**2. Health workers killed**", "3) …"):
    nothing but markup before it, a full stop or bracket and a space after it?"""
    return after[:1] in ".)" and after[1:2] == " " and not before.strip(_HEADING_MARKUP)


def _in_digit_chain(before: str, after: str) -> bool:
    """Does the figure stand in a chain of digit groups joined by hyphens ("8-800-200-31-22"): a phone or
    reference number, not a count (a range of two is read as one figure)?"""
    return (before[-1:] == "-" and before[-2:-1].isdecimal()) or (after[:1] == "-" and after[1:2].isdecimal())


_PLACE_LABELS = frozenset(_C["place_labels"])


def _named_place_before(label: re.Match[str]) -> bool:
    """Is the label a place's kind after its capitalised name ("Kherson city - 10"): the place counted in,
    not a count of cities?"""
    if label.group(1).lower() not in _PLACE_LABELS:
        return False
    words = label.string[max(0, label.start(1) - 30):label.start(1)].split()
    return bool(words) and words[-1][:1].isupper() and words[-1].isalpha()


def _counted_before(before: str, end: int) -> bool:
    """Does a figure stand just before the label ending at `end`: "three years: …", a duration, not a label?"""
    words = before[:end].split()
    return bool(words) and (words[-1][-1:].isdecimal() or words[-1].lower() in FIGURE_WORDS)


def _ends_with_plus(before: str, tail: str) -> bool:
    """Whether the text before the figure ends with "+", white space aside: that of `before` or,
    when that is all white space, of the 80 characters `_labelled_increment` reads."""
    stripped = tail or before.rstrip()
    return stripped.endswith("+") if stripped or len(before) < 30 else True


def _labelled_increment(sentence: str, start: int) -> re.Match[str] | None:
    """`_LABELLED_INCREMENT` in the 80 characters before the figure: "artillery systems: 23,127 (+"."""
    return _LABELLED_INCREMENT.search(sentence[max(0, start - 80):start])


def _date_after(after: str, after_lower: str) -> bool:
    """Whether a date's month follows the figure ("24th of February", "5 May"): `_DATE_AFTER.match(after)`."""
    if after_lower.isascii():
        # A match starts with "st"/"nd"/"rd"/"th", "of" or a month once white space is passed.
        return after_lower.lstrip()[:1] in _DATE_AFTER_FIRSTS and bool(_DATE_AFTER.match(after, after_lower))
    return bool(_DATE_AFTER.match(after, None))


def _more_days_after(after: str, after_lower: str) -> bool:
    """Whether more days of the same month follow the figure ("6 and 17 June"): the figure is a day too."""
    return after_lower.startswith(_MORE_DAYS_STARTS) \
        and _MORE_DAYS_THEN_MONTH.match(after, after_lower if after_lower.isascii() else None) is not None


def _exclude_phrase(lower: str) -> re.Match[str] | None:
    """`_EXCLUDE_PHRASES.match(lower)` for lower-cased text: its ASCII twin pattern on ASCII text is faster."""
    if lower.isascii():
        if lower[:1] not in _EXCLUDE_PHRASE_FIRSTS:
            return None  # a match starts with a phrase's first character
        return _EXCLUDE_PHRASES.ascii_pattern.match(lower)
    return _EXCLUDE_PHRASES.match(lower)


_YEAR_SPAN = re.compile(r"(19|20)\d\d\s*[-–—/]\s*(19|20)?\d\d")


def _looks_like_year(figure: Figure) -> bool:
    """1900–2099 written without a thousands separator, or a span of such years."""
    text = figure.text.strip()
    if figure.is_range:
        return bool(_YEAR_SPAN.fullmatch(text))
    return len(text) == 4 and text[:2] in ("19", "20") and text.isdigit()
