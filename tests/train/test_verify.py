"""curate verify: the statistics on known inputs, the demo data, the LLM judge over real HTTP, and the
two-step smoke run of the whole demo (plant defects -> clean recipe -> three arms -> table)."""
from __future__ import annotations

import json
import math
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import numpy as np
import pytest

from train.demo_data import DEFECT_KINDS, HELDOUT_FILE, TRAIN_FILE, demo_sets, plant_defects
from train.evaluate import exact_match, judge_pairwise
from train.verify import VerifyConfig, bootstrap_mean_ci, matched_subset, paired_bootstrap, summarize


@pytest.fixture
def one_thread():
    # On a shared 2-core machine two torch threads run 6-10x slower than one (measured); tests use 1.
    torch = pytest.importorskip("torch")
    old = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(old)


# ------------------------------------------------------------------ statistics on known inputs
def test_bootstrap_ci_of_a_constant_is_the_constant():
    assert bootstrap_mean_ci(np.full((30, 3), 0.25), n_boot=200) == (0.25, 0.25, 0.25)


def test_paired_difference_of_a_shift_is_exact():
    rng = np.random.default_rng(1)
    x = rng.normal(size=(50, 2))
    mean, lo, hi = paired_bootstrap(x + 1.0, x, n_boot=300)
    assert math.isclose(mean, 1.0) and math.isclose(lo, 1.0) and math.isclose(hi, 1.0)


def test_bootstrap_ci_matches_the_normal_theory_width():
    rng = np.random.default_rng(2)
    x = rng.normal(loc=3.0, scale=2.0, size=400)
    mean, lo, hi = bootstrap_mean_ci(x, n_boot=4000, seed=7)
    assert math.isclose(mean, x.mean())
    expected = 2 * 1.96 * x.std(ddof=1) / math.sqrt(len(x))  # ~0.39
    assert abs((hi - lo) - expected) / expected < 0.1
    assert lo < mean < hi


def test_bootstrap_resamples_seeds_too():
    # prompts agree perfectly; only the seed (column) varies: the spread must come from seeds
    x = np.tile(np.array([0.0, 1.0]), (40, 1))
    mean, lo, hi = bootstrap_mean_ci(x, n_boot=2000)
    assert mean == 0.5 and lo == 0.0 and hi == 1.0


def test_nan_rows_are_left_out():
    x = np.array([[1.0], [np.nan], [3.0]])
    assert bootstrap_mean_ci(x, n_boot=100)[0] == 2.0


def _grid(loss, rouge, exact):
    return {"loss": loss.tolist(), "rouge_l": rouge.tolist(), "exact": exact.tolist()}


def test_verdict_needs_two_metrics_beyond_the_spread():
    rng = np.random.default_rng(3)
    p = (60, 2)
    base = {m: rng.uniform(0.2, 0.6, size=p) for m in ("loss", "rouge_l", "exact")}
    cfg = VerifyConfig(n_boot=500)
    # B better on loss (lower) and rouge_l by a clear margin, exact equal
    g = {"A": _grid(base["loss"], base["rouge_l"], base["exact"]),
         "C": _grid(base["loss"], base["rouge_l"], base["exact"]),
         "B": _grid(base["loss"] - 0.2, base["rouge_l"] + 0.2, base["exact"])}
    _, diffs, verdict, improved = summarize(g, cfg)
    assert improved and "loss" in verdict and "rouge_l" in verdict
    assert diffs[0]["diff"] == "B-C" and diffs[0]["loss"][2] < 0 and diffs[0]["rouge_l"][1] > 0
    # only one metric better: no claim
    g["B"] = _grid(base["loss"] - 0.2, base["rouge_l"], base["exact"])
    assert not summarize(g, cfg)[3]
    # two better but one worse: no claim
    g["B"] = _grid(base["loss"] - 0.2, base["rouge_l"] + 0.2, base["exact"] - 0.2)
    _, _, verdict, improved = summarize(g, cfg)
    assert not improved and "worse on: exact" in verdict
    # better on average but within the noise: no claim
    noise = rng.normal(0, 0.3, size=p)
    g["B"] = _grid(base["loss"] - 0.01 + noise, base["rouge_l"] + 0.01 - noise, base["exact"])
    assert not summarize(g, cfg)[3]


def test_matched_subset_matches_records_and_tokens():
    rng = np.random.default_rng(4)
    lengths = rng.integers(20, 200, size=1000).tolist()
    target_n, target_tokens = 700, int(0.62 * sum(lengths))  # curated data is shorter than average
    pick = matched_subset(lengths, target_n, target_tokens, seed=0)
    assert len(pick) == len(set(pick)) == target_n
    assert abs(sum(lengths[i] for i in pick) - target_tokens) <= 0.01 * target_tokens
    assert pick == matched_subset(lengths, target_n, target_tokens, seed=0)
    assert pick != matched_subset(lengths, target_n, target_tokens, seed=1)
    with pytest.raises(ValueError):
        matched_subset(lengths, 1001, 10, seed=0)


def test_exact_match_normalizes_case_space_and_final_punctuation():
    assert exact_match("Positive.", "positive")
    assert exact_match(" 正面。", "正面")
    assert exact_match("HELLO  WORLD", "hello world")
    assert not exact_match("420", "42")
    assert not exact_match("负面", "正面")


# ------------------------------------------------------------------ demo data
def _rows(path):
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x]


def test_shipped_demo_data_is_the_generators_output_and_correct():
    from curate.resources import data_dir

    train, held = demo_sets()
    folder = data_dir() / "verify"
    assert _rows(folder / TRAIN_FILE) == train and _rows(folder / HELDOUT_FILE) == held
    keys = {(r["instruction"], r["input"]) for r in train}
    assert not any((r["instruction"], r["input"]) in keys for r in held)  # held out for real
    assert {r["task_lang"] for r in held} == {"en", "zh"}
    for r in train + held:  # every answer is right
        if r["task"] == "sort":
            nums = [int(x) for x in r["input"].split(", ")]
            assert r["output"] == ", ".join(map(str, sorted(nums)))
        elif r["task"] == "uppercase":
            assert r["output"] == r["input"].upper()
        elif r["task"] == "reverse" and r["input"]:
            assert r["output"] == r["input"][::-1]


def test_planted_defects_are_known_and_deterministic():
    train, _ = demo_sets()
    raw, planted = plant_defects(train, seed=0)
    assert plant_defects(train, seed=0) == (raw, planted)
    assert set(planted.values()) == set(DEFECT_KINDS)
    by_id = {r["id"]: r for r in raw}
    assert len(by_id) == len(raw)  # ids stay unique
    assert all(by_id[i]["output"] == "" for i, k in planted.items() if k == "empty_output")
    orig = {r["id"]: r for r in train}
    for i, k in planted.items():
        if k == "wrong_output":
            assert by_id[i]["output"] != orig[i]["output"] and by_id[i]["output"]
        if k == "exact_duplicate":
            src = orig[i.rsplit("-", 1)[0]]
            assert (by_id[i]["instruction"], by_id[i]["output"]) == (src["instruction"], src["output"])


# ------------------------------------------------------------------ LLM judge over real HTTP
class _Judge(BaseHTTPRequestHandler):
    """A tiny OpenAI-compatible chat endpoint. Its judgement: the answer that contains the word
    'correct' wins; with none or both, 'position' mode always says 1 (pure position bias)."""

    mode = "content"
    seen_keys: ClassVar[list] = []

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        type(self).seen_keys.append(self.headers.get("Authorization"))
        text = body["messages"][0]["content"]
        first = text.split("### Answer 1\n", 1)[1].split("\n\n### Answer 2\n", 1)[0]
        second = text.split("### Answer 2\n", 1)[1]
        a, b = "correct" in first, "correct" in second
        verdict = "1" if (a and not b) else "2" if (b and not a) else ("1" if self.mode == "position" else "0")
        reply = {"id": "x", "object": "chat.completion", "created": 0, "model": body["model"],
                 "choices": [{"index": 0, "finish_reason": "stop",
                              "message": {"role": "assistant", "content": verdict}}],
                 "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}
        data = json.dumps(reply).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *a):
        pass


@pytest.fixture
def judge_server():
    pytest.importorskip("openai")
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Judge)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    server.shutdown()
    server.server_close()


def test_judge_win_rate_both_orders_over_http(judge_server, monkeypatch):
    monkeypatch.setenv("CURATE_TEST_JUDGE_KEY", "sk-test-secret")
    recs = [{"instruction": f"Question {i}", "input": ""} for i in range(4)] + [{"instruction": "问题", "input": "内容"}]
    a = ["correct answer", "correct", "meh", "correct and long answer", "正确 correct"]
    b = ["wrong", "also correct", "meh", "short", "错误"]
    _Judge.mode, _Judge.seen_keys = "content", []
    res = judge_pairwise(recs, a, b, base_url=judge_server, model="judge-x",
                         api_key_env="CURATE_TEST_JUDGE_KEY")
    assert res["outcomes"] == [1, 0, 0, 1, 1]
    assert res["n"] == 5 and math.isclose(res["win"], 0.6) and math.isclose(res["tie"], 0.4)
    assert math.isclose(res["win_rate"], 0.8)
    assert res["len_a"] > res["len_b"]  # lengths reported beside the win rate
    assert len(_Judge.seen_keys) == 10 and set(_Judge.seen_keys) == {"Bearer sk-test-secret"}
    assert "sk-test-secret" not in json.dumps(res)
    # a judge that always prefers the first answer: both orders disagree, every pair is a tie
    _Judge.mode = "position"
    res = judge_pairwise(recs, ["x"] * 5, ["y"] * 5, base_url=judge_server, model="judge-x",
                         api_key_env="CURATE_TEST_JUDGE_KEY")
    assert res["outcomes"] == [0] * 5 and res["split_verdicts"] == 1.0 and res["win_rate"] == 0.5


# ------------------------------------------------------------------ the whole demo, two steps
@pytest.mark.model  # trains three arms
def test_verify_demo_smoke_end_to_end(tmp_path, one_thread):
    pytest.importorskip("torch")
    pytest.importorskip("peft")
    from click.testing import CliRunner

    from curate.cli import main

    out = tmp_path / "demo"
    result = CliRunner().invoke(main, ["verify", "--demo", "--smoke", "--out", str(out), "--json", "-q"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert [r["arm"] for r in report["table"]] == ["A", "B", "C"]
    runs = {r["arm"]: r for r in report["runs"]}
    # B is smaller than A (the recipe dropped planted defects); C matches B in records and tokens
    assert runs["B"]["records"] < runs["A"]["records"]
    assert runs["C"]["records"] == runs["B"]["records"]
    assert abs(runs["C"]["record_tokens"] - runs["B"]["record_tokens"]) <= 0.01 * runs["B"]["record_tokens"]
    for arm in "ABC":
        assert math.isfinite(report["table"][0]["loss"][0])
        assert len(report["per_prompt"][arm]["loss"]) == report["eval_n"] == 8
        assert (out / "seed0" / arm / "adapter" / "adapter_config.json").exists()
        assert len((out / "seed0" / arm / "predictions.jsonl").read_text().splitlines()) == 8
    assert report["verdict"].startswith(("curation helped", "no claim"))
    defects = report["extra"]["defects"]
    assert set(defects) == set(DEFECT_KINDS)
    assert defects["exact_duplicate"]["dropped"] == defects["exact_duplicate"]["planted"]
    assert json.loads((out / "verify_report.json").read_text())["verdict"] == report["verdict"]
    assert (out / "raw.jsonl").exists() and (out / "curated.jsonl").exists()
