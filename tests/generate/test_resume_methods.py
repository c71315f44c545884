"""kill -9 in the middle of an Evol-Instruct or Magpie run (the CLI, over real HTTP), then rerun:
no completed call is sent again, nothing accepted before the kill is lost."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.generate._util import read_jsonl
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
    try:
        p = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        deadline = time.time() + 300  # generous: the CLI starts slowly on a loaded machine
        while srv.waiting() == 0 and time.time() < deadline and p.poll() is None:
            time.sleep(0.05)
        assert p.poll() is None, p.stderr.read().decode()
        time.sleep(1.0)  # let the client record every answer it already has
        os.kill(p.pid, signal.SIGKILL)
        p.wait()
        done_before = {e.key for e in srv.completed()}
        n_before = len(srv.log)
        assert len(done_before) == hang
        progress = read_jsonl(tmp_path / "gen.progress.jsonl")
        assert not out.exists()
        srv.release()
        r = subprocess.run(cmd + ["--json"], env=env, capture_output=True, timeout=180, check=False)
    finally:
        srv.stop()
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
