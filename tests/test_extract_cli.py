"""`claimdesk extract`: the JSONL record, the table, and how bad files are reported.

The extractor is replaced by a fixed fake here, so these tests pin the plumbing, not extraction.
"""
from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot import extract_cli, extracting
from bot.claim_record import JSONL_KEYS
from bot.claim_table import figure
from bot.cli import main
from bot.reading import SAMPLES_DIR
from extract.models import Article, Claim

ROOT = Path(__file__).resolve().parents[1]
EXPECTED_KEYS = ["article", "value", "low", "high", "qualifier", "category", "side", "population",
                 "claimant", "place", "month", "date", "excerpt", "outlet", "url", "published"]

SWAP = """---
url: https://example.org/2024/08/24/swap
outlet: Example Wire
published: 2024-08-24
title: Ukraine and Russia swap 115 for 115
---
Ukraine and Russia exchanged prisoners of war on Saturday, 115 for 115, President Volodymyr Zelensky announced.
"""
TOLL = """Kramatorsk, Ukraine. At least 50 people were killed when a missile hit the railway station on Friday, the regional governor said.
Source: Example Daily
"""
LONG_SENTENCE = ("Russia's defence ministry said the 115 Russian servicemen it received had been taken prisoner "
                 "in the Kursk region, where Ukrainian troops crossed the border earlier in the month.")


def fake_extract(article: Article) -> list[Claim]:
    """One claim per article: 115 exchanged, with the article's first line as the excerpt."""
    first_line = article.text.splitlines()[0]
    return [Claim(value=115, low=115, high=115, qualifier="exact", category="prisoners_exchanged",
                  side="ukraine", population="military", claimant="Zelensky", place=None, month=8,
                  date="2024-08-24", excerpt=first_line)]


@pytest.fixture
def fake_extractor(monkeypatch):
    monkeypatch.setattr(extracting, "extract", fake_extract)


@pytest.fixture
def articles(tmp_path) -> dict[str, str]:
    """Two good article files, by name → path as it will be given on the command line."""
    (tmp_path / "swap.md").write_text(SWAP, encoding="utf-8")
    (tmp_path / "toll.txt").write_text(TOLL, encoding="utf-8")
    return {"swap": str(tmp_path / "swap.md"), "toll": str(tmp_path / "toll.txt")}


def jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


# --- jsonl --------------------------------------------------------------------------------

def test_jsonl_record_has_exactly_the_documented_keys_in_order(fake_extractor, articles, capsys):
    assert main(["extract", "--format", "jsonl", articles["swap"]]) == 0

    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1
    assert list(json.loads(lines[0])) == EXPECTED_KEYS
    assert list(JSONL_KEYS) == EXPECTED_KEYS


def test_jsonl_record_carries_the_claim_and_its_article(fake_extractor, articles, capsys):
    main(["extract", "--format", "jsonl", articles["swap"]])

    record = jsonl(capsys.readouterr().out)[0]
    assert record == {
        "article": articles["swap"], "value": 115, "low": 115, "high": 115, "qualifier": "exact",
        "category": "prisoners_exchanged", "side": "ukraine", "population": "military",
        "claimant": "Zelensky", "place": None, "month": 8, "date": "2024-08-24",
        "excerpt": "Ukraine and Russia exchanged prisoners of war on Saturday, 115 for 115, "
                   "President Volodymyr Zelensky announced.",
        "outlet": "Example Wire", "url": "https://example.org/2024/08/24/swap", "published": "2024-08-24"}


def test_jsonl_unknown_metadata_is_empty_or_null(fake_extractor, tmp_path, capsys):
    path = tmp_path / "bare.txt"
    path.write_text("Ukraine said 115 soldiers came home on Saturday.\n", encoding="utf-8")

    main(["extract", "--format", "jsonl", str(path)])

    record = jsonl(capsys.readouterr().out)[0]
    assert (record["outlet"], record["url"], record["published"]) == ("", "", None)


def test_jsonl_article_is_the_path_as_found_under_a_directory(fake_extractor, articles, tmp_path, capsys):
    main(["extract", "--format", "jsonl", str(tmp_path)])

    assert [r["article"] for r in jsonl(capsys.readouterr().out)] == [articles["swap"], articles["toll"]]


def test_jsonl_is_the_default_when_output_is_not_a_terminal(fake_extractor, articles, capsys):
    main(["extract", articles["swap"]])

    assert list(jsonl(capsys.readouterr().out)[0]) == EXPECTED_KEYS


def test_jsonl_keeps_non_ascii_text_readable(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(extracting, "extract", fake_extract)
    path = tmp_path / "zaporizhzhia.txt"
    path.write_text("Запоріжжя: 115 військових повернулися додому.\n", encoding="utf-8")

    main(["extract", "--format", "jsonl", str(path)])

    assert "Запоріжжя" in capsys.readouterr().out


# --- table --------------------------------------------------------------------------------

def test_table_is_the_default_on_a_terminal():
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert extract_cli.choose_format(None, Terminal()) == "table"
    assert extract_cli.choose_format(None, io.StringIO()) == "jsonl"
    assert extract_cli.choose_format("jsonl", Terminal()) == "jsonl"


def test_table_shows_each_article_with_its_claims_in_aligned_columns(fake_extractor, articles, capsys):
    assert main(["extract", "--format", "table", articles["swap"], articles["toll"]]) == 0

    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"{articles['swap']} — Example Wire, 2024-08-24 (1 claim)"
    header, row = out[1], out[2]
    for column in ("FIGURE", "CATEGORY", "SIDE", "WHO", "CLAIMANT", "PLACE", "WHEN", "EXCERPT"):
        assert column in header
    assert row.split()[:6] == ["115", "prisoners", "exchanged", "ukraine", "military", "Zelensky"]
    assert header.index("EXCERPT") == row.index("Ukraine and Russia")
    assert out[-1] == "2 claims in 2 articles"


def test_table_cuts_long_excerpts_to_the_terminal_width(fake_extractor, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("COLUMNS", "120")
    path = tmp_path / "kursk.txt"
    path.write_text(LONG_SENTENCE + "\n", encoding="utf-8")

    main(["extract", "--format", "table", str(path)])

    row = capsys.readouterr().out.splitlines()[2]
    assert len(row) <= 120
    assert row.endswith("…")


def test_table_lists_an_article_without_claims(monkeypatch, articles, capsys):
    monkeypatch.setattr(extracting, "extract", lambda article: [])

    main(["extract", "--format", "table", articles["toll"]])

    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"{articles['toll']} — Example Daily (0 claims)"
    assert out[-1] == "0 claims in 1 article"


@pytest.mark.parametrize("qualifier, low, high, shown", [
    ("exact", 1212, 1212, "1,212"),
    ("approx", 7000, 7000, "~7,000"),
    ("at_least", 1500, None, "≥1,500"),
    ("at_most", None, 950, "≤950"),
    ("range", 150, 300, "150–300"),
])
def test_table_writes_the_figure_with_its_qualifier(qualifier, low, high, shown):
    claim = Claim(value=low or high, low=low, high=high, qualifier=qualifier, category="killed",
                  excerpt="...")
    assert figure(claim) == shown


# --- bad input ----------------------------------------------------------------------------

def test_bad_file_among_good_ones_is_reported_and_the_others_still_printed(
        fake_extractor, articles, tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")

    status = main(["extract", "--format", "jsonl", articles["swap"], str(empty), articles["toll"]])

    captured = capsys.readouterr()
    assert status == 1
    assert captured.err == f"claimdesk: {empty}: empty file\n"
    assert [r["article"] for r in jsonl(captured.out)] == [articles["swap"], articles["toll"]]


def test_missing_path_is_reported_and_fails_the_run(fake_extractor, articles, capsys):
    status = main(["extract", "--format", "jsonl", "no/such/article.md", articles["toll"]])

    captured = capsys.readouterr()
    assert status == 1
    assert captured.err == "claimdesk: no/such/article.md: no such file or directory\n"
    assert len(jsonl(captured.out)) == 1


def test_each_bad_file_gets_exactly_one_line(fake_extractor, tmp_path, capsys):
    (tmp_path / "binary.txt").write_bytes(b"GIF89a\x00\x01")
    (tmp_path / "latin1.md").write_bytes("Kyiv a libéré 115 soldats".encode("latin-1"))
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")

    assert main(["extract", "--format", "table", str(tmp_path)]) == 1

    err = capsys.readouterr().err.splitlines()
    assert len(err) == 3
    assert all(line.startswith(f"claimdesk: {tmp_path}") for line in err)


def test_an_article_that_breaks_the_extractor_is_reported_not_raised(monkeypatch, articles, capsys):
    def broken(article: Article) -> list[Claim]:
        if "115 for 115" in article.text:
            raise ValueError("unexpected token")
        return fake_extract(article)

    monkeypatch.setattr(extracting, "extract", broken)

    status = main(["extract", "--format", "jsonl", articles["swap"], articles["toll"]])

    captured = capsys.readouterr()
    assert status == 1
    assert captured.err == f"claimdesk: {articles['swap']}: extractor failed (ValueError: unexpected token)\n"
    assert len(jsonl(captured.out)) == 1


def test_all_good_files_exit_zero(fake_extractor, articles, capsys):
    assert main(["extract", "--format", "jsonl", articles["swap"], articles["toll"]]) == 0
    assert capsys.readouterr().err == ""


# --- the installed command ----------------------------------------------------------------

def test_command_line_reads_the_samples_and_reports_a_missing_path():
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "extract", "--format", "jsonl", str(SAMPLES_DIR), "missing.md"],
        cwd=ROOT, capture_output=True, text=True, timeout=120)

    assert result.returncode == 1
    assert result.stderr == "claimdesk: missing.md: no such file or directory\n"
    for record in jsonl(result.stdout):
        assert list(record) == EXPECTED_KEYS
        assert record["article"].startswith(str(SAMPLES_DIR))
