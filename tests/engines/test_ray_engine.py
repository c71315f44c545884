"""The Ray engine on a real local 2-CPU cluster: for recipes without model stages, output and
rejects are byte-identical to the local engine's, bad input gets the same rejects, codes, messages
and exit codes, and the summary and manifest say where the run ran.

The module shares one private cluster (``address="local"``, never one found on the machine); the
engine sees Ray running and leaves it up. The CLI test starts and stops its own."""
from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("ray")

import curate  # noqa: E402
from curate.engines.ray import RayEngine, ray_session  # noqa: E402
from curate.io.readers import ReadFailure  # noqa: E402
from curate.runner import StageContractError, sidecar_paths  # noqa: E402
from curate.stage import RecordStage, StageResult  # noqa: E402
from curate.stages.decontaminate import Decontaminate  # noqa: E402
from curate.stages.exact_dedup import ExactDedup  # noqa: E402
from curate.stages.near_dedup import NearDedup  # noqa: E402
from curate.stages.normalize import Normalize  # noqa: E402
from curate.stages.rules import Rules  # noqa: E402

from .conftest import DEMO, NO_MODEL  # noqa: E402

pytestmark = pytest.mark.ray
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def cluster():
    with ray_session(None, 2, 1) as sess:
        yield sess


def same_run(local_out: Path, ray_out: Path, unknown_on_driver: tuple[str, ...] = ()) -> dict:
    """Output and rejects byte-identical; per-stage books, warnings and files identical
    (``unknown_on_driver``: report entries only the process that computed the keys can know)."""
    assert ray_out.read_bytes() == local_out.read_bytes()
    a, b = sidecar_paths(local_out), sidecar_paths(ray_out)
    assert b["rejects"].read_bytes() == a["rejects"].read_bytes()
    sa, sb = json.loads(a["summary"].read_text()), json.loads(b["summary"].read_text())
    for s in (sa, sb):
        for st in s["stages"]:
            for k in unknown_on_driver:
                st.get("report", {}).pop(k, None)
    strip = lambda s: [{k: v for k, v in st.items() if k != "seconds"} for st in s["stages"]]
    assert strip(sb) == strip(sa)
    assert sb["totals"] == sa["totals"] and sb["warnings"] == sa["warnings"] and sb["files"] == sa["files"]
    return sb


def test_ray_gives_the_local_bytes(cluster, dirty_jsonl, tmp_path):
    local = curate.run(NO_MODEL, dirty_jsonl, tmp_path / "local.jsonl")
    assert local.summary["totals"]["rejected"] > 100
    # the file cut into ~8 pieces; global stages on the driver (a small run)
    res = curate.run(NO_MODEL, dirty_jsonl, tmp_path / "driver.jsonl", engine="ray",
                     engine_options={"chunk_bytes": 200_000})
    summary = same_run(tmp_path / "local.jsonl", tmp_path / "driver.jsonl")
    eng = summary["engine"]
    assert eng["engine"] == "ray" and eng["nodes"] == 1 and eng["cpus"] == 2 and eng["workers"] == 2
    assert eng["ray_version"] and not eng["shuffles"]
    manifest = json.loads(sidecar_paths(tmp_path / "driver.jsonl")["manifest"].read_text())
    assert manifest["engine"]["engine"] == "ray" and manifest["engine"]["workers"] == 2
    assert manifest["engine"]["ray_version"] == eng["ray_version"]
    assert res.records.equals(local.records)
    # every global stage as shuffles: hash shuffle (exact), band shuffle + parallel verification
    # (near), the keep-best-first drops from the verified pairs on the driver
    curate.run(NO_MODEL, dirty_jsonl, tmp_path / "dist.jsonl", engine="ray",
               engine_options={"chunk_bytes": 300_000, "driver_max_records": 0})
    summary = same_run(tmp_path / "local.jsonl", tmp_path / "dist.jsonl")
    what = " | ".join(s["what"] for s in summary["engine"]["shuffles"])
    assert "hash shuffle on content_hash" in what and "band-key shuffle" in what and "verify candidates" in what


def test_ray_many_formats_split_turns_and_repeated_ids(cluster, many_files, tmp_path):
    """Gzip (one piece), a JSON list, CSV, conversations split into turns, and a source id that
    repeats one in another piece: read.duplicate_id depends on what came before, so the engine
    notices the clash and reads on the driver; the bytes stay the local ones."""
    opts = {"split_turns": True}
    curate.run(NO_MODEL, many_files, tmp_path / "local.jsonl", read_options=opts)
    curate.run(NO_MODEL, many_files, tmp_path / "ray.jsonl", read_options=opts, engine="ray",
               engine_options={"chunk_bytes": 300_000})
    summary = same_run(tmp_path / "local.jsonl", tmp_path / "ray.jsonl")
    assert summary["totals"]["split_extra"] >= 40
    assert summary["stages"][0]["flagged_by_code"].get("read.duplicate_id") == 1
    assert [f["file"] for f in summary["files"]] == ["a.jsonl", "b.jsonl.gz", "c.json", "d.csv", "e.jsonl"]


def test_ray_in_memory_frame_is_read_on_the_driver(cluster, dirty_lines):
    """An in-memory frame (EN + ZH, with copies) is read on the driver, its batches shipped to the
    actor pool: the kept records, rejects and books are the local engine's."""
    import polars as pl

    fields = ("instruction", "input", "output")
    recs = []
    for line in dirty_lines:
        try:
            r = json.loads(line)
        except ValueError:
            continue
        if isinstance(r, dict) and all(isinstance(r.get(k, ""), str) for k in fields):
            recs.append({k: r.get(k, "") for k in fields})
    frame = pl.DataFrame(recs[:600])
    loc = curate.run(NO_MODEL, frame, batch_size=120)
    ray_ = curate.run(NO_MODEL, frame, batch_size=120, engine="ray")
    codes = {d["code"] for d in loc.rejects}
    assert {"dedup.exact", "dedup.near"} <= codes and len(loc.rejects) >= 10
    assert any("\u4e00" <= c <= "\u9fff" for t in loc.records["instruction"].to_list() for c in t)
    assert ray_.records.equals(loc.records) and ray_.summary["totals"] == loc.summary["totals"]
    assert [(d["id"], d["code"]) for d in ray_.rejects] == [(d["id"], d["code"]) for d in loc.rejects]


def test_ray_whole_table_stage_record_stage_after_dedup_and_audit(cluster, dirty_jsonl, alpaca_en, tmp_path):
    """A global stage that is not keyed (decontaminate: the whole table on the driver), record
    stages after the global ones (pending drops applied first), and audit = the same books."""
    ev = tmp_path / "eval.jsonl"
    en = json.loads(alpaca_en.read_text(encoding="utf-8"))[100:140]
    ev.write_text("\n".join(json.dumps(r) for r in en) + "\n")
    pipe = lambda: [Normalize(), ExactDedup(), Decontaminate(against=str(ev)), NearDedup(), Rules()]
    local = curate.run(pipe(), dirty_jsonl, tmp_path / "local.jsonl")
    assert local.summary["stages"][3]["dropped"] >= 30
    curate.run(pipe(), dirty_jsonl, tmp_path / "ray.jsonl", engine="ray", engine_options={"chunk_bytes": 400_000})
    same_run(tmp_path / "local.jsonl", tmp_path / "ray.jsonl")
    a = curate.run(NO_MODEL, DEMO, mode="audit")
    b = curate.run(NO_MODEL, DEMO, mode="audit", engine="ray")
    assert a.originals.equals(b.originals)
    by_row = lambda f: f.sort("_row", maintain_order=True)
    assert by_row(a.findings).equals(by_row(b.findings))
    assert [d["id"] for d in a.rejects] == [d["id"] for d in b.rejects]


def test_ray_applies_the_policy_the_survey_chose(cluster, alpaca_en, tmp_path):
    """The pii stage's survey runs once on the driver before the first batch; the actors get the
    stage with its choice (strict for records of private people), so Ray writes the local bytes
    and the same warning, whatever piece of the file an actor reads."""
    from bench.pii_holdout import en_holdout_2
    from curate.stages.pii import RedactPII

    en = json.loads(alpaca_en.read_text(encoding="utf-8"))[:300]
    recs = [{"instruction": "Proofread.", "input": d["text"], "output": ""} for d in en_holdout_2()[:300]] + en
    src = tmp_path / "people.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\n", encoding="utf-8")
    local = curate.run([RedactPII(mode="patterns")], src, tmp_path / "local.jsonl")
    assert local.summary["stages"][1]["report"]["survey"]["profile"] == "strict"
    curate.run([RedactPII(mode="patterns")], src, tmp_path / "ray.jsonl", engine="ray",
               engine_options={"chunk_bytes": 60_000})
    summary = same_run(tmp_path / "local.jsonl", tmp_path / "ray.jsonl")
    assert [w for w in summary["warnings"] if "profile 'strict'" in w]


class DropsRowsItself(RecordStage):
    kind = "drops_rows"

    def process(self, batch):
        return StageResult(batch.head(1))


def test_ray_raises_what_local_raises(cluster, dirty_lines, tmp_path):
    good = b"\n".join(dirty_lines[:200]) + b"\n"
    (tmp_path / "a.jsonl").write_bytes(good)
    (tmp_path / "b.jsonl.gz").write_bytes(gzip.compress(good * 3)[:900])  # truncated
    (tmp_path / "c.jsonl.gz").write_bytes(b"\x1f\x8b" + b"not gzip at all" * 20)
    inputs = [str(tmp_path / n) for n in ("a.jsonl", "b.jsonl.gz", "c.jsonl.gz")]
    with pytest.raises(ReadFailure) as local:
        curate.run(NO_MODEL, inputs, tmp_path / "l.jsonl")
    with pytest.raises(ReadFailure) as ray_err:
        curate.run(NO_MODEL, inputs, tmp_path / "r.jsonl", engine="ray")
    assert str(ray_err.value) == str(local.value) and "b.jsonl.gz" in str(local.value)
    assert not (tmp_path / "r.jsonl").exists()
    with pytest.raises(StageContractError, match="changed, reordered or dropped rows"):
        curate.run([DropsRowsItself()], tmp_path / "a.jsonl", engine=RayEngine(chunk_bytes=50_000))


class DiesOnce(RecordStage):
    """Kills its worker process the first time it runs (a node lost mid-run), then behaves."""

    kind = "dies_once"

    def __init__(self, flag: str = "", **kw):
        super().__init__(**kw)
        self.flag = flag

    def process(self, batch):
        if not os.path.exists(self.flag):
            Path(self.flag).write_text("died")
            os._exit(1)
        return StageResult(batch)


def test_a_retried_task_replaces_its_output(cluster, dirty_lines, tmp_path):
    """A worker dies in the middle of the record stages: Ray restarts it and retries the task,
    whose output (kept rows, rejects, findings, counters) replaces the lost one; the books balance
    and the bytes are the local ones."""
    src = tmp_path / "in.jsonl"
    src.write_bytes(b"\n".join(dirty_lines[:800]) + b"\n")
    pipe = lambda flag: [Normalize(), DiesOnce(flag=str(flag)), ExactDedup(), Rules()]
    (tmp_path / "ok").write_text("")
    curate.run(pipe(tmp_path / "ok"), src, tmp_path / "local.jsonl")
    res = curate.run(pipe(tmp_path / "flag"), src, tmp_path / "ray.jsonl", engine="ray",
                     engine_options={"chunk_bytes": 100_000})
    assert (tmp_path / "flag").read_text() == "died"
    summary = same_run(tmp_path / "local.jsonl", tmp_path / "ray.jsonl")
    assert summary["totals"]["ok"] and res.summary["stages"][2]["in"] == res.summary["stages"][1]["kept"]


def cli(*args, env_extra=None):
    env = {**os.environ, "PYTHONPATH": str(ROOT), **(env_extra or {})}
    return subprocess.run([sys.executable, "-m", "curate", *args], capture_output=True, text=True, cwd=ROOT,
                          env=env, timeout=300)


def test_cli_private_cluster_same_bytes_and_exit_codes(tmp_path):
    """`curate run ... --engine ray` starts a private cluster (not one it finds), stops it, and
    exits like a local run: 0 with the same bytes, 1 with the same one-line error."""
    r = cli("run", str(tmp_path / "no.yaml"), "-i", DEMO, "-o", str(tmp_path / "x.jsonl"), "--workers", "2")
    assert r.returncode == 2 and "--engine ray" in r.stderr  # usage error, no cluster started
    loc = cli("run", "audit", "-i", DEMO, "-o", str(tmp_path / "l" / "o.jsonl"), "-q")
    ray_ = cli("run", "audit", "-i", DEMO, "-o", str(tmp_path / "r" / "o.jsonl"), "-q", "--engine", "ray",
               "--workers", "2")
    assert loc.returncode == ray_.returncode == 0, ray_.stderr
    assert ray_.stderr == ""  # nothing from Ray leaks onto the terminal
    same_run(tmp_path / "l" / "o.jsonl", tmp_path / "r" / "o.jsonl")
    bad = tmp_path / "bad.json"
    bad.write_text('[{"instruction": "a", "output": "b"},')
    loc = cli("run", "audit", "-i", str(bad), "-o", str(tmp_path / "l2.jsonl"))
    ray_ = cli("run", "audit", "-i", str(bad), "-o", str(tmp_path / "r2.jsonl"), "--engine", "ray")
    assert loc.returncode == ray_.returncode == 1
    assert ray_.stderr.strip() == loc.stderr.strip() and ray_.stderr.startswith("curate: error: ")
    assert "Traceback" not in ray_.stderr


@pytest.mark.model
def test_ray_semantic_dedup_embeds_in_the_actor_pool(cluster, alpaca_en, alpaca_zh, tmp_path):
    """Semantic dedup embeds batch by batch inside the actors (the model loads once per worker)
    and decides on the driver; with the embedding cache the vectors are the local ones, so the
    output is too. Chinese records take the near-dup fallback there as well."""
    from curate.stages.semantic_dedup import SemanticDedup

    en = json.loads(alpaca_en.read_text(encoding="utf-8"))[:300]
    zh = json.loads(alpaca_zh.read_text(encoding="utf-8"))[:60]
    copies = [dict(r, instruction=r["instruction"].rstrip(".") + ", please.") for r in en[:25]]
    p = tmp_path / "in.jsonl"
    p.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in en + zh + copies + zh[:5]) + "\n",
                 encoding="utf-8")
    pipe = lambda: [Normalize(), SemanticDedup(threshold=0.9)]
    local = curate.run(pipe(), p, tmp_path / "local.jsonl", batch_size=100)
    by_code = local.summary["stages"][2]["dropped_by_code"]
    assert by_code.get("dedup.semantic", 0) >= 20 and by_code.get("dedup.near", 0) >= 5
    curate.run(pipe(), p, tmp_path / "ray.jsonl", batch_size=100, engine="ray",
               engine_options={"workers": 1, "chunk_bytes": 60_000})
    # how many embeddings were computed rather than read from the cache is known where they were
    # computed (the actors), not on the driver
    same_run(tmp_path / "local.jsonl", tmp_path / "ray.jsonl", unknown_on_driver=("embedded_now", "embedding"))
