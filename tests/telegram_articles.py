"""A few short articles, written for these tests, with the claims in them stated by hand.

The claims are built directly (not extracted), so the Telegram tests depend on the store and
the handlers, not on how good the extractor is today.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from extract.models import Article, Claim


def _claim(text: str, sentence: str, **fields: Any) -> Claim:
    start = text.index(sentence)
    fields.setdefault("low", None)
    fields.setdefault("high", None)
    return Claim(excerpt=sentence, start=start, end=start + len(sentence), **fields)


def pokrovsk() -> tuple[Article, list[Claim]]:
    sentence = ("Ukraine's General Staff said at least 1,150 Russian soldiers were killed "
                "near Pokrovsk over the past day.")
    text = f"{sentence} The figure could not be checked independently. Fighting went on overnight."
    article = Article(text=text, url="https://kyiv-ledger.example/2025/06/pokrovsk",
                      outlet="Kyiv Ledger", title="Heavy losses reported near Pokrovsk",
                      published=dt.date(2025, 6, 12))
    return article, [_claim(text, sentence, value=1150, qualifier="at_least", category="killed",
                            side="russia", population="military",
                            claimant="General Staff of Ukraine", place="Pokrovsk", month=6,
                            date="2025-06-12")]


def exchange() -> tuple[Article, list[Claim]]:
    swap = "Russia and Ukraine exchanged 84 prisoners of war each on Friday, officials in Kyiv said."
    bodies = "Kyiv also received the bodies of 1,212 fallen soldiers, the coordination headquarters said."
    text = f"{swap} The swap was mediated by the United Arab Emirates. {bodies}"
    article = Article(text=text, url="https://danube-wire.example/swap-june",
                      outlet="Danube Wire", title="Prisoner swap and repatriation of bodies",
                      published=dt.date(2025, 6, 20))
    return article, [
        _claim(text, swap, value=84, qualifier="exact", category="prisoners_exchanged", side="both",
               population="military", claimant="Ukrainian officials", month=6, date="2025-06-20"),
        _claim(text, bodies, value=1212, qualifier="exact", category="bodies_returned", side="ukraine",
               population="military", claimant="Coordination Headquarters", month=6, date="2025-06-20"),
    ]


def hostile() -> tuple[Article, list[Claim]]:
    sentence = "Officials said <b>about 40</b> & more civilians were killed in <script>alert('x')</script> Kharkiv."
    text = f"{sentence} Rescue work continued."
    article = Article(text=text, url="https://bold-and-co.example/kharkiv",
                      outlet="<b>Bold</b> & Co", title="<script>alert(1)</script>",
                      published=dt.date(2025, 5, 3))
    return article, [_claim(text, sentence, value=40, qualifier="approx", category="killed",
                            side="ukraine", population="civilian", claimant="local officials",
                            place="Kharkiv", month=5, date="2025-05-03")]


def daily_tallies(days: int = 14) -> tuple[Article, list[Claim]]:
    """One article with a daily figure per day: more claim groups than fit on one page."""
    sentences = [f"On {day} April the General Staff said {900 + day * 7:,} Russian soldiers were killed."
                 for day in range(1, days + 1)]
    text = " ".join(sentences)
    article = Article(text=text, url="https://front-notes.example/april-tallies",
                      outlet="Front Notes", title="April in daily figures", published=dt.date(2025, 4, 30))
    claims = [_claim(text, s, value=900 + day * 7, qualifier="exact", category="killed", side="russia",
                     population="military", claimant="General Staff of Ukraine", month=4,
                     date=f"2025-04-{day:02d}")
              for day, s in zip(range(1, days + 1), sentences)]
    return article, claims


ARTICLES = (pokrovsk, exchange, hostile, daily_tallies)
