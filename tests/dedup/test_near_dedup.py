"""Near-duplicate dedup on real Alpaca records (EN and ZH) with planted edits."""
from __future__ import annotations

import json
import random
import unicodedata

import numpy as np
import polars as pl
import pytest

from bench.planted import plant, true_similarity
from curate import text as T
from curate.dedup.lsh import exact_jaccard
from curate.dedup.minhash import MinHasher, estimate_jaccard, optimal_param
from curate.dedup.near import NearDupConfig, find_near_duplicates
from curate.dedup.shingles import shingle, shingle_tuples, token_lists
from curate.stages.near_dedup import NearDedup


def _records(path, n=None):
    data = json.loads(path.read_text(encoding="utf-8"))[:n]
    return [{"id": f"r{i}", "instruction": r["instruction"], "input": r["input"],
             "output": r["output"]} for i, r in enumerate(data)]


def _frame(records):
    return pl.DataFrame(records, schema={"id": pl.Utf8, "instruction": pl.Utf8, "input": pl.Utf8,
                                         "output": pl.Utf8}).with_columns(
        pl.int_range(pl.len(), dtype=pl.Int64).alias("_row"))


@pytest.fixture(scope="module")
def en(alpaca_en):
    return _records(alpaca_en, 2500)


@pytest.fixture(scope="module")
def zh(alpaca_zh):
    return _records(alpaca_zh)


# ------------------------------------------------------------------ shingles
def test_vectorized_tokens_equal_curate_text_tokens(en, zh):
    texts = [r["instruction"] + "\n" + r["input"] for r in en[:800] + zh[:400]]
    got = token_lists(pl.Series(texts)).to_list()
    want = [T.tokens(unicodedata.normalize("NFKC", t)) for t in texts]
    assert got == want


def test_shingles_equal_python_reference_en_and_zh(en, zh):
    texts = [r["instruction"] for r in en[:600] + zh[:300]] + ["Hi", "a b", "???", "你好"]
    sets = shingle(texts, 2, 2)
    rng = random.Random(3)
    left = np.array([rng.randrange(len(texts)) for _ in range(400)] + list(range(50)))
    right = np.array([rng.randrange(len(texts)) for _ in range(400)] + list(range(50, 100)))
    got = exact_jaccard(sets, left, right)
    for a, b, j in zip(left, right, got):
        ra, rb = shingle_tuples(texts[a], 2, 2), shingle_tuples(texts[b], 2, 2)
        assert j == pytest.approx(len(ra & rb) / len(ra | rb))
    for i, t in enumerate(texts):
        assert sets.sizes()[i] == len(shingle_tuples(t, 2, 2))
    # Chinese is shingled by characters, English by words
    assert sets.spaced[0] and not sets.spaced[600]
    assert sets.sizes()[600] > 3


def test_chunked_shingling_and_overlaps_equal_one_pass(en, zh, monkeypatch):
    """Shingling in text chunks and counting overlaps in pair chunks (which bound memory at 10M
    records) give exactly the one-pass sets and Jaccards, EN + ZH, chunk edges anywhere."""
    from curate.dedup import lsh, shingles

    texts = [r["instruction"] + "\n" + r["input"] for r in en[:700] + zh[:300]] + ["", "??", "你"]
    rng = random.Random(7)
    left = np.array([rng.randrange(len(texts)) for _ in range(3000)])
    right = np.array([rng.randrange(len(texts)) for _ in range(3000)])
    whole = shingle(texts, 3, 3, tag=2, dedupe=False)
    want = exact_jaccard(whole, left, right)
    monkeypatch.setattr(shingles, "SHINGLE_CHUNK_BYTES", 997)
    monkeypatch.setattr(lsh, "OVERLAP_CHUNK_SHINGLES", 1009)
    parts = shingle(texts, 3, 3, tag=2, dedupe=False)
    assert len(shingles._chunk_cuts(pl.Series(texts))) > 50
    assert np.array_equal(parts.offsets, whole.offsets) and np.array_equal(parts.hashes, whole.hashes)
    assert np.array_equal(parts.spaced, whole.spaced)
    got = exact_jaccard(parts, left, right)
    assert np.array_equal(got, want) and (want > 0).sum() > 0


def test_normalization_makes_surface_edits_identical():
    variants = ["Give three tips for staying healthy.", "give three TIPS for staying healthy",
                "Give  three tips,  for staying healthy!!", "Ｇｉｖｅ three tips for staying healthy."]
    sets = shingle(variants, 2, 2)
    for i in range(1, len(variants)):
        assert np.array_equal(sets.get(0), sets.get(i))
    zh = ["请给出三个保持健康的建议。", "请给出三个保持健康的建议", "请 给出 三个保持健康的建议！"]
    zs = shingle(zh, 2, 2)
    assert np.array_equal(zs.get(0), zs.get(1)) and np.array_equal(zs.get(0), zs.get(2))


# ------------------------------------------------------------------ MinHash vs datasketch
def test_minhash_estimates_agree_with_datasketch(en):
    from datasketch import MinHash

    p = plant(en[:600], 300, seed=5)
    texts = [r["instruction"] + "\n" + r["input"] for r in p.records]
    sets = shingle(texts, 2, 2)
    sig = MinHasher(128, seed=7).signatures(sets)
    ours, theirs, exact = [], [], []
    for a, b, _ in p.pairs:
        ours.append(float(estimate_jaccard(sig[a], sig[b])))
        ma, mb = MinHash(num_perm=128, seed=7), MinHash(num_perm=128, seed=7)
        ma.update_batch([h.tobytes() for h in sets.get(a)])
        mb.update_batch([h.tobytes() for h in sets.get(b)])
        theirs.append(ma.jaccard(mb))
        exact.append(float(exact_jaccard(sets, np.array([a]), np.array([b]))[0]))
    ours, theirs, exact = map(np.array, (ours, theirs, exact))
    assert exact.std() > 0.15                          # a real spread of similarities
    assert np.abs(ours - exact).mean() < 0.04          # both estimate the same quantity...
    assert np.abs(theirs - exact).mean() < 0.04
    assert abs(np.abs(ours - exact).mean() - np.abs(theirs - exact).mean()) < 0.015  # ...as well
    assert abs((ours - exact).mean()) < 0.02           # without bias
    assert np.corrcoef(ours, theirs)[0, 1] > 0.95


@pytest.mark.parametrize("threshold,num_perm", [(0.7, 128), (0.8, 128), (0.5, 64), (0.9, 256)])
def test_lsh_params_equal_datasketch_optimal_param(threshold, num_perm):
    from datasketch.lsh import _optimal_param

    assert optimal_param(threshold, num_perm, (0.1, 0.9)) == _optimal_param(threshold, num_perm, 0.1, 0.9)


# ------------------------------------------------------------------ recall / precision
@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("match,threshold", [("combined", 0.8), ("all", 0.7), ("any", 0.8)])
def test_planted_near_duplicates_recall_and_precision(lang, match, threshold, en, zh):
    base = en if lang == "en" else zh
    p = plant(base, len(base) // 2, seed=11, match=match)
    df = _frame(p.records)
    cfg = NearDupConfig(threshold=threshold, match=match)
    res = find_near_duplicates(df, cfg)
    labels = res.labels(df.height)
    truth = [(a, b) for a, b, s in p.pairs if s >= threshold]
    assert len(truth) >= 40, "the planted set must hold enough pairs above the threshold"
    recall = np.mean([labels[a] >= 0 and labels[a] == labels[b] for a, b in truth])
    assert recall >= 0.95
    # precision: every verified pair, checked with the plain-Python reference similarity
    ref = [true_similarity(p.records[a], p.records[b], match=match) for a, b in zip(res.left, res.right)]
    precision = np.mean(np.array(ref) >= threshold - 1e-9)
    assert precision >= 0.98
    # planted pairs well below the threshold are not grouped directly
    low = [(a, b) for a, b, s in p.pairs if s < 0.5]
    pairs = set(zip(res.left.tolist(), res.right.tolist()))
    assert not any((a, b) in pairs for a, b in low)


def test_stage_drops_with_twin_and_similarity_and_keep_policy(zh):
    recs = [dict(r) for r in zh[:200]]
    copy = dict(recs[5], id="copy", instruction=recs[5]["instruction"] + "！",
                output=recs[5]["output"] + "（更长的回答）")
    recs.append(copy)
    df = _frame(recs)
    res = NearDedup().process(df)
    f = res.findings.filter(pl.col("_row") == 200)
    assert f.height == 1 and f["code"][0] == "dedup.near" and f["action"][0] == "drop"
    assert f["twin_id"][0] == "r5" and f["similarity"][0] == pytest.approx(1.0)
    assert res.batch.height == df.height  # stages never drop rows themselves
    # keep the longest output instead: the copy stays, the original goes
    res2 = NearDedup(keep="longest_output").process(df)
    f2 = res2.findings.filter(pl.col("twin_id") == "copy")
    assert f2["_row"].to_list() == [5]


def test_short_texts_keep_their_own_shingles_and_never_collapse():
    short = ["Hello", "Translate", "Sort list", "Name a color", "Tell a joke", "Write a poem",
             "Summarize", "Add numbers", "Define love", "Spell check", "Reverse string",
             "你好", "翻译", "排序", "讲笑话", "写诗", "总结", "?", "!!", "...", "Name colors"]
    recs = [{"id": f"s{i}", "instruction": t, "input": "", "output": "x"} for i, t in enumerate(short)]
    recs += [{"id": "dup1", "instruction": "hello!", "input": "", "output": "y"},
             {"id": "dup2", "instruction": "你好。", "input": "", "output": "y"},
             {"id": "dup3", "instruction": "??", "input": "", "output": "y"}]
    res = NearDedup().process(_frame(recs))
    dropped = dict(zip(res.findings["_row"].to_list(), res.findings["twin_id"].to_list()))
    # only the three true repeats go, each to its own twin; no short text is lost otherwise
    assert dropped == {21: "s0", 22: "s11"}
    # "??" vs "?" differ as whole normalized strings: not the same, kept
    sets = shingle([r["instruction"] for r in recs], 2, 2)
    assert (sets.sizes() > 0).all()


def test_match_all_keeps_a_template_with_different_inputs():
    inst = "Generate a list of five creative ideas for a marketing campaign for the following product"
    recs = [{"id": "a", "instruction": inst, "input": "Running shoes", "output": "1"},
            {"id": "b", "instruction": inst, "input": "Coffee machine", "output": "2"},
            {"id": "c", "instruction": inst + ".", "input": "running shoes!", "output": "3"}]
    res = NearDedup(match="all").process(_frame(recs))
    assert res.findings["_row"].to_list() == [2] and res.findings["twin_id"].to_list() == ["a"]
    # the default, instruction + input as one text: at 0.8 only the true repeat goes; at 0.7 the long
    # shared instruction makes all three one task
    assert NearDedup().process(_frame(recs)).findings["_row"].to_list() == [2]
    combined = NearDedup(threshold=0.7).process(_frame(recs))
    assert sorted(combined.findings["_row"].to_list()) == [1, 2]


def test_match_any_one_field_is_enough():
    recs = [{"id": "a", "instruction": "Summarize the main causes of the French Revolution in a paragraph.",
             "input": "", "output": "1"},
            {"id": "b", "instruction": "Summarize the main causes of the French Revolution in a paragraph!",
             "input": "Use simple words suitable for a ten year old child who is learning history.", "output": "2"},
            {"id": "c", "instruction": "Describe a sunset.", "input": "", "output": "3"}]
    assert NearDedup(match="any").process(_frame(recs)).findings["_row"].to_list() == [1]
    # as one text the long input makes them differ; field by field, the empty input differs
    assert NearDedup(match="combined").process(_frame(recs)).findings.height == 0
    assert NearDedup(match="all").process(_frame(recs)).findings.height == 0
    with pytest.raises(ValueError, match="match must be one of"):
        NearDedup(match="some")


def test_drops_do_not_chain_each_is_within_the_threshold_of_its_twin():
    # A~B and B~C above 0.8, A~C below: C is not dropped as a copy of A (it is kept, B is dropped)
    a = "one two three four five six seven eight nine ten eleven twelve"
    b = "one two three four five six seven eight nine ten eleven twelve thirteen"
    c = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"
    recs = [{"id": k, "instruction": t, "input": "", "output": "x"} for k, t in zip("abc", (a, b, c))]
    res = NearDedup(threshold=0.8).process(_frame(recs))
    f = res.findings
    assert f["_row"].to_list() == [1] and f["twin_id"].to_list() == ["a"]
    assert true_similarity(recs[0], recs[2], match="combined") < 0.8 <= f["similarity"][0]


def test_output_field_optional():
    recs = [{"id": "a", "instruction": "Name a fruit.", "input": "", "output": "Apple."},
            {"id": "b", "instruction": "Name a fruit", "input": "", "output": "A banana, a yellow fruit."}]
    assert NearDedup().process(_frame(recs)).findings.height == 1
    assert NearDedup(fields="instruction,input,output").process(_frame(recs)).findings.height == 0


def test_runs_through_curate_run_with_balanced_books(zh, tmp_path):
    import curate

    p = plant(zh[:300], 60, seed=2)
    path = tmp_path / "in.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for r in p.records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    out = tmp_path / "out.jsonl"
    res = curate.run([NearDedup()], str(path), str(out))
    t = res.summary["totals"]
    assert t["ok"] and t["read"] == len(p.records) == t["kept"] + t["rejected"]
    rej = [json.loads(line) for line in (tmp_path / "out.rejects.jsonl").read_text().splitlines()]
    assert rej and all(r["code"] == "dedup.near" and r["twin_id"] and r["similarity"] >= 0.8 - 1e-9
                       for r in rej)
    kept_ids = {json.loads(line)["id"] for line in out.read_text().splitlines()}
    assert all(r["twin_id"] in kept_ids for r in rej)
    # deterministic: a second run gives byte-identical output and rejects
    out2 = tmp_path / "out2.jsonl"
    curate.run([NearDedup()], str(path), str(out2))
    assert out.read_bytes() == out2.read_bytes()
    assert (tmp_path / "out.rejects.jsonl").read_bytes() == (tmp_path / "out2.rejects.jsonl").read_bytes()


def test_cli_dedup(en, tmp_path):
    from click.testing import CliRunner

    from curate.cli import main

    recs = en[:200] + [dict(en[3], id="x1", instruction=en[3]["instruction"].upper() + " Please.")]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    r = CliRunner().invoke(main, ["dedup", str(src), "-o", str(out), "--json", "-q",
                                  "--threshold", "0.6", "--keep", "longest_output"])
    assert r.exit_code == 0, r.output
    summary = json.loads(r.stdout)
    near = next(s for s in summary["stages"] if s["name"] == "near_dedup")
    assert near["dropped_by_code"] == {"dedup.near": 1}
    assert summary["totals"]["kept"] == 200
    # --match and --fields: the same template with two inputs is one task as one text, two field by field
    inst = "Write a short poem about the following season of the year, in four rhyming lines"
    recs2 = en[:50] + [{"id": "p1", "instruction": inst, "input": "Winter", "output": "a"},
                       {"id": "p2", "instruction": inst, "input": "Summer", "output": "b"}]
    src.write_text("".join(json.dumps(r) + "\n" for r in recs2), encoding="utf-8")
    dropped = {}
    for extra in ([], ["--match", "all"], ["--fields", "input"], ["--match", "any"]):
        r = CliRunner().invoke(main, ["dedup", str(src), "-o", str(out), "--json", "-q", "--no-exact", *extra])
        assert r.exit_code == 0, r.output
        dropped[" ".join(extra)] = json.loads(r.stdout)["totals"]["rejected"]
    assert dropped == {"": 1, "--match all": 0, "--fields input": 0, "--match any": 1}
    r = CliRunner().invoke(main, ["dedup", str(src), "-o", str(out), "--match", "most"])
    assert r.exit_code == 2 and "most" in r.output


def test_recipe_yaml_and_duplicate_groups_for_reports(en, tmp_path):
    import curate
    from curate.dedup.groups import duplicate_groups

    recs = en[:150]
    recs += [dict(en[7], id=f"v{k}", instruction=en[7]["instruction"] + "!" * (k + 1)) for k in range(3)]
    recs += [dict(en[9], id="w0", instruction=en[9]["instruction"].lower())]
    recipe = tmp_path / "r.yaml"
    recipe.write_text("name: nd\nstages:\n  - stage: near_dedup\n    threshold: 0.8\n"
                      "    fields: [instruction, input]\n    keep: first\n", encoding="utf-8")
    res = curate.run(str(recipe), recs, mode="audit")
    assert res.summary["totals"]["ok"]
    groups = duplicate_groups(res.findings, res.originals)
    assert [(g["kept_id"], g["size"]) for g in groups] == [("r7", 4), ("r9", 2)]
    assert groups[0]["examples"][0] == en[7]["instruction"][:120]
    assert groups[0]["dropped_ids"] == ["v0", "v1", "v2"]


def test_records_with_an_empty_first_field_are_still_compared(en):
    # banding uses the first compared field; records without it fall back to the other fields
    recs = [dict(r, input="") for r in en[:100]]
    recs.append(dict(recs[4], id="copy", instruction=recs[4]["instruction"].upper()))
    recs.append(dict(recs[6], id="with-input", input="Some text."))
    res = NearDedup(fields="input,instruction", match="all").process(_frame(recs))
    assert dict(zip(res.findings["_row"].to_list(), res.findings["twin_id"].to_list())) == {100: "r4"}


@pytest.mark.parametrize("match,block", [("all", None), ("combined", None), ("any", None), ("combined", 50)])
def test_keyed_search_equals_the_whole_table_search(match, block, en, zh, monkeypatch):
    """The engines decide near-dup on keys (band keys per record, per field for ``any``;
    candidates' texts fetched): the candidates, drops, kept twins and similarities equal the
    whole-table search's (``star_drops`` over its verified pairs), EN + ZH with planted edits,
    whichever order the keys arrive in batches, and however the candidates are cut into
    verification blocks (``block``: at most 50 records fetched at once)."""
    from curate.dedup import near
    from curate.dedup.near import near_decide, near_keys, star_drops
    from curate.stage import FrameKeys

    if block is not None:
        monkeypatch.setattr(near, "VERIFY_BLOCK_RECORDS", block)

    p = plant(en[:800] + zh[:400], 400, seed=5)
    df = _frame(p.records)
    cfg = NearDupConfig(threshold=0.7, fields=("instruction", "input"), match=match)
    res = find_near_duplicates(df, cfg)
    want = star_drops(df, res.left, res.right, res.similarity, "longest_output")
    keys = pl.concat([near_keys(df.slice(a, 137), cfg, "longest_output") for a in range(0, df.height, 137)])
    got, stats = near_decide(FrameKeys(keys, df), cfg, "longest_output")
    assert want.height > 50 and stats["verified_pairs"] == len(res.left)
    assert stats["candidates"] == res.candidates > 0
    assert got["_row"].to_list() == want["_row"].to_list()
    assert got["kept_id"].to_list() == want["kept_id"].to_list()
    assert got["group_size"].to_list() == want["group_size"].to_list()
    assert np.allclose(got["similarity"].to_numpy(), want["similarity"].to_numpy(), rtol=0, atol=0)
