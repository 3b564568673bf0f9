"""Articles and claims for the store and handler tests, written in our own words.

Claims are built directly, so these tests pin down the store and the replies, not the extractor.
"""
from __future__ import annotations

import datetime as dt

from extract.models import Article, Claim


def claim(value: int, category: str, excerpt: str, **fields: object) -> Claim:
    """A claim with sensible defaults: exact figure, low = high = value."""
    qualifier = fields.pop("qualifier", "exact")
    low = fields.pop("low", value if qualifier in ("exact", "approx", "at_least", "range") else None)
    high = fields.pop("high", value if qualifier in ("exact", "approx", "at_most") else None)
    return Claim(value=value, low=low, high=high, qualifier=qualifier, category=category,  # type: ignore[arg-type]
                 excerpt=excerpt, **fields)  # type: ignore[arg-type]


SWAP_TEXT = ("Moscow's negotiator Vladimir Medinsky said on Monday that Russia had handed over 6,060 "
             "sets of remains of Ukrainian servicemen. Kyiv sent back the bodies of 78 Russian soldiers, "
             "he added.")
SWAP = Article(text=SWAP_TEXT, url="https://wire.example/swap-june", outlet="Wire Service",
               title="Remains handed over after Istanbul talks", published=dt.date(2025, 6, 16))
SWAP_CLAIMS = [
    claim(6060, "bodies_returned", "Russia had handed over 6,060 sets of remains of Ukrainian servicemen.",
          side="ukraine", population="military", claimant="Vladimir Medinsky", month=6),
    claim(78, "bodies_returned", "Kyiv sent back the bodies of 78 Russian soldiers, he added.",
          side="russia", population="military", claimant="Vladimir Medinsky", month=6),
]

# The same wire story republished by another outlet at its own address.
SWAP_COPY = Article(text=SWAP_TEXT, url="https://daily.example/world/remains", outlet="Daily Paper",
                    title="Remains returned", published=dt.date(2025, 6, 16))

TOLL_TEXT = ("Ukrainian officials said on Thursday that at least 18,900 Russian troops had died since the "
             "invasion began. The mayor of Mariupol said at least 5,000 civilians were killed in the city, "
             "210 of them children.")
TOLL = Article(text=TOLL_TEXT, url="https://news.example/toll", outlet="Evening News",
               title="Toll rises", published=dt.date(2022, 3, 25))
TOLL_CLAIMS = [
    claim(18900, "killed", "at least 18,900 Russian troops had died since the invasion began.",
          qualifier="at_least", side="russia", population="military", claimant="Ukrainian officials", month=3),
    claim(5000, "killed", "The mayor of Mariupol said at least 5,000 civilians were killed in the city.",
          qualifier="at_least", side="ukraine", population="civilian", claimant="Boichenko",
          place="Mariupol", month=3),
    claim(210, "killed", "210 of them children.", side="ukraine", population="civilian",
          claimant="Boichenko", place="Mariupol", month=3),
]

ZELENSKY_TEXT = ("In an interview in April, President Zelensky put Ukraine's military dead at up to 100,000. "
                 "Separately, 397 bodies were brought back from the Donetsk region in June.")
ZELENSKY = Article(text=ZELENSKY_TEXT, url="https://paper.example/interview", outlet="Morning Paper",
                   title="Interview", published=dt.date(2025, 6, 20))
ZELENSKY_CLAIMS = [
    claim(100000, "killed", "President Zelensky put Ukraine's military dead at up to 100,000.",
          qualifier="at_most", side="ukraine", population="military", claimant="Zelensky", month=4),
    claim(397, "bodies_returned", "397 bodies were brought back from the Donetsk region in June.",
          side="ukraine", population="military", place="Donetsk", month=6),
]

REFUGEE_TEXT = "More than four million people have left Ukraine as refugees, the UN refugee agency said."
REFUGEES = Article(text=REFUGEE_TEXT, url="https://agency.example/refugees", outlet="Agency",
                   title="Refugees", published=dt.date(2022, 3, 30))
REFUGEE_CLAIMS = [
    claim(4_000_000, "displaced", REFUGEE_TEXT, qualifier="at_least", side="ukraine",
          population="civilian", claimant="UNHCR", month=3),
]

ALL = [(SWAP, SWAP_CLAIMS), (TOLL, TOLL_CLAIMS), (ZELENSKY, ZELENSKY_CLAIMS), (REFUGEES, REFUGEE_CLAIMS)]
CLOCK_NOW = dt.datetime(2025, 6, 25, 12, 0, tzinfo=dt.timezone.utc)


def fixed_clock() -> dt.datetime:
    """The tests' "now": 25 June 2025."""
    return CLOCK_NOW


async def open_loaded(path: object) -> "Store":  # noqa: F821 - imported lazily below
    """A store at `path` with every sample article ingested, on the fixed clock."""
    from store import Store

    store = await Store.open(str(path), clock=fixed_clock)
    for article, claims in ALL:
        await store.ingest(article, claims)
    return store
