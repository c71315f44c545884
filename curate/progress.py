"""One progress helper for every long job (records, bytes, requests, steps, prompts).

    with progress("redact", total=size, unit="B") as bar:
        for chunk in chunks:
            ...
            bar.update(len(chunk))

On a terminal (stderr is a TTY) it draws a tqdm bar with the total, rate and ETA; otherwise it draws
nothing. ``enabled=False`` (``-q``) turns it off either way, ``enabled=True`` forces the bar (tests
with a pseudo-terminal, ``--progress``). A total that becomes known late is given with
``set_total``. Every verb goes through this helper, so progress looks and behaves the same
everywhere, and nothing is ever written to stdout.
"""
from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from typing import Any


def on_terminal() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):  # a closed or replaced stderr
        return False


class Progress:
    """What ``progress()`` yields: ``update(n)``, ``set_total(n)``, ``n`` (done so far)."""

    def __init__(self, bar: Any) -> None:
        self._bar = bar
        self.n = 0

    def update(self, n: int | float = 1) -> None:
        self.n += n
        if self._bar is not None:
            self._bar.update(n)

    def set_total(self, total: int | float | None) -> None:
        if self._bar is not None and total is not None:
            self._bar.total = total
            self._bar.refresh()

    def set_postfix(self, **kw: Any) -> None:
        if self._bar is not None:
            self._bar.set_postfix(**kw, refresh=False)


@contextlib.contextmanager
def progress(desc: str, total: int | float | None = None, unit: str = "rec", *,
             enabled: bool | None = None, leave: bool = False) -> Iterator[Progress]:
    show = on_terminal() if enabled is None else enabled
    if not show:
        yield Progress(None)
        return
    from tqdm import tqdm

    scale = unit == "B"  # bytes read as KB/MB/GB
    with tqdm(total=total, desc=desc, unit=unit, unit_scale=scale, unit_divisor=1024 if scale else 1000,
              file=sys.stderr, leave=leave, dynamic_ncols=True, mininterval=0.2) as bar:
        yield Progress(bar)
