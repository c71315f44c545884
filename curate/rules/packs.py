"""Rules and rule packs: build a rule from its YAML spec, load packs (with includes, partial
overrides and ``disable``), and evaluate a record against a rule set."""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from curate.rules.conditions import Fix, Node, compile_condition, compile_fix
from curate.rules.measures import ANY, RECORD_FIELDS, Context, Match, PatternTest, RuleError
from curate.schema import ACTIONS, SEVERITIES, get_code, register_code


@dataclass(frozen=True)
class Hit:
    """One rule that fired on one record."""

    rule_id: str
    action: str
    severity: str
    field: str | None
    detail: str


# ----------------------------------------------------------------------------------- rules
RULE_KEYS = {"id", "description", "languages", "fields", "condition", "unless", "action", "severity",
             "fix", "enabled"}


@dataclass
class Rule:
    id: str
    description: str
    languages: tuple[str, ...]
    fields: tuple[str, ...]
    condition: Node
    action: str
    severity: str
    fix: Fix | None = None
    source: str = ""
    spec: dict[str, Any] = field(default_factory=dict, repr=False)

    def applies_to(self, lang: str) -> bool:
        return ANY in self.languages or lang in self.languages

    def check(self, ctx: Context) -> tuple[str | None, Match] | None:
        return self.condition.eval(ctx, self.fields)


def build_rule(spec: Mapping[str, Any], source: str) -> Rule:
    rid = spec.get("id")
    where = f"{source}: rule {rid!r}"
    if not isinstance(rid, str) or not re.fullmatch(r"[a-z0-9_]+(\.[a-z0-9_]+)+", rid):
        raise RuleError(f"{source}: rule id {rid!r} must be an issue code 'family.name' (lowercase)")
    unknown = set(spec) - RULE_KEYS
    if unknown:
        raise RuleError(f"{where}: unknown key(s) {sorted(unknown)}; allowed: {sorted(RULE_KEYS)}")
    for key in ("condition", "action"):
        if key not in spec:
            raise RuleError(f"{where}: missing {key!r}")
    action = spec["action"]
    if action not in ACTIONS:
        raise RuleError(f"{where}: action must be one of {ACTIONS}")
    severity = spec.get("severity", "warning")
    if severity not in SEVERITIES:
        raise RuleError(f"{where}: severity must be one of {SEVERITIES}")
    langs = spec.get("languages", [ANY])
    langs = (langs,) if isinstance(langs, str) else tuple(langs)
    fields = spec.get("fields", ["output"])
    fields = (fields,) if isinstance(fields, str) else tuple(fields)
    bad = [f for f in fields if f not in RECORD_FIELDS]
    if bad:
        raise RuleError(f"{where}: unknown field(s) {bad}")
    fix = compile_fix(spec["fix"], where) if spec.get("fix") is not None else None
    if action == "fix" and fix is None:
        raise RuleError(f"{where}: action 'fix' needs a 'fix' spec (strip / replace / set)")
    if "instruction" in fields and fix is not None and fix.kind == "set" and not fix.value:
        raise RuleError(f"{where}: a fix may not empty the instruction")
    condition = compile_condition(spec["condition"], where)
    if spec.get("unless") is not None:
        # a rule-level exception wraps the condition: the rule fires when the condition holds and
        # the exception does not
        condition = Node("all", children=[condition], unless=compile_condition(spec["unless"], f"{where}.unless"))
    return Rule(id=rid, description=str(spec.get("description", "")).strip(), languages=langs,
                fields=fields, condition=condition, action=action,
                severity=severity, fix=fix, source=source, spec=dict(spec))


def resolve_pack(name: str | Path) -> Path:
    """A pack name ('default', 'generation') is a file in rules/; anything else is a path."""
    from curate.resources import rules_dir

    p = Path(name)
    if p.suffix in (".yaml", ".yml") or p.exists() or "/" in str(name):
        if not p.is_file():
            raise RuleError(f"rule file not found: {p}")
        return p
    for ext in (".yaml", ".yml"):
        cand = rules_dir() / f"{name}{ext}"
        if cand.is_file():
            return cand
    known = shipped_packs()
    raise RuleError(f"unknown rule pack {str(name)!r}; shipped packs: {', '.join(known)}")


def _read_pack(path: Path) -> dict[str, Any]:
    import yaml

    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        raise RuleError(f"{path}: not valid YAML: {e}") from None
    if doc is None:
        return {"rules": []}
    if isinstance(doc, list):
        doc = {"rules": doc}
    if not isinstance(doc, dict) or ("rules" not in doc and "disable" not in doc):
        raise RuleError(f"{path}: not a rule file: a rule file is a mapping with 'rules:' (or a list of rules)")
    unknown = set(doc) - {"name", "description", "rules", "disable", "include"}
    if unknown:
        raise RuleError(f"{path}: unknown top-level key(s) {sorted(unknown)}")
    return doc


class RuleSet:
    """Rules in evaluation order: fixes first (so checks see the repaired text, as clean writes
    it), then the rest in file order."""

    def __init__(self, rules: Sequence[Rule], sources: Sequence[str] = ()) -> None:
        self.rules = [r for r in rules if r.fix is not None and r.action == "fix"] + \
                     [r for r in rules if not (r.fix is not None and r.action == "fix")]
        self.sources = list(sources)
        self.by_id = {r.id: r for r in self.rules}

    def __len__(self) -> int:
        return len(self.rules)

    def __iter__(self):
        return iter(self.rules)

    def ids(self) -> list[str]:
        return [r.id for r in self.rules]

    def with_actions(self, actions: Mapping[str, str]) -> RuleSet:
        rules = []
        for r in self.rules:
            a = actions.get(r.id)
            if a is None:
                rules.append(r)
            elif a == "off":
                continue
            elif a == "fix" and r.fix is None:
                raise RuleError(f"rule {r.id!r} has no fix spec, so its action cannot be 'fix'")
            else:
                rules.append(replace(r, action=a))
        return RuleSet(rules, self.sources)

    # -- evaluation ----------------------------------------------------------------------
    def evaluate(self, record: Mapping[str, Any], lang: str) -> tuple[list[Hit], dict[str, str]]:
        """Run every rule that applies to ``lang``. Returns the hits and the fixed fields
        (field -> new text; empty when no fix applied). Fixes change what later rules see."""
        return self.evaluate_columns({k: [record.get(k)] for k in RECORD_FIELDS}, [lang])[0]

    def evaluate_columns(self, columns: Mapping[str, Sequence[Any]], langs: Sequence[str], *,
                         reference: bool = False) -> list[tuple[list[Hit], dict[str, str]]]:
        """:meth:`evaluate` for a batch: ``columns`` maps field names to one value per row.

        Patterns are matched column by column (one linear-time pass per pattern and field, see
        curate.rules.engine), then each record's conditions are read off those results. Fix rules
        come first, on the text as given; a field a fix changed is matched again on its own by the
        later fix rules; the other rules run on the fixed columns. ``reference=True`` evaluates
        record by record with Python's re instead (the tests' reference)."""
        n = len(langs)
        texts = {k: [_as_text(v) for v in columns.get(k, [None] * n)] for k in RECORD_FIELDS}
        ctxs = [Context({k: texts[k][i] for k in RECORD_FIELDS}, langs[i], index=i, reference=reference)
                for i in range(n)]
        results: list[tuple[list[Hit], dict[str, str]]] = [([], {}) for _ in range(n)]
        fixes = [r for r in self.rules if r.fix is not None and r.action == "fix"]
        checks = [r for r in self.rules if not (r.fix is not None and r.action == "fix")]
        for phase in (fixes, checks):
            rules_here = [r for r in phase if any(r.applies_to(lang) for lang in set(langs))]
            if not rules_here:
                continue
            cols = {} if reference else _pattern_columns(rules_here, {k: [c.fields[k] for c in ctxs]
                                                                      for k in RECORD_FIELDS})
            # checks (not fixes, which change the text as they go) skip the rows their condition
            # cannot hold on, read off the pattern columns: most rules fire on few rows
            bounds = {} if reference or phase is fixes else \
                {r.id: r.condition.bound(cols, r.fields, list(langs)) for r in rules_here}
            for i, (ctx, (hits, fixed)) in enumerate(zip(ctxs, results)):
                ctx.columns, ctx.dirty = cols, set()
                for r in rules_here:
                    b = bounds.get(r.id)
                    if (b is None or b[i]) and r.applies_to(ctx.lang):
                        self._run(r, ctx, hits, fixed)
        return results

    @staticmethod
    def _run(r: Rule, ctx: Context, hits: list[Hit], fixed: dict[str, str]) -> None:
        res = r.check(ctx)
        if res is None:
            return
        f, m = res
        if r.action == "fix" and r.fix is not None:
            # a fix repairs every rule field the condition matches, not just the first
            changed = []
            for name in r.fields:
                fm = r.condition.eval(ctx, (name,))
                if fm is None:
                    continue
                old = ctx.fields[name]
                new = r.fix.apply(old, fm[1], reference=ctx.reference)
                if name == "instruction" and not new.strip():
                    continue  # never empty the instruction; the check below flags it instead
                if new != old:
                    ctx.set_text(name, new)
                    fixed[name] = new
                    changed.append(name)
            if changed:
                hits.append(Hit(r.id, r.action, r.severity, changed[0], f"{changed[0]}: {m.detail}; {r.fix.kind}"))
            return
        hits.append(Hit(r.id, r.action, r.severity, f or r.fields[0], m.detail))

    def check_record(self, record: Mapping[str, Any], lang: str | None = None) -> list[Hit]:
        """Hits for one record (a dict with instruction/input/output[/system]). ``lang`` is
        detected from the instruction (and input) when not given. Each call compiles the patterns
        it needs (about 1 s for the whole default pack); for many records use :meth:`check_records`."""
        return self.check_records([record], None if lang is None else [lang])[0]

    def check_records(self, records: Sequence[Mapping[str, Any]],
                      langs: Sequence[str] | None = None) -> list[list[Hit]]:
        """Hits for each record, evaluated as one batch (patterns compiled once)."""
        if langs is None:
            langs = detect_record_langs(records)
        cols = {k: [r.get(k) for r in records] for k in RECORD_FIELDS}
        return [hits for hits, _ in self.evaluate_columns(cols, list(langs))]


def _as_text(v: Any) -> str:
    return v if isinstance(v, str) else ("" if v is None else str(v))


def _pattern_columns(rules: Sequence[Rule], texts: Mapping[str, list[str]]) -> dict[Any, list[Any]]:
    """Every pattern leaf of ``rules`` evaluated over its fields' columns (curate.rules.engine):
    (leaf key, field) -> one value per row. Identical patterns (a YAML anchor reused, the same
    keyword list) are computed once."""
    import polars as pl

    from curate.rules.engine import evaluate

    wanted: dict[tuple[Any, str], PatternTest] = {}
    for r in rules:
        for test, f in r.condition.leaves(r.fields):
            if isinstance(test, PatternTest):
                wanted.setdefault((test.key, f), test)
    if not wanted:
        return {}
    used = sorted({f for _, f in wanted})
    df = pl.DataFrame({f: texts[f] for f in used}, schema={f: pl.Utf8 for f in used})
    keys = list(wanted)
    values = evaluate(df, [(wanted[k].pattern, wanted[k].mode, k[1], wanted[k].within) for k in keys])
    return dict(zip(keys, values))


def detect_record_langs(records: Sequence[Mapping[str, Any]]) -> list[str]:
    """The language a record asks for, read as the language stage reads it
    (curate.normalize.langcheck.task_languages)."""
    from curate.normalize.langcheck import task_languages

    return task_languages([r.get("instruction") for r in records], [r.get("input") for r in records])


def load_rules(packs: Sequence[str | Path] | str | Path = ("default",), *,
               extra: Sequence[str | Path] = (), disable: Sequence[str] = ()) -> RuleSet:
    """Load packs (names in rules/ or YAML paths) then ``extra`` files; a later rule with an id
    already loaded replaces it (keys it leaves out are taken from the earlier rule, so
    ``{id: output.empty, action: flag}`` only changes the action). ``disable`` and a file's own
    ``disable:`` list remove rules by id (a trailing ``*`` matches a prefix: ``task.*``).
    Every rule id is registered as an issue code."""
    if isinstance(packs, (str, Path)):
        packs = [packs]
    specs: dict[str, dict[str, Any]] = {}
    origin: dict[str, str] = {}
    disabled: list[str] = list(disable)
    sources: list[str] = []
    seen: set[Path] = set()

    def load(name: str | Path) -> None:
        path = resolve_pack(name)
        if path.resolve() in seen:
            return
        seen.add(path.resolve())
        doc = _read_pack(path)
        for inc in doc.get("include", []) or []:
            load(inc)
        sources.append(str(path))
        rules = doc.get("rules") or []
        if not isinstance(rules, list):
            raise RuleError(f"{path}: 'rules' must be a list")
        for spec in rules:
            if not isinstance(spec, dict) or "id" not in spec:
                raise RuleError(f"{path}: every rule is a mapping with an 'id'")
            rid = spec["id"]
            if rid in specs and "condition" not in spec:
                specs[rid] = {**specs[rid], **spec}  # partial override
            else:
                specs[rid] = dict(spec)
            origin[rid] = str(path)
        disabled.extend(doc.get("disable", []) or [])

    for p in [*packs, *extra]:
        load(p)

    def is_disabled(rid: str) -> bool:
        return any(rid == d or (d.endswith("*") and rid.startswith(d[:-1])) for d in disabled)

    rules = []
    for rid, spec in specs.items():
        if spec.get("enabled", True) is False or is_disabled(rid):
            continue
        rule = build_rule(spec, origin[rid])
        _register(rule)
        rules.append(rule)
    return RuleSet(rules, sources)


def _register(rule: Rule) -> None:
    # The first definition of an id is its code; a user override changes the rule's action, not
    # the registered default (re-declaring a code differently is an error by design).
    if get_code(rule.id) is None:
        register_code(rule.id, rule.action if rule.action != "off" else "flag", rule.severity,
                      rule.description.splitlines()[0] if rule.description else rule.id)


def is_rule_pack(path: Path) -> bool:
    """rules/ also holds other data files (e.g. the PII profiles); a rule pack is a YAML mapping
    with a ``rules:`` list (or a bare list of rules)."""
    import yaml

    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return False
    return isinstance(doc, list) or (isinstance(doc, dict) and isinstance(doc.get("rules"), list))


def shipped_packs() -> list[str]:
    """Names of the rule packs shipped in rules/."""
    from curate.resources import rules_dir

    return sorted(p.stem for p in rules_dir().glob("*.y*ml") if is_rule_pack(p))
