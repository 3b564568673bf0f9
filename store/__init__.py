"""The claim index: articles, claims and corroborating groups in SQLite, and the query language."""
from store.query import Query
from store.query_parser import parse_query
from store.records import Group, IngestResult, Names, Page, Source, Stats
from store.store import Store

__all__ = ["Group", "IngestResult", "Names", "Page", "Query", "Source", "Stats", "Store", "parse_query"]
