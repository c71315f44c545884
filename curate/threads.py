"""How many threads curate's own pools may use.

``CURATE_THREADS`` caps them (the Ray engine sets it to each worker's CPU share, with
POLARS_MAX_THREADS, OMP_NUM_THREADS and friends, so that workers on one node do not oversubscribe
its cores); otherwise the machine's CPU count, at most ``cap``.
"""
from __future__ import annotations

import os


def thread_count(cap: int = 8) -> int:
    env = os.environ.get("CURATE_THREADS")
    if env:
        try:
            return max(1, int(env))
        except ValueError:
            pass
    return max(1, min(cap, os.cpu_count() or 1))
