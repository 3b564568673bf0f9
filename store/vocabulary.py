"""The lookup tables behind the query parser: query words, the gazetteer, claimant aliases and names
found in the database, as one phrase → meanings map plus a list of words for typo matching."""
from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from extract import tables
from store.fingerprints import name_key, name_text, name_words
from store.records import Names

DATA_DIR = Path(__file__).with_name("data")

# Meaning kinds, in the order they win when one phrase has several.
KINDS = ("side", "category", "population", "place", "claimant", "outlet")


@dataclass(frozen=True)
class Meaning:
    """What a phrase selects: a kind, the value shown to the user, the keys matched in the database and,
    for names, the phrases that define it: a name holding one of them as whole words is meant, so a
    standing search still means this once new spellings reach the database."""

    kind: str
    value: str
    keys: frozenset[str] = frozenset()
    phrases: frozenset[str] = frozenset()  # each a name's words joined by single spaces


@dataclass
class Vocabulary:
    """Phrase → meanings, ordered by KINDS; `fuzzy_words` are single words eligible for typo matching."""

    phrases: dict[str, list[Meaning]] = field(default_factory=dict)
    fuzzy_words: list[str] = field(default_factory=list)
    longest: int = 1

    def add(self, phrase: str, meaning: Meaning) -> None:
        """Let `phrase` (any spelling) select `meaning`."""
        key = name_key(phrase)
        if key:
            self.add_key(key, meaning)

    def add_key(self, key: str, meaning: Meaning) -> None:
        """`add` for a phrase already in key form (casefolded, single spaces), as database names are."""
        found = self.phrases.get(key)
        if found is None:
            self.phrases[key] = [meaning]
            self.longest = max(self.longest, key.count(" ") + 1)
        elif meaning not in found:
            found.append(meaning)
            found.sort(key=lambda m: KINDS.index(m.kind))

    def finish(self) -> "Vocabulary":
        """Collect the single words typos may be matched against, query words first."""
        words = [p for p in self.phrases if " " not in p and len(p) >= 5 and p.isalpha()]
        words.sort(key=lambda w: KINDS.index(self.phrases[w][0].kind))
        self.fuzzy_words = words
        return self


@lru_cache(maxsize=1)
def query_words() -> dict:
    """The query language's word lists (store/data/query_words.json)."""
    return json.loads((DATA_DIR / "query_words.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, list[str]]:
    """Canonical place → its spellings (the name itself first), from the extractor's gazetteer."""
    places = tables.load("places")["places"]
    return {name: [name, *info["aliases"]] for name, info in places.items()}


@lru_cache(maxsize=1)
def claimant_aliases() -> dict[str, list[str]]:
    """Canonical claimant → its spellings (the name itself first), from the extractor's data."""
    return {name: [name, *aliases] for name, aliases in tables.load("claimants").items()}


def _significant_tokens(name: str, skip: set[str]) -> list[str]:
    """Words of a multi-word name that identify it on their own ("Medinsky" in "Vladimir Medinsky")."""
    return [t for t in name_words(name) if len(t) >= 4 and t.isalpha() and t not in skip]


def _surname(alias: str, skip: set[str]) -> list[str]:
    """The word that identifies a known name on its own: its last ("Arestovych" in "Alexei Arestovich"),
    never a first name that other people share."""
    return _significant_tokens(name_words(alias)[-1], skip) if name_words(alias) else []


def _phrase(name: str) -> str:
    """A name in the form its defining phrase is kept: its words joined by single spaces."""
    return " ".join(name_words(name))


def _word_index(keys: Iterable[str]) -> dict[str, set[str]]:
    """Each word → the database names holding it, so a phrase finds its names without a scan."""
    index: dict[str, set[str]] = {}
    for key in keys:
        for word in set(name_words(key)):
            index.setdefault(word, set()).add(key)
    return index


def _names_holding(phrase: str, words: dict[str, set[str]]) -> set[str]:
    """Database names that hold the phrase as whole words ("medinsky" in "vladimir medinsky"), the rule
    subscriptions apply to names that arrive later (`store.subscription_index.NameFilter`)."""
    if not phrase:
        return set()
    sets = [words.get(word, set()) for word in phrase.split(" ")]
    fewest = min(sets, key=len)
    padded = f" {phrase} "
    return {key for key in fewest if padded in name_text(key)}


def _surnames(kind: str, aliases: Iterable[str], skip: set[str]) -> set[str]:
    """The last words of a known name's aliases that are one of its own one-word spellings ("medinsky" in
    "vladimir medinsky"): a body's last word ("agency" in "un refugee agency") or a place's ("oblast") is
    no name on its own."""
    if kind == "place":
        return set()
    own = {_phrase(alias) for alias in aliases if " " not in alias}
    return {token for alias in aliases for token in _surname(alias, skip) if token in own}


def _defining_phrases(kind: str, aliases: Iterable[str], skip: set[str]) -> set[str]:
    """The phrases that define a known name: its aliases and its surnames."""
    return ({_phrase(alias) for alias in aliases} | _surnames(kind, aliases, skip)) - {""}


def _meaning(kind: str, value: str, phrases: set[str], words: dict[str, set[str]],
             keys: Iterable[str] = ()) -> Meaning:
    """A name's meaning: its phrases, and as keys the given ones plus every database name holding one."""
    found = set(keys)
    for phrase in phrases:
        found |= _names_holding(phrase, words)
    return Meaning(kind, value, frozenset(found), frozenset(phrases))


def _add_names(vocab: Vocabulary, kind: str, canon: dict[str, list[str]], db: dict[str, str],
               skip: set[str]) -> None:
    """Add one kind of name: canonical names with aliases, then database names, then their words.

    Database names are indexed by word once, so each phrase costs a few set look-ups rather than a
    pass over every name."""
    words = _word_index(db)
    claimed: set[str] = set()
    for name, aliases in canon.items():
        alias_keys = {key for key in map(name_key, aliases) if key}
        meaning = _meaning(kind, name, _defining_phrases(kind, alias_keys, skip), words, alias_keys)
        claimed |= meaning.keys & db.keys()
        for phrase in alias_keys | _surnames(kind, alias_keys, skip):
            vocab.add_key(phrase, meaning)
    word_meanings: dict[str, Meaning] = {}
    for key in db.keys() - claimed:
        vocab.add_key(key, _meaning(kind, db[key], {_phrase(key)} - {""}, words, {key}))
        for token in _significant_tokens(key, skip):
            if token not in word_meanings:
                word_meanings[token] = _meaning(kind, token.title(), {token}, words)
            vocab.add_key(token, word_meanings[token])


def build_vocabulary(names: Names) -> Vocabulary:
    """The vocabulary for a database holding `names`."""
    words = query_words()
    vocab = Vocabulary()
    for kind, table in (("side", words["sides"]), ("category", words["categories"]),
                        ("population", words["populations"])):
        for value, phrases in table.items():
            for phrase in phrases:
                vocab.add(phrase, Meaning(kind, value))
    skip = set(words["stopwords"]) | set(words.get("title_words", [])) | set(vocab.phrases)
    _add_names(vocab, "place", gazetteer(), names.places, skip)
    _add_names(vocab, "claimant", claimant_aliases(), names.claimants, skip)
    _add_names(vocab, "outlet", {}, names.outlets, skip)
    return vocab.finish()


_CACHE: list[tuple[Names, tuple, Vocabulary]] = []


def vocabulary_for(names: Names) -> Vocabulary:
    """`build_vocabulary`, cached: the store hands out the same Names object until names change."""
    if _CACHE and _CACHE[0][0] is names:
        return _CACHE[0][2]
    key = (tuple(sorted(names.places)), tuple(sorted(names.claimants)), tuple(sorted(names.outlets)))
    if not _CACHE or _CACHE[0][1] != key:
        _CACHE[:] = [(names, key, build_vocabulary(names))]
    else:
        _CACHE[0] = (names, key, _CACHE[0][2])
    return _CACHE[0][2]
