"""curate calibrate-threshold on the hand-written pairs of real Alpaca / BELLE instructions
(tests/data/calibration): the endpoint path over real HTTP, the packaged MiniLM, bad input."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from curate.api.calibrate_threshold import calibrate_threshold, load_pairs
from curate.cli import main
from curate.dedup.calibrate import GRID, suggest
from tests.helpers.embeddings_server import EmbeddingsTestServer, vector

PAIRS = Path(__file__).resolve().parents[1] / "data" / "calibration" / "pairs.jsonl"


@pytest.fixture(autouse=True)
def _cache(tmp_path, monkeypatch):
    monkeypatch.setenv("CURATE_CACHE_DIR", str(tmp_path / "cache"))


def test_pairs_file_is_what_its_readme_says():
    pairs = load_pairs(PAIRS)
    assert len(pairs) == 160
    by = {(p["lang"], p["label"]): 0 for p in pairs}
    for p in pairs:
        by[(p["lang"], p["label"])] += 1
    assert by == {("en", 1): 40, ("en", 0): 40, ("zh", 1): 40, ("zh", 0): 40}
    assert all(p["a"] != p["b"] for p in pairs)


def test_suggestion_rule():
    rel = np.array([0.5] * 18 + [0.8, 0.86])   # 2 of 20 related pairs high
    para = np.array([0.9] * 10 + [0.7] * 10)
    t = suggest(para, rel, max_related=0.05)
    assert t == 0.81  # the lowest grid point with at most 1 of 20 related at or above it
    assert (rel >= t).mean() <= 0.05 and (rel >= t - 0.01).mean() > 0.05
    assert suggest(para, np.array([0.99, 0.995]), 0.0) == GRID[-1]


def test_endpoint_calibration_through_the_cli(tmp_path):
    """The deterministic n-gram vectors of the test server stand in for a model: the report's
    numbers must be exactly what those vectors give."""
    recs = tmp_path / "recs.jsonl"
    recs.write_text('{"instruction": "计算半径为5的圆的面积。", "output": "x"}\n'
                    '{"instruction": "计算半径为5的圆的面积！", "output": "y"}\n'
                    '{"instruction": "写一首诗。", "output": "z"}\n', encoding="utf-8")
    with EmbeddingsTestServer() as srv:
        # routed per language: a name that does not say multilingual is not trusted on Chinese
        # unless the user names the language (test_unrouted_language_gets_no_suggestion)
        r = CliRunner().invoke(main, ["calibrate-threshold", "--embedder", "zh=openai:test-ngrams",
                                      "--embedder", "en=openai:test-ngrams",
                                      "--embed-base-url", srv.url, "--sample", str(PAIRS),
                                      "--records", str(recs), "--json", "-q"])
        assert r.exit_code == 0, r.output
        rep = json.loads(r.stdout)
        sent = srv.texts_served()
        url = srv.url
        r2 = CliRunner().invoke(main, ["calibrate-threshold", "--embedder", "zh=openai:test-ngrams",
                                       "--embedder", "en=openai:test-ngrams",
                                       "--embed-base-url", srv.url, "--sample", str(PAIRS)])
        assert r2.exit_code == 0 and srv.texts_served() == sent  # a rerun sends nothing
    assert "suggested threshold" in r2.stderr and "paraphrases found" in r2.stderr
    zh = rep["languages"]["zh"]
    pairs = [p for p in load_pairs(PAIRS) if p["lang"] == "zh"]
    cos = np.array([np.dot(vector(p["a"]), vector(p["b"])) / 9 for p in pairs])
    lab = np.array([p["label"] for p in pairs])
    assert zh["paraphrase"]["median"] == pytest.approx(np.median(cos[lab == 1]), abs=1e-3)
    assert zh["suggested"] == suggest(cos[lab == 1], cos[lab == 0])
    assert zh["records"] == 3 and zh["routed"]
    row = next(x for x in zh["table"] if x["threshold"] == 0.9)
    assert row["records_with_twin"] == pytest.approx(2 / 3, abs=1e-4)  # the two area records
    assert rep["embedder"] == {
        lg: {"spec": "openai:test-ngrams", "base_url": url, "threshold": rep["languages"][lg]["suggested"]}
        for lg in ("en", "zh")}


def test_unrouted_language_gets_no_suggestion():
    with EmbeddingsTestServer() as srv:
        rep = calibrate_threshold(PAIRS, "openai:plain-name", base_url=srv.url)
    assert rep["languages"]["en"]["routed"] and rep["languages"]["en"]["suggested"] is not None
    zh = rep["languages"]["zh"]
    assert not zh["routed"] and zh["suggested"] is None and "English-only" in zh["note"]


@pytest.mark.model
def test_minilm_calibration_is_the_documented_default():
    """The default threshold of semantic_dedup and diversity under MiniLM is this measurement."""
    from curate.models.embed import MINILM_THRESHOLD

    rep = calibrate_threshold(PAIRS, "packaged-minilm")
    en, zh = rep["languages"]["en"], rep["languages"]["zh"]
    assert en["suggested"] == MINILM_THRESHOLD == 0.88
    assert en["auc"] > 0.85 and en["at_suggested"]["related_grouped"] <= 0.05
    # old default 0.9: fewer than half of the hand-written paraphrases reach it
    assert next(x for x in en["table"] if x["threshold"] == 0.9)["paraphrase_recall"] < 0.5
    # Chinese under MiniLM: no better than chance, and no threshold is suggested
    assert not zh["routed"] and zh["suggested"] is None and zh["auc"] < 0.6
    assert "English-only" in zh["note"]
    assert rep["embedder"] == {"spec": "packaged-minilm", "threshold": 0.88}


def test_bad_sample_files(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"a": "x", "b": "y", "label": "paraphrase"}\n{"a": "x", "label": "related"}\n',
                   encoding="utf-8")
    r = CliRunner().invoke(main, ["calibrate-threshold", "--sample", str(bad)])
    assert r.exit_code == 1 and "bad.jsonl:2: not a pair" in r.stderr and "Traceback" not in r.output
    bad.write_text('{"a": "x", "b": "y", "label": "maybe"}\n', encoding="utf-8")
    r = CliRunner().invoke(main, ["calibrate-threshold", "--sample", str(bad)])
    assert r.exit_code == 1 and "label must be paraphrase or related" in r.stderr
    bad.write_text("", encoding="utf-8")
    r = CliRunner().invoke(main, ["calibrate-threshold", "--sample", str(bad)])
    assert r.exit_code == 1 and "no labelled pairs" in r.stderr
    r = CliRunner().invoke(main, ["calibrate-threshold", "--sample", str(tmp_path / "none.jsonl")])
    assert r.exit_code == 1 and "cannot read" in r.stderr


def test_endpoint_failure_is_one_line(tmp_path, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-never-print-me")
    with EmbeddingsTestServer(api_key="other") as srv:
        r = CliRunner().invoke(main, ["calibrate-threshold", "--embedder", "openai:m", "--embed-base-url",
                                      srv.url, "--sample", str(PAIRS)])
    assert r.exit_code == 1
    assert "authentication failed (HTTP 401)" in r.stderr and "sk-never-print-me" not in r.output
    assert "Traceback" not in r.output
