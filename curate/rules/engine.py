"""Linear-time regular expressions for rules: Python-syntax patterns run on Rust's ``regex`` crate
(through polars), whose matching time is linear in the text whatever the pattern.

Why: Python's ``re`` backtracks. A shipped pattern such as ``^\\W*(?:draw|paint)`` (multiline) took
74 s on one instruction of 20,000 ``-\\n`` lines (60 KB) and would take hours on a 1 MiB field, which
the reader accepts. The Rust engine has no backtracking (lazy DFA / PikeVM), so every pattern is
linear; it gives that up for look-around and backreferences, which rule patterns then may not use.

Rules keep being written in Python syntax (what people know, and what ``re`` checks in the tests);
:func:`to_rust` translates it. Where the two dialects differ, the translation keeps Python's meaning:

* ``\\w``/``\\W`` are Python's word characters (letters, numbers, ``_``: ``[\\p{L}\\p{N}_]``), ``\\s``/``\\S``
  include the separators U+001C-U+001F as Python's do, ``\\Z`` is Rust's ``\\z``;
* escaped punctuation becomes a code point escape (Rust reads ``\\<`` as a word-start assertion);
  ``[`` inside a class and ``{`` that is not a quantifier are escaped; ``{,n}`` becomes ``{0,n}``;
* refused with one message: look-around, backreferences, atomic groups, possessive quantifiers,
  conditionals, ``\\N{...}`` and the ASCII/locale flags.

One difference stays: ``\\b`` uses Rust's notion of a word character, which also counts combining
marks. A test checks that every shipped pack gives the same findings and fixes with ``re`` and with
this engine on the real EN/ZH samples.

Evaluation is columnar: :meth:`LinearPattern.contains` and friends take a polars Series (a batch
column); the ``*_text`` methods are the one-text forms (a one-row Series).
"""
from __future__ import annotations

import re
from functools import cached_property, lru_cache

import polars as pl

FLAGS_PY = re.IGNORECASE | re.MULTILINE


class PatternError(ValueError):
    """A pattern the linear-time engine cannot run (the message says why)."""


# Python's classes written for Rust (see the module docstring). Inside a class the negated forms
# become nested classes, which Rust supports ([a[^b]]).
_W = r"\p{L}\p{N}_"
_S = r"\s\x{1c}-\x{1f}"
# Outside a class they are wrapped in (?-i:...): case folding cannot change a class that holds every
# letter (or none), and folding Unicode classes is most of the compile time of a pattern (measured:
# the default pack compiles in a fraction of the time).
_OUTSIDE = {"w": f"(?-i:[{_W}])", "W": f"(?-i:[^{_W}])", "s": f"(?-i:[{_S}])", "S": f"(?-i:[^{_S}])",
            "d": r"(?-i:\d)", "D": r"(?-i:\D)"}
_INSIDE = {"w": _W, "W": f"[^{_W}]", "s": _S, "S": f"[^{_S}]", "d": r"\d", "D": r"\D"}
_SIMPLE_ESC = {"n": 0x0A, "t": 0x09, "r": 0x0D, "f": 0x0C, "v": 0x0B, "a": 0x07}
_QUANT = re.compile(r"\{(\d*)(,?)(\d*)\}")


def _cp(ch: str) -> str:
    return f"\\x{{{ord(ch):x}}}"


def to_rust(pattern: str) -> str:
    """Translate a Python-syntax pattern to Rust ``regex`` syntax with the same meaning, or raise
    :class:`PatternError` naming the construct the linear-time engine cannot run."""
    out: list[str] = []
    i, n = 0, len(pattern)
    in_class = False
    prev_class_char = ""
    last_quant = False  # the last item was a quantifier: '?' after it is lazy, '+' possessive

    def refuse(what: str) -> PatternError:
        return PatternError(f"{what} is not supported by the linear-time regex engine "
                            f"(at position {i} of {pattern!r})")

    while i < n:
        c = pattern[i]
        if c == "\\":
            if i + 1 >= n:
                raise PatternError(f"pattern ends with a backslash: {pattern!r}")
            d = pattern[i + 1]
            i += 2
            if d in _OUTSIDE:
                out.append((_INSIDE if in_class else _OUTSIDE)[d])
            elif d == "Z" and not in_class:
                out.append(r"\z")
            elif d in "AbB" and not in_class:
                out.append("\\" + d)
            elif d == "b":  # inside a class: backspace
                out.append(r"\x{8}")
            elif d in _SIMPLE_ESC:
                out.append(f"\\x{{{_SIMPLE_ESC[d]:x}}}")
            elif d in "xuU":
                width = {"x": 2, "u": 4, "U": 8}[d]
                digits = pattern[i:i + width]
                if len(digits) != width or not all(ch in "0123456789abcdefABCDEF" for ch in digits):
                    raise PatternError(f"bad \\{d} escape in {pattern!r}")
                out.append(f"\\x{{{int(digits, 16):x}}}")
                i += width
            elif d == "0" or (d in "1234567" and in_class):
                j = i
                while j < n and j < i + 2 and pattern[j] in "01234567":
                    j += 1
                out.append(f"\\x{{{int(d + pattern[i:j], 8):x}}}")
                i = j
            elif d.isdigit():
                i -= 2
                raise refuse("a backreference")
            elif d == "N":
                i -= 2
                raise refuse("\\N{...}")
            elif d.isascii() and d.isalpha():
                raise PatternError(f"unknown escape \\{d} in {pattern!r}")
            else:  # escaped punctuation or any other character: the character itself
                out.append(_cp(d))
            prev_class_char = ""
            last_quant = False
            continue
        if in_class:
            if c == "]":
                in_class = False
                out.append("]")
            elif c == "[":
                out.append(r"\[")
            elif c in "&~":
                out.append("\\" + c)
            elif c == "-" and prev_class_char == "-":
                out.append(r"\-")  # Rust reads '--' as class difference
            else:
                out.append(c)
            prev_class_char = c
            i += 1
            continue
        if c == "[":
            in_class = True
            prev_class_char = ""
            out.append("[")
            i += 1
            if i < n and pattern[i] == "^":
                out.append("^")
                i += 1
            if i < n and pattern[i] == "]":  # a leading ']' is a literal in Python
                out.append(r"\]")
                i += 1
            last_quant = False
            continue
        if c == "(" and pattern.startswith("(?", i):
            rest = pattern[i + 2:]
            if rest.startswith((":", "P<")):
                out.append("(?:" if rest[0] == ":" else "(?P<")
                i += 3 if rest[0] == ":" else 4
            elif rest.startswith(("=", "!", "<=", "<!")):
                raise refuse("look-around")
            elif rest.startswith("P="):
                raise refuse("a backreference")
            elif rest.startswith(">"):
                raise refuse("an atomic group")
            elif rest.startswith("("):
                raise refuse("a conditional group")
            elif rest.startswith("#"):
                end = pattern.find(")", i)
                if end < 0:
                    raise PatternError(f"unclosed comment in {pattern!r}")
                i = end + 1
            else:
                m = re.match(r"([a-zA-Z]*)(?:-([a-zA-Z]*))?([:)])", rest)
                if not m:
                    raise PatternError(f"unknown group syntax at position {i} of {pattern!r}")
                on, off = m.group(1), m.group(2) or ""
                if set(on + off) - set("imsxu"):
                    raise refuse(f"the flag(s) {''.join(sorted(set(on + off) - set('imsxu')))}")
                on = on.replace("u", "")
                flags = on + (f"-{off}" if off else "")
                if flags or m.group(3) == ":":
                    out.append(f"(?{flags}{m.group(3)}")
                i += 2 + m.end()
            last_quant = False
            continue
        if c == "{":
            m = _QUANT.match(pattern, i)
            if m and (m.group(1) or m.group(3)):
                lo, comma, hi = m.group(1) or "0", m.group(2), m.group(3)
                out.append("{" + lo + (comma + hi) + "}")
                i = m.end()
                last_quant = True
                continue
            out.append(r"\{")
            i += 1
            last_quant = False
            continue
        if c in "*+?":
            if last_quant and c == "+":
                raise refuse("a possessive quantifier")
            out.append(c)
            last_quant = not last_quant  # 'a*' is a quantifier; the '?' of 'a*?' (lazy) ends it
            i += 1
            continue
        if c in "}]":
            out.append(_cp(c))
        else:
            out.append(c)
        last_quant = False
        i += 1
    if in_class:
        raise PatternError(f"unclosed character class in {pattern!r}")
    return "".join(out)


@lru_cache(maxsize=4096)
def _check(rust: str) -> None:
    pl.Series("t", [""], dtype=pl.Utf8).str.contains(rust)


def _compiles(rust: str) -> str | None:
    """None when Rust's engine accepts the pattern, else its reason."""
    try:
        _check(rust)
    except pl.exceptions.PolarsError as e:
        lines = [ln.strip() for ln in str(e).splitlines() if ln.strip().startswith("error:")]
        return lines[0][len("error:"):].strip() if lines else str(e).splitlines()[0]
    return None


def _can_match_empty(pattern: str, flags: int) -> bool:
    """Whether a pattern can match the empty string somewhere (Python's parser knows the minimum
    width). Such a pattern needs a non-empty match to count as found, as ``finditer`` is used."""
    try:
        from re import _parser  # type: ignore[attr-defined]
    except ImportError:  # Python < 3.11
        import sre_parse as _parser  # type: ignore[no-redef]
    return _parser.parse(pattern, flags).getwidth()[0] == 0


_BOUNDARY = re.compile(r"\\[bB]")


class LinearPattern:
    """A rule pattern: Python syntax in, run by Rust's linear-time engine.

    ``pattern`` is the Python-syntax text and ``py`` its compiled ``re`` form (the reference the
    tests compare against); ``rust`` is the translation with the flags inline (``(?m)`` always,
    as rules use ``^``/``$`` per line; ``(?i)`` unless ``ignore_case=False``).

    Speed, not correctness: Rust's fast engine (a lazy DFA) gives up on Unicode word boundaries
    (``\\b``) as soon as the text has a non-ASCII character, and the fallback (a PikeVM) is still
    linear but ~10x slower (0.2-0.4 s per MiB of Chinese text and pattern). So a pattern with
    ``\\b`` is first run with its boundaries left out (``relaxed``: matches a superset, at DFA
    speed), and exactly only on the rows the relaxed form matched.
    """

    def __init__(self, pattern: str, ignore_case: bool = True) -> None:
        self.pattern = pattern
        self.ignore_case = ignore_case
        self._py_flags = FLAGS_PY if ignore_case else re.MULTILINE
        try:
            re.compile(pattern, self._py_flags)
        except re.error as e:
            raise PatternError(f"bad regular expression {pattern!r}: {e}") from None
        self._set_rust(to_rust(pattern))
        self.empty = _can_match_empty(pattern, self._py_flags)

    def _set_rust(self, core: str, relaxed_core: str | None = None) -> None:
        flags = "(?im)" if self.ignore_case else "(?m)"
        self.rust = flags + core
        why = _compiles(self.rust)
        if why is not None:
            raise PatternError(f"the linear-time regex engine cannot run {self.pattern!r}: {why}")
        self.full_rust = flags + r"\A(?:" + core + r")\z"
        if relaxed_core is None and _BOUNDARY.search(core):
            relaxed_core = _BOUNDARY.sub("", core)
        self.relaxed: str | None = None
        self.full_relaxed: str | None = None
        if relaxed_core is not None and _compiles(flags + relaxed_core) is None:
            self.relaxed = flags + relaxed_core
            self.full_relaxed = flags + r"\A(?:" + relaxed_core + r")\z"

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.pattern!r})"

    @cached_property
    def py(self) -> re.Pattern[str]:
        return re.compile(self.pattern, self._py_flags)

    # -- expressions over a column ---------------------------------------------------------
    def expr(self, mode: str, col: pl.Expr, relaxed: bool = False) -> pl.Expr:
        """``found``: a non-empty match somewhere (what ``finditer`` finds); ``full``: the whole
        text, stripped of surrounding whitespace, matches; ``first``: the first match's text (null
        when none). ``relaxed`` runs the boundary-free superset (a boolean in every mode)."""
        if mode == "full":
            rx = self.full_relaxed if relaxed else self.full_rust
            return col.str.strip_chars().str.contains(rx).fill_null(False)
        rx = self.relaxed if relaxed else self.rust
        if mode == "first" and not relaxed:
            return self._first(col)
        hit = col.str.contains(rx)
        if self.empty and mode == "found" and not relaxed:
            # an empty match does not count: the text changes when the matches are removed
            hit = hit & (col.str.replace_all(rx, "").str.len_bytes() < col.str.len_bytes())
        return hit.fill_null(False)

    def _first(self, col: pl.Expr) -> pl.Expr:
        return col.str.extract(self.rust, 0)

    def has_prefilter(self, mode: str) -> bool:
        return (self.full_relaxed if mode == "full" else self.relaxed) is not None

    # -- one text ----------------------------------------------------------------------
    def value(self, mode: str, text: str, within: int | None = None) -> object:
        return evaluate(pl.DataFrame({"t": [text]}, schema={"t": pl.Utf8}), [(self, mode, "t", within)])[0][0]

    def found_text(self, text: str) -> bool:
        return bool(self.value("found", text))

    def full_text(self, text: str) -> bool:
        return bool(self.value("full", text))

    def first_text(self, text: str) -> str | None:
        return self.value("first", text)  # type: ignore[return-value]

    def remove_all(self, text: str) -> str:
        """The text with every (non-overlapping, leftmost-first) match removed."""
        return pl.select(pl.lit(text, dtype=pl.Utf8).str.replace_all(self.rust, "")).item()

    def replace_all(self, text: str, repl: str) -> str:
        """``re.sub(pattern, repl, text)``; ``repl`` in Python syntax (``\\1``, ``\\g<name>``)."""
        return pl.select(pl.lit(text, dtype=pl.Utf8).str.replace_all(self.rust, python_replacement(repl))).item()


class KeywordPattern(LinearPattern):
    """A keyword list (see curate.rules.measures.keyword_pattern): ``spaced`` words match whole
    words, ``cjk`` ones as substrings; case-insensitive, a space in a keyword matches any run of
    whitespace, longest keywords first.

    A keyword edge that is a word character (Python's ``\\w``: letter, number, ``_``) may not touch
    another word character. Python writes that with look-around (``(?<!\\w)draw(?!\\w)``, the
    reference form); the Rust form consumes the neighbour instead, ``(?:^|[^\\w])(draw)(?:[^\\w]|$)``
    with the keyword as a capture group, which finds the same keywords and, unlike ``\\b``, keeps
    the fast engine on Chinese text. Removing keywords (a strip fix on ``any_of``, which no shipped
    rule has) uses the reference form: a literal alternation with fixed-width look-around, linear.
    """

    def __init__(self, spaced: list[str], cjk: list[str]) -> None:
        self.ignore_case = True
        self._py_flags = FLAGS_PY
        alts_py, groups = [], {}
        for w in sorted(set(spaced), key=len, reverse=True):
            body = r"\s+".join(re.escape(part) for part in w.split())
            left, right = bool(_WORD.match(w[0])), bool(_WORD.match(w[-1]))
            alts_py.append((r"(?<!\w)" if left else "") + body + (r"(?!\w)" if right else ""))
            groups.setdefault((left, right), []).append(body)
        cjk_alts = [re.escape(w) for w in sorted(set(cjk), key=len, reverse=True)]
        alts_py += cjk_alts
        if cjk_alts:
            groups.setdefault((False, False), []).extend(cjk_alts)
        self.pattern = "|".join(alts_py)
        self.empty = False
        edge = r"[^\p{L}\p{N}_]"
        parts = []
        for (left, right), bodies in groups.items():
            inner = "|".join(to_rust(b) for b in bodies)
            parts.append((f"(?:^|{edge})" if left else "") + f"({inner})" + (f"(?:{edge}|$)" if right else ""))
        self.groups = len(parts)
        self._set_rust("|".join(parts))
        self.relaxed = self.full_relaxed = None

    def _first(self, col: pl.Expr) -> pl.Expr:
        if self.groups == 1:
            return col.str.extract(self.rust, 1)
        g = col.str.extract_groups(self.rust)
        return pl.coalesce([g.struct.field(str(i + 1)) for i in range(self.groups)])

    def remove_all(self, text: str) -> str:
        return self.py.sub("", text)

    def replace_all(self, text: str, repl: str) -> str:
        return self.py.sub(repl, text)


_WORD = re.compile(r"\w")


def evaluate(df: pl.DataFrame, jobs: list[tuple[LinearPattern, str, str, int | None]]) -> list[list[object]]:
    """Run (pattern, mode, column, within) jobs over a frame: one list of per-row values per job
    (``within``: only the first that many characters of the text are searched).

    One polars select runs every job at once (exact, or the relaxed prefilter where the pattern
    has one); a second pass runs the exact form of the prefiltered jobs on the rows their
    prefilter matched."""
    if not jobs:
        return []
    def col(c: str, within: int | None) -> pl.Expr:
        return pl.col(c) if within is None else pl.col(c).str.slice(0, within)

    first = df.select([p.expr(mode, col(c, w), relaxed=p.has_prefilter(mode)).alias(f"j{i}")
                       for i, (p, mode, c, w) in enumerate(jobs)])
    out: list[list[object]] = []
    for i, (p, mode, c, w) in enumerate(jobs):
        vals = first.get_column(f"j{i}").to_list()
        if p.has_prefilter(mode):
            rows = [k for k, v in enumerate(vals) if v]
            vals = [None if mode == "first" else False] * len(vals)
            if rows:
                sub = df.select(pl.col(c).gather(rows)).select(p.expr(mode, col(c, w)).alias("v"))
                for k, v in zip(rows, sub.get_column("v").to_list()):
                    vals[k] = v
        out.append(vals)
    return out


def python_replacement(repl: str) -> str:
    """A ``re.sub`` replacement string in Rust's syntax: ``\\1``/``\\g<1>``/``\\g<name>`` → ``${1}``/
    ``${name}``; ``$`` doubled; Python's escapes (``\\n``, ``\\\\``) resolved."""
    out, i = [], 0
    while i < len(repl):
        c = repl[i]
        if c == "$":
            out.append("$$")
        elif c == "\\" and i + 1 < len(repl):
            d = repl[i + 1]
            m = re.match(r"g<(\w+)>", repl[i + 1:])
            if m:
                out.append("${" + m.group(1) + "}")
                i += 1 + m.end()
                continue
            if d.isdigit():
                j = i + 1
                while j < len(repl) and j < i + 3 and repl[j].isdigit():
                    j += 1
                out.append("${" + repl[i + 1:j] + "}")
                i = j
                continue
            out.append({"n": "\n", "t": "\t", "r": "\r", "\\": "\\"}.get(d, "\\" + d))
            i += 2
            continue
        else:
            out.append(c)
        i += 1
    return "".join(out)
