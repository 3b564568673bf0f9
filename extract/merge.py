"""One claim per figure per article: repeats and rounded headline versions merge into one."""
from __future__ import annotations

from extract.models import Claim

_FAMILY = {"killed": "dead", "bodies_returned": "dead", "bodies_held": "dead"}


def _same_thing(a: Claim, b: Claim) -> bool:
    same_category = a.category == b.category or _FAMILY.get(a.category, a.category) == _FAMILY.get(b.category, b.category)
    same_side = a.side == b.side or a.side is None or b.side is None
    return same_category and same_side


def _rounds_to(rounded: Claim, exact: Claim) -> bool:
    """'more than 1.2K' next to 1,212; 'over 500' next to 502: the first is the second, rounded."""
    if rounded.value == exact.value or rounded.qualifier == "range" or rounded.value <= 0:
        return False
    if rounded.qualifier == "exact" and exact.qualifier == "exact":
        return False
    digits = str(rounded.value).rstrip("0")
    if len(str(rounded.value)) - len(digits) < 2:
        return False
    return abs(exact.value - rounded.value) / exact.value < 0.05


def merge(claims: list[Claim]) -> list[Claim]:
    """Drop repeats of the same figure for the same thing, and rounded copies of an exact figure."""
    kept: list[Claim] = []
    for claim in claims:
        duplicate = next((k for k in kept if k.value == claim.value and _same_thing(k, claim)), None)
        if duplicate is not None:
            if duplicate.claimant is None and claim.claimant:
                kept[kept.index(duplicate)] = duplicate.model_copy(update={"claimant": claim.claimant})
            continue
        kept.append(claim)
    return [c for c in kept
            if not any(other is not c and _same_thing(c, other) and _rounds_to(c, other) for other in kept)]
