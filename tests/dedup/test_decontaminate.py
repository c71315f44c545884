"""Decontamination against real evaluation sets (Self-Instruct and BELLE seed tasks)."""
from __future__ import annotations

import json
import random

import polars as pl
import pytest

from bench.planted import edit_text
from curate import text as T
from curate.stages.decontaminate import Decontaminate


def _seeds(path):
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        inst = r["instances"][0]
        out.append({"id": r["id"], "question": r["instruction"], "context": inst["input"],
                    "answer": inst["output"]})
    return out


def _write(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def _train(path):
    data = json.loads(path.read_text(encoding="utf-8"))
    return [{"id": f"train-{i}", "instruction": r["instruction"], "input": r["input"],
             "output": r["output"]} for i, r in enumerate(data)]


def _frame(records):
    return pl.DataFrame(records).with_columns(pl.int_range(pl.len(), dtype=pl.Int64).alias("_row"))


def _leak(seed_rec, rng):
    """A training record built from an evaluation item. Items of 13+ tokens get a prefix or one
    word/character edit; shorter ones (matched only when equal after normalization, by design)
    get surface edits: case, punctuation."""
    inst, ctx = seed_rec["question"], seed_rec["context"]
    long = len(T.tokens(inst + " " + ctx)) >= 13
    r = rng.random()
    if long and r < 0.4:
        inst = "Please answer the following. " + inst
    elif long and r < 0.7:
        inst = edit_text(inst, 1, rng)
    else:
        inst = inst.upper() + "!" if rng.random() < 0.5 else inst + "!"
    return {"id": f"leak-{seed_rec['id']}", "instruction": inst, "input": ctx, "output": "x",
            "verbatim": not (long and 0.4 <= r < 0.7)}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_planted_leaks_found_and_clean_records_kept(lang, shared_data, tmp_path):
    seeds = _seeds(shared_data / ("self_instruct_seed_tasks.jsonl" if lang == "en"
                                  else "belle_zh_seed_tasks.jsonl"))
    evalf = _write(tmp_path / "eval.jsonl", seeds)
    train = _train(shared_data / ("alpaca_original_sample_30000_34999.json" if lang == "en"
                                  else "alpaca_zh_llamafactory_demo_1000.json"))
    rng = random.Random(4)
    leaked = rng.sample(seeds, 60)
    leaks = [_leak(s, rng) for s in leaked]
    verbatim = {r.pop("verbatim") and r["id"] for r in leaks} - {False}
    records = train + leaks
    st = Decontaminate(against=str(evalf), against_map="instruction=question,input=context,output=answer")
    res = st.process(_frame(records))
    f = res.findings
    hit_ids = set(_frame(records)["id"].gather(f["_row"]).to_list())
    leak_ids = {f"leak-{s['id']}" for s in leaked}
    # every leak that still holds the eval item verbatim (prefix, case, punctuation) is found
    assert len(verbatim) >= 35
    assert verbatim <= hit_ids
    recall = len(hit_ids & leak_ids) / len(leak_ids)
    assert recall >= 0.9
    # real training records: only genuine leaks (an eval passage reused) may be hit
    false_hits = hit_ids - leak_ids
    assert len(false_hits) <= (3 if lang == "en" else 0)
    # the reject names the eval record: its id as twin, its file and line in the detail
    row = f.filter(pl.col("twin_id") == leaked[0]["id"])
    assert row.height >= 1 and "eval.jsonl:" in row["detail"][0]
    assert (f["code"] == "decontam.overlap").all() and (f["similarity"] > 0).all()


def test_short_eval_prompts_match_only_when_equal(tmp_path):
    evalf = _write(tmp_path / "eval.jsonl", [
        {"instruction": "Name three primary colors.", "output": "red"},
        {"instruction": "请列出三原色。", "output": "红"}])
    train = [{"id": "a", "instruction": "name three primary colors", "input": "", "output": "x"},
             {"id": "b", "instruction": "Name three primary colors of light and explain them.",
              "input": "", "output": "x"},
             {"id": "c", "instruction": "请列出三原色", "input": "", "output": "x"},
             {"id": "d", "instruction": "请列出三原色并解释它们的用途。", "input": "", "output": "x"}]
    res = Decontaminate(against=str(evalf)).process(_frame(train))
    assert sorted(res.findings["_row"].to_list()) == [0, 2]
    assert res.findings["twin_id"].to_list() == ["eval.jsonl:1", "eval.jsonl:2"]


def test_chinese_uses_character_ngrams(tmp_path):
    passage = ("细胞理论是生物科学的一个理论，它认为所有生命体都是由微小的基本单元——细胞所构成。"
               "这是生物学的一个基础理论。")
    evalf = _write(tmp_path / "eval.jsonl", [{"instruction": "总结下面的段落。", "input": passage,
                                              "output": "…"}])
    train = [{"id": "t", "instruction": "请用一句话概括这段文字：", "input": passage[:40], "output": "x"},
             {"id": "u", "instruction": "解释细胞理论。", "input": "", "output": "x"}]
    res = Decontaminate(against=str(evalf)).process(_frame(train))
    assert res.findings["_row"].to_list() == [0]
    assert 0 < res.findings["similarity"][0] < 1


def test_missing_eval_file_fails_before_reading(tmp_path):
    with pytest.raises(ValueError, match="not found"):
        Decontaminate(against=str(tmp_path / "nope.jsonl"))
    with pytest.raises(ValueError, match="required"):
        Decontaminate()


def test_cli_decontaminate(shared_data, tmp_path):
    from click.testing import CliRunner

    from curate.cli import main

    seeds = _seeds(shared_data / "self_instruct_seed_tasks.jsonl")
    evalf = _write(tmp_path / "eval.jsonl", seeds[:20])
    train = _train(shared_data / "alpaca_original_sample_30000_34999.json")[:300]
    train.append({"instruction": seeds[7]["question"], "input": seeds[7]["context"], "output": "x"})
    src = _write(tmp_path / "train.jsonl", train)
    out = tmp_path / "out.jsonl"
    r = CliRunner().invoke(main, ["decontaminate", str(src), "--against", str(evalf),
                                  "--against-map", "instruction=question,input=context,output=answer",
                                  "-o", str(out), "--json", "-q"])
    assert r.exit_code == 0, r.output
    rej = [json.loads(x) for x in (tmp_path / "out.rejects.jsonl").read_text().splitlines()]
    assert [x["twin_id"] for x in rej] == [seeds[7]["id"]]
    assert rej[0]["code"] == "decontam.overlap" and rej[0]["source"]["line"] == 301
    assert json.loads(r.stdout)["totals"]["kept"] == 300
