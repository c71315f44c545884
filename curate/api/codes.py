"""Python API behind ``curate codes``: every issue code curate can emit, from the one namespace.

Codes are declared where they are emitted; this collects them by walking the registries instead of
a module list: every registered stage class (its module declares its codes), the generation package
(candidate filters and seed-file checks), the reader (``read.*``, in ``curate.schema``) and the rule
packs (each rule id is a code). A stage whose optional dependency is missing is skipped.
"""
from __future__ import annotations

from collections.abc import Sequence

from curate.schema import Code, all_codes


def collect_codes(packs: Sequence[str] | None = None, rule_files: Sequence[str] = ()) -> dict[str, Code]:
    import curate.generate  # noqa: F401  generation filters and seed checks declare their codes
    from curate.rules import load_rules, shipped_packs
    from curate.stages import STAGES

    for kind in STAGES:
        try:
            STAGES.load(kind)
        except ImportError:
            continue
    for pack in packs if packs is not None else shipped_packs():
        load_rules([pack])
    if rule_files:
        load_rules(list(rule_files))
    return all_codes()


def list_codes(family: str | None = None, rule_files: Sequence[str] = ()) -> list[Code]:
    rows = sorted(collect_codes(rule_files=rule_files).values(), key=lambda c: c.code)
    return [c for c in rows if family is None or c.code.split(".", 1)[0] == family]
