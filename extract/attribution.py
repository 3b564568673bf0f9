"""Who makes a claim: "X said", "according to X", "X told", trailing "…, X said", and pronouns resolved back."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extract.dates import MONTHS, WEEKDAYS
from extract.tables import load, phrase_pattern

_C = load("cues")
_G = load("grammar")
_CLAIMANTS: dict[str, list[str]] = load("claimants")
_ALIAS = {a.lower(): canonical for canonical, aliases in _CLAIMANTS.items() for a in aliases}
KNOWN_CLAIMANTS = frozenset(_CLAIMANTS)  # the claimants the table names, by their canonical names
ALIAS_PHRASES = tuple(_ALIAS)  # every claimant alias, lower-cased
# The claimants that are people: known by the surname of a "First Surname" alias ("Volodymyr Zelensky").
_PEOPLE = {canonical for canonical, aliases in _CLAIMANTS.items()
           if any(len(a.split()) == 2 and a.split()[-1] == canonical and a[:1].isupper() for a in aliases)}
ALIASES = phrase_pattern(list(ALIAS_PHRASES))
_VERBS = phrase_pattern(_C["speech_verbs"] + _G["speech_phrases"])  # "said", and phrases such as "spoke of"
_ACCORDING = phrase_pattern(_C["attribution_prepositions"])
# The words of each of those phrases, longest (rarest) first: text holding all the words of none has no match.
_ACCORDING_WORDS = sorted({tuple(sorted(p.lower().split(), key=len, reverse=True))
                           for p in _C["attribution_prepositions"]})


def _by_first_word(phrases: list[tuple[str, ...]]) -> dict[str, list[tuple[str, ...]]]:
    """The phrases' words by their first: first word → the other words of each phrase that starts with it."""
    grouped: dict[str, list[tuple[str, ...]]] = {}
    for words in phrases:
        grouped.setdefault(words[0], []).append(words[1:])
    return grouped


# `_ACCORDING_WORDS` by first word, so that `_may_attribute` tests each first word once.
_ACCORDING_BY_FIRST = _by_first_word(_ACCORDING_WORDS)
_PRONOUNS = {p.lower() for p in _C["pronouns"]}
_GENERIC = {g.lower() for g in _C["generic_sources"]}
# "Kyiv's center said": an organisation named before, referred to by what it is.
# "Kyiv's center" names a body by its country; "Zelensky's office" names it by its owner.
_PLACE_POSSESSORS = set(_G["place_possessors"])
_ANAPHORIC_HEADS = set(_G["anaphoric_heads"])
_TITLES = {t.lower() for t in _C["titles"]}
_EVIDENCE = frozenset(_G["evidence_nouns"])
_REPORTER_NOUNS = frozenset(_G["outlet_reporter_nouns"])
_NOUN_LIKE_VERBS = set(_G["noun_like_verbs"])
_NOT_BEFORE_VERB = set(_G["not_before_verb"])
_AFTER_NAMES_ONLY = frozenset(_G["verbs_only_after_names"])  # "records": far more often a plural noun than a verb
_ADVERBIAL_WORDS = ("on", "in", "at", "during", "after", "before", "speaking", "asked", "though", "although", "while",
                    "as", "since", "despite", "according", "earlier", "later", "last", "this", "meanwhile", "however",
                    "also", "separately", "overall", "yesterday", "today", "but", "and", "when", "if", "with", "from",
                    "by", "under", "over", "for", "amid", "following", "citing", "writing", "addressing", "posting",
                    "quoted", *_G["place_prepositions"])
_ADVERBIAL_START = re.compile(rf"^(?:{'|'.join(_ADVERBIAL_WORDS)})\b", re.IGNORECASE)
# "In August the town council", "Earlier this week officials": a time the subject follows without a comma.
_TIME_WORDS_ALTERNATION = "|".join(sorted({*MONTHS, *WEEKDAYS, *_G["time_nouns"]}, key=len, reverse=True))
_LEADING_TIME = re.compile(rf"(?:in|on|by|during|since|last|this|earlier|later|as\s+of)\s+"
                           rf"(?:(?:the|that|this|last|mid|early|late|of|\d{{1,2}}(?:st|nd|rd|th)?)[\s-]+)*"
                           rf"(?:{_TIME_WORDS_ALTERNATION}|(?:19|20)\d\d)\b(?:\s+\d{{1,2}}(?:st|nd|rd|th)?\b)?"
                           rf"(?:,?\s+(?:19|20)\d\d\b)?\s+(?=\S)", re.IGNORECASE)
_CONJUNCTION = re.compile(r"^(?:though|although|while|but|and|as|whereas|however|so|yet|because|since|when|after|"
                          r"before|until|once|if|and\s+that|that)\s+", re.IGNORECASE)
# The words `_CONJUNCTION` can start with: ASCII text starting with none of them (in any case) has no match.
_CONJUNCTION_WORDS = ("though", "although", "while", "but", "and", "as", "whereas", "however", "so", "yet", "because",
                      "since", "when", "after", "before", "until", "once", "if", "that")
# A day as a time ("said Monday", "today"), not a name's last word ("Sumy Today").
_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun|yester|(?-i:to))day"
_AUXILIARY_TAIL = re.compile(r"(?:\s+(?:has|have|had|also|reportedly|previously|earlier|then|later|"
                             r"again|now|publicly|officially|separately|first|initially|already|only|"
                             rf"has\s+since|had\s+since|has\s+also|have\s+also|(?:on|since)\s+{_DAY}|{_DAY}|"
                             r"in\s+a\s+[\w\s-]{0,40}?(?:statement|interview|post|address|briefing|report|"
                             r"update|message|video)|on\s+(?:social\s+media|telegram|x|twitter|facebook)|"
                             r"late|early|not|would|will|could|did|does|do|is|was|were|are))+$",
                             re.IGNORECASE)
_PARTS_OF_DAY = "|".join(_G["earlier_time_of_day"]["nouns"])  # "on Sunday afternoon"
_AGO_COUNTS = "|".join(w.replace(" ", r"\s+") for w in _G["ago_counts"])  # "two", "a few"
_TIME_AGO = re.compile(rf"(?:(?:{_AGO_COUNTS}|\d+)\s+)?"
                       rf"(?:{_TIME_WORDS_ALTERNATION})s?"
                       r"\s+ago,?\s+(?=\S)", re.IGNORECASE)  # "A year ago", "two weeks ago,": a time before the subject
_TIME_TAIL = re.compile(rf"\s+(?:on|late\s+on|early\s+on|last|since)\s+"
                        rf"(?:{_DAY}(?:\s+(?:{_PARTS_OF_DAY}))?|\d{{1,2}}\s+\w+|\w+\s+\d{{1,2}})$"
                        rf"|\s+{_DAY}$",
                        re.IGNORECASE)
# What a word that `_AUXILIARY_TAIL` can strip ends with.
_AUXILIARY_ENDS = ("has", "have", "had", "also", "reportedly", "previously", "earlier", "then", "later", "again", "now",
                   "publicly", "officially", "separately", "first", "initially", "already", "only", "since", "day",
                   "statement", "interview", "post", "address", "briefing", "report", "update", "message", "video",
                   "media", "telegram", "x", "twitter", "facebook", "late", "early", "not", "would", "will", "could",
                   "did", "does", "do", "is", "was", "were", "are")
# The last three letters of those words (and the shorter words whole): a set lookup instead of fifty `endswith` tests.
_AUXILIARY_END3 = frozenset(end[-3:] for end in _AUXILIARY_ENDS if len(end) >= 3)
_AUXILIARY_SHORT = tuple(end for end in _AUXILIARY_ENDS if len(end) < 3)
_SEGMENTS = re.compile(r"[,;—–()]|:(?!\d)|\s-\s|[\"“”«»]")  # not the colon of a clock time ("12:20")
_SPACES = re.compile(r"\s+")
# The one-character separators of `_SEGMENTS` (its other separator, " - ", holds none of these).
_SEPARATORS = tuple(",;:—–()\"“”«»")
_ASCII_SEPARATORS = tuple(c for c in _SEPARATORS if c.isascii())
_CAPITAL = re.compile(r"[A-Z]")
_ARTICLE = re.compile(r"^(?:[Tt]he|an?|An?)\s+(?=[A-Z])")
_BASED_IN = re.compile(r"(?<![\w-])[A-Z][\w'’]*(?:-[A-Z][\w'’]*)*-based\s+(?=[A-Z])")
_RELATIVE_CLAUSE = re.compile(r"\s+(?:that|which|who|whose)\s+.*$")
# A participle with its object after the subject's noun (not "the monitoring mission": no determiner after it).
_PARTICIPLE_CLAUSE = re.compile(r"\s+[a-z]+ing\s+(?:the|a|an|its|their|his|her)\s.*$")
_PREVIOUS_WORD = re.compile(r"([\w'’]+)\W*$")
_CLAUSE_AFTER = re.compile(r"\s*([^,;:.]+)")
# (A word in capitals is an acronym: "the WHO" is the World Health Organization, no relative clause.)
_NOT_A_NAME = re.compile(r"\d|\b(?!(?-i:[A-Z]{2,})\b)"
                         r"(?:of\s+them|it\s+is|there\s+(?:is|are|were)|that|which|who|than|"
                         r"(?-i:hundreds?|thousands?|[mb]illions?)|(?:hundreds|thousands|[mb]illions)\s+of)\b",
                         re.IGNORECASE)  # "nearly seven million refugees": a count, not who says so (but a
# capitalised "Million Mothers movement" is a name)
_ASCII_DIGIT = re.compile(r"[0-9]")
_REGION_WORDS = ("region", "oblast", "province", "area")
_BARE_REGION = re.compile(rf"[\w-]+\s+(?:{'|'.join(_REGION_WORDS)})", re.IGNORECASE)


@dataclass
class Source:
    """A claimant as written: a name, or a pronoun/generic noun to be resolved to the last name."""

    name: str
    named: bool


# The sentence attributes the figure, but to something that reads like no source: not the context's.
UNKNOWN = Source("", named=True)


def _alias_key(matched: str) -> str:
    """The `_ALIAS` key for text that `ALIASES` matched: lower case, straight apostrophes, single spaces."""
    return _SPACES.sub(" ", matched.lower().replace("’", "'"))


# The aliases that are their own key, looked up as matched without `_alias_key` (most are).
_ALIAS_AS_MATCHED = {key: name for key, name in _ALIAS.items() if _alias_key(key) == key}


# Words that end no noun phrase ("under", "with", "has"): a capitalised run after one is no appositive name.
_NOT_NOUNS = frozenset(_G["noun_phrase_ends"]) | {"of", "for", "the", "a", "an"}
_ROLES = frozenset(_G["person_roles"])


def _described_post(words: list[str]) -> bool:
    """ "acting Governor of the Kursk region": words that describe a person's post, ending on a noun."""
    last = words[-1]
    return last.isalpha() and last.islower() and last not in _NOT_NOUNS and any(w.lower() in _ROLES for w in words)


_TRAILING_NAME = re.compile(r"\s([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+)$")


_COMMON_POSSESSOR = re.compile(r"[Tt]he\s+[a-z][\w-]*['’]s\s+(?=[A-Z])")


@lru_cache(maxsize=1024)
def canonical(name: str) -> str:
    """The table's spelling of a known claimant found in the phrase, else the phrase tidied (once per phrase:
    the same few names are quoted again and again)."""
    m = ALIASES.search(name)
    if m:
        matched = m.group()
        found = _ALIAS_AS_MATCHED.get(matched)
        return _spelled_as(found if found is not None else _ALIAS.get(_alias_key(matched), matched),
                           name[m.start():m.end()])
    if name[:4].lower() == "the ":  # "the government's Commissioner for …": the office by its name
        name = _drop_start(_COMMON_POSSESSOR, name)
    person = _person_after_post(name)
    if person is not None:
        return person
    words = name.split()
    i = 0
    while i < len(words) - 1 and words[i].lower().strip(",.") in _TITLES:
        i += 1
    rest = words[i:]
    # "President Zelensky" → "Zelensky"; but "Kyiv's General Staff" is a body, not a "Staff" with titles.
    if i and rest and rest[0][:1].isupper() and not (len(rest) == 1 and rest[0].lower() in _NOT_PERSON_WORDS):
        return " ".join(rest)
    # "Donetsk regional governor Pavlo Kyrylenko": the person's name after a lower-case title.
    # The name is the last two words or more, capitalised, after at least one word.
    if len(words) < 3 or not ("A" <= words[-1][:1] <= "Z" and "A" <= words[-2][:1] <= "Z"):
        return name
    run = _TRAILING_NAME.search(name)
    before = name[:run.start()].split() if run else None
    # "acting Governor of the Kursk region Alexei Smirnov": a person's name after the description of their post.
    if before and (before[-1].lower() in _TITLES or _described_post(before) and is_person_name(run.group(1))):
        return run.group(1)
    return name


_ARTICLE_WORDS = frozenset(("the", "a", "an"))


def _person_after_post(name: str) -> str | None:
    """ "head of the Zaporizhzhia Regional Military Administration Ivan Fedorov", "Army General Valery Gerasimov":
    the person's name (the last two words) right after their post or rank, with no comma between."""
    words = name.split()
    if len(words) < 3 or not ("A" <= words[-1][:1] <= "Z" and "A" <= words[-2][:1] <= "Z"):
        return None
    post, last = words[:-2], words[-3].lower()
    # A title just before the name ("General"), or a post that names a role and ends in a name ("… Administration").
    titled = last in _TITLES and last not in _ARTICLE_WORDS
    if not titled and not (words[-3][:1].isupper() and any(word.lower() in _ROLES for word in post)):
        return None
    person = f"{words[-2]} {words[-1]}"
    return person if is_person_name(person) else None


# "Defence" in the table, "Defense" in an American text: the table's name, in the article's spelling.
_SPELLINGS = _G["claimant_spellings"]


def _spelled_as(name: str, written: str) -> str:
    """The claimant's name as the article spells it: a surname in the transliteration the table lists among its
    own ("Zelenskiy"), a body's name with a word in the other spelling ("Defense")."""
    if " " not in name:
        last = written.split()[-1]
        as_written = last.istitle() and last.lower() != name.lower() and _ALIAS.get(last.lower()) == name
        return last if as_written else name
    for ours, theirs in _SPELLINGS.items():
        if ours in name and theirs.lower() in written.lower():
            name = name.replace(ours, theirs)
    return name


@lru_cache(maxsize=1024)
def _tidy(phrase: str) -> str | None:
    """The subject phrase without a leading conjunction or article, auxiliaries, time or relative clause
    (once per phrase: subjects repeat from sentence to sentence)."""
    phrase = phrase.strip(" \"'“”‘’«».,;:-–—*")
    if phrase[:1].isdigit():
        # "**14.05** Mayor X", "09:15 BST Russia": a live blog's entry time
        phrase = _drop_start(_TIME_ZONE, _drop_start(_TIMESTAMP, phrase).lstrip(" *-–—"))
    if _may_start(phrase, _CONJUNCTION_WORDS):
        phrase = _drop_start(_CONJUNCTION, phrase)
    # On ASCII text the last words tell whether the `$`-anchored tails could match at all.
    ascii_only = phrase.isascii()
    words = phrase.lower().split()
    if not ascii_only or (words and (words[-1][-3:] in _AUXILIARY_END3 or words[-1].endswith(_AUXILIARY_SHORT))):
        phrase = _AUXILIARY_TAIL.sub("", phrase)
        words = phrase.lower().split()
    if not ascii_only or (words and (words[-1].endswith("day") or (len(words) >= 3 and words[-3] in ("on", "last")))):
        phrase = _TIME_TAIL.sub("", phrase)
    if phrase[:1] in ("t", "T", "a", "A"):  # what `_ARTICLE` starts with
        phrase = _drop_start(_ARTICLE, phrase)
    if "-based " in phrase:  # "the Kyiv-based Frontline Data Lab": the body by its name, not its seat
        phrase = _drop_start(_ARTICLE, _BASED_IN.sub("", phrase))
    # The relative pronouns are matched case-sensitively: a phrase without them has no such clause.
    if "that" in phrase or "which" in phrase or "who" in phrase:
        phrase = _RELATIVE_CLAUSE.sub("", phrase)  # "documents that surfaced in April"
    if "ing " in phrase and phrase.count(" ") >= 8:  # too long for a name: the noun phrase, less what it is doing
        phrase = _PARTICIPLE_CLAUSE.sub("", phrase)  # "a spokesman for one of the brigades holding the line"
    # str.split and `\s` agree on white space: this is `_SPACES.sub(" ", phrase)` less an end space.
    phrase = " ".join(phrase.split()).strip(" ,")
    if not phrase or phrase.count(" ") >= 12:  # more than 12 words
        return None
    return phrase


def _may_start(text: str, words: tuple[str, ...]) -> bool:
    """Whether an IGNORECASE `^(?:word|…)` pattern could match: on ASCII text, whether a word starts it in any case."""
    # Elsewhere IGNORECASE lets "ſ", "ı" or "K" stand for ASCII letters, so the pattern decides.
    return not text.isascii() or text[:12].lower().startswith(words)


def _drop_start(pattern: re.Pattern[str], text: str) -> str:
    """`pattern.sub("", text)` for a `^`-anchored pattern that matches no empty text: one match at most."""
    m = pattern.match(text)
    return text[m.end():] if m else text


_DESCRIPTION = re.compile(r"(?i:the|its|their|his|her)\s+[a-z' -]+")
_POSSESSIVE_DESCRIPTION = re.compile(r"\w+'s\s+[a-z -]+")


def _classify(phrase: str | None) -> Source | None:
    """The source a tidied subject phrase names: a pronoun or description to resolve, a name, or None."""
    if not phrase:
        return None
    found = _classification(phrase)
    return Source(*found) if found is not None else None  # a Source of its own for each caller


# "An investigation by The Associated Press (published in May)", "a count by Mediazona": a named author's work.
_WORKS = "|".join(_G["study_nouns"] + _G["source_documents"])
_WORK_BY = re.compile(rf"(?:(?:[Aa]n?|[Tt]he)\s+)?(?:[a-z-]+\s+){{0,2}}(?:{_WORKS})\s+by\s+((?:the\s+)?[A-Z].*?)"
                      r"(?:\s+[a-z]+ed\b.*)?")


# "we and BBC News Russian", "our team and Mediazona": the outlet together with a body it names.
_JOINT = re.compile(r"(?:[Ww]e|[Oo]ur\s+[a-z]+)\s+and\s+(?:the\s+)?[A-Z]")


@lru_cache(maxsize=1024)
def _classification(phrase: str) -> tuple[str, bool] | None:
    """`_classify` as (name, named), decided once per phrase."""
    lower = phrase.lower().replace("’", "'")
    last = lower.split()[-1]
    if lower in _PRONOUNS or (last in _PRONOUNS and len(last) <= 4):
        return last, False  # "he", "In December he"
    if " and " in lower and _JOINT.match(phrase):
        return phrase, True  # "we and BBC News Russian": the outlet's count made with another, as the text puts it
    work = _WORK_BY.fullmatch(phrase) if " by " in lower else None
    if work is not None:  # "An investigation by The Associated Press published in May": the Press's
        return _classification(work.group(1))
    if _EVIDENCE.intersection(lower.split()[:2]) and " by " not in lower:
        return None  # "The footage shows", "Satellite images show": what is seen, not who says so
    if lower in _ANAPHORIC_HEADS:  # "the Mission" (its article dropped): the body named before
        return phrase, False
    if lower in _GENERIC or (_DESCRIPTION.fullmatch(phrase)
                             and len(phrase.split()) <= 8 and not ALIASES.search(phrase)) \
            or ("'s" in lower and _POSSESSIVE_DESCRIPTION.fullmatch(phrase.replace("’", "'"))
                and phrase.split()[-1].lower() in _ANAPHORIC_HEADS
                and phrase.split("'")[0].split("’")[0] in _PLACE_POSSESSORS):
        return phrase, False  # "the ministry", "the mercenary boss", "Kyiv's center"
    if not _CAPITAL.search(phrase) and len(phrase.split()) < 2 and not _AUTHORITY_NOUNS.match(phrase):
        return None
    return canonical(phrase), True


_ARTICLES = ("The ", "A ", "An ")
_PARTICIPLE_AFTER = tuple(f" {word} " for word in _G["participle_markers"])  # "neither": a participle follows
_AFTER_ARTICLE = (" the ", " The ", " a ", " A ", " an ", " An ")


_TIMESTAMP = re.compile(r"\d{1,2}[.:]\d{2}\b(?![.,]\d)")
_TIME_ZONE = re.compile(rf"\s*(?:{'|'.join(_G['time_zones'])})\s+")
_CLOCK_TIME = re.compile(r"\s" + _TIMESTAMP.pattern)


@lru_cache(maxsize=2048)
def _verb_matches(sentence: str) -> list[re.Match[str]]:
    """The reporting verbs of the sentence, less nouns that read like one ("the reports"), found once per sentence."""
    found = []
    for m in _VERBS.finditer(sentence):
        word = m.group().lower()
        if word in _NOUN_LIKE_VERBS:
            prev = _previous_word(sentence, m.start())
            if not prev or prev.lower() in _NOT_BEFORE_VERB or _listed_noun(sentence, m) \
                    or _after_verb(sentence, sentence.rfind(prev, 0, m.start())) \
                    or (word in _AFTER_NAMES_ONLY and not _names_before(sentence, m.start(), prev)):
                if found and prev and found[-1].group() == prev and _negated(sentence, found[-1].start()):
                    found.pop()  # "Moscow has never acknowledged reports of …": a denial, not who says so
                continue
        elif word.endswith("ed") and (sentence.endswith(_AFTER_ARTICLE, 0, m.start())
                                      or sentence[:m.start()] in _ARTICLES
                                      or sentence.endswith(_PARTICIPLE_AFTER, 0, m.start())
                                      or (m.start() > 1 and sentence[m.start() - 2].isdigit()
                                          and sentence[m.start() - 1] == " ")):
            continue  # "the confirmed deaths", "6,212 confirmed deaths": a participle used as an adjective
        if sentence[m.end() + 1:m.end() + 2].isdigit() and _CLOCK_TIME.match(sentence, m.end()):
            continue  # "Live - updated 18.05": when a page was written, not who says so
        found.append(m)
    return found


_NEGATIONS = frozenset(_G["verb_negations"])
# "do not count reports", "to publish updates": a verb that negation or "to" shows the word before to be.
_VERB_MARKERS = _NEGATIONS | {"to"}


def _after_verb(sentence: str, prev_start: int) -> bool:
    """Whether the word at `prev_start` follows "not", "never" or "to", so is a verb ("We do not count reports"),
    and the verb-like word after it its object."""
    before = _previous_word(sentence, prev_start)
    return before is not None and before.lower() in _VERB_MARKERS


def _negated(sentence: str, start: int) -> bool:
    """Whether the verb at `start` is negated ("has never acknowledged", "did not confirm")."""
    before = _previous_word(sentence, start)
    return before is not None and before.lower() in _NEGATIONS


def _names_before(sentence: str, start: int, prev: str) -> bool:
    """Whether the word before a verb that is mostly a noun names who does it: "UNHCR records 6 million", "the
    agency Caritas records …", not "court records" nor "Hospital records" (capital only as the sentence opens)."""
    return prev[:1].isupper() and (prev.isupper() or bool(sentence[:start - len(prev) - 1].strip()))


_NOUN_PREPOSITIONS = tuple(f" {word} " for word in _G["noun_prepositions"])


def _listed_noun(sentence: str, m: re.Match[str]) -> bool:
    """ "obituaries, reports in regional media and …": a verb-like word that is a noun in a list, after a comma
    and before a preposition (a verb after a comma has its object or "that" next)."""
    return sentence.endswith(", ", 0, m.start()) and sentence.startswith(_NOUN_PREPOSITIONS, m.end())


def _previous_word(sentence: str, end: int) -> str | None:
    """The word before `end`: `_PREVIOUS_WORD.search(sentence[:end]).group(1)`, found near `end`."""
    # The match starts where the last run of [\w'’] holding a word character starts. Searched from
    # `start` on, a match that begins after `start` and holds a word character is that one.
    start = max(0, end - 40)
    prev = _PREVIOUS_WORD.search(sentence, start, end)
    if start and not (prev and prev.start() > start and prev.group(1).strip("'’")):
        prev = _PREVIOUS_WORD.search(sentence, 0, end)
    return prev.group(1) if prev else None


def _segments(text: str) -> list[str]:
    return _SEGMENTS.split(text)


def _last_segment(text: str) -> str:
    """`_segments(text)[-1]`, splitting only what follows the last one-character separator.

    A split always falls at that separator ("\\s-\\s" cannot take it in), and the text after it is split
    as it would be on its own.
    """
    last = max(map(text.rfind, _ASCII_SEPARATORS if text.isascii() else _SEPARATORS))  # -1 if none
    tail = text[last + 1:]
    if tail[:1].isdigit() and text[last] == ":":  # "**12:20** Artiukh has": a clock time, no separator
        return _SEGMENTS.split(text)[-1]
    return _SEGMENTS.split(tail)[-1] if "-" in tail else tail  # without a hyphen, no " - " either


_TIME_WORDS = re.compile(r"\b(?:year|years|month|months|week|weeks|day|days|after|before|since|ago|earlier|later|"
                         r"invasion|war)\b", re.IGNORECASE)


# A person's name as an appositive gives it: two or three capitalised words ("Darya Morozova").
_PERSON_NAME = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}")


# What stands between a subject and its verb without being it: "X, published last July, put …", "X, …, now puts".
_ASIDE_WORDS = "|".join(_G["aside_adverbs"])  # "now", "also": words between a subject and its verb
_ASIDE = re.compile(rf"(?:{_ASIDE_WORDS})$|[a-z]+ed\s+(?:in|on|at|last|this|by|from|"
                    r"earlier|late|early|after|before|with|today|yesterday)\b")


_RELATIVE_START = re.compile(r"(?:who|whose|which|that)\b")


def _only_auxiliaries(text: str) -> bool:
    """ "has", "had also", "was": words that stand before a verb without being its subject."""
    return text[:1] in ("h", "a", "w", "i") and len(text) < 20 and _AUXILIARY_TAIL.fullmatch(" " + text) is not None


def _outside_asides(clause: str) -> list[str]:
    """The clause's segments but its asides ("X, published in May, put …") and what they hold in brackets
    ("The findings, presented today with the UN Refugee Agency (UNHCR), show": the findings, not UNHCR)."""
    kept: list[str] = []
    aside = False
    for part in _segments(clause):
        part = part.strip()
        if not part or (aside and f"({part})" in clause):
            continue
        aside = _ASIDE.match(part) is not None
        if not aside:
            kept.append(part)
    return kept


@lru_cache(maxsize=1024)
def _subject_before(clause: str) -> str | None:
    """The subject of a verb: the phrase just before it, or the name before an appositive (in `clause`, the
    sentence from the verb before to this one; decided once per clause, which many sentences share)."""
    last = _last_segment(clause).strip()
    if last == "which" or last == "who":  # "… the UN mission, which confirms": the body the pronoun follows
        parts = _segments(clause)
        if len(parts) > 1 and ALIASES.search(parts[-2]):
            return parts[-2]
    if " that " in last and last.rsplit(" that ", 1)[1]:  # "said on Sunday that its staff had found"
        last = last.rsplit(" that ", 1)[1]
    if " ago " in last:  # "A year ago the same two outlets": the subject after the time
        last = _drop_start(_TIME_AGO, last)
    if last and not _ASIDE.match(last) and not _only_auxiliaries(last):
        if not _may_start(last, _ADVERBIAL_WORDS) or not _ADVERBIAL_START.match(last):
            return last
        return _drop_start(_LEADING_TIME, last)  # "As of May the project", "In May the council"; else as it is
    # "Maria Lvova-Belova, who is …, has said": the name before the relative clause and the auxiliary.
    candidates = [p for p in _outside_asides(clause)
                  if not _ADVERBIAL_START.match(p) and not _only_auxiliaries(p) and not _RELATIVE_START.match(p)]
    for text in candidates:  # "The ombudsman of the republic, Darya Morozova, said": the person
        # (or "Army General Valery Gerasimov": a person's name after a rank)
        if (_PERSON_NAME.fullmatch(text) or is_person_name(canonical(text))) \
                and (text in _PEOPLE or not ALIASES.search(text)):
            return text
    for text in candidates:
        if ALIASES.search(text):
            return text
    for text in candidates:
        if not _TIME_WORDS.search(text):
            return text
    return candidates[0] if candidates else None


def _subject_after_figure(sentence: str, figure_end: int, verb: re.Match[str]) -> str | None:
    """Trailing attribution: "…, Vadym Boichenko, mayor of X, said" or "…, the ministry said"."""
    parts = _segments(sentence[figure_end:verb.start()])
    if len(parts) < 2:
        return None  # the verb is in the figure's own clause: "18,600 soldiers said to have died"
    last = parts[-1].strip()
    if last:
        return last
    for part in parts[1:]:
        text = part.strip()
        if text and text[:1].isupper():
            return text
    after = _CLAUSE_AFTER.match(sentence, verb.end())
    return after.group(1) if after else None


@lru_cache(maxsize=2048)
def _subject(sentence: str, i: int) -> Source | None:
    """The subject of the sentence's i-th reporting verb, classified: found only for the verbs a caller reads."""
    verbs = _verb_matches(sentence)
    agent = _passive_agent(sentence, verbs[i]) if " by " in sentence else None
    if agent is not None:
        return agent
    start = verbs[i].start()
    if _is_passive(sentence, verbs[i]):
        return None  # "the figures cannot be independently verified": what is said, not who says it
    j = i - 1
    while j >= 0 and (sentence.endswith(_RELATIVE_PRONOUNS, 0, verbs[j].start())
                      or (verbs[j].group().endswith("ed") and _ASIDE.match(sentence, verbs[j].start()))):
        j -= 1  # "X, which counts the dead, now puts …", "X, published in May, put …": inside the subject
    clause_start = verbs[j].end() if j >= 0 else 0
    if sentence.endswith(_QUOTE_CLOSES, clause_start, start - 1):  # '"…," said Danielle Bell': named after the verb
        after = _CLAUSE_AFTER.match(sentence, verbs[i].end())
        return _classify(_tidy(after.group(1))) if after else None
    phrase = _tidy(_subject_before(sentence[clause_start:start]) or "")
    if i and phrase and _relays(phrase):
        return None  # "Trehubov said this on television, an Ukrinform correspondent reports": the briefing's speaker
    return _classify(phrase)


def _relays(phrase: str) -> bool:
    """ "an Ukrinform correspondent": an outlet's reporter (outlet and noun), who relays what a speaker said."""
    words = phrase.lower().split()  # (a tidied phrase: its words one space apart)
    return len(words) == 2 and words[1] in _REPORTER_NOUNS and phrase[:1].isupper() and words[0] not in _OWN


_QUOTE_CLOSES = tuple(mark + quote for mark in ",?!" for quote in "\"”")


def _is_passive(sentence: str, verb: re.Match[str]) -> bool:
    """ "are now confirmed", "cannot be verified": a reporting verb in the passive."""
    start = verb.start()
    return verb.group().endswith("ed") and _PASSIVE_BEFORE.search(sentence, max(0, start - 30), start) is not None


_RELATIVE_PRONOUNS = (" which ", " who ", " that ")
# "was independently verified", "are now confirmed": a passive verb, an adverb between.
_PASSIVE_BEFORE = re.compile(rf"\b(?:be|been|being|is|are|was|were)\s+(?:(?:[a-z]+ly|{_ASIDE_WORDS})\s+)?$",
                             re.IGNORECASE)
_PASSIVE_BY = re.compile(r"\s+(?:[a-z]+\s+){0,2}by\s+([^,;:.()\"“”]+)")  # "recorded (so far) by X"


def _passive_agent(sentence: str, verb: re.Match[str]) -> Source | None:
    """Who did it, when the verb is passive: "refugees recorded by the UN refugee agency" → UNHCR."""
    if not verb.group().endswith("ed"):
        return None
    m = _PASSIVE_BY.match(sentence, verb.end())
    source = _classify(_tidy(m.group(1))) if m else None
    return source if source is not None and _plausible(source) else None


_AUTHORITY_NOUNS = re.compile(r"^(?:(?:the|some|several|local|regional|senior|western|ukrainian|russian|"
                              r"military|government|u\.?s\.?|un|eu|state)\s+)*(?:officials?|authorities|sources|experts|"
                              r"analysts|activists|researchers|investigators|prosecutors|journalists|monitors|"
                              r"volunteers|rescuers|police|medics|doctors|lawmakers|officers|commanders|"
                              r"residents|witnesses|diplomats|governments?|ministry|military|army)\b", re.IGNORECASE)
# "juvenile prosecutors", "city health officials": a body of people described by the words before what they are.
_DESCRIBED_AUTHORITY = re.compile(rf"(?:[a-z-]+\s+){{1,2}}(?:{'|'.join(_G['described_authorities'])})")
_FUNCTION_WORDS = ("with", "of", "in", "on", "at", "for", "to", "from", "by", "as", "than", "and", "but", "or", "while",
                   "if", "when", "because", "so", "such", "this", "these", "those", "there", "here", "what", "how")
_LEADING_FUNCTION_WORD = re.compile(rf"^(?:{'|'.join(_FUNCTION_WORDS)})\b", re.IGNORECASE)
_FUNCTION_WORD_INITIALS = "".join(sorted({w[0] for w in _FUNCTION_WORDS}))


# "Earlier figures had put the toll at 14", "Many deaths were …": things, not who says so.
_THINGS = ("figure", "figures", "deaths", "number", "numbers", "toll", "losses", "casualties", "estimate", "estimates",
           "data", "statistics")
_NOT_AN_AGENT = re.compile(rf"^(?:[\w-]+\s+){{0,2}}(?:{'|'.join(_THINGS)})$", re.IGNORECASE)


def _plausible(source: Source | None) -> bool:
    """A named source that reads like one: a name or "officials", no figures, not a clause, not a bare region."""
    if source is None or not source.named:
        return source is not None
    return _plausible_name(source.name)


@lru_cache(maxsize=1024)
def _plausible_name(name: str) -> bool:
    """`_plausible` for a named source, by its name alone: decided once per name, however many figures ask."""
    # On ASCII text a cheap test tells whether each IGNORECASE pattern could match at all (elsewhere
    # IGNORECASE lets "ſ", "ı" or "K" stand for ASCII letters, so the pattern decides).
    ascii_only = name.isascii()
    lower = name.lower()
    if ((not ascii_only or lower[:1] in _FUNCTION_WORD_INITIALS) and _LEADING_FUNCTION_WORD.match(name)) \
            or ((not ascii_only or lower.rstrip().endswith(_THINGS)) and _NOT_AN_AGENT.search(name)):
        return False
    if not _CAPITAL.search(name) and not _AUTHORITY_NOUNS.match(name) and not _is_described_authority(name):
        return False
    return not (((not ascii_only or _may_name_a_clause(name, lower)) and _NOT_A_NAME.search(name))
                or _is_bare_region(name)
                or (len(name.split()) > 8 and name not in _CLAIMANTS))


def _is_described_authority(name: str) -> bool:
    """ "juvenile prosecutors": officials whatever the words describing them, but for a count ("many officials")."""
    return _DESCRIBED_AUTHORITY.fullmatch(name) is not None \
        and not any(word in _NOT_BEFORE_VERB or word in _FUNCTION_WORDS for word in name.split()[:-1])


def _is_bare_region(name: str) -> bool:
    """ "Kharkiv region": a region by name, which holds figures but does not state them."""
    return (not name.isascii() or name.lower().endswith(_REGION_WORDS)) and _BARE_REGION.fullmatch(name) is not None


def _may_name_a_clause(name: str, lower: str) -> bool:
    """On ASCII text: whether `_NOT_A_NAME` could match, by its digits and the words it needs."""
    return bool(_ASCII_DIGIT.search(name)) or "that" in lower or "which" in lower or "who" in lower \
        or "them" in lower or "there" in lower or "than" in lower or ("it" in lower and "is" in lower) \
        or "illion" in lower or "hundred" in lower or "thousand" in lower


_PHRASE = re.compile(r"\s*([^,;:.()\"“”]+)")
# "according to the bloc's statistics office, Eurostat.": a one-word name only where the sentence or clause ends.
_APPOSITIVE_NAME = re.compile(r",\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+)\s*(?:[.,;]|$)"
                              r"|,\s+([A-Z][\w'’-]+)\s*(?:[.;]|$)")


def _may_attribute(sentence: str) -> bool:
    """Whether the sentence holds every word of some attribution phrase (else `_ACCORDING` finds nothing)."""
    lower = sentence.lower()
    if len(lower) != len(sentence):
        return True  # `_ACCORDING` reads a lower case of the same length, which this is not
    for first, rests in _ACCORDING_BY_FIRST.items():
        if first in lower:  # (each first word tested once, however many phrases start with it)
            for rest in rests:
                if all(word in lower for word in rest):
                    return True
    return False


# "X's own latest figures": only lower-case words between the owner and the document ("Ukraine's General
# Staff figures" is the Staff's).
_DOCUMENT_OWNER = re.compile(rf"(.+?)['’]s?\s+(?-i:[a-z-]+\s+){{0,3}}(?:{'|'.join(_G['source_documents'])})\s*",
                             re.IGNORECASE)


def _document_owner(phrase: str) -> str:
    """ "the separatist authorities' own incomplete figures" → "the separatist authorities": whose figures."""
    m = _DOCUMENT_OWNER.fullmatch(phrase)
    return m.group(1) if m else phrase


_COMPILED_BY = re.compile(r"\b[a-z]+ed\s+by\s+(.+)$")
# "the Mission and accounts of survivors": a source and what is no one's name ("Mediazona and BBC Russian" is two names).
_AND_NO_NAME = re.compile(r"\s+and\s+(?!(?:the|a|an|its|their)\s)[a-z]")


def _first_conjunct(agent: str) -> str:
    """The source of a coordinated agent, less what follows " and " when that names no one ("… and accounts of …")."""
    m = _AND_NO_NAME.search(agent) if " and " in agent else None
    return agent[:m.start()] if m else agent


# "information available to the Mission", "figures from the regional police": whose information it is.
_HELD_BY = re.compile(rf"(?:[a-z-]+\s+){{0,2}}(?:{'|'.join(_G['source_documents'] + _G['information_nouns'])})\s+"
                      rf"(?:{'|'.join(_G['document_links'])})\s+(.+)")


# ", collected by regional officials and compiled by the agency as of …": the clause that says who made a record.
_MADE_BY_CLAUSE = re.compile(r",\s+[a-z]+ed\s+by\s+[^,;:()]+")
_LAST_AGENT = re.compile(r".*\b[a-z]+ed\s+by\s+(.+)")


def _compiler(rest: str, document: Source) -> Source:
    """ "according to the latest data, compiled by UNHCR, …": whose record it is, the last agent of the participle
    clause after it (who compiled, not who collected), else the record itself."""
    clause = _MADE_BY_CLAUSE.match(rest)
    if clause is None:
        return document
    text = _LAST_AGENT.match(clause.group()).group(1)
    text = text.partition(" as of ")[0]
    source = _classify(_tidy(_first_conjunct(text)))
    return source if source is not None and source.named and _plausible(source) else document


@lru_cache(maxsize=2048)
def _according_to(sentence: str) -> list[Source]:
    found: list[Source] = []
    if not _may_attribute(sentence):
        return found
    for m in _ACCORDING.finditer(sentence):
        phrase = _PHRASE.match(sentence[m.end():])
        text = phrase.group(1) if phrase else ""
        if "'" in text or "’" in text:
            text = _document_owner(text)
        text = text.partition(" as of ")[0]  # "… the Mission as of 28 February": when, not whose
        if " by " in text:  # "according to data compiled by Mediazona": who compiled them
            agent = _COMPILED_BY.search(text)
            text = _first_conjunct(agent.group(1)) if agent else text
        elif " to " in text or " from " in text:  # "information available to the Mission"
            holder = _HELD_BY.match(text)
            text = holder.group(1) if holder else text
        source = _classify(_tidy(text)) if phrase else None
        if source and not source.named:
            # "according to the head of the city's military administration, Tymur Tkachenko"
            rest = sentence[m.end() + phrase.end():]
            name = _APPOSITIVE_NAME.match(rest)
            source = Source(canonical(name.group(1) or name.group(2)), named=True) if name \
                else _compiler(rest, source) if _is_document(source) else source
        if source and (_plausible(source) or (source.named and is_own(source))):  # "our count" too: see source_of
            found.append(source)
    return found


def source_of(sentence: str, figure_start: int, figure_end: int) -> Source | None:
    """The claimant of the figure at these offsets as the sentence names it, left for the article to resolve
    (a pronoun stays one unless the sentence itself names what it stands for).

    "According to X" first; else the subject of the last speech verb before the figure; else the speaker
    named after it ("…, X said", "… recorded by X"). `UNKNOWN` when a verb says it was said but by no plausible
    source; None when nothing does, when the subject is a bare region ("Kharkiv region recorded 56 deaths"),
    or when the verb after it is a new clause's ("… 135 men, while the battlegroup reported 60"). "According to
    our count" alone gives that first-person source, for the article to read as its own or its speaker's.
    """
    according = _according_to(sentence)
    own = None
    if according:  # (most sentences have no "according to")
        theirs = next((s for s in according if not is_own(s)), None)
        if theirs is not None:
            speaker = _speaker_over_relative_aside(sentence, figure_end) \
                or _speaker_of_own_clause(sentence, figure_start, figure_end)
            return speaker or _possessor(sentence, figure_start, theirs) or theirs
        # "… reported deaths, according to our tally": the outlet's own count of what the speaker of a verb said.
        own = according[0]
    verbs = _verb_matches(sentence)
    for i in range(len(verbs) - 1, -1, -1):
        verb = verbs[i]
        if verb.end() <= figure_start:  # the last verb before the figure
            j = i
            while j and sentence.endswith(_COORDINATORS, 0, verbs[j].start()):
                j -= 1  # "X said … and claimed …": the first verb's subject
            source = _subject(sentence, j)
            if _opens_aside(source):
                continue  # "…, including those not yet publicly reported, could be 150,000": a participle, no speaker
            if source is None and (i or _in_relative(sentence, verb.start())) and _is_passive(sentence, verb):
                # "X says 31 are now confirmed dead, including two children": X's, not no one's; "Of those whose
                # deaths were confirmed, 300 …": the verb describes a group, not who speaks.
                continue
            if source is not None and not source.named and source.name.split()[0].lower() in _PRONOUN_WORDS:
                source = _antecedent_in(sentence, j) or source
            if _plausible(source):
                if _is_document(source):  # "The register lists 1,140 as missing, officials said": theirs
                    speaker = _source_after(sentence, figure_end, verbs, None)
                    if speaker is not None and speaker is not UNKNOWN:
                        return speaker
                return _owner(source, sentence, verb.start())
            # "Kharkiv region recorded 56 deaths": a place, not who says so.
            return None if source is not None and _is_bare_region(source.name) else UNKNOWN
    return _source_after(sentence, figure_end, verbs, own)


_ASIDE_OPENERS = frozenset(_G["counted_aside_openers"])
_ASIDE_PREFIXES = frozenset(word[:2] for word in _ASIDE_OPENERS)  # a quick test before the split


def _opens_aside(source: Source | None) -> bool:
    """ "including those not yet reported": a subject that opens an aside about the counted, whose verb is a
    participle describing them, not a speaker's."""
    return source is not None and source.name[:2].lower() in _ASIDE_PREFIXES \
        and source.name.split(None, 1)[0].lower() in _ASIDE_OPENERS


def _possessor(sentence: str, figure_start: int, document: Source) -> Source | None:
    """ "Using data from the registry, Mediazona estimated 190,000": who reports the figure from a record no one's
    name owns, the named subject of the figure's verb; for "its" or "their" record ("…, according to their latest
    update"), else the last body the table knows named before the figure (no person: "its" is a body's)."""
    if not _is_document(document):
        return None
    verbs = [i for i, verb in enumerate(_verb_matches(sentence)) if verb.end() <= figure_start]
    subject = _subject(sentence, verbs[-1]) if verbs else None
    if subject is not None and subject.named and _plausible(subject) and not is_own(subject):
        return subject
    if not document.name.lower().startswith(("its ", "their ")):
        return None
    bodies = bodies_in(sentence[:figure_start])  # "Zelensky thanked the UN mission, …": a body's own, not a person's
    return Source(bodies[-1], named=True) if bodies else None


# "… people who, according to …": an "according to" that opens a relative clause about the figure's noun.
_RELATIVE_ASIDE = re.compile(r"\b(?:who|which|that)\s*,\s*$")


def _speaker_over_relative_aside(sentence: str, figure_end: int) -> Source | None:
    """ "1,000 bodies who, according to the Russian side, were soldiers, the headquarters said": the speaker the
    sentence closes on, whose figure it is (the "according to" only says who the counted are), if any."""
    m = next((m for m in _ACCORDING.finditer(sentence) if m.start() >= figure_end), None)
    if m is None or _RELATIVE_ASIDE.search(sentence, figure_end, m.start()) is None:
        return None
    speaker = _source_after(sentence, figure_end, _verb_matches(sentence), None)
    return None if speaker is UNKNOWN else speaker


def _speaker_of_own_clause(sentence: str, figure_start: int, figure_end: int) -> Source | None:
    """ "According to the IOM, 3.6 million are displaced, while five million have registered abroad, Eurostat figures
    show": the speaker of the figure's own clause (its verb's subject, or the one it closes on), when a new clause
    stands between the figure and the "according to" before it (that one's figures are those of its own clause)."""
    opened = None
    for m in _ACCORDING.all_in(sentence):
        if m.end() <= figure_start:
            opened = m
    clause = _CLAUSE_OPENING.search(sentence, opened.end(), figure_start) if opened is not None else None
    if clause is None:
        return None
    verbs = _verb_matches(sentence)
    own = [i for i, verb in enumerate(verbs) if clause.end() <= verb.start() and verb.end() <= figure_start]
    if own:  # "…, while the ministry said 12 …": the subject of the clause's own verb
        source = _subject(sentence, own[-1])
        return source if _plausible(source) and not _is_pronoun(source) else None
    speaker = _source_after(sentence, figure_end, verbs, None)
    # "…, and it said 50 …", "…, he wrote": a pronoun for the "according to" source, which stays the claimant
    return None if speaker is UNKNOWN or _is_pronoun(speaker) else speaker


def _is_pronoun(source: Source | None) -> bool:
    """ "he", "they": a subject that only stands for a source named elsewhere."""
    return source is not None and not source.named and source.name.split()[0].lower() in _PRONOUN_WORDS


# What joins a second reporting verb to the first, so that they share its subject.
_COORDINATORS = tuple(f" {word} " for word in _G["coordinators"])


_DOCUMENTS = frozenset(_G["source_documents"])


def _is_document(source: Source) -> bool:
    """ "the register", "the latest report": a record that lists figures, not one who speaks them."""
    return not source.named and source.name.rsplit(None, 1)[-1].lower() in _DOCUMENTS


def _source_after(sentence: str, figure_end: int, verbs: list[re.Match[str]], own: Source | None) -> Source | None:
    """The speaker named after the figure ("…, X said", "… recorded by X"), else `own`: see `source_of`."""
    own_verb = False  # whether the figure's own clause has a reporting verb ("300 were reported killed")
    quoted_to = _quote_end(sentence, figure_end)
    for k, verb in enumerate(verbs):
        if verb.start() >= figure_end:
            if verb.start() < quoted_to:
                continue  # '… 15 men, and nobody has told us anything," said Olha': the quote's words, not who speaks
            if k + 1 < len(verbs) and _in_relative_clause(sentence, figure_end, verb.start()):
                continue  # "1,245 bodies that Moscow says are soldiers, the center said": the center's
            if _NEW_CLAUSE.match(_last_segment(sentence[figure_end:verb.start()]).strip()):
                # "… 135 men, while the battlegroup reported 60": that speaker's own figure
                return UNKNOWN if own_verb else None
            if _in_time_clause(sentence, figure_end, verb) and _passive_agent(sentence, verb) is None:
                continue  # "… left since the evacuation was announced": an event's verb, not who gives the figure
            agent = _passive_agent(sentence, verb) if " by " in sentence else None
            if agent is not None:
                return agent
            subject = _subject_after_figure(sentence, figure_end, verb)
            if subject is None and k + 1 < len(verbs):
                own_verb = True  # "five million have registered …, UNHCR said": the speaker's verb comes after
                continue
            source = _classify(_tidy(subject or ""))
            return source if _plausible(source) else UNKNOWN
    return own


_QUOTE_MARK = re.compile(r"[\"“”«»]")


def _quote_end(sentence: str, figure_end: int) -> int:
    """Where the quotation that the figure stands in closes, if the first quote mark after it closes one ('…,"', "”",
    "»"), else -1."""
    if '"' not in sentence and "”" not in sentence and "»" not in sentence:
        return -1
    mark = _QUOTE_MARK.search(sentence, figure_end)
    if mark is None or mark.group() in "“«" or (mark.group() == '"' and sentence[mark.start() - 1] not in ",.?!"):
        return -1
    return mark.start()


_OWN = frozenset(_G["first_person_subjects"])


# "our correspondent", "our tally": in an interview too, the outlet's own, not the interviewee's.
_OUTLETS_OWN = frozenset(_G["interviewer_labels"]) | frozenset(_G["outlet_own_nouns"])


def is_outlets_own(source: Source) -> bool:
    """ "our correspondent", "our tally": the outlet's own staff or count, whoever it interviews."""
    words = source.name.lower().split()
    return len(words) == 2 and words[0] == "our" and words[1] in _OUTLETS_OWN


def is_own(source: Source) -> bool:
    """ "our tally", "my information": the writer's or speaker's own, not a third party's (nor one shared with a
    third party: "we and BBC News Russian")."""
    return source.name.split(" ", 1)[0].lower() in _OWN and not is_joint(source)


def is_joint(source: Source) -> bool:
    """ "we and BBC News Russian": the outlet's own count, made together with a body it names."""
    return source.named and " and " in source.name and _JOINT.match(source.name) is not None


_RELATIVE_SPEAKER = re.compile(r"[\w'’ -]{0,40}\s(?:that|which|whom)\s+[\w'’ -]{1,40}")


def _in_relative_clause(sentence: str, start: int, end: int) -> bool:
    """Whether the text between the figure and a verb opens a relative clause about the figure's noun
    ("… people that Moscow says are …"): no comma, and "that", "which" or "whom"."""
    between = sentence[start:end]
    return (" that " in between or " which " in between or " whom " in between) \
        and _RELATIVE_SPEAKER.fullmatch(between) is not None


_RELATIVE_BEFORE = re.compile(r"\b(?:whose|who|which|that)\s[^,;:]*$")


def _in_relative(sentence: str, verb_start: int) -> bool:
    """Whether a verb stands in a relative clause ("those whose deaths were confirmed"), not the main one."""
    window = max(0, verb_start - 50)
    before = sentence[window:verb_start]
    return ("wh" in before or "that" in before) and _RELATIVE_BEFORE.search(sentence, window, verb_start) is not None


# A time clause after the figure: "since the evacuation was announced"
_TIME_CLAUSE = re.compile(rf"\s(?:{'|'.join(_G['time_clause_conjunctions'])})\s")
_OUT_OF_TIME_CLAUSE = re.compile(r",|\s(?:as|which)\s")  # "… when the centre was hit, as was confirmed by police"


def _in_time_clause(sentence: str, figure_end: int, verb: re.Match[str]) -> bool:
    """ "… since the evacuation was announced": a passive verb inside a time clause after the figure (nothing that
    ends the clause, a comma, "as", "which", between its conjunction and the verb)."""
    times = list(_TIME_CLAUSE.finditer(sentence, figure_end, verb.start()))
    return bool(times) and _is_passive(sentence, verb) \
        and _OUT_OF_TIME_CLAUSE.search(sentence, times[-1].end(), verb.start()) is None


# A clause after the figure that starts so has its own subject, verb and figure: no trailing attribution.
_NEW_CLAUSE = re.compile(r"(?:while|whereas|and|but|although|though|yet)\s", re.IGNORECASE)
# ", while …", "; …": a new clause, with its own figures and perhaps its own speaker (case-sensitive).
_CLAUSE_OPENING = re.compile(rf",\s+(?:{_NEW_CLAUSE.pattern})|;")


# A subject that is or starts with one of these ("they", "his team") may stand for a name earlier in the sentence.
_PRONOUN_WORDS = {"he", "she", "it", "they", "we", "his", "her", "its", "their"}


def bodies_in(text: str) -> list[str]:
    """The bodies of the table the text names, in order, by the table's name: no people."""
    return [name for name in (canonical(m.group()) for m in ALIASES.finditer(text)) if name not in _PEOPLE]


def _antecedent_in(sentence: str, i: int) -> Source | None:
    """What the pronoun subject of the i-th verb stands for in its own sentence, if it names it earlier.

    "Officials said they had found 300 bodies": the speaker of an earlier verb; "Arestovich had
    become …; he claimed": a person named before the pronoun.
    """
    for j in range(i - 1, -1, -1):
        earlier = _subject(sentence, j)
        if earlier is not None and _plausible(earlier) and earlier.name.split()[0].lower() not in _PRONOUN_WORDS:
            return earlier
    pronoun = _subject(sentence, i)
    if pronoun is None or pronoun.name not in ("he", "she", "it"):
        return None
    before = sentence[:_verb_matches(sentence)[i].start()]
    if pronoun.name == "it":  # "UK intelligence weighed in, when it assessed …": a body named before
        bodies = bodies_in(before)
        if bodies:
            return Source(bodies[-1], named=True)
        # "Russia has not published a toll since 2022, when it acknowledged …": the country the sentence opens on.
        country = _COUNTRY_SUBJECT.match(sentence)
        return Source(country.group(1), named=True) if country else None
    people = people_in(before)
    return Source(people[0], named=True) if people else None


_COUNTRIES = "|".join(_C["warring_states"])
_COUNTRY_BEFORE = re.compile(rf"\b({_COUNTRIES})\b")
_COUNTRY_SUBJECT = re.compile(rf"({_COUNTRIES})\s+[a-z]")  # a country as the sentence's subject, a verb after it


def _owner(source: Source | None, sentence: str, end: int) -> Source | None:
    """ "Russia has not published a toll since its defence ministry said …" → Russia's defence ministry
    (a country named in the sentence before `end`)."""
    if source is None or source.named or not source.name.lower().startswith(("its ", "their ")):
        return source
    countries = _COUNTRY_BEFORE.findall(sentence[:end])
    if not countries:
        return source
    return Source(canonical(f"{countries[-1]}'s {source.name.split(' ', 1)[1]}"), named=True)


# "said this on television", "said so.": an object that is what was said before (not "said this week").
_SAID_BACK = re.compile(rf"\s+(?:{'|'.join(_G['back_referring_objects'])})"
                        rf"(?=\s*[.,;]|\s*$|\s+(?:{'|'.join(_G['after_back_referring_objects'])})\s)")


def says_it_back(sentence: str) -> bool:
    """ "Viktor Trehubov, the group's spokesman, said this on television": a reporting verb whose object is what the
    sentence before said, so that one is the speaker's."""
    return any(_SAID_BACK.match(sentence, verb.end()) for verb in _verb_matches(sentence))


@lru_cache(maxsize=2048)
def sources_in(sentence: str) -> list[Source]:
    """Every named source the sentence quotes, to resolve later pronouns against."""
    subjects = (_named_subject(sentence, i) for i in range(len(_verb_matches(sentence))))
    found = [s for s in subjects if s and s.named and _plausible(s)]
    return found + [s for s in _according_to(sentence) if s.named]


def _named_subject(sentence: str, i: int) -> Source | None:
    """The subject of the i-th verb, a pronoun by what it stands for when the sentence names it earlier
    ("Mediazona, working with the BBC, … : it counts"): so a later "the project" finds the name."""
    source = _subject(sentence, i)
    if source is not None and not source.named and source.name in ("it", "they"):
        return _antecedent_in(sentence, i) or source
    return source


@lru_cache(maxsize=2048)
def unnamed_source(sentence: str) -> Source | None:
    """The last source the sentence quotes without naming it ("the ministry said", "it added"), if any."""
    subjects = [_subject(sentence, i) for i in range(len(_verb_matches(sentence)))] + _according_to(sentence)
    return next((s for s in reversed(subjects) if s is not None and not s.named), None)


_DESCRIBED_BODIES = set(_G["described_bodies"])


def stands_alone(description: str) -> bool:
    """ "the city council", "the region's health department": a body its own words identify, no earlier name's."""
    words = description.lower().split()
    return len(words) >= 3 and words[0] == "the" and words[-1] in _DESCRIBED_BODIES


_NOT_PERSON_WORDS = _ANAPHORIC_HEADS | _DESCRIBED_BODIES | set(_G["not_person_words"])
_NAME = r"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}"
# "The head of the region's administration, Serhiy Lysak, has …", "Pavlo Kyrylenko, the governor, …", "… by
# the head of the administration, Oleksandr Prokudin.":
# "Serhiy Melnyk, 34, was …": a person named in apposition to a description, or to an age (at the start perhaps in
# italics, as an interview's introduction is).
# "… came from John Kirby, the spokesman for …": anywhere, a name that a role in apposition follows.
_ROLE_ALTERNATION = "|".join(sorted(_ROLES))
_APPOSITIVE_PERSON = re.compile(rf"[a-z],\s+({_NAME})(?=,|\.?$|\s+(?:said|says|told|wrote)\b)"
                                rf"|^[*_]*({_NAME}),\s+(?:(?:the|a|an)\s|\d{{2}},\s)")
_NAME_BEFORE_ROLE = re.compile(rf"\b({_NAME}),\s+(?:the|a|an)\s+(?:[a-z-]+\s+){{0,2}}(?:{_ROLE_ALTERNATION})\b")
_ROLE_WORDS = phrase_pattern(sorted(_ROLES))  # "minister", "mayor": a word a person's name may follow
_NAME_AFTER_ROLE = re.compile(rf"\s+({_NAME})")


def _titled_people(sentence: str) -> list[str]:
    """ "Health minister Viktor Liashko has …": the people the sentence names after their role, whatever the verb."""
    found = []
    for role in _ROLE_WORDS.finditer(sentence):
        name = _NAME_AFTER_ROLE.match(sentence, role.end())
        if name:
            found.append(name.group(1))
    return found


def may_name_person(name: str) -> bool:
    """Whether the words could be a person's name: no known organisation, no word naming a body."""
    return not ALIASES.search(name) and not any(word.lower() in _NOT_PERSON_WORDS for word in name.split())


def is_person_name(name: str) -> bool:
    """ "Pavlo Kyrylenko": two or three capitalised words that may name a person."""
    return _PERSON_NAME.fullmatch(name) is not None and may_name_person(name)


# "Serhiy, 34, a marine from …": a feature's interviewee, introduced by first name and age.
_AGED_FIRST_NAME = re.compile(r"[*_]*([A-Z][a-z'’-]+),\s+\d{2},\s+[a-z]")


@lru_cache(maxsize=2048)
def person_names(sentence: str) -> tuple[str, ...]:
    """The full names of people the sentence introduces: as the source it quotes, in apposition, or after their
    role."""
    found = [m.group(1) or m.group(2) for m in _APPOSITIVE_PERSON.finditer(sentence)]
    if ", the " in sentence or ", a" in sentence:  # (the words `_NAME_BEFORE_ROLE` needs)
        found += [m.group(1) for m in _NAME_BEFORE_ROLE.finditer(sentence) if m.group(1) not in found]
    found += [name for name in _titled_people(sentence) if name not in found]
    found += [source.name for source in sources_in(sentence) if source.name not in found]
    aged = _AGED_FIRST_NAME.match(sentence) if "," in sentence[:30] else None
    return tuple(name for name in found if is_person_name(name)) \
        + ((aged.group(1),) if aged and may_name_person(aged.group(1)) else ())


@lru_cache(maxsize=1024)
def _known_people_in(sentence: str) -> tuple[tuple[int, str], ...]:
    """The people of the table the sentence names, by the table's name, with where: the alias scan,
    done once per sentence however often a later "he" looks back at it."""
    found = [(m.start(), _ALIAS.get(" ".join(m.group().split()).replace("’", "'"), m.group()))
             for m in ALIASES.finditer(sentence)]
    return tuple((at, name) for at, name in found if name in _PEOPLE)


def people_in(sentence: str, introduced: dict[str, str] | None = None) -> list[str]:
    """People named anywhere in the sentence, in order, for a later "he said": no organisations.

    Known people by the table's name; others by the full name the article introduced them with
    (`introduced`: surname → full name), whether the sentence gives it whole or the surname alone.
    """
    found = list(_known_people_in(sentence))
    for name in person_names(sentence):
        found.append((sentence.find(name), name))
    for surname, name in (introduced or {}).items():
        at = sentence.find(surname)
        if at >= 0 and name not in sentence and (at + len(surname) == len(sentence)
                                                  or not sentence[at + len(surname)].isalpha()):
            found.append((at, name))
    return [name for _, name in sorted(found)]
