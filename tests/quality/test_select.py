"""select (threshold / top-k / top-%) and diversity (Deita greedy) on real records, real embeddings."""
from __future__ import annotations

import json

import polars as pl
import pytest
from click.testing import CliRunner

import curate
from curate.stages.diversity import DiversitySelect, ngram_vectors
from curate.stages.select import Select


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    """A cache of the test's own: these tests count the texts the server is sent."""
    monkeypatch.setenv("CURATE_CACHE_DIR", str(tmp_path / "cache"))


def pos(reject):
    """0-based input position of a rejected record."""
    return reject["source"]["line"] - 1


@pytest.fixture(scope="module")
def scored(alpaca_en):
    """60 real records with a score the test can recompute: output length in words."""
    recs = json.loads(alpaca_en.read_text(encoding="utf-8"))[:60]
    for r in recs:
        r["score"] = len(r["output"].split())
    return recs


def test_threshold_and_top_k(scored):
    res = curate.run([Select(by="score", min=10, top_k=5)], scored)
    scores = [r["score"] for r in scored]
    want = sorted((i for i, s in enumerate(scores) if s >= 10), key=lambda i: (-scores[i], i))[:5]
    assert sorted(res.records["_row"].to_list()) == sorted(want)
    codes = {pos(r): r["code"] for r in res.rejects}
    for i, s in enumerate(scores):
        if i in want:
            assert i not in codes
        else:
            assert codes[i] == ("select.below_threshold" if s < 10 else "select.not_top")
    t = res.summary["totals"]
    assert t["ok"] and t["kept"] + t["rejected"] == len(scored)
    # the length confound is reported: the longest answers were selected here
    assert any("output length" in w for w in res.summary["warnings"])


def test_top_pct_ascending_and_missing_scores(scored):
    recs = [dict(r) for r in scored]
    recs[0]["score"] = None
    res = curate.run([Select(by="score", top_pct=10, order="asc")], recs)
    assert res.records.height == 6  # 10% of 60
    kept = res.records["_row"].to_list()
    worst_kept = max(recs[i]["score"] for i in kept)
    assert all(r["score"] is None or r["score"] >= worst_kept for i, r in enumerate(recs) if i not in kept)
    assert [r["code"] for r in res.rejects if pos(r) == 0] == ["select.no_score"]


def test_policy_flag_keeps_records(scored):
    res = curate.run([Select(by="score", max=20, actions={"select.above_threshold": "flag"})], scored)
    assert res.records.height == len(scored)
    flagged = res.findings.filter(pl.col("code") == "select.above_threshold")
    assert flagged.height == sum(r["score"] > 20 for r in scored)


def test_select_reads_scores_from_a_scored_file(scored, tmp_path):
    src = tmp_path / "scored.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in scored), encoding="utf-8")
    from curate.cli import main

    out = tmp_path / "top.jsonl"
    r = CliRunner().invoke(main, ["select", str(src), "-o", str(out), "--by", "score", "--top-k", "7"])
    assert r.exit_code == 0, r.output
    assert len(out.read_text(encoding="utf-8").splitlines()) == 7
    rejects = [json.loads(x) for x in (tmp_path / "top.rejects.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rejects) == len(scored) - 7 and {x["code"] for x in rejects} == {"select.not_top"}
    assert "selected" in r.stderr and "not selected" in r.stderr  # the length table


def test_bad_parameters():
    with pytest.raises(ValueError):
        Select(by="")
    with pytest.raises(ValueError):
        Select(by="x", top_k=3, top_pct=5)
    with pytest.raises(ValueError, match="not in the data"):
        curate.run([Select(by="nope", min=1)], [{"instruction": "a", "output": "b"}])


# ----------------------------------------------------------------------------- diversity
PARAPHRASES = [
    ("Give three tips for staying healthy.", "What are three tips to stay healthy?"),
    ("Translate the sentence 'I love reading books' into French.",
     "Translate 'I love reading books' to French."),
    ("Write a short poem about the ocean.", "Compose a brief poem about the sea."),
]
UNRELATED = ["Explain how a bicycle gear works.", "List the planets of the solar system in order.",
             "Convert 100 degrees Fahrenheit to Celsius.", "Name three works by Jane Austen."]


def test_diversity_keeps_one_of_each_paraphrase_pair():
    recs = []
    for a, b in PARAPHRASES:
        recs.append({"instruction": a, "output": "x", "score": 1})
        recs.append({"instruction": b, "output": "y", "score": 2})  # the better one of the pair
    recs += [{"instruction": u, "output": "z", "score": 0} for u in UNRELATED]
    stage = DiversitySelect(by="score", threshold=0.8)
    res = curate.run([stage], recs)
    kept = set(res.records["instruction"].to_list())
    assert kept == {b for _, b in PARAPHRASES} | set(UNRELATED)
    for rej in res.rejects:
        assert rej["code"] == "select.not_diverse"
        i = pos(rej)
        twin = res.records.filter(pl.col("id") == rej["twin_id"])["_row"].to_list()
        assert twin == [i + 1]  # its paraphrase, which scored higher
        assert rej["similarity"] > 0.8
    assert stage.stats["selected"] == len(kept)


def test_diversity_budget_and_chinese_fallback(alpaca_zh):
    zh = json.loads(alpaca_zh.read_text(encoding="utf-8"))[:6]
    recs = [{"instruction": r["instruction"], "input": r["input"], "output": r["output"], "score": i}
            for i, r in enumerate(zh)]
    # a near copy of the best-scored Chinese record (one character changed)
    near = dict(recs[-1], score=-1)
    near["instruction"] = near["instruction"][:-1] + ("。" if not near["instruction"].endswith("。") else "！")
    recs.append(near)
    stage = DiversitySelect(by="score", budget=4)  # MiniLM cannot read Chinese: lexical fallback
    res = curate.run([stage], recs)
    codes = {pos(r): r["code"] for r in res.rejects}
    assert codes[6] == "select.not_diverse"
    assert sum(c == "select.over_budget" for c in codes.values()) == 2
    assert res.records.height == 4
    assert any("character n-gram" in w for w in res.summary["warnings"])


def test_ngram_vectors_see_chinese():
    v = ngram_vectors(["给出三个保持健康的建议。", "给出三个保持健康的建议", "写一首关于春天的诗。"])
    assert v[0] @ v[1] > 0.9 and v[0] @ v[2] < 0.3


def test_select_cli_diversity(tmp_path):
    from curate.cli import main

    recs = [{"instruction": a, "output": "x", "judge_score": 4} for a, _ in PARAPHRASES] + \
           [{"instruction": b, "output": "y", "judge_score": 5} for _, b in PARAPHRASES]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    out = tmp_path / "div.jsonl"
    r = CliRunner().invoke(main, ["select", str(src), "-o", str(out), "--by", "judge_score",
                                  "--diversity", "0.8", "--json"])
    assert r.exit_code == 0, r.output
    summary = json.loads(r.stdout)
    assert summary["selection"][0]["selected"] == 3
    kept = [json.loads(x)["instruction"] for x in out.read_text(encoding="utf-8").splitlines()]
    assert kept == [b for _, b in PARAPHRASES]


def test_select_by_ifd_cuts_at_1_before_top_k(tmp_path):
    """`select --by ifd` ranks best (highest) first, but IFD >= 1 means the instruction does not help
    predict the answer (a broken pair): those go before the top-k, unless --no-ifd-cut."""
    from curate.api.select import select

    ifd = [0.55, 1.31, 0.97, 1.02, 0.80, 1.0, 0.99999, None, 0.61]
    recs = [{"id": f"r{i}", "instruction": f"Task {i}", "input": "", "output": f"Answer {i}.", "ifd": v}
            for i, v in enumerate(ifd)]
    res = select(recs, by="ifd", top_k=3)
    assert res.records["id"].to_list() == ["r2", "r4", "r6"]  # 0.97, 0.80, 0.99999: the best below 1
    codes = {r["id"]: r["code"] for r in res.rejects}
    assert codes["r1"] == codes["r3"] == codes["r5"] == "select.above_threshold"  # 1.31, 1.02, exactly 1.0
    assert "ifd 1 not below 1" in next(r["reason"] for r in res.rejects if r["id"] == "r5")
    assert codes["r7"] == "select.no_score" and codes["r0"] == codes["r8"] == "select.not_top"
    # without the cut the broken pairs come first
    res = select(recs, by="ifd", top_k=3, ifd_cut=False)
    assert res.records["id"].to_list() == ["r1", "r3", "r5"]
    # an explicit --max replaces the cut; ascending order (hunting broken pairs) never gets it
    assert select(recs, by="ifd", top_k=2, max=1.1).records["id"].to_list() == ["r3", "r5"]
    assert select(recs, by="ifd", top_k=2, order="asc").records["id"].to_list() == ["r0", "r8"]
    # the CLI applies it too, and says so per record in the rejects
    src = tmp_path / "scored.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    out = tmp_path / "top.jsonl"
    from curate.cli import main

    r = CliRunner().invoke(main, ["select", str(src), "-o", str(out), "--by", "ifd", "--top-k", "3", "-q"])
    assert r.exit_code == 0, r.output
    assert [json.loads(x)["id"] for x in out.read_text(encoding="utf-8").splitlines()] == ["r2", "r4", "r6"]
    rejects = [json.loads(x) for x in (tmp_path / "top.rejects.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {x["id"] for x in rejects if x["code"] == "select.above_threshold"} == {"r1", "r3", "r5"}


# ----------------------------------------------------------------------------- embedders, thresholds
def test_diversity_default_threshold_is_the_embedders_calibrated_one():
    from curate.models.embed import MINILM_THRESHOLD

    recs = [{"instruction": a, "output": "x", "score": 1} for a, _ in PARAPHRASES]
    stage = DiversitySelect(by="score")
    curate.run([stage], recs)
    assert stage.stats["thresholds"] == {"packaged-minilm": MINILM_THRESHOLD}
    stage = DiversitySelect(by="score", threshold=0.95)
    curate.run([stage], recs)
    assert stage.stats["thresholds"] == {"packaged-minilm": 0.95}


def test_diversity_routes_chinese_to_an_endpoint(alpaca_zh, fresh_cache):
    """zh records embedded by an openai: embedder over real HTTP: no lexical fallback note; a
    reworded copy of the best record is not selected; English stays on MiniLM."""
    from tests.helpers.embeddings_server import EmbeddingsTestServer

    zh = json.loads(alpaca_zh.read_text(encoding="utf-8"))[:8]
    recs = [{"instruction": r["instruction"], "input": r["input"], "output": r["output"], "score": i}
            for i, r in enumerate(zh)]
    copy = dict(recs[-1], score=-1)
    copy["instruction"] = "请" + copy["instruction"]
    recs.append(copy)
    recs += [{"instruction": a, "output": "x", "score": 0} for a, _ in PARAPHRASES[:1]]
    with EmbeddingsTestServer() as srv:
        stage = DiversitySelect(by="score", embedder={
            "en": "packaged-minilm", "zh": {"spec": "openai:bge-m3", "base_url": srv.url, "threshold": 0.8}})
        res = curate.run([stage], recs)
        sent = srv.texts_served()
    assert sent == 9  # the Chinese records only
    assert {pos(r): r["code"] for r in res.rejects} == {8: "select.not_diverse"}
    assert not any("character n-gram" in w for w in res.summary["warnings"])
    assert stage.stats["thresholds"] == {"openai:bge-m3": 0.8, "packaged-minilm": 0.88}


def test_select_cli_diversity_auto_and_embedder(tmp_path, fresh_cache):
    from curate.cli import main
    from tests.helpers.embeddings_server import EmbeddingsTestServer

    recs = [{"instruction": "给出三个保持健康的建议。", "output": "a", "s": 2},
            {"instruction": "请给出三个保持健康的建议。", "output": "b", "s": 1},
            {"instruction": "写一首关于春天的诗。", "output": "c", "s": 0}]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    out = tmp_path / "div.jsonl"
    with EmbeddingsTestServer() as srv:
        r = CliRunner().invoke(main, ["select", str(src), "-o", str(out), "--by", "s",
                                      "--embedder", "zh=openai:bge-m3", "--embed-base-url", srv.url,
                                      "--diversity", "--json"])
    assert r.exit_code == 0, r.output
    summary = json.loads(r.stdout)
    assert summary["selection"][0]["selected"] == 2
    assert summary["selection"][0]["thresholds"] == {"openai:bge-m3": 0.9}  # uncalibrated: said so
    assert any("not calibrated" in w for w in summary["warnings"])
    r = CliRunner().invoke(main, ["select", str(src), "-o", str(out), "--by", "s", "--diversity", "1.5"])
    assert r.exit_code == 2 and "--diversity" in r.output
