"""Normalised keys and hashes: how the store recognises the same article, source or name."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

# A word of a name: letters and digits, possibly joined by an apostrophe or a hyphen ("mar'inka", "kyiv-based").
_NAME_WORD = re.compile(r"[^\W_]+(?:['-][^\W_]+)*")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " ", "\u202f": " "})


def normalise_text(text: str) -> str:
    """Text with Unicode compatibility forms, typographic quotes and runs of whitespace unified."""
    return " ".join(unicodedata.normalize("NFKC", text).translate(_QUOTES).split())


def content_hash(text: str) -> str:
    """Hash of an article's text: equal for copies that differ only in whitespace or quote marks."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


def source_key(excerpt: str) -> str:
    """Key of the sentence a figure stands in: wire copies of one sentence share it (case-insensitive)."""
    return hashlib.sha256(normalise_text(excerpt).casefold().encode("utf-8")).hexdigest()[:20]


def name_key(name: str | None) -> str | None:
    """Casefolded, whitespace-normalised form of a place, claimant or outlet name; None stays None."""
    if name is None:
        return None
    key = normalise_text(name).casefold()
    return key or None


@lru_cache(maxsize=65536)
def name_words(name: str | None) -> tuple[str, ...]:
    """The words of a name as whole-word matching compares them ("Syniehubov's office" → syniehubov, office):
    casefolded, split at spaces and punctuation, possessive 's and apostrophes dropped, as in search words."""
    words = []
    for word in _NAME_WORD.findall(name_key(name) or ""):
        if word.endswith("'s"):
            word = word[:-2]
        words.append(word.replace("'", ""))
    return tuple(w for w in words if w)


@lru_cache(maxsize=65536)
def name_text(name: str | None) -> str:
    """A name's words joined and padded with spaces, so that `name_text(phrase) in name_text(name)` says
    whether the name holds the phrase as whole words ("kharkov" in "Kharkov Oblast", not in "Kharkovsky")."""
    words = name_words(name)
    return f" {' '.join(words)} " if words else ""
