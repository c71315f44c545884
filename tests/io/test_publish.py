"""Output sets: written to temporaries, published together with the manifest last, stale temporaries of
killed writers removed, an interrupted commit finished by the next run, and no output path that is an
input or another output."""
import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import curate
from curate.io.paths import refuse_overlap
from curate.io.publish import OutputSet, PublishError, journal_path, recover, stale_temps, verify_set

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "curate" / "data" / "demo_dirty.jsonl"


def _set(folder: Path) -> dict[str, Path]:
    return {"output": folder / "c.jsonl", "rejects": folder / "c.rejects.jsonl", "manifest": folder / "c.manifest.json"}


def test_a_set_is_published_whole_with_the_manifest_last(tmp_path, monkeypatch):
    order = []
    real = os.replace
    monkeypatch.setattr(os, "replace", lambda a, b: (order.append(Path(b).name), real(a, b))[1])
    paths = _set(tmp_path)
    with OutputSet(paths) as s:
        s.write_bytes("output", b"records\n")
        s.write_bytes("rejects", b"rejects\n")
        s.write_bytes("manifest", json.dumps({"outputs": dict(s.files)}).encode())
        assert not paths["output"].exists()  # nothing is visible before the commit
    assert order == ["c.jsonl", "c.rejects.jsonl", "c.manifest.json"]
    assert verify_set(paths["manifest"]) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.jsonl", "c.manifest.json", "c.rejects.jsonl"]


def test_an_error_publishes_nothing_and_keeps_the_previous_set(tmp_path):
    paths = _set(tmp_path)
    with OutputSet(paths) as s:
        for k in paths:
            s.write_bytes(k, f"old {k}\n".encode() if k != "manifest" else json.dumps({"outputs": {}}).encode())
    before = {k: p.read_bytes() for k, p in paths.items()}
    with pytest.raises(RuntimeError), OutputSet(paths) as s:
        s.write_bytes("output", b"new records\n")
        raise RuntimeError("the run failed after writing its output")
    assert {k: p.read_bytes() for k, p in paths.items()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in paths.values())


def test_a_run_that_fails_while_reading_leaves_the_previous_set(tmp_path):
    out = tmp_path / "out" / "clean.jsonl"
    curate.run("clean", str(DEMO), out)
    manifest = out.with_name("clean.manifest.json")
    first = {p.name: p.read_bytes() for p in out.parent.iterdir()}
    bad = tmp_path / "bad.jsonl.gz"
    bad.write_bytes(__import__("gzip").compress(DEMO.read_bytes())[:300])
    with pytest.raises(curate.io.readers.ReadFailure):
        curate.run("clean", [str(DEMO), str(bad)], out)
    assert {p.name: p.read_bytes() for p in out.parent.iterdir()} == first
    assert verify_set(manifest) == []


def _spawn_holder(path: Path) -> subprocess.Popen:
    """A process that creates a temporary the way a writer does and then blocks (or dies)."""
    code = textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {str(ROOT)!r})
        from pathlib import Path
        from curate.io.publish import _create_locked, temp_path
        tmp = temp_path(Path({str(path)!r}))
        _create_locked(tmp)
        open(tmp, "ab").write(b"x" * 1000)
        print(tmp, flush=True)
        time.sleep(60)
    """)
    return subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)


def test_stale_temporaries_of_killed_writers_are_removed_live_ones_kept(tmp_path):
    final = tmp_path / "clean.jsonl"
    dead = _spawn_holder(final)
    dead_tmp = Path(dead.stdout.readline().strip())
    live = _spawn_holder(final)
    live_tmp = Path(live.stdout.readline().strip())
    try:
        dead.send_signal(signal.SIGKILL)
        dead.wait()
        old_style = tmp_path / ".clean.jsonl.k3j4h2.tmp"  # what atomic_write's mkstemp used to leave
        old_style.write_bytes(b"left by an older curate")
        assert sorted(stale_temps(final)) == sorted([dead_tmp, old_style])
        curate.io.writers.write_jsonl([{"a": 1}], final)  # any write of the file cleans up first
        assert not dead_tmp.exists() and not old_style.exists() and live_tmp.exists()
    finally:
        live.kill()
        live.wait()
    assert stale_temps(final) == [live_tmp]  # its writer is gone now


def test_an_interrupted_commit_is_finished_by_the_next_run(tmp_path):
    paths = _set(tmp_path)
    s = OutputSet(paths)
    s.__enter__()
    s.write_bytes("output", b"new\n")
    s.write_bytes("rejects", b"new rejects\n")
    s.write_bytes("manifest", json.dumps({"outputs": dict(s.files)}).encode())
    # the commit wrote its journal and renamed one file, then the process died
    moves = [(str(s.temps[k]), str(paths[k])) for k in ("output", "rejects", "manifest")]
    journal_path(paths["manifest"]).write_text(json.dumps(moves))
    os.replace(*moves[0])
    for fd in s._fds.values():
        os.close(fd)
    assert verify_set(paths["manifest"])  # not a set yet: the manifest is missing, a journal pending
    assert recover(paths["manifest"])
    assert verify_set(paths["manifest"]) == []
    assert paths["rejects"].read_bytes() == b"new rejects\n" and not journal_path(paths["manifest"]).exists()


def test_verify_set_finds_a_changed_or_missing_file(tmp_path):
    out = tmp_path / "clean.jsonl"
    curate.run("clean", str(DEMO), out)
    manifest = tmp_path / "clean.manifest.json"
    assert verify_set(manifest) == []
    assert set(json.loads(manifest.read_text())["outputs"]) == {"output", "rejects", "summary"}
    (tmp_path / "clean.rejects.jsonl").write_text("edited\n")
    assert "does not match" in verify_set(manifest)[0]
    out.unlink()
    assert any("missing" in p for p in verify_set(manifest))


def test_outputs_never_overwrite_inputs_or_each_other(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_bytes(DEMO.read_bytes())
    link = tmp_path / "link.jsonl"
    link.symlink_to(src)
    hard = tmp_path / "hard.jsonl"
    os.link(src, hard)
    for out, rej in ((src, None), (link, None), (hard, None), (tmp_path / "o.jsonl", src),
                     (tmp_path / "o.jsonl", tmp_path / "o.jsonl"), (tmp_path / "o.jsonl", tmp_path / "o.summary.json")):
        with pytest.raises(ValueError, match="is the input file|same file as"):
            curate.run([], str(src), out, rejects_path=rej)
    with pytest.raises(ValueError, match="is the input file"):
        refuse_overlap(str(tmp_path / "*.jsonl"), {"output": hard})  # through a glob too
    assert src.read_bytes() == DEMO.read_bytes()
    with pytest.raises(ValueError, match="cannot tell the output format"):
        curate.run([], str(src), tmp_path / "out.txt")
    with pytest.raises(ValueError, match="does not write"):
        curate.run([], str(src), tmp_path / "out.csv")
    with pytest.raises(ValueError, match="Parquet compresses"):
        curate.run([], str(src), tmp_path / "out.parquet.gz")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hard.jsonl", "in.jsonl", "link.jsonl"]


def test_write_errors_name_the_file(tmp_path):
    blocker = tmp_path / "not_a_dir"
    blocker.write_text("a file where a folder should be")
    with pytest.raises(PublishError, match=r"cannot write .*not_a_dir/x/o.jsonl.*nothing was published"):
        curate.run([], str(DEMO), blocker / "x" / "o.jsonl")
