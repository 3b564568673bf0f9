"""Where a figure is about: the most specific place named near it, from the gazetteer."""
from __future__ import annotations

import re
from functools import lru_cache

from extract.cleaning import headline_end
from extract.filters import is_excluded
from extract.models import Claim
from extract.numbers import Figure, find_figures
from extract.tables import AnyCase, any_of, joins_word, load, phrase_pattern, shortest_cover, trie_regex

_P = load("places")
_C = load("cues")
_CANONICAL = {a.lower(): name for name, entry in _P["places"].items() for a in entry["aliases"]}
_KIND = {name: entry["kind"] for name, entry in _P["places"].items()}
_COUNTRY = {name: entry["country"] for name, entry in _P["places"].items()}
_REGION = {name: entry["region"] for name, entry in _P["places"].items() if "region" in entry}  # the town's
_NAMES_CI = phrase_pattern(list(_CANONICAL))
_ACTORS = set(_P["actor_places"])
_NEVER = set(_P["never_figure_place"])
# "five million of them in Europe", not "the largest war in Europe has killed …": a place only after the figure.
_AFTER_ONLY = set(_P["figure_place_after_only"])


def _words(phrases: list[str]) -> str:
    """The phrases as regex alternatives, taken literally."""
    return "|".join(map(re.escape, phrases))


# "in Russia's Kursk region": a possessive may stand between.
_LOCATIVE = AnyCase(rf"\b(?:{_words(_P['locative_before'])})\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}$")
# "briefing in Kharkiv": where a statement was made is not where its figures are, unless they refer back to it.
_NOT_ABOUT_BEFORE_PHRASES = _P["not_about_before"] + _P["statement_place_before"]
_NOT_ABOUT_BEFORE = AnyCase(rf"\b(?:{_words(_NOT_ABOUT_BEFORE_PHRASES)})\s+(?:the\s+)?$")
_NOT_ABOUT_AFTER = AnyCase(rf"^['’]?s?\s*(?:{_words(_P['not_about_after'])})\b")
_NEAR = AnyCase(rf"\b(?:{_words(_P['near_before'])})\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}$")
# "peace talks held in Istanbul": where people met, not where the figure is.
_MEETING_BEFORE = AnyCase(r"\b(?:talks|negotiations|summit|meeting|agreements?|deal|conference|mediation|"
                          r"memorandum|accords?)\b[^,.;]{0,20}$")
_STRICT_LOCATIVE = AnyCase(r"\b(?:in|at|from|around|across|outside|into|inside|within|throughout|on)\s+"
                           r"(?:the\s+)?(?:(?:capital|city|centre|center|region|territory|soil|of)\s+(?:the\s+)?)*$")
# The words a `_STRICT_LOCATIVE` match ends with, before the white space that ends it.
_STRICT_ENDS = ("in", "at", "from", "around", "across", "outside", "into", "inside", "within", "throughout", "on",
                "the", "capital", "city", "centre", "center", "region", "territory", "soil", "of")
_SUFFIX = AnyCase(r"^\s+(?:" + "|".join(_P["place_suffixes"]) + r")\b")
_SUFFIX_WORDS = tuple(p.lower() for p in _P["place_suffixes"])
_NOT_ABOUT_PHRASES = tuple(p.lower() for p in _NOT_ABOUT_BEFORE_PHRASES)
# "Speaking in Kharkiv, the governor said 6 were killed in the city": where a statement was made is the place
# of a figure that refers back to it.
_STATEMENT_PHRASES = tuple(p.lower() for p in _P["statement_place_before"])
_REFERRED_BACK = re.compile(rf"\b(?:{_words(_P['place_referred_back'])})\b", re.IGNORECASE)
_NOT_ABOUT_AFTER_WORDS = tuple(p.lower() for p in _P["not_about_after"])
_MEETING_WORDS = any_of(("talks", "negotiations", "summit", "meeting", "agreement", "deal", "conference",
                         "mediation", "memorandum", "accord"))
_NEAR_WORDS = any_of([max(p.split(), key=len) for p in _P["near_before"]])
_SPACES = re.compile(r"\s+")
_SPECIFICITY = {"site": 5, "village": 4, "town": 3, "city": 3, "region": 2, "area": 1, "country": 0}


def _capitalised_pattern(names: list[str]) -> re.Pattern[str]:
    """`_NAMES_CI` for ASCII text at a capital only: the capital as such, the rest of the name in any case.

    It starts with a letter, not a word boundary, so the regex engine skips from capital to capital.
    """
    by_capital: dict[str, list[str]] = {}
    for name in names:
        if name[:1].isascii() and name[:1].islower():
            by_capital.setdefault(name[0].upper(), []).append(name[1:])
    branches = []
    for capital, rests in sorted(by_capital.items()):
        rest = trie_regex(rests)
        branches.append(re.escape(capital) + (f"(?i:{rest})" if rest else ""))
    return re.compile(rf"(?:{'|'.join(branches)})(?![\w-])")


def _inside_names(names: list[str]) -> list[str]:
    """Ends of names that start at a word inside them: "region" of "Kyiv region", "on-don" of "Rostov-on-Don"."""
    return [name[k:] for name in names for k in range(1, len(name))
            if _WORD.fullmatch(name[k]) and not _WORD.fullmatch(name[k - 1])]


_WORD = re.compile(r"\w")
_CAPITALISED = _capitalised_pattern(list(_CANONICAL))
# A name there may be the end of a longer one that starts in lower case ("the Russian Federation").
_INSIDE = _inside_names(list(_CANONICAL))
_INSIDE_NAME = re.compile(rf"(?:{trie_regex(_INSIDE)})(?![\w-])")
_INSIDE_STARTS = tuple({re.match(r"\w+", end).group() for end in _INSIDE})  # their first words


@lru_cache(maxsize=256)
def _capitalised_names(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, lower-cased text) of the names `_NAMES_CI.finditer` finds that start with a capital; found
    once per sentence, for reading it and for spelling its places."""
    if not sentence.isascii():
        return [(m.start(), m.end(), m.group()) for m in _NAMES_CI.finditer(sentence) if sentence[m.start()].isupper()]
    lower = sentence.lower()
    found = []
    position = free = 0  # where to look for the next capital; where `_NAMES_CI` is known to scan afresh
    while m := _CAPITALISED.search(sentence, position):
        start, end = m.span()
        previous = sentence[start - 1] if start else " "
        if previous.isalnum() or previous == "_":
            position = start + 1  # inside a word, where `_NAMES_CI` cannot match
            continue
        if lower.startswith(_INSIDE_STARTS, start) and _INSIDE_NAME.match(lower, start):
            # A name that starts in lower case before it may cover it: scan as `_NAMES_CI` does.
            return found + [(n.start(), n.end(), n.group()) for n in _NAMES_CI.pattern.finditer(lower, free)
                            if sentence[n.start()].isupper() and not (n.start() and sentence[n.start() - 1] == "-")]
        if previous != "-":  # "pro-Kyiv" is matched (and skipped) by `_NAMES_CI` but is not a place
            found.append((start, end, lower[start:end]))
        position = free = end
    return found


# On ASCII text (`lower` given), cheap tests on the words next to a name decide whether a pattern could match.

def _not_about_after(after: str, lower: str | None) -> bool:
    """"Istanbul talks", "Bucha's massacre anniversary": the place names something else."""
    if lower is not None:
        rest = lower[1:] if lower[:1] == "'" else lower
        if not (rest.lstrip().startswith(_NOT_ABOUT_AFTER_WORDS)
                or (rest[:1] == "s" and rest[1:].lstrip().startswith(_NOT_ABOUT_AFTER_WORDS))):
            return False
    return _NOT_ABOUT_AFTER.match(after, lower) is not None


def _not_about_before(before: str, lower: str | None) -> bool:
    """"40 km from Kharkiv", "born in the Donbas": the place is not where the figure is."""
    if lower is not None:
        tail = lower.rstrip()
        if not (tail.endswith(_NOT_ABOUT_PHRASES)
                or (tail.endswith("the") and tail[:-3].rstrip().endswith(_NOT_ABOUT_PHRASES))):
            return False
    return _NOT_ABOUT_BEFORE.search(before, lower) is not None


def _strict_locative(before: str, lower: str | None) -> bool:
    """"in Kyiv", "in the capital of Ukraine": the place as a location, not as an actor."""
    if lower is not None and not lower.rstrip().endswith(_STRICT_ENDS):
        return False
    return _STRICT_LOCATIVE.search(before, lower) is not None


def _has_suffix(after: str, lower: str | None) -> bool:
    """"Kyiv region", "Donetsk oblast": the name of a region follows."""
    if lower is not None and not (lower[:1].isspace() and lower.lstrip().startswith(_SUFFIX_WORDS)):
        return False
    return _SUFFIX.match(after, lower) is not None


# "advancing towards Siversk, where …": what follows happened there.
_WHERE = re.compile(r",\s+where\b")
# "Sverdlovsk Region (3,312)": a figure in brackets after the name labels it, whatever comes before.
_LABELLED = re.compile(r"(?:\s+(?:" + "|".join(_P["place_suffixes"]) + r"))?\s*\(\s*\d", re.IGNORECASE)
# "Kherson — 5, Bilozerka community — 2": a place a dash labels the count after it with, as in a list by place.
_DASH_LABELLED = re.compile(r"(?:\s+(?:" + "|".join(_P["place_suffixes"]) + r"))?\s*[–—]\s*\d", re.IGNORECASE)
# … only in the list shape, the count ending its item: not "in Nikopol – 3 of them children –", an aside.
_DASH_PAIR = re.compile(_DASH_LABELLED.pattern + r"[\d,.]*(?=\s*(?:[,;.]|$))", re.IGNORECASE)


def _dash_list(sentence: str, mentions: list[tuple[int, int, str, bool]]) -> list[tuple[int, int, str, bool]]:
    """The mentions a dash labels as items of a list by place: "Kharkiv — 12, Izium district — 4", "Wounded:
    Kherson — 21" (two such pairs, or a pair right after ":" or ", ")."""
    pairs = [m for m in mentions if _DASH_PAIR.match(sentence, m[1])]
    if len(pairs) >= 2:
        return pairs
    return [m for m in pairs if sentence[:m[0]].rstrip().endswith((":", ","))]
# "a Kyiv children's hospital", "the Moscow concert hall": a capital's name before a place in it is that place.
_FACILITY_AFTER = AnyCase(rf"\s+(?:[\w'’-]+\s+)?(?:{_words(_P['facilities_after_actor'])})\b")
# "Moscow, a city of 13 million", "Moscow, home to 13 million": the name of a place, not of the state that speaks
# (not "Moscow, home to the defence ministry, said": only a count of its people follows "home to").
_APPOSITION = re.compile(r",\s+(?:(?:a|the)\s+(?:[\w-]+\s+){0,2}(?:capital|" + "|".join(_P["place_suffixes"])
                         + rf")\b|(?:{_words(_P['place_descriptions_after'])})\s+(?:[\w-]+\s+){{0,3}}"
                         + r"(?:\d|(?:million|thousand)\b))", re.IGNORECASE)
# What joins the names of a list: "Tambov, Ryazan and Oryol".
_LIST_LINK = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?")


# "the governor of the Kharkiv region", "Kherson's mayor": the place an official speaks for.
_OFFICE_BEFORE = AnyCase(rf"\b(?:{_words(_P['office_before'])})\s+(?:the\s+)?$")
_OFFICE_AFTER = AnyCase(rf"^['’]?s?\s+(?:{_words(_P['office_after'])})\b")
_OFFICE_BEFORE_WORDS = tuple(p.lower() for p in _P["office_before"])
_OFFICE_AFTER_WORDS = tuple(p.split()[0] for p in _P["office_after"])  # the word each starts with


def _past_possessive(after: str) -> str:
    """What follows a name past its possessive and the space after it: "'s regional governor" → "regional governor"."""
    if after[:1] in ("'", "’"):
        after = after[1:]
    if after[:1] == "s":
        after = after[1:]
    return after.lstrip()


def _office(before: str, after: str, lower: str | None, lower_after: str | None) -> bool:
    """"Donetsk regional governor", "mayor of Dnipro": the name is part of an official's title."""
    if lower is not None and lower_after is not None:
        tail = lower.rstrip()
        if tail.endswith("the"):
            tail = tail[:-3].rstrip()
        if not (tail.endswith(_OFFICE_BEFORE_WORDS) or _past_possessive(lower_after).startswith(_OFFICE_AFTER_WORDS)):
            return False
    return _OFFICE_BEFORE.search(before, lower) is not None or _OFFICE_AFTER.match(after, lower_after) is not None


# "both banks of the Dnipro": a city named after its river is the river after "the", unless a suffix follows.
_RIVERS = frozenset(_P["rivers_after_the"])


def _river(before: str, after: str, lower_after: str | None) -> bool:
    """Whether a name shared by a city and its river stands for the river ("the Dnipro", not "the Dnipro region")."""
    return before.rstrip().lower().endswith(" the") and not _has_suffix(after, lower_after)


# "taken to transit centres in Pavlohrad": where people were brought, not where the figure happened.
# "housed in shelters in Stary Oskol": where people were lodged; not past a figure's own phrase ("evacuated to a
# Kyiv hospital included 12 wounded in Sumy").
_DESTINATION = AnyCase(rf"\b(?:(?:{_words(_P['destination_verbs'])})\s+to|(?:{_words(_P['lodging_verbs'])}))"
                       rf"\s+(?:(?!\d)[\w'’-]+,?\s+){{1,8}}(?:in|at)\s+(?:the\s+)?$")
_DESTINATION_STEMS = tuple(shortest_cover({verb[:5] for verb in _P["destination_verbs"] + _P["lodging_verbs"]}))


def _destination(sentence: str, start: int) -> bool:
    """Whether the name at `start` ends a phrase of where people were taken ("relocated to shelters in X")."""
    if not sentence.endswith((" in ", " at ", " the "), 0, start):
        return False
    window = sentence[max(0, start - 80):start]
    lower = window.lower()
    if not any(stem in lower for stem in _DESTINATION_STEMS):
        return False
    taken = _DESTINATION.search(window, lower if window.isascii() else None)
    return taken is not None and not find_figures(window[taken.start():])  # not "… included twelve wounded in X"


@lru_cache(maxsize=256)
def _read(sentence: str) -> tuple[list[tuple[int, int, str, bool]], list[str], bool]:
    """The sentence's mentions of places, (start, end, place, near): "near Kyiv" is kept but loses a tie
    to "in Bucha"; the places of officials' titles; and whether it names any place of the gazetteer at
    all, even as a speaker ("Kyiv said")."""
    found = []
    offices = []
    named = False
    elsewhere = -1  # where the last name that is not about the figure ends
    for start, end, text in _capitalised_names(sentence):
        key = text.lower()
        name = _CANONICAL.get(key if key.isalpha() else _SPACES.sub(" ", key))
        named = named or name is not None
        if not name or name in _NEVER:
            continue
        before = sentence[max(0, start - 30):start]
        after = sentence[end:end + 40]
        lower = before.lower() if before.isascii() else None
        lower_after = after.lower() if after.isascii() else None
        if key in _RIVERS and _river(before, after, lower_after):
            continue
        if _office(before, after, lower, lower_after):
            regional = _past_possessive(after.lower()).startswith(("region", "oblast"))
            offices.append("Kyiv region" if name == "Kyiv" and regional else name)
            continue
        if ((_not_about_before(before, lower) and not (_WHERE.match(after) or _LABELLED.match(after))
             and not (before.lower().rstrip().endswith(_STATEMENT_PHRASES) and _REFERRED_BACK.search(sentence, end)))
                or _destination(sentence, start)
                or (elsewhere >= 0 and _LIST_LINK.fullmatch(sentence, elsewhere, start))):
            elsewhere = end  # "sent to Tambov, Ryazan and …": the whole list is elsewhere
            continue
        if (_not_about_after(after, lower_after)
                or ((lower is None or _MEETING_WORDS.search(lower)) and _MEETING_BEFORE.search(before, lower))):
            continue
        if name in _ACTORS and not (_strict_locative(before, lower) or _has_suffix(after, lower_after)
                                    or _APPOSITION.match(after) or ("(" in after and _LABELLED.match(after))
                                    or _FACILITY_AFTER.match(after, lower_after)):
            continue
        if name == "Kyiv" and _has_suffix(after, lower_after) and _ADMINISTRATIVE_AFTER.match(after):
            name = "Kyiv region"
        near = (lower is None or _NEAR_WORDS.search(lower) is not None) and _NEAR.search(before, lower) is not None
        found.append((start, end, name, near))
    return found, offices, named


# "569 missing, most of them from the Sudzha district": a clause about the greater part of a figure names a
# place within the whole's, which is its region if it has one. The pattern starts with its literal, for speed.
_GREATER_PART = re.compile(rf",\s*(?:{_words(_P['greater_part_before'])})\b")


@lru_cache(maxsize=256)
def _greater_parts(sentence: str) -> tuple[int, ...]:
    """Where the sentence's clauses about the greater part of a figure start: found once per sentence."""
    return tuple(m.start() for m in _GREATER_PART.finditer(sentence.lower()))


_COORDINATION = re.compile(r"[\w\s-]{0,40}\b(?:and|or)\s+(?:[\w-]+\s+){0,2}", re.IGNORECASE)


def _belongs_to(other: Figure, figure: Figure, mention: tuple[int, int, str, bool], sentence: str) -> bool:
    """A place said just after another figure is that figure's ("…, 397 of them from Donetsk"), unless
    the two figures share one phrase: "killed two people and wounded five in Kherson"."""
    if not 0 <= mention[0] - other.end <= 40:
        return False
    return not (other.start > figure.end and _COORDINATION.fullmatch(sentence[figure.end:other.start]))


def _locative(before: str) -> bool:
    """"in Kherson", "from the city of Kherson": the words before a name say it is where something is."""
    return _LOCATIVE.search(before, before.lower() if before.isascii() else None) is not None


def place_of(figure: Figure, sentence: str, lo: int, hi: int, others: list[Figure] = ()) -> str | None:
    """The place the figure is about, as a city or region (a site as its city, a list of towns as their region).

    In the figure's own stretch `lo:hi`, the place a bracketed figure follows ("Donetsk Region (443)"), else one
    said after it ("64 from Zaporizhzhia"), else the stretch's most specific; failing those, the sentence's most
    specific place that no other figure has ("397 of them from Donetsk" is that figure's, not this one's). A place
    said of the greater part ("…, most of them from Sudzha") or of some of those counted ("…, among them a boy from
    Sudzha") only gives its region, if nothing else is named.
    """
    if sentence[max(0, figure.start - 2):figure.start].strip() in _LABEL_MARKS \
            and (unit := _unlisted_unit(sentence, figure)):
        return unit
    mentions = _read(sentence)[0]
    if not mentions:
        return None
    parts = (_of_greater_part(mentions, sentence, figure.end, hi) + _later_parts(mentions, sentence, figure)) \
        if "," in sentence else []
    earlier = _earlier_parts(mentions, sentence, figure)
    whole = [m for m in mentions if m not in parts and m not in earlier
             and (m[2] not in _AFTER_ONLY or _after_in_clause(m, figure, sentence))]
    if hi < len(sentence) and "," in sentence[figure.end:hi]:
        part_end, stretch_end = _past_part(figure, sentence, hi, others)
        whole = [m for m in whole if not hi <= m[0] < part_end]  # the part's own places are the part's
        hi = stretch_end
    mention = _mention_of(figure, sentence, lo, hi, others, whole) if whole else None
    if mention is not None:
        return _city_of(_whole_list(mention, mentions, sentence))
    # Only the greater part's places ("569 missing, most of them from Sudzha"): the whole is in their region,
    # or in the region itself ("mostly in Kherson"), not in a whole country or continent.
    regions = {_REGION.get(place, None if _KIND[place] in ("country", "area") else place)
               for place in (_city_of(m[2]) for m in parts)}
    return regions.pop() if len(regions) == 1 else None


# "23 people, including five children, were …": a part of the figure said between commas after it.
_PART_OPENER = re.compile(rf",\s+(?:{_words(_P['part_openers'])})\s+(?:[\w-]+\s+){{0,2}}$", re.IGNORECASE)


# "…, including five children, were evacuated": the figure's own verb after the part (not "…, officials said").
_SUBJECT_GOES_ON = re.compile(r"\s+(?:were|was|are|is|have|has|had)\b")


def _past_part(figure: Figure, sentence: str, hi: int, others: list[Figure]) -> tuple[int, int]:
    """Where the part said after the figure ends, and where the figure's stretch then ends: "23 people, including
    five children, were evacuated from Krasnopillia" tells where the 23 were too, past the part's own words, when
    the figure is the subject of what follows."""
    if not _PART_OPENER.search(sentence, figure.end, hi):
        return hi, hi
    following = min((other.start for other in others if other.start > hi), default=len(sentence))
    close = sentence.find(", ", hi, following)  # not the comma of "600,000"
    return (close, following) if close >= 0 and _SUBJECT_GOES_ON.match(sentence, close + 1) else (hi, hi)


def _of_greater_part(mentions: list[tuple[int, int, str, bool]], sentence: str, end: int,
                     hi: int) -> list[tuple[int, int, str, bool]]:
    """The mentions of the clause about the greater part of the figure that ends at `end`, if it has one: the
    names up to the comma that ends the clause ("…, most of them French, were killed in Kharkiv"), the commas of
    a list aside ("…, many of them from the Donetsk, Kharkiv and Zaporizhzhia regions")."""
    start = next((p for p in _greater_parts(sentence) if end <= p < hi), None)
    return [] if start is None else _clause_mentions(mentions, sentence, start, hi)


def _clause_mentions(mentions: list[tuple[int, int, str, bool]], sentence: str, start: int,
                     hi: int) -> list[tuple[int, int, str, bool]]:
    """The mentions of the clause that opens at the comma at `start`, up to the comma that ends it (not one of a
    list) or `hi`."""
    parts = []
    for mention in mentions:
        if mention[0] <= start:
            continue
        previous = parts[-1][1] if parts else start + 1
        gap = sentence[previous:mention[0]]
        if mention[1] > hi or (("," in gap or ";" in gap)
                               and not (parts and _LIST_LINK.fullmatch(sentence, previous, mention[0]))):
            break
        parts.append(mention)
    return parts


# "…, among them a boy from Shebekino": a clause naming one of those counted, by the words that open it.
_PART_CLAUSE = re.compile(rf",\s*(?:{_words(_P['part_openers'])})\b")
_PART_WORDS = tuple({p.split()[0] for p in _P["part_openers"]})


def _later_parts(mentions: list[tuple[int, int, str, bool]], sentence: str,
                 figure: Figure) -> list[tuple[int, int, str, bool]]:
    """The mentions of a clause after the figure that names a part of what is counted ("two killed and seven
    wounded, among them a boy from Shebekino"): where some of them came from, not where all of them were."""
    lower = sentence.lower()
    if not any(word in lower for word in _PART_WORDS):
        return []
    return [m for clause in _PART_CLAUSE.finditer(lower, figure.end)
            for m in _clause_mentions(mentions, sentence, clause.start(), len(sentence))]


def _earlier_parts(mentions: list[tuple[int, int, str, bool]], sentence: str,
                   figure: Figure) -> list[tuple[int, int, str, bool]]:
    """The mentions of a clause about the greater part of a figure before this one ("11 were killed, most of
    them in Lyptsi, and 50 wounded"): that figure's, not this one's."""
    if not any(p < figure.start for p in _greater_parts(sentence)):
        return []
    return _of_greater_part(mentions, sentence, 0, figure.start)


# "Kabansky District (41)", "Stanislav community - 2": a figure in brackets or after a dash or colon labels the
# administrative unit named just before it.
_LABEL_MARKS = ("(", "-", "–", "—", ":")
_UNIT_WORDS = "|".join(_P["administrative_suffixes"] + _P["local_unit_words"])
_UNIT_LABEL = re.compile(r"((?:[A-Z][\w'’-]+\s+){1,2}(?i:" + _UNIT_WORDS + r"))\s*[(:–—-]\s*$")
_NOT_NAMES = frozenset(_P["words_before_names"])


def _unlisted_unit(sentence: str, figure: Figure) -> str | None:
    """The district or region a bracketed figure labels, as written, when the gazetteer lacks it: a list of
    units by their counts names the most specific place of each."""
    label = _UNIT_LABEL.search(sentence, max(0, figure.start - 60), figure.start)
    if label is None:
        return None
    words = label.group(1).split()
    if words[0].lower() in _NOT_NAMES:
        words = words[1:]
    name = " ".join(words)
    return name if len(words) > 1 and not _capitalised_names(name) else None  # a listed one is read as such


# "…, the UN said, in the deadliest war in Europe": not the figure's own clause, or a war's place, not the figure's.
_AFTER_ONLY_CUT = re.compile(rf"[,;]|\bsaid\b|\bsays\b|\b(?:{_words(_P['after_only_not_after'])})\s+$")


def _after_in_clause(mention: tuple[int, int, str, bool], figure: Figure, sentence: str) -> bool:
    """Whether a place named only after a figure ("five million of them in Europe") is in the figure's own clause."""
    return mention[0] >= figure.end and not _AFTER_ONLY_CUT.search(sentence[figure.end:mention[0]].lower())


def _city_of(place: str) -> str:
    """A place as a city or region: "Azovstal" is reported as Mariupol, the city the plant is in."""
    return _REGION[place] if _KIND[place] == "site" else place


def _mention_of(figure: Figure, sentence: str, lo: int, hi: int, others: list[Figure],
                mentions: list[tuple[int, int, str, bool]]) -> tuple[int, int, str, bool] | None:
    """The mention of the place the figure is about (see `place_of`)."""
    stretch = [m for m in mentions if lo <= m[0] and m[1] <= hi]
    own = _in_clause(stretch, figure, sentence, lo, hi)
    # "Donetsk Region (443)": a figure in brackets belongs to the place just before it …
    if own and sentence[max(0, figure.start - 2):figure.start].strip() == "(":
        before = [m for m in own if m[1] <= figure.start]
        if before:
            return before[-1]
    elif "(" in sentence:  # … and to no other figure: "62 killed, followed by Dnipropetrovsk (48)"
        mentions = [m for m in mentions if not _LABELLED.match(sentence, m[1])]
        own = [m for m in own if m in mentions]
    if "—" in sentence or "–" in sentence:  # the same with a dash: "Kherson — 5, Beryslav — 1"
        listed = _dash_list(sentence, mentions)
        labels = [m for m in own if m in listed and _DASH_LABELLED.fullmatch(sentence, m[1], figure.start + 1)]
        if labels:
            return labels[-1]
        mentions = [m for m in mentions if m not in listed]
        own = [m for m in own if m in mentions]
    if own:
        # "24 were returned from Luhansk and 64 from Zaporizhzhia": the place said after the figure;
        # otherwise the most specific place of its stretch.
        after = [m for m in own if m[0] >= figure.end and _locative(sentence[max(0, m[0] - 30):m[0]])
                 and not _owner_of_next(m, own, sentence)]
        if after:
            return _part_named_before(sorted(after, key=lambda m: m[3])[0], own, sentence)
        return max(own, key=lambda m: _rank(m, figure))
    # Failing a place of its own, one of its stretch that another reported clause holds: "said that three
    # died in Odesa and that five people were hurt".
    free = [m for m in mentions if not any(_belongs_to(other, figure, m, sentence) for other in others)] \
        or [m for m in stretch if m in mentions]
    if not free:
        return None
    return max(free, key=lambda m: _rank(m, figure))


def _owner_of_next(mention: tuple[int, int, str, bool], mentions: list[tuple[int, int, str, bool]],
                   sentence: str) -> bool:
    """"in Russia's Kursk region": a country said as the owner of the place named right after it."""
    return is_country(mention[2]) and sentence[mention[1]:mention[1] + 3] in ("'s ", "’s ") \
        and any(other[0] == mention[1] + 3 for other in mentions)


def _whole_list(mention: tuple[int, int, str, bool], mentions: list[tuple[int, int, str, bool]],
                sentence: str) -> str:
    """The place, or the region of the list it is in: "evacuated from Skadovsk, Henichesk and Beryslav"
    is about the Kherson region, not about one town of the three; "shelled Gorlovka and Donetsk", a region's
    city and its namesake, is about that region."""
    index = mentions.index(mention)
    first = last = index
    while first and _LIST_LINK.fullmatch(sentence, mentions[first - 1][1], mentions[first][0]):
        first -= 1
    while last + 1 < len(mentions) and _LIST_LINK.fullmatch(sentence, mentions[last][1], mentions[last + 1][0]):
        last += 1
    if first == last:
        return mention[2]
    regions = {_REGION.get(m[2], m[2] if _as_city(m, sentence) else None) for m in mentions[first:last + 1]}
    region = regions.pop() if len(regions) == 1 else None
    return region or mention[2]


def _as_city(mention: tuple[int, int, str, bool], sentence: str) -> bool:
    """Whether a region's mention names its city ("Gorlovka and Donetsk"), not the region itself ("Yarova,
    Donetsk region", which says where Yarova lies)."""
    return _KIND[mention[2]] == "region" and not _ADMINISTRATIVE_AFTER.match(sentence, mention[1]) \
        and sentence[mention[0]:mention[1]].rsplit(None, 1)[-1].lower() not in _ADMINISTRATIVE_WORDS


# "losses there", "of that sector": the place the sentence before named (not "there were").
_THERE = AnyCase(r"\b(?:there\b(?!\s+(?:is|are|was|were|has|have|had|will|would|may|might|could|must|should|"
                 r"seems?|seemed|appears?|appeared|remains?|remained)\b)|(?:that|the\s+same)\s+(?:"
                 + "|".join(_P["place_suffixes"]) + r")\b)")
# "losses in the area", "killed in the city": the place named before, when the sentence names none itself.
# The pattern starts with its literal, which the regex engine finds fast; the preposition is checked after.
_THE_PLACE = re.compile(rf" the\s+({_words(_P['place_named_before'])})\b")
_THE_PLACE_AFTER = (" in", " across", " around", " from", " of")


def _says_the_place(lower: str) -> bool:
    """Whether the lower-cased sentence says "in the area", "of the city" (see `_THE_PLACE`)."""
    return bool(_the_places_said(lower))


def _the_places_said(lower: str) -> set[str]:
    """The words of "in the area", "across the region" the lower-cased sentence says ("area", "region")."""
    return {m.group(1) for m in _THE_PLACE.finditer(lower)
            if (" " + lower[max(0, m.start() - 7):m.start()]).endswith(_THE_PLACE_AFTER)}


# "from Kyiv", "to the city of Dnipro": a name written as where someone came from or went, not where things are.
_UNLOCATED = re.compile(rf"\b(?:{_words(_P['unlocated_before'])})\s+(?:the\s+)?(?:(?:[\w'’-]+\s+){{0,2}}"
                        rf"(?:{_words(_P['located_kinds'])})\s+of\s+(?:the\s+)?)?$")
_CAPITALS = frozenset(_P["capitals"])
_REGION_NAMED = frozenset(_P["place_named_before_regions"])


def _the_place_before(said: set[str], found: list[tuple[int, int, str, bool]], offices: list[str],
                      previous: str) -> str | None:
    """The place "in the capital", "across the region" points back to: the previous sentence's most specific place
    not written as where someone came from or went (else its official's), if a capital for "the capital", as its
    region for "the region"."""
    located = [m for m in found if not _UNLOCATED.search(previous[max(0, m[0] - 50):m[0]].lower())]
    place = _most_specific(located, previous) or (offices[-1] if offices else None)
    if place is None or ("capital" in said and place not in _CAPITALS):
        return None
    if said & _REGION_NAMED and _KIND.get(place) != "region":
        return _REGION.get(place)
    return place


def place_referred_to(sentence: str, previous: str | None) -> str | None:
    """The most specific place of the previous sentence (else its official's), when this one points back to it
    with "there" or, naming no place itself, with "in the capital"; else the town of the scene it set, if this
    one's official speaks for that town's region."""
    if not previous:
        return None
    if not _points_back(sentence):
        return _scene_in_office_region(sentence, previous) or _scene_goes_on(sentence, previous)
    found, offices, _ = _read(previous)
    if _THERE.search(sentence, sentence.lower() if sentence.isascii() else None) is None:
        return _the_place_before(_the_places_said(sentence.lower()), found, offices, previous)
    return _most_specific(found, previous) or (offices[-1] if offices else None)


def place_dated_back(sentence: str, previous: str | None) -> str | None:
    """ "Azovstal's defenders laid down arms in May 2022. The ministry said at the time that 2,439 surrendered": a
    figure dated by the sentence before ("at the time", "that month") is of the place that sentence names (not
    written as where someone came from or went), when its own sentence names none and is not about the whole
    country or world ("counted seven million worldwide by that date")."""
    if not previous or _read(sentence)[0] or _office_region(sentence)[0]:
        return None
    found, offices, _ = _read(previous)
    return _the_place_before(set(), found, offices, previous)


# "over the past day", "since Friday": a figure of a reporting period, an official's tally for the whole region.
_PERIOD = re.compile(rf"\b(?:{_words(_P['reporting_periods'])})\b")


def _scene_in_office_region(sentence: str, previous: str) -> str | None:
    """"A missile struck the station in Kramatorsk. The Donetsk governor said 50 were killed.": the place of
    the scene the previous sentence set, when it lies in the region of the official who speaks of it (not
    "in the region", which is the official's)."""
    found, offices, _ = _read(sentence)
    if not offices or found:
        return None
    lower = sentence.lower()
    if _says_the_place(lower) or _PERIOD.search(lower):
        return None  # "said 9 were wounded over the past day": the region's tally, not the scene's
    scene = _scene_place(previous)
    return scene if scene and scene != offices[-1] and _within(scene, offices[-1]) else None


def _scene_goes_on(sentence: str, previous: str) -> str | None:
    """"A drone hit a minibus near Klimovo. Two civilians were killed.": the scene the previous sentence set at
    one place, when this one names no place at all (not even "the region"); it is narrower than the article's
    place. A scene of several places ("bombs on X and the villages of Y") is a summary the figure may total."""
    if _read(sentence)[2] or _says_the_place(sentence.lower()) or len({m[2] for m in _read(previous)[0]}) != 1:
        return None
    return _scene_place(previous)


@lru_cache(maxsize=256)
def _points_back(sentence: str) -> bool:
    """Whether the sentence says "there" or "that region", or names no place but "the area": found once per
    sentence, however many figures ask."""
    return _THERE.search(sentence, sentence.lower() if sentence.isascii() else None) is not None \
        or names_only_the_area(sentence)


def names_only_the_area(sentence: str) -> bool:
    """Whether the sentence names no place but "the area", "the region" (not "there": a place said before)."""
    return not _read(sentence)[2] and _says_the_place(sentence.lower())


# Words of a sentence that tells of fighting or a strike somewhere.
_SCENE = AnyCase(rf"\b(?:{_words(_P['scene_words'])})")


def place_carried_on(sentence: str, previous: str | None, earlier: str | None = None) -> str | None:
    """The place of the fighting or strike the previous sentence tells of, when this one names no place
    at all and goes on about it: "Drones struck near Izium overnight. Two soldiers were wounded."; a scene set
    only in a region is the one town in it the sentence before that named ("The worst case was Olenivka. A blast
    hit the colony in Donetsk region.")."""
    if not previous or _read(sentence)[2]:
        return None
    scene = _scene_place(previous)
    if scene is None or earlier is None or _KIND[scene] != "region":
        return scene
    inside = {_city_of(m[2]) for m in _read(earlier)[0] if m[2] != scene and _within(m[2], scene)}
    return inside.pop() if len(inside) == 1 else scene


def _scene_place(sentence: str) -> str | None:
    """The place of the fighting or strike the sentence tells of, if it tells of one; not where the greater
    part of some people came from ("prisoners, many of them from Azovstal, were held")."""
    if not _SCENE.search(sentence, sentence.lower() if sentence.isascii() else None):
        return None
    mentions = _read(sentence)[0]
    if "," in sentence:
        parts = [m for start in _greater_parts(sentence) for m in _clause_mentions(mentions, sentence, start,
                                                                                     len(sentence))]
        mentions = [m for m in mentions if m not in parts]
    return _most_specific([m for m in mentions if _locative(sentence[max(0, m[0] - 30):m[0]])], sentence)


def _most_specific(mentions: list[tuple[int, int, str, bool]], sentence: str) -> str | None:
    """The most specific place of the mentions ("near" breaks ties), or the region of the list it is in."""
    if not mentions:
        return None
    mention = max(mentions, key=lambda m: (_SPECIFICITY.get(_KIND[m[2]], 0), not m[3]))
    return _city_of(_whole_list(mention, mentions, sentence))


_PART_OF = re.compile(r"\s+(?:" + "|".join(_P["place_suffixes"]) + r")\s+of\s+(?:the\s+)?", re.IGNORECASE)


def _part_named_before(mention: tuple[int, int, str, bool], mentions: list[tuple[int, int, str, bool]],
                       sentence: str) -> tuple[int, int, str, bool]:
    """"the Izium district of the Kharkiv region": the part named before the whole it is "of"."""
    for other in mentions:
        if other[1] <= mention[0] and _PART_OF.fullmatch(sentence, other[1], mention[0]):
            return other
    return mention


# "said that five drowned in A and that 4,300 were evacuated": a second reported clause; "…, while drones
# hit B": a clause with a subject of its own.
_AND_THAT = re.compile(r"\s(?:and|but)\s+that\s|,\s+(?:while|whereas)\s")


def _in_clause(own: list[tuple[int, int, str, bool]], figure: Figure, sentence: str, lo: int,
               hi: int) -> list[tuple[int, int, str, bool]]:
    """The mentions not cut off from the figure by a semicolon, if any: "in A, one died; in B, two were hurt";
    and none that a clause of their own ("… and that …", "…, while …") cuts off from it."""
    if not own:
        return own
    stretch = sentence[lo:hi]
    if "that" in stretch or "while" in stretch or "whereas" in stretch:
        cuts = [m.start() for m in _AND_THAT.finditer(sentence, lo, hi)]
        start = max([c for c in cuts if c < figure.start], default=lo)
        end = min([c for c in cuts if c >= figure.end], default=hi)
        own = [m for m in own if start <= m[0] and m[1] <= end]
    if not own or ";" not in stretch:
        return own
    start = sentence.rfind(";", lo, figure.start) + 1
    end = sentence.find(";", figure.end, hi) % (len(sentence) + 1)
    return [m for m in own if start <= m[0] and m[1] <= end] or own


def _rank(mention: tuple[int, int, str, bool], figure: Figure) -> tuple[int, bool, int]:
    """The most specific place first ("near Rylsk" in the Kursk region); "near" only breaks ties."""
    return _SPECIFICITY.get(_KIND[mention[2]], 0), not mention[3], -abs(mention[0] - figure.start)


def places_in(text: str) -> list[str]:
    """Every gazetteer place named in the text, canonical spelling (case-insensitive; for queries)."""
    return [_CANONICAL[_SPACES.sub(" ", m.group().lower())] for m in _NAMES_CI.finditer(text)]


# "910 injured nationwide", "across the country": a figure that is about no one place.
_NATIONWIDE = AnyCase(rf"\b(?:{_words(_P['nationwide'])})\b")
# Words one of which each nationwide phrase starts with: a cheap test before the pattern (a short first word
# brings the next: "all over").
_NATIONWIDE_WORDS = tuple(shortest_cover({" ".join(p.split()[:1 if len(p.split()[0]) > 3 else 2])
                                           for p in _P["nationwide"]}))


def narrowed_by_office(place: str | None, sentence: str) -> str | None:
    """The place if it lies in the region of the official the sentence names ("the governor of the Donetsk
    region" in an article about Kramatorsk), else that region, else the place; none for a nationwide figure."""
    nationwide, office = _office_region(sentence)
    if nationwide or (isinstance(place, _NearPlace) and _BEYOND_A_FRONT.search(sentence.lower())):
        return None  # a title's "near Pokrovsk" is not where "1,200 a day" or "46,000 since 2022" were lost
    return narrowest(place, office) if office else place


@lru_cache(maxsize=256)
def _office_region(sentence: str) -> tuple[bool, str | None]:
    """Whether the sentence's figures are nationwide, and the place of the last official it names (if any):
    found once per sentence, however many figures ask."""
    lower = sentence.lower()
    if any(word in lower for word in _NATIONWIDE_WORDS) \
            and _NATIONWIDE.search(sentence, lower if sentence.isascii() else None):
        return True, None
    offices = _read(sentence)[1]
    return False, offices[-1] if offices else None


def narrowest(place: str | None, whole: str | None) -> str | None:
    """The place if it lies in the whole (Kramatorsk in the Donetsk region), else the whole, else the place."""
    if whole is None or place is None:
        return place or whole
    inside = place
    while inside != whole and inside in _REGION:
        inside = _REGION[inside]
    return place if inside == whole else whole


def _within(place: str, whole: str) -> bool:
    """Whether the place is the whole or lies in it (Kramatorsk in the Donetsk region)."""
    while place != whole and place in _REGION:
        place = _REGION[place]
    return place == whole


def apart(here: list[str], there: list[str]) -> bool:
    """Whether two texts name places (countries aside) and none of one's lies in, holds or shares a region with
    the other's: "Kyiv mayor …" is not "In Odesa, the mayor …"."""
    here, there = [p for p in here if not is_country(p)], [p for p in there if not is_country(p)]
    return bool(here and there) and not any(
        _within(a, b) or _within(b, a) or _REGION.get(a, a) == _REGION.get(b, b) for a in here for b in there)


def in_russia(place: str) -> bool:
    """True for places in Russia proper (Belgorod, Kursk, …), where civilians are Russia's."""
    return _COUNTRY.get(place) == "ru"


def is_country(place: str) -> bool:
    """True for a whole country rather than a region or town in it."""
    return _KIND.get(place) == "country"


_DATELINE = re.compile(r"\s*([A-Z][A-Z'’ -]{2,30}?)(?:/[A-Z'’ -]+)?\s*(?:,|\(|—|–|-)")


# "Olenivka blast", "the Kramatorsk station attack": a scene word at most one word after a place's name.
_EVENT_AFTER = AnyCase(rf"\s+(?:[\w-]+\s+)?(?:{_words(_P['scene_words'])})")


def article_place(title: str, text: str) -> str | None:
    """The one place an article is about, from its title or its dateline ("KURSK, 14 January —"), which may
    follow the headline a scraped text opens with: a place "near" which only if none is named as such and the
    title gives no figure ("a medic's five months near Pokrovsk", not "1,950 lost as fighting near Kurakhove
    intensifies"), and of several, the one where something happens ("Three years after Olenivka blast, …"), else
    the one that names no one's people ("After Olenivka, families of Azovstal defenders wait")."""
    dateline = _DATELINE.match(text) or _DATELINE.match(text, headline_end(text))
    lines = [title] + ([dateline.group(1).title()] if dateline else [])
    named = _named(lines)
    if not named and (not title or text.lstrip().startswith(title)):
        named = _named(_opening_lines(text))  # a scraped page's headline after a line of its metadata
    near = all(m[3] for _, m in named)
    named = [(line, m) for line, m in named if not m[3]] or ([] if named and _counts(title) else named)
    if not named:
        return _office_in_standfirst(text)
    found = {_city_of(m[2]) for _, m in named}
    chosen = len(found) > 1
    if chosen and dateline:  # "Kakhovka breach, Kherson counts its dead" from KHERSON: the dateline's
        found = {_city_of(m[2]) for line, m in named if line == lines[-1]} & found or found
    if len(found) > 1:
        found = {_city_of(m[2]) for line, m in named if _scene_of(line, m)} \
            or {_city_of(m[2]) for line, m in named if not _PEOPLE_AFTER.match(line, m[1])}
    return (_NearPlace if near else _ChosenPlace if chosen else str)(found.pop()) if len(found) == 1 else None


class _NearPlace(str):
    """A place the article is "near" by its title only ("five months near Pokrovsk"): not where its
    nationwide or cumulative totals were counted (see `narrowed_by_office`)."""


class _ChosenPlace(str):
    """The place of an article whose title names several, chosen as the scene ("After Olenivka, families wait in
    Kyiv"): where its events happen, not necessarily where its prisoners were held."""


def named_alone(place: str | None) -> bool:
    """Whether the article's place is the one place its title or dateline names (not chosen among several)."""
    return place is not None and not isinstance(place, (_NearPlace, _ChosenPlace))


# "since 2022", "over the past day", "across the front": a total beyond the front an article is near.
_BEYOND_A_FRONT = re.compile(rf"\b(?:{_words(_P['totals_beyond_a_front'])})\b")
# "150 people were held captive there", "we took 17 prisoners": people held or taken at a scene.
_LOCAL_HOLD = AnyCase(rf"\b(?:{_words(_P['local_hold_cues'])})\b")
# "Russia holds about 8,000", "Moscow has detained": a state as the one who holds them, anywhere.
_HOLDING_STATE = AnyCase(rf"\b(?:{_words(_P['holding_states'])})\s+(?:[\w-]+\s+){{0,2}}?"
                         rf"(?:{_words(_P['holding_state_verbs'])})\b")
# "remain in Russian captivity", "held by Russia": a national holding.
_NATIONAL_HOLD = AnyCase(rf"\b(?:{_words(_P['national_holds'])})\b(?!['’]s)")


def held_here(sentence: str) -> bool:
    """Whether the sentence tells of people held or taken captive at a scene ("150 people were held captive
    there"), so in the place the article is about, not of a state's holding across the country ("Russia holds
    about 8,000 Ukrainian civilians captive", "since 2022")."""
    lowered = sentence.lower()
    lower = lowered if sentence.isascii() else None
    return _LOCAL_HOLD.search(sentence, lower) is not None and _HOLDING_STATE.search(sentence, lower) is None \
        and _NATIONAL_HOLD.search(sentence, lower) is None and _BEYOND_A_FRONT.search(lowered) is None


def _office_in_standfirst(text: str) -> str | None:
    """The region of the official the article's first sentence introduces ("The head of the Donetsk regional
    administration spoke to us in Kramatorsk"), when no place outside it is named there: an interview or
    a statement by that official is about the region they speak for."""
    first = text.lstrip().split("\n", 1)[0]
    found, offices, _ = _read(first[:first.find(". ") + 1] if ". " in first else first)
    return offices[0] if offices and all(_within(m[2], offices[0]) for m in found) else None


def _named(lines: list[str]) -> list[tuple[str, tuple[int, int, str, bool]]]:
    """(line, mention) of each place the lines name, countries aside."""
    return [(line, m) for line in lines for m in _read(line)[0] if _KIND[m[2]] != "country"]


_OPENING_WORDS = 25  # a longer line is the article's first paragraph


def _opening_lines(text: str) -> list[str]:
    """The short lines a scraped page opens on before its first paragraph, a line that is long or ends a sentence
    (at most three; none if no paragraph follows): its headline, even one of two sentences ("Bombs hit Kharkiv.
    Officials differ"), and lines of metadata ("Published: …")."""
    lines = []
    for line in text.lstrip().split("\n", 4)[:4]:
        line = line.strip()
        if len(line.split(None, _OPENING_WORDS)) > _OPENING_WORDS or line.rstrip("\"”’'").endswith((".", "!", "?")):
            return lines
        lines.append(line)
    return []


def _counts(title: str) -> bool:
    """Whether the title gives a figure of people ("Russia lost 1,950 troops"), not only a duration or a name."""
    return any(not is_excluded(figure, title) for figure in find_figures(title))


# "Azovstal defenders", "Mariupol residents": a headline's place that says whose people it names, not the scene.
_PEOPLE_NOUNS = [noun for nouns in _C["people_nouns"].values() for noun in nouns]
_PEOPLE_AFTER = re.compile(rf"\s+(?:{_words(_PEOPLE_NOUNS)})\b", re.IGNORECASE)


def _scene_of(line: str, mention: tuple[int, int, str, bool]) -> bool:
    """Whether a headline's place is where something happens, "in Bakhmut" or "Olenivka blast", rather
    than whose people or things it names ("Azovstal defenders")."""
    before, after = line[max(0, mention[0] - 30):mention[0]], line[mention[1]:mention[1] + 30]
    return _strict_locative(before, before.lower() if before.isascii() else None) \
        or _EVENT_AFTER.match(after, after.lower() if after.isascii() else None) is not None


# "Kharkov Oblast", "Kyiv region": the words of an administrative unit written after a place's name.
_ADMINISTRATIVE = "|".join(_P["administrative_suffixes"])
_ADMINISTRATIVE_WORDS = frozenset(_P["administrative_suffixes"])
_ADMINISTRATIVE_AFTER = re.compile(rf"\s+(?:{_ADMINISTRATIVE})(?![\w-])", re.IGNORECASE)
# "Kharkiv district court": the administrative word belongs to the noun after it, not to the place.
_INSTITUTION_AFTER = re.compile(rf"\s+(?:{_words(_P['institutions_after_administrative'])})(?![\w-])")
# "Russian territory": an alias with a lowercase word other than a place's suffix is a phrase, not a spelling.
_PHRASES = frozenset(alias.lower() for entry in _P["places"].values() for alias in entry["aliases"]
                     if any(w[:1].islower() and w.lower() not in _SUFFIX_WORDS for w in alias.split()[1:]))


def _spellings(place: str, text: str, names: list[tuple[int, int, str]]) -> list[tuple[int, int, str, int]]:
    """(start, end, as written, where its name ends) of the place's mentions among the names found in the text,
    with the administrative word after each if any ("Kharkov Oblast")."""
    found = []
    for start, end, lowered in names:
        if _CANONICAL.get(lowered if lowered.isalpha() else _SPACES.sub(" ", lowered)) == place:
            suffix = _ADMINISTRATIVE_AFTER.match(text, end)
            if suffix and _INSTITUTION_AFTER.match(text, suffix.end()):
                suffix = None
            whole = suffix.end() if suffix else end
            found.append((start, whole, text[start:whole], end))
    return found


_ALIAS_CASE = {alias.lower(): alias for entry in _P["places"].values() for alias in entry["aliases"]}


def _written(mention: tuple[int, int, str, int], place: str) -> str:
    """A mention as output: as the text writes it, but a name in capitals (a dateline's "KYIV") as the
    gazetteer spells it, without an article ("the EU"), and with the gazetteer's name after another name."""
    written = mention[2]
    name = written[:mention[3] - mention[0]]
    if not written.isascii() or not written.replace(" ", "").isalpha():
        written, name = _SPACES.sub(" ", written), _SPACES.sub(" ", name)  # a line break inside it
    if written[:4].lower() == "the ":
        written, name = written[4:], name[4:]
    if written.isupper():
        suffix = written[len(name):].lower()
        name = _ALIAS_CASE.get(name.lower(), name.title())
        written = name + suffix
    return _with_canonical(written, name, place)


def _with_canonical(written: str, name: str, place: str) -> str:
    """"Krasnoarmeysk (Pokrovsk)", "Kharkov Oblast (Kharkiv)": a name (`written` less its administrative word)
    other than the gazetteer's is followed by it, so that a reader knows the place under either name;
    "Donetsk Region" and "Kyiv region" stay as they are."""
    if name.lower() in _PHRASES:
        return place
    canonical, name = _less_administrative(place.lower()), _less_administrative(name.lower())
    return written if canonical in (name, written.lower()) else f"{written} ({place})"


def _less_administrative(name: str) -> str:
    """"donetsk region" → "donetsk": a lowercased name without its administrative word, if it ends with one."""
    last = name.rsplit(None, 1)
    return last[0] if len(last) == 2 and last[1] in _ADMINISTRATIVE_WORDS else name


def _in_title(mention: tuple[int, int, str, int], text: str) -> bool:
    """"Kharkiv Oblast Governor": the mention names an official's office."""
    after, before = text[mention[1]:mention[1] + 40], text[max(0, mention[0] - 30):mention[0]]
    ascii = text.isascii()
    return _office(before, after, before.lower() if ascii else None, after.lower() if ascii else None)


# Each place's aliases as the gazetteer writes them, in title case and in capitals (a dateline's).
_WRITTEN = {name: tuple({form for alias in entry["aliases"] for form in (alias, alias.title(), alias.upper())})
            for name, entry in _P["places"].items()}


def _mentions(place: str, text: str) -> list[tuple[int, int, str, int]]:
    """The place's mentions in the text, in order, found by its aliases' usual forms (no scan of every name)."""
    found = {}
    for form in _WRITTEN[place]:
        start = text.find(form)
        while start >= 0:
            if start not in found and (mention := _mention_at(place, text, start)):
                found[start] = mention
            start = text.find(form, start + 1)
    return [found[start] for start in sorted(found)]


def _mention_at(place: str, text: str, start: int) -> tuple[int, int, str, int] | None:
    """The place's mention that starts at `start`, if the name found there is the place's (a whole word, and
    not part of a longer name such as "Kyiv Oblast" for the city)."""
    if start and joins_word(text[start - 1]):
        return None
    name = _NAMES_CI.pattern.match(text[start:start + 60].lower())
    if name is None or _CANONICAL.get(_SPACES.sub(" ", name.group())) != place:
        return None
    return _spellings(place, text, [(start, start + name.end(), name.group())])[0]


def _own_mention(place: str, sentence: str) -> tuple[int, int, str, int] | None:
    """The place's mention in the sentence to output: the first that names no official's office, else the first."""
    own = _spellings(place, sentence, _capitalised_names(sentence))
    if len(own) > 1 and any(m[2] != own[0][2] for m in own):
        own.sort(key=lambda m: _in_title(m, sentence))  # stable: the first that is no office's
    return own[0] if own else None


def as_written(claims: list[Claim], text: str) -> list[Claim]:
    """The claims with each place as the article spells it ("Kharkov Oblast", "Krasnoarmeysk"), as readers
    and searches expect: its mention in the claim's sentence (not an office's, if any), else the nearest before
    it, else the first; the canonical name where the text does not spell it (a landmark's city). A region that
    shares its city's name is written as the region where the sentence reads so ("in the Kursk direction",
    "elsewhere in the region")."""
    in_text: dict[str, list[tuple[int, int, str, int]]] = {}  # a place's mentions in the whole text, once needed
    in_sentence: dict[tuple[str, str], tuple[int, int, str, int] | None] = {}  # its mention in a sentence
    out = []
    for claim in claims:
        place = claim.place
        if place is None or place not in _KIND:
            out.append(claim)
            continue
        sentence = claim.excerpt
        if (place, sentence) not in in_sentence:
            in_sentence[place, sentence] = _own_mention(place, sentence)
        mention = in_sentence[place, sentence]
        named = mention is not None
        regional = _KIND[place] == "region"
        front = named and regional and _FRONT_AFTER.match(sentence, mention[1]) is not None
        if front:
            mention = None  # "fighting in the Kursk direction": the region's front, not its city
        if mention is None:
            if place not in in_text:
                in_text[place] = _mentions(place, text)
            as_region = regional and (front or _speaks_regionally(sentence))
            mention = _mention_before(in_text[place], claim.start, as_region)
        written = place if mention is None else _written(mention, place)
        if regional and not named and (mention is None or mention[1] == mention[3]) and "(" not in written \
                and not written.lower().endswith(_REGION_WORDS) and _says_region(sentence):
            written += " region"  # "elsewhere in the region": the region, though the text names only its city
        out.append(claim if written == claim.place else claim.model_copy(update={"place": written}))
    return out


# "the Kursk direction", "the Kherson front": a front named after a region's city.
_FRONT_AFTER = re.compile(rf"\s+(?:{_words(_P['front_suffixes'])})\b", re.IGNORECASE)
_REGION_WORDS = tuple(_P["region_words"])
_THE_REGION = re.compile(rf"\bthe\s+(?:{_words(_REGION_WORDS)})\b")
_REGIONAL = re.compile(rf"\b(?:{_words(_REGION_WORDS)})")  # "region", "regional", not "krai" in "Ukraine"


def _mention_before(found: list[tuple[int, int, str, int]], start: int,
                    as_region: bool) -> tuple[int, int, str, int] | None:
    """The mention to write for a place its claim's sentence does not name: the nearest before the claim, else the
    first; if the claim is read as the region's, one that writes it as a region ("Kursk Region"), if any."""
    before = [m for m in found if m[1] <= start]
    return ((_region_spelled(before) or _region_spelled(found)) if as_region else None) \
        or (before[-1] if before else (found[0] if found else None))


def _region_spelled(mentions: list[tuple[int, int, str, int]]) -> tuple[int, int, str, int] | None:
    """The last of the mentions that writes a region's name with its word for a region ("Kursk Region", not
    "Kursk district")."""
    return next((m for m in reversed(mentions) if m[2][m[3] - m[0]:].strip().lower() in _REGION_WORDS), None)


def _speaks_regionally(sentence: str) -> bool:
    """Whether the sentence speaks of a region ("the regional authorities", "in the oblast"): a figure it places
    only by context is then the region's, not its main city's."""
    lower = sentence.lower()
    return any(word in lower for word in _REGION_WORDS) and _REGIONAL.search(lower) is not None


def _says_region(sentence: str) -> bool:
    """Whether the sentence speaks of "the region" (or oblast, province) without naming it."""
    return _speaks_regionally(sentence) and _THE_REGION.search(sentence.lower()) is not None
