"""Golden tests: extract() over annotated articles, scored the way ../shared/eval/score.py scores them.

(a) the seed articles in ../shared/corpus (skipped when ../shared is absent);
(b) the project's own corpus in tests/corpus (always present);
(c) a held-out corpus in tests/corpus_heldout, written apart from the extractor's tuning;
(d) blind corpora in tests/corpus_blind*, each written by people who had never seen the extractor (the
    third with raw scraped pages among them, as the judged articles come).
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

import pytest

from bot.reading import iter_articles
from extract.pipeline import extract

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
SEEDS_GOLD = SHARED / "corpus" / "gold" / "seeds.jsonl"
OWN = Path(__file__).resolve().parent / "corpus"
HELD_OUT = Path(__file__).resolve().parent / "corpus_heldout"
BLIND = sorted(Path(__file__).resolve().parent.glob("corpus_blind*"))
FIELDS = ("category", "side", "population", "qualifier", "claimant", "place", "month")


def _norm(value: object) -> str:
    return " ".join(str(value or "").lower().replace("\u2019", "'").split())


def _numbers(claim: dict) -> set[float]:
    return {float(claim[k]) for k in ("value", "low", "high") if isinstance(claim.get(k), (int, float))}


def _field_ok(field: str, gold: dict, pred: dict) -> bool:
    """The per-field check of score.py."""
    g, p = gold.get(field), pred.get(field)
    if field == "claimant":
        alternatives = [_norm(a) for a in (g or [])]
        if not alternatives:
            return True
        p = _norm(p)
        return bool(p) and any(a in p or (len(p) > 3 and p in a) for a in alternatives)
    if field == "place":
        if g is None:
            return True
        p, g = _norm(p), _norm(g)
        return bool(p) and (g in p or SequenceMatcher(None, g, p).ratio() >= 0.8)
    if field == "month":
        if g is None:
            return True
        try:
            return p is not None and int(p) == int(g)
        except (TypeError, ValueError):
            return False
    return _norm(g) == _norm(p)


@dataclass
class Score:
    precision: float
    recall: float
    f1: float
    fields: dict[str, tuple[int, int]]
    report: list[str]


def score(gold: list[dict], preds: list[dict]) -> Score:
    """Match predictions to gold claims per article by value/low/high overlap, as score.py does."""
    articles = {os.path.basename(g["article"]) for g in gold}
    preds = [p for p in preds if os.path.basename(p["article"]) in articles]
    matched: dict[str, dict] = {}
    duplicates = 0
    false_positives = []
    for p in preds:
        candidates = [g for g in gold
                      if os.path.basename(g["article"]) == os.path.basename(p["article"]) and _numbers(g) & _numbers(p)]
        if not candidates:
            false_positives.append(p)
            continue
        candidates.sort(key=lambda g: (g["id"] in matched, _norm(g["category"]) != _norm(p.get("category"))))
        best = candidates[0]
        if best["id"] in matched:
            duplicates += 1
        else:
            matched[best["id"]] = p
    required = [g for g in gold if g.get("required", True)]
    found = [g for g in required if g["id"] in matched]
    n_pred = len(preds) - duplicates
    precision = (n_pred - len(false_positives)) / n_pred if n_pred else 0.0
    recall = len(found) / len(required) if required else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    fields = {f: (sum(_field_ok(f, g, matched[g["id"]]) for g in found), len(found)) for f in FIELDS}
    report = [f"MISS {g['id']} {g['value']} {g['category']}" for g in required if g["id"] not in matched]
    report += [f"FALSE {p['article']} {p['value']} {p['category']}: {p['excerpt'][:80]}" for p in false_positives]
    for g in found:
        bad = [f"{f}={matched[g['id']].get(f)!r} (gold {g.get(f)!r})" for f in FIELDS
               if not _field_ok(f, g, matched[g["id"]])]
        if bad:
            report.append(f"WRONG {g['id']}: " + "; ".join(bad))
    return Score(precision, recall, f1, fields, report)


def predict(directory: Path) -> list[dict]:
    """What `claimdesk extract --format jsonl` would print for the directory, as dicts."""
    out = []
    for loaded in iter_articles([str(directory)]):
        assert loaded.article is not None, f"{loaded.path}: {loaded.error}"
        for claim in extract(loaded.article):
            out.append({"article": os.path.basename(loaded.path), **claim.model_dump()})
    return out


def load_gold(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


# --- the scorer itself, on a tiny hand-made case -------------------------------------------------------

def test_scorer_matches_on_value_low_or_high_and_ignores_optional_claims() -> None:
    gold = [
        {"id": "g1", "article": "a.md", "value": 100, "low": 100, "high": None, "category": "killed",
         "required": True, "claimant": ["UN"], "place": None, "month": "05"},
        {"id": "g2", "article": "a.md", "value": 1200, "low": 1200, "high": None, "category": "killed",
         "required": False},
    ]
    preds = [
        {"article": "dir/a.md", "value": 100, "low": 100, "high": None, "category": "killed",
         "claimant": "the UN", "month": 5},
        {"article": "a.md", "value": 1200, "category": "killed"},     # optional: neither rewarded nor punished
        {"article": "a.md", "value": 100, "category": "killed"},      # duplicate of g1
    ]
    result = score(gold, [{**p, "article": os.path.basename(p["article"])} for p in preds])
    assert (result.precision, result.recall, result.f1) == (1.0, 1.0, 1.0)
    assert result.fields["claimant"] == (1, 1) and result.fields["month"] == (1, 1)


# --- (a) the seed articles in ../shared -----------------------------------------------------------------

@pytest.fixture(scope="module")
def seeds_score() -> Score:
    if not (SEEDS.is_dir() and SEEDS_GOLD.is_file()):
        pytest.skip(f"{SHARED} is not present")
    return score(load_gold(SEEDS_GOLD), predict(SEEDS))


def test_seeds_f1(seeds_score: Score) -> None:
    assert seeds_score.f1 >= 0.95, "\n".join(seeds_score.report)


@pytest.mark.parametrize("field", FIELDS)
def test_seeds_every_field(seeds_score: Score, field: str) -> None:
    ok, total = seeds_score.fields[field]
    assert total >= 18 and ok >= 18, f"{field}: {ok}/{total}\n" + "\n".join(seeds_score.report)


# --- (b) the project's own corpus -----------------------------------------------------------------------

@pytest.fixture(scope="module")
def own_score() -> Score:
    return score(load_gold(OWN / "gold.jsonl"), predict(OWN / "articles"))


def test_own_corpus_has_gold_for_every_article() -> None:
    names = {p.name for p in (OWN / "articles").iterdir() if p.is_file()}
    annotated = {os.path.basename(g["article"]) for g in load_gold(OWN / "gold.jsonl")}
    assert annotated <= names
    assert len(annotated) >= 20


def test_own_corpus_f1(own_score: Score) -> None:
    assert own_score.f1 >= 0.95, "\n".join(own_score.report)


# --- (c) the held-out corpus ----------------------------------------------------------------------------

def test_held_out_corpus_f1() -> None:
    held_out = score(load_gold(HELD_OUT / "gold.jsonl"), predict(HELD_OUT / "articles"))
    assert held_out.f1 >= 0.95, "\n".join(held_out.report)


# --- (d) the blind corpora ------------------------------------------------------------------------------

@pytest.mark.parametrize("corpus", BLIND, ids=lambda path: path.name)
def test_blind_corpus_f1(corpus: Path) -> None:
    blind = score(load_gold(corpus / "gold.jsonl"), predict(corpus / "articles"))
    assert blind.f1 >= 0.95, "\n".join(blind.report)
