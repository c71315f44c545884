"""Bootstrap intervals for verify: means and paired differences over a prompts x seeds grid,
resampling *task families* (clusters of prompts) and, for pooled figures, seeds.

Why clusters: prompts of one family (all the sorting prompts, all the JSON prompts) share a
difficulty and a failure mode, so they are not independent draws; resampling single prompts would
treat 20 sorting prompts as 20 pieces of evidence and give intervals that are too narrow. The unit
resampled is the family (every prompt of a drawn family comes along), which is the usual cluster
bootstrap. Why seeds: adapter init, data order and the control's random draw all change with the
seed; a pooled interval that kept the seeds fixed would leave that variance out. With few seeds the
seed resampling is coarse (3 seeds give 10 distinct multisets), which is why the decision rule in
``train.verify`` also asks every seed to point the same way.

A grid holds NaN where a metric does not apply to a prompt (not generated, not checkable); those
cells are left out, and each estimate is the ratio of the summed values to the number of cells
(so a family weighs by its prompts, in the estimate and in every resample alike).
"""
from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np

Interval = tuple[float, float, float]  # (estimate, low, high)


def _grid(values: Any) -> np.ndarray:
    m = np.asarray(values, dtype=float)
    return m[:, None] if m.ndim == 1 else m


def cluster_table(values: Any, clusters: Sequence[str] | None) -> tuple[np.ndarray, np.ndarray]:
    """Per cluster and seed: the sum of the non-NaN cells and their count (F x S each)."""
    m = _grid(values)
    names = list(range(m.shape[0])) if clusters is None else list(clusters)
    if len(names) != m.shape[0]:
        raise ValueError(f"{len(names)} cluster labels for {m.shape[0]} prompts")
    index: dict[Any, int] = {}
    ids = np.array([index.setdefault(c, len(index)) for c in names])
    ok = ~np.isnan(m)
    sums = np.zeros((len(index), m.shape[1]))
    counts = np.zeros((len(index), m.shape[1]))
    np.add.at(sums, ids, np.where(ok, m, 0.0))
    np.add.at(counts, ids, ok.astype(float))
    return sums, counts


def bootstrap_mean(values: Any, clusters: Sequence[str] | None = None, *, n_boot: int = 2000,
                   confidence: float = 0.95, seed: int = 0, resample_seeds: bool = True) -> Interval:
    """Mean of a prompts x seeds grid with a percentile bootstrap interval: clusters (``clusters``,
    one label per prompt; None: every prompt its own cluster) resampled with replacement, and seeds
    too when ``resample_seeds`` and there is more than one."""
    sums, counts = cluster_table(values, clusters)
    total = counts.sum()
    if total == 0:
        return math.nan, math.nan, math.nan
    est = float(sums.sum() / total)
    keep = counts.sum(axis=1) > 0  # clusters with no usable cell carry nothing
    sums, counts = sums[keep], counts[keep]
    f, s = sums.shape
    rng = np.random.default_rng(seed)
    wf = rng.multinomial(f, np.full(f, 1.0 / f), size=n_boot).astype(float)
    if resample_seeds and s > 1:
        ws = rng.multinomial(s, np.full(s, 1.0 / s), size=n_boot).astype(float)
    else:
        ws = np.ones((n_boot, s))
    num = np.einsum("bf,fs,bs->b", wf, sums, ws)
    den = np.einsum("bf,fs,bs->b", wf, counts, ws)
    boots = num[den > 0] / den[den > 0]
    a = (1 - confidence) / 2
    return est, float(np.quantile(boots, a)), float(np.quantile(boots, 1 - a))


def difference(x: Any, y: Any) -> np.ndarray:
    """Cell-by-cell x − y of two grids paired by prompt and seed index (NaN where either is)."""
    return _grid(x) - _grid(y)


def compare(x: Any, y: Any, clusters: Sequence[str] | None, **kw: Any) -> dict[str, Any]:
    """x − y per seed (clusters resampled) and pooled over seeds (clusters and seeds resampled)."""
    d = difference(x, y)
    per_seed = [bootstrap_mean(d[:, [j]], clusters, resample_seeds=False, **kw) for j in range(d.shape[1])]
    return {"per_seed": per_seed, "pooled": bootstrap_mean(d, clusters, **kw)}


def excludes_zero(interval: Interval) -> int:
    """+1 when the whole interval is above 0, −1 when below, 0 when it covers 0 (or is NaN)."""
    _, lo, hi = interval
    if math.isnan(lo) or math.isnan(hi):
        return 0
    return 1 if lo > 0 else -1 if hi < 0 else 0
