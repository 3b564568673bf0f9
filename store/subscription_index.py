"""Subscriptions indexed by their filters, so a new figure is matched without scanning them all.

Each subscription is filed under the keys of its most selective filter (its "anchor"): the
figures it names, else its claimants, places or outlets, else its (category, side) pairs with
"*" standing for "any". A new figure probes only the keys it could match — its value, claimant,
place, outlet and its (category, side) buckets including the "any" ones — and the few
subscriptions found there are checked against their remaining filters. Pure Python, no I/O.

The filters mean what they mean in `/claims` (see `store.searching.Plan`), so an alert fires for
exactly the figures the same words would find.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

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


def _key(day: str | None) -> int | None:
    """An ISO date ("2025-06-01") as YYYYMMDD."""
    return int(day[:10].replace("-", "")) if day else None


@dataclass(frozen=True)
class Filters:
    """A subscription's filters, compiled for matching. Empty sets mean "any"."""

    values: frozenset[int] = frozenset()
    categories: frozenset[str] = frozenset()
    sides: frozenset[str] = frozenset()
    populations: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()
    claimants: frozenset[str] = frozenset()
    outlets: frozenset[str] = frozenset()
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
            places=frozenset(places),
            claimants=frozenset(query.get("claimant_keys") or ()),
            outlets=frozenset(query.get("outlet_keys") or ()),
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
        for tag, keys in (("c", self.claimants), ("p", self.places), ("o", self.outlets)):
            if keys:
                return [(tag, k) for k in sorted(keys)]
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
        if self.claimants and f.claimant_key not in self.claimants:
            return False
        if self.places and f.place_key not in self.places:
            return False
        if self.outlets and f.outlet_key not in self.outlets:
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
        if f.claimant_key:
            yield ("c", f.claimant_key)
        if f.place_key:
            yield ("p", f.place_key)
        if f.outlet_key:
            yield ("o", f.outlet_key)
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
