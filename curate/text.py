"""Script-aware text helpers shared by rules, dedup, ROUGE, PII and length checks.

Chinese and Japanese are written without spaces, so "a word" is not a whitespace token there: every
CJK character counts as one token and one length unit, runs of other letters/digits count as words.
"""
from __future__ import annotations

import re

# Han (incl. extension A and compatibility ideographs), kana, hangul, bopomofo.
_CJK_CLASS = (
    "\u2e80-\u2fdf\u3040-\u30ff\u3100-\u312f\u3190-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002ebef"
)
CJK_CLASS = _CJK_CLASS  # public: character-class body for regexes elsewhere (curate.normalize.lang)
CJK_CHAR = re.compile(f"[{_CJK_CLASS}]")
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef]")
_KANA = re.compile("[\u3040-\u30ff]")
_HANGUL = re.compile("[\uac00-\ud7af]")
# One token: a single CJK character, or a run of word characters that are not CJK.
_TOKEN = re.compile(f"[{_CJK_CLASS}]|[^\\W{_CJK_CLASS}]+")
_LETTER = re.compile(r"[^\W\d_]")
TOKEN_PATTERN = _TOKEN.pattern  # public: the same tokens, vectorized (polars) in curate.dedup
LETTER_PATTERN = _LETTER.pattern


def tokens(text: str, lower: bool = True) -> list[str]:
    """CJK characters one by one, other words whole; punctuation and spaces dropped."""
    if lower:
        text = text.lower()
    return _TOKEN.findall(text)


def length_units(text: str) -> int:
    """Length in words for spaced scripts plus one unit per CJK character."""
    return len(_TOKEN.findall(text))


def cjk_ratio(text: str) -> float:
    """Share of letters that are CJK (0.0 when the text has no letters)."""
    letters = len(_LETTER.findall(text))
    if not letters:
        return 0.0
    return len(CJK_CHAR.findall(text)) / letters


def script_of(text: str) -> str:
    """'zh', 'ja', 'ko' when CJK letters dominate, else 'latin-or-other'. A fast path before a
    statistical detector: Han text without kana is Chinese."""
    if cjk_ratio(text) < 0.3:
        return "latin-or-other"
    if _KANA.search(text):
        return "ja"
    if len(_HANGUL.findall(text)) > len(_HAN.findall(text)):  # Korean may quote some Hanja
        return "ko"
    return "zh"


def is_spaced(text: str) -> bool:
    """True when the text is mostly written with spaces between words (not CJK)."""
    return cjk_ratio(text) < 0.3
