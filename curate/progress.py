"""One progress helper for every long job (records, bytes, requests, steps, prompts).

    with progress("redact", total=size, unit="B") as bar:
        for chunk in chunks:
            ...
            bar.update(len(chunk))

What a phase shows depends on where stderr goes and on the *policy*:

* ``auto`` (what the CLI sets, unless ``-q`` or ``--json``): on a terminal a tqdm bar with the
  total, rate and ETA; otherwise one summary line per phase when it ends
  (``clean: 50,000 rec of ~50,000 in 3.2 s (15,600 rec/s)``), so a log file or CI output shows what
  ran and how fast without a bar's carriage returns.
* ``tty`` (the library default): the bar on a terminal, nothing otherwise; ``curate.run`` from a
  notebook or script prints no summary lines.
* ``off`` (``-q``, ``--json``): nothing.

``enabled=True`` forces the bar and ``enabled=False`` silences one phase, whatever the policy.
Everything goes to stderr, never to stdout, so ``--json`` output stays machine-readable. A total
that becomes known late is given with ``set_total``; an estimated total (line counts from file
sizes) is marked ``estimated=True`` and is raised when the count passes it.
"""
from __future__ import annotations

import contextlib
import contextvars
import os
import sys
import time
from collections.abc import Iterator
from typing import Any

POLICIES = ("auto", "tty", "off")
_policy: contextvars.ContextVar[str] = contextvars.ContextVar("curate_progress_policy", default="tty")


def on_terminal() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):  # a closed or replaced stderr
        return False


def get_policy() -> str:
    return _policy.get()


def set_policy(policy: str) -> None:
    """Set the policy for the rest of this process (the CLI calls it once per verb)."""
    if policy not in POLICIES:
        raise ValueError(f"progress policy must be one of {POLICIES}")
    _policy.set(policy)
    if policy == "off" or not on_terminal():
        # Hugging Face libraries draw their own bars ("Loading weights") even into a log file; they
        # read this variable when first imported, so the verb sets it before loading any model.
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")


@contextlib.contextmanager
def policy(name: str) -> Iterator[None]:
    """The policy for the duration of a block (tests, nested jobs)."""
    if name not in POLICIES:
        raise ValueError(f"progress policy must be one of {POLICIES}")
    token = _policy.set(name)
    try:
        yield
    finally:
        _policy.reset(token)


def mode(enabled: bool | None = None) -> str:
    """What a phase will show: ``bar``, ``line`` (one summary line at the end) or ``off``."""
    if enabled is True:
        return "bar"
    if enabled is False:
        return "off"
    p = _policy.get()
    if p == "off":
        return "off"
    if on_terminal():
        return "bar"
    return "line" if p == "auto" else "off"


def wanted(enabled: bool | None = None) -> bool:
    """True when a phase would draw a live bar (for libraries that draw their own)."""
    return mode(enabled) == "bar"


def _fmt_count(n: float, unit: str) -> str:
    if unit == "B":
        for div, name in ((1 << 30, "GB"), (1 << 20, "MB"), (1 << 10, "KB")):
            if n >= div:
                return f"{n / div:.1f} {name}"
        return f"{int(n)} B"
    return f"{int(n):,} {unit}" if float(n).is_integer() else f"{n:,.1f} {unit}"


def summary_line(desc: str, n: float, total: float | None, unit: str, seconds: float,
                 estimated: bool = False) -> str:
    """``desc: N unit [of TOTAL] in S s (R unit/s)``: the line a phase prints off a terminal."""
    done = _fmt_count(n, unit)
    of = ""
    if total is not None and total != n:
        t = _fmt_count(total, unit) if unit == "B" else f"{int(total):,}"
        of = f" of {'~' if estimated else ''}{t}"
    rate = n / seconds if seconds > 0 else 0.0
    if unit == "B":
        r = _fmt_count(rate, "B") + "/s"
    else:
        r = f"{rate:,.1f} {unit}/s" if rate < 100 else f"{rate:,.0f} {unit}/s"
    return f"{desc}: {done}{of} in {seconds:.1f} s ({r})"


class Progress:
    """What ``progress()`` yields: ``update(n)``, ``set_total(n)``, ``set_postfix(**kw)``, ``n``."""

    def __init__(self, bar: Any = None, total: float | None = None, estimated: bool = False) -> None:
        self._bar = bar
        self.n: float = 0
        self.total = total
        self.estimated = estimated
        self.postfix: dict[str, Any] = {}

    def update(self, n: int | float = 1) -> None:
        self.n += n
        if self.estimated and self.total is not None and self.n > self.total:
            self.set_total(self.n)  # an estimate never shows more than 100%
        if self._bar is not None:
            self._bar.update(n)

    def set_total(self, total: int | float | None) -> None:
        self.total = total
        if self._bar is not None:
            self._bar.total = total
            self._bar.refresh()

    def set_postfix(self, **kw: Any) -> None:
        self.postfix.update(kw)
        if self._bar is not None:
            self._bar.set_postfix(**self.postfix, refresh=True)


@contextlib.contextmanager
def progress(desc: str, total: int | float | None = None, unit: str = "rec", *,
             enabled: bool | None = None, leave: bool = False, estimated: bool = False) -> Iterator[Progress]:
    """A progress phase (see the module doc for what it shows where)."""
    how = mode(enabled)
    if how == "off":
        yield Progress(None, total, estimated)
        return
    if how == "line":
        p = Progress(None, total, estimated)
        t0 = time.perf_counter()
        # A phase that fails prints no summary: the verb's one error line says what happened, and a
        # "0 rec in 0.0 s" line in front of it would only read like a result.
        yield p
        post = ""
        if p.postfix:
            post = "; " + ", ".join(f"{k} {v}" for k, v in p.postfix.items())
        print(summary_line(desc, p.n, p.total, unit, time.perf_counter() - t0, p.estimated) + post,
              file=sys.stderr, flush=True)
        return
    from tqdm import tqdm

    scale = unit == "B"  # bytes read as KB/MB/GB
    with tqdm(total=total, desc=desc, unit=unit, unit_scale=scale, unit_divisor=1024 if scale else 1000,
              file=sys.stderr, leave=leave, mininterval=0.2, **_width()) as bar:
        yield Progress(bar, total, estimated)


def _width() -> dict[str, Any]:
    """Follow the terminal's size. A terminal that reports 0 rows or columns (a fresh
    pseudo-terminal, some CI consoles and container shells) makes tqdm treat every bar as off
    screen and draw nothing at all: such a terminal gets a fixed 100 x 50."""
    try:
        size = os.get_terminal_size(sys.stderr.fileno())
        cols, rows = size.columns, size.lines
    except (AttributeError, OSError, ValueError):
        cols = rows = 0
    if cols > 0 and rows > 0:
        return {"dynamic_ncols": True}
    return {"ncols": cols or 100, "nrows": rows or 50}
