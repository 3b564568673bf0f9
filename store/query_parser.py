"""Words → `Query`: time expressions, side/category/population words, places, claimants and outlets
(with typo tolerance), figures, and leftover words for the excerpt text. Pure: no I/O, no SQL."""
from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata

from rapidfuzz import process
from rapidfuzz.distance import OSA

from store.clock import Clock, utc_now
from store.fingerprints import normalise_text
from store.query import EXCHANGE_CATEGORIES, Query
from store.records import Names
from store.vocabulary import Meaning, Vocabulary, query_words, vocabulary_for

MAX_CHARS = 300   # longer input is cut: nobody searches with a page of text
MAX_TOKENS = 24
MAX_WORDS = 6     # leftover words kept for the text match

# Fixed patterns written here; user text is only ever the subject they are applied to.
_TOKEN = re.compile(r"\d{4}-\d{1,2}(?:-\d{1,2})?|(?:\d+(?:[.,]\d+)*|\.\d+)(?:e[+-]?\d+)?k?"
                    r"|[^\W\d_]+(?:['’-][^\W\d_]+)*")
_ISO = re.compile(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?")
# "18,900", "1.2", ".5", optionally with an exponent ("1.5e6") and a thousands "k".
_NUMBER = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|\.\d+)(?:e([+-]?\d+))?(k?)")
MAX_EXPONENT = 12  # "1e400" is not a figure anyone reported
MAX_FIGURE = 10**12
LOCATIVES = frozenset(query_words()["locatives"])  # after these words a place wins
_SCALES = {"thousand": 1_000, "million": 1_000_000, "mln": 1_000_000, "billion": 1_000_000_000}


def tokens(text: str) -> list[str]:
    """Lower-case words, numbers and ISO dates of the text; possessive 's dropped."""
    text = unicodedata.normalize("NFKC", normalise_text(text[:MAX_CHARS])).casefold()
    out = []
    for token in _TOKEN.findall(text):
        token = token.replace("’", "'")
        if token.endswith("'s"):
            token = token[:-2]
        out.append(token.replace("'", ""))
    return out[:MAX_TOKENS]


def _months() -> dict[str, int]:
    return {w: int(m) for m, words in query_words()["months"].items() for w in words}


def _year(token: str) -> int | None:
    return int(token) if token.isdigit() and len(token) == 4 and 1990 <= int(token) <= 2099 else None


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


class _Parse:
    """The state of one parse: the query being built and the words not understood yet."""

    def __init__(self, command: str, today: dt.date, vocab: Vocabulary) -> None:
        self.q = Query(command=command)
        self.today = today
        self.vocab = vocab
        self.unknown: list[str] = []

    # ── meanings ──
    def apply(self, meaning: Meaning) -> None:
        q = self.q
        if meaning.kind == "side":
            _append(q.sides, meaning.value)
        elif meaning.kind == "category":
            _append(q.categories, meaning.value)
        elif meaning.kind == "population":
            _append(q.populations, meaning.value)
        else:
            kind = meaning.kind
            _append(getattr(q, kind + "s"), meaning.value)
            for key in sorted(meaning.keys):
                _append(getattr(q, kind + "_keys"), key)
            for phrase in sorted(meaning.phrases):
                _append(getattr(q, kind + "_phrases"), phrase)

    def apply_phrase(self, phrase: str, after: str = "") -> None:
        """Apply every meaning of the phrase's winning kind (e.g. "bodies" → returned and held);
        after "in", "near" or "at" a place wins ("killed in kyiv" is about the city)."""
        meanings = self.vocab.phrases[phrase]
        kind = meanings[0].kind
        if after in LOCATIVES and any(m.kind == "place" for m in meanings):
            kind = "place"
        for meaning in meanings:
            if meaning.kind == kind:
                self.apply(meaning)

    # ── time ──
    def set_month(self, month: int, year: int | None) -> None:
        _append(self.q.months, month)
        if year:
            self.q.year = year

    def since(self, start: dt.date, label: str) -> None:
        self.q.date_from, self.q.time_label = start, f"since {label}"

    def until(self, end: dt.date, label: str) -> None:
        self.q.date_to, self.q.time_label = end, f"before {label}"

    def relative(self, phrase: str, rule: dict) -> None:
        today = self.today
        if "days" in rule:
            start = today - dt.timedelta(days=rule["days"])
            self.q.date_from, self.q.date_to = start, (start if rule.get("only") else today)
        elif "month" in rule:
            first = today.replace(day=1)
            if rule["month"] < 0:
                first = (first - dt.timedelta(days=1)).replace(day=1)
            self.q.date_from, self.q.date_to = first, min(today, _month_end(first.year, first.month))
        elif "year" in rule:
            self.q.year = today.year + rule["year"]
        self.q.time_label = phrase


def _append(items: list, value: object) -> None:
    if value not in items:
        items.append(value)


def _time_at(p: _Parse, toks: list[str], i: int) -> int:
    """Consume a time expression starting at toks[i]; returns how many tokens it used (0 if none)."""
    words, months = query_words(), _months()
    token = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else ""
    for size in (3, 2, 1):
        phrase = " ".join(toks[i:i + size])
        if phrase in words["relative_times"]:
            p.relative(phrase, words["relative_times"][phrase])
            return size
    iso = _ISO.fullmatch(token)
    if iso and 1 <= int(iso.group(2)) <= 12:
        year, month = int(iso.group(1)), int(iso.group(2))
        if iso.group(3) and 1 <= int(iso.group(3)) <= calendar.monthrange(year, month)[1]:
            day = dt.date(year, month, int(iso.group(3)))
            p.q.date_from = p.q.date_to = day
            p.q.time_label = day.strftime("%-d %B %Y")
        else:
            p.set_month(month, year)
        return 1
    if token in words["since_words"] + words["until_words"] and (nxt in months or _year(nxt)):
        after = toks[i + 2] if i + 2 < len(toks) else ""
        if nxt in months:
            month = months[nxt]
            year = _year(after) or (p.today.year if month <= p.today.month else p.today.year - 1)
            used = 3 if _year(after) else 2
            label = f"{calendar.month_name[month]} {year}"
            if token in words["since_words"]:
                p.since(dt.date(year, month, 1), label)
            else:
                p.until(dt.date(year, month, 1) - dt.timedelta(days=1), label)
            return used
        year = _year(nxt)
        assert year
        if token in words["since_words"]:
            p.since(dt.date(year, 1, 1), str(year))
        else:
            p.until(dt.date(year - 1, 12, 31), str(year))
        return 2
    if token in months:
        month = months[token]
        if _year(nxt):
            p.set_month(month, _year(nxt))
            return 2
        p.set_month(month, None)
        return 1
    if token.isdigit() and len(token) <= 2 and (nxt in months or (i and toks[i - 1] in months)):
        return 1  # a day of the month: the month filter covers it
    if _year(token):
        p.q.year = _year(token)
        return 1
    return 0


def _number_at(p: _Parse, toks: list[str], i: int) -> int:
    """Consume a figure ("18,900", "1.2k", ".5k", "4 million", "1.5e6"); returns tokens used.

    A number that rounds to no whole figure ("0.4") or has an absurd exponent ("1e400") is used up
    and ignored, never read as another figure."""
    match = _NUMBER.fullmatch(toks[i])
    if not match:
        return 0
    mantissa, exponent, thousands = match.groups()
    if exponent is not None and abs(int(exponent)) > MAX_EXPONENT:
        return 1
    value = float(mantissa.replace(",", "")) * 10 ** int(exponent or 0)
    used = 1
    if thousands:
        value *= 1_000
    elif i + 1 < len(toks) and toks[i + 1] in _SCALES:
        value *= _SCALES[toks[i + 1]]
        used = 2
    figure = round(value)
    if 0 < figure < MAX_FIGURE:
        _append(p.q.values, figure)
    return used


def _fuzzy(vocab: Vocabulary, word: str) -> str | None:
    """The vocabulary word a typo most likely meant: one edit for words of 5–7 letters, two beyond."""
    if len(word) < 5 or not word.isalpha():
        return None
    best = process.extractOne(word, vocab.fuzzy_words, scorer=OSA.distance,
                              score_cutoff=1 if len(word) <= 7 else 2)
    return best[0] if best else None


def parse_query(text: str, command: str = "claims", names: Names | None = None,
                clock: Clock = utc_now) -> Query:
    """Read a user's words as a Query. Never raises: anything not understood becomes a text word."""
    vocab = vocabulary_for(names or Names())
    today = clock().date()
    p = _Parse(command, today, vocab)
    toks = tokens(text)
    stop = set(query_words()["stopwords"])
    i = 0
    while i < len(toks):
        used = _time_at(p, toks, i)
        if not used:
            for size in range(min(vocab.longest, len(toks) - i), 0, -1):
                phrase = " ".join(toks[i:i + size])
                if phrase in vocab.phrases:
                    p.apply_phrase(phrase, toks[i - 1] if i else "")
                    used = size
                    break
        if not used:
            used = _number_at(p, toks, i)
        if not used:
            if toks[i] not in stop and len(toks[i]) > 1:
                p.unknown.append(toks[i])
            used = 1
        i += used
    for word in p.unknown:
        guess = _fuzzy(vocab, word)
        if guess:
            p.apply_phrase(guess)
        elif len(p.q.words) < MAX_WORDS:
            _append(p.q.words, word)
    if command == "exchange":
        chosen = [c for c in p.q.categories if c in EXCHANGE_CATEGORIES]
        p.q.categories = chosen or list(EXCHANGE_CATEGORIES)
    return p.q
