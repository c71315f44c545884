"""Cost of reading compressed inputs to their verified end (curate/io/streams.py).

Generates N Alpaca-style JSONL records (EN + ZH), compresses them (gzip; zstd with checksums) and
times, in this process, the raw decode through ``VerifiedReader`` against the readers that do not
verify (``gzip.GzipFile``, ``zstandard``'s ``stream_reader``), then ``curate.read`` on the plain and
the compressed files. Prints seconds and ratios (min of 3).

    python bench/bench_streams.py --n 200000
"""
from __future__ import annotations

import argparse
import gzip
import io
import json
import random
import sys
import tempfile
import time
from pathlib import Path

import zstandard

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import curate  # noqa: E402
from curate.io.streams import open_input  # noqa: E402


def best(fn, k: int = 3) -> float:
    out = 1e9
    for _ in range(k):
        t = time.perf_counter()
        fn()
        out = min(out, time.perf_counter() - t)
    return out


def drain(f) -> int:
    n = 0
    while True:
        c = f.read(16 << 20)
        if not c:
            return n
        n += len(c)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200_000)
    a = ap.parse_args()
    rng = random.Random(0)
    words = "the of plant water light answer list explain 植物 光合作用 解释 回答 三个 方法".split()
    rows = [json.dumps({"instruction": f"Task {i}: " + " ".join(rng.choices(words, k=8)), "input": "",
                        "output": " ".join(rng.choices(words, k=60))}, ensure_ascii=False) for i in range(a.n)]
    data = ("\n".join(rows) + "\n").encode()
    with tempfile.TemporaryDirectory() as d:
        d = Path(d)
        (d / "x.jsonl").write_bytes(data)
        (d / "x.jsonl.gz").write_bytes(gzip.compress(data, 6))
        (d / "x.jsonl.zst").write_bytes(zstandard.ZstdCompressor(level=3, write_checksum=True).compress(data))
        print(f"{a.n} records, {len(data) / 1e6:.1f} MB; gzip {(d / 'x.jsonl.gz').stat().st_size / 1e6:.1f} MB, "
              f"zstd {(d / 'x.jsonl.zst').stat().st_size / 1e6:.1f} MB")
        for name, plain in (("gzip", lambda: gzip.open(d / "x.jsonl.gz")),
                            ("zstd", lambda: io.BufferedReader(zstandard.ZstdDecompressor().stream_reader(
                                open(d / "x.jsonl.zst", "rb"), read_across_frames=True)))):
            p = d / f"x.jsonl.{'gz' if name == 'gzip' else 'zst'}"
            t_plain = best(lambda: drain(plain()))
            t_ver = best(lambda: drain(open_input(p)))
            print(f"raw decode {name}: unverified {t_plain:.3f}s  verified {t_ver:.3f}s  ratio {t_ver / t_plain:.2f}")
        t_json = best(lambda: curate.read(d / "x.jsonl"))
        for ext in ("gz", "zst"):
            t = best(lambda: curate.read(d / f"x.jsonl.{ext}"))
            print(f"curate.read .jsonl.{ext}: {t:.2f}s  vs plain .jsonl {t_json:.2f}s  ratio {t / t_json:.2f}")


if __name__ == "__main__":
    main()
