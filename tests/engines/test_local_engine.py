"""The local engine: segments spilled to Arrow IPC past a memory budget give the same bytes as
records held in memory, for any batch size; keyed global stages decide on keys alone."""
from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

import curate
from curate.engines import make_engine
from curate.engines.base import plan
from curate.engines.local import LocalEngine
from curate.recipe import load_recipe
from curate.runner import sidecar_paths
from curate.stages.exact_dedup import ExactDedup
from curate.stages.near_dedup import NearDedup
from curate.stages.normalize import Normalize

from .conftest import NO_MODEL


def outputs(out: Path) -> tuple[bytes, bytes, list]:
    summary = json.loads(sidecar_paths(out)["summary"].read_text())
    stages = [{k: v for k, v in s.items() if k != "seconds"} for s in summary["stages"]]
    return out.read_bytes(), sidecar_paths(out)["rejects"].read_bytes(), stages


def test_spilled_segments_give_the_same_bytes(dirty_jsonl, tmp_path):
    base = curate.run(NO_MODEL, dirty_jsonl, tmp_path / "mem" / "o.jsonl")
    assert base.summary["engine"]["spilled"] is False
    want = outputs(tmp_path / "mem" / "o.jsonl")
    assert want[1].count(b"\n") == base.summary["totals"]["rejected"] > 100
    codes = {json.loads(l)["code"] for l in want[1].splitlines()}
    assert {"dedup.exact", "dedup.near", "read.malformed_json", "read.invalid_utf8"} <= codes
    for bs in (97,):
        eng = LocalEngine(memory_budget=1, spill_dir=tmp_path / "spill")
        res = curate.run(NO_MODEL, dirty_jsonl, tmp_path / f"bs{bs}" / "o.jsonl", batch_size=bs, engine=eng)
        assert res.summary["engine"]["spilled"] is True and res.summary["engine"]["spilled_bytes"] > 0
        assert outputs(tmp_path / f"bs{bs}" / "o.jsonl") == want
        # the result loads lazily from the spill, and equals the in-memory run's
        assert res.records.equals(base.records)
        # each record's findings in the same order (the frame itself is batch-major, as it always was)
        by_row = lambda f: f.sort("_row", maintain_order=True)
        assert by_row(res.findings).equals(by_row(base.findings))
        assert [d["id"] for d in res.rejects] == [d["id"] for d in base.rejects]
        res._values.clear()  # drop the outcome: its spill folder goes with it
        del res
        import gc

        gc.collect()
        assert not list((tmp_path / "spill").glob(".curate-spill-*"))


def test_audit_on_spilled_segments(dirty_jsonl):
    a = curate.run(NO_MODEL, dirty_jsonl, mode="audit")
    b = curate.run(NO_MODEL, dirty_jsonl, mode="audit", batch_size=333, engine=LocalEngine(memory_budget=1))
    by_row = lambda f: f.sort("_row", maintain_order=True)
    assert a.originals.equals(b.originals) and by_row(a.findings).equals(by_row(b.findings))
    assert a.originals.height == a.summary["stages"][0]["kept"]


def test_plan_groups_record_runs_and_keyed_stages():
    stages = load_recipe(NO_MODEL).build()
    steps = plan(stages)
    assert [s.kind for s in steps] == ["pass", "decide", "decide"]
    assert [s.name for s in steps[0].stages] == ["normalize", "language", "rules"]
    assert [s.name for s in steps[0].keys_for] == ["exact_dedup", "near_dedup"]
    steps = plan([ExactDedup(), Normalize(), NearDedup()])
    assert [s.kind for s in steps] == ["pass", "decide", "pass", "decide"]
    assert steps[2].stages[0].name == "normalize" and steps[2].keys_for[0].name == "near_dedup"


def test_record_stages_after_global_ones(dirty_jsonl, tmp_path):
    """dedup, then normalize: pending drops are applied before the next record stage runs."""
    pipe = lambda: [ExactDedup(), NearDedup(fields=["instruction", "input", "output"]), Normalize()]
    a = curate.run(pipe(), dirty_jsonl, tmp_path / "a.jsonl")
    b = curate.run(pipe(), dirty_jsonl, tmp_path / "b.jsonl", batch_size=50, engine=LocalEngine(memory_budget=1))
    assert outputs(tmp_path / "a.jsonl") == outputs(tmp_path / "b.jsonl")
    assert b.records.equals(a.records)
    st = {s["name"]: s for s in a.summary["stages"]}
    assert st["normalize"]["in"] == st["near_dedup"]["kept"] and st["exact_dedup"]["dropped"] > 0


def test_keep_policies_on_keys(tmp_path):
    rows = [{"instruction": "Name a fruit that is red and sweet", "input": "", "output": "Apple"},
            {"instruction": "Name a fruit that is red and sweet", "input": "", "output": "A strawberry"},
            {"instruction": "Name a fruit that's red and sweet", "input": "", "output": "Cherry, often"},
            {"instruction": "Unrelated", "input": "", "output": "x"}]
    for keep, kept in (("first", ["records:1", "records:4"]), ("longest_output", ["records:3", "records:4"])):
        res = curate.run([NearDedup(fields=["instruction"], threshold=0.5, keep=keep)], rows, batch_size=1,
                         engine=LocalEngine(memory_budget=1))
        assert res.records["id"].to_list() == kept, keep
    df = pl.DataFrame(rows).with_columns(score=pl.Series([0.1, None, 0.7, 0.0]))
    res = curate.run([NearDedup(fields=["instruction"], threshold=0.5, keep="highest:score")], df, batch_size=2)
    assert res.records["id"].to_list() == ["frame:3", "frame:4"]
    with pytest.raises(ValueError, match="not in the data"):
        curate.run([ExactDedup(keep="highest:nope")], [rows[0], rows[0]], batch_size=1)


def test_result_loads_records_only_when_asked(dirty_jsonl, tmp_path):
    res = curate.run(NO_MODEL, dirty_jsonl, tmp_path / "o.jsonl", engine=LocalEngine(memory_budget=1))
    assert callable(res._values["records"]) and callable(res._values["rejects"])
    assert res.records.height == res.summary["totals"]["kept"]


def test_engine_names_and_options():
    assert make_engine("local").name == "local"
    with pytest.raises(ValueError, match="unknown engine 'spark'"):
        make_engine("spark")
    with pytest.raises(ValueError, match="go with engine='ray'"):
        curate.run([ExactDedup()], [{"instruction": "a", "output": "b"}], workers=2)


def test_ray_engine_without_ray_says_how_to_install(monkeypatch):
    import curate.engines as E
    from curate.registry import MissingDependency

    monkeypatch.setitem(E.EXTRAS, "ray", ("ray", ("no_such_ray_module_here",)))
    with pytest.raises(MissingDependency, match=r"pip install 'curate\[ray\]'"):
        make_engine("ray")
