"""When a figure refers to: explicit dates, month names, weekdays and "last week" against the article's date."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {name: i + 1 for i, names in enumerate([
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
    ("october", "oct"), ("november", "nov"), ("december", "dec")]) for name in names}
WEEKDAYS = {d: i for i, d in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday",
                                        "saturday", "sunday"))}
_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|" \
         r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_DATE = re.compile(
    rf"\b(?:(?P<day1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}|{_MONTH.replace('month', 'month2')}\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"|{_MONTH.replace('month', 'month3')})(?:,?\s+(?P<year>(?:19|20)\d\d))?\b"
    r"|\b(?P<iso>(?:19|20)\d\d-\d\d(?:-\d\d)?)\b"
    r"|\b(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|\b(?P<relative>(?i:last)\s+week|(?i:this)\s+week|(?i:last)\s+month|(?i:this)\s+month|(?i:earlier)\s+this\s+month|"
    r"(?i:yesterday)|(?i:today)|(?i:last)\s+year|(?i:this)\s+year|(?i:past)\s+week|(?i:the)\s+previous\s+week)\b")
_SINCE = re.compile(r"\b(?:since|from|began\s+on|began|start(?:ed)?\s+on|until|till|"
                    r"beginning\s+of|start\s+of)\s+(?:the\s+)?(?:(?:late|early|mid)[\s-]+)?$", re.IGNORECASE)
_YEAR_END = re.compile(r"\b(?:by|at|to)\s+the\s+end\s+of\s+((?:19|20)\d\d)\b", re.IGNORECASE)
_MAY_VERB = re.compile(r"^\s+(?:be|have|not|also|well|still|never|soon|yet|include|rise|reach|exceed)\b")


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


def dates_in(sentence: str, reference: When | None) -> list[tuple[int, When]]:
    """Every date expression in the sentence that a figure could refer to, resolved: (offset, When).

    A date introduced by "as of" applies to every figure in the sentence: its offset is 0.
    """
    out: list[tuple[int, When]] = [(-1, When(12, int(m.group(1)))) for m in _YEAR_END.finditer(sentence)]
    if not _HINT.search(sentence.lower()):
        return out
    for m in _DATE.finditer(sentence):
        if _SINCE.search(sentence[max(0, m.start() - 30):m.start()]):
            continue
        g = m.groupdict()
        name = g["month"] or g["month2"] or g["month3"]
        if name:
            if name == "May" and g["month3"] and (_MAY_VERB.match(sentence[m.end():]) or m.start() == 0):
                continue
            month = MONTHS[name.lower().rstrip(".")]
            day = int(g["day1"] or g["day2"]) if (g["day1"] or g["day2"]) else None
            if day is not None and not 1 <= day <= 31:
                continue
            year = int(g["year"]) if g["year"] else _month_before(month, day, reference)
            anchored = _AS_OF.search(sentence[max(0, m.start() - 25):m.start()])
            out.append((-1 if anchored else m.start(), When(month, year, day)))
        elif g["iso"]:
            parts = [int(p) for p in g["iso"].split("-")]
            if 1 <= parts[1] <= 12:
                out.append((m.start(), When(parts[1], parts[0], parts[2] if len(parts) > 2 else None)))
        elif reference is not None:
            resolved = _relative(g["weekday"] or g["relative"], reference)
            if resolved:
                out.append((m.start(), resolved))
    return out


def _relative(word: str, reference: When) -> When | None:
    word = re.sub(r"\s+", " ", word.lower())
    if reference.year is None or reference.day is None:
        if word in WEEKDAYS or word in ("today", "yesterday", "this week", "this month", "earlier this month"):
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


_DAY_PRECISE = re.compile(
    r"\b(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>January|February|March|April|May|June|July|August|"
    r"September|October|November|December)|(?P<m2>January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?\b)(?:,?\s+(?P<year>(?:19|20)\d\d))?")


def _dateline_start(text: str) -> int:
    """Where a date would start after a dateline's place: "KURSK, " or "GENEVA / KYIV (" ."""
    m = re.match(r"\s*[A-Z][A-Z'’ /-]{2,40}(?:,\s*|\s*\(\s*)", text)
    return m.end() if m else len(text)


def reference_date(published: dt.date | None, text: str) -> When | None:
    """The article's own date: its publication date, else the latest day-precise date it mentions."""
    if published:
        return When(published.month, published.year, published.day)
    dateline = _DAY_PRECISE.match(text[:80].split("\n", 1)[0], _dateline_start(text))
    if dateline:  # "KURSK, 14 January —": the article's own date
        m = dateline
        return When(MONTHS[(m.group("m1") or m.group("m2")).lower()], int(m.group("year") or 0) or None,
                    int(m.group("d1") or m.group("d2")))
    latest: tuple[int, int, int] | None = None
    for m in _DAY_PRECISE.finditer(text):
        day = int(m.group("d1") or m.group("d2"))
        if not 1 <= day <= 31:
            continue
        found = (int(m.group("year") or 0), MONTHS[(m.group("m1") or m.group("m2")).lower()], day)
        latest = max(latest, found) if latest else found
    return When(latest[1], latest[0] or None) if latest else None
