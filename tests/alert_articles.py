"""Short articles written for the alert tests, as the Markdown files `claimdesk ingest` reads, and
helpers to ingest them the way an editor would: with `claimdesk ingest` in another process.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import os
import sys
from pathlib import Path

TORETSK = """---
url: https://steppe-courier.example/2025/09/toretsk-losses
outlet: Steppe Courier
published: 2025-09-03
title: Losses mount around Toretsk
---
Ukraine's General Staff said on Wednesday that 1,070 Russian soldiers had been killed over the
previous day, most of them in assaults around Toretsk. The figure could not be verified independently.
"""

# The same figure from another outlet: corroboration, not news.
TORETSK_AGAIN = """---
url: https://black-sea-bulletin.example/news/general-staff-losses
outlet: Black Sea Bulletin
published: 2025-09-03
title: General Staff reports daily losses
---
According to Ukraine's General Staff, 1,070 Russian soldiers were killed in the past day as
fighting continued in the east.
"""

ODESA_DISPLACED = """---
url: https://harbour-post.example/2025/09/odesa-displaced
outlet: Harbour Post
published: 2025-09-04
title: Families leave the coast
---
Regional authorities in Odesa said about 2,300 people had been displaced from villages along the
coast since August, as shelling continued.
"""

POKROVSK = """---
url: https://front-line-daily.example/2025/09/pokrovsk-assaults
outlet: Front Line Daily
published: 2025-09-05
title: Assaults near Pokrovsk
---
Ukraine's General Staff said 1,240 Russian soldiers had been killed in a single day of assaults
near Pokrovsk, the highest daily figure it has given this month.
"""


def write(folder: Path, name: str, text: str) -> Path:
    """Save an article where `claimdesk ingest` can read it."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.md"
    path.write_text(text, encoding="utf-8")
    return path


async def ingest_elsewhere(db: Path, *paths: Path) -> str:
    """Run `claimdesk --db DB ingest PATH...` in its own process; returns what it printed."""
    env = {k: v for k, v in os.environ.items() if k != "CLAIMDESK_DB"}
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot.cli", "--db", str(db), "ingest", *map(str, paths),
        env=env, stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT)
    out, _ = await asyncio.wait_for(process.communicate(), timeout=60)
    assert process.returncode == 0, out.decode()
    return out.decode()


class Clock:
    """The one injectable clock, held still and moved by the test."""

    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)
