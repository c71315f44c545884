"""curate.rouge: exact agreement with rouge-score on English, real scores on Chinese."""
from __future__ import annotations

import itertools
import json
import random

import pytest

from curate.rouge import NoveltyIndex, rouge_l, rouge_l_corpus, rouge_l_max, rouge_l_prf, rouge_tokens

rouge_scorer = pytest.importorskip("rouge_score.rouge_scorer")
rs_tokenize = pytest.importorskip("rouge_score.tokenize")


def _instructions(path):
    return [json.loads(line)["instruction"] for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


@pytest.fixture(scope="module")
def en_seeds(shared_data):
    return _instructions(shared_data / "self_instruct_seed_tasks.jsonl")


@pytest.fixture(scope="module")
def zh_seeds(shared_data):
    return _instructions(shared_data / "belle_zh_seed_tasks.jsonl")


@pytest.fixture(scope="module")
def scorer():
    return rouge_scorer.RougeScorer(["rougeL"], use_stemmer=False)


def test_tokens_match_rouge_score_on_english(en_seeds):
    for s in en_seeds:
        assert rouge_tokens(s) == rs_tokenize.tokenize(s, None)


def test_all_seed_pairs_identical_to_rouge_score(en_seeds, scorer):
    """All 15,225 pairs of the 175 Self-Instruct seeds: same F to 1e-9, same 0.7 decisions."""
    pairs = list(itertools.combinations(en_seeds, 2))
    assert len(pairs) == 175 * 174 // 2
    worst, flips, above = 0.0, 0, 0
    for a, b in pairs:
        ref = scorer.score(a, b)["rougeL"].fmeasure
        got = rouge_l(a, b)
        worst = max(worst, abs(ref - got))
        flips += (ref >= 0.7) != (got >= 0.7)
        above += got >= 0.5
    assert worst < 1e-9
    assert flips == 0
    assert above > 0  # the sample contains close pairs, not only unrelated ones


def test_near_duplicates_decided_like_rouge_score(en_seeds, scorer):
    """Edited copies of real instructions straddle 0.7; decisions must agree with rouge-score."""
    rng = random.Random(7)
    decided = {True: 0, False: 0}
    for s in en_seeds:
        words = s.split()
        for _ in range(3):
            w = list(words)
            for _ in range(rng.randint(1, len(w) // 2 + 1)):
                op = rng.random()
                i = rng.randrange(len(w))
                if op < 0.4:
                    w[i] = rng.choice(["the", "a", "please", "quickly", "data", "X"])
                elif op < 0.7 and len(w) > 1:
                    del w[i]
                else:
                    w.insert(i, rng.choice(["new", "short", "given", "Chinese"]))
            c = " ".join(w)
            ref = scorer.score(s, c)["rougeL"].fmeasure
            got = rouge_l(s, c)
            assert abs(ref - got) < 1e-9
            decided[got >= 0.7] += 1
    assert decided[True] > 50 and decided[False] > 50


def test_prf_orientation_matches_rouge_score(en_seeds, scorer):
    for ref, pred in itertools.pairwise(en_seeds[:41]):
        s = scorer.score(ref, pred)["rougeL"]  # score(target, prediction)
        got = rouge_l_prf(pred, ref)
        assert got.precision == pytest.approx(s.precision, abs=1e-12)
        assert got.recall == pytest.approx(s.recall, abs=1e-12)
        assert got.fmeasure == pytest.approx(s.fmeasure, abs=1e-12)


def test_chinese_scores_where_rouge_score_sees_nothing(zh_seeds, scorer):
    # rouge-score drops every CJK character: any two Chinese instructions score 0, even identical ones.
    sample = zh_seeds[:30]
    assert all(scorer.score(a, b)["rougeL"].fmeasure == 0.0
               for a, b in itertools.combinations(sample, 2))
    assert scorer.score(sample[0], sample[0])["rougeL"].fmeasure == 0.0
    # Ours scores per character.
    assert rouge_l(sample[0], sample[0]) == 1.0
    assert rouge_l("给出下面词语的同义词", "给出下面词语的反义词") == pytest.approx(0.9)
    assert rouge_l("给出下面词语的同义词", "请给出下列词语的同义词") >= 0.7
    assert rouge_l("给出下面词语的同义词", "写一首关于秋天的诗") < 0.2
    # Unrelated real Chinese seeds mostly stay far below the bar; a real corpus is not all near-dups.
    scores = [rouge_l(a, b) for a, b in itertools.combinations(sample, 2)]
    assert sum(s >= 0.7 for s in scores) / len(scores) < 0.05
    assert max(scores) > 0.0


def test_mixed_script_tokens():
    assert rouge_tokens("用Python写一个hello world程序") == \
        ["用", "python", "写", "一", "个", "hello", "world", "程", "序"]
    assert rouge_l("用Python写排序", "用python写排序") == 1.0


def test_empty_and_punctuation_only():
    assert rouge_l("", "anything") == 0.0
    assert rouge_l("...", "!!!") == 0.0
    assert rouge_l_corpus([], []) == 0.0
    with pytest.raises(ValueError):
        rouge_l_corpus(["a"], [])


def test_novelty_index_matches_brute_force(en_seeds, zh_seeds):
    pool = en_seeds[:120] + zh_seeds[:60]
    idx = NoveltyIndex(pool)
    queries = en_seeds[120:] + zh_seeds[60:100] + [en_seeds[3], zh_seeds[5],
                                                   en_seeds[10] + " Be brief."]
    for q in queries:
        brute = [rouge_l(q, p) for p in pool]
        best = max(brute)
        got, i = idx.max_similarity(q)
        assert got == pytest.approx(best, abs=1e-12)
        assert brute[i] == pytest.approx(best, abs=1e-12)
        # The length-pruned path decides the same way and is exact when it matters.
        pruned, _ = idx.max_similarity(q, threshold=0.7)
        assert (pruned >= 0.7) == (best >= 0.7)
        if best >= 0.7:
            assert pruned == pytest.approx(best, abs=1e-12)
        assert idx.is_novel(q) == (best < 0.7)
    # Exact copies are caught, with the right index.
    assert idx.max_similarity(pool[17]) == (1.0, 17)
    assert rouge_l_max(pool[17], [rouge_tokens(p) for p in pool]) == (1.0, 17)


def test_novelty_index_grows():
    idx = NoveltyIndex()
    assert idx.max_similarity("anything") == (0.0, -1)
    idx.add("Write a poem about the sea.")
    assert not idx.is_novel("Write a poem about the sea!")
    assert idx.is_novel("Summarize the history of Rome in three sentences.")
    idx.add("Summarize the history of Rome in three sentences.")
    assert idx.max_similarity("Summarize the history of Rome in two sentences.")[1] == 1


def test_pairs_above_threshold_match_brute_force(en_seeds, zh_seeds):
    from curate.rouge import rouge_l_pairs

    texts = en_seeds[:80] + zh_seeds[:40] + [en_seeds[5], zh_seeds[3] + "。", "", "..."]
    got = rouge_l_pairs(texts, 0.5, chunk=17)
    want = [(i, j, rouge_l(a, b)) for i, a in enumerate(texts) for j, b in enumerate(texts)
            if i < j and rouge_l(a, b) >= 0.5]
    assert [(i, j) for i, j, _ in sorted(got)] == [(i, j) for i, j, _ in sorted(want)]
    assert all(abs(a[2] - b[2]) < 1e-12 for a, b in zip(sorted(got), sorted(want)))
    assert want  # the sample holds near-duplicates, so the test can fail
    assert (5, 120, 1.0) in got and (83, 121, 1.0) in got
