"""Reading article files: front matter, HTML, JSON, outlet guessing and every kind of bad input."""
from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from bot.outlets import guess_outlet
from bot.reading import MAX_BYTES, SAMPLES_DIR, Loaded, count_articles, iter_articles

SWAP_TEXT = (
    "Ukraine and Russia exchanged prisoners on Saturday, 115 for 115, the coordination "
    "headquarters said.\n\nThe men were flown to a hospital for checks.\n"
)


def load_one(path: Path) -> Loaded:
    """The single result of reading one file."""
    results = list(iter_articles([str(path)]))
    assert len(results) == 1, results
    return results[0]


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


# --- .txt and .md -------------------------------------------------------------------------

def test_front_matter_fills_the_article_metadata(tmp_path):
    path = write(tmp_path / "swap.md", (
        "---\n"
        "url: https://example.org/2024/08/24/swap\n"
        "outlet: Example Wire\n"
        "published: 2024-08-24\n"
        'title: "Ukraine and Russia swap 115 for 115"\n'
        "---\n" + SWAP_TEXT))

    article = load_one(path).article

    assert article.url == "https://example.org/2024/08/24/swap"
    assert article.outlet == "Example Wire"
    assert article.published == dt.date(2024, 8, 24)
    assert article.title == "Ukraine and Russia swap 115 for 115"


def test_front_matter_is_not_part_of_the_text(tmp_path):
    path = write(tmp_path / "swap.md", "---\noutlet: Example Wire\n---\n" + SWAP_TEXT)

    assert load_one(path).article.text == SWAP_TEXT.strip("\n")


def test_published_date_in_a_looser_form_is_understood(tmp_path):
    path = write(tmp_path / "swap.md", "---\npublished: 24 August 2024\n---\n" + SWAP_TEXT)

    assert load_one(path).article.published == dt.date(2024, 8, 24)


def test_unreadable_published_date_is_left_empty_not_an_error(tmp_path):
    path = write(tmp_path / "swap.md", "---\npublished: soon\n---\n" + SWAP_TEXT)

    loaded = load_one(path)

    assert loaded.error is None
    assert loaded.article.published is None


def test_plain_text_without_front_matter_is_all_text(tmp_path):
    path = write(tmp_path / "swap.txt", SWAP_TEXT)

    article = load_one(path).article

    assert article.text == SWAP_TEXT.strip("\n")
    assert (article.url, article.title, article.published) == ("", "", None)


def test_dashes_without_a_closing_line_are_text_not_front_matter(tmp_path):
    path = write(tmp_path / "swap.txt", "---\n" + SWAP_TEXT)

    assert "115 for 115" in load_one(path).article.text


def test_windows_line_endings_are_normalised(tmp_path):
    path = tmp_path / "swap.md"
    path.write_bytes(("---\r\noutlet: Example Wire\r\n---\r\n" + SWAP_TEXT.replace("\n", "\r\n")).encode())

    article = load_one(path).article

    assert article.outlet == "Example Wire"
    assert "\r" not in article.text


# --- .html --------------------------------------------------------------------------------

PAGE = """<!doctype html>
<html><head>
<title>Kyiv says 757 fallen soldiers returned | Example Ledger</title>
<meta property="og:site_name" content="The Example Ledger">
<meta property="article:published_time" content="2025-02-14T09:30:00+00:00">
<link rel="canonical" href="https://example.org/en/2025/02/14/fallen-soldiers-returned">
</head><body>
<nav><a href="/">Home</a> <a href="/war">War</a> <a href="/subscribe">Subscribe</a></nav>
<article>
<h1>Kyiv says 757 fallen soldiers returned</h1>
<p>Kyiv on Friday said Russia had handed back the bodies of 757 people it believes are Ukrainian
soldiers, in a repatriation carried out with the help of the Red Cross.</p>
<p>The coordination headquarters said most of the remains came from Donetsk region, and that
forensic experts would now begin identifying the dead, work that can take months.</p>
<p>Russia received the bodies of 43 of its own soldiers in return, state media reported.</p>
</article>
<footer>Contact us</footer>
</body></html>
"""


def test_html_gives_main_text_and_metadata(tmp_path):
    path = write(tmp_path / "page.html", PAGE)

    article = load_one(path).article

    assert "bodies of 757 people" in article.text
    assert "Subscribe" not in article.text
    assert article.title.startswith("Kyiv says 757 fallen soldiers returned")
    assert article.published == dt.date(2025, 2, 14)
    assert article.outlet == "The Example Ledger"
    assert article.url == "https://example.org/en/2025/02/14/fallen-soldiers-returned"


def test_html_without_a_site_name_takes_the_outlet_from_its_url(tmp_path):
    page = PAGE.replace('<meta property="og:site_name" content="The Example Ledger">', "").replace(
        "https://example.org/en/", "https://www.themoscowtimes.com/")
    path = write(tmp_path / "page.htm", page)

    assert load_one(path).article.outlet == "The Moscow Times"


def test_html_with_no_article_text_is_an_error(tmp_path):
    path = write(tmp_path / "page.html", "<html><head><title>x</title></head><body></body></html>")

    assert load_one(path).error == "no article text found in the HTML"


# --- .json --------------------------------------------------------------------------------

def test_json_object_is_one_article(tmp_path):
    path = write(tmp_path / "swap.json", json.dumps({
        "url": "https://example.org/swap", "outlet": "Example Wire", "published": "2024-08-24",
        "title": "Swap", "text": SWAP_TEXT}))

    article = load_one(path).article

    assert (article.url, article.outlet, article.title) == ("https://example.org/swap", "Example Wire", "Swap")
    assert article.published == dt.date(2024, 8, 24)
    assert "115 for 115" in article.text


def test_json_published_timestamp_gives_its_date(tmp_path):
    path = write(tmp_path / "swap.json", json.dumps({"text": SWAP_TEXT, "published": "2024-08-24T18:05:00Z"}))

    assert load_one(path).article.published == dt.date(2024, 8, 24)


def test_json_list_gives_one_article_per_object_under_the_same_path(tmp_path):
    path = write(tmp_path / "batch.json", json.dumps([
        {"text": SWAP_TEXT, "outlet": "Example Wire"},
        {"text": "At least 50 people were killed at the station, the governor said.", "outlet": "Example Daily"},
    ]))

    results = list(iter_articles([str(path)]))

    assert [r.article.outlet for r in results] == ["Example Wire", "Example Daily"]
    assert {r.path for r in results} == {str(path)}


def test_articles_are_counted_one_per_item_of_a_json_list(tmp_path):
    write(tmp_path / "batch.json", json.dumps([{"text": SWAP_TEXT}, {"title": "no text here"}, {"text": SWAP_TEXT}]))
    write(tmp_path / "swap.md", SWAP_TEXT)
    write(tmp_path / "broken.json", '{"text": ')

    assert count_articles([str(tmp_path)]) == len(list(iter_articles([str(tmp_path)]))) == 5


def test_json_list_reports_a_bad_item_and_keeps_the_good_ones(tmp_path):
    path = write(tmp_path / "batch.json", json.dumps([{"title": "no text here"}, {"text": SWAP_TEXT}]))

    results = list(iter_articles([str(path)]))

    assert results[0].error == 'item 0: JSON object has no "text" field'
    assert results[1].article is not None


def test_json_without_text_is_an_error(tmp_path):
    path = write(tmp_path / "swap.json", json.dumps({"url": "https://example.org/swap"}))

    assert load_one(path).error == 'JSON object has no "text" field'


def test_unreadable_json_is_an_error_naming_the_place(tmp_path):
    path = write(tmp_path / "swap.json", '{"text": "115 for 115",\n "url": }')

    error = load_one(path).error

    assert error.startswith("invalid JSON (line 2")


def test_json_that_is_neither_object_nor_list_is_an_error(tmp_path):
    path = write(tmp_path / "swap.json", '"115 for 115"')

    assert load_one(path).error == "JSON must be an object or a list of objects"


# --- outlet guessing ----------------------------------------------------------------------

@pytest.mark.parametrize("text, outlet", [
    (SWAP_TEXT + "\nA Message from The Moscow Times:\nDear readers, we need your help.\n", "The Moscow Times"),
    (SWAP_TEXT + "\nSource: TASS\n", "TASS"),
    ("KYIV (Reuters) - " + SWAP_TEXT, "Reuters"),
    ("KYIV, Ukraine (AP) — " + SWAP_TEXT, "AP"),
    (SWAP_TEXT + "\n— AFP\n", "AFP"),
    (SWAP_TEXT + "\nCopyright 2024 The Associated Press. All rights reserved.\n", "AP"),
    (SWAP_TEXT + "\n© 2025 Example Daily\n", "Example Daily"),
    (SWAP_TEXT + "\nThis story first appeared on Meduza.\n", "Meduza"),
])
def test_outlet_is_guessed_from_the_texts_own_sign_off(tmp_path, text, outlet):
    path = write(tmp_path / "story.txt", text)

    assert load_one(path).article.outlet == outlet


def test_a_source_link_line_is_not_an_outlet():
    assert guess_outlet(SWAP_TEXT + "\nSource link\n") == ""


def test_a_place_in_brackets_is_not_a_dateline():
    assert guess_outlet("Kramatorsk (Donetsk region) — At least 50 people were killed on Friday.") == ""


def test_a_bulleted_line_is_not_a_sign_off():
    assert guess_outlet(SWAP_TEXT + "\nRead also:\n- Kyiv\n") == ""


def test_outlet_comes_from_a_known_url_host(tmp_path):
    path = write(tmp_path / "swap.md", "---\nurl: https://www.kyivindependent.com/news/swap\n---\n" + SWAP_TEXT)

    assert load_one(path).article.outlet == "The Kyiv Independent"


def test_outlet_falls_back_to_the_bare_host_of_an_unknown_url(tmp_path):
    path = write(tmp_path / "swap.md", "---\nurl: https://www.frontline-notes.net/swap\n---\n" + SWAP_TEXT)

    assert load_one(path).article.outlet == "frontline-notes.net"


def test_outlet_is_empty_when_nothing_names_it(tmp_path):
    assert load_one(write(tmp_path / "swap.txt", SWAP_TEXT)).article.outlet == ""


def test_outlet_given_in_front_matter_wins_over_a_sign_off(tmp_path):
    path = write(tmp_path / "swap.md", "---\noutlet: Example Wire\n---\n" + SWAP_TEXT + "\nSource: TASS\n")

    assert load_one(path).article.outlet == "Example Wire"


# --- files and directories ----------------------------------------------------------------

def test_directories_are_walked_recursively_in_sorted_order(tmp_path):
    for name in ("b.md", "a.txt", "sub/c.json", "sub/deeper/d.html", "notes.pdf", ".hidden.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
    write(tmp_path / "b.md", SWAP_TEXT)
    write(tmp_path / "a.txt", SWAP_TEXT)
    write(tmp_path / "sub" / "c.json", json.dumps({"text": SWAP_TEXT}))
    write(tmp_path / "sub" / "deeper" / "d.html", PAGE)
    write(tmp_path / "notes.pdf", SWAP_TEXT)
    write(tmp_path / ".hidden.md", SWAP_TEXT)

    paths = [loaded.path for loaded in iter_articles([str(tmp_path)])]

    assert paths == [os.path.join(str(tmp_path), name)
                     for name in ("a.txt", "b.md", "sub/c.json", "sub/deeper/d.html")]


def test_a_file_named_twice_is_read_once(tmp_path):
    path = write(tmp_path / "swap.txt", SWAP_TEXT)

    assert len(list(iter_articles([str(tmp_path), str(path)]))) == 1


def test_a_directory_without_article_files_is_an_error(tmp_path):
    write(tmp_path / "notes.pdf", SWAP_TEXT)

    loaded = load_one(tmp_path)

    assert loaded.path == str(tmp_path)
    assert loaded.error.startswith("no .txt, .md")


def test_a_bad_file_does_not_stop_the_others(tmp_path):
    write(tmp_path / "a.txt", SWAP_TEXT)
    write(tmp_path / "b.txt", "")
    write(tmp_path / "c.txt", SWAP_TEXT)

    results = list(iter_articles([str(tmp_path)]))

    assert [r.error for r in results] == [None, "empty file", None]


# --- bad input ----------------------------------------------------------------------------

def test_missing_path_is_an_error(tmp_path):
    assert load_one(tmp_path / "nope.txt").error == "no such file or directory"


def test_empty_file_is_an_error(tmp_path):
    assert load_one(write(tmp_path / "empty.txt", "")).error == "empty file"


def test_file_of_blank_lines_is_an_error(tmp_path):
    assert load_one(write(tmp_path / "blank.md", "\n  \n\n")).error == "empty file"


def test_front_matter_without_text_is_an_error(tmp_path):
    path = write(tmp_path / "stub.md", "---\noutlet: Example Wire\n---\n\n")

    assert load_one(path).error == "no article text"


def test_binary_file_is_an_error(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")

    assert load_one(path).error == "binary file (contains NUL bytes)"


def test_non_utf8_file_is_an_error(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Les 115 prisonniers libérés samedi".encode("latin-1"))

    assert load_one(path).error == "not UTF-8 text (byte 0xe9 at offset 23)"


def test_file_over_50_mb_is_an_error_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as f:
        f.truncate(MAX_BYTES + 1)  # sparse: NUL bytes, so reading it would say "binary" instead

    assert load_one(path).error == "file too large (50 MB; the limit is 50 MB)"


def test_a_utf8_byte_order_mark_is_dropped(tmp_path):
    path = tmp_path / "bom.md"
    path.write_bytes(b"\xef\xbb\xbf---\noutlet: Example Wire\n---\n" + SWAP_TEXT.encode())

    assert load_one(path).article.outlet == "Example Wire"


# --- the built-in samples -----------------------------------------------------------------

def test_samples_ship_as_short_articles_with_complete_front_matter():
    loaded = list(iter_articles([str(SAMPLES_DIR)]))

    assert 6 <= len(loaded) <= 8
    for item in loaded:
        article = item.article
        assert item.error is None, item
        assert article.url.startswith("https://example.org/"), item.path
        assert article.outlet and article.title and article.published, item.path
        assert 150 <= len(article.text.split()) <= 350, item.path
