"""Where packaged resources and caches live (see docs/design.md §8)."""
from __future__ import annotations

import os
from pathlib import Path

_PKG = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    # A wheel carries rules/ and seeds/ inside the package; an editable checkout has them at the top.
    inside = _PKG / "_bundled" / name
    if inside.is_dir():
        return inside
    return _PKG.parent / name


def rules_dir() -> Path:
    return _bundled("rules")


def seeds_dir() -> Path:
    return _bundled("seeds")


def recipes_dir() -> Path:
    return _PKG / "recipes"


def data_dir() -> Path:
    return _PKG / "data"


def cache_dir(kind: str = "") -> Path:
    base = os.environ.get("CURATE_CACHE_DIR")
    if base:
        root = Path(base)
    else:
        xdg = os.environ.get("XDG_CACHE_HOME")
        root = (Path(xdg) if xdg else Path.home() / ".cache") / "curate"
    path = root / kind if kind else root
    path.mkdir(parents=True, exist_ok=True)
    return path
