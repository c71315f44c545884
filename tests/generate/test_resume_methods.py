"""kill -9 in the middle of an Evol-Instruct or Magpie run (the CLI, over real HTTP), then rerun:
no completed call is sent again, nothing accepted before the kill is lost."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from tests.generate._util import kill_then_resume, read_jsonl
from tests.helpers.openai_server import EvolScript, MagpieScript, OpenAITestServer

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("method,script,extra", [
    ("evol", EvolScript, ["--seeds", "general_en", "--evol-depth", "2"]),
    ("magpie", MagpieScript, ["--magpie-template", "chatml"]),
])
def test_resume_after_kill(tmp_path, method, script, extra):
    hang = 9
    out = tmp_path / "gen.jsonl"
    srv = OpenAITestServer(script(), hang_after=hang).start()
    env = dict(os.environ, CURATE_CACHE_DIR=str(tmp_path / "cache"), CURATE_TEST_KEY="sk-SECRET-9",
               PYTHONPATH=str(ROOT))
    cmd = [sys.executable, "-m", "curate", "generate", "--method", method, "-n", "6", "-o", str(out),
           "--teacher", "openai", "--model", "test-model", "--base-url", srv.url,
           "--api-key-env", "CURATE_TEST_KEY", "--prompts-per-round", "3", "--concurrency", "3",
           "--cache", str(tmp_path / "t.sqlite"), "--seed", "5", "--timeout", "60", *extra]
    r, progress, done_before, n_before = kill_then_resume(cmd, env, srv, hang, out)
    assert r.returncode == 0, r.stderr.decode()
    summary = json.loads(r.stdout)
    resent = [e for e in srv.log[n_before:] if e.key in done_before]
    assert resent == []  # no completed call was asked again
    assert summary["requests"]["cached"] == hang and summary["complete"]
    final = read_jsonl(out)
    assert all(rec in final for rec in progress)
    assert len({x["task_id"] for x in final}) == 6
    for blob in (r.stdout, r.stderr, out.read_bytes(), (tmp_path / "gen.rejects.jsonl").read_bytes(),
                 (tmp_path / "t.sqlite").read_bytes()):
        assert b"SECRET" not in blob
