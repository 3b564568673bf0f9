"""Normalised keys and hashes: how the store recognises the same article, source or name."""
from __future__ import annotations

import hashlib
import unicodedata

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
