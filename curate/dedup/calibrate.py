"""Threshold calibration for semantic dedup and diversity: a cosine scale belongs to its model.

Input: labelled pairs of texts, ``paraphrase`` (the same task in other words: a duplicate) and
``related`` (a different task on the same topic or template: must be kept), embedded by one
model. Output: both similarity distributions, a table of what each threshold would do, and a
suggested threshold.

**The suggestion rule** (fixed before any pair was scored): the lowest threshold on a 0.01 grid at
which at most ``max_related`` (5%) of the related-but-different pairs would be called duplicates.
``interval`` says how far it could move with another sample of the same size (bootstrap).
A cleaner that drops good data is worse than one that misses a paraphrase, so the rule bounds the
false grouping first and reports the paraphrase recall it leaves. With real records
(``background``), the table also gives the share of records that have a neighbour at or above each
threshold: how much of a real dataset the threshold would touch.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

POSITIVE = {"paraphrase", "duplicate", "same", "1", "true", "yes", "dup"}
NEGATIVE = {"related", "different", "distinct", "0", "false", "no", "keep"}
GRID = np.round(np.arange(0.50, 1.0, 0.01), 2)


def label_of(value: Any) -> int | None:
    """1 for a paraphrase label, 0 for a related-but-different one, None otherwise."""
    v = str(value).strip().lower()
    return 1 if v in POSITIVE else (0 if v in NEGATIVE else None)


def pair_cosines(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Row-wise cosine of two stacks of L2-normalized vectors."""
    return np.einsum("ij,ij->i", a, b).astype(np.float64) if len(a) else np.zeros(0)


def quantiles(x: np.ndarray) -> dict[str, float]:
    if not len(x):
        return {}
    q = np.quantile(x, [0.0, 0.1, 0.25, 0.5, 0.75, 0.9, 1.0])
    return {k: round(float(v), 4) for k, v in zip(("min", "p10", "p25", "median", "p75", "p90", "max"), q)}


def auc(pos: np.ndarray, neg: np.ndarray) -> float | None:
    """Probability that a paraphrase pair outscores a related pair (ties count half)."""
    if not len(pos) or not len(neg):
        return None
    diff = pos[:, None] - neg[None, :]
    return float(((diff > 0).sum() + 0.5 * (diff == 0).sum()) / diff.size)


def suggest(pos: np.ndarray, neg: np.ndarray, max_related: float = 0.05) -> float | None:
    """The lowest grid threshold at which at most ``max_related`` of the related pairs reach it."""
    if not len(neg):
        return None
    for t in GRID:
        if float((neg >= t).mean()) <= max_related:
            return float(t)
    return float(GRID[-1])


def interval(pos: np.ndarray, neg: np.ndarray, max_related: float = 0.05, rounds: int = 200,
             seed: int = 0) -> tuple[float, float] | None:
    """5th-95th percentile of the suggestion over bootstrap resamples of the pairs: how far the
    suggestion could move with another sample of the same size (40 related pairs: 2 pairs make 5%,
    so one pair more or less moves it)."""
    if not len(pos) or not len(neg):
        return None
    rng = np.random.default_rng(seed)
    got = [suggest(rng.choice(pos, len(pos)), rng.choice(neg, len(neg)), max_related)
           for _ in range(rounds)]
    lo, hi = np.quantile(np.asarray(got, dtype=np.float64), [0.05, 0.95])
    return round(float(lo), 2), round(float(hi), 2)


def background(vecs: np.ndarray, k: int = 10) -> np.ndarray:
    """Each record's highest cosine to another record (its nearest neighbour), exact for small
    sets (a blocked matrix product) — the real-data side of the calibration."""
    n = len(vecs)
    out = np.full(n, -1.0)
    if n < 2:
        return out
    for i in range(0, n, 2048):
        sims = vecs[i:i + 2048] @ vecs.T
        for r in range(sims.shape[0]):
            sims[r, i + r] = -1.0
        out[i:i + 2048] = sims.max(axis=1)
    return out


def table(pos: np.ndarray, neg: np.ndarray, nearest: np.ndarray | None = None,
          thresholds: Sequence[float] = tuple(GRID)) -> list[dict[str, Any]]:
    """Per threshold: paraphrase recall, related pairs called duplicates, and (with real records)
    the share of records with a neighbour at or above it."""
    rows = []
    for t in thresholds:
        row = {"threshold": round(float(t), 2),
               "paraphrase_recall": round(float((pos >= t).mean()), 4) if len(pos) else None,
               "related_grouped": round(float((neg >= t).mean()), 4) if len(neg) else None}
        if nearest is not None and len(nearest):
            row["records_with_twin"] = round(float((nearest >= t).mean()), 5)
        rows.append(row)
    return rows


def calibrate(pos: np.ndarray, neg: np.ndarray, nearest: np.ndarray | None = None,
              max_related: float = 0.05) -> dict[str, Any]:
    """The whole report for one model and one language."""
    t = suggest(pos, neg, max_related)
    out: dict[str, Any] = {"paraphrase_pairs": len(pos), "related_pairs": len(neg),
                           "paraphrase": quantiles(pos), "related": quantiles(neg), "auc": auc(pos, neg),
                           "max_related": max_related, "suggested": t,
                           "interval": interval(pos, neg, max_related), "table": table(pos, neg, nearest)}
    if t is not None:
        at = next(r for r in out["table"] if r["threshold"] == round(t, 2))
        out["at_suggested"] = at
    if nearest is not None:
        out["records"] = len(nearest)
    return out
