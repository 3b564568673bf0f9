"""Who makes a claim: "X said", "according to X", "X told", trailing "…, X said", and pronouns resolved back."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extract.tables import load, phrase_pattern

_C = load("cues")
_G = load("grammar")
_CLAIMANTS: dict[str, list[str]] = load("claimants")
_ALIAS = {a.lower(): canonical for canonical, aliases in _CLAIMANTS.items() for a in aliases}
ALIASES = _ALIASES = phrase_pattern(list(_ALIAS))
_VERBS = phrase_pattern(_C["speech_verbs"])
_ACCORDING = phrase_pattern(_C["attribution_prepositions"])
_PRONOUNS = {p.lower() for p in _C["pronouns"]}
_GENERIC = {g.lower() for g in _C["generic_sources"]}
# "Kyiv's center said": an organisation named before, referred to by what it is.
# "Kyiv's center" names a body by its country; "Zelensky's office" names it by its owner.
_PLACE_POSSESSORS = set(_G["place_possessors"])
_ANAPHORIC_HEADS = set(_G["anaphoric_heads"])
_TITLES = {t.lower() for t in _C["titles"]}
_NOUN_LIKE_VERBS = set(_G["noun_like_verbs"])
_NOT_BEFORE_VERB = set(_G["not_before_verb"])
_ADVERBIAL_START = re.compile(r"^(?:on|in|at|during|after|before|speaking|asked|though|although|while|as|"
                              r"since|despite|according|earlier|later|last|this|meanwhile|however|also|"
                              r"separately|overall|yesterday|today|but|and|when|if|with|from|by|under|"
                              r"over|for|amid|following|citing|writing|addressing|posting|quoted)\b",
                              re.IGNORECASE)
_CONJUNCTION = re.compile(r"^(?:though|although|while|but|and|as|whereas|however|so|yet|because|since|when|after|"
                          r"before|until|once|if|and\s+that|that)\s+", re.IGNORECASE)
_AUXILIARY_TAIL = re.compile(r"(?:\s+(?:has|have|had|also|reportedly|previously|earlier|then|later|"
                             r"again|now|publicly|officially|separately|first|initially|already|only|"
                             r"has\s+since|had\s+since|has\s+also|have\s+also|on\s+\w+day|\w+day|"
                             r"in\s+a\s+[\w\s-]{0,40}?(?:statement|interview|post|address|briefing|report|"
                             r"update|message|video)|on\s+(?:social\s+media|telegram|x|twitter|facebook)|"
                             r"late|early|not|would|will|could|did|does|do|is|was|were|are))+$",
                             re.IGNORECASE)
_TIME_TAIL = re.compile(r"\s+(?:on|late\s+on|early\s+on|last)\s+(?:\w+day|\d{1,2}\s+\w+|\w+\s+\d{1,2})$|\s+\w+day$",
                        re.IGNORECASE)
# What a word that `_AUXILIARY_TAIL` can strip ends with.
_AUXILIARY_ENDS = ("has", "have", "had", "also", "reportedly", "previously", "earlier", "then", "later", "again", "now",
                   "publicly", "officially", "separately", "first", "initially", "already", "only", "since", "day",
                   "statement", "interview", "post", "address", "briefing", "report", "update", "message", "video",
                   "media", "telegram", "x", "twitter", "facebook", "late", "early", "not", "would", "will", "could",
                   "did", "does", "do", "is", "was", "were", "are")
_SEGMENTS = re.compile(r"[,;:—–()]|\s-\s|[\"“”«»]")
_SPACES = re.compile(r"\s+")
_CAPITAL = re.compile(r"[A-Z]")
_ARTICLE = re.compile(r"^(?:[Tt]he|an?|An?)\s+(?=[A-Z])")
_RELATIVE_CLAUSE = re.compile(r"\s+(?:that|which|who|whose)\s+.*$")
_PREVIOUS_WORD = re.compile(r"([\w'’]+)\W*$")
_CLAUSE_AFTER = re.compile(r"\s*([^,;:.]+)")
_NOT_A_NAME = re.compile(r"\d|\b(?:of\s+them|it\s+is|there\s+(?:is|are|were)|that|which|who)\b", re.IGNORECASE)
_BARE_REGION = re.compile(r"[\w-]+\s+(?:region|oblast|province|area)", re.IGNORECASE)


@dataclass
class Source:
    """A claimant as written: a name, or a pronoun/generic noun to be resolved to the last name."""

    name: str
    named: bool


# The sentence attributes the figure, but to something that reads like no source: not the context's.
UNKNOWN = Source("", named=True)


_TRAILING_NAME = re.compile(r"\s([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+)$")


def canonical(name: str) -> str:
    """The table's spelling of a known claimant found in the phrase, else the phrase tidied."""
    m = _ALIASES.search(name)
    if m:
        return _ALIAS.get(_SPACES.sub(" ", m.group().lower().replace("’", "'")), m.group())
    words = name.split()
    i = 0
    while i < len(words) - 1 and words[i].lower().strip(",.") in _TITLES:
        i += 1
    rest = words[i:]
    if i and rest and rest[0][:1].isupper():
        return " ".join(rest)
    # "Donetsk regional governor Pavlo Kyrylenko": the person's name after a lower-case title.
    run = _TRAILING_NAME.search(name)
    if run and name[:run.start()].split() and name[:run.start()].split()[-1].lower() in _TITLES:
        return run.group(1)
    return name


def _tidy(phrase: str) -> str | None:
    phrase = phrase.strip(" \"'“”‘’«».,;:-–—")
    phrase = _CONJUNCTION.sub("", phrase)
    # On ASCII text the last words tell whether the `$`-anchored tails could match at all.
    ascii_only = phrase.isascii()
    words = phrase.lower().split()
    if not ascii_only or (words and words[-1].endswith(_AUXILIARY_ENDS)):
        phrase = _AUXILIARY_TAIL.sub("", phrase)
        words = phrase.lower().split()
    if not ascii_only or (words and (words[-1].endswith("day") or (len(words) >= 3 and words[-3] in ("on", "last")))):
        phrase = _TIME_TAIL.sub("", phrase)
    phrase = _ARTICLE.sub("", phrase)
    phrase = _RELATIVE_CLAUSE.sub("", phrase)  # "documents that surfaced in April"
    phrase = _SPACES.sub(" ", phrase).strip(" ,")
    if not phrase or len(phrase.split()) > 12:
        return None
    return phrase


_DESCRIPTION = re.compile(r"(?i:the|its|their|his|her)\s+[a-z' -]+")
_POSSESSIVE_DESCRIPTION = re.compile(r"\w+'s\s+[a-z -]+")


def _classify(phrase: str | None) -> Source | None:
    if not phrase:
        return None
    lower = phrase.lower().replace("’", "'")
    last = lower.split()[-1]
    if lower in _PRONOUNS or (last in _PRONOUNS and len(last) <= 4):
        return Source(last, named=False)  # "he", "In December he"
    if lower in _GENERIC or (_DESCRIPTION.fullmatch(phrase)
                             and len(phrase.split()) <= 8 and not _ALIASES.search(phrase)) \
            or (_POSSESSIVE_DESCRIPTION.fullmatch(phrase.replace("’", "'"))
                and phrase.split()[-1].lower() in _ANAPHORIC_HEADS
                and phrase.split("'")[0].split("’")[0] in _PLACE_POSSESSORS):
        return Source(phrase, named=False)  # "the ministry", "the mercenary boss", "Kyiv's center"
    if not _CAPITAL.search(phrase) and len(phrase.split()) < 2 and not _AUTHORITY_NOUNS.match(phrase):
        return None
    return Source(canonical(phrase), named=True)


@lru_cache(maxsize=256)
def _verb_matches(sentence: str) -> list[re.Match[str]]:
    found = []
    for m in _VERBS.finditer(sentence):
        word = m.group().lower()
        if word in _NOUN_LIKE_VERBS:
            prev = _PREVIOUS_WORD.search(sentence[:m.start()])
            if not prev or prev.group(1).lower() in _NOT_BEFORE_VERB:
                continue
        found.append(m)
    return found


def _segments(text: str) -> list[str]:
    return _SEGMENTS.split(text)


_TIME_WORDS = re.compile(r"\b(?:year|years|month|months|week|weeks|day|days|after|before|since|ago|earlier|later|"
                         r"invasion|war)\b", re.IGNORECASE)


def _subject_before(sentence: str, verb_start: int, clause_start: int) -> str | None:
    """The subject of a verb: the phrase just before it, or the name before an appositive."""
    parts = _segments(sentence[clause_start:verb_start])
    if parts and parts[-1].strip():
        last = parts[-1].strip()
        return last if not _ADVERBIAL_START.match(last) or _CONJUNCTION.match(last) else _CONJUNCTION.sub("", last)
    candidates = [p.strip() for p in parts if p.strip() and not _ADVERBIAL_START.match(p.strip())]
    for text in candidates:
        if _ALIASES.search(text):
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
def _subjects(sentence: str) -> list[tuple[re.Match[str], Source | None]]:
    """Each reporting verb of the sentence with its subject, classified."""
    verbs = _verb_matches(sentence)
    out = []
    for i, verb in enumerate(verbs):
        clause_start = verbs[i - 1].end() if i else 0
        out.append((verb, _classify(_tidy(_subject_before(sentence, verb.start(), clause_start) or ""))))
    return out


_AUTHORITY_NOUNS = re.compile(r"^(?:(?:the|some|several|local|regional|senior|western|ukrainian|russian|"
                              r"military|government|u\.?s\.?|un|eu|state)\s+)*(?:officials?|authorities|sources|experts|"
                              r"analysts|activists|researchers|investigators|prosecutors|journalists|monitors|"
                              r"volunteers|rescuers|police|medics|doctors|lawmakers|officers|commanders|"
                              r"residents|witnesses|diplomats|governments?|ministry|military|army)\b", re.IGNORECASE)
_LEADING_FUNCTION_WORD = re.compile(r"^(?:with|of|in|on|at|for|to|from|by|as|than|and|but|or|while|if|when|"
                                    r"because|so|such|this|these|those|there|here|what|how)\b", re.IGNORECASE)


# "Earlier figures had put the toll at 14", "Many deaths were …": things, not who says so.
_NOT_AN_AGENT = re.compile(r"^(?:[\w-]+\s+){0,2}(?:figures?|deaths|numbers?|toll|losses|casualties|estimates?|data|"
                           r"statistics)$", re.IGNORECASE)


def _plausible(source: Source | None) -> bool:
    """A named source that reads like one: a name or "officials", no figures, not a clause, not a bare region."""
    if source is None or not source.named:
        return source is not None
    name = source.name
    if _LEADING_FUNCTION_WORD.match(name) or _NOT_AN_AGENT.search(name):
        return False
    if not _CAPITAL.search(name) and not _AUTHORITY_NOUNS.match(name):
        return False
    return not (_NOT_A_NAME.search(name)
                or _BARE_REGION.fullmatch(name)
                or (len(name.split()) > 8 and name not in _CLAIMANTS))


_PHRASE = re.compile(r"\s*([^,;:.()\"“”]+)")
_APPOSITIVE_NAME = re.compile(r",\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+)\s*(?:[.,;]|$)")


@lru_cache(maxsize=2048)
def _according_to(sentence: str) -> list[Source]:
    found = []
    for m in _ACCORDING.finditer(sentence):
        phrase = _PHRASE.match(sentence[m.end():])
        source = _classify(_tidy(phrase.group(1))) if phrase else None
        if source and not source.named:
            # "according to the head of the city's military administration, Tymur Tkachenko"
            name = _APPOSITIVE_NAME.match(sentence[m.end() + phrase.end():])
            source = Source(canonical(name.group(1)), named=True) if name else source
        if source and _plausible(source):
            found.append(source)
    return found


def source_of(sentence: str, figure_start: int, figure_end: int) -> Source | None:
    """The claimant of the figure at these offsets, as the sentence names it (unresolved)."""
    according = _according_to(sentence)
    if according:
        return according[0]
    subjects = _subjects(sentence)
    before = [(v, s) for v, s in subjects if v.end() <= figure_start]
    if before:
        verb, source = before[-1]
        return _owner(source, sentence[:verb.start()]) if _plausible(source) else UNKNOWN
    for verb, _ in subjects:
        if verb.start() >= figure_end:
            source = _classify(_tidy(_subject_after_figure(sentence, figure_end, verb) or ""))
            return source if _plausible(source) else UNKNOWN
    return None


_COUNTRY_BEFORE = re.compile(r"\b(Russia|Ukraine|Moscow|Kyiv|Kiev)\b")


def _owner(source: Source | None, before: str) -> Source | None:
    """ "Russia has not published a toll since its defence ministry said …" → Russia's defence ministry."""
    if source is None or source.named or not source.name.lower().startswith(("its ", "their ")):
        return source
    countries = _COUNTRY_BEFORE.findall(before)
    if not countries:
        return source
    return Source(canonical(f"{countries[-1]}'s {source.name.split(' ', 1)[1]}"), named=True)


@lru_cache(maxsize=2048)
def sources_in(sentence: str) -> list[Source]:
    """Every named source the sentence quotes, to resolve later pronouns against."""
    found = [s for _, s in _subjects(sentence) if s and s.named and _plausible(s)]
    return found + [s for s in _according_to(sentence) if s.named]


def people_in(sentence: str) -> list[str]:
    """Known claimants named anywhere in the sentence (canonical), for a later "he said"."""
    return [_ALIAS.get(" ".join(m.group().split()).replace("’", "'"), m.group()) for m in _ALIASES.finditer(sentence)]
