"""Subscriptions indexed by their filters, so a new figure is matched without scanning them all.

Each subscription is filed under the keys of its most selective filter (its "anchor"): the
figures it names, else its claimants, places or outlets, else its (category, side) pairs with
"*" standing for "any". A name filter is filed under one word of each phrase that defines it
(and under any saved key holding none of them). A new figure probes only the keys it could
match — its value, its claimant, place and outlet and each of their words, and its (category,
side) buckets including the "any" ones — and the few subscriptions found there are checked
against their remaining filters. Pure Python, no I/O.

The filters mean what they mean in `/claims` (see `store.searching.Plan`), so an alert fires for
exactly the figures the same words would find — including names spelled in a way the database
did not hold when the subscription was made ("Kharkov Oblast" for "kharkiv").
"""
from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from store.fingerprints import name_text, name_words

ANY = "*"
PREFIX_MIN = 4  # like the search: single words of 4+ letters match as prefixes ("child" → "children")
BOTH = "both"


def text_tokens(text: str) -> tuple[str, ...]:
    """Words of a text as the full-text index sees them: casefolded, diacritics removed, split at
    anything that is not a letter or digit."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    tokens, current = [], []
    for ch in decomposed:
        if unicodedata.combining(ch):
            continue
        if ch.isalnum():
            current.append(ch)
        elif current:
            tokens.append("".join(current))
            current = []
    if current:
        tokens.append("".join(current))
    return tuple(tokens)


def _contains(haystack: tuple[str, ...], needle: tuple[str, ...]) -> bool:
    n = len(needle)
    return any(haystack[i:i + n] == needle for i in range(len(haystack) - n + 1))


@dataclass(frozen=True)
class Figure:
    """The facts of one newly indexed claim that subscription filters test."""

    group_id: int
    value: int
    category: str
    side: str | None = None
    population: str | None = None
    claimant_key: str | None = None
    place_key: str | None = None
    outlet_key: str | None = None
    month: int | None = None
    when_key: int = 0
    tokens: tuple[str, ...] = ()


@dataclass(frozen=True)
class NameFilter:
    """A place, claimant or outlet filter: the database keys saved with the subscription, and the
    phrases (padded with spaces) a name may hold as whole words to match, as `/claims` would read it
    at that moment. `Filters` holds None rather than an empty one (a plain test on the hot path)."""

    keys: frozenset[str] = frozenset()
    phrases: frozenset[str] = frozenset()

    @classmethod
    def compile(cls, keys: Iterable[str], phrases: Iterable[str]) -> "NameFilter | None":
        """Keys as saved, phrases in the form `name_text` gives names; None when both are empty ("any")."""
        found = cls(frozenset(keys), frozenset(t for t in map(name_text, phrases) if t))
        return found if found.keys or found.phrases else None

    def holds(self, key: str) -> bool:
        """Whether the name holds one of the phrases as whole words."""
        if self.phrases:
            text = name_text(key)
            for phrase in self.phrases:
                if phrase in text:
                    return True
        return False

    def matches(self, key: str | None) -> bool:
        """Whether a figure's name passes: a saved key, or a name holding a phrase."""
        return key is not None and (key in self.keys or self.holds(key))

    def anchor_keys(self, tag: str) -> list[tuple]:
        """Index keys: the longest word of each phrase (every name holding the phrase has it), and the
        saved keys no phrase covers (all of them for a subscription saved before phrases existed)."""
        words = {max(phrase.split(), key=lambda w: (len(w), w)) for phrase in self.phrases}
        keys = [(tag, key) for key in sorted(self.keys) if not self.holds(key)]
        return keys + [(tag + "w", word) for word in sorted(words)]


def _name_filter(query: Mapping[str, Any], kind: str, keys: Iterable[str] | None = None) -> NameFilter | None:
    """The `kind` ("place", "claimant", "outlet") filter of a query dict. A subscription saved before
    phrases existed has its keys as phrases, so that later spellings holding them ("kharkiv region"
    for "kharkiv") still match."""
    saved = list((query.get(kind + "_keys") or []) if keys is None else keys)
    phrases = query[kind + "_phrases"] if kind + "_phrases" in query else saved
    return NameFilter.compile(saved, phrases or ()) if saved or phrases else None


def _key(day: str | None) -> int | None:
    """An ISO date ("2025-06-01") as YYYYMMDD."""
    return int(day[:10].replace("-", "")) if day else None


@dataclass(frozen=True)
class Filters:
    """A subscription's filters, compiled for matching. Empty sets and None mean "any"."""

    values: frozenset[int] = frozenset()
    categories: frozenset[str] = frozenset()
    sides: frozenset[str] = frozenset()
    populations: frozenset[str] = frozenset()
    places: NameFilter | None = None
    claimants: NameFilter | None = None
    outlets: NameFilter | None = None
    months: frozenset[int] = frozenset()
    year: int | None = None
    date_from: int | None = None  # YYYYMMDD
    date_to: int | None = None
    words: tuple[tuple[str, ...], ...] = ()

    @classmethod
    def from_query(cls, query: Mapping[str, Any]) -> "Filters":
        """Compile the fields of a `store.query.Query` (as a dict, e.g. parsed from JSON)."""
        places = query.get("place_keys") or [p.casefold() for p in query.get("places") or []]
        words = tuple(t for t in (text_tokens(w) for w in query.get("words") or []) if t)
        return cls(
            values=frozenset(query.get("values") or ()),
            categories=frozenset(query.get("categories") or ()),
            sides=frozenset(query.get("sides") or ()),
            populations=frozenset(query.get("populations") or ()),
            places=_name_filter(query, "place", places),
            claimants=_name_filter(query, "claimant"),
            outlets=_name_filter(query, "outlet"),
            months=frozenset(query.get("months") or ()),
            year=query.get("year"),
            date_from=_key(query.get("date_from")),
            date_to=_key(query.get("date_to")),
            words=words,
        )

    def anchor_keys(self) -> list[tuple]:
        """The index keys this subscription is filed under: those of its most selective filter."""
        if self.values:
            return [("v", v) for v in sorted(self.values)]
        for tag, names in (("c", self.claimants), ("p", self.places), ("o", self.outlets)):
            if names is not None:
                return names.anchor_keys(tag)
        categories = sorted(self.categories) or [ANY]
        sides = sorted(self.sides) or [ANY]
        return [("cs", c, s) for c in categories for s in sides]

    def matches(self, f: Figure) -> bool:
        """Whether the figure passes every filter (the same rules as a `/claims` search)."""
        if self.values and f.value not in self.values:
            return False
        if self.categories and f.category not in self.categories:
            return False
        if self.sides and f.side not in self.sides and f.side != BOTH:
            return False
        if self.populations and f.population not in self.populations:
            return False
        if self.claimants is not None and not self.claimants.matches(f.claimant_key):
            return False
        if self.places is not None and not self.places.matches(f.place_key):
            return False
        if self.outlets is not None and not self.outlets.matches(f.outlet_key):
            return False
        if self.months and f.month not in self.months:
            return False
        if self.date_from is not None:
            # Figures known only to the month count when their month overlaps the range.
            if f.when_key < self.date_from // 100 * 100 or (f.when_key < self.date_from and f.when_key % 100):
                return False
        if self.date_to is not None and not 0 < f.when_key <= self.date_to:
            return False
        if self.year and self.date_from is None and self.date_to is None:
            if f.when_key and not self.year * 10000 <= f.when_key <= self.year * 10000 + 1231:
                return False
        for word in self.words:
            if len(word) == 1 and len(word[0]) >= PREFIX_MIN:
                if not any(t.startswith(word[0]) for t in f.tokens):
                    return False
            elif not _contains(f.tokens, word):
                return False
        return True


@dataclass
class Entry:
    """One indexed subscription: where its alerts go, and its filters."""

    id: int
    platform: str
    chat_id: str
    filters: Filters


class SubscriptionIndex:
    """Active subscriptions keyed by their anchors; `match` returns the ids a figure satisfies.

    Subscriptions with identical filters (many chats follow "russia killed") share one filed
    filter set, so each distinct set is checked once per figure however many chats hold it.
    """

    def __init__(self) -> None:
        self._entries: dict[int, Entry] = {}
        self._holders: dict[Filters, set[int]] = {}      # distinct filters → subscription ids
        self._buckets: dict[tuple, set[Filters]] = {}    # anchor key → distinct filters filed there
        self._side_keys: dict[str, int] = {}             # side keys in use (for figures about both sides)

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, subscription_id: int) -> bool:
        return subscription_id in self._entries

    def distinct_filters(self) -> int:
        """How many different filter sets are filed."""
        return len(self._holders)

    def add(self, subscription_id: int, platform: str, chat_id: str, filters: Filters) -> None:
        """File a subscription (replacing an earlier version of it)."""
        self.remove(subscription_id)
        self._entries[subscription_id] = Entry(subscription_id, platform, chat_id, filters)
        holders = self._holders.get(filters)
        if holders is None:
            holders = self._holders[filters] = set()
            for key in filters.anchor_keys():
                self._buckets.setdefault(key, set()).add(filters)
                if key[0] == "cs":
                    self._side_keys[key[2]] = self._side_keys.get(key[2], 0) + 1
        holders.add(subscription_id)

    def remove(self, subscription_id: int) -> None:
        """Forget a subscription (no-op when it is not indexed)."""
        entry = self._entries.pop(subscription_id, None)
        if entry is None:
            return
        holders = self._holders[entry.filters]
        holders.discard(subscription_id)
        if holders:
            return
        del self._holders[entry.filters]
        for key in entry.filters.anchor_keys():
            bucket = self._buckets.get(key)
            if bucket is not None:
                bucket.discard(entry.filters)
                if not bucket:
                    del self._buckets[key]
            if key[0] == "cs":
                self._side_keys[key[2]] -= 1
                if not self._side_keys[key[2]]:
                    del self._side_keys[key[2]]

    def clear(self) -> None:
        """Forget every subscription."""
        self._entries.clear()
        self._holders.clear()
        self._buckets.clear()
        self._side_keys.clear()

    def entry(self, subscription_id: int) -> Entry:
        """The indexed subscription with this id."""
        return self._entries[subscription_id]

    def _probe_keys(self, f: Figure) -> Iterable[tuple]:
        yield ("v", f.value)
        for tag, key in (("c", f.claimant_key), ("p", f.place_key), ("o", f.outlet_key)):
            if key:
                yield (tag, key)
                for word in set(name_words(key)):
                    yield (tag + "w", word)
        if f.side == BOTH:  # a figure about both sides satisfies any side filter
            sides = list(self._side_keys)
        else:
            sides = [ANY] + ([f.side] if f.side else [])
        for category in (f.category, ANY):
            for side in sides:
                yield ("cs", category, side)

    def _filed_for(self, f: Figure) -> set[Filters]:
        """The distinct filter sets filed under any key the figure could match."""
        found: set[Filters] = set()
        for key in self._probe_keys(f):
            bucket = self._buckets.get(key)
            if bucket:
                found |= bucket
        return found

    def candidates(self, f: Figure) -> set[int]:
        """Ids of the subscriptions whose filters would be checked for the figure (a superset of the
        matches; everything else is never looked at)."""
        return set().union(*(self._holders[filters] for filters in self._filed_for(f)))

    def checks(self, f: Figure) -> int:
        """How many filter sets are checked for the figure."""
        return len(self._filed_for(f))

    def match(self, f: Figure) -> set[int]:
        """Ids of the subscriptions whose filters the figure satisfies."""
        holders = self._holders
        return set().union(*(holders[filters] for filters in self._filed_for(f) if filters.matches(f)))
