"""Measurements: the Python functions rule conditions are composed of (``@measure("name")``).

A measure factory takes a rule's YAML arguments and returns a test ``(ctx, field) -> Match | None``.
YAML can only compose registered measures, so every pack goes through this one mechanism.
"""
from __future__ import annotations

import ast
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from curate.rules.engine import KeywordPattern, LinearPattern, PatternError
from curate.schema import TEXT_FIELDS
from curate.text import CJK_CHAR, cjk_ratio, length_units, tokens

RECORD_FIELDS = TEXT_FIELDS
ANY = "any"


class RuleError(ValueError):
    """A rule file that cannot be used; the message names the file and the rule id."""


# ------------------------------------------------------------------------------------ matches
@dataclass(frozen=True)
class Match:
    """What a measurement found in one field: a detail for people (never the matched personal
    content, only what kind of thing matched) and, for fixes, what matched: ``spans`` (a custom
    measure's character spans), ``pattern`` (every match of this pattern) or ``whole`` (the field)."""

    detail: str = ""
    spans: tuple[tuple[int, int], ...] = ()
    pattern: Any = None  # a curate.rules.engine.LinearPattern
    whole: bool = False


class Context:
    """The record a condition is evaluated on: its text fields and its language. In a batch it
    also holds the batch's pattern results (``columns``: key -> one value per row, see
    :meth:`PatternTest.key`), looked up by ``index``; a field a fix has changed (``dirty``) is
    matched again on its own."""

    __slots__ = ("_cache", "columns", "dirty", "fields", "index", "lang", "reference")

    def __init__(self, fields: Mapping[str, Any], lang: str, *, columns: Mapping[Any, Sequence[Any]] | None = None,
                 index: int = 0, reference: bool = False) -> None:
        self.fields: dict[str, str] = {}
        for k in RECORD_FIELDS:
            v = fields.get(k)
            self.fields[k] = v if isinstance(v, str) else ("" if v is None else str(v))
        self.lang = lang
        self._cache: dict[Any, Any] = {}
        self.columns = columns or {}
        self.index = index
        self.dirty: set[str] = set()
        # reference=True evaluates patterns with Python's re, the engine rules used before the
        # linear-time one: only the tests use it, to show both give the same findings
        self.reference = reference

    def text(self, name: str) -> str:
        return self.fields.get(name, "")

    def set_text(self, name: str, text: str) -> None:
        self.fields[name] = text
        self.dirty.add(name)
        self._cache.clear()

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
    # " ".join(split()) is _WS.sub(" ", t).strip() (same whitespace set), several times faster
    t = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    return t.rstrip(".。!！?？ ").strip()


def _is_cjk_word(word: str) -> bool:
    return CJK_CHAR.search(word) is not None


def keyword_pattern(words: Iterable[str]) -> LinearPattern:
    """One pattern for a keyword list. Words of spaced scripts match whole words: an edge that is a
    letter, digit or ``_`` may not touch another one, so 'draw' does not fire on 'withdraw'; CJK
    words match as substrings, since Chinese has no spaces to bound them (exceptions such as 画家
    vs 画 belong in ``unless``). Case-insensitive; a space inside a keyword matches any run of
    whitespace. Longest keywords first, so "go to" wins over "go" (curate.rules.engine.KeywordPattern)."""
    spaced, cjk = [], []
    for w in words:
        w = str(w).strip()
        if not w:
            continue
        (cjk if _is_cjk_word(w) else spaced).append(w)
    if not spaced and not cjk:
        raise RuleError("any_of: empty keyword list")
    return KeywordPattern(spaced, cjk)


def _compile_regex(pattern: str, ignore_case: bool, where: str) -> LinearPattern:
    try:
        return LinearPattern(pattern, ignore_case)
    except PatternError as e:
        raise RuleError(f"{where}: {e}") from None


class PatternTest:
    """A leaf test run by the linear-time engine. In a batch its result for every row comes from
    one columnar evaluation (curate.rules.engine.evaluate); alone, or on a field a fix changed,
    from the one text. ``mode``: ``found`` (a non-empty match anywhere), ``full`` (the whole
    stripped field), ``first`` (found, and the detail names the first keyword). ``within``: only
    the field's first that many characters are searched."""

    __slots__ = ("detail", "key", "mode", "pattern", "within")

    def __init__(self, pattern: LinearPattern, mode: str, detail: str = "", within: int | None = None) -> None:
        self.pattern, self.mode, self.detail, self.within = pattern, mode, detail, within
        self.key = (mode, pattern.rust, within)

    def _value(self, ctx: Context, f: str) -> Any:
        col = ctx.columns.get((self.key, f))
        if col is not None and f not in ctx.dirty:
            return col[ctx.index]
        text = ctx.text(f)
        if self.within is not None:
            text = text[:self.within]
        if ctx.reference:
            rx = self.pattern.py
            if self.mode == "full":
                return rx.fullmatch(text.strip()) is not None
            if self.mode == "first":
                m = rx.search(text)
                return m.group(0) if m else None
            return any(m.end() > m.start() for m in rx.finditer(text))
        return self.pattern.value(self.mode, text)  # already cut to `within`

    def __call__(self, ctx: Context, f: str) -> Match | None:
        v = self._value(ctx, f)
        if self.mode == "first":
            return Match(f"keyword {v.lower()!r}", pattern=self.pattern) if v is not None else None
        if not v:
            return None
        return Match(self.detail, whole=True) if self.mode == "full" else Match(self.detail, pattern=self.pattern)


@measure("regex")
def _m_regex(args: Any) -> Test:
    """The field matches a regular expression (Python syntax, run by a linear-time engine: no
    look-around or backreferences; case-insensitive unless ``ignore_case: false``; ``^``/``$``
    match at line ends; ``full: true`` = whole field; ``within: N`` = in the first N characters)."""
    a = _args("regex", args, {"pattern", "ignore_case", "full", "detail", "within"}, scalar="pattern")
    rx = _compile_regex(str(a["pattern"]), a.get("ignore_case", True), "regex")
    within = a.get("within")
    if within is not None and (not isinstance(within, int) or isinstance(within, bool) or within < 1):
        raise RuleError("regex: within must be a positive number of characters")
    if within is not None and a.get("full", False):
        raise RuleError("regex: within and full cannot be combined")
    return PatternTest(rx, "full" if a.get("full", False) else "found", a.get("detail", "pattern matched"), within)


@measure("any_of")
def _m_any_of(args: Any) -> Test:
    """The field contains one of the keywords (whole words for spaced scripts, substrings for CJK;
    case-insensitive). The detail names the keyword, never the surrounding text."""
    a = _args("any_of", args, {"words"}, scalar="words")
    words = a["words"]
    if isinstance(words, str) or not isinstance(words, Sequence):
        raise RuleError("any_of: expects a list of words")
    return PatternTest(keyword_pattern(words), "first")


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
        return Match("placeholder value", whole=True) if c in table else None

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
            t = " ".join((t.casefold() if fold else t).split())
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


# A field's language is read from its first characters: enough for any verdict, and it keeps the
# language measures linear in nothing (a 1 MiB field costs what 4,000 characters cost).
LANG_PREFIX = 4000


@measure("output_lang_mismatch")
def _m_output_lang_mismatch(args: Any) -> Test:
    """The output is prose in another language than the task's, and the task asks for no other
    language: it names none, asks for no translation, quotes nothing in that script, and its input
    is not in that language (curate.normalize.langcheck, the same check generation uses). Code,
    JSON keys, lists of names and short answers are not read as prose."""
    _args("output_lang_mismatch", args or {}, set())

    def test(ctx: Context, f: str) -> Match | None:
        from curate.normalize import langcheck as LC

        # The task's language is read from the instruction with the same evidence the output needs
        # (prose, stop words); the record's detected language alone misreads short English
        # instructions as Spanish or French (11 of 5,000 Alpaca records), so when the instruction
        # cannot be placed with confidence only a CJK record's script is trusted, else no verdict.
        # Read the instruction preferring the output's language: when it reads at least as well
        # as prose in that language, the two agree ("Create a list of things to do in Las Vegas."
        # is Spanish to the detector, English by its stop words).
        out = LC.text_lang(ctx.text(f)[:LANG_PREFIX])
        if out is None:
            return None
        task = LC.text_lang(ctx.text("instruction")[:LANG_PREFIX], prefer=out)
        if task is None:
            task = ctx.lang if LC.is_cjk_lang(ctx.lang) else None
        if task is None:
            return None
        why = LC.check_output(*(ctx.text(k)[:LANG_PREFIX] for k in ("instruction", "input")),
                              ctx.text(f)[:LANG_PREFIX], task)
        return Match(why) if why else None

    return test


@measure("lang_is")
def _m_lang_is(args: Any) -> Test:
    """The record's language is one of the listed codes (useful inside ``unless``)."""
    langs = {args} if isinstance(args, str) else set(args)

    def test(ctx: Context, f: str) -> Match | None:
        return Match(f"language {ctx.lang}") if ctx.lang in langs else None

    test.langs = langs  # type: ignore[attr-defined]  # read by Node.bound (batch pre-selection)
    return test


