"""Runner: accounting, batch-size invariance, reruns byte-identical, rejects, audit = clean, contracts."""
import json

import polars as pl
import pytest

import curate
from curate.recipe import RecipeError, load_recipe
from curate.runner import StageContractError, sidecar_paths
from curate.stage import Findings, RecordStage, StageResult, declare
from curate.stages.exact_dedup import ExactDedup

DEMO = "curate/data/demo_dirty.jsonl"


def balanced(res):
    t = res.summary["totals"]
    assert t["ok"] and t["read"] + t["split_extra"] == t["kept"] + t["rejected"]
    assert t["kept"] == res.records.height and t["rejected"] == len(res.rejects)
    return res


@pytest.fixture(scope="module")
def mixed_input(tmp_path_factory, alpaca_en, alpaca_zh):
    """Real EN and ZH records, the project's dirty demo sample and broken rows, in one JSONL file."""
    en = json.loads(alpaca_en.read_text(encoding="utf-8"))[:400]
    zh = json.loads(alpaca_zh.read_text(encoding="utf-8"))[:300]
    lines = [json.dumps(r, ensure_ascii=False).encode() for r in en + zh]
    lines += open(DEMO, "rb").read().splitlines()
    lines += [b'{"broken', b'{"instruction": "x", "output": 1}', b"\xff\xfe"]
    p = tmp_path_factory.mktemp("mixed") / "mixed.jsonl"
    p.write_bytes(b"\n".join(lines) + b"\n")
    return p


@pytest.mark.model  # the clean recipe runs spaCy NER
def test_clean_recipe_batch_size_invariant_and_rerun_identical(mixed_input, tmp_path):
    outs = {}
    for bs in (1, 7, 100_000):
        out = tmp_path / f"bs{bs}" / "clean.jsonl"
        res = balanced(curate.run("clean", mixed_input, out, batch_size=bs))
        outs[bs] = (out.read_bytes(), sidecar_paths(out)["rejects"].read_bytes(), res.summary)
    assert outs[1][0] == outs[7][0] == outs[100_000][0]
    assert outs[1][1] == outs[7][1] == outs[100_000][1]
    strip = lambda s: [{k: v for k, v in st.items() if k != "seconds"} for st in s["stages"]]
    assert strip(outs[1][2]) == strip(outs[100_000][2])
    # rerun: byte-identical output and rejects
    again = tmp_path / "again" / "clean.jsonl"
    curate.run("clean", mixed_input, again, batch_size=7)
    assert again.read_bytes() == outs[7][0]
    assert sidecar_paths(again)["rejects"].read_bytes() == outs[7][1]


def test_rejects_hold_whole_records_and_reasons(mixed_input, tmp_path):
    out = tmp_path / "o.jsonl"
    res = balanced(curate.run("clean", mixed_input, out))
    lines = [json.loads(l) for l in sidecar_paths(out)["rejects"].read_text(encoding="utf-8").splitlines()]
    assert len(lines) == len(res.rejects) > 0
    for r in lines:
        assert set(r) >= {"id", "stage", "code", "reason", "source", "record", "raw", "issues"}
        if r["stage"] == "read":
            assert r["record"] is None and r["raw"] is not None
        else:
            assert r["record"]["instruction"] and r["record"]["id"] == r["id"]
        if r["code"] == "dedup.exact":
            kept_ids = set(res.records["id"].to_list())
            assert r["twin_id"] in kept_ids and r["similarity"] == 1.0
    codes = {r["code"] for r in lines}
    assert {"read.malformed_json", "read.wrong_type", "read.invalid_utf8", "dedup.exact"} <= codes
    written = [json.loads(l) for l in out.read_text(encoding="utf-8").splitlines()]
    assert [w["id"] for w in written] == res.records["id"].to_list()
    assert all("_row" not in w and "_extra" not in w for w in written)
    summary = json.loads(sidecar_paths(out)["summary"].read_text())
    manifest = json.loads(sidecar_paths(out)["manifest"].read_text())
    assert summary["totals"]["written"] == len(written)
    assert manifest["recipe"]["name"] == "clean" and manifest["inputs"][0]["sha256"]
    assert "polars" in manifest["libraries"]


def test_audit_reports_what_clean_does_and_writes_nothing(mixed_input, tmp_path):
    clean = balanced(curate.run("clean", mixed_input, tmp_path / "c.jsonl"))
    audit = balanced(curate.run("clean", mixed_input, tmp_path / "a.jsonl", mode="audit"))
    assert not (tmp_path / "a.jsonl").exists()
    strip = lambda s: [{k: v for k, v in st.items() if k != "seconds"} for st in s["stages"]]
    assert strip(audit.summary) == strip(clean.summary)
    assert audit.originals.height == clean.summary["stages"][0]["kept"]
    # originals are the records as read, before fixes
    assert audit.findings.filter(pl.col("action") == "fix").height > 0


def test_exact_dedup_keep_policies():
    rows = [{"instruction": "Q", "input": "", "output": "short"},
            {"instruction": "q ", "input": "", "output": "SHORT"},
            {"instruction": "Z", "input": "", "output": "z"}]
    res = balanced(curate.run([ExactDedup()], rows))
    assert res.records["id"].to_list() == ["records:1", "records:3"]
    assert res.rejects[0]["twin_id"] == "records:1"
    df = pl.DataFrame(rows).with_columns(score=pl.Series([0.1, 0.9, 0.5]))
    res = balanced(curate.run([ExactDedup(keep="highest:score")], df))
    assert res.records["id"].to_list() == ["frame:2", "frame:3"]


BROKEN = declare("test.broken", "drop", "error", "test-only code")


class DropsRowsItself(RecordStage):
    kind = "bad"

    def process(self, batch):
        return StageResult(batch.head(0))


class FlagsLong(RecordStage):
    kind = "flags_long"
    codes = (BROKEN,)

    def process(self, batch):
        f = Findings()
        for row, out in zip(batch["_row"], batch["output"]):
            if len(out) > 20:
                self.emit(f, row, BROKEN, field="output", detail="long")
        return StageResult(batch, f.frame())


def test_contract_and_policy_overrides():
    rows = [{"instruction": "a", "input": "", "output": "x" * 30}, {"instruction": "b", "input": "", "output": "y"}]
    with pytest.raises(StageContractError):
        curate.run([DropsRowsItself()], rows)
    assert balanced(curate.run([FlagsLong()], rows)).records.height == 1
    flagged = balanced(curate.run([FlagsLong(actions={"test.broken": "flag"})], rows))
    assert flagged.records.height == 2 and flagged.summary["stages"][1]["flagged"] == 1
    off = balanced(curate.run([FlagsLong(actions={"test.broken": "off"})], rows))
    assert off.findings.height == 0
    with pytest.raises(ValueError, match="does not emit"):
        FlagsLong(actions={"output.empty": "flag"})


def test_recipe_errors_are_clear(tmp_path):
    p = tmp_path / "r.yaml"
    p.write_text("stages:\n  - stage: no_such_stage\n")
    with pytest.raises(ValueError, match="unknown stage 'no_such_stage'"):
        load_recipe(p).build()
    p.write_text("stages:\n  - stage: exact_dedup\n    keep: nonsense\n")
    with pytest.raises(RecipeError, match="keep policy"):
        load_recipe(p).build()
    p.write_text("stages:\n  - stage: exact_dedup\n    bogus: 1\n")
    with pytest.raises(RecipeError, match="unknown parameter"):
        load_recipe(p).build()
    p.write_text("stages: [exact_dedup, exact_dedup]\n")
    with pytest.raises(RecipeError, match="two stages are named"):
        load_recipe(p).build()
    with pytest.raises(RecipeError, match="no recipe file"):
        load_recipe("definitely-not-a-recipe")


def test_sidecar_names():
    assert sidecar_paths("out/clean.jsonl.gz")["rejects"].name == "clean.rejects.jsonl"
    assert sidecar_paths("x.parquet")["summary"].name == "x.summary.json"
