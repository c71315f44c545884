"""Progress on every long job: a bar with the total, rate and ETA on a terminal (a real
pseudo-terminal here, pty module), one summary line per phase when stderr is a pipe, nothing with
-q or --json, and never a byte on stdout."""
from __future__ import annotations

import fcntl
import json
import os
import pty
import re
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

from curate.io.estimate import estimate_units
from curate.progress import policy, progress, summary_line

ROOT = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}


def run_in_pty(args: list[str], size: tuple[int, int] | None = None, timeout: float = 300) -> str:
    """Run ``python -m curate ARGS`` with stdin/stdout/stderr on a pseudo-terminal; ``size`` (rows,
    cols) sets the window size (None leaves it 0 x 0, as a fresh pty and some CI consoles report)."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: its stderr is the terminal
        os.chdir(ROOT)
        os.execvpe(sys.executable, [sys.executable, "-m", "curate", *args], ENV)
    if size is not None:
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", size[0], size[1], 0, 0))
    out = b""
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            b = os.read(fd, 65536)
        except OSError:  # the child closed the terminal
            break
        if not b:
            break
        out += b
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, out[-2000:]
    return out.decode("utf-8", "replace")


def run_piped(args: list[str], timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "curate", *args], capture_output=True, text=True, env=ENV,
                          cwd=ROOT, timeout=timeout, check=False)


@pytest.mark.parametrize("size", [None, (40, 120)])
def test_terminal_shows_the_total_rate_and_eta(alpaca_en, size):
    out = run_in_pty(["audit", str(alpaca_en), "--no-near"], size=size)
    bars = re.findall(r"audit:\s+\d+%\|[^\r\n]*\| *([\d,]+)/([\d,]+) \[(\d\d:\d\d)<(\d\d:\d\d|\?), *([^\]]+)\]", out)
    assert bars, out[:1500]
    assert {total for _, total, _, _, _ in bars} == {"5000"}  # the total was known from the start
    assert bars[-1][0] == "5000" and "rec/s" in bars[-1][4]
    assert "5000 records: would keep" in out  # and the table after it


def test_pipe_gets_one_line_per_phase(alpaca_en):
    r = run_piped(["audit", str(alpaca_en)])
    assert r.returncode == 0, r.stderr
    assert r.stdout == "" and "\r" not in r.stderr
    phases = [ln for ln in r.stderr.splitlines() if re.match(r"^[\w_]+: [\d,]+ rec( of [\d,~]+)? in [\d.]+ s \(", ln)]
    assert [p.split(":")[0] for p in phases] == ["audit", "exact_dedup", "near_dedup"]
    assert phases[0].startswith("audit: 5,000 rec in ")


def test_json_and_quiet_print_no_progress(alpaca_zh, tmp_path):
    r = run_piped(["audit", str(alpaca_zh), "--json"])
    assert r.returncode == 0 and json.loads(r.stdout)["records"] == 1000
    assert " rec in " not in r.stderr
    r = run_piped(["run", "clean", "-i", str(alpaca_zh), "-o", str(tmp_path / "c.jsonl"), "-q"])
    assert r.returncode == 0 and r.stderr == "" and r.stdout == ""


def test_logs_count_bytes_of_a_known_size(tmp_path):
    log = tmp_path / "app.log"
    lines = [json.loads(x)["text"] for x in (ROOT / "tests" / "data" / "pii_en.jsonl").read_text().splitlines()]
    log.write_text("\n".join(lines * 40) + "\n", encoding="utf-8")
    size = log.stat().st_size
    r = run_piped(["redact", str(log), "-o", str(tmp_path / "out.log"), "--mode", "patterns"])
    assert r.returncode == 0, r.stderr
    line = next(ln for ln in r.stderr.splitlines() if ln.startswith("redact: "))
    # the rate's unit follows the speed (KB/s or MB/s): only the size is fixed
    assert line.startswith(f"redact: {size / 1024:.1f} KB in ") and re.search(r"\([\d.]+ [KM]B/s\)$", line)
    out = run_in_pty(["redact", str(log), "-o", str(tmp_path / "out2.log"), "--mode", "patterns"], size=(40, 120))
    assert re.search(r"redact: +\d+%\|", out) and f"/{size / 1024:.0f}k" in out.replace(".0k", "k") or \
        re.search(rf"/{size / 1024:.0f}\.?\d*k", out), out[:800]


def test_records_total_from_file_sizes(tmp_path, alpaca_en, monkeypatch):
    import polars as pl

    rows = json.loads(alpaca_en.read_text(encoding="utf-8"))
    jl = tmp_path / "a.jsonl"
    jl.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    pq = tmp_path / "a.parquet"
    pl.DataFrame(rows).write_parquet(pq)
    assert estimate_units(str(alpaca_en)) == (5000, False)       # a JSON list: its length
    assert estimate_units(str(jl)) == (5000, False)              # JSONL: the line count
    assert estimate_units(str(pq)) == (5000, False)              # Parquet: the metadata
    assert estimate_units([str(jl), str(pq)]) == (10000, False)
    import curate.io.estimate as est

    monkeypatch.setattr(est, "COUNT_BYTES", 1 << 20)
    monkeypatch.setattr(est, "SAMPLE_BYTES", 1 << 19)
    n, estimated = estimate_units(str(jl))                       # large: size / mean line length of a sample
    assert estimated and abs(n - 5000) / 5000 < 0.1, n
    gz = tmp_path / "a.jsonl.gz"
    import gzip

    gz.write_bytes(gzip.compress(jl.read_bytes()))
    assert estimate_units(str(gz)) == (None, False)              # compressed: unknown, counted without ETA


def test_summary_line_and_policies(capfd):
    assert summary_line("clean", 50000, 50000, "rec", 3.2) == "clean: 50,000 rec in 3.2 s (15,625 rec/s)"
    assert summary_line("x", 300, 1000, "req", 60.0, estimated=True) == "x: 300 req of ~1,000 in 60.0 s (5.0 req/s)"
    with policy("tty"):  # the library default: no terminal, nothing
        with progress("quiet", 10) as bar:
            bar.update(10)
    with policy("auto"):
        with progress("loud", 10, "step") as bar:
            bar.update(4)
            bar.set_postfix(loss="1.23")
    with policy("off"), progress("off", 3) as bar:
        bar.update(3)
    out, err = capfd.readouterr()
    assert out == "" and err.startswith("loud: 4 step of 10 in ") and err.rstrip().endswith("; loss 1.23")
    assert err.count("\n") == 1
    with policy("auto"), pytest.raises(ValueError), progress("failing", 10) as bar:  # no summary of a failure
        bar.update(3)
        raise ValueError("bad input")
    assert capfd.readouterr() == ("", "")


def test_python_api_is_silent_by_default(alpaca_zh, capfd, tmp_path):
    import curate

    curate.run("clean", str(alpaca_zh), tmp_path / "c.jsonl")
    out, err = capfd.readouterr()
    assert out == "" and err == ""


def test_generate_counts_accepted_tasks_of_n(shared_data, tmp_path):
    from tests.helpers.openai_server import OpenAITestServer, SelfInstructScript

    srv = OpenAITestServer(SelfInstructScript()).start()
    try:
        args = ["generate", "--seeds", str(shared_data / "self_instruct_seed_tasks.jsonl"), "-n", "5", "-o",
                str(tmp_path / "g.jsonl"), "--teacher", "openai", "--model", "m", "--base-url", srv.url,
                "--cache", str(tmp_path / "c.sqlite"), "--prompts-per-round", "3"]
        r = subprocess.run([sys.executable, "-m", "curate", *args], capture_output=True, text=True, cwd=ROOT,
                           env={**ENV, "OPENAI_API_KEY": "test"}, timeout=300, check=False)
        assert r.returncode == 0, r.stderr
        line = next(ln for ln in r.stderr.splitlines() if ln.startswith("generate (self-instruct): "))
        sent = json.loads((tmp_path / "g.summary.json").read_text())["requests"]["sent"]
        assert re.match(r"generate \(self-instruct\): 5 task in [\d.]+ s \([\d.,]+ task/s\); ", line), line
        assert f"requests {sent}" in line, line
        pty_args = [a if a != str(tmp_path / "c.sqlite") else str(tmp_path / "c2.sqlite") for a in args]
        ENV["OPENAI_API_KEY"] = "test"  # the pty child's environment (never this process's)
        out = run_in_pty(pty_args, size=(40, 120))
        bars = re.findall(r"generate \(self-instruct\):\s+\d+%\|[^\r\n]*\| *(\d)/5 \[[^\]]*requests=(\d+)", out)
        # the total (n) from the first frame on; requests counted up as they are answered
        assert bars and max(int(r) for _, r in bars) == sent and int(bars[0][1]) < sent, out[-1500:]
    finally:
        ENV.pop("OPENAI_API_KEY", None)
        srv.stop()


@pytest.mark.model  # trains the packaged SmolLM2 for three steps
def test_train_shows_steps_on_a_terminal(tmp_path, alpaca_en):
    rows = [r for r in json.loads(alpaca_en.read_text(encoding="utf-8")) if len(r["output"]) < 200][:24]
    data = tmp_path / "d.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = run_in_pty(["train", str(data), "--out", str(tmp_path / "run"), "--steps", "3", "--batch-size", "2",
                      "--max-len", "128", "--threads", "1", "--log-every", "1"], size=(40, 120), timeout=600)
    steps = re.findall(r"train:\s+\d+%\|[^\r\n]*\| *(\d)/3 \[", out)
    assert steps and steps[-1] == "3", out[-1500:]
    assert "loss=" in out and (tmp_path / "run" / "train_report.html").exists()
