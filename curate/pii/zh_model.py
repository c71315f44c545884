"""Chinese person names from a trained tagger: THULAC (Tsinghua's lexical analyzer; its PyPI wheel
ships the model, so it works offline) tags person names ``np`` from the words around them, where the
rules of ``curate.pii.zh_names`` need a cue (a label, a title, a verb that takes a person).

Why a model here: on the Chinese set written by someone who never saw the rules
(bench/pii_zh_independent.py) the rules find 0.59 of the names in its held-out templates, because
78 of its 150 templates give a name no cue ("方颖问我…", "时孙云诉称…"). jieba's dictionary cannot
tell those from words (reading every name it tags as one altered 31 of 1,144 PII-free records).
THULAC was trained on tagged news and reads a name from its whole sentence.

What it gets wrong, and the filters that follow, each measured on the hand-checked PII-free
Chinese records (bench/pii_eval.py) — raw ``np`` tags altered 253 of 1,144:
* Latin words, transliterated foreign names (唐娜·塔特, 莫里森 (Morrison…), 艾菲 Aifei), public and
  fictional figures: a name must be a Chinese surname and a one- or two-character given name written
  with given-name characters, neither dictionary may know it as a figure or a word
  (``zh_names._held``, CC-CEDICT), and no ``·`` or Latin gloss may stand beside it.
* Words the tagger cut across (朴素贝|叶斯 from 朴素贝叶斯, 白云枫|叶红 from 白云枫叶红): jieba's
  dictionary holds a word that runs across the name's first or last character.
* Characters of a story or a book (一位名叫艾拉的姑娘), authors, people in a poem: not personal data
  in a task; a text that discusses a work (``zh_names.about_work``, a title in 《》, words of authorship)
  gets no model names.

Cost: THULAC is pure Python, ≈ 3,900 characters a second; its two inner loops (feature sums and
the Viterbi search, 97% of its time) are replaced here with numpy over the same weights, read from
its model file (``_feature_values``, ``_viterbi``): ≈ 32,000 characters a second, identical output
(tests/pii/test_zh_model.py). Loading takes ≈ 2.5 s and 1.3 GB at its peak, 375 MB after. It runs only
in the profiles that ask for it (``zh_model: thulac`` in rules/pii.yaml: the dataset profile, not
logs) and only on the sentences where jieba suspects a name (``_maybe_name``: 861 of the 8,446
sentences of the PII-free Chinese records). The dataset profile on the 1,000 Chinese demo records:
≈ 0.5 MB/s with it, ≈ 2-4 MB/s without.

License: THULAC's Python code is MIT; its authors ask commercial users of the model to contact them
(https://github.com/thunlp/THULAC-Python). ``zh_model: none`` turns it off.
"""
from __future__ import annotations

import functools
import importlib.util
import os
import re
import threading
import types

from curate.pii.patterns import Span
from curate.pii.zh_names import (
    KNOWN_FIGURE,
    _cedict,
    _cut_window,
    _freq,
    _given_name_chars,
    _held,
    _name_shaped,
    _simp,
    _surname_len,
    _tables,
    about_work,
)

RECOGNIZER = "zh_model_thulac"
GIVEN_SHARE = 3e-4
SCORE = 0.9  # the dataset profile's PERSON threshold: a model name stands without a cue

_LOCK = threading.Lock()
_CUT_LOCK = threading.Lock()
_MODEL = None
_SENTENCE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]*")
_HAN_ONLY = re.compile("^[\u4e00-\u9fff]+$")
# Beyond zh_names.about_work (which the rules share): a title in title marks (《金翅雀》, 〈秦川行〉) or
# words of authorship (X著, 主编, 写的, 一书, 绘本). Measured on 35,123 shop reviews, mostly of books:
# the model put a name on 166 of them (characters, authors CC-CEDICT lacks), 131 with this test;
# in People's Daily 1998-01 its spans on non-names went 5 -> 2; no set's recall moved.
_AUTHORSHIP = re.compile("《[^》\n]{1,40}》|〈[^〉\n]{1,40}〉|(?<![显土])著(?![名称])|主编|编著|写的|所写|一书|绘本")
# a name with its romanization or Latin original, or part of a transliterated foreign name: "唐娜·塔特",
# "莫里森 (Morrison", "裴达（Descartes）", a list of baby names "艾菲 Aifei" (the price: a private
# name written with its pinyin, "张伟 Zhang Wei", is left to the rules)
# Chinese stand-ins for "John Doe" (张三, 李四 …) and the stock people of textbooks and exam tasks
# (李雷 and 韩梅梅 of the school English course, 李华 who writes the gaokao letter): with no cue, a
# task's nobody in particular. (Only here: after a form label or beside contact data the rules still
# take them — Faker draws 李雷 and 李华 as ordinary names.)
PLACEHOLDERS = frozenset(("张三", "李四", "王五", "赵六", "孙七", "周八", "吴九", "郑十", "李雷", "韩梅梅", "李华"))
_GLOSS_AFTER = re.compile(r"[ \t]*(?:[·•・‧]|[（(][ \t]*[A-Za-z]|[A-Za-z])")
_GLOSS_BEFORE = re.compile("[·•・‧][ \t]*[\u4e00-\u9fff]*$")


@functools.lru_cache(maxsize=1)
def available() -> bool:
    return importlib.util.find_spec("thulac") is not None


def _model():
    global _MODEL
    if _MODEL is None:
        with _LOCK:
            if _MODEL is None:
                import contextlib
                import io

                import thulac

                with contextlib.redirect_stdout(io.StringIO()):  # it prints "Model loaded succeed"
                    model = thulac.thulac()
                dec = getattr(model, "_thulac__tagging_decoder", None)
                weights = _weights_on_disk(os.path.join(os.path.dirname(thulac.__file__), "models", "model_c_model.bin"),
                                           dec)
                if weights is not None:
                    # the same numbers, read from the file on demand: the tuple of 92M Python ints
                    # it replaces is freed
                    dec.model.fl_weights = weights
                    dec.putValues = types.MethodType(_feature_values, dec)
                    dec.dp = types.MethodType(_viterbi, dec)
                _MODEL = model
    return _MODEL


def _weights_on_disk(path: str, dec):
    """THULAC's feature weights as a (features, labels) int32 array mapped from its model file
    (layout: label count, feature count, label-label weights, feature-label weights, little-endian
    int32), or None when the file or the decoder is not what thulac 0.2.2 has."""
    import numpy as np

    try:
        size, feats = dec.model.l_size, dec.model.f_size
        offset = 8 + 4 * size * size
        if os.path.getsize(path) != offset + 4 * feats * size or len(dec.model.fl_weights) != feats * size:
            return None
        if not all(hasattr(dec, a) for a in ("labelTransPre", "pocsToTags", "nGramFeature", "allowedLabelLists")):
            return None
        return np.memmap(path, dtype="<i4", mode="r", offset=offset, shape=(feats, size))
    except (AttributeError, OSError, TypeError, ValueError):
        return None


def _feature_values(dec) -> None:
    """THULAC's per-character label scores (``CBTaggingDecoder.putValues``): the same character
    unigram and bigram features looked up in its double-array trie, their weight rows summed with
    numpy instead of one Python addition per (feature, label)."""
    import numpy as np

    n, seq = dec.len, dec.sequence
    if n == 0:
        return
    feat = dec.nGramFeature
    find, size, dat = feat.findBases, feat.datSize, feat.dat
    edge = feat.SENTENCE_BOUNDARY
    uni, bi = [0] * (n + 2), [0] * (n + 3)
    uni[0], bi[0] = find(size, edge, edge)
    uni[0], bi[1] = find(size, edge, seq[0])
    for i in range(n - 1):
        uni[i + 1], bi[i + 2] = find(size, seq[i], seq[i + 1])
    uni[n], bi[n + 1] = find(size, seq[n - 1], edge)
    uni[n + 1], bi[n + 2] = find(size, edge, edge)
    rows, at = [], []
    for i in range(n):
        for base, step in ((uni[i + 1], 49), (uni[i], 50), (uni[i + 2], 51), (bi[i + 1], 49), (bi[i + 2], 50),
                           (bi[i], 51), (bi[i + 3], 52)):
            if base == -1:
                continue
            ind = dat[2 * base] + step
            if ind < size and dat[2 * ind + 1] == base:
                rows.append(dat[2 * ind])
                at.append(i)
    values = np.zeros((n, dec.model.l_size), dtype=np.int64)
    if rows:
        np.add.at(values, np.asarray(at), np.asarray(dec.model.fl_weights[np.asarray(rows)], dtype=np.int64))
    dec.values = values


def _viterbi(dec) -> None:
    """THULAC's best label path, as its ``CBTaggingDecoder.dp`` computes it, with numpy: its own
    decoder loops over every (position, label, previous label) in Python and was 81% of the
    tagger's time (340 µs a character). Same scores, same tie-breaking (the lowest label index
    wins, as in its loops), same result; tests/pii/test_zh_model.py compares both paths."""
    import numpy as np

    n, size = dec.len, dec.model.l_size
    trans = getattr(dec, "_curate_trans", None)
    if trans is None:
        trans = np.full((size, size), -np.inf)
        weights = np.asarray(dec.model.ll_weights, dtype=np.float64).reshape(size, size)
        for j, pre in enumerate(dec.labelTransPre):
            ks = [k for k in pre if k != -1]
            trans[ks, j] = weights[ks, j]
        dec._curate_trans = trans
    first, last = dec.allowedLabelLists[0], dec.allowedLabelLists[n - 1]
    if first is None:
        dec.allowedLabelLists[0] = dec.pocsToTags[9]
    if last is None:
        dec.allowedLabelLists[n - 1] = dec.pocsToTags[12]
    values = np.asarray(dec.values, dtype=np.float64).reshape(n, size)  # (ints: exact below 2**53)
    allowed = np.zeros((n, size), dtype=bool)
    for i in range(n):
        allowed[i, [j for j in dec.allowedLabelLists[i] if j != -1]] = True
    back = np.zeros((n, size), dtype=np.int64)
    alpha = np.where(allowed[0], values[0], -np.inf)
    reach = allowed[0].copy()
    for i in range(1, n):
        cand = alpha[:, None] + trans
        back[i] = np.argmax(cand, axis=0)
        best = cand[back[i], np.arange(size)]
        reach = allowed[i] & np.isfinite(best)
        alpha = np.where(reach, best + values[i], -np.inf)
    # THULAC lets the last position end on a label no path reaches, scored by its own value alone
    final = np.where(reach, alpha, np.where(allowed[n - 1], values[n - 1], -np.inf))
    j = int(np.argmax(final))
    dec.result = {n - 1: j}
    dec.bestScore = final[j]
    if reach[j] or n == 1:
        for i in range(n - 1, 0, -1):
            j = int(back[i][j])
            dec.result[i - 1] = j
    dec.alphas = []
    dec.allowedLabelLists[0] = None
    dec.allowedLabelLists[n - 1] = None


# verse: a poem's words are no one's name (金凤 is a flower in "金凤仍开最小花")
_VERSE = re.compile("诗|歌词|绝句|律诗|对联|宋词|填词")


def discusses_work(text: str) -> bool:
    """The text is about a work (a book, story, film, poem) or its author, or is a word problem:
    names in it, or in the answer to it, are characters, authors and a textbook's people. The pii
    stage also asks this of a record's task (instruction and input) for the model names of its
    other fields."""
    return about_work(text) or _AUTHORSHIP.search(text) is not None or _VERSE.search(text) is not None


def find_model_names(text: str) -> list[Span]:
    """Person names THULAC tags in ``text`` that pass the filters above."""
    if not text or discusses_work(text):
        return []
    out: list[Span] = []
    for m in _SENTENCE.finditer(text):
        s0, sentence = m.start(), m.group(0)
        if not _maybe_name(sentence):
            continue
        model = _model()
        with _CUT_LOCK:  # the decoder keeps per-call state on the model object
            words = model.cut(sentence)
        pos = 0
        for word, tag in words:
            i = sentence.find(word, pos)
            if i < 0:
                continue
            pos = i + len(word)
            if tag != "np" or not _private(sentence, i, pos):
                continue
            out.append(Span(s0 + i, s0 + pos, "PERSON", SCORE, RECOGNIZER))
    return out


def _maybe_name(sentence: str) -> bool:
    """jieba (fast, already loaded) suspects a name: a piece it tags as a person name, or one its
    dictionary does not hold, that starts with a surname."""
    words = _cut_window(sentence)
    for k, (a, b, tag) in enumerate(words):
        if not _surname_len(sentence[a:a + 2]):
            continue
        if (tag[:2] == "nr" or tag == "x") and b - a >= 2:
            return True
        if b - a == 1 and k + 1 < len(words):
            # a surname standing alone, then one or two given-name characters (王|刚, 孟|建平)
            c, e, _ = words[k + 1]
            if e - c <= 2 and _given_name_chars(sentence, c, e, GIVEN_SHARE) and _HAN_ONLY.match(sentence[c:e]):
                return True
    return False


def _private(sentence: str, s: int, e: int) -> bool:
    word = sentence[s:e]
    if not _HAN_ONLY.match(word):
        return False
    simp = _simp(word)
    t = _tables()
    if simp[:2] not in t["compound"] and simp[:1] not in t["common"]:
        return False  # no cue: a common surname (as a clause subject needs; 皮克峰 is a mountain)
    if simp in PLACEHOLDERS or not _name_shaped(simp) or _held(simp) >= KNOWN_FIGURE or simp in _cedict()[1] \
            or not _given_name_chars(simp, 0, len(simp), GIVEN_SHARE):
        return False
    if _GLOSS_AFTER.match(sentence, e) or _GLOSS_BEFORE.search(sentence, 0, s):
        return False
    # a dictionary word running across the name's first or last character: the tagger cut a word
    lo, hi = max(0, s - 4), min(len(sentence), e + 4)
    for a, b, tag in _cut_window(sentence[lo:hi]):
        a, b = a + lo, b + lo
        if b - a >= 2 and (a < s < b or a < e < b):
            piece = _simp(sentence[a:b])
            # (jieba tags transliterations nr too: 朴素贝|叶斯 runs into 贝叶斯, which CC-CEDICT holds)
            if _freq(piece) and (not tag.startswith("nr") or piece in _cedict()[1]):
                return False
    return True
