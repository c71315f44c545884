"""Rules as data: YAML packs of checks composed from measurements registered in Python.

A rule pack (``rules/*.yaml``) is a list of rules. Each rule names an issue code (its ``id``), the
languages it applies to, the fields it looks at, a *condition* and a policy (``action``, ``severity``,
and for ``fix`` rules a ``fix`` spec). The condition is a small tree:

    {regex: "..."}                      a leaf: one registered measurement and its arguments
    {all: [c, ...]} / {any: [...]} / {not: c}
    modifiers on any node: field / fields (what the node looks at), unless (an exception)

Measurements are plain Python functions registered with ``@measure("name")``; YAML can only compose
them, so every pack (Alpaca defects, the generation blacklist, safety keywords, a user's own file)
goes through one mechanism, and audit and clean share it. The language is documented in
docs/rules.md.

Python API (stable; the generation engine uses it):

    from curate.rules import load_rules
    rs = load_rules(["generation"])               # pack names in rules/ or paths
    for hit in rs.check_record({"instruction": ..., "input": ..., "output": ...}, lang=None):
        hit.rule_id, hit.action, hit.severity, hit.field, hit.detail
"""
from __future__ import annotations

from curate.rules.conditions import Fix, Node, compile_condition, compile_fix
from curate.rules.measures import (
    MEASURE_DOCS,
    MEASURES,
    RECORD_FIELDS,
    Context,
    Match,
    RuleError,
    fenced_blocks,
    keyword_pattern,
    measure,
)
from curate.rules.packs import Hit, Rule, RuleSet, detect_record_langs, is_rule_pack, load_rules, shipped_packs

__all__ = ["MEASURES", "MEASURE_DOCS", "RECORD_FIELDS", "Context", "Fix", "Hit", "Match", "Node", "Rule",
           "RuleError", "RuleSet", "compile_condition", "compile_fix", "detect_record_langs", "fenced_blocks",
           "is_rule_pack", "keyword_pattern", "load_rules", "measure", "shipped_packs"]
