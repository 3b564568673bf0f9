"""Many readers and one writer in separate processes: every `ask` is answered while `ingest` writes."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = 1000
ASKS = 50
QUERIES = ["/claims russia deaths", "/exchange june", "/claims civilians wounded kharkiv", "/latest",
           "/claims zelensky", "/claims refugees 2024", "/exchange since march", "/claims sumy"]
PLACES = ["Kharkiv", "Sumy", "Kherson", "Odesa", "Dnipro", "Zaporizhzhia", "Mykolaiv", "Poltava"]


def _article(i: int) -> str:
    place = PLACES[i % len(PLACES)]
    return (f"---\nurl: https://example.org/{i}\noutlet: Outlet {i % 7}\npublished: 2024-{1 + i % 12:02d}-"
            f"{1 + i % 27:02d}\ntitle: Report {i}\n---\n"
            f"Regional officials in {place} said {10 + i} civilians were wounded when missiles struck "
            f"the city overnight. Emergency crews said {2 + i % 9} people were killed in the attack. "
            f"In a separate statement, the governor said {100 + i} residents had been evacuated.\n")


def _ask(db: Path, query: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "bot.cli", "--db", str(db), "ask", query], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_fifty_asks_are_answered_while_another_process_ingests_a_thousand_articles(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(ARTICLES):
        (folder / f"{i:04d}.md").write_text(_article(i), encoding="utf-8")
    db = tmp_path / "shared.db"
    subprocess.run([sys.executable, "-m", "bot.cli", "--db", str(db), "ask", "/help"], cwd=ROOT, check=True,
                   capture_output=True)  # create the schema first, as a running bot would have
    ingest = subprocess.Popen([sys.executable, "-m", "bot.cli", "--db", str(db), "ingest", str(folder)],
                              cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONUNBUFFERED": "1"})
    time.sleep(0.5)  # let the writer get going
    asks = [_ask(db, QUERIES[i % len(QUERIES)]) for i in range(ASKS)]
    answers = [(p.args[-1], *p.communicate(timeout=120), p.returncode) for p in asks]
    out, err = ingest.communicate(timeout=180)

    assert ingest.returncode == 0, err
    assert out.splitlines()[0] == f"articles: {ARTICLES} new, 0 unchanged, 0 revised"
    assert [(q, code, e) for q, stdout, e, code in answers if code != 0 or not stdout.strip()] == []
    assert not any("locked" in e for _, _, e, _ in answers) and "locked" not in err
