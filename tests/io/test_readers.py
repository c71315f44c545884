"""Readers: every format, every mapping, every kind of bad input — and the books always balance."""
import gzip
import json

import pandas as pd
import polars as pl
import pytest
import zstandard

import curate
from curate.io.readers import ReadFailure


def books(ds):
    assert ds.read + ds.split_extra == ds.records.height + len(ds.rejects)
    return ds


def write_lines(path, lines):
    path.write_bytes(b"\n".join(x if isinstance(x, bytes) else x.encode() for x in lines) + b"\n")
    return path


ALPACA = [{"instruction": f"Task {i}", "input": "" if i % 2 else f"in {i}", "output": f"out {i}"} for i in range(5)]


def test_alpaca_json_list_and_jsonl_agree(tmp_path):
    (tmp_path / "a.json").write_text(json.dumps(ALPACA), encoding="utf-8")
    write_lines(tmp_path / "a.jsonl", [json.dumps(r) for r in ALPACA])
    j = books(curate.read(tmp_path / "a.json"))
    l = books(curate.read(tmp_path / "a.jsonl"))
    cols = ["instruction", "input", "output", "content_hash"]
    assert j.records.select(cols).equals(l.records.select(cols))
    assert j.records["id"].to_list() == [f"a.json:{i}" for i in range(1, 6)]
    assert l.records["id"].to_list() == [f"a.jsonl:{i}" for i in range(1, 6)]


@pytest.mark.parametrize("suffix,opener", [(".jsonl.gz", gzip.open), (".jsonl.zst", None)])
def test_compressed_inputs(tmp_path, suffix, opener):
    data = ("\n".join(json.dumps(r) for r in ALPACA) + "\n").encode()
    p = tmp_path / f"c{suffix}"
    if opener:
        with opener(p, "wb") as f:
            f.write(data)
    else:
        p.write_bytes(zstandard.ZstdCompressor().compress(data))
    ds = books(curate.read(p))
    assert ds.records["output"].to_list() == [r["output"] for r in ALPACA]


def test_csv_parquet_glob_and_frames(tmp_path):
    pd.DataFrame(ALPACA).to_csv(tmp_path / "x.csv", index=False)
    pl.DataFrame(ALPACA).write_parquet(tmp_path / "y.parquet")
    csv_ds = books(curate.read(tmp_path / "x.csv"))
    pq_ds = books(curate.read(tmp_path / "y.parquet"))
    assert csv_ds.records["output"].to_list() == pq_ds.records["output"].to_list()
    both = books(curate.read(str(tmp_path / "*.*")))  # glob: sorted files, rows across files
    assert both.read == 10 and both.records["_row"].to_list() == list(range(10))
    assert books(curate.read(pd.DataFrame(ALPACA))).records.height == 5
    assert books(curate.read(pl.DataFrame(ALPACA))).records["id"].to_list()[0] == "frame:1"
    assert books(curate.read(ALPACA)).records.height == 5


def test_hf_dataset(tmp_path):
    datasets = pytest.importorskip("datasets")
    ds = books(curate.read(datasets.Dataset.from_list(ALPACA)))
    assert ds.records["instruction"].to_list() == [r["instruction"] for r in ALPACA]


def test_pandas_nan_input_becomes_empty():
    df = pd.DataFrame([{"instruction": "a", "input": None, "output": "b"}, {"instruction": "c", "input": "d", "output": "e"}])
    ds = books(curate.read(df))
    assert ds.records["input"].to_list() == ["", "d"]


def test_format_mapping_dolly_prompt_messages_sharegpt(tmp_path):
    rows = [
        {"instruction": "Q1", "context": "ctx", "response": "A1", "category": "open_qa"},
        {"prompt": "Q2", "completion": "A2"},
        {"messages": [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Q3"},
                      {"role": "assistant", "content": "A3"}]},
        {"id": "sg-1", "conversations": [{"from": "human", "value": "Q4"}, {"from": "gpt", "value": "A4"}]},
        {"messages": [{"role": "user", "content": [{"type": "text", "text": "Q5"}]},
                      {"role": "assistant", "content": "A5"}]},
    ]
    write_lines(tmp_path / "m.jsonl", [json.dumps(r) for r in rows])
    ds = books(curate.read(tmp_path / "m.jsonl"))
    r = ds.records
    assert r["instruction"].to_list() == ["Q1", "Q2", "Q3", "Q4", "Q5"]
    assert r["output"].to_list() == ["A1", "A2", "A3", "A4", "A5"]
    assert r["input"].to_list() == ["ctx", "", "", "", ""]
    assert r["system"].to_list() == [None, None, "Be brief.", None, None]
    assert r["id"].to_list()[3] == "sg-1"
    assert json.loads(r["_extra"][0]) == {"category": "open_qa"}  # passthrough, untouched


def test_multi_turn_rejected_unless_split(tmp_path):
    conv = {"id": "c1", "messages": [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello"},
                                     {"role": "user", "content": "Fact?"}, {"role": "assistant", "content": "Yes."}]}
    p = write_lines(tmp_path / "c.jsonl", [json.dumps(conv)])
    ds = books(curate.read(p))
    assert ds.records.height == 0 and ds.rejects[0]["code"] == "read.multi_turn"
    ds = books(curate.read(p, split_turns=True))
    assert ds.split_extra == 1
    assert ds.records["id"].to_list() == ["c1#1", "c1#2"]
    assert ds.records["history"].to_list() == [None, [["Hi", "Hello"]]]
    assert set(ds.findings["code"].to_list()) == {"read.split_turns"}


def test_map_option(tmp_path):
    p = write_lines(tmp_path / "q.jsonl", [json.dumps({"question": "Why?", "answer": "Because.", "ctx": "c", "n": 1})])
    ds = books(curate.read(p, mapping="instruction=question,output=answer,input=ctx"))
    assert ds.records.row(0, named=True)["input"] == "c"
    assert json.loads(ds.records["_extra"][0]) == {"n": 1}
    prompts_only = books(curate.read(p, mapping="instruction=question"))  # e.g. an evaluation set
    assert prompts_only.records.row(0, named=True)["output"] == ""
    with pytest.raises(ValueError):
        curate.read(p, mapping="output=answer")  # instruction is required


def test_bad_rows_are_quarantined_with_line_and_reason(tmp_path):
    big = "x" * (10 * 1024 * 1024)
    lines = [
        json.dumps({"instruction": "ok", "input": "", "output": "fine"}),       # 1
        b'{"instruction": "broken", "output": ',                                # 2 malformed
        json.dumps({"instruction": "t", "input": "", "output": 42}),            # 3 wrong type
        json.dumps({"instruction": "only"}),                                    # 4 missing output
        b'{"instruction": "caf\xe9", "input": "", "output": "x"}',              # 5 invalid utf-8
        json.dumps({"instruction": "big", "input": "", "output": big}),         # 6 10 MB field
        b"",                                                                    # 7 blank: not a record
        b"[1, 2]",                                                              # 8 not an object
        json.dumps({"title": "no known fields"}),                               # 9 unknown format
        json.dumps({"instruction": "   ", "input": "", "output": "x"}),         # 10 empty instruction
        json.dumps({"instruction": "s", "input": "", "output": "\ud800"}),      # 11 lone surrogate
    ]
    p = write_lines(tmp_path / "bad.jsonl", lines)
    ds = books(curate.read(p))
    assert ds.read == 10 and ds.records.height == 1
    got = {r["source"]["line"]: r["code"] for r in ds.rejects}
    assert got == {2: "read.malformed_json", 3: "read.wrong_type", 4: "read.missing_field",
                   5: "read.invalid_utf8", 6: "read.field_too_large", 8: "read.not_object",
                   9: "read.unknown_format", 10: "read.empty_instruction", 11: "read.invalid_utf8"}
    by_line = {r["source"]["line"]: r for r in ds.rejects}
    assert "\\xe9" in by_line[5]["raw"]  # invalid bytes kept, escaped
    assert len(by_line[6]["raw"]) > 10 * 1024 * 1024  # quarantined whole, not cut
    assert all(r["reason"] and r["source"]["file"] == "bad.jsonl" for r in ds.rejects)
    assert "x" * 50 not in by_line[6]["reason"]  # reasons never carry field values


def test_empty_file_and_not_json(tmp_path):
    (tmp_path / "empty.jsonl").write_bytes(b"")
    ds = books(curate.read(tmp_path / "empty.jsonl"))
    assert ds.read == 0 and ds.warnings == ["empty.jsonl: empty input"]
    (tmp_path / "notes.jsonl").write_text("hello world\nthis is not json\n")
    ds = books(curate.read(tmp_path / "notes.jsonl"))
    assert [r["code"] for r in ds.rejects] == ["read.malformed_json"] * 2
    assert "no valid records" in ds.warnings[0]


def test_unreadable_sources_raise_one_clear_error(tmp_path):
    with pytest.raises(ReadFailure, match="no such file"):
        curate.read(tmp_path / "missing.jsonl")
    (tmp_path / "broken.json").write_text('[{"instruction": "a", "output": "b"},\n {"instruction": ')
    with pytest.raises(ReadFailure, match="not valid JSON .*line 2"):
        curate.read(tmp_path / "broken.json")
    blob = gzip.compress(b"".join(b'{"instruction":"a%d","output":"b%d"}\n' % (i, i * i) for i in range(5000)))
    (tmp_path / "trunc.jsonl.gz").write_bytes(blob[: len(blob) // 2])
    with pytest.raises(ReadFailure, match="trunc.jsonl.gz"):
        curate.read(tmp_path / "trunc.jsonl.gz")
    with pytest.raises(ReadFailure, match="matches no files"):
        curate.read(str(tmp_path / "*.nothing"))


def test_jsonl_saved_as_json_is_read_as_lines(shared_data):
    ds = books(curate.read(shared_data / "belle_zh_seed_tasks.jsonl"))
    assert ds.read == 175
    # seed tasks have instruction + instances, no output: every row is quarantined with the reason
    assert {r["code"] for r in ds.rejects} == {"read.missing_field"}


def test_source_ids_duplicates_and_hash(tmp_path):
    rows = [{"id": "a", "instruction": "Same", "input": "", "output": "x"},
            {"id": "a", "instruction": "same ", "input": "", "output": "X"},
            {"instruction": "other", "input": "", "output": "y"}]
    p = write_lines(tmp_path / "ids.jsonl", [json.dumps(r) for r in rows])
    ds = books(curate.read(p))
    ids = ds.records["id"].to_list()
    assert ids == ["a", "ids.jsonl:2", "ids.jsonl:3"] and len(set(ids)) == 3
    assert ds.findings.filter(pl.col("code") == "read.duplicate_id")["_row"].to_list() == [1]
    h = ds.records["content_hash"].to_list()
    assert h[0] == h[1] != h[2]  # exact duplicates (case/space) share a hash, never an id


def test_same_basename_in_two_folders(tmp_path):
    for d in ("a", "b"):
        (tmp_path / d).mkdir()
        write_lines(tmp_path / d / "data.jsonl", [json.dumps(ALPACA[0])])
    ds = books(curate.read([tmp_path / "a" / "data.jsonl", tmp_path / "b" / "data.jsonl"]))
    assert len(set(ds.records["id"].to_list())) == 2


def test_real_shared_files_read_completely(alpaca_en, alpaca_zh):
    en = books(curate.read(alpaca_en))
    zh = books(curate.read(alpaca_zh))
    assert (en.read, en.records.height, len(en.rejects)) == (5000, 5000, 0)
    assert (zh.read, zh.records.height, len(zh.rejects)) == (1000, 1000, 0)
    # the 8 exact copies documented in SOURCES.md share a content hash with an earlier record
    assert zh.records.height - zh.records["content_hash"].n_unique() == 8


def test_content_hash_is_per_row_whatever_the_neighbours():
    from curate.schema import content_hash
    plain = {"instruction": "Q", "input": "", "output": "A"}
    with_hist = {"instruction": "Z", "input": "", "output": "B", "history": [["h", "i"]], "system": "s"}
    alone = curate.read([plain]).records["content_hash"][0]
    mixed = curate.read([plain, with_hist]).records["content_hash"][0]
    assert alone == mixed == content_hash("Q", "", "A")
    assert content_hash("Ｑ  ", "", "a") == content_hash("q", "", "A")  # NFKC, case, spacing


def test_fast_path_equals_per_line_path(tmp_path, alpaca_en, alpaca_zh):
    """The polars fast path must give exactly what the per-line path gives, on real files."""
    lines = [json.dumps(r, ensure_ascii=bool(i % 2)) for i, r in
             enumerate(json.loads(alpaca_en.read_text()) + json.loads(alpaca_zh.read_text()))]
    (tmp_path / "all.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for p in (alpaca_en, alpaca_zh, tmp_path / "all.jsonl"):
        fast, slow = curate.read(p), curate.read(p, fast=False)
        assert fast.records.equals(slow.records)
        assert fast.rejects == slow.rejects
    # a file the fast path must refuse (lone surrogate escape) still reads exactly
    (tmp_path / "s.jsonl").write_bytes(b'{"instruction":"a","input":"","output":"\\ud800"}\n'
                                       b'{"instruction":"b","input":"","output":"\\ud83d\\ude00"}\n')
    ds = curate.read(tmp_path / "s.jsonl")
    assert [r["code"] for r in ds.rejects] == ["read.invalid_utf8"] and ds.records["output"][0] == "😀"


def test_fast_path_never_coerces_types_or_reuses_ids(tmp_path):
    """polars turns 5 into "5" in a mixed column; the per-line path rejects it. Same answer both ways."""
    p = write_lines(tmp_path / "mixed.jsonl", [
        json.dumps({"instruction": "a", "output": "b"}), json.dumps({"instruction": "c", "output": 5}),
        json.dumps({"instruction": "d", "output": ["x"]}), json.dumps({"instruction": "e", "input": None, "output": "f"})])
    fast, slow = curate.read(p), curate.read(p, fast=False)
    assert fast.records.equals(slow.records) and fast.rejects == slow.rejects
    assert [r["code"] for r in fast.rejects] == ["read.wrong_type", "read.wrong_type"]
    # source ids are kept; an id already used by an earlier file is renamed and flagged either way
    a = write_lines(tmp_path / "a.jsonl", [json.dumps({"id": 7, "instruction": "x", "output": "y"})])
    b = write_lines(tmp_path / "b.jsonl", [json.dumps({"id": "7", "instruction": "z", "output": "w"})])
    fast, slow = curate.read([a, b]), curate.read([a, b], fast=False)
    assert fast.records.equals(slow.records)
    assert fast.records["id"].to_list() == ["7", "b.jsonl:1"]
    assert fast.findings["code"].to_list() == ["read.duplicate_id"]
