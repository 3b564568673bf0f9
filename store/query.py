"""A user's search words as filters: the `Query` model, which also describes itself back to the user."""
from __future__ import annotations

import calendar
import datetime as dt

from pydantic import BaseModel, Field

from store.vocabulary import query_words

_WORDS = query_words()
# Tables in store/data/query_words.json: how each filter value reads back to the user.
CATEGORY_LABELS: dict[str, str] = _WORDS["category_labels"]
# The word the parser reads back as each category, for suggestions such as "/claims russia deaths".
CATEGORY_WORDS: dict[str, str] = _WORDS["category_words"]
SIDE_LABELS: dict[str, str] = _WORDS["side_labels"]
POPULATION_LABELS: dict[str, str] = _WORDS["population_labels"]
EXCHANGE_CATEGORIES: tuple[str, ...] = tuple(_WORDS["commands"]["exchange"])


class Query(BaseModel):
    """What a user's words became. Empty lists mean "any"; every list within a field is an OR."""

    command: str = "claims"
    sides: list[str] = Field(default_factory=list)
    categories: list[str] = Field(default_factory=list)
    populations: list[str] = Field(default_factory=list)
    places: list[str] = Field(default_factory=list)          # display names
    place_keys: list[str] = Field(default_factory=list)      # casefolded names and aliases
    claimants: list[str] = Field(default_factory=list)
    claimant_keys: list[str] = Field(default_factory=list)
    outlets: list[str] = Field(default_factory=list)
    outlet_keys: list[str] = Field(default_factory=list)
    # The phrases that define each name filter (aliases, surnames): alerts match a name that arrives
    # later when it holds one as whole words. Absent from subscriptions saved before they existed,
    # which match their keys only.
    place_phrases: list[str] = Field(default_factory=list)
    claimant_phrases: list[str] = Field(default_factory=list)
    outlet_phrases: list[str] = Field(default_factory=list)
    months: list[int] = Field(default_factory=list)
    year: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    time_label: str | None = None                            # "last week", "since March 2025"
    values: list[int] = Field(default_factory=list)
    words: list[str] = Field(default_factory=list)           # matched against excerpt text

    def is_empty(self) -> bool:
        """True when no filter at all was understood (every figure matches)."""
        return not self.filters()

    def filters(self) -> list[str]:
        """One short label per understood filter, in a fixed order."""
        parts: list[str] = []
        if self.categories:
            parts.append(" or ".join(CATEGORY_LABELS.get(c, c) for c in self.categories))
        if self.sides:
            parts.append(" or ".join(SIDE_LABELS.get(s, s) for s in self.sides))
        if self.populations:
            parts.append(" or ".join(POPULATION_LABELS.get(p, p) for p in self.populations))
        if self.places:
            parts.append("in " + " or ".join(self.places))
        if self.claimants:
            parts.append("said by " + " or ".join(self.claimants))
        if self.outlets:
            parts.append("reported by " + " or ".join(self.outlets))
        when = self.when_label()
        if when:
            parts.append(when)
        if self.values:
            parts.append("figure " + " or ".join(f"{v:,}" for v in self.values))
        if self.words:
            parts.append("text with " + " ".join(f"“{w}”" for w in self.words))
        return parts

    def when_label(self) -> str | None:
        """The time filter in words ("June 2025", "since March 2025", "last week"), or None."""
        if self.time_label:
            return self.time_label
        if self.months:
            names = " or ".join(calendar.month_name[m] for m in self.months)
            return f"{names} {self.year}" if self.year else names
        if self.year:
            return str(self.year)
        return None

    def describe(self) -> str:
        """The "understood as" line: every filter, or "all figures" when there is none."""
        parts = self.filters()
        if self.command == "exchange" and set(self.categories) == set(EXCHANGE_CATEGORIES):
            parts[0] = "exchanges and repatriations"
        return " · ".join(parts) if parts else "all figures"

    def broader(self) -> "Query | None":
        """The same query with its most specific filter dropped, or None when nothing is left to drop."""
        steps = ["words", "values", "outlets", "claimants", "time", "places", "populations", "sides"]
        for step in steps:
            if step == "time":
                if self.months or self.year or self.date_from or self.date_to:
                    return self.model_copy(update={"months": [], "year": None, "date_from": None,
                                                   "date_to": None, "time_label": None})
                continue
            if getattr(self, step):
                update: dict[str, list] = {step: []}
                if step in ("places", "claimants", "outlets"):
                    update[step[:-1] + "_keys"], update[step[:-1] + "_phrases"] = [], []
                return self.model_copy(update=update)
        return None

    def as_words(self) -> str:
        """Words the parser reads back as this query (used in suggestions)."""
        words: list[str] = list(self.sides)
        if self.command != "exchange" or set(self.categories) != set(EXCHANGE_CATEGORIES):
            words += [CATEGORY_WORDS.get(c, c) for c in self.categories]
        words += ["civilians" if p == "civilian" else "soldiers" for p in self.populations]
        words += [f"in {name.lower()}" for name in self.places]
        words += [name.lower() for name in self.claimants + self.outlets]
        if self.time_label:
            words.append(self.time_label.lower())
        else:
            words += [calendar.month_name[m].lower() for m in self.months]
            if self.year:
                words.append(str(self.year))
        words += [str(v) for v in self.values] + self.words
        return " ".join(words)
