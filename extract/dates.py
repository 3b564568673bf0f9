"""When a figure refers to: explicit dates, month names, weekdays and "last week" against the article's date."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from extract.cleaning import headline_end
from extract.filters import is_excluded
from extract.numbers import find_figures
from extract.tables import load

_CUES = load("cues")
_G = load("grammar")

MONTHS = {name: i + 1 for i, names in enumerate([
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
    ("october", "oct"), ("november", "nov"), ("december", "dec")]) for name in names}
WEEKDAYS = {d: i for i, d in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday",
                                        "saturday", "sunday"))}
_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|" \
         r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_TIMES_OF_TODAY = tuple(_G["times_of_today"])  # "… killed this morning": the day published
_TIMES_OF_DAY = tuple(time.split()[1] for time in _TIMES_OF_TODAY)  # "morning", "afternoon", "evening"
# The words of relative dates that are looked for in the lower-cased sentence before the pattern is tried.
_RELATIVE_WORDS = ("today", "yesterday", *_TIMES_OF_DAY)
# The date pattern's alternatives, in order: a month name (with a day or a year), an ISO date, a
# weekday, a relative date.
_DATE_PARTS = (
    rf"\b(?:(?P<day1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}|{_MONTH.replace('month', 'month2')}\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"|{_MONTH.replace('month', 'month3')})(?:,?\s+(?P<year>(?:19|20)\d\d))?\b",
    r"\b(?P<iso>(?:19|20)\d\d-\d\d(?:-\d\d)?)\b",
    r"\b(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
    # (the words after "last" and "this" as one group each: the regex engine tries each alternative at each position)
    rf"\b(?P<relative>(?i:last)\s+(?:week|month|year)|(?i:this)\s+(?:week|month|year|{'|'.join(_TIMES_OF_DAY)})|"
    r"(?i:earlier)\s+this\s+month|(?i:yesterday)|(?i:today)|(?i:past)\s+week|(?i:the)\s+previous\s+week)\b",
)
# What each alternative needs somewhere in the sentence: a month name that ends a word, two
# digits joined by a hyphen, a weekday, a word of the relative dates.
# (The names of _MONTH laid out by their first letters, so that each capital tries one branch.)
_MONTH_WORD = re.compile(r"(?:J(?:an(?:uary)?|u(?:ne?|ly?))|Feb(?:ruary)?|Ma(?:r(?:ch)?|y)|A(?:pr(?:il)?|ug(?:ust)?)|"
                         r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?!\w)")
# Found from the hyphen (a literal first character lets the regex engine skip to it), same as r"\d-\d".
_DIGIT_HYPHEN_DIGIT = re.compile(r"-(?<=\d-)(?=\d)")
_WEEKDAY = re.compile("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday")
# The only characters outside ASCII that an IGNORECASE pattern matches to an ASCII letter (i, k, s).
_FOLDS_TO_ASCII = ("\u017f", "\u0131", "\u0130", "\u212a")


def _may_hold(sentence: str, lower: str, words: tuple[str, ...]) -> bool:
    """Whether an IGNORECASE pattern that needs one of the (lower-case ASCII) words could match the sentence."""
    for word in words:
        if word in lower:
            return True
    return not sentence.isascii() and any(char in sentence for char in _FOLDS_TO_ASCII)


@lru_cache(maxsize=None)
def _date_pattern(parts: tuple[bool, ...]) -> re.Pattern[str] | None:
    """The date pattern with only the alternatives that are flagged: the rest could not match anyway."""
    chosen = [part for part, keep in zip(_DATE_PARTS, parts) if keep]
    return re.compile("|".join(chosen)) if chosen else None


def _date_pattern_for(sentence: str, lower: str, relative: bool = True) -> re.Pattern[str] | None:
    """The date pattern without the alternatives whose words are nowhere in the sentence (and without
    weekdays and relative words unless `relative`).

    Dropping an alternative that cannot match anywhere leaves every match as it was, and
    each position then costs the regex engine fewer tries.
    """
    return _date_pattern((
        _MONTH_WORD.search(sentence) is not None,  # month names are matched case-sensitively
        _DIGIT_HYPHEN_DIGIT.search(sentence) is not None,
        relative and "day" in sentence and _WEEKDAY.search(sentence) is not None,
        # "week", "month" and "year" are matched case-sensitively, so looked for as they are.
        relative and ("week" in sentence or "month" in sentence or "year" in sentence
                      or _may_hold(sentence, lower, _RELATIVE_WORDS)),
    ))


# _SINCE needs one of these words (lower-cased) just before the date.
_SINCE_WORDS = ("since", "from", "beg", "start", "til", "between", "after")
_SINCE = re.compile(r"\b(?:since|from|between|began\s+on|began|start(?:ed)?\s+on|until|till|"
                    r"beginning\s+of|start\s+of)\s+(?:the\s+)?(?:(?:late|early|mid)[\s-]+)?$", re.IGNORECASE)
# "volunteers who signed up after February 2022": a month with its year after "after" starts a span too
# (not "after Sunday's exchange", the date of an event).
_AFTER = re.compile(r"\bafter\s+(?:the\s+)?$", re.IGNORECASE)
# "since the start of the hostilities in August 2024": the date of the event the count runs from.
# A run longer than six words holds no conjunction: not "since troops were pushed back from the city and on 25 May
# a strike killed 19", a new clause.
_SINCE_EVENT = re.compile(r"\bsince\s+(?:(?:[A-Za-z'’-]+\s+){1,6}|(?:(?!(?:"
                          + "|".join(_G["since_event_clause_breaks"])
                          + r")\s)[A-Za-z'’-]+\s+){7,14})(?:in|on)\s+$", re.IGNORECASE)
# A clause with a figure that tells what happened at a "since" date: "since September 2022, when
# Shoigu put the toll at 5,937", "since the May 2022 strike that killed 30". Its figures are of that date;
# its subject may have a short apposition ("when Shoigu, then minister, said").
_DESCRIBED = re.compile(r",?\s+when\b[^,;.]*?(?:,[^,;.\d]{1,40},[^,;.]*?)?\d")
_DESCRIBED_EVENT = re.compile(r"(?:\s+[\w'’-]+){1,8}?\s+(?:that|which)\b[^,;.]*?\d")
# "between 24 February 2022 and 31 October 2024": the date that ends a span a count runs from.
_SPAN_END = re.compile(r",?\s+(?:and|to|until|till|through)\s+$")
_YEAR_END = re.compile(r"\b(?:by|at|to)\s+the\s+end\s+of\s+((?:19|20)\d\d)\b", re.IGNORECASE)
_MAY_VERB = re.compile(r"^\s+(?:be|have|not|also|well|still|never|soon|yet|include|rise|reach|exceed)\b")


def _since(sentence: str, lower: str, start: int, year: bool = False) -> bool:
    """Whether the date at `start` is one a count runs from ("since February 2022", "after March 2022" when
    `year`, the date holding one), not the count's own."""
    if _SINCE.search(sentence[max(0, start - 30):start]) \
            or (year and "after" in lower[max(0, start - 10):start]
                and _AFTER.search(sentence[max(0, start - 16):start]) is not None):
        return True
    window = max(0, start - 110)
    return "since" in lower[window:start] and _SINCE_EVENT.search(sentence[window:start]) is not None


def _described(sentence: str, lower: str, start: int, end: int) -> bool:
    """Whether a clause with a figure describes what happened at the date at start:end (see `_DESCRIBED`);
    "that"/"which" only after a date that qualifies an event ("the May 2022 strike"), not a verb."""
    return _DESCRIBED.match(sentence, end) is not None \
        or (lower[max(0, start - 4):start] == "the " and _DESCRIBED_EVENT.match(sentence, end) is not None)


# "In the Kursk Region, where the incursion began in early August, the enemy lost …", "Serhiy, a marine who was
# captured in April 2022, was freed in the swap": a date in an aside about something named before (or in the
# relative clause that ends an apposition), closed before the sentence goes on; it dates that aside, not the
# figures after it.
_ASIDE_OPENS = tuple(_G["aside_openers"])
# Only "who" and "where" may follow an apposition's words ("a marine who", "the town where"), and not a document's:
# "in a report which covers the period up to 31 July" is the date of the report's figures.
_APPOSITION_OPENS = tuple(_G["apposition_aside_openers"])
_DOCUMENTS = "|".join(_G["dated_documents"])
_ASIDE_BEFORE = re.compile(rf",\s+(?:(?:(?![^,;.]*\b(?:{_DOCUMENTS})\b)[^,;.]*\s)?(?:{'|'.join(_APPOSITION_OPENS)})"
                           rf"|{'|'.join(_ASIDE_OPENS)})\b[^,;.\d]*$")
_ASIDE_AFTER = re.compile(r"[^,;.\d]*,")


def _in_aside(sentence: str, lower: str, start: int, end: int) -> bool:
    """Whether the date at start:end stands in a figureless ", where …," aside (see `_ASIDE_BEFORE`)."""
    window = max(0, start - 80)
    return any(word in lower[window:start] for word in _ASIDE_OPENS) \
        and _ASIDE_BEFORE.search(sentence, window, start) is not None and _ASIDE_AFTER.match(sentence, end) is not None


@dataclass(frozen=True)
class When:
    """A resolved date, as precise as the text allows: year and day may be unknown."""

    month: int
    year: int | None = None
    day: int | None = None

    def iso(self) -> str | None:
        """ISO date, partial when the day is unknown; None without a year."""
        if self.year is None:
            return None
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


# "a van was hit by a drone", "the attack on": a sentence that tells of harm done (not "the hospital opened").
_HARM_SCENE = re.compile(rf"\b(?:{'|'.join(map(re.escape, load('places')['scene_words']))})", re.IGNORECASE)
# "The brigade has lost 40", "It has treated 300": a running total, not the toll of a day (not "have been hurt").
_RUNNING_ON = re.compile(r"\b(?:has|have)\s+(?:(?:already|now|so\s+far)\s+)?(?!been\b|died\b)[a-z]+\b")


def scene_date(sentence: str, reference: When | None) -> When | None:
    """The day a sentence without figures sets for the toll told next ("On 19 October, a van was hit by a drone.
    Two volunteers were injured"): its last full date, if of the month of publication or the one before, and
    if the sentence tells of harm done (a strike, an attack) or opens on that day ("The 3rd of May, the day
    we pulled out. We took in 40 wounded")."""
    if reference is None or reference.year is None or _MONTH_WORD.search(sentence) is None:
        return None
    found = dates_in(sentence, reference, False)
    if not found or (_HARM_SCENE.search(sentence) is None and not _opens_on(sentence, found[0][0])):
        return None
    when = found[-1][1]
    if when is None or when.day is None or when.year is None:
        return None
    return when if 0 <= (reference.year - when.year) * 12 + reference.month - when.month <= 1 else None


# "The 3rd of May": the words a sentence may open with before the day it is set on (not "On 3 May, Zelensky met …").
_OPENING = re.compile(r"(?:the\s+)?", re.IGNORECASE)
# "…, a Thursday", "…, the morning the bridge was closed": the day described in apposition, a verbless fragment
# (not "The 8th of May, Europe remembers …").
_DAY_APPOSITION = re.compile(rf"[^,.;:]{{1,25}},\s+(?:a|an|the)\s+(?:{_WEEKDAY.pattern}|"
                             rf"{'|'.join(_G['scene_day_appositions'])})\b")


def _opens_on(sentence: str, offset: int) -> bool:
    """Whether the sentence opens on the date found at `offset`, the day it is set on, described in apposition."""
    return offset >= 0 and _OPENING.fullmatch(sentence, 0, offset) is not None \
        and _DAY_APPOSITION.match(sentence, offset) is not None


def runs_on(sentence: str) -> bool:
    """Whether the sentence tells a running total in the present perfect ("The brigade has lost 40 soldiers")."""
    return _RUNNING_ON.search(sentence) is not None


def _month_before(month: int, day: int | None, reference: When | None) -> int | None:
    """The year of a month named without one: the latest such month not after the reference."""
    if reference is None or reference.year is None:
        return None
    if month < reference.month or (month == reference.month and (day or 0) <= (reference.day or 31)):
        return reference.year
    return reference.year - 1


_AS_OF = re.compile(r"\b(?:as\s+of|as\s+at|by|through|to)\s+(?:the\s+end\s+of\s+)?$", re.IGNORECASE)


_HINT = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|last|this|"
                   r"yesterday|today|past|earlier|the previous)|\d{4}-\d\d")


def _hinted(first: re.Match[str], sentence: str, lower: str) -> bool:
    """Whether the sentence has a word that hints at a date (_HINT), given the first date found.

    On ASCII text every date found holds such a word at a word's start ("jan", "mon", "last",
    "2024-05"), except "the previous week" with other white space than one blank.
    """
    if sentence.isascii() and (first.lastgroup != "relative" or first.group()[0] not in "tT"):
        return True
    return _HINT.search(lower) is not None


def dates_in(sentence: str, reference: When | None, relative: bool = True) -> list[tuple[int, When]]:
    """Every date expression in the sentence that a figure could refer to, resolved: (offset, When).

    A date introduced by "as of", or that ends a span ("between May 2022 and June 2024"), applies to
    every figure in the sentence: its offset is -1. A dateline's date ("KYIV, 9 May -") is the
    article's own, not a figure's. Weekdays and relative words only when `relative`.
    """
    lower = sentence.lower()
    # "end" has no letter that case-folds from outside ASCII; a year starts with "19" or "20".
    out: list[tuple[int, When]] = [(-1, When(12, int(m.group(1)))) for m in _YEAR_END.finditer(sentence)] \
        if "end" in lower and ("20" in sentence or "19" in sentence) else []
    pattern = _date_pattern_for(sentence, lower, relative)
    found = list(pattern.finditer(sentence)) if pattern else []
    if not found or not _hinted(found[0], sentence, lower):
        return out
    may_be_since = _may_hold(sentence, lower, _SINCE_WORDS)
    dateline = _dateline_start(sentence) if sentence[:1].isupper() else -1
    span_from = -1  # where the text after a date a span runs from ends
    weekdays: list[int] = []  # the positions in `out` of weekdays
    stated = -1  # the position in `out` of the date a statement was made ("said on Friday that")
    for m in found:
        if m.start() == dateline or _in_aside(sentence, lower, m.start(), m.end()):
            continue
        if may_be_since and _since(sentence, lower, m.start(), m.groupdict().get("year") is not None) \
                and not _described(sentence, lower, m.start(), m.end()):
            span_from = m.end()
            continue
        span_end, span_from = span_from >= 0 and _SPAN_END.match(sentence, span_from, m.start()), -1
        g = m.groupdict()
        name = g.get("month") or g.get("month2") or g.get("month3")
        if name:
            if name == "May" and g["month3"] and (_MAY_VERB.match(sentence[m.end():]) or m.start() == 0):
                continue
            month = MONTHS[name.lower().rstrip(".")]
            day = int(g["day1"] or g["day2"]) if (g["day1"] or g["day2"]) else None
            if day is not None and not 1 <= day <= 31:
                continue
            year = int(g["year"]) if g["year"] else _month_before(month, day, reference)
            anchored = span_end or _AS_OF.search(sentence[max(0, m.start() - 25):m.start()])
            stated = len(out) if _statement_date(sentence, m.start(), m.end()) else stated
            out.append((-1 if anchored else m.start(), When(month, year, day)))
        elif g.get("iso"):
            parts = [int(p) for p in g["iso"].split("-")]
            if 1 <= parts[1] <= 12:
                out.append((m.start(), When(parts[1], parts[0], parts[2] if len(parts) > 2 else None)))
        elif reference is not None \
                and not (g.get("weekday") and _ANY_WEEKDAY.search(sentence, max(0, m.start() - 7), m.start())):
            resolved = _relative(g.get("weekday") or g.get("relative"), reference)
            if resolved:
                if g.get("weekday"):
                    weekdays.append(len(out))
                stated = len(out) if _statement_date(sentence, m.start(), m.end()) else stated
                out.append((m.start(), resolved))
    if stated >= 0 and (any(when.day is None for _, when in out[stated + 1:])
                        or len(out) > stated + 1 and lower.startswith(_TIMES_OF_TODAY, max(0, out[stated][0]))):
        # "reported earlier this month that 164 were killed in March": the figures are of March ("said this
        # morning that 2 were killed on Saturday": of Saturday).
        weekdays = [i - (i > stated) for i in weekdays if i != stated]
        del out[stated]
    return _without_named_weekdays(out, weekdays) if weekdays and len(out) > 1 else out


# "on a Saturday afternoon", "every Sunday": some weekday, not the one before publication.
_ANY_WEEKDAY = re.compile(rf"\b(?:{'|'.join(_G['any_weekday_determiners'])})\s+$", re.IGNORECASE)
_THAT = re.compile(r"\s*,?\s*that\b")
# "said on Friday", "reported earlier this month": a speech verb just before the date.
_SPOKEN_ON = re.compile(rf"\b(?:{'|'.join(map(re.escape, _CUES['speech_verbs']))})\s+(?:(?:on|in|at)\s+)?$",
                        re.IGNORECASE)


def _statement_date(sentence: str, start: int, end: int) -> bool:
    """Whether the date at start:end is when a statement was made, its content in a "that" clause after it
    ("the mission reported earlier this month that …"), not the date of the figures in that clause."""
    return _THAT.match(sentence, end) is not None and _SPOKEN_ON.search(sentence[max(0, start - 30):start]) is not None


def _without_named_weekdays(out: list[tuple[int, When]], weekdays: list[int]) -> list[tuple[int, When]]:
    """The dates without the weekdays that only name the day of a full date beside them ("on Sunday,
    13 April 2025", "on 13 April ... on Palm Sunday"): such a weekday is no day before publication."""
    named = {_weekday(when) for i, (_, when) in enumerate(out) if i not in weekdays} - {None}
    return [item for i, item in enumerate(out) if i not in weekdays or _weekday(item[1]) not in named]


def _weekday(when: When) -> int | None:
    """The day of the week of a date known to the day, else None."""
    if when.year is None or when.day is None:
        return None
    try:
        return dt.date(when.year, when.month, when.day).weekday()
    except ValueError:
        return None


def _relative(word: str, reference: When) -> When | None:
    word = _SPACES.sub(" ", word.lower())
    if reference.year is None or reference.day is None:
        if word in WEEKDAYS or word in ("today", "yesterday", "this week", "this month", "earlier this month") \
                or word in _TIMES_OF_TODAY:
            return When(reference.month, reference.year)
        if word == "last month":
            return When(12 if reference.month == 1 else reference.month - 1)
        return None
    ref = dt.date(reference.year, reference.month, reference.day)
    if word in WEEKDAYS:
        back = (ref.weekday() - WEEKDAYS[word]) % 7
        day = ref - dt.timedelta(days=back)
    elif word == "yesterday":
        day = ref - dt.timedelta(days=1)
    elif word in ("last week", "past week", "the previous week"):
        day = ref - dt.timedelta(days=7)
        return When(day.month, day.year)
    elif word == "last month":
        day = (ref.replace(day=1) - dt.timedelta(days=1))
        return When(day.month, day.year)
    elif word in ("last year", "this year"):
        return None
    else:
        day = ref
        if word in ("this week", "this month", "earlier this month"):
            return When(day.month, day.year)
    return When(day.month, day.year, day.day)


_SPACES = re.compile(r"\s+")
_DATELINE_PLACE = re.compile(r"\s*[A-Z][A-Z'’ /-]{2,40}(?:,\s*|\s*\(\s*)")
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December")


_MONTH_ALTERNATION = "|".join(_MONTH_NAMES)  # no name is the start of another
# A day-precise date: "14 January", "14th of January, 2025", "January 14, 2025".
_DAY_PRECISE = re.compile(
    rf"\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTH_ALTERNATION})|(?P<m2>{_MONTH_ALTERNATION})"
    r"\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?\b)(?:,?\s+(?P<year>(?:19|20)\d\d))?")
_ANY_MONTH = re.compile(_MONTH_ALTERNATION)
# What may stand between a day-precise date's start and its month name: "14th of ", "3 ".
_DAY_PREFIX_CHARS = frozenset("0123456789stndrhof")


# A month's short name, as news agencies write it in a day-precise date: "Aug. 6", "22 Nov 2024".
_ABBREVIATION = re.compile(r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?![a-z])\.?")
_DAY_AFTER = re.compile(r"\s+(\d{1,2})\b")
_DAY_BEFORE = re.compile(r"(?<![\d.,])(\d{1,2})\s+$")
_YEAR_AFTER = re.compile(r",?\s+((?:19|20)\d\d)\b")


def _abbreviated_days(text: str) -> Iterator[tuple[int, int, int]]:
    """(year or 0, month, day) of the dates written with a month's short name ("Aug. 6", "22 Nov 2024")."""
    for m in _ABBREVIATION.finditer(text):
        after = _DAY_AFTER.match(text, m.end())
        before = None if after else _DAY_BEFORE.search(text[max(0, m.start() - 4):m.start()])
        if after or before:
            year = _YEAR_AFTER.match(text, after.end() if after else m.end())
            yield (int(year.group(1)) if year else 0, MONTHS[m.group().lower().rstrip(".")],
                   int((after or before).group(1)))


def _day_precise_dates(text: str) -> Iterator[re.Match[str]]:
    """The day-precise dates of the text: from each month name, the first `_DAY_PRECISE` match from
    just before it (the day and "of" that may precede it), then on from where that match ends.

    The match is looked for only where one can start, up to the month name's own start: past
    it, a match holds a later month name, whose turn comes next.
    """
    position, after_miss = 0, False
    while anchor := _ANY_MONTH.search(text, position):
        month_start = anchor.start()
        start = _prefix_start(text, month_start, position, after_miss)
        m = _match_by(text, start, month_start)
        if m is None:
            position, after_miss = month_start + 1, True
            continue
        yield m
        position, after_miss = m.end(), False


def _prefix_start(text: str, at: int, floor: int, any_digit: bool) -> int:
    """How far back from a month name (at `at`, not before `floor`) the characters of a day may go.

    A match is looked for from there. After a month name with none, any digit that `\\d`
    matches counts, so that the next search misses no match that runs on from the last position.
    """
    while at > floor:
        char = text[at - 1]
        if not (char in _DAY_PREFIX_CHARS or char.isspace() or (any_digit and char.isdecimal())):
            break
        at -= 1
    return at


def _match_by(text: str, start: int, last: int) -> re.Match[str] | None:
    """The first `_DAY_PRECISE` match that starts from `start` up to `last`, a month name's start.

    Such a match starts at a day's digit or at the month name itself.
    """
    for at in range(start, last):
        if text[at].isdecimal() and (m := _DAY_PRECISE.match(text, at)):
            return m
    return _DAY_PRECISE.match(text, last)


def _dateline_start(text: str) -> int:
    """Where a date would start after a dateline's place: "KURSK, " or "GENEVA / KYIV (" ."""
    m = _DATELINE_PLACE.match(text)
    return m.end() if m else len(text)


def _dateline_date(text: str) -> When | None:
    """The date of a dateline, "KURSK, 14 January —" or "KYIV, Nov 22 (Wire) -", that opens the text or
    follows its headline: the article's own."""
    text = text[headline_end(text):].lstrip()
    m = _date_pattern((True, False, False, False)).match(text[:80].split("\n", 1)[0], _dateline_start(text))
    if m is None or not (m.group("day1") or m.group("day2")):
        return None
    day = int(m.group("day1") or m.group("day2"))
    month = MONTHS[(m.group("month") or m.group("month2")).lower().rstrip(".")]
    return When(month, int(m.group("year")) if m.group("year") else None, day) if 1 <= day <= 31 else None


# "Published: 11.07.2025 12:40", "01/17/2023", "2025-07-11": a date in figures, as a scraped page's byline gives it.
_NUMERIC_DATE = re.compile(r"(?<![\d.,/-])(?:((?:19|20)\d\d)-(\d\d)-(\d\d)|(\d{1,2})([./-])(\d{1,2})\5((?:19|20)\d\d))"
                           r"(?![\d/-])")
_BYLINE_CHARS = 300  # how far into the text a byline may stand
_DATE_LINE_CHARS = 1000  # how far into the text a date may stand on a line of its own


def _date_line(text: str) -> re.Match[str] | None:
    """"01/17/2023" on a line of its own among the first lines, below a headline and a standfirst."""
    for line in text[:_DATE_LINE_CHARS].split("\n"):
        line = line.strip()
        if 8 <= len(line) <= 10 and line[0].isdigit() and (m := _NUMERIC_DATE.fullmatch(line)):
            return m
    return None


_BYLINE_WORDS = 8  # a line with a date and at most this many words is a byline ("By Olena Roshchina 12.05.2023")
_BYLINE_BEFORE = re.compile(r"(?:\b(?:published|updated|posted|date)\b:?(?:\s+on)?|\d\d?:\d\d(?:\s*[ap]\.?m\.?)?|[|•·])"
                            r"[\s,–—-]*$", re.IGNORECASE)


def _in_byline(text: str, m: re.Match[str]) -> bool:
    """Whether a date in figures stands in a byline, not a sentence: on a short line of its own, or right
    after "Published", "Updated", "Posted", a time or a "|"."""
    start = text.rfind("\n", 0, m.start()) + 1
    end = text.find("\n", m.end())
    line = text[start:end if end >= 0 else len(text)]
    if len(line.split(None, _BYLINE_WORDS)) <= _BYLINE_WORDS and ". " not in line:
        return True
    return _BYLINE_BEFORE.search(text, max(start, m.start() - 40), m.start()) is not None


def _byline_date(text: str) -> When | None:
    """The date in figures near the top of the text: ISO, day first with dots or dashes, and with slashes
    whichever order its numbers allow (none when both could be the month)."""
    m = next((m for m in _NUMERIC_DATE.finditer(text, 0, _BYLINE_CHARS) if _in_byline(text, m)), None) \
        or _date_line(text)
    if m is None:
        return None
    if m.group(1):
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    else:
        first, second, year = int(m.group(4)), int(m.group(6)), int(m.group(7))
        if m.group(5) == "/" and first <= 12 and second <= 12 and first != second:
            return None  # 03/04/2023: the American and the European reading differ
        day, month = (second, first) if m.group(5) == "/" and second > 12 else (first, second)
    return When(month, year, day) if 1 <= month <= 12 and 1 <= day <= 31 else None


def reference_date(published: dt.date | None, text: str) -> When | None:
    """The article's own date: its publication date, else a dateline's or byline's, else the latest
    day-precise date it mentions."""
    if published:
        return When(published.month, published.year, published.day)
    dateline = _dateline_date(text) or _byline_date(text)
    if dateline:
        return dateline
    found = ((int(m.group("year") or 0), MONTHS[(m.group("m1") or m.group("m2")).lower()],
              int(m.group("d1") or m.group("d2"))) for m in _day_precise_dates(text))
    latest = _latest(found) or _latest(_abbreviated_days(text))  # an outlet writes its dates one way
    return When(latest[1], latest[0] or None) if latest else None


def _latest(found: Iterable[tuple[int, int, int]]) -> tuple[int, int, int] | None:
    """The latest of the dates (year or 0, month, day) with a possible day, if any: a date written without a year
    ("on 24 August") is of the latest year written out, so not older than "29 July 2022", unless that would put it
    over half a year past the latest date written with one ("28 December" beside "3 January 2025")."""
    dates = [date for date in found if 1 <= date[2] <= 31]
    latest = max((date for date in dates if date[0]), default=None)
    return max(((date[0] or _year_of(date[1], latest), date[1], date[2]) for date in dates), default=None)


def _year_of(month: int, latest: tuple[int, int, int] | None) -> int:
    """The year of a month written without one, beside the latest date written with one (if any; else 0)."""
    if latest is None:
        return 0
    return latest[0] - 1 if month - latest[1] > 6 else latest[0]


def period_of(title: str | None, reference: When | None) -> When | None:
    """The month an article reports on, when its title names one before its own ("… rose sharply in
    April", "January 2025 update"): a monthly report's figures are of that month, not of its date. Not when the
    title runs headlines, one of which counts people without naming a month ("Drones kill two in Kherson; May toll
    released"): that is the day's news, and the month the period of its other headline's figures only."""
    if not title or reference is None or _MONTH_WORD.search(title) is None:
        return None
    named = dates_in(title, reference, relative=False)
    if len(named) != 1:
        return None
    counted: tuple[int, ...] = ()
    headlines = title.split(";")
    if len(headlines) > 1 and any(map(_counts_undated, headlines)):
        # "Russia lost 35,000 in May; Kyiv says 3 killed overnight": the month of its own headline's figures only
        counted = tuple(figure.value for headline in headlines if _MONTH_WORD.search(headline)
                        for figure in find_figures(headline))
        if not counted:
            return None
    month = named[0][1]
    earlier = month.year is not None and reference.year is not None \
        and (month.year, month.month) < (reference.year, reference.month)
    if month.day is not None or not earlier:
        return None
    return Period(month.month, month.year, figures=counted) if counted else month


@dataclass(frozen=True)
class Period(When):
    """A monthly report's month that only the figures its own headline counts are of (`figures`)."""

    figures: tuple[int, ...] = ()


def period_for(period: When | None, value: int) -> When | None:
    """The month a figure of the value is of by the article's title (see `period_of`), if any."""
    if not isinstance(period, Period):
        return period
    return When(period.month, period.year, period.day) if value in period.figures else None


def _counts_undated(headline: str) -> bool:
    """Whether the headline counts people ("Drones kill two") and names no month."""
    return _MONTH_WORD.search(headline) is None \
        and any(not is_excluded(figure, headline) for figure in find_figures(headline))


def _alternatives(phrases: list[str]) -> str:
    """The phrases as a regex alternation, in order, a space in them standing for any white space."""
    return "|".join(phrase.replace(" ", r"\s+") for phrase in phrases)


_SM: dict[str, list[str]] = _G["same_month"]
# "that month", "the same month", "over the month", "the month's", "the same period", "at the same time",
# "that day", "said at the time" (not "at the time of writing"): the month named before, not today's.
_SAME_MONTH = re.compile(rf"\b(?:(?:{_alternatives(_SM['determiners'])})\s+(?:{_alternatives(_SM['nouns'])})|"
                         rf"(?:{_alternatives(_SM['phrases'])})"
                         rf"(?!\s+(?:{_alternatives(_SM['phrases_not_before'])})\b)|"
                         rf"(?:{_alternatives(_SM['prepositions'])})\s+the\s+month"
                         rf"(?!\s+(?:{_alternatives(_SM['not_before'])})\b)|"
                         r"the\s+month['’]s)\b", re.IGNORECASE)
# What a sentence must hold for `_SAME_MONTH` to match: "month", "period", "same time".
_SAME_MONTH_HINTS = (*_SM["nouns"], *(" ".join(phrase.split()[-2:]) for phrase in _SM["phrases"]))


def names_earlier_month(sentence: str) -> bool:
    """Whether the sentence dates its figures by a month or time it does not name ("that month", "over the
    month", "over the same period", "at the same time", "that day")."""
    for hint in _SAME_MONTH_HINTS:
        if hint in sentence:
            return _SAME_MONTH.search(sentence) is not None
    return False


_EARLIER_TIMES: dict[str, list[str]] = _G["earlier_time_of_day"]
# "that night", "the same evening": a time of the day named before, whose date the figure shares.
_EARLIER_TIME_OF_DAY = re.compile(rf"\b(?:{_alternatives(_EARLIER_TIMES['determiners'])})\s+"
                                  rf"(?:{'|'.join(_EARLIER_TIMES['nouns'])})\b", re.IGNORECASE)


def names_earlier_time(sentence: str) -> bool:
    """Whether the sentence dates its figures by a time of the day named before ("in that one night")."""
    return any(noun in sentence for noun in _EARLIER_TIMES["nouns"]) \
        and _EARLIER_TIME_OF_DAY.search(sentence) is not None


# "the figure stands at", "put the figure higher": a figure said of the one given before, of its date.
_EARLIER_FIGURE = re.compile(r"\b(?:the|that|this)\s+(?:same\s+)?figure\b", re.IGNORECASE)
# "has since risen to", "is now": a change told since the figure before, to a later date.
_FIGURE_CHANGED = re.compile(rf"\b(?:{'|'.join(_G['figure_change_words'])})\b", re.IGNORECASE)


def names_earlier_figure(sentence: str) -> bool:
    """Whether the sentence speaks of "the figure" given before, whose date its own figure shares (not of how it
    has changed since: "That figure has since risen to 6.5 million")."""
    return "figure " in sentence and _EARLIER_FIGURE.search(sentence) is not None \
        and _FIGURE_CHANGED.search(sentence) is None and not runs_on(sentence)


# The nouns of a group that was counted: "the dead", "those captives", "the bodies".
_GROUP_NOUNS = "|".join(re.escape(noun).replace(r"\ ", r"\s+")
                        for noun in sorted({*_CUES["category_nouns"], *_CUES["body_nouns"]}, key=len, reverse=True))
# "Of those killed, 614 …", "Among the dead were 673 …": the figure counts part of a group counted before.
# Matched on lower-cased text from the last "of" or "among" before the figure.
_THEM = "|".join(_G["partitive_pronouns"])  # "them", "whom": the group a part is of
_PART_BEFORE = re.compile(r"(?:of|among)\s+(?:" + _THEM + r"|the\s+(?:[\w-]+\s+)?(?:" + _GROUP_NOUNS + r"))\b"
                          r"[^.;:!?\d]{0,14}$")
# "Ten of the older captives …", "77 of them …": the same, named after the figure.
_PART_AFTER = re.compile(r"\s+of\s+(?:" + _THEM + r"|the\s+(?:[\w-]+\s+)?(?:" + _GROUP_NOUNS + r"))\b",
                         re.IGNORECASE)


def counts_part_of_earlier(sentence: str, start: int, end: int) -> bool:
    """Whether the figure at start:end counts part of a group counted before it, which it shares a date with."""
    if _PART_AFTER.match(sentence, end):
        return True
    before = sentence[max(0, start - 45):start].lower()
    at = max(before.rfind("of "), before.rfind("among "))
    return at >= 0 and not before[at - 1:at].isalnum() and _PART_BEFORE.match(before, at) is not None


def unquoted(sentence: str, found: list[tuple[int, When]]) -> list[tuple[int, When]]:
    """The dates found in the sentence outside quotation marks: "But what then, in October?" she said" is a
    speaker's own time, not one the narrator's next figure is dated by."""
    if '"' not in sentence and "”" not in sentence:
        return found
    return [(offset, when) for offset, when in found if offset < 0 or not _quoted(sentence, offset)]


def _quoted(sentence: str, offset: int) -> bool:
    """Whether the offset stands inside quotation marks, a quote opened in a sentence before included
    ('But what then, in October?" she said.')."""
    first = sentence.find('"')
    carried = first > 0 and not sentence[first - 1].isspace() and sentence.count('"') % 2  # it closes a quote
    if (sentence.count('"', 0, offset) + carried) % 2:
        return True
    opens, closes = sentence.rfind("“", 0, offset), sentence.rfind("”", 0, offset)
    after = sentence.find("”", offset)
    return opens > closes or (opens < 0 and after >= 0 and "“" not in sentence[offset:after])


def from_iso(month: int | None, iso: str | None) -> When | None:
    """A claim's date back from its month and ISO date ("2024-09-30", "2024-09" or None)."""
    if month is None:
        return None
    parts = [int(p) for p in iso.split("-")] if iso else []
    return When(month, parts[0] if parts else None, parts[2] if len(parts) > 2 else None)
