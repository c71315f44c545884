"""Headless Chromium for report tests: Debian's ``chromium`` driven by Playwright.

Playwright's own browser download does not work on these machines; the Makefile installs Debian's
``chromium`` (and ``fonts-noto-cjk`` so Chinese renders) and Playwright drives it through
``executable_path``. The flags keep a root, offline, sandboxless machine quiet: no sandbox (root), no
GPU, and no background network calls (their refused connections would otherwise be logged).
"""
from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from typing import Any

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--disable-quic", "--disable-dev-shm-usage"]


def chromium_path() -> str | None:
    for name in ("chromium", "chromium-browser"):
        p = shutil.which(name)
        if p:
            return p
    return None


@contextlib.contextmanager
def browser() -> Iterator[Any]:
    """A Playwright Browser on Debian's chromium, with a fresh profile folder."""
    from playwright.sync_api import sync_playwright

    exe = chromium_path()
    if exe is None:
        raise RuntimeError("chromium is not installed (make installs it: apt-get install -y chromium fonts-noto-cjk)")
    profile = tempfile.mkdtemp(prefix="curate-chromium-")
    try:
        with sync_playwright() as p:
            ctx = p.chromium.launch_persistent_context(
                profile, executable_path=exe, headless=True, args=CHROMIUM_FLAGS,
                viewport={"width": 1280, "height": 900}, env={**os.environ, "HOME": profile})
            try:
                yield ctx
            finally:
                ctx.close()
    finally:
        shutil.rmtree(profile, ignore_errors=True)


class Page:
    """A page with every console error, page error and failed request collected."""

    def __init__(self, ctx: Any) -> None:
        self.page = ctx.new_page()
        self.page.set_default_timeout(15_000)
        self.errors: list[str] = []
        self.page.on("console", lambda m: self.errors.append(f"console.{m.type}: {m.text}")
                     if m.type in ("error", "warning") else None)
        self.page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        self.page.on("requestfailed", lambda r: self.errors.append(f"requestfailed: {r.url}"))
        self.requests: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))

    def open(self, path: str, timeout_ms: int = 30_000) -> float:
        """Load a file and wait for the report's ready mark; returns the page's own time to ready
        (ms since navigation start, from ``performance.now()`` when the script finished)."""
        self.page.goto(f"file://{os.path.abspath(path)}", wait_until="load", timeout=timeout_ms)
        self.page.wait_for_selector("body[data-ready='1']", timeout=timeout_ms)
        return float(self.page.evaluate("window.__reportReady"))
