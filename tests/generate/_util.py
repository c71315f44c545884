"""Helpers shared by the generation tests (not a test module)."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

from curate.generate import OpenAITeacher, generate


def teacher(srv, **kw):
    kw.setdefault("concurrency", 4)
    kw.setdefault("backoff", 0.01)
    return OpenAITeacher("test-model", base_url=srv.url, **kw)


def run(seeds, srv, tmp_path, n=6, name="gen", tkw=None, **kw):
    kw.setdefault("prompts_per_round", 3)
    out = tmp_path / f"{name}.jsonl"
    res = generate(seeds, teacher(srv, **(tkw or {})), n, out, cache=tmp_path / f"{name}.sqlite",
                   seed=1, **kw)
    return res, out


def read_jsonl(p):
    return [json.loads(line) for line in Path(p).read_text(encoding="utf-8").splitlines() if line]


def assert_accounted(res):
    """Every candidate is accepted or rejected exactly once, with a code and a reason; the summary's
    per-filter counts add up to the rejects."""
    s = res.summary
    instr_rejects = [r for r in res.rejects if "-x" not in r["id"] and r["code"] != "gen.unparsable"]
    inst_rejects = [r for r in res.rejects if "-x" in r["id"]]
    tasks = {r["task_id"]: r["candidate"] for r in res.records}
    ids = [r["id"] for r in instr_rejects] + list(tasks.values())
    assert len(ids) == len(set(ids)) == s["candidates"].get("instructions", 0)
    assert len(res.records) + len(inst_rejects) == s["candidates"].get("instances", 0)
    for r in res.rejects:
        assert r["stage"] == "generate" and r["code"].startswith("gen.") and r["reason"]
        assert (r["record"] is None) == (r["code"] == "gen.unparsable")
    assert s["rejected"] == len(res.rejects)
    assert s["instructions_accepted"] == len(tasks)
    by_code: dict[str, int] = {}
    for r in res.rejects:
        by_code[r["code"]] = by_code.get(r["code"], 0) + 1
    for group in ("instruction_filters", "instance_filters"):
        for code, c in s["acceptance"][group].items():
            assert c["rejected"] == by_code.get(code, 0), code


def kill_then_resume(cmd, env, srv, hang, out):
    """Run ``cmd`` (a ``curate generate`` CLI call) against ``srv`` (built with ``hang_after=hang``),
    kill -9 it once ``hang`` answers are written and the next request is held, then rerun it with
    ``--json``. Returns (rerun result, progress journaled before the kill, keys answered before the
    kill, index of the rerun's first request in ``srv.log``). Nothing is published at ``out`` before
    the rerun; the progress journal sits beside it."""
    try:
        p = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        deadline = time.time() + 300  # generous: the CLI starts slowly on a loaded machine
        # Wait for a held request AND every admitted answer written: killing earlier leaves an
        # answer in flight, which the test would count as lost.
        while ((srv.waiting() == 0 or len(srv.completed()) < hang) and time.time() < deadline
               and p.poll() is None):
            time.sleep(0.05)
        assert p.poll() is None, p.stderr.read().decode()
        time.sleep(0.5)  # let the client record every answer it already has
        os.kill(p.pid, signal.SIGKILL)
        p.wait()
        done_before = {e.key for e in srv.completed()}
        n_before = len(srv.log)
        assert len(done_before) == hang
        progress = read_jsonl(out.with_name(out.stem + ".progress.jsonl"))
        assert not out.exists()
        srv.release()
        r = subprocess.run(cmd + ["--json"], env=env, capture_output=True, timeout=180, check=False)
    finally:
        srv.stop()
    return r, progress, done_before, n_before
