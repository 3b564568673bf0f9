"""Read article files and directories from disk into Articles, turning every bad input into a reason.

This is the only place the extract command touches the file system; `extract/` stays pure.
"""
from __future__ import annotations

import os
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from extract.models import Article

from bot import article_formats
from bot.article_formats import BadArticle

SAMPLES_DIR: Path = Path(__file__).with_name("samples")
"""The built-in sample articles, shipped inside the package."""

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm", ".json")
MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class Loaded:
    """One article read from `path`, or the reason it could not be read."""

    path: str
    article: Article | None = None
    error: str | None = None


def _is_article_file(name: str) -> bool:
    """Whether a file met while walking a directory is one claimdesk reads."""
    return not name.startswith(".") and name.lower().endswith(ARTICLE_SUFFIXES)


def _walk(directory: str) -> list[str]:
    """The article files under `directory`, recursively, sorted, spelt from the path as given."""
    found: list[str] = []
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(os.path.join(root, name) for name in files if _is_article_file(name))
    return sorted(found, key=lambda p: os.path.relpath(p, directory))


def expand_paths(paths: Sequence[str]) -> Iterator[tuple[str, str | None]]:
    """Each file named or found under a named directory, once, with an error for paths that fail."""
    seen: set[str] = set()
    for given in paths:
        if os.path.isdir(given):
            files = _walk(given)
            if not files:
                yield given, "no .txt, .md, .html, .htm or .json files in this directory"
            candidates = files
        else:
            candidates = [given]
        for path in candidates:
            key = os.path.realpath(path)
            if key not in seen:
                seen.add(key)
                yield path, None


def read_text(path: str) -> str:
    """The file's content as text; raises BadArticle when it is missing, too big, binary or not UTF-8."""
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise BadArticle("not a regular file")
        if info.st_size > MAX_BYTES:
            raise BadArticle(f"file too large ({info.st_size / 2**20:.0f} MB; the limit is "
                             f"{MAX_BYTES // 2**20} MB)")
        if info.st_size == 0:
            raise BadArticle("empty file")
        with open(path, "rb") as f:
            data = f.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise BadArticle("no such file or directory") from None
    except PermissionError:
        raise BadArticle("permission denied") from None
    except OSError as exc:
        raise BadArticle(exc.strerror or str(exc)) from None
    if len(data) > MAX_BYTES:
        raise BadArticle(f"file too large (the limit is {MAX_BYTES // 2**20} MB)")
    if b"\x00" in data:
        raise BadArticle("binary file (contains NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadArticle(f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})") from None
    if not text.strip():
        raise BadArticle("empty file")
    return text


def load_file(path: str) -> list[Article | BadArticle]:
    """The articles in one file, by its suffix; unknown suffixes are read as plain text."""
    text = read_text(path)
    suffix = os.path.splitext(path)[1].lower()
    if suffix in (".html", ".htm"):
        return [article_formats.from_html(text)]
    if suffix == ".json":
        return article_formats.from_json(text)
    return [article_formats.from_text(text)]


def count_articles(paths: Sequence[str]) -> int:
    """How many items `iter_articles` will yield for these paths (a JSON list holds several articles),
    for a progress bar; reads only the .json files, and counts a file it cannot read as one."""
    count = 0
    for path, error in expand_paths(paths):
        if error is None and os.path.splitext(path)[1].lower() == ".json":
            try:
                count += len(load_file(path))
                continue
            except Exception:  # the real pass reports it, as one item
                pass
        count += 1
    return count


def iter_articles(paths: Sequence[str]) -> Iterator[Loaded]:
    """Every article in the given files and directories, in order; bad input yields an error, never raises."""
    for path, error in expand_paths(paths):
        if error:
            yield Loaded(path, error=error)
            continue
        try:
            results = load_file(path)
        except BadArticle as exc:
            yield Loaded(path, error=str(exc))
            continue
        except Exception as exc:  # a parser failing on odd input must not stop the other files
            yield Loaded(path, error=f"could not read ({type(exc).__name__}: {exc})")
            continue
        for result in results:
            if isinstance(result, BadArticle):
                yield Loaded(path, error=str(result))
            else:
                yield Loaded(path, article=result)
