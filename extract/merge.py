"""One claim per figure per article: repeats and rounded headline versions merge into one."""
from __future__ import annotations

from extract.models import Claim
from extract.tables import load

_SIDE_OF = {p.lower(): side for side, words in load("cues")["sides"].items() for p in words}

_FAMILY = {"killed": "dead", "bodies_returned": "dead", "bodies_held": "dead"}


def _same_thing(a: Claim, b: Claim, headline: int = 0) -> bool:
    """Same category (or family), and side, place and claimant each equal or unknown on one side; a headline
    (the text up to `headline`) sums up who said it ("Kyiv says …"), so its claimant may be another name
    for the same party, but not another party."""
    if a.category != b.category and _FAMILY.get(a.category, a.category) != _FAMILY.get(b.category, b.category):
        return False
    return ((a.side == b.side or a.side is None or b.side is None)
            and (a.place == b.place or a.place is None or b.place is None)
            and (a.claimant == b.claimant or a.claimant is None or b.claimant is None
                 or (min(a.end, b.end) <= headline and _same_party(*sorted((a, b), key=lambda c: c.end)))))


def _same_party(head: Claim, body: Claim) -> bool:
    """Whether a headline's claimant and a body's may be one party: either is unnamed ("officials"), a part of
    the other ("Ukraine" in "Ukraine's military"), of the same country ("Kyiv", "Ukraine's prosecutor general"),
    or the headline describes ("S.Korea spy agency") what the body names ("National Intelligence Service")."""
    one, other = head.claimant or "", body.claimant or ""
    if not (one[:1].isupper() and other[:1].isupper()) or one.startswith("The ") or other.startswith("The "):
        return True
    lower, other_lower = one.lower(), other.lower()
    if lower in other_lower or other_lower in lower or _party(lower) == _party(other_lower):
        return True
    return one.split()[-1].islower() and _is_institution(other)


def _is_institution(claimant: str) -> bool:
    """A name of two or more capitalised words and no owner: "National Intelligence Service"."""
    words = claimant.split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words) and "'" not in claimant and "’" not in claimant


def _party(claimant: str) -> str:
    """The country a lower-cased claimant speaks for, by its first word ("kyiv" -> "ukraine"), else that word."""
    word = claimant.split()[0].removesuffix("'s").removesuffix("’s")
    return _SIDE_OF.get(word) or _SIDE_OF.get(f"{word}'s") or word


def _rounds_to(rounded: Claim, exact: Claim) -> bool:
    """'more than 1.2K' next to 1,212; 'over 500' next to 502: the first is the second, rounded."""
    if rounded.value == exact.value or rounded.qualifier in ("range", "exact") or rounded.value <= 0:
        return False
    significant = str(rounded.value).rstrip("0")
    precision = 10 ** (len(str(rounded.value)) - len(significant))
    if precision < 100:
        return False
    if len(significant) >= 2:
        return rounded.value in (exact.value // precision * precision, round(exact.value / precision) * precision)
    # One significant digit ("over 500") is only a rounding of a figure just above it.
    return rounded.qualifier == "at_least" and rounded.value < exact.value < rounded.value * 1.05


_DETAILS = ("side", "population", "claimant", "place", "month", "date")
_HEADLINE_GAPS = ("side", "population", "month", "date")


def _combine(first: Claim, again: Claim, headline: int = 0) -> Claim:
    """One claim from two mentions of the same figure: the fuller one, its gaps filled from the other.

    A headline ("Russian strikes kill 12 in Kharkiv") usually says less than the body's sentence, and
    when the text opens on it (up to `headline`), the body's sentence is the claim, with the headline's
    side, population and date only where the body says none (its source and place sum the story up).
    """
    if first.end <= headline:
        gaps = {f: getattr(first, f) for f in _HEADLINE_GAPS if getattr(again, f) is None}
        return again.model_copy(update=gaps) if any(v is not None for v in gaps.values()) else again
    fuller, other = (again, first) if _filled(again) > _filled(first) else (first, again)
    gaps = {f: getattr(other, f) for f in _DETAILS if getattr(fuller, f) is None and getattr(other, f) is not None}
    return fuller.model_copy(update=gaps) if gaps else fuller


def _filled(claim: Claim) -> int:
    return sum(getattr(claim, f) is not None for f in _DETAILS)


def merge(claims: list[Claim], headline: int = 0) -> list[Claim]:
    """Drop repeats of the same figure for the same thing, and rounded copies of an exact figure; the text up
    to `headline` is the headline it opens on, if any."""
    kept: list[Claim] = []
    for claim in claims:
        for i, k in enumerate(kept):
            if k.value == claim.value and _same_ends(k, claim) and _same_thing(k, claim, headline):
                kept[i] = _combine(k, claim, headline)
                break
        else:
            kept.append(claim)
    return [c for c in kept if not (_may_be_rounded(c) and _rounded_copy(c, kept, headline))]


def _same_ends(a: Claim, b: Claim) -> bool:
    """Two figures of one value end alike, but for two ranges that only start alike ("50,000-65,000",
    "50,000-70,000")."""
    return a.high == b.high or a.qualifier != "range" or b.qualifier != "range"


def _rounded_copy(claim: Claim, kept: list[Claim], headline: int) -> bool:
    """Whether the claim is a rounded copy of another kept claim of the same thing (a loop, not any() over a
    generator: cheaper)."""
    for other in kept:
        if other is not claim and _same_thing(claim, other, headline) and _rounds_to(claim, other):
            return True
    return False


def _may_be_rounded(claim: Claim) -> bool:
    """Whether `_rounds_to(claim, …)` can hold at all: exact figures, ranges and figures that are
    not a multiple of 100 (rounded to less than hundreds) are never rounded copies."""
    return claim.qualifier not in ("range", "exact") and claim.value > 0 and claim.value % 100 == 0
