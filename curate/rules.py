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

import ast
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .schema import ACTIONS, SEVERITIES, get_code, register_code
from .text import CJK_CHAR, cjk_ratio, length_units, tokens

RECORD_FIELDS = ("instruction", "input", "output", "system")
ANY = "any"


class RuleError(ValueError):
    """A rule file that cannot be used; the message names the file and the rule id."""


# ------------------------------------------------------------------------------------ matches
@dataclass(frozen=True)
class Match:
    """What a measurement found in one field: a detail for people (never the matched personal
    content, only what kind of thing matched) and, for pattern measures, where it matched."""

    detail: str = ""
    spans: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Hit:
    """One rule that fired on one record."""

    rule_id: str
    action: str
    severity: str
    field: str | None
    detail: str


class Context:
    """The record a condition is evaluated on: its text fields and its language."""

    __slots__ = ("_cache", "fields", "lang")

    def __init__(self, fields: Mapping[str, Any], lang: str) -> None:
        self.fields: dict[str, str] = {}
        for k in RECORD_FIELDS:
            v = fields.get(k)
            self.fields[k] = v if isinstance(v, str) else ("" if v is None else str(v))
        self.lang = lang
        self._cache: dict[Any, Any] = {}

    def text(self, name: str) -> str:
        return self.fields.get(name, "")

    def memo(self, key: Any, fn: Callable[[], Any]) -> Any:
        # measures share derived values (tokens of a field, its fenced blocks) within one record
        if key not in self._cache:
            self._cache[key] = fn()
        return self._cache[key]


# --------------------------------------------------------------------------- measure registry
# A measure factory takes the YAML arguments and returns a test: (ctx, field_name) -> Match | None.
Test = Callable[[Context, str], "Match | None"]
MEASURES: dict[str, Callable[[Any], Test]] = {}
MEASURE_DOCS: dict[str, str] = {}


def measure(name: str) -> Callable[[Callable[[Any], Test]], Callable[[Any], Test]]:
    """Register a measurement under ``name`` so YAML conditions can use it."""

    def deco(factory: Callable[[Any], Test]) -> Callable[[Any], Test]:
        if name in MEASURES and MEASURES[name] is not factory:
            raise ValueError(f"measure {name!r} already registered")
        MEASURES[name] = factory
        MEASURE_DOCS[name] = (factory.__doc__ or "").strip().splitlines()[0] if factory.__doc__ else ""
        return factory

    return deco


def _args(name: str, args: Any, allowed: set[str], scalar: str | None = None) -> dict[str, Any]:
    """Normalize a measure's YAML arguments to a dict; a bare scalar/list fills ``scalar``."""
    if isinstance(args, Mapping):
        unknown = set(args) - allowed
        if unknown:
            raise RuleError(f"{name}: unknown argument(s) {sorted(unknown)}; allowed: {sorted(allowed)}")
        return dict(args)
    if scalar is None:
        raise RuleError(f"{name}: expects a mapping with {sorted(allowed)}")
    return {scalar: args}


_WS = re.compile(r"\s+")


def _count_ws(text: str) -> int:
    return len(text) - len("".join(text.split()))


def _canon(text: str) -> str:
    """Comparison form for whole-field equality: NFKC, casefolded, spaces collapsed, stripped of
    surrounding spaces and of sentence-final punctuation (so "N/A." equals "n/a")."""
    t = _WS.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()
    return t.rstrip(".。!！?？ ").strip()


def _is_cjk_word(word: str) -> bool:
    return CJK_CHAR.search(word) is not None


def keyword_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """One regex for a keyword list. Words of spaced scripts match whole words (\\b on both sides,
    so 'draw' does not fire on 'withdraw'); CJK words match as substrings, since Chinese has no
    spaces to bound them (exceptions such as 画家 vs 画 belong in ``unless``)."""
    spaced, cjk = [], []
    for w in words:
        w = str(w).strip()
        if not w:
            continue
        (cjk if _is_cjk_word(w) else spaced).append(w)
    parts = []
    # longest first so "go to" wins over "go" in the alternation
    if spaced:
        alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(spaced), key=len, reverse=True))
        parts.append(rf"(?<!\w)(?:{alts})(?!\w)")
    if cjk:
        parts.append("|".join(re.escape(w) for w in sorted(set(cjk), key=len, reverse=True)))
    if not parts:
        raise RuleError("any_of: empty keyword list")
    return re.compile("|".join(parts), re.IGNORECASE)


def _compile_regex(pattern: str, ignore_case: bool, where: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern, (re.IGNORECASE if ignore_case else 0) | re.MULTILINE)
    except re.error as e:
        raise RuleError(f"{where}: bad regular expression {pattern!r}: {e}") from None


@measure("regex")
def _m_regex(args: Any) -> Test:
    """The field matches a regular expression (Python syntax, case-insensitive unless
    ``ignore_case: false``; ``^``/``$`` match at line ends; ``full: true`` = whole field)."""
    a = _args("regex", args, {"pattern", "ignore_case", "full", "detail"}, scalar="pattern")
    rx = _compile_regex(str(a["pattern"]), a.get("ignore_case", True), "regex")
    full = bool(a.get("full", False))
    detail = a.get("detail", "pattern matched")

    def test(ctx: Context, f: str) -> Match | None:
        text = ctx.text(f)
        if full:
            m = rx.fullmatch(text.strip())
            return Match(detail, ((0, len(text)),)) if m else None
        spans = tuple(m.span() for m in rx.finditer(text) if m.end() > m.start())
        return Match(detail, spans) if spans else None

    return test


@measure("any_of")
def _m_any_of(args: Any) -> Test:
    """The field contains one of the keywords (whole words for spaced scripts, substrings for CJK;
    case-insensitive). The detail names the keyword, never the surrounding text."""
    a = _args("any_of", args, {"words"}, scalar="words")
    words = a["words"]
    if isinstance(words, str) or not isinstance(words, Sequence):
        raise RuleError("any_of: expects a list of words")
    rx = keyword_pattern(words)

    def test(ctx: Context, f: str) -> Match | None:
        text = ctx.text(f)
        spans, first = [], None
        for m in rx.finditer(text):
            spans.append(m.span())
            first = first or m.group(0)
        return Match(f"keyword {first.lower()!r}", tuple(spans)) if spans else None

    return test


@measure("equals")
def _m_equals(args: Any) -> Test:
    """The whole field equals one of the values, ignoring case, repeated spaces and final
    punctuation ("N/A." == "n/a")."""
    a = _args("equals", args, {"values"}, scalar="values")
    vals = a["values"]
    if isinstance(vals, str):
        vals = [vals]
    table = {_canon(str(v)) for v in vals}

    def test(ctx: Context, f: str) -> Match | None:
        text = ctx.text(f)
        if len(text) > 200:  # placeholders are short; skip canonicalizing long texts
            return None
        c = _canon(text)
        return Match("placeholder value", ((0, len(text)),)) if c in table else None

    return test


@measure("empty")
def _m_empty(args: Any) -> Test:
    """The field is empty or whitespace only (``empty: true``; ``empty: false`` inverts)."""
    want = bool(args)

    def test(ctx: Context, f: str) -> Match | None:
        is_empty = not ctx.text(f).strip()
        return Match("empty" if is_empty else "not empty") if is_empty == want else None

    return test


@measure("length")
def _m_length(args: Any) -> Test:
    """Length in units (words for spaced scripts + one per CJK character, curate.text.length_units)
    is below ``min`` or above ``max`` (``unit: chars`` counts characters instead)."""
    a = _args("length", args, {"min", "max", "unit"})
    lo, hi = a.get("min"), a.get("max")
    unit = a.get("unit", "units")
    if unit not in ("units", "chars"):
        raise RuleError("length: unit must be 'units' or 'chars'")
    count = length_units if unit == "units" else len

    def test(ctx: Context, f: str) -> Match | None:
        text = ctx.text(f)
        # a text never has more units than characters: most fields are far under a max bound
        if lo is None and hi is not None and len(text) <= hi:
            return None
        n = ctx.memo(("len", unit, f), lambda: count(text))
        if lo is not None and n < lo:
            return Match(f"{n} {unit} < min {lo}")
        if hi is not None and n > hi:
            return Match(f"{n} {unit} > max {hi}")
        return None

    return test


@measure("same_as")
def _m_same_as(args: Any) -> Test:
    """The field equals another field (``same_as: input``), compared as curate's content hash
    compares (NFKC, casefold unless ``ignore_case: false``, spaces, final punctuation unless
    ``ignore_punct: false``); ``mode: contains`` = the other field appears inside this
    one and makes up at least ``min_share`` of it. Empty fields never match."""
    a = _args("same_as", args, {"field", "mode", "min_share", "min_units", "ignore_case", "ignore_punct"},
              scalar="field")
    other = a["field"]
    if other not in RECORD_FIELDS:
        raise RuleError(f"same_as: unknown field {other!r}")
    mode = a.get("mode", "equal")
    if mode not in ("equal", "contains"):
        raise RuleError("same_as: mode must be 'equal' or 'contains'")
    min_share = float(a.get("min_share", 0.8))
    min_units = int(a.get("min_units", 1))
    # case matters when the task was a case fix ("correct the capitalization"): ignore_case: false
    fold = bool(a.get("ignore_case", True))
    # final punctuation does not make a restated instruction an answer; but when the task was to
    # punctuate, a final period is the whole change: ignore_punct: false
    unpunct = bool(a.get("ignore_punct", True))

    def key(ctx: Context, f: str) -> str:
        def canon() -> str:
            t = unicodedata.normalize("NFKC", ctx.text(f))
            t = _WS.sub(" ", t.casefold() if fold else t).strip()
            return t.rstrip(".。!！?？ ") if unpunct else t
        return ctx.memo(("canon", fold, unpunct, f), canon)

    def test(ctx: Context, f: str) -> Match | None:
        a, b = ctx.text(f), ctx.text(other)
        if not a or not b:
            return None
        # Cheap necessary conditions before canonicalizing (NFKC + casefold of a long output is the
        # cost): canonical forms keep every non-space character, so their sizes are bounded by the
        # non-space lengths (halved for safety against NFKC composition).
        na = ctx.memo(("nonspace", f), lambda: len(a) - _count_ws(a))
        nb = ctx.memo(("nonspace", other), lambda: len(b) - _count_ws(b))
        if mode == "equal" and (na > 2 * nb + 2 or nb > 2 * na + 2):
            return None
        if mode == "contains" and (nb > 2 * na + 2 or 2 * len(b) < min_share * na):
            return None
        mine, theirs = key(ctx, f), key(ctx, other)
        if not mine or not theirs or length_units(theirs) < min_units:
            return None
        if mode == "equal":
            return Match(f"same as {other}") if mine == theirs else None
        if theirs in mine and len(theirs) >= min_share * len(mine):
            return Match(f"mostly a copy of {other}")
        return None

    return test


@measure("ngram_repetition")
def _m_ngram(args: Any) -> Test:
    """Share of n-grams that repeat an earlier n-gram of the same field is at least ``max_ratio``.
    Tokens are curate.text.tokens (CJK characters one by one), so ``n`` words for spaced text and
    ``n_cjk`` characters for CJK text; texts shorter than ``min_tokens`` are not judged."""
    a = _args("ngram_repetition", args, {"n", "n_cjk", "max_ratio", "min_tokens"})
    n = int(a.get("n", 3))
    n_cjk = int(a.get("n_cjk", 2 * n))
    max_ratio = float(a.get("max_ratio", 0.5))
    min_tokens = int(a.get("min_tokens", 20))

    def test(ctx: Context, f: str) -> Match | None:
        text = ctx.text(f)
        toks = ctx.memo(("tokens", f), lambda: tokens(text))
        if len(toks) < min_tokens:
            return None
        k = n_cjk if CJK_CHAR.search(text) is not None and cjk_ratio(text) >= 0.3 else n
        total = len(toks) - k + 1
        if total <= 0:
            return None
        # n-grams as tuples of k shifted views: zip runs in C, unlike slicing per position
        ratio = 1.0 - len(set(zip(*(toks[i:] for i in range(k))))) / total
        return Match(f"{ratio:.0%} of {k}-grams repeated") if ratio >= max_ratio else None

    return test


_FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})[ \t]*([\w+#.-]*)[^\n]*$", re.MULTILINE)
PYTHON_LANGS = {"python", "py", "python3", "py3"}


def fenced_blocks(text: str) -> tuple[list[tuple[str, str]], bool]:
    """Fenced code blocks as (language, body) pairs, and whether a fence was left open."""
    blocks: list[tuple[str, str]] = []
    open_fence = False
    fences = list(_FENCE.finditer(text))
    i = 0
    while i < len(fences):
        start = fences[i]
        tick = start.group(1)
        lang = start.group(2).lower()
        # the closing fence: same character, at least as long, and no language tag
        j = i + 1
        while j < len(fences) and not (fences[j].group(1)[0] == tick[0]
                                       and len(fences[j].group(1)) >= len(tick)
                                       and not fences[j].group(2)):
            j += 1
        if j >= len(fences):
            body = text[start.end():]
            blocks.append((lang, body.strip("\n")))
            open_fence = True
            break
        blocks.append((lang, text[start.end():fences[j].start()].strip("\n")))
        i = j + 1
    return blocks, open_fence


@measure("code_block")
def _m_code_block(args: Any) -> Test:
    """A fenced code block in the field is broken: ``empty`` (nothing inside), ``unclosed`` (fence
    never closed), ``unparseable`` (a Python block, or an untagged block when ``python: true``,
    that ``ast.parse`` rejects). ``checks`` picks which of the three count (default all)."""
    a = _args("code_block", args, {"checks", "python"})
    checks = set(a.get("checks", ["empty", "unclosed", "unparseable"]))
    bad = checks - {"empty", "unclosed", "unparseable"}
    if bad:
        raise RuleError(f"code_block: unknown check(s) {sorted(bad)}")
    untagged_python = bool(a.get("python", False))

    def test(ctx: Context, f: str) -> Match | None:
        text = ctx.text(f)
        if "```" not in text and "~~~" not in text:
            return None
        blocks, unclosed = ctx.memo(("fences", f), lambda: fenced_blocks(text))
        if unclosed and "unclosed" in checks:
            return Match("code fence not closed")
        for lang, body in blocks:
            if not body.strip():
                if "empty" in checks:
                    return Match("empty code block")
                continue
            if "unparseable" in checks and (lang in PYTHON_LANGS or (not lang and untagged_python)):
                try:
                    ast.parse(body)
                except SyntaxError as e:
                    return Match(f"python block does not parse (line {e.lineno})")
                except (ValueError, RecursionError):  # NUL bytes, absurd nesting
                    return Match("python block does not parse")
        return None

    return test


@measure("script_mismatch")
def _m_script_mismatch(args: Any) -> Test:
    """The field is written in another script than the record's language: for a CJK record
    (``lang`` zh/ja/ko) the field has no more than ``max_cjk`` share of CJK letters; for any other
    record it is mostly CJK. Fields under ``min_units`` units are not judged (names, numbers,
    single words are language-neutral answers). Scripts, not a statistical detector: cheap, and
    right on short text where detectors are not."""
    a = _args("script_mismatch", args, {"min_units", "max_cjk", "min_cjk"})
    min_units = int(a.get("min_units", 8))
    max_cjk = float(a.get("max_cjk", 0.05))
    min_cjk = float(a.get("min_cjk", 0.5))

    def test(ctx: Context, f: str) -> Match | None:
        text = ctx.text(f)
        if ctx.lang in ("und", "", None):
            return None
        cjk_record = ctx.lang in ("zh", "ja", "ko")
        # fast exits on the common case: CJK text in a CJK record, no CJK at all in another one
        has = CJK_CHAR.search(text) is not None
        if not cjk_record and not has:
            return None
        r = cjk_ratio(text) if has else 0.0
        if cjk_record and r > max_cjk or not cjk_record and r < min_cjk:
            return None
        if length_units(text) < min_units:
            return None
        if cjk_record:
            return Match(f"{ctx.lang} record, field has no CJK text")
        return Match(f"{ctx.lang} record, field is mostly CJK")

    return test


@measure("lang_is")
def _m_lang_is(args: Any) -> Test:
    """The record's language is one of the listed codes (useful inside ``unless``)."""
    langs = {args} if isinstance(args, str) else set(args)

    def test(ctx: Context, f: str) -> Match | None:
        return Match(f"language {ctx.lang}") if ctx.lang in langs else None

    return test


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
    when no pattern is given), ``replace`` a pattern, or ``set`` the field to a value."""

    kind: str
    pattern: re.Pattern[str] | None = None
    value: str = ""

    def apply(self, text: str, match: Match) -> str:
        if self.kind == "set":
            return self.value
        if self.kind == "strip" and self.pattern is None:
            out, last = [], 0
            for s, e in sorted(match.spans):
                if s >= last:
                    out.append(text[last:s])
                    last = e
            out.append(text[last:])
            return "".join(out).strip()
        assert self.pattern is not None
        return self.pattern.sub(self.value, text).strip()


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
    from .resources import rules_dir

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
        ctx = Context(record, lang)
        hits: list[Hit] = []
        fixed: dict[str, str] = {}
        for r in self.rules:
            if not r.applies_to(lang):
                continue
            res = r.check(ctx)
            if res is None:
                continue
            f, m = res
            if r.action == "fix" and r.fix is not None:
                # a fix repairs every rule field the condition matches, not just the first
                changed = []
                for name in r.fields:
                    fm = r.condition.eval(ctx, (name,))
                    if fm is None:
                        continue
                    old = ctx.fields[name]
                    new = r.fix.apply(old, fm[1])
                    if name == "instruction" and not new.strip():
                        continue  # never empty the instruction; the check below flags it instead
                    if new != old:
                        ctx.fields[name] = new
                        ctx._cache.clear()
                        fixed[name] = new
                        changed.append(name)
                if not changed:
                    continue
                hits.append(Hit(r.id, r.action, r.severity, changed[0],
                                f"{changed[0]}: {m.detail}; {r.fix.kind}"))
                continue
            hits.append(Hit(r.id, r.action, r.severity, f or r.fields[0], m.detail))
        return hits, fixed

    def check_record(self, record: Mapping[str, Any], lang: str | None = None) -> list[Hit]:
        """Hits for one record (a dict with instruction/input/output[/system]). ``lang`` is
        detected from the instruction (and input) when not given."""
        if lang is None:
            lang = detect_record_langs([record])[0]
        return self.evaluate(record, lang)[0]


def detect_record_langs(records: Sequence[Mapping[str, Any]]) -> list[str]:
    """The language a record asks for, read as the language stage reads it: instruction and input
    together (the output is left out: a translation task's answer is in another language)."""
    from .lang import detect_languages

    texts = ["\n".join(p for p in (r.get("instruction") or "", r.get("input") or "") if p) for r in records]
    return detect_languages(texts)


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
    from .resources import rules_dir

    return sorted(p.stem for p in rules_dir().glob("*.y*ml") if is_rule_pack(p))
