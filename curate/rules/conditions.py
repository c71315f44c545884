"""The condition tree of a rule (``all``/``any``/``not`` over measures, with ``field``/``fields``/
``unless`` modifiers) and the ``fix`` specs of fix rules."""
from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from curate.rules.engine import LinearPattern
from curate.rules.measures import MEASURES, RECORD_FIELDS, Context, Match, RuleError, Test, _compile_regex

# ---------------------------------------------------------------------------- condition tree
COMBINATORS = ("all", "any", "not")
MODIFIERS = ("field", "fields", "unless")


class Node:
    """A compiled condition node. ``eval`` returns (field, Match) of the first positive leaf whose
    field is one of ``primary`` (so a rule on output that also checks the instruction reports the
    output), or of any positive leaf, or None."""

    def __init__(self, op: str, *, children: list[Node] | None = None, test: Test | None = None,
                 fields: tuple[str, ...] | None = None, unless: Node | None = None) -> None:
        self.op = op
        self.children = children or []
        self.test = test
        self.fields = fields
        self.unless = unless

    def eval(self, ctx: Context, scope: tuple[str, ...]) -> tuple[str | None, Match] | None:
        scope = self.fields or scope
        res = self._eval(ctx, scope)
        if res is not None and self.unless is not None and self.unless.eval(ctx, scope) is not None:
            return None
        return res

    def leaves(self, scope: tuple[str, ...]) -> Iterator[tuple[Test, str]]:
        """Every (leaf test, field) this node can evaluate, with the fields resolved as ``eval``
        resolves them: what a batch evaluation computes ahead, column by column."""
        scope = self.fields or scope
        if self.op == "leaf":
            for f in scope:
                yield self.test, f  # type: ignore[misc]
        for c in self.children:
            yield from c.leaves(scope)
        if self.unless is not None:
            yield from self.unless.leaves(scope)

    def bound(self, columns: Mapping[Any, list], scope: tuple[str, ...], langs: list[str]) -> Any:
        """A batch pre-selection: a boolean array that is False only on rows where this node
        cannot hold, from the batch's pattern columns and the record languages; None when nothing
        can be said (a measurement other than a pattern, ``not``). ``unless`` only removes hits, so
        it is ignored here. Rows it rules out are not evaluated record by record."""
        import numpy as np

        from curate.rules.measures import PatternTest

        scope = self.fields or scope
        if self.op == "leaf":
            t = self.test
            if isinstance(t, PatternTest):
                out = None
                for f in scope:
                    col = columns.get((t.key, f))
                    if col is None:
                        return None
                    arr = np.fromiter((v is not None and v is not False for v in col), dtype=bool, count=len(col))
                    out = arr if out is None else out | arr
                return out
            wanted = getattr(t, "langs", None)
            if wanted is not None:
                return np.fromiter((lang in wanted for lang in langs), dtype=bool, count=len(langs))
            return None
        if self.op == "not":
            return None
        parts = [c.bound(columns, scope, langs) for c in self.children]
        if self.op == "any":
            if any(p is None for p in parts):
                return None
            return np.logical_or.reduce(parts)
        known = [p for p in parts if p is not None]
        return np.logical_and.reduce(known) if known else None

    def _eval(self, ctx: Context, scope: tuple[str, ...]) -> tuple[str | None, Match] | None:
        if self.op == "leaf":
            for f in scope:
                m = self.test(ctx, f)  # type: ignore[misc]
                if m is not None:
                    return f, m
            return None
        if self.op == "not":
            return None if self.children[0].eval(ctx, scope) is not None else (None, Match("not"))
        if self.op == "any":
            for c in self.children:
                r = c.eval(ctx, scope)
                if r is not None:
                    return r
            return None
        # all: every child holds. Report the last child that matched a field in scope: guards
        # come first by convention ("the instruction asks for code", "lang_is: zh"), the finding last.
        best = None
        for c in self.children:
            r = c.eval(ctx, scope)
            if r is None:
                return None
            if best is None or r[0] in scope or best[0] not in scope:
                best = r
        return best


def compile_condition(spec: Any, where: str) -> Node:
    if not isinstance(spec, Mapping) or not spec:
        raise RuleError(f"{where}: a condition must be a non-empty mapping, got {type(spec).__name__}")
    fields = None
    if "field" in spec or "fields" in spec:
        raw = spec.get("fields", spec.get("field"))
        fields = (raw,) if isinstance(raw, str) else tuple(raw)
        bad = [f for f in fields if f not in RECORD_FIELDS]
        if bad:
            raise RuleError(f"{where}: unknown field(s) {bad}; fields are {list(RECORD_FIELDS)}")
    unless = compile_condition(spec["unless"], f"{where}.unless") if "unless" in spec else None
    ops = [k for k in spec if k not in MODIFIERS]
    if not ops:
        raise RuleError(f"{where}: condition has only modifiers ({', '.join(spec)}), no measurement")
    nodes = []
    for op in ops:
        arg = spec[op]
        if op in ("all", "any"):
            if not isinstance(arg, list) or not arg:
                raise RuleError(f"{where}.{op}: expects a non-empty list of conditions")
            nodes.append(Node(op, children=[compile_condition(c, f"{where}.{op}[{i}]") for i, c in enumerate(arg)]))
        elif op == "not":
            nodes.append(Node("not", children=[compile_condition(arg, f"{where}.not")]))
        elif op in MEASURES:
            try:
                nodes.append(Node("leaf", test=MEASURES[op](arg)))
            except RuleError as e:
                raise RuleError(f"{where}: {e}") from None
        else:
            raise RuleError(f"{where}: unknown measurement or combinator {op!r}; known: "
                            f"{', '.join(sorted([*MEASURES, *COMBINATORS]))}")
    # several measurements in one mapping must all hold (the mapping reads as "and")
    node = nodes[0] if len(nodes) == 1 else Node("all", children=nodes)
    node.fields, node.unless = fields, unless
    return node


# ----------------------------------------------------------------------------------- fixes
@dataclass(frozen=True)
class Fix:
    """How a ``fix`` rule repairs the fields it matched: ``strip`` a pattern (the rule's own match
    when no pattern is given), ``replace`` a pattern, or ``set`` the field to a value. Patterns run
    on the linear-time engine (``reference=True``: Python's re, for the equivalence tests)."""

    kind: str
    pattern: LinearPattern | None = None
    value: str = ""

    def apply(self, text: str, match: Match, reference: bool = False) -> str:
        if self.kind == "set":
            return self.value
        if self.kind == "strip" and self.pattern is None:
            if match.whole:
                return ""
            if match.pattern is not None:
                removed = match.pattern.py.sub("", text) if reference else match.pattern.remove_all(text)
                return removed.strip()
            out, last = [], 0
            for s, e in sorted(match.spans):
                if s >= last:
                    out.append(text[last:s])
                    last = e
            out.append(text[last:])
            return "".join(out).strip()
        assert self.pattern is not None
        if reference:
            return self.pattern.py.sub(self.value, text).strip()
        return self.pattern.replace_all(text, self.value).strip()


def compile_fix(spec: Any, where: str) -> Fix:
    if spec == "strip":
        return Fix("strip")
    if not isinstance(spec, Mapping) or len(spec) != 1:
        raise RuleError(f"{where}: fix must be 'strip' or one of {{strip: PATTERN}}, "
                        f"{{replace: {{pattern, with}}}}, {{set: VALUE}}")
    (kind, arg), = spec.items()
    if kind == "strip":
        return Fix("strip", _compile_regex(str(arg), True, where) if arg else None)
    if kind == "replace":
        if not isinstance(arg, Mapping) or "pattern" not in arg:
            raise RuleError(f"{where}: replace needs pattern (and with)")
        return Fix("replace", _compile_regex(str(arg["pattern"]), True, where), str(arg.get("with", "")))
    if kind == "set":
        return Fix("set", value="" if arg is None else str(arg))
    raise RuleError(f"{where}: unknown fix {kind!r}")


