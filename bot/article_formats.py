"""Turn the decoded text of an article file (.txt/.md with front matter, .html, .json) into Articles.

Each parser raises `BadArticle` with a reason a person can act on; the outlet is guessed when
the file does not name it.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from extract.models import Article

from bot.outlets import guess_outlet

# Other names people give the article fields in front matter and JSON.
FIELD_ALIASES = {
    "date": "published", "published_at": "published", "publish_date": "published",
    "source": "outlet", "site": "outlet", "publisher": "outlet",
    "link": "url", "headline": "title", "body": "text", "content": "text",
}
METADATA_FIELDS = ("url", "outlet", "title", "published")

_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])")
_FENCE = re.compile(r"^-{3,}\s*$")
_HOST_LIKE = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)+$")


class BadArticle(ValueError):
    """The file's content is not an article claimdesk can read; the message says why."""


def parse_published(value: Any) -> dt.date | None:
    """A publication date from "2025-06-07", an ISO timestamp or a looser form ("7 June 2025")."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    if match := _ISO_DATE.match(value):
        try:
            return dt.date(*(int(part) for part in match.groups()))
        except ValueError:
            return None
    import dateparser  # slow to import; only loose dates need it

    parsed = dateparser.parse(value.strip(), settings={
        "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False,
        "REQUIRE_PARTS": ["year"]})
    return parsed.date() if parsed else None


def _canonical(fields: dict[str, Any]) -> dict[str, Any]:
    """Field names folded to lower case and to claimdesk's names (`date` → `published`)."""
    out: dict[str, Any] = {}
    for key, value in fields.items():
        name = str(key).strip().lower()
        name = FIELD_ALIASES.get(name, name)
        out.setdefault(name, value)
    return out


def _text_field(value: Any) -> str:
    """A metadata value as a stripped string; anything that is not a string counts as absent."""
    return value.strip() if isinstance(value, str) else ""


def build_article(text: str, fields: dict[str, Any]) -> Article:
    """An Article from body text and metadata, guessing the outlet when none is given."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    if not text.strip():
        raise BadArticle("no article text")
    fields = _canonical(fields)
    url = _text_field(fields.get("url"))
    outlet = _text_field(fields.get("outlet")) or guess_outlet(text, url)
    return Article(text=text, url=url, outlet=outlet, title=_text_field(fields.get("title")),
                   published=parse_published(fields.get("published")))


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """The `key: value` lines between two `---` lines at the top, and the text after them."""
    lines = text.lstrip("\ufeff").split("\n")
    start = 0
    while start < len(lines) and not lines[start].strip():
        start += 1
    if start >= len(lines) or not _FENCE.match(lines[start]):
        return {}, text
    for end in range(start + 1, len(lines)):
        if _FENCE.match(lines[end]) or lines[end].strip() == "...":
            break
    else:
        return {}, text  # no closing line: the dashes are part of the text
    fields: dict[str, str] = {}
    for line in lines[start + 1:end]:
        key, sep, value = line.partition(":")
        if sep and key.strip() and not key.lstrip().startswith("#"):
            fields[key.strip()] = value.strip().strip("\"'")
    return fields, "\n".join(lines[end + 1:])


def from_text(text: str) -> Article:
    """An article from a .txt or .md file, with optional front matter."""
    fields, body = split_front_matter(text.replace("\r\n", "\n").replace("\r", "\n"))
    return build_article(body, fields)


def from_html(html: str) -> Article:
    """An article from a web page: trafilatura finds the main text, title, date, site and URL."""
    import trafilatura  # heavy; only HTML needs it

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if doc is None or not (doc.text or "").strip():
        raise BadArticle("no article text found in the HTML")
    # trafilatura falls back to the bare host for a site name; the host table knows better names.
    sitename = (doc.sitename or "").strip()
    if _HOST_LIKE.match(sitename):
        sitename = ""
    fields = {"url": doc.url or "", "title": doc.title or "", "published": doc.date or "",
              "outlet": sitename}
    return build_article(doc.text, fields)


def _from_json_object(obj: Any) -> Article:
    """An article from one JSON object with `text` and optional metadata fields."""
    if not isinstance(obj, dict):
        raise BadArticle("expected a JSON object with a \"text\" field")
    fields = _canonical(obj)
    if "text" not in fields:
        raise BadArticle("JSON object has no \"text\" field")
    if not isinstance(fields["text"], str):
        raise BadArticle("JSON \"text\" field is not a string")
    return build_article(fields["text"], fields)


def from_json(text: str) -> list[Article | BadArticle]:
    """The articles in a .json file: one object, or a list of them (bad items come back as errors)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BadArticle(f"invalid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
    if isinstance(data, dict):
        return [_from_json_object(data)]
    if not isinstance(data, list):
        raise BadArticle("JSON must be an object or a list of objects")
    if not data:
        raise BadArticle("JSON list is empty")
    results: list[Article | BadArticle] = []
    for index, item in enumerate(data):
        try:
            results.append(_from_json_object(item))
        except BadArticle as exc:
            results.append(BadArticle(f"item {index}: {exc}"))
    return results
