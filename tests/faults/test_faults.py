"""Fault injection: damaged inputs, kill -9 while writing, a full filesystem, RLIMIT_FSIZE and a
read-only folder. After every fault: the exit code, the message, the published set (the manifest's
sizes and sha256 match the files, or the previous set is untouched), the books, and that no valid
record is lost and no damaged one kept.

A record is *lost* when it is not in the output, not inside any reject's raw text, and not covered by
a tail reject (a truncated/corrupt stream's reject covers the file from its offset to the end). A
record is *invalid* when the output holds it with text that differs from the original. Both must
stay 0; the totals are printed at the end of the run (tests/faults/conftest.py).
"""
from __future__ import annotations

import csv
import gzip
import io
import json
import os
import random
import resource
import shutil
import signal
import subprocess
import sys
import textwrap
import time
import zlib
from dataclasses import dataclass
from pathlib import Path

import polars as pl
import pytest
import zstandard
from click.testing import CliRunner

from curate.cli import main
from curate.io.publish import recover, stale_temps, verify_set

ROOT = Path(__file__).resolve().parents[2]
RNG_SEED = int(os.environ.get("CURATE_FAULT_SEED", "20261203"))  # another seed: other faults
N = 600

EN = ["Summarize the paragraph.", "Translate to French.", "Write a haiku about rain.", "List three uses of salt."]
ZH = ["总结下面的段落。", "把这句话翻译成英文。", "写一首关于秋天的诗。", "列出三种水果。"]


def _rows(n: int = N) -> list[dict]:
    rng = random.Random(RNG_SEED)
    rows = []
    for i in range(n):
        zh = i % 3 == 0
        ins = (ZH if zh else EN)[i % 4] + f" #{i}"
        out = ("这是第%d条回答，内容各不相同。" % i if zh else f"Answer number {i}, different each time.") + " x" * rng.randrange(30)
        rows.append({"id": f"r{i}", "instruction": ins, "input": "" if i % 2 else f"input {i}", "output": out})
    return rows


ROWS = _rows()
BY_ID = {r["id"]: r for r in ROWS}


# ------------------------------------------------------------------------------------------ inputs
def _text(fmt: str) -> tuple[bytes, list[int]]:
    """The file's decompressed bytes and the offset where each record starts."""
    starts, parts, pos = [], [], 0

    def add(b: bytes, record: bool = False) -> None:
        nonlocal pos
        if record:
            starts.append(pos)
        parts.append(b)
        pos += len(b)

    if fmt == "jsonl":
        for r in ROWS:
            add((json.dumps(r, ensure_ascii=False) + "\n").encode(), True)
    elif fmt == "json":
        add(b"[\n")
        for i, r in enumerate(ROWS):
            add(json.dumps(r, ensure_ascii=False).encode() + (b",\n" if i < len(ROWS) - 1 else b"\n"), True)
        add(b"]\n")
    elif fmt in ("csv", "tsv"):
        s = io.StringIO()
        w = csv.writer(s, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        w.writerow(["id", "instruction", "input", "output"])
        add(s.getvalue().encode())
        for r in ROWS:
            s = io.StringIO()
            csv.writer(s, delimiter="," if fmt == "csv" else "\t", lineterminator="\n").writerow(
                [r["id"], r["instruction"], r["input"], r["output"]])
            add(s.getvalue().encode(), True)
    elif fmt == "parquet":
        b = io.BytesIO()
        pl.DataFrame(ROWS).write_parquet(b)
        add(b.getvalue())
        starts = [0] * len(ROWS)
    return b"".join(parts), starts


@dataclass
class Variant:
    name: str
    blob: bytes
    members: list[tuple[int, int]]  # compressed [start, end) of each member
    record_member: list[int]  # member of each record


def _variant(fmt: str, codec: str, members: int, checksum: bool = True) -> Variant:
    data, starts = _text(fmt)
    if fmt == "parquet":
        members = 1
    cuts = [0] + [starts[len(starts) * k // members] for k in range(1, members)] + [len(data)]
    blob, ranges, dranges = b"", [], []
    for a, b in zip(cuts, cuts[1:]):
        piece = (gzip.compress(data[a:b], mtime=0) if codec == "gzip" else data[a:b] if codec == "plain"
                 else zstandard.ZstdCompressor(write_checksum=checksum).compress(data[a:b]))
        ranges.append((len(blob), len(blob) + len(piece)))
        dranges.append((a, b))
        blob += piece
    rec_member = [next(m for m, (a, b) in enumerate(dranges) if a <= s < b) for s in starts]
    ext = {"gzip": ".gz", "zstd": ".zst", "plain": ""}[codec]
    name = f"data_{fmt}_{members}{'' if checksum else 'nock'}.{fmt}{ext}"
    return Variant(name, blob, ranges, rec_member)


VARIANTS = [("jsonl", "gzip", 1), ("jsonl", "gzip", 4), ("jsonl", "zstd", 1), ("jsonl", "zstd", 4),
            ("json", "gzip", 1), ("json", "zstd", 3), ("csv", "gzip", 2), ("tsv", "zstd", 2), ("parquet", "gzip", 1),
            ("json", "plain", 1)]  # an uncompressed JSON document is framed too: its closing bracket


# ------------------------------------------------------------------------------------------ checks
def _invoke(*args) -> object:
    return CliRunner().invoke(main, [str(a) for a in args])


def _set_bytes(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _check_skip_run(r, out: Path, v: Variant) -> tuple[int, int]:
    """--on-error skip: exit 0, a consistent set, books balanced; returns (lost, invalid)."""
    assert r.exit_code == 0, r.output
    manifest = out.with_name("set.manifest.json")
    assert verify_set(manifest) == []
    summary = json.loads(out.with_name("set.summary.json").read_text())
    t = summary["totals"]
    assert t["ok"] and t["read"] + t["split_extra"] == t["kept"] + t["rejected"]
    kept = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    invalid = sum(1 for k in kept if {f: k.get(f) for f in ("instruction", "input", "output")} !=
                  {f: BY_ID.get(k["id"], {}).get(f) for f in ("instruction", "input", "output")})
    rejects = [json.loads(x) for x in out.with_name("set.rejects.jsonl").read_text(encoding="utf-8").splitlines()]
    raws = "\n".join(x["raw"] or "" for x in rejects)
    tails = [x["source"]["offset"] for x in rejects if "offset" in x["source"]]
    kept_ids = {k["id"] for k in kept}
    lost = 0
    for i, rec in enumerate(ROWS):
        if rec["id"] in kept_ids or f'"{rec["id"]}"' in raws or f"{rec['id']}," in raws or f"{rec['id']}\t" in raws:
            continue
        if any(v.members[v.record_member[i]][1] > t for t in tails):
            continue  # the record's member lies (partly) after the start of a tail reject
        lost += 1
    return lost, invalid


def _check_fail_run(r, out: Path, before: dict[str, bytes], reference: bytes) -> None:
    """Default mode: one clear line and exit 1 with the previous set untouched, or, when the damage
    was harmless (a gzip header's time stamp), exit 0 with exactly the intact output."""
    if r.exit_code == 0:
        assert out.read_bytes() == reference, "a damaged input read as whole must give exactly the intact output"
        return
    assert r.exit_code == 1 and "Traceback" not in r.output, r.output
    lines = [x for x in r.stderr.splitlines() if x.strip()]
    assert len(lines) == 1 and "data_" in lines[0] and ("byte" in lines[0] or "Parquet" in lines[0]), lines
    assert _set_bytes(out.parent) == before, "a failed run must leave the previous set as it was"


@pytest.mark.parametrize("fmt,codec,members", VARIANTS, ids=[f"{f}.{c}x{m}" for f, c, m in VARIANTS])
def test_truncated_and_corrupted_inputs(tmp_path, tally, fmt, codec, members):
    v = _variant(fmt, codec, members)
    rng = random.Random(zlib.crc32(f"{RNG_SEED}:{v.name}".encode()))
    src = tmp_path / v.name
    out = tmp_path / "out" / "set.jsonl"
    src.write_bytes(v.blob)
    r = _invoke("convert", src, "-o", out, "-q")
    assert r.exit_code == 0, r.output
    reference = out.read_bytes()
    assert len(reference.splitlines()) == N
    damaged = []
    for cut in sorted(rng.sample(range(1, len(v.blob)), 5)):
        damaged.append(("truncate", v.blob[:cut]))
    for _ in range(4 if codec != "plain" else 0):  # plain text has no checksum: a flipped letter is data
        bad = bytearray(v.blob)
        for pos in rng.sample(range(len(bad)), rng.randint(1, 3)):
            bad[pos] ^= 1 << rng.randrange(8)
        damaged.append(("corrupt", bytes(bad)))
    for kind, blob in damaged:
        src.write_bytes(blob)
        before = _set_bytes(out.parent)
        _check_fail_run(_invoke("convert", src, "-o", out, "-q"), out, before, reference)
        lost, invalid = _check_skip_run(_invoke("convert", src, "-o", out, "-q", "--on-error", "skip"), out, v)
        tally.fault(f"{kind}-{fmt}.{codec}", lost, invalid)
        assert (lost, invalid) == (0, 0), (kind, v.name)


def test_truncated_zstd_without_checksums(tmp_path, tally):
    """A frame without a checksum (python-zstandard's default) still never reads short in silence."""
    v = _variant("jsonl", "zstd", 3, checksum=False)
    src = tmp_path / v.name
    out = tmp_path / "out" / "set.jsonl"
    rng = random.Random(5)
    for cut in sorted(rng.sample(range(1, len(v.blob)), 6)):
        src.write_bytes(v.blob[:cut])
        r = _invoke("convert", src, "-o", out, "-q")
        assert r.exit_code == 1 and "truncated" in r.stderr
        lost, invalid = _check_skip_run(_invoke("convert", src, "-o", out, "-q", "--on-error", "skip"), out, v)
        tally.fault("truncate-jsonl.zst-nochecksum", lost, invalid)
        assert (lost, invalid) == (0, 0)


# ------------------------------------------------------------------------------------------ kill -9
BIG_N = 8000


def _big_input(path: Path) -> None:
    rows = (json.dumps({"id": f"b{i}", "instruction": f"Task {i}: 说明第{i}项", "output": f"answer {i} " * 25},
                       ensure_ascii=False) for i in range(BIG_N))
    path.write_text("\n".join(rows) + "\n{not json}\n", encoding="utf-8")  # one reject, so rejects has content


def _cli_env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(ROOT))


def _run_cli(args: list[str], **kw) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "curate", *map(str, args)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=_cli_env(), **kw)


def _state_after_kill(out: Path, old: dict[str, bytes]) -> str:
    """'old' (the previous set, untouched), 'new' (the whole new set) or 'pending' (a journal the
    next run finishes); anything else is a mixed set and fails the test."""
    manifest = out.with_name("set.manifest.json")
    problems = verify_set(manifest)
    if not problems:
        files = {n: b for n, b in _set_bytes(out.parent).items() if not n.startswith(".")}
        return "old" if files == old else "new"
    assert any("interrupted publish" in p for p in problems), problems
    assert recover(manifest) and verify_set(manifest) == []
    return "pending"


def test_kill_9_while_writing(tmp_path, tally):
    src = tmp_path / "big.jsonl"
    _big_input(src)
    out = tmp_path / "out" / "set.jsonl"
    t0 = time.perf_counter()
    p = _run_cli(["convert", src, "-o", out, "-q"])
    assert p.wait(timeout=300) == 0, p.stderr.read()
    took = time.perf_counter() - t0
    states = []
    rng = random.Random(99)
    for k in range(6):  # at random moments of a whole run (reading, writing, publishing)
        old = {n: b for n, b in _set_bytes(out.parent).items() if not n.startswith(".")}
        p = _run_cli(["convert", src, "-o", out, "-q"])
        time.sleep(rng.uniform(0.35, 1.0) * took)
        p.send_signal(signal.SIGKILL)
        p.wait()
        states.append(_state_after_kill(out, old))
        tally.fault("kill-9-random", 0, 0)
    # and at each step of the commit: after 0..3 renames (journal written, files half moved)
    for n in range(4):
        old = {nm: b for nm, b in _set_bytes(out.parent).items() if not nm.startswith(".")}
        code = textwrap.dedent(f"""
            import os, signal, sys
            sys.argv = ["curate", "convert", {str(src)!r}, "-o", {str(out)!r}, "-q"]
            real, done = os.replace, [0]
            def replace(a, b):
                if done[0] == {n}:
                    os.kill(os.getpid(), signal.SIGKILL)
                done[0] += 1
                return real(a, b)
            os.replace = replace
            from curate.cli import main
            main()
        """)
        p = subprocess.run([sys.executable, "-c", code], env=_cli_env(), capture_output=True, timeout=300)
        assert p.returncode == -signal.SIGKILL
        states.append(_state_after_kill(out, old))
        tally.fault("kill-9-commit", 0, 0)
    # whatever happened, the next run publishes a whole set and leaves no temporaries behind
    p = _run_cli(["convert", src, "-o", out, "-q"])
    assert p.wait(timeout=300) == 0, p.stderr.read()
    assert verify_set(out.with_name("set.manifest.json")) == []
    assert not [x for x in out.parent.iterdir() if x.name.startswith(".")], list(out.parent.iterdir())
    assert not stale_temps(out)
    got = [json.loads(x)["id"] for x in out.read_text(encoding="utf-8").splitlines()]
    lost = BIG_N - len(set(got) & {f"b{i}" for i in range(BIG_N)})
    tally.fault("kill-9-final-rerun", lost, 0)
    assert lost == 0 and len(got) == BIG_N
    assert set(states) <= {"old", "new", "pending"} and states[-4:].count("pending") >= 3  # commit kills


# ------------------------------------------------------------------------------------------ no space
def _prepare_previous(folder: Path, small: Path) -> dict[str, bytes]:
    r = _invoke("convert", small, "-o", folder / "set.jsonl", "-q")
    assert r.exit_code == 0, r.output
    return _set_bytes(folder)


def _check_write_failure(proc: subprocess.CompletedProcess, folder: Path, before: dict[str, bytes],
                         why: tuple[str, ...]) -> None:
    err = proc.stderr.decode()
    assert proc.returncode == 1 and "Traceback" not in err, err
    line = [x for x in err.splitlines() if x.strip()][-1]
    assert "cannot write" in line and str(folder) in line and any(w in line for w in why), line
    assert _set_bytes(folder) == before  # previous set intact, no temporary left behind
    assert verify_set(folder / "set.manifest.json") == []


def test_full_filesystem(tmp_path, tally):
    mnt = tmp_path / "small_fs"
    mnt.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mnt)], capture_output=True).returncode:
        pytest.skip("cannot mount a tmpfs here (RLIMIT_FSIZE below covers a full disk)")
    try:
        small = tmp_path / "small.jsonl"
        small.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in ROWS[:50]) + "\n")
        big = tmp_path / "big.jsonl"
        _big_input(big)  # ~3.5 MB: does not fit
        recipe = tmp_path / "light.yaml"  # a recipe run too (stages, then the set): normalize + exact dedup
        recipe.write_text("stages:\n  - stage: normalize\n  - stage: exact_dedup\n")
        before = _prepare_previous(mnt, small)
        for args in (["convert", big, "-o", mnt / "set.jsonl"], ["run", recipe, "-i", big, "-o", mnt / "set.jsonl"]):
            proc = subprocess.run([sys.executable, "-m", "curate", *map(str, args), "-q"], env=_cli_env(),
                                  capture_output=True, timeout=300)
            _check_write_failure(proc, mnt, before, ("No space left",))
            tally.fault("enospc-tmpfs", 0, 0)
    finally:
        subprocess.run(["umount", str(mnt)], capture_output=True)


@pytest.mark.parametrize("limit", [200_000, 2_000_000])
def test_file_size_limit(tmp_path, tally, limit):
    folder = tmp_path / "out"
    small = tmp_path / "small.jsonl"
    small.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in ROWS[:50]) + "\n")
    big = tmp_path / "big.jsonl"
    _big_input(big)
    before = _prepare_previous(folder, small)

    def cap():
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    proc = subprocess.run([sys.executable, "-m", "curate", "convert", str(big), "-o", str(folder / "set.jsonl"), "-q"],
                          env=_cli_env(), capture_output=True, timeout=300, preexec_fn=cap)
    _check_write_failure(proc, folder, before, ("File too large",))
    tally.fault("rlimit-fsize", 0, 0)


def _lose_write_access(folder: Path) -> tuple[str, object]:
    """Make ``folder`` unwritable for this user: chmod when not root; as root (which ignores mode
    bits) the immutable attribute, else a read-only bind mount. Returns (how, undo)."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        return "Permission denied", lambda: folder.chmod(0o755)
    if shutil.which("chattr") and subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode == 0:
        return "Operation not permitted", lambda: subprocess.run(["chattr", "-i", str(folder)], capture_output=True)
    if (subprocess.run(["mount", "--bind", str(folder), str(folder)], capture_output=True).returncode == 0 and
            subprocess.run(["mount", "-o", "remount,ro,bind", str(folder)], capture_output=True).returncode == 0):
        return "Read-only file system", lambda: subprocess.run(["umount", str(folder)], capture_output=True)
    pytest.skip("no way to take write access away here")


def test_unwritable_folder(tmp_path, tally):
    folder = tmp_path / "out"
    small = tmp_path / "small.jsonl"
    small.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in ROWS[:50]) + "\n")
    before = _prepare_previous(folder, small)
    why, undo = _lose_write_access(folder)
    try:
        proc = subprocess.run([sys.executable, "-m", "curate", "convert", str(small), "-o", str(folder / "set.jsonl"),
                               "-q"], env=_cli_env(), capture_output=True, timeout=300)
        _check_write_failure(proc, folder, before, (why,))
        tally.fault("unwritable-folder", 0, 0)
    finally:
        undo()
