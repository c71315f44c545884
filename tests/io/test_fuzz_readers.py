"""Hypothesis: arbitrary bytes and arbitrary JSON values never crash a reader, and the books balance."""
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import curate
from curate.io.readers import ReadFailure

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=5),
    max_leaves=12)
record_like = st.fixed_dictionaries(
    {}, optional={"instruction": json_values | st.text(max_size=30), "input": json_values,
                  "output": json_values | st.text(max_size=30), "system": json_values, "history": json_values,
                  "messages": json_values, "prompt": json_values, "completion": json_values,
                  "id": json_values, "extra": json_values})
SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def check(ds, units):
    assert ds.read == units
    assert ds.read + ds.split_extra == ds.records.height + len(ds.rejects)
    assert ds.records["id"].n_unique() == ds.records.height
    for r in ds.rejects:
        assert r["code"].startswith("read.") and r["reason"]


@SETTINGS
@given(st.lists(st.binary(max_size=80).filter(lambda b: b"\n" not in b and b"\r" not in b), max_size=12))
def test_jsonl_random_bytes(tmp_path, lines):
    p = tmp_path / "f.jsonl"
    if lines and lines[0].startswith(b"\xef\xbb\xbf"):  # a byte-order mark is not content
        lines = [lines[0][3:]] + lines[1:]
    non_blank = sum(1 for l in lines if l.strip())
    data = b"\n".join(lines)
    p.write_bytes(data)
    if data[:2] == b"\x1f\x8b" or data[:4] == b"\x28\xb5\x2f\xfd":  # sniffed as gzip/zstd
        try:
            ds = curate.read(p)
        except ReadFailure:
            return  # a corrupt compressed file cannot be read at all: one clear error
        assert ds.read + ds.split_extra == ds.records.height + len(ds.rejects)
        return
    check(curate.read(p), non_blank)


@SETTINGS
@given(st.lists(record_like, max_size=10), st.booleans())
def test_jsonl_random_records(tmp_path, rows, split):
    p = tmp_path / "r.jsonl"
    p.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    fast = curate.read(p, split_turns=split)
    check(fast, len(rows))
    slow = curate.read(p, split_turns=split, fast=False)
    assert fast.records.equals(slow.records) and fast.rejects == slow.rejects


plain_text = st.text(alphabet=st.characters(codec="utf-8"), max_size=25)


# Mostly plain strings (the fast path's case), sometimes another JSON type: polars would coerce it to
# a string where the per-line path rejects it, so the fast path must step aside.
mostly_text = plain_text | plain_text | plain_text | st.integers() | st.none() | st.booleans() | \
    st.lists(plain_text, max_size=2) | st.floats(allow_nan=False, allow_infinity=False)
ids = st.text(max_size=6) | st.integers(min_value=-5, max_value=5) | st.none() | st.floats(allow_nan=False,
                                                                                           allow_infinity=False)


@SETTINGS
@given(st.lists(st.fixed_dictionaries({"instruction": mostly_text, "output": mostly_text},
                                      optional={"input": mostly_text, "id": ids}), min_size=1, max_size=10))
def test_fast_path_matches_per_line_path(tmp_path, rows):
    """Plain Alpaca rows take the polars fast path; the result must equal the per-line path's."""
    p = tmp_path / "plain.jsonl"
    p.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8",
                 errors="surrogatepass")
    fast, slow = curate.read(p), curate.read(p, fast=False)
    check(fast, sum(1 for _ in rows))
    assert fast.records.equals(slow.records)
    assert fast.rejects == slow.rejects


@SETTINGS
@given(st.lists(record_like, max_size=10))
def test_json_list_and_frames(tmp_path, rows):
    p = tmp_path / "r.json"
    p.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    check(curate.read(p), len(rows))
    check(curate.read(rows), len(rows)) if rows else None


@SETTINGS
@given(st.lists(st.lists(st.text(max_size=15), min_size=1, max_size=4), max_size=8))
def test_csv_random_rows(tmp_path, rows):
    import csv
    p = tmp_path / "r.csv"
    with open(p, "w", newline="", encoding="utf-8", errors="surrogatepass") as f:
        w = csv.writer(f)
        w.writerow(["instruction", "input", "output"])
        for r in rows:
            w.writerow(r)
    ds = curate.read(p)
    assert ds.read + ds.split_extra == ds.records.height + len(ds.rejects)
