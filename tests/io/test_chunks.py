"""Reading a JSON Lines file in byte-range chunks (the Ray engine's pieces) gives exactly the
records, ids, lines and rejects of reading it whole."""
from __future__ import annotations

import gzip
import json
import random

import polars as pl

from curate.io.chunks import count_lines, number_lines, plan_chunks
from curate.io.readers import FileChunk, iter_batches, read


def read_in_chunks(path, chunk_bytes, **opts):
    chunks = plan_chunks(path, opts, chunk_bytes)
    counts = {i: count_lines(c.path, c.start, c.end) for i, c in enumerate(chunks) if c.end is not None}
    chunks = number_lines(chunks, counts)
    recs, rejects, row = [], [], 0
    for c in chunks:
        n = 0
        for rb in iter_batches(c, opts, 50):
            recs.append(rb.records.with_columns(pl.col("_row") + row))
            rejects += [dict(d, _row=d["_row"] + row) for d in rb.rejects]
            n += rb.units + rb.split_extra
        row += n
    return chunks, pl.concat(recs), rejects


def test_chunks_read_like_the_whole_file(tmp_path, alpaca_en, alpaca_zh):
    rng = random.Random(3)
    recs = json.loads(alpaca_en.read_text(encoding="utf-8"))[:500] + \
        json.loads(alpaca_zh.read_text(encoding="utf-8"))[:300]
    lines = []
    for i, r in enumerate(recs):
        x = rng.random()
        lines.append(b'{"broken' if x < 0.03 else b"" if x < 0.05 else b"\xff\xfe" if x < 0.06
                     else json.dumps(dict(r, id=f"src{i}") if x < 0.1 else r, ensure_ascii=False).encode()
                     + (b"\r" if x > 0.98 else b""))
    p = tmp_path / "in.jsonl"
    p.write_bytes(b"\xef\xbb\xbf" + b"\n".join(lines) + b"\n")
    whole = read(p)
    for chunk_bytes in (997, 20_000):
        chunks, records, rejects = read_in_chunks(p, chunk_bytes)
        assert len(chunks) > 3
        assert records.equals(whole.records)
        assert rejects == whole.rejects
    assert {r["code"] for r in whole.rejects} >= {"read.malformed_json", "read.invalid_utf8"}


def test_compressed_and_other_formats_are_one_piece(tmp_path, alpaca_zh):
    data = alpaca_zh.read_bytes()
    (tmp_path / "a.json").write_bytes(data)
    lines = b"\n".join(json.dumps(r, ensure_ascii=False).encode() for r in json.loads(data)) + b"\n"
    (tmp_path / "b.jsonl.gz").write_bytes(gzip.compress(lines))
    (tmp_path / "c.jsonl").write_bytes(lines)
    chunks = plan_chunks(sorted(tmp_path.iterdir()), None, 1000)
    names = [c.name for c in chunks]
    assert names.count("a.json") == 1 and names.count("b.jsonl.gz") == 1 and names.count("c.jsonl") > 10
    assert all(isinstance(c, FileChunk) for c in chunks)
