"""Connected components: the vectorized hook-and-compress, the star rounds (the distributed
algorithm) and the old one-union-at-a-time union-find give the same labels."""
from __future__ import annotations

import numpy as np

from curate.dedup.components import connected_labels, star_labels, star_step
from curate.dedup.groups import UnionFind


def reference(n, a, b):
    labels = np.full(n, -1, dtype=np.int64)
    if not len(a):
        return labels
    uf = UnionFind(n)
    uf.union_pairs(a, b)
    roots = uf.roots()
    used = np.unique(np.concatenate([a, b]))
    labels[used] = roots[used]
    return labels


def test_three_algorithms_agree_on_random_graphs():
    rng = np.random.default_rng(7)
    for n, e in [(1, 0), (10, 4), (300, 250), (5_000, 4_000), (20_000, 30_000)]:
        for _ in range(3):
            a, b = rng.integers(0, n, e), rng.integers(0, n, e)
            want = reference(n, a, b)
            assert np.array_equal(connected_labels(n, a, b), want)
            assert np.array_equal(star_labels(n, a, b), want)


def test_long_chains_and_stars():
    n = 50_000
    a = np.arange(n - 1)[::-1].copy()  # a path given from its far end
    lab = connected_labels(n, a, a + 1)
    assert (lab == 0).all()
    assert (star_labels(n, a, a + 1) == 0).all()
    hub = np.full(999, 500)
    lab = connected_labels(1000, hub, np.delete(np.arange(1000), 500))
    assert (lab == 0).all()


def test_star_step_routes_by_first_node():
    # a partition holding every edge of node 3 (both directions given by the caller)
    x = np.array([3, 3, 3])
    y = np.array([1, 5, 7])
    child, parent = star_step(x, y, "large")
    assert sorted(zip(child.tolist(), parent.tolist())) == [(5, 1), (7, 1)]
    child, parent = star_step(x, y, "small")
    assert sorted(zip(child.tolist(), parent.tolist())) == [(3, 1)]
