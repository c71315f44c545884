"""Text normalization: repair text so that every later check sees clean, comparable fields.

One pure function, :func:`normalize_field`, holds every rule and is the single source of truth. The
``normalize`` stage runs it only on the fields that could change: a vectorized (Rust regex) pre-check
per column (:func:`may_change`) selects them, because calling ftfy and a dozen regexes in Python on every field of a million records
costs minutes, while most English fields are plain ASCII with nothing to fix. A test checks on real
data and on generated strings that the stage gives exactly what the pure function gives on every row.

Order of the steps within a field (each change is one ``fix`` finding per record, code and field):

1. ``norm.unicode``        ftfy repair (mojibake, terminal escapes, surrogates) + NFC
2. ``norm.html_entity``    ``&amp;`` ``&#39;`` ... decoded, except inside code spans and markup
3. ``norm.control_chars``  C0/C1 controls, DEL, zero-width space/BOM removed; CR LF → LF
   ``norm.literal_escape`` a double-escaped field (literal ``\\n``) gets real newlines
4. ``norm.whitespace``     exotic spaces → ' ', trailing spaces, 3+ newlines, field strip
5. ``norm.leaked_label``   the field's own label at its start ("Input:", "输出：")
6. ``norm.placeholder_input`` a whole-field no-input marker ("<noinput>", "无输入") → ""
7. ``norm.t2s``            Traditional → Simplified Chinese (OpenCC; off by default)
then ``norm.empty_instruction`` drops a record whose instruction ended up empty.

The label is removed before the placeholder check (the issue lists them the other way round) so that
"Input: N/A" ends as "" too.
"""
from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import polars as pl

from curate.stage import declare

# ------------------------------------------------------------------------------------------ codes
UNICODE = declare("norm.unicode", "fix", "info",
                  "text repaired with ftfy (mojibake, terminal escapes, surrogates) and put in NFC")
HTML_ENTITY = declare("norm.html_entity", "fix", "info",
                      "HTML entities (&amp; &quot; &#39; ...) decoded outside code and markup")
CONTROL = declare("norm.control_chars", "fix", "info",
                  "control characters, zero-width spaces or BOM removed; CR/LF line ends made LF")
LITERAL_ESCAPE = declare("norm.literal_escape", "fix", "info",
                         "double-escaped text: literal \\n / \\t turned into a real newline / tab")
WHITESPACE = declare("norm.whitespace", "fix", "info",
                     "unusual spaces made ASCII, trailing spaces and surplus blank lines removed, "
                     "field stripped")
LABEL = declare("norm.leaked_label", "fix", "info",
                "the field began with its own label ('Input:', '输出：'), which was removed")
PLACEHOLDER = declare("norm.placeholder_input", "fix", "info",
                      "the whole input was a no-input placeholder ('<noinput>', '无输入'); set to ''")
T2S = declare("norm.t2s", "off", "info",
              "Traditional Chinese converted to Simplified (OpenCC t2s); enable with t2s: true")
EMPTY_INSTRUCTION = declare("norm.empty_instruction", "drop", "error",
                            "the instruction is empty after normalization")

FIX_CODES = (UNICODE, HTML_ENTITY, CONTROL, LITERAL_ESCAPE, WHITESPACE, LABEL, PLACEHOLDER, T2S)

# Default whole-field no-input markers, compared after normalization (see _placeholder_key):
# casefolded, NFKC, surrounding brackets and trailing punctuation removed, inner spaces collapsed.
# Measured on the 5,000-record original Alpaca sample: "No input"/"No Input"/"No input." (21),
# "Noinput"/"noinput" (10), "N/A" (4), "No input needed." (4), "<no input>"(.) (2), "<noinput?" (1).
# The Chinese demo set has none; the Chinese entries follow the forms used by Chinese Alpaca
# translations (ymcui alpaca_zh, BELLE) and the issue.
#
# Deliberately absent: "none", "null", "na", "无", "空", "没有". Each is a real input in some task
# ("What does this Python function return? None", "Give the antonym of 空", "Na" is sodium), and a
# placeholder fix that empties a real input silently changes the task. They count only when wrapped
# in brackets, "(none)", "<无>", "（空）", which nobody writes as a real value: BRACKETED_PLACEHOLDERS.
DEFAULT_PLACEHOLDERS = (
    "noinput", "no input", "no-input", "no_input", "no input needed", "no input required",
    "no input provided", "no input given", "no input necessary", "input not required",
    "not applicable", "n/a",
    "无输入", "无输入内容", "没有输入", "无需输入", "不需要输入", "输入为空", "空输入", "无输入信息",
)
DEFAULT_BRACKETED_PLACEHOLDERS = ("none", "null", "nil", "na", "empty", "blank",
                                  "无", "空", "没有", "无内容")

# A field's own label, at the very start of that field, optionally as a markdown heading
# ("### Input:"). Only the field's own label: an output starting "Input: 5\nOutput: 25" is a worked
# example, not a leak.
_LABELS = {
    "instruction": r"instruction|指令",
    "input": r"input|输入",
    "output": r"output|输出",
}
_LABEL_RE = {f: re.compile(rf"(?:#{{1,6}}[ \t]*)?(?:{alt})[ \t]*[:：][ \t\u3000]*(?:\n|(?=\S)|\Z)",
                           re.IGNORECASE)
             for f, alt in _LABELS.items()}

# ----------------------------------------------------------------------------------- patterns
# "Quiet" characters: a text made only of these is left unchanged by every step except the
# ones the pre-check looks for separately (entities need '&', escapes a backslash, whitespace fixes
# an edge space or a line-end pattern, labels and placeholders their words). None of them takes part
# in the mojibake ftfy repairs as a lead byte (those sequences need Ã/â/×/√-like characters; the
# Latin-1 and cp1252 punctuation here can only be continuation bytes), none has a
# canonical decomposition or composes with a neighbour (so NFC leaves them), none is a control, an
# unusual space or U+3000. CJK compatibility ideographs (U+F900-FAFF) are out: NFC maps them to
# unified ones; so are the combining kana marks U+3099/309A. Tests check the claim with ftfy itself
# (every string of up to 3 of these characters — 4 was checked once — and generated longer ones).
_QUIET = ("\t\n\x20-\x7e"
          "\u3001-\u303f"                      # CJK punctuation 、。〈〉《》「」【】 (not U+3000)
          "\u3041-\u3096\u30a0-\u30ff"        # kana, without the combining voicing marks
          "\u3400-\u4dbf\u4e00-\u9fff"        # Han
          "\uac00-\ud7a3"                      # precomposed hangul syllables
          "\uff01-\uff5e"                      # full-width forms ，：（）！？ＡＢＣ
          "\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026"   # – — ‘ ’ “ ” • …
          "\u00b7\u00b0")                       # · (Chinese name separator) °
_FTFY_NOOP = re.compile(f"[{_QUIET}]*")
# The quiet characters that NFKC or casefolding change (full-width letters, "…", 〸 ...): the
# placeholder comparison key folds them, so an input holding one is always a placeholder candidate.
# (Computed once: [c for c in quiet if NFKC(c).casefold() != c and not c.isascii()]; a test keeps
# it in step with _QUIET.)
_KEY_FOLDED = "\u2026\u3036\u3038-\u303a\u30ff\uff01-\uff5e"

_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Code spans where entities are shown on purpose: fenced blocks (``` or ~~~, to the closing fence or
# the end) and inline `code` (one line).
_CODE_SPAN = re.compile(r"(```.*?(?:```|\Z)|~~~.*?(?:~~~|\Z)|`[^`\n]+`)", re.S)
# Markup: an HTML/XML tag. A field with tags shows markup source, where &lt; &amp; are deliberate.
_MARKUP = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>|<!--|<!\[CDATA\[")

# Removed outright: C0 controls except \t \n (and \r, \v, \f, handled as line ends), DEL, C1 controls
# that ftfy left (it turns the cp1252 ones into their characters first), zero-width space, word
# joiner, BOM, deprecated format characters, interlinear annotation marks and the object replacement
# character. U+200D (zero-width joiner) stays: emoji sequences need it.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u200b\u2060\ufeff\u206a-\u206f"
                      "\ufff9-\ufffc]")
# Line ends: CR LF, lone CR, NEL, LS, PS, VT, FF become LF (they separate lines; deleting them would
# glue words together).
_LINE_END = re.compile("\r\n?|[\x0b\x0c\x85\u2028\u2029]")
_ANY_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\u200c\u2028\u2029\u2060\ufeff"
                          "\u206a-\u206f\ufff9-\ufffc]")
# U+200C (zero-width non-joiner) is part of the spelling of Persian and several Indic scripts, where
# it sits between two letters of that script; anywhere else it is an invisible stray.
_ZWNJ_KEEP = re.compile("[\u0600-\u06ff\u0750-\u077f\u0900-\u0dff\ufb50-\ufdff\ufe70-\ufeff]"
                        "\u200c[\u0600-\u06ff\u0750-\u077f\u0900-\u0dff\ufb50-\ufdff\ufe70-\ufeff]")

# Double-escaped text: literal backslash-n/t where real ones were meant. Only repaired when the field
# shows no sign of code or markup (see _literal_escape_ok), because in code `print("a\n")` the
# backslash is the point.
_LITERAL_ESC = re.compile(r"\\r\\n|\\n|\\t")
_OTHER_BACKSLASH = re.compile(r"\\(?![nt]|r\\n)")
_CODE_SIGNS = re.compile(
    r"[{}`$;=<>]|print\s*\(|printf|println|echo |console\.|#include|\bdef |\breturn\b"
    r"|\bimport |\bfunction\b|\bvar |\blet |\bconst |\bSELECT\b|\bregex|\bescape|\bnewline"
    r"""|["'“”‘’]\s*\\[nt]|\\[nt]\s*["'“”‘’]"""
    r"|(?:^|\s)\\[nt](?:\s|$)"          # an escape talked about as a word: "use \n for a new line"
    r"|\\[nt][a-z]")                     # \nabla, \theta, \times, or an identifier after an escape

# Spaces that are not U+0020 and carry no meaning of their own. U+3000 (ideographic space) is a
# full-width space CJK text uses inside lines on purpose, so only its line-initial/-final uses go.
_ODD_SPACE = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f]")
_IDEO_EDGE = re.compile("^\u3000+|\u3000+$", re.M)
_TRAILING = re.compile("[ \t]+$", re.M)
_BLANK_RUN = re.compile(r"\n{3,}")

_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef]")

# Text that may change at all: the Rust-regex pre-check the stage runs on whole columns. It must
# match every text normalize_field would change (tests check this on real and generated text), and
# it may match more. A character outside the quiet set, '&' (entities), a backslash (escapes),
# leading/trailing whitespace, a space before a line end, 3 line ends in a row. With t2s on, any Han
# character may change, so any non-ASCII character counts.
_MAY_CHANGE_TAIL = r"|&|\\|\A\s|\s\z|[ \t]\n|\n\n\n"
_MAY_CHANGE = f"[^{_QUIET}]" + _MAY_CHANGE_TAIL
_MAY_CHANGE_T2S = r"[^\t\n\x20-\x7e]" + _MAY_CHANGE_TAIL
_MAY_CHANGE_LABEL = {f: rf"(?i)\A(?:#{{1,6}}[ \t]*)?(?:{alt})[ \t]*[:：]" for f, alt in _LABELS.items()}


class Change(NamedTuple):
    """One kind of change made to one field: the code and a detail without the field's content."""

    code: str
    detail: str


@dataclass(frozen=True)
class NormalizeConfig:
    """What normalize_field does. ``enabled``: the fix codes that apply (default all but t2s)."""

    placeholders: frozenset = field(default_factory=lambda: frozenset(
        _placeholder_key(p)[0] for p in DEFAULT_PLACEHOLDERS))
    bracketed_placeholders: frozenset = field(default_factory=lambda: frozenset(
        _placeholder_key(p)[0] for p in DEFAULT_BRACKETED_PLACEHOLDERS))
    enabled: frozenset = frozenset(c.code for c in FIX_CODES if c.action != "off")
    # derived in __post_init__
    max_placeholder_chars: int = field(init=False, default=0)
    placeholder_precheck: str = field(init=False, default="")

    def __post_init__(self) -> None:
        keys = self.placeholders | self.bracketed_placeholders
        # Longest raw text that can still be a placeholder: the longest key plus generous room for
        # brackets, punctuation and spaces. Longer inputs are never compared.
        object.__setattr__(self, "max_placeholder_chars",
                           max((len(k) for k in keys), default=0) * 2 + 16)
        # Pre-check (Rust regex) for placeholder candidates: the input contains a key, its spaces as
        # any whitespace run, ignoring ASCII case. Exact for ASCII text (the key is the text
        # casefolded with brackets, punctuation and surrounding space removed and inner spaces
        # collapsed); non-ASCII text is a candidate anyway unless all its characters are quiet, and
        # then NFKC and casefold change it only where it holds one of _KEY_FOLDED.
        alts = sorted((r"\s+".join(re.escape(w) for w in k.split(" ")) for k in keys if k),
                      key=len, reverse=True)
        object.__setattr__(self, "placeholder_precheck",
                           f"(?i)(?:{'|'.join(alts)})|[{_KEY_FOLDED}]" if alts else "")


# ------------------------------------------------------------------------------- ftfy, opencc
_FTFY_CONFIG: Any = None
_OPENCC: Any = None


def _ftfy(text: str) -> str:
    global _FTFY_CONFIG
    import ftfy

    if _FTFY_CONFIG is None:
        # Keep ftfy to what is certainly damage: mojibake, surrogates, terminal escapes, NFC. The
        # rest it would do is either ours to do and count separately (HTML entities, control
        # characters, line breaks) or is not damage at all: fix_character_width would turn Chinese
        # full-width punctuation "，：（）" into ASCII, uncurl_quotes and fix_latin_ligatures change
        # legitimate typography.
        _FTFY_CONFIG = ftfy.TextFixerConfig(
            unescape_html=False, fix_character_width=False, uncurl_quotes=False,
            fix_latin_ligatures=False, fix_line_breaks=False, remove_control_chars=False,
            normalization="NFC", explain=False)
    if "\n" not in text:
        return ftfy.fix_text(text, _FTFY_CONFIG)
    # ftfy fixes a text line by line (each segment ends at a "\n"), so handing it only the lines
    # that are not quiet gives the same result; a long answer with one "×" costs one line, not all.
    lines = text.split("\n")
    last = len(lines) - 1
    out = []
    for i, line in enumerate(lines):
        seg = line if i == last else line + "\n"
        out.append(seg if _FTFY_NOOP.fullmatch(seg) else ftfy.fix_text(seg, _FTFY_CONFIG))
    return "".join(out)


def _t2s(text: str) -> str:
    global _OPENCC
    if _OPENCC is None:
        import opencc

        _OPENCC = opencc.OpenCC("t2s")
    return _OPENCC.convert(text)


# ------------------------------------------------------------------------------ the steps
_BRACKETS = set("<>()[]{}【】《》「」〈〉")
# Any leading/trailing character that is not a letter or digit: quotes and backticks around a
# marker ("\"<noinput>\"", `<noinput>`), brackets, and stray trailing characters ("<noinput>.",
# "<noinput>?", "<noinput>;", "<noinput> -"), which the Alpaca data has in every combination.
_EDGE_NOISE = re.compile(r"^[\W_]+|[\W_]+$")


def _placeholder_key(text: str) -> tuple[str, bool]:
    """(comparison key, was bracketed) of a candidate placeholder: NFKC, casefolded, every
    leading/trailing non-alphanumeric character (quotes, backticks, brackets, punctuation, spaces)
    removed, inner spaces collapsed. ``bracketed``: a bracket was among the removed characters.
    A text of punctuation only ("-") keeps it (a user may list such a marker)."""
    k = unicodedata.normalize("NFKC", text).casefold().strip()
    edges = "".join(m.group(0) for m in _EDGE_NOISE.finditer(k))
    core = _EDGE_NOISE.sub("", k)
    if not core:  # a marker made only of punctuation ("-", "--"): compared as it is
        return " ".join(k.split()), False
    return " ".join(core.split()), any(c in _BRACKETS for c in edges)


def _unescape_entities(text: str) -> str:
    if _MARKUP.search(text):
        return text
    parts = _CODE_SPAN.split(text)
    # split with one capturing group: even indices are prose, odd ones code spans.
    for i in range(0, len(parts), 2):
        if "&" in parts[i]:
            parts[i] = _ENTITY.sub(lambda m: html.unescape(m.group(0)), parts[i])
    return "".join(parts)


def _remove_controls(text: str) -> str:
    # One search first: most fields have nothing here, and three substitutions over a long output
    # cost more than the search.
    if _ANY_CONTROL.search(text) is None:
        return text
    text = _LINE_END.sub("\n", text)
    text = _CONTROL.sub("", text)
    if "\u200c" in text:
        kept = {m.start() + 1 for m in _ZWNJ_KEEP.finditer(text)}
        text = "".join(ch for i, ch in enumerate(text) if ch != "\u200c" or i in kept)
    return text


def _literal_escape_ok(text: str) -> bool:
    return ("\n" not in text and _LITERAL_ESC.search(text) is not None
            and _OTHER_BACKSLASH.search(text) is None and _CODE_SIGNS.search(text) is None)


def _strip_field(text: str) -> str:
    """Strip a field without breaking the indentation of code: leading blank lines and trailing
    whitespace always go; the first line's own indentation goes only when no later line is indented
    (prose with a stray leading space), since in an indented code block it is structure."""
    text = text.rstrip()
    while True:
        nl = text.find("\n")
        if nl == -1 or text[:nl].strip():
            break
        text = text[nl + 1:]
    if text[:1].isspace():
        if "\n" not in text or not re.search(r"\n[ \t]", text):
            text = text.lstrip()
    return text


def _whitespace(text: str) -> str:
    # Each substitution only when its pattern can occur (cheap `in` tests first; see _remove_controls).
    if not text.isascii():
        text = _ODD_SPACE.sub(" ", text)
        if "\u3000" in text:
            text = _IDEO_EDGE.sub("", text)
    if " \n" in text or "\t\n" in text:
        text = _TRAILING.sub("", text)
    if "\n\n\n" in text:
        text = _BLANK_RUN.sub("\n\n", text)
    return _strip_field(text)


def normalize_field(field_name: str, text: str | None,
                    config: NormalizeConfig | None = None) -> tuple[str | None, list[Change]]:
    """Normalize one field's text. Returns the new text and the changes made, in step order.

    ``field_name`` is instruction, input, output, system or history (a history turn's text): labels
    are removed only from instruction/input/output, placeholders only from input.
    """
    if text is None:
        return None, []
    cfg = config or DEFAULT_CONFIG
    on = cfg.enabled
    changes: list[Change] = []

    def step(code: Any, new: str, detail: str) -> str:
        if new != text_:
            changes.append(Change(code.code, f"{field_name}: {detail}"))
        return new

    text_ = text
    # 1. unicode
    if UNICODE.code in on and _FTFY_NOOP.fullmatch(text_) is None:
        text_ = step(UNICODE, _ftfy(text_), "unicode repaired (ftfy, NFC)")
    # 2. entities
    if HTML_ENTITY.code in on and "&" in text_:
        text_ = step(HTML_ENTITY, _unescape_entities(text_), "HTML entities decoded")
    # 3. controls, then literal escapes
    if CONTROL.code in on:
        text_ = step(CONTROL, _remove_controls(text_), "control/zero-width characters removed "
                     "or line ends made LF")
    if LITERAL_ESCAPE.code in on and "\\" in text_ and _literal_escape_ok(text_):
        new = _LITERAL_ESC.sub(lambda m: "\t" if m.group(0) == "\\t" else "\n", text_)
        text_ = step(LITERAL_ESCAPE, new, "literal \\n/\\t escapes made real")
    # 4. whitespace
    if WHITESPACE.code in on:
        text_ = step(WHITESPACE, _whitespace(text_), "whitespace normalized")
    # 5. the field's own leaked label
    label_re = _LABEL_RE.get(field_name)
    if label_re is not None and LABEL.code in on:
        m = label_re.match(text_)
        if m:
            label = m.group(0).strip()
            text_ = step(LABEL, _strip_field(text_[m.end():]), f"leaked label {label!r} removed")
    # 6. whole-field placeholder input
    if field_name == "input" and PLACEHOLDER.code in on and text_ \
            and len(text_) <= cfg.max_placeholder_chars:
        key, bracketed = _placeholder_key(text_)
        if key in cfg.placeholders or (bracketed and key in cfg.bracketed_placeholders):
            text_ = step(PLACEHOLDER, "", f"placeholder {text_!r} replaced by ''")
    # 7. Traditional -> Simplified
    if T2S.code in on and _HAN.search(text_):
        text_ = step(T2S, _t2s(text_), "Traditional Chinese converted to Simplified")
    return text_, changes


DEFAULT_CONFIG = NormalizeConfig()


def may_change(name: str, col: pl.Series, config: NormalizeConfig) -> pl.Series:
    """Boolean mask of the rows whose text ``normalize_field`` might change (never misses one): a
    vectorized (Rust regex) pre-check, so Python runs only on the fields that need it."""
    on = config.enabled
    expr = pl.col("t").str.contains(_MAY_CHANGE_T2S if T2S.code in on else _MAY_CHANGE)
    if name in _MAY_CHANGE_LABEL and LABEL.code in on:
        expr = expr | pl.col("t").str.contains(_MAY_CHANGE_LABEL[name])
    if name == "input" and PLACEHOLDER.code in on and config.placeholder_precheck:
        expr = expr | ((pl.col("t").str.len_chars() <= config.max_placeholder_chars)
                       & pl.col("t").str.contains(config.placeholder_precheck))
    if name == "instruction":
        expr = expr | (pl.col("t") == "")  # empty: no change, but it needs the empty check
    return pl.DataFrame({"t": col}).select(expr.fill_null(False))["t"]


_BY_CODE = {c.code: c for c in (*FIX_CODES, EMPTY_INSTRUCTION)}
