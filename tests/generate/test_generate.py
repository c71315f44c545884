"""Self-Instruct generation end to end against a real local OpenAI-compatible HTTP server."""
from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from curate.generate import GenerateConfig, OpenAITeacher, TeacherError
from curate.generate import filters as F
from curate.generate.prompts import parse_alpaca, parse_instances, parse_instructions
from curate.generate.seeds import check_seeds
from curate.rouge import rouge_l
from tests.generate import _util
from tests.generate._util import kill_then_resume, read_jsonl
from tests.helpers.openai_server import OpenAITestServer, Reply, SelfInstructScript

ROOT = Path(__file__).resolve().parents[2]


def _has_generation_pack() -> bool:
    try:
        from curate.rules import load_rules

        load_rules(["generation"])
        return True
    except (ValueError, OSError):  # RuleError is a ValueError: the pack is not shipped
        return False


HAS_PACK = _has_generation_pack()
BLACKLIST = ("generation",) if HAS_PACK else ()
needs_pack = pytest.mark.skipif(not HAS_PACK, reason="rules/generation.yaml not shipped yet")


@pytest.fixture(scope="module")
def en_seeds(shared_data):
    return check_seeds(shared_data / "self_instruct_seed_tasks.jsonl").tasks


@pytest.fixture(scope="module")
def zh_seeds(shared_data):
    return check_seeds(shared_data / "belle_zh_seed_tasks.jsonl").tasks


@pytest.fixture
def server():
    srv = OpenAITestServer(SelfInstructScript()).start()
    yield srv
    srv.stop()


def run(seeds, srv, tmp_path, n=6, name="gen", tkw=None, **kw):
    kw.setdefault("blacklist", BLACKLIST)
    return _util.run(seeds, srv, tmp_path, n, name, tkw, **kw)


def assert_accounted(res):
    """Every candidate is accepted or rejected exactly once, with a code and a reason."""
    s = res.summary
    instr_rejects = [r for r in res.rejects if "-x" not in r["id"] and r["code"] != "gen.unparsable"]
    inst_rejects = [r for r in res.rejects if "-x" in r["id"]]
    tasks = {r["task_id"]: r["candidate"] for r in res.records}
    ids = [r["id"] for r in instr_rejects] + list(tasks.values())
    assert len(ids) == len(set(ids)) == s["candidates"]["instructions"]
    assert len(res.records) + len(inst_rejects) == s["candidates"].get("instances", 0)
    for r in res.rejects:
        assert r["stage"] == "generate" and r["code"].startswith("gen.") and r["reason"]
    assert s["rejected"] == len(res.rejects)
    assert s["instructions_accepted"] == len(tasks)


# ----------------------------------------------------------------------------- parsers
def test_parse_instruction_lists():
    text = "Explain tides.\nTask 10: Summarize the plot.\n\nTask 11:  Classify the tweet.\n12. List three birds."
    assert parse_instructions(text) == ["Explain tides.", "Summarize the plot.", "Classify the tweet.",
                                        "List three birds."]
    assert parse_instructions("给出同义词\n任务10：写一首诗\n任务11：翻译这句话") == ["给出同义词", "写一首诗", "翻译这句话"]
    assert parse_instructions("") == []


def test_parse_instances_both_orders():
    text = "Example 1\nInput: <none>\nOutput: Hi.\nExample 2\nInput: a\nb\nOutput: c\n\nTask: next one"
    assert parse_instances(text, classification=False) == [("", "Hi."), ("a\nb", "c")]
    cls = "示例1\n类别：正面\n输入：太好了\n示例2\n类别：负面\n输入：真糟糕"
    assert parse_instances(cls, classification=True) == [("太好了", "正面"), ("真糟糕", "负面")]


def test_parse_alpaca_noinput():
    text = ("###\n4. Instruction: Name a fruit.\n4. Input:\n<noinput>\n4. Output:\nApple.\n"
            "###\n5. Instruction: Fix the grammar.\n5. Input:\nhe go\n5. Output:\nHe goes.\n###\n6. Instruction:")
    assert parse_alpaca(text) == [{"instruction": "Name a fruit.", "input": "", "output": "Apple."},
                                  {"instruction": "Fix the grammar.", "input": "he go",
                                   "output": "He goes."}]


def test_filters_are_chinese_aware():
    assert F.starts_with_punct("- Write a story")
    assert F.starts_with_punct("……请写一首诗")
    assert not F.starts_with_punct("《红楼梦》的作者是谁？")   # a book title, not punctuation noise
    assert not F.starts_with_punct("请写一首诗")               # non-ASCII start is fine
    assert F.not_a_task("Here are some more tasks:")
    assert F.not_a_task("12345") and F.not_a_task("以下是新任务：")
    assert F.not_a_task("Explain tides.") is None


# ----------------------------------------------------------------------------- end to end
def test_end_to_end_novelty_and_accounting(en_seeds, server, tmp_path):
    from rouge_score import rouge_scorer

    res, out = run(en_seeds, server, tmp_path, n=8)
    s = res.summary
    assert s["complete"] and s["instructions_accepted"] == 8
    assert read_jsonl(out) == res.records
    assert read_jsonl(tmp_path / "gen.rejects.jsonl") == res.rejects
    assert json.loads((tmp_path / "gen.summary.json").read_text())["records"] == len(res.records)
    assert not (tmp_path / "gen.progress.jsonl").exists()
    assert_accounted(res)
    by = Counter(r["code"] for r in res.rejects)
    # The script repeats a seed in every list: caught against the pool, with the seed as twin.
    seed_ids = {t.id: t.instruction for t in en_seeds}
    echoes = [r for r in res.rejects if r["code"] == "gen.not_novel" and r["twin_id"] in seed_ids]
    assert echoes and all(r["similarity"] == 1.0 for r in echoes)
    sc = rouge_scorer.RougeScorer(["rougeL"], use_stemmer=False)
    for r in echoes:
        assert sc.score(seed_ids[r["twin_id"]], r["record"]["instruction"])["rougeL"].fmeasure >= 0.7
    # Accepted instructions are novel against every seed and each other, by rouge-score itself.
    accepted = list(dict.fromkeys(r["instruction"] for r in res.records))
    pool = [t.instruction for t in en_seeds]
    for i, a in enumerate(accepted):
        assert max(sc.score(p, a)["rougeL"].fmeasure for p in pool + accepted[:i]) < 0.7
    assert by["gen.starts_with_punct"] >= 1 and by["gen.too_short"] >= 1
    assert by["gen.input_equals_output"] >= 1
    # Records: instruction/input/output with id and source metadata.
    r0 = res.records[0]
    assert r0["id"] == "gen-000001-1" and r0["teacher"] == "openai" and r0["model"] == "test-model"
    assert r0["round"] == 0 and set(r0) >= {"instruction", "input", "output", "task_id"}
    assert all(r["output"] for r in res.records)
    f = s["acceptance"]["instruction_filters"]
    assert f["gen.not_novel"]["rejected"] == by["gen.not_novel"]
    assert f["gen.too_short"]["checked"] >= f["gen.too_short"]["rejected"] >= 1


@needs_pack
def test_blacklist_from_rules_pack(en_seeds, server, tmp_path):
    res, _ = run(en_seeds, server, tmp_path, n=4)
    hits = [r for r in res.rejects if r["code"] == "gen.blacklist"]
    assert hits and all("draw" in r["record"]["instruction"].lower() for r in hits)
    assert all(r["reason"].startswith("rule ") for r in hits)
    assert not any("draw a picture" in r["instruction"].lower() for r in res.records)


def test_truncated_answers(en_seeds, tmp_path):
    script = SelfInstructScript(truncate_instructions=True, truncate_instances=True, junk=False)
    with OpenAITestServer(script) as srv:
        res, _ = run(en_seeds, srv, tmp_path, n=4)
    assert_accounted(res)
    instr = [r for r in res.rejects if r["code"] == "gen.instruction_truncated"]
    inst = [r for r in res.rejects if r["code"] == "gen.instance_truncated"]
    assert all("-x" not in r["id"] for r in instr) and all("-x" in r["id"] for r in inst)
    assert instr and all(r["record"]["instruction"].endswith("and then") for r in instr)
    assert inst and all(r["record"]["input"].startswith("cut off") for r in inst)
    assert not any(r["instruction"].endswith("and then") for r in res.records)
    # One truncated item per instruction answer: the last one.
    per_request = Counter(r["source"]["request"] for r in instr)
    assert set(per_request.values()) == {1}


def test_retries_after_429_and_500(en_seeds, tmp_path):
    with OpenAITestServer(SelfInstructScript()) as clean:
        base, _ = run(en_seeds, clean, tmp_path, n=4, name="base")
    srv = OpenAITestServer(SelfInstructScript()).start()
    try:
        srv.fail(429, times=2, retry_after=0)
        srv.fail(500, times=2)
        srv.fail(503, times=1, match="Classification:")
        res, _ = run(en_seeds, srv, tmp_path, n=4, name="faulty")
    finally:
        srv.stop()
    st = Counter(srv.statuses())
    assert st[429] == 2 and st[500] == 2 and st[503] == 1
    assert res.summary["requests"]["retries"] == 5
    # Retried calls give the same data as a run that never saw a fault.
    assert res.records == base.records


def test_gives_up_and_keeps_completed_calls(en_seeds, tmp_path):
    srv = OpenAITestServer(SelfInstructScript()).start()
    try:
        srv.fail(500, times=1000, match="Classification:")
        with pytest.raises(TeacherError, match=r"gave up after 3 attempts \(HTTP 500\)"):
            run(en_seeds, srv, tmp_path, n=4, tkw={"max_retries": 2})
    finally:
        srv.stop()
    from curate.generate import TeacherCache

    # The instruction-list answers that did complete are in the cache for the next run.
    assert len(TeacherCache(tmp_path / "gen.sqlite")) == 3


def test_auth_error_names_variable_not_key(en_seeds, tmp_path, monkeypatch):
    monkeypatch.setenv("CURATE_TEST_KEY", "sk-test-SECRET-123")
    srv = OpenAITestServer(SelfInstructScript()).start()
    try:
        srv.fail(401, times=10)
        with pytest.raises(TeacherError) as e:
            run(en_seeds, srv, tmp_path, n=2, tkw={"api_key_env": "CURATE_TEST_KEY"})
    finally:
        srv.stop()
    assert "CURATE_TEST_KEY" in str(e.value) and "SECRET" not in str(e.value)
    monkeypatch.delenv("CURATE_TEST_KEY")
    with pytest.raises(TeacherError, match="CURATE_TEST_KEY, which is not set"):
        OpenAITeacher("m", base_url="https://api.example.com/v1", api_key_env="CURATE_TEST_KEY")


def test_rerun_costs_nothing(en_seeds, server, tmp_path):
    first, out = run(en_seeds, server, tmp_path, n=5)
    data = out.read_bytes()
    calls = len(server.log)
    second, out2 = run(en_seeds, server, tmp_path, n=5)
    assert len(server.log) == calls  # the server saw nothing new
    assert second.summary["requests"]["sent"] == 0
    assert second.summary["requests"]["cached"] == first.summary["requests"]["sent"]
    assert out2.read_bytes() == data
    assert second.summary["tokens"]["cached_in"] == first.summary["tokens"]["in"] > 0


def test_concurrency_does_not_change_prompts(en_seeds, tmp_path):
    """Answers arrive in random order under concurrency; the prompts asked and the data are the same."""
    base = SelfInstructScript()
    rnd = random.Random(3)

    def jittery(prompt, body):
        time.sleep(rnd.random() * 0.02)
        return base(prompt, body)

    outs, bodies = [], []
    for c in (1, 8):
        with OpenAITestServer(jittery) as srv:
            _, out = run(en_seeds, srv, tmp_path, n=6, name=f"c{c}", tkw={"concurrency": c})
            outs.append(out.read_bytes())
            bodies.append(sorted(e.key for e in srv.log))
    assert outs[0] == outs[1]
    assert bodies[0] == bodies[1]


def test_chinese_seed_pool(zh_seeds, server, tmp_path):
    from rouge_score import rouge_scorer

    res, _ = run(zh_seeds, server, tmp_path, n=5)
    assert res.summary["lang"] == "zh"
    prompts = [e.prompt for e in server.log]
    assert any("任务9：" in p for p in prompts) and not any("Task 9:" in p for p in prompts)
    assert_accounted(res)
    by = Counter(r["code"] for r in res.rejects)
    assert by["gen.starts_with_punct"] >= 1 and by["gen.too_short"] >= 1
    echoes = [r for r in res.rejects if r["code"] == "gen.not_novel" and r["similarity"] == 1.0]
    assert echoes
    sc = rouge_scorer.RougeScorer(["rougeL"], use_stemmer=False)
    seed_text = {t.id: t.instruction for t in zh_seeds}
    # rouge-score would have let these exact copies through: it scores Chinese without any ASCII
    # letters or digits as 0.
    pure = [r for r in echoes if r["twin_id"] in seed_text
            and not re.search(r"[A-Za-z0-9]", seed_text[r["twin_id"]])]
    assert pure
    assert all(sc.score(seed_text[r["twin_id"]], r["record"]["instruction"])["rougeL"].fmeasure == 0.0
               for r in pure)
    accepted = list(dict.fromkeys(r["instruction"] for r in res.records))
    assert all(max(rouge_l(a, p) for p in seed_text.values()) < 0.7 for a in accepted)
    if HAS_PACK:
        assert by["gen.blacklist"] >= 1


def test_alpaca_batch_mode(en_seeds, server, tmp_path):
    res, _ = run(en_seeds, server, tmp_path, n=6, mode="alpaca", prompts_per_round=2)
    assert_accounted(res)
    assert all(r["mode"] == "alpaca" for r in res.records)
    assert len({r["task_id"] for r in res.records}) == len(res.records)  # one triple per instruction
    by = Counter(r["code"] for r in res.rejects)
    assert by["gen.empty_output"] >= 1 and by["gen.input_equals_output"] >= 1
    assert any(r["input"] == "" for r in res.records)  # <noinput> became ""
    assert not any("<noinput>" in r["input"] for r in res.records)
    asked = [e.body for e in server.log]
    assert all(b["temperature"] == 1.0 and b["max_tokens"] == 3072 for b in asked)


def test_unparsable_answer_is_recorded(en_seeds, tmp_path):
    script = SelfInstructScript()

    def odd(prompt, body):
        if prompt.rstrip().endswith("Task 9:"):
            return Reply("")
        return script(prompt, body)

    with OpenAITestServer(odd) as srv:
        res, _ = run(en_seeds, srv, tmp_path, n=2, max_rounds=2)
    assert not res.summary["complete"]
    unp = [r for r in res.rejects if r["code"] == "gen.unparsable"]
    assert len(unp) == 6 and all(r["record"] is None and r["raw"] == "" for r in unp)


def test_cost_estimate_and_decoding_params(en_seeds, server, tmp_path):
    res, _ = run(en_seeds, server, tmp_path, n=3, price_in=2.0, price_out=8.0)
    s = res.summary
    exp = (s["tokens"]["in"] * 2.0 + s["tokens"]["out"] * 8.0) / 1e6
    assert s["cost"]["estimated"] == pytest.approx(exp, abs=1e-6) and exp > 0
    first = server.log[0].body
    assert first["temperature"] == 0.7 and first["top_p"] == 0.5 and first["presence_penalty"] == 2.0
    assert first["max_tokens"] == 1024 and isinstance(first["seed"], int)


def test_config_rejects_unknown_codes():
    with pytest.raises(ValueError):
        GenerateConfig(actions={"gen.nope": "off"})
    with pytest.raises(ValueError):
        GenerateConfig(mode="nope")


def test_filter_can_be_switched_off(en_seeds, server, tmp_path):
    res, _ = run(en_seeds, server, tmp_path, n=8, actions={"gen.starts_with_punct": "off",
                                                          "gen.too_short": "off"})
    codes = {r["code"] for r in res.rejects}
    assert "gen.starts_with_punct" not in codes and "gen.too_short" not in codes
    assert res.summary["acceptance"]["instruction_filters"]["gen.too_short"]["checked"] == 0


# ----------------------------------------------------------------------------- kill -9 and resume
def test_resume_after_kill(en_seeds, tmp_path):
    seeds = tmp_path / "seeds.jsonl"
    seeds.write_text("".join(json.dumps(t.to_dict(), ensure_ascii=False) + "\n"
                             for t in en_seeds[:60]), encoding="utf-8")
    out = tmp_path / "gen.jsonl"
    srv = OpenAITestServer(SelfInstructScript(per_list=3, junk=False), hang_after=16).start()
    env = dict(os.environ, CURATE_CACHE_DIR=str(tmp_path / "cache"), CURATE_TEST_KEY="sk-SECRET-9",
               PYTHONPATH=str(ROOT))
    cmd = [sys.executable, "-m", "curate", "generate", "--seeds", str(seeds), "-n", "8",
           "-o", str(out), "--teacher", "openai", "--model", "test-model", "--base-url", srv.url,
           "--api-key-env", "CURATE_TEST_KEY", "--prompts-per-round", "2", "--instances", "2",
           "--concurrency", "3", "--cache", str(tmp_path / "t.sqlite"), "--seed", "5",
           "--timeout", "60"] + ([] if HAS_PACK else ["--no-blacklist"])
    r, progress, done_before, n_before = kill_then_resume(cmd, env, srv, 16, out)
    assert progress, "the first round's records should be journaled before the kill"
    assert r.returncode == 0, r.stderr.decode()
    summary = json.loads(r.stdout)
    resent = [e for e in srv.log[n_before:] if e.key in done_before]
    assert resent == []  # no completed call was asked again
    assert summary["requests"]["cached"] == 16 and summary["complete"]
    final = read_jsonl(out)
    assert all(rec in final for rec in progress)  # nothing accepted before the kill was lost
    assert len({r["task_id"] for r in final}) == 8
    for blob in (r.stdout, r.stderr, out.read_bytes(), (tmp_path / "gen.rejects.jsonl").read_bytes(),
                 (tmp_path / "t.sqlite").read_bytes()):
        assert b"SECRET" not in blob


def test_cli_errors_are_one_line(tmp_path, en_seeds):
    seeds = tmp_path / "seeds.jsonl"
    seeds.write_text("".join(json.dumps(t.to_dict()) + "\n" for t in en_seeds[:10]), encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("CURATE_NO_SUCH_KEY", None)
    r = subprocess.run([sys.executable, "-m", "curate", "generate", "--seeds", str(seeds), "-n", "1",
                        "-o", str(tmp_path / "o.jsonl"), "--teacher", "openai", "--model", "m",
                        "--base-url", "https://api.example.com/v1", "--api-key-env",
                        "CURATE_NO_SUCH_KEY"], env=env, capture_output=True, text=True, timeout=60,
                       check=False)
    assert r.returncode == 1
    assert r.stderr.strip().count("\n") == 0 and "CURATE_NO_SUCH_KEY" in r.stderr


def test_generated_output_flows_through_the_clean_recipe(en_seeds, server, tmp_path):
    import curate

    gen, out = run(en_seeds, server, tmp_path, n=6)
    res = curate.run("self-instruct", out, tmp_path / "clean.jsonl")
    t = res.summary["totals"]
    assert t["ok"] and t["read"] == len(gen.records) == t["written"] + t["rejected"]
    cleaned = read_jsonl(tmp_path / "clean.jsonl")
    assert cleaned and all(r["teacher"] == "openai" and r["task_id"].startswith("gen-") for r in cleaned)
    assert [s["name"] for s in res.summary["stages"]][-1] == "near_dedup"


def test_cli_config_spec_with_override(en_seeds, server, tmp_path):
    from click.testing import CliRunner

    from curate.cli import main

    seeds = tmp_path / "seeds.jsonl"
    seeds.write_text("".join(json.dumps(t.to_dict()) + "\n" for t in en_seeds[:50]), encoding="utf-8")
    cfg = tmp_path / "gen.yaml"
    cfg.write_text(
        "generate:\n"
        f"  seeds: {seeds}\n  n: 2\n  seed: 3\n  output: {tmp_path / 'from_spec.jsonl'}\n"
        f"  cache: {tmp_path / 'spec.sqlite'}\n  price_in: 1.0\n  price_out: 4.0\n"
        f"  teacher: {{kind: openai, model: test-model, base_url: '{server.url}', backoff: 0.01}}\n"
        "  options: {prompts_per_round: 2, instances: 1, novelty: 0.6}\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["generate", "--config", str(cfg), "-n", "3", "--json"])
    assert r.exit_code == 0, r.output
    s = json.loads(r.stdout)
    assert s["n_target"] == 3 and s["instructions_accepted"] == 3  # -n overrides the file
    assert s["config"]["novelty"] == 0.6 and s["config"]["instances"] == 1  # the file's options
    assert s["cost"]["price_out_per_1m"] == 4.0
    assert len(read_jsonl(tmp_path / "from_spec.jsonl")) == 3
    bad = tmp_path / "bad.yaml"
    bad.write_text("generate: {seeds: x, n: 1, options: {novelty_threshold: 0.5}}\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["generate", "--config", str(bad), "-o", str(tmp_path / "x.jsonl")])
    assert r.exit_code == 1 and "novelty_threshold" in r.output


def test_surplus_instructions_wait_for_the_next_round(en_seeds, tmp_path):
    """Round 0 yields more survivors than needed; their tasks fail, so round 1 uses the waiting ones
    instead of asking the teacher for a new list, and the last unused ones are accounted."""
    script = SelfInstructScript(per_list=5, junk=False)
    seen = {"instances": 0}

    def first_instances_empty(prompt, body):
        if prompt.startswith("Write up to"):
            seen["instances"] += 1
            if seen["instances"] <= 2:
                return Reply("")
        return script(prompt, body)

    with OpenAITestServer(first_instances_empty) as srv:
        res, _ = run(en_seeds, srv, tmp_path, n=2, prompts_per_round=1)
        lists = [e for e in srv.log if e.prompt.rstrip().endswith("Task 9:")]
    assert len(lists) == 1  # round 1 asked for no new instruction list
    assert_accounted(res)
    assert res.summary["instructions_accepted"] == 2 and res.summary["rounds"] == 2
    assert {r["round"] for r in res.records} == {0}  # candidates from round 0's list ...
    assert {r["candidate"][:5] for r in res.records} == {"r0-p0"}
    assert sum(r["code"] == "gen.no_instances" for r in res.rejects) == 2
    left = [r for r in res.rejects if r["code"] == "gen.over_quota"]
    assert left and all(r["reason"].startswith("not needed") for r in left)


def test_timeout_is_retried(en_seeds, tmp_path):
    with OpenAITestServer(SelfInstructScript()) as srv:
        srv.stall(8.0, times=1, match="Classification:")
        t0 = time.time()
        res, _ = run(en_seeds, srv, tmp_path, n=2, tkw={"timeout": 1.5})
        took = time.time() - t0
        seen = [e.key for e in srv.log]
    # (>= 1: on a very loaded machine another call may also time out and be retried)
    assert res.summary["requests"]["retries"] >= 1 and res.summary["complete"]
    assert len(seen) == len(set(seen)) + res.summary["requests"]["retries"]  # each retry = a resend
    assert took < 8.0  # the client gave up on the stalled call instead of waiting for it


def test_recipe_generate_section_is_the_source(server, tmp_path):
    """A recipe with a `generate:` section and no input generates, then cleans what it generated."""
    import curate
    from curate.recipe import load_recipe

    recipe = load_recipe({
        "name": "gen-then-clean",
        "generate": {"seeds": "general_en", "n": 4, "seed": 1, "cache": str(tmp_path / "t.sqlite"),
                     "teacher": {"kind": "openai", "model": "test-model", "base_url": server.url,
                                 "backoff": 0.01},
                     "options": {"prompts_per_round": 3, "blacklist": list(BLACKLIST)}},
        "stages": [{"stage": "normalize"}, {"stage": "exact_dedup"}],
    })
    out = tmp_path / "clean.jsonl"
    res = curate.run(recipe, None, out)
    generated = tmp_path / "clean.generated.jsonl"
    assert res.paths["generated"] == str(generated) and generated.exists()
    n_generated = len(read_jsonl(generated))
    assert n_generated >= 4 and res.summary["totals"]["read"] == n_generated
    assert res.summary["totals"]["ok"] and res.summary["generate"]
    with pytest.raises(ValueError, match="no input"):
        curate.run([], None, out)
