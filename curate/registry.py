"""Named extensions loaded lazily: one ``Registry`` per extension point (stages, readers, writers,
teachers, generation methods). An entry is an import path, ``"module:attribute"``, so listing what
exists (CLI choices, ``curate codes``, the stage catalogue) imports nothing heavy, and adding an
extension is one file plus one line in its registry.

Optional dependencies are declared where they are needed, with one install hint for all of them:
``require("stage 'pii'", ["presidio_analyzer"], extra="pii")`` raises
``MissingDependency: stage 'pii' needs presidio_analyzer: pip install 'curate[pii]'``.
"""
from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Iterable, Iterator
from typing import Any


class MissingDependency(ImportError):
    """An optional dependency of an extension is not installed; the message says how to install it."""


def install_hint(what: str, missing: Iterable[str], extra: str | None) -> str:
    names = ", ".join(missing)
    how = f"pip install 'curate[{extra}]'" if extra else f"pip install {names}"
    return f"{what} needs {names}: {how}"


def missing_modules(modules: Iterable[str]) -> list[str]:
    """The top-level modules of ``modules`` that cannot be found (nothing is imported)."""
    out = []
    for m in modules:
        try:
            found = importlib.util.find_spec(m) is not None
        except (ImportError, ValueError):
            found = False
        if not found:
            out.append(m)
    return out


def require(what: str, modules: Iterable[str], extra: str | None = None) -> None:
    """Fail before any work with the one install hint when a module is missing."""
    missing = missing_modules(modules)
    if missing:
        raise MissingDependency(install_hint(what, missing, extra))


class Registry:
    """Names of one extension point mapped to ``"module:attribute"`` import paths."""

    def __init__(self, what: str, entries: dict[str, str]) -> None:
        self.what = what
        self._entries = dict(entries)
        self._loaded: dict[str, Any] = {}

    def __contains__(self, name: object) -> bool:
        return name in self._entries

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def names(self) -> list[str]:
        return list(self._entries)

    def target(self, name: str) -> str:
        try:
            return self._entries[name]
        except KeyError:
            raise ValueError(f"unknown {self.what} {name!r}; known: {', '.join(sorted(self._entries))}") from None

    def module_of(self, name: str) -> str:
        return self.target(name).partition(":")[0]

    def available(self, name: str) -> bool:
        """The entry's module can be found (without importing it)."""
        return not missing_modules([self.module_of(name)])

    def load(self, name: str) -> Any:
        if name not in self._loaded:
            module, _, attr = self.target(name).partition(":")
            try:
                mod = importlib.import_module(module)
            except MissingDependency:
                raise
            except ImportError as e:  # an optional extra is missing
                raise MissingDependency(install_hint(f"{self.what} {name!r}", [e.name or str(e)], None)) from e
            self._loaded[name] = getattr(mod, attr)
        return self._loaded[name]
