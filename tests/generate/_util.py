"""Helpers shared by the generation tests (not a test module)."""
from __future__ import annotations

import json
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
