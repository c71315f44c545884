import gzip
import json

import polars as pl
import pytest

import curate
from curate.io.writers import atomic_write, write_records


def test_formats_roundtrip_cjk_unescaped(tmp_path, alpaca_zh):
    ds = curate.read(alpaca_zh)
    for name in ("o.jsonl", "o.json", "o.parquet", "o.jsonl.gz"):
        write_records(ds.records, tmp_path / name)
        back = curate.read(tmp_path / name)
        assert back.records["output"].to_list() == ds.records["output"].to_list()
        assert back.records["content_hash"].to_list() == ds.records["content_hash"].to_list()
    text = (tmp_path / "o.jsonl").read_text(encoding="utf-8")
    assert "识别" in text and "\\u" not in text.split("\n")[0]
    # gzip output is byte-identical across runs (no timestamp in the header)
    first = (tmp_path / "o.jsonl.gz").read_bytes()
    write_records(ds.records, tmp_path / "o.jsonl.gz")
    assert (tmp_path / "o.jsonl.gz").read_bytes() == first
    assert gzip.decompress(first).decode() == text


def test_passthrough_fields_and_optional_columns(tmp_path):
    rows = [{"instruction": "a", "input": "", "output": "b", "system": "sys", "tags": ["x"], "meta": {"k": 1}},
            {"instruction": "c", "input": "", "output": "d", "history": [["q", "r"]]}]
    ds = curate.read(rows)
    write_records(ds.records, tmp_path / "o.jsonl")
    out = [json.loads(l) for l in (tmp_path / "o.jsonl").read_text().splitlines()]
    assert out[0]["system"] == "sys" and out[0]["tags"] == ["x"] and out[0]["meta"] == {"k": 1}
    assert "history" not in out[0] and "system" not in out[1] and out[1]["history"] == [["q", "r"]]
    assert list(out[0])[:4] == ["id", "instruction", "input", "output"]


def test_atomic_write_leaves_nothing_on_failure(tmp_path):
    target = tmp_path / "out.jsonl"
    target.write_text("old\n")
    with pytest.raises(RuntimeError):
        with atomic_write(target) as f:
            f.write(b"partial")
            raise RuntimeError("boom")
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_outputs_get_normal_permissions(tmp_path):
    import os
    import stat
    write_records(curate.read([{"instruction": "a", "output": "b"}]).records, tmp_path / "o.jsonl")
    mode = stat.S_IMODE(os.stat(tmp_path / "o.jsonl").st_mode)
    umask = os.umask(0)
    os.umask(umask)
    assert mode == 0o666 & ~umask


def test_polars_writer_path_gives_the_same_bytes(tmp_path, alpaca_en, alpaca_zh):
    """Plain frames are written by polars; the bytes must equal the per-row (orjson) writer's."""
    from curate.io.writers import _plain_jsonl_frame, record_dicts, write_jsonl

    frames = [curate.read(alpaca_en).records, curate.read(alpaca_zh).records,
              curate.run("clean", alpaca_zh).records,  # adds lang, pii_spans
              pl.DataFrame({"id": ["a"], "instruction": ["x \"q\" \\ \u2028 \x1f\t\n😀"], "input": [""],
                            "output": ["o"], "n": [None]}, schema_overrides={"n": pl.Int64})]
    for i, df in enumerate(frames):
        assert _plain_jsonl_frame(df, False) is not None
        write_records(df, tmp_path / f"fast{i}.jsonl")
        write_jsonl(record_dicts(df), tmp_path / f"slow{i}.jsonl")
        assert (tmp_path / f"fast{i}.jsonl").read_bytes() == (tmp_path / f"slow{i}.jsonl").read_bytes()
    # anything else takes the per-row path: passthrough fields, floats, partly-null optional columns
    assert _plain_jsonl_frame(curate.read([{"instruction": "a", "output": "b", "tag": 1}]).records, False) is None
    assert _plain_jsonl_frame(frames[0].with_columns(pl.lit(0.5).alias("ifd")), False) is None
    mixed = curate.read([{"instruction": "a", "output": "b", "system": "s"}, {"instruction": "c", "output": "d"}])
    assert _plain_jsonl_frame(mixed.records, False) is None


def test_writing_in_parts_gives_the_same_bytes(tmp_path, alpaca_zh):
    """An engine writes its segments one after another: same bytes as the whole frame, whether a
    part takes the polars path (plain columns) or the per-row path (system, history, extras)."""
    from curate.io.writers import write_record_parts

    rows = json.loads(alpaca_zh.read_text(encoding="utf-8"))[:300]
    rows[10]["system"] = "你是助手"
    rows[20]["history"] = [["问", "答"]]
    rows[250]["tags"] = ["x", 1]
    ds = curate.read(rows)
    parts = [ds.records.slice(a, b - a) for a, b in ((0, 5), (5, 100), (100, 240), (240, 300))]
    for name in ("o.jsonl", "o.json", "o.jsonl.gz", "o.parquet"):
        write_records(ds.records, tmp_path / ("whole." + name))
        n = write_record_parts(iter(parts), tmp_path / ("parts." + name))
        assert n == 300
        assert (tmp_path / ("whole." + name)).read_bytes() == (tmp_path / ("parts." + name)).read_bytes(), name
    empty = write_record_parts(iter([]), tmp_path / "none.jsonl", empty=lambda: ds.records.clear())
    assert empty == 0 and (tmp_path / "none.jsonl").read_bytes() == b""
