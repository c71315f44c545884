"""curate verify: the statistics and the decision rule on known inputs, the fair control, the demo data
and its checks, the defect-behaviour detectors on hand labels, the LLM judge over real HTTP, and the
whole demo at smoke size (plant defects -> clean recipe -> decontaminate -> B, C, B' -> report)."""
from __future__ import annotations

import json
import math
import random
import sys
import threading
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import numpy as np
import pytest

from train.behaviours import detect
from train.checks import check
from train.control import matched_by_bins, matched_by_tokens
from train.demo_data import DEFECT_KINDS, HELDOUT_FILE, PLANT_RATES, TRAIN_FILE, demo_sets, plant_defects
from train.evaluate import exact_match, judge_pairwise
from train.families import FAMILIES
from train.stats import bootstrap_mean, compare
from train.verify import aa_check, decide, generation_subset

ROOT = Path(__file__).resolve().parents[2]


# ------------------------------------------------------------------ statistics on known inputs
def test_bootstrap_of_a_constant_is_the_constant():
    assert bootstrap_mean(np.full((30, 3), 0.25), n_boot=200) == (0.25, 0.25, 0.25)


def test_paired_difference_of_a_shift_is_exact():
    rng = np.random.default_rng(1)
    x = rng.normal(size=(50, 2))
    fam = [f"f{i % 5}" for i in range(50)]
    c = compare(x + 1.0, x, fam, n_boot=300)
    for est, lo, hi in [c["pooled"], *c["per_seed"]]:
        assert math.isclose(est, 1.0) and math.isclose(lo, 1.0) and math.isclose(hi, 1.0)


def test_bootstrap_matches_the_normal_theory_width_for_independent_prompts():
    rng = np.random.default_rng(2)
    x = rng.normal(loc=3.0, scale=2.0, size=400)
    mean, lo, hi = bootstrap_mean(x, None, n_boot=4000, seed=7)
    assert math.isclose(mean, x.mean())
    expected = 2 * 1.96 * x.std(ddof=1) / math.sqrt(len(x))  # ~0.39
    assert abs((hi - lo) - expected) / expected < 0.1
    assert lo < mean < hi


def test_clustered_prompts_widen_the_interval():
    """20 families of 20 prompts whose family effect dominates: resampling prompts as if independent
    gives an interval ~4x too narrow; resampling families gives about the width of 20 draws."""
    rng = np.random.default_rng(3)
    fam_effect = rng.normal(0, 1.0, size=20)
    x = np.repeat(fam_effect, 20) + rng.normal(0, 0.2, size=400)
    fam = [f"f{i // 20}" for i in range(400)]
    _, lo_p, hi_p = bootstrap_mean(x, None, n_boot=2000)
    _, lo_f, hi_f = bootstrap_mean(x, fam, n_boot=2000)
    assert (hi_f - lo_f) > 3 * (hi_p - lo_p)
    expected = 2 * 1.96 * fam_effect.std(ddof=1) / math.sqrt(20)
    assert abs((hi_f - lo_f) - expected) / expected < 0.25


def test_seeds_are_resampled_in_pooled_figures_only():
    # prompts agree perfectly; only the seed (column) varies: the pooled spread comes from seeds
    x = np.tile(np.array([0.0, 1.0]), (40, 1))
    mean, lo, hi = bootstrap_mean(x, None, n_boot=2000)
    assert mean == 0.5 and lo == 0.0 and hi == 1.0
    c = compare(x, np.zeros_like(x), None, n_boot=200)
    assert c["per_seed"] == [(0.0, 0.0, 0.0), (1.0, 1.0, 1.0)]


def test_nan_cells_are_left_out():
    x = np.array([[1.0], [np.nan], [3.0]])
    assert bootstrap_mean(x, ["a", "b", "c"], n_boot=100)[0] == 2.0
    assert math.isnan(bootstrap_mean(np.full((3, 2), np.nan), None, n_boot=10)[0])


# ------------------------------------------------------------------ the pre-registered decision
def _cmp(bc, guard=None, primary="defect"):
    out = {primary: {"B-C": bc}}
    if guard is not None:
        out["correct"] = {"B-C": guard}
    return out


def _grid_pair(shift, n=260, seeds=3, seed=0):
    """Defect indicators: C at rate 0.25, B at 0.25 − shift, independent per cell."""
    rng = np.random.default_rng(seed)
    c = (rng.random((n, seeds)) < 0.25).astype(float)
    b = (rng.random((n, seeds)) < 0.25 - shift).astype(float)
    return b, c


def test_decision_rule_claims_only_a_clear_consistent_gain():
    fam = [f"f{i % 26}" for i in range(260)]
    b, c = _grid_pair(0.15)  # B has clearly fewer defects
    comp = compare(b, c, fam, n_boot=500)
    verdict, claim = decide(_cmp(comp), "defect", None, None, 0.95)
    assert claim and verdict.startswith("curation helped")
    # the same gain with a worse guardrail (correctness lower beyond its interval): no claim
    worse = compare(np.zeros((260, 3)), np.ones((260, 3)), fam, n_boot=200)
    verdict, claim = decide(_cmp(comp, worse), "defect", "correct", None, 0.95)
    assert not claim and "correct is worse" in verdict
    # within the noise: no claim, and the verdict says why
    b, c = _grid_pair(0.0, seed=1)
    verdict, claim = decide(_cmp(compare(b, c, fam, n_boot=500)), "defect", None, None, 0.95)
    assert not claim and "covers 0" in verdict
    # a pooled gain that one seed contradicts: no claim
    split = {"per_seed": [(-0.2, -0.3, -0.1), (-0.2, -0.3, -0.1), (0.05, -0.01, 0.1)], "pooled": (-0.12, -0.2, -0.04)}
    verdict, claim = decide(_cmp(split), "defect", None, None, 0.95)
    assert not claim and "seeds do not all point" in verdict
    # higher-is-better primary: the sign flips
    up = {"per_seed": [(0.1, 0.05, 0.15)] * 3, "pooled": (0.1, 0.06, 0.14)}
    assert decide(_cmp(up, primary="correct"), "correct", None, None, 0.95)[1]
    assert not decide(_cmp(up, primary="defect"), "defect", None, None, 0.95)[1]


def test_aa_check_passes_on_identical_arms_and_withdraws_claims_when_it_fails():
    fam = [f"f{i % 26}" for i in range(260)]
    rng = np.random.default_rng(5)
    same = (rng.random((260, 3)) < 0.1).astype(float)
    again = (rng.random((260, 3)) < 0.1).astype(float)  # the same arm, other seeds: same rate
    ok = aa_check(compare(same, again, fam, n_boot=500), "defect", 0.95)
    assert ok["passed"] and ok["verdict"].startswith("no claim")
    bad = aa_check(compare(same, np.clip(same + 0.3, 0, 1), fam, n_boot=500), "defect", 0.95)
    assert not bad["passed"] and "FAILED" in bad["verdict"]
    b, c = _grid_pair(0.15)
    verdict, claim = decide(_cmp(compare(b, c, fam, n_boot=300)), "defect", None, bad, 0.95)
    assert not claim and "A/A check" in verdict


# ------------------------------------------------------------------ the fair control
def test_control_matches_count_and_length_bins():
    rng = np.random.default_rng(4)
    pool = rng.integers(20, 300, size=3000).tolist()
    target = sorted(rng.integers(30, 150, size=600).tolist())  # curated data is shorter
    pick, rep = matched_by_bins(pool, target, seed=0)
    assert len(pick) == len(set(pick)) == 600
    assert rep["control_per_bin"] == rep["target_per_bin"] and rep["filled_from_neighbours"] == 0
    assert rep["ks"] < 0.1
    assert pick == matched_by_bins(pool, target, seed=0)[0] and pick != matched_by_bins(pool, target, seed=1)[0]
    with pytest.raises(ValueError):
        matched_by_bins(pool[:10], target, seed=0)
    # too few raw records in a bin: the shortfall comes from the nearest lengths, and is reported
    pick, rep = matched_by_bins([10] * 50 + [500] * 50, [10] * 60, seed=0)
    assert len(pick) == 60 and rep["filled_from_neighbours"] == 10


def test_what_length_matching_costs_in_long_defects():
    """On the demo's real raw data: drawn to B's token total by swaps, the control holds fewer
    merged-instruction records (long defects) than a plain random subset of the same size (the
    issue's finding); matched to B's length bins it holds fewer still, because cleaning cut those
    records' tails and B has few long records. The bin match is the conservative control; the
    report shows each arm's defect counts, and control="random" is there for the other choice."""
    from curate.text import length_units

    train, held = demo_sets()
    raw, planted = plant_defects(train, seed=0, heldout=held)
    merged = {i for i, r in enumerate(raw) if planted.get(r["id"]) == "merged_instruction"}
    drop = {"empty_output", "refusal_output", "exact_duplicate", "near_duplicate", "needs_media", "needs_web"}
    cur = [r for r in raw if planted.get(r["id"]) not in drop]
    cur = [dict(r, output=r["output"].split("\n\n##")[0]) for r in cur]  # the rule cuts merged tails
    lengths = [length_units(r["instruction"] + " " + r["input"] + " " + r["output"]) + 30 for r in raw]
    target = [length_units(r["instruction"] + " " + r["input"] + " " + r["output"]) + 30 for r in cur]
    by_tokens, by_bins, plain = [], [], []
    for s in range(10):
        by_tokens.append(len(merged & set(matched_by_tokens(lengths, len(target), sum(target), s))))
        by_bins.append(len(merged & set(matched_by_bins(lengths, target, s)[0])))
        plain.append(len(merged & set(random.Random(s).sample(range(len(raw)), len(target)))))
    assert np.mean(by_tokens) < np.mean(plain) - 3, (by_tokens, plain)
    assert np.mean(by_bins) < np.mean(by_tokens), (by_bins, by_tokens)
    print(f"merged instructions in the control, mean of 10 draws: random {np.mean(plain):.1f}, "
          f"token total {np.mean(by_tokens):.1f}, length bins {np.mean(by_bins):.1f}")


# ------------------------------------------------------------------ demo data and checks
def _rows(path):
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x]


def test_shipped_demo_data_is_the_generators_output_and_correct():
    from curate.resources import data_dir

    train, held = demo_sets()
    folder = data_dir() / "verify"
    assert _rows(folder / TRAIN_FILE) == train and _rows(folder / HELDOUT_FILE) == held
    assert len(held) >= 500 and len(FAMILIES) >= 20
    fams = Counter((r["task"], r["task_lang"]) for r in held)
    assert set(fams) == {(f, lang) for f in FAMILIES for lang in ("en", "zh")}  # every family, both languages
    keys = {(r["instruction"], r["input"]) for r in train}
    assert not any((r["instruction"], r["input"]) in keys for r in held)  # held out for real
    for r in train + held:  # every reference answer passes its own check; checkable = computable
        res = check(r["output"], r["check"])
        assert res["correct"] == 1.0 or (r["check"]["kind"] == "none" and math.isnan(res["correct"])), r
        assert not detect(r["output"])["defect"], r
    assert sum(r["check"]["kind"] != "none" for r in held) >= 0.9 * len(held)


def test_checks_are_lenient_on_wording_and_strict_on_values():
    assert check("The answer is 42.", {"kind": "number", "value": 42})["correct"] == 1.0
    assert check("40 + 2 = 42", {"kind": "number", "value": 42})["correct"] == 1.0
    assert check("41", {"kind": "number", "value": 42})["correct"] == 0.0
    assert check("3,000 meters", {"kind": "number", "value": 3000})["correct"] == 1.0
    assert check("Sorted: 3, 5, 9", {"kind": "list", "value": [3, 5, 9]})["correct"] == 1.0
    assert check("3, 9, 5", {"kind": "list", "value": [3, 5, 9]})["correct"] == 0.0
    assert check(" 正面。", {"kind": "choice", "options": ["正面", "负面"], "answer": "正面"})["correct"] == 1.0
    assert check("negative, not positive", {"kind": "choice", "options": ["positive", "negative"],
                                            "answer": "negative"})["correct"] == 1.0
    assert check("oddly even", {"kind": "choice", "options": ["even", "odd"], "answer": "odd"})["correct"] == 0.0
    assert check("'HELLO WORLD'", {"kind": "text", "accept": ["HELLO WORLD"], "case": True})["correct"] == 1.0
    assert check("hello world", {"kind": "text", "accept": ["HELLO WORLD"], "case": True})["correct"] == 0.0
    spec = {"kind": "json", "keys": ["name", "age"], "values": {"name": "Alice", "age": 30}}
    assert check('```json\n{"age": 30, "name": "Alice"}\n```', spec) == {"correct": 1.0, "json_valid": 1.0}
    assert check('{"name": "Alice"}', spec) == {"correct": 0.0, "json_valid": 1.0}
    assert check("name: Alice, age: 30", spec) == {"correct": 0.0, "json_valid": 0.0}
    assert math.isnan(check("anything", {"kind": "none"})["correct"])


def test_planted_defects_are_at_least_alpacas_rates_and_deterministic():
    train, held = demo_sets()
    raw, planted = plant_defects(train, seed=0, heldout=held)
    assert plant_defects(train, seed=0, heldout=held) == (raw, planted)
    assert set(planted.values()) == set(DEFECT_KINDS)
    counts = Counter(planted.values())
    # the original Alpaca's rates in the 400 random hand-labelled records are the floor
    alpaca_floor = {"wrong_output": 36 / 400, "placeholder_input": 4 / 400, "missing_input": 4 / 400,
                    "needs_web": 5 / 400, "needs_media": 5 / 400, "refusal_output": 1 / 400}
    for kind, rate in alpaca_floor.items():
        assert PLANT_RATES[kind] >= rate and counts[kind] >= rate * len(train) - 1, kind
    by_id = {r["id"]: r for r in raw}
    assert len(by_id) == len(raw)  # ids stay unique
    orig = {r["id"]: r for r in train}
    held_keys = {(h["instruction"], h["input"], h["output"]) for h in held}
    for i, k in planted.items():
        r = by_id[i]
        if k == "wrong_output":
            assert r["output"] != orig[i]["output"] and r["output"]
        elif k == "refusal_output":
            assert detect(r["output"])["refusal"]
        elif k == "merged_instruction":
            assert detect(r["output"])["runon"]
        elif k == "exact_duplicate":
            src = orig[i.rsplit("-", 1)[0]]
            assert (r["instruction"], r["output"]) == (src["instruction"], src["output"])
        elif k == "heldout_leak":
            assert (r["instruction"], r["input"], r["output"]) in held_keys


def test_heldout_read_from_a_file_keeps_family_and_check(tmp_path):
    """curate.read passes fields it does not interpret through ``_extra``; verify lifts them back, so
    `--eval FILE` clusters by family and checks answers (without it, every prompt would be its own
    cluster and nothing would be checkable)."""
    from curate.resources import data_dir
    from train.data import record_list, with_extra_fields

    _, held = demo_sets()
    got = with_extra_fields(record_list(data_dir() / "verify" / HELDOUT_FILE))
    assert [(r["task"], r["check"]) for r in got] == [(r["task"], r["check"]) for r in held]
    assert with_extra_fields([{"id": "a", "task": "t", "_extra": '{"task": "other", "x": 1}'}])[0]["task"] == "t"


def test_generation_subset_covers_every_family_round_robin():
    _, held = demo_sets()
    idx = generation_subset(held, 156)
    assert len(idx) == 156 and idx == sorted(set(idx))
    fams = Counter(held[i]["task"] for i in idx)
    assert set(fams) == set(FAMILIES) and set(fams.values()) == {6}
    assert generation_subset(held, None) == list(range(len(held)))
    assert generation_subset([{"x": 1}] * 5, 3) == [0, 1, 2]  # no family field: the first ones


def test_exact_match_normalizes_case_space_and_final_punctuation():
    assert exact_match("Positive.", "positive")
    assert exact_match(" 正面。", "正面")
    assert not exact_match("420", "42")


# ------------------------------------------------------------------ behaviours on hand labels
def test_behaviour_detectors_on_hand_labels(shared_data):
    """Precision and recall against the hand labels (tests/data/labels), which the detectors' rules
    were not written from; bench/bench_behaviours.py prints the same table."""
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_behaviours import evaluate

    en, zh = evaluate("en"), evaluate("zh")
    for res, name in ((en["refusal"], "en refusal"), (zh["refusal"], "zh refusal"),
                      (en["empty|placeholder"], "en empty"), (en["runon"], "en runon")):
        assert res["precision"] >= 0.75 and res["recall"] >= 0.75, (name, res)
    for res in (*en.values(), *zh.values()):  # clean records are almost never flagged
        assert res["ok_flagged"] <= 0.01 * res["ok_records"], res


def test_behaviour_detectors_on_generated_answer_shapes():
    assert detect("I'm sorry, but I cannot help with that request.")["refusal"]
    assert detect("作为一个AI语言模型，我无法回答这个问题。")["refusal"]
    assert detect("抱歉，您没有提供文章。请提供文章内容。")["refusal"]
    assert not detect("Dear Sir, I am unable to attend on Monday. Best, Ann")["refusal"]  # a letter, not a refusal
    assert detect("  ")["empty"] and detect("。")["empty"] and not detect("0")["empty"]
    assert detect("42\n\n##\n7. Instruction: Name a fruit.\n7. Input:\n<noinput>")["runon"]
    assert detect("12\n\n### Instruction:\nSort these.")["runon"]
    assert not detect("Output: 42")["runon"]  # a leading label is not a run-on into another task
    assert detect("<nooutput>")["placeholder"] and detect("N/A")["placeholder"] and detect("<图片>")["placeholder"]
    assert not detect("The value is <b>5</b> here")["placeholder"]
    assert all(not v for v in detect("11, 43, 71").values())


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
    _Judge.mode = "position"
    res = judge_pairwise(recs, ["x"] * 5, ["y"] * 5, base_url=judge_server, model="judge-x",
                         api_key_env="CURATE_TEST_JUDGE_KEY")
    assert res["outcomes"] == [0] * 5 and res["split_verdicts"] == 1.0 and res["win_rate"] == 0.5


# ------------------------------------------------------------------ the command
def test_verify_without_data_says_what_to_give():
    from click.testing import CliRunner

    from curate.cli import main

    r = CliRunner().invoke(main, ["verify"])
    assert r.exit_code == 2 and "--demo" in r.output and "--smoke" in r.output
    r = CliRunner().invoke(main, ["verify", "raw.jsonl"])
    assert r.exit_code == 2 and "--eval" in r.output


@pytest.fixture
def one_thread():
    torch = pytest.importorskip("torch")
    old = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(old)


@pytest.mark.model  # trains three arms (two steps each) and evaluates them
def test_verify_smoke_alone_end_to_end(tmp_path, one_thread):
    """`curate verify --smoke` on its own (no --demo, no data): the whole pre-registered path."""
    pytest.importorskip("peft")
    from click.testing import CliRunner

    from curate.cli import main

    out = tmp_path / "demo"
    result = CliRunner().invoke(main, ["verify", "--smoke", "--out", str(out), "--json", "-q", "--threads", "1"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    prereg = json.loads((out / "preregistration.json").read_text())
    assert prereg["sha256"] == report["preregistration_sha256"]
    assert prereg["primary_metric"] == "defect" and prereg["guardrail_metric"] == "correct"
    assert prereg["arms"] == ["B", "C", "B'"] and prereg["heldout"]["n"] == 26
    assert [r["arm"] for r in report["table"]] == ["B", "C", "B'"]
    runs = {r["arm"]: r for r in report["runs"]}
    assert runs["C"]["records"] == runs["B"]["records"] == report["arms"]["B"]["records"]
    match = report["arms"]["C"]["per_seed"][0]["length_match"]
    assert sum(match["control_per_bin"]) == sum(match["target_per_bin"]) == runs["B"]["records"]
    assert runs["B'"]["train_seed"] == runs["B"]["train_seed"] + 1000
    for arm, run in runs.items():
        assert len(run["losses"]) == 2 and all(math.isfinite(x) for x in run["losses"])  # per-step losses
        assert len(report["per_prompt"][arm]["loss"]) == 26
        assert sum(v is not None for v in (row[0] for row in report["per_prompt"][arm]["defect"])) == 13
        preds = [json.loads(x) for x in (out / "seed0" / arm.replace("'", "_aa") / "predictions.jsonl")
                 .read_text().splitlines()]
        assert len(preds) == 26 and sum(p["prediction"] is not None for p in preds) == 13
    assert {"B-C", "B-B'"} <= set(report["comparisons"]["defect"])
    assert report["aa"]["verdict"]  # the A/A result is reported
    assert report["verdict"].startswith(("curation helped", "no claim"))
    for arm in ("B", "C"):  # decontamination counted per arm
        assert isinstance(report["arms"][arm]["decontaminated_lost"], int)
    assert report["arms"]["C"]["per_seed"][0]["defects"]["refusal_output"] > 0  # the control keeps defects
    assert "refusal_output" not in report["arms"]["B"]["defects"]  # cleaning dropped them
    cleaning = report["extra"]["cleaning"]
    assert cleaning["exact_duplicate"]["dropped"] == cleaning["exact_duplicate"]["planted"]
    assert (out / "decontaminated" / "A.jsonl").exists() and (out / "verify_report.json").exists()


def test_base_evaluation_is_cached_by_model_heldout_and_settings(tmp_path, monkeypatch):
    """The base model is evaluated once; the same model, held-out set and evaluation settings read the
    cache, and a change in any of them evaluates again. (The model and evaluation are stand-ins here;
    the smoke test runs the real ones.)"""
    import contextlib

    import curate.resources
    import train.verify as tv
    from train.evaluate import METRICS, EvalReport

    real_cache_dir = curate.resources.cache_dir
    monkeypatch.setattr(curate.resources, "cache_dir",
                        lambda kind="": tmp_path / kind if kind == "verify" else real_cache_dir(kind))
    (tmp_path / "verify").mkdir()
    calls = []

    class Model:
        def disable_adapter(self):
            return contextlib.nullcontext()

    def fake_eval(model, tok, held, **kw):
        calls.append(kw["gen_idx"])
        n = len(held)
        values = {m: [0.5] * n for m in METRICS}
        return EvalReport([str(i) for i in range(n)], ["f"] * n, values, ["x"] * n, [3] * n, {"loss": 1.0})

    monkeypatch.setattr(tv, "load_for_training", lambda cfg: (Model(), None))
    monkeypatch.setattr(tv, "evaluate", fake_eval)
    monkeypatch.setattr(tv, "base_fingerprint", lambda model: {"model": model})
    _, held = demo_sets()
    cfg = tv.VerifyConfig()
    first, cached = tv._base_eval(held[:10], [0, 1], cfg, lambda m: None)
    assert not cached and len(calls) == 1
    again, cached = tv._base_eval(held[:10], [0, 1], cfg, lambda m: None)
    assert cached and len(calls) == 1 and again.values == first.values and again.predictions == first.predictions
    tv._base_eval(held[:10], [0, 2], cfg, lambda m: None)  # another generation subset
    tv._base_eval(held[:11], [0, 1], cfg, lambda m: None)  # another held-out set
    tv._base_eval(held[:10], [0, 1], tv.VerifyConfig(temperature=0.0), lambda m: None)  # other decoding
    assert len(calls) == 4
    tv._base_eval(held[:10], [0, 1], tv.VerifyConfig(cache_base=False), lambda m: None)  # --no-cache
    assert len(calls) == 5
