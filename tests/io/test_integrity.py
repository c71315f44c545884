"""Every input byte is accounted for: TSV without quoting, BOMs, duplicate headers, original bytes in
rejects, exact numbers in pass-through fields, depth limits in every reader and writer path, globs
through symlink loops. Each case is a malformed input with the books checked."""
import csv
import gzip
import json
import os

import pandas as pd
import polars as pl
import pytest

import curate
from curate.io.readers import ReadFailure
from curate.io.writers import write_records


def books(ds):
    assert ds.read + ds.split_extra == ds.records.height + len(ds.rejects)
    return ds


def test_tsv_is_split_on_tabs_not_quotes(tmp_path):
    """One stray leading quote made the csv module swallow 998 rows into one reject."""
    rows = [f"指令 {i}\t\t输出 {i}" for i in range(1000)]
    rows[0] = '"stray quote\t\toutput 0'
    rows[500] = 'say "hi"\t\t"quoted" answer'
    p = tmp_path / "t.tsv"
    p.write_text("instruction\tinput\toutput\n" + "\n".join(rows) + "\n", encoding="utf-8")
    ds = books(curate.read(p))
    assert ds.read == 1000 and ds.records.height == 1000
    assert ds.records["instruction"][0] == '"stray quote' and ds.records["output"][500] == '"quoted" answer'
    quoted = books(curate.read(p, csv_quoting=True))  # opting in gives the csv module's reading
    assert quoted.read < 1000


def test_tsv_with_quoting_opt_in_reads_quoted_tabs(tmp_path):
    p = tmp_path / "q.tsv"
    with open(p, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter="\t")
        w.writerow(["instruction", "input", "output"])
        w.writerow(["has\ta tab", "", "multi\nline"])
    ds = books(curate.read(p, csv_quoting=True))
    assert ds.records.row(0, named=True)["instruction"] == "has\ta tab"
    assert ds.records.row(0, named=True)["output"] == "multi\nline"


def test_bom_before_a_quoted_header(tmp_path):
    p = tmp_path / "bom.csv"
    p.write_bytes(b'\xef\xbb\xbf"instruction","input","output"\r\n"a","","b"\r\n"c","d","e"\r\n')
    ds = books(curate.read(p))
    assert ds.records["instruction"].to_list() == ["a", "c"] and not ds.rejects
    t = tmp_path / "bom.tsv"
    t.write_bytes(b"\xef\xbb\xbfinstruction\tinput\toutput\n\xe4\xbd\xa0\xe5\xa5\xbd\t\thi\n")
    assert books(curate.read(t)).records["instruction"].to_list() == ["你好"]


@pytest.mark.parametrize("name,header", [("d.csv", "instruction,output,output"),
                                         ("d.tsv", "instruction\tinput\toutput\tinput")])
def test_duplicate_header_names_are_an_error_naming_them(tmp_path, name, header):
    p = tmp_path / name
    sep = "\t" if name.endswith("tsv") else ","
    p.write_text(header + "\n" + sep.join(["a", "b", "c", "d"][:header.count(sep) + 1]) + "\n")
    with pytest.raises(ReadFailure) as e:
        curate.read(p)
    dup = "output" if name.endswith("csv") else "input"
    assert name in str(e.value) and repr(dup) in str(e.value) and "columns" in str(e.value)


def test_rejects_hold_the_original_bytes(tmp_path):
    """A reject's raw is what the file held (spaces, NaN, key order, escapes), never a re-serialization."""
    lines = [b'{"instruction": "x",  "output": NaN, "k": 1.50}',
             b'{"instruction":"caf\xe9","output":"y"}',
             b'{"output": "no instruction", "note": "\\u00e9t\\u00e9"}']
    p = tmp_path / "r.jsonl"
    p.write_bytes(b"\n".join(lines) + b"\n")
    ds = books(curate.read(p))
    raws = [r["raw"] for r in ds.rejects]
    assert raws == ['{"instruction": "x",  "output": NaN, "k": 1.50}', '{"instruction":"caf\\xe9","output":"y"}',
                    '{"output": "no instruction", "note": "\\u00e9t\\u00e9"}']
    c = tmp_path / "r.csv"
    c.write_bytes(b'instruction,input,output\n"quoted, with comma",x\n"a","b","c","d"\n')
    ds = books(curate.read(c))
    assert [r["raw"] for r in ds.rejects] == ['"quoted, with comma",x', '"a","b","c","d"']
    j = tmp_path / "r.json"
    j.write_bytes(b'[{"instruction": "ok", "output": "fine"},\n  {"instruction": 5,   "output": "x"}]')
    ds = books(curate.read(j))
    assert ds.rejects[0]["raw"] == '{"instruction": 5,   "output": "x"}' and ds.rejects[0]["source"]["line"] == 2


NUMBERS = {"big": "123456789012345678901234567890", "neg_big": "-98765432109876543210987",
           "u64": "18446744073709551615", "over_2_53": "9007199254740993", "long_float": "0.30000000000000000001",
           "huge": "1.5e400", "tiny": "4.9e-330", "nan": "NaN", "inf": "-Infinity", "neg_zero": "-0",
           "plain": "0.1", "exp": "6.02e23"}


@pytest.mark.parametrize("fast", [True, False])
def test_pass_through_numbers_round_trip_exactly(tmp_path, fast):
    body = ", ".join(f'"{k}": {v}' for k, v in NUMBERS.items())
    nested = '"nested": {"list": [1e999, 12345678901234567890123, {"x": NaN}], "s": "ok"}'
    p = tmp_path / "n.jsonl"
    p.write_text('{"instruction": "数字", "input": "", "output": "好", %s, %s}\n' % (body, nested)
                 + '{"instruction": "plain", "output": "row", "id": 7}\n', encoding="utf-8")
    res = curate.run([], str(p), tmp_path / "out.jsonl", read_options={"fast": fast})
    line = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()[0]
    for k, v in NUMBERS.items():
        assert f'"{k}":{v}' in line, k
    assert '"nested":{"list":[1e999,12345678901234567890123,{"x":NaN}],"s":"ok"}' in line
    assert res.summary["totals"]["written"] == 2
    # the written file reads back to the same pass-through text, and again to the same bytes
    res2 = curate.run([], str(tmp_path / "out.jsonl"), tmp_path / "again.jsonl")
    assert (tmp_path / "again.jsonl").read_text(encoding="utf-8").splitlines()[0] == line
    assert res2.summary["totals"]["rejected"] == 0
    for name in ("o.json", "o.jsonl.gz"):  # every JSON writer path
        write_records(res.records, tmp_path / name)
        text = (gzip.decompress((tmp_path / name).read_bytes()) if name.endswith("gz")
                else (tmp_path / name).read_bytes()).decode()
        assert '"big":123456789012345678901234567890' in text and '"nan":NaN' in text


def test_in_memory_big_ints_and_nan_pass_through():
    rows = [{"instruction": "a", "output": "b", "n": 2 ** 70, "f": float("nan"), "l": [2 ** 65, 1.5]}]
    ds = books(curate.read(rows))
    assert ds.records["_extra"][0] == '{"n":1180591620717411303424,"f":NaN,"l":[36893488147419103232,1.5]}'


def _deep(n: int, opener: str = "[") -> str:
    closer = "]" if opener == "[" else "}"
    inner = opener * n + closer * n if opener == "[" else '{"a":' * n + "1" + "}" * n
    return '{"instruction": "deep", "output": "x", "d": %s}' % inner


@pytest.mark.parametrize("depth", [99, 1000, 1025, 100_000])
def test_deep_lines_are_quarantined_not_fatal(tmp_path, depth):
    """1,000 deep gave a RecursionError traceback; >= 1,025 aborted the whole run."""
    good = [json.dumps({"instruction": f"q{i}", "output": f"a{i}"}) for i in range(3)]
    p = tmp_path / "d.jsonl"
    p.write_text("\n".join([good[0], _deep(depth), good[1], _deep(depth, "{"), good[2]]) + "\n")
    res = curate.run("clean", str(p), tmp_path / "o.jsonl")
    t = res.summary["totals"]
    assert t["ok"] and t["read"] == 5
    deep = [r for r in res.rejects if r["code"] == "read.too_deep"]
    if depth + 1 > 100:  # the record object adds one level
        assert [r["source"]["line"] for r in deep] == [2, 4] and deep[0]["raw"].startswith('{"instruction": "deep"')
    else:
        assert not deep
    assert set(res.records["instruction"].to_list()) >= {"q0", "q1", "q2"}


@pytest.mark.parametrize("depth", [1000, 1025, 5000])
def test_deep_elements_of_a_json_list(tmp_path, depth):
    doc = "[" + ",\n".join([json.dumps({"instruction": "a", "output": "b"}), _deep(depth),
                            json.dumps({"instruction": "c", "output": "d"})]) + "]"
    p = tmp_path / "d.json"
    p.write_text(doc)
    ds = books(curate.read(p))
    assert ds.records["instruction"].to_list() == ["a", "c"]
    assert [(r["code"], r["source"]["line"]) for r in ds.rejects] == [("read.too_deep", 2)]


def test_deep_in_memory_rows_and_the_depth_option():
    deep: dict = {"x": 1}
    for _ in range(300):
        deep = {"d": deep}
    rows = [{"instruction": "a", "output": "b", "nest": deep}, {"instruction": "c", "output": "d"}]
    for src in (rows, pd.DataFrame(rows)):
        ds = books(curate.read(src))
        assert [r["code"] for r in ds.rejects] == ["read.too_deep"] and ds.records.height == 1
    shallow = [{"instruction": "a", "output": "b", "nest": {"k": [[1]]}}]
    assert books(curate.read(shallow, max_depth=3)).rejects[0]["code"] == "read.too_deep"
    assert not books(curate.read(shallow, max_depth=4)).rejects
    with pytest.raises(ValueError, match="max_depth"):
        curate.read(shallow, max_depth=1000)


def test_writer_refuses_a_frame_too_deep_to_write(tmp_path):
    nest: list = []
    cur = nest
    for _ in range(400):
        cur.append([])
        cur = cur[0]
    df = pl.DataFrame({"id": ["x"], "instruction": ["a"], "input": [""], "output": ["b"],
                       "_extra": [json.dumps({"deep": nest})]})
    with pytest.raises(ValueError, match="nested more than 254"):
        write_records(df, tmp_path / "o.jsonl")
    assert not list(tmp_path.iterdir())  # nothing half-written left behind


def test_glob_through_a_symlink_loop_reads_each_file_once(tmp_path):
    d = tmp_path / "data"
    (d / "sub").mkdir(parents=True)
    for name in ("a.jsonl", "sub/b.jsonl"):
        (d / name).write_text(json.dumps({"instruction": name, "output": "x"}) + "\n")
    os.symlink("..", d / "sub" / "loop")
    ds = books(curate.read(str(d / "**" / "*.jsonl")))
    assert sorted(ds.records["instruction"].to_list()) == ["a.jsonl", "sub/b.jsonl"]
    folder = books(curate.read(d))
    assert folder.read == 2
    twice = books(curate.read([d / "a.jsonl", str(d / "sub" / "loop" / "a.jsonl")]))
    assert twice.read == 1


def test_malformed_json_document_fails_or_skips_with_offset(tmp_path):
    p = tmp_path / "cut.json"
    p.write_text('[{"instruction": "a", "output": "b"},\n {"instruction": "c", "output": "d"},\n {"instr')
    with pytest.raises(ReadFailure, match=r"cut.json: not valid JSON .*line 3.*2 elements before it"):
        curate.read(p)
    ds = books(curate.read(p, on_error="skip"))
    assert ds.records["instruction"].to_list() == ["a", "c"]
    tail = ds.rejects[0]
    assert tail["code"] == "read.malformed_document" and tail["raw"] == '{"instr' and tail["source"]["offset"] > 0
    w = tmp_path / "w.json"
    w.write_text('{"version": 2, "data": [{"instruction": "x", "output": "y"}, {"instruction": 1, "output": "z"}]}')
    ds = books(curate.read(w))
    assert ds.records["instruction"].to_list() == ["x"] and ds.rejects[0]["raw"] == '{"instruction": 1, "output": "z"}'


def test_parquet_keeps_pass_through_values_exact(tmp_path):
    """polars would turn 1 into 1.0 beside 1.5 and has no type for 2**70: such fields go into one JSON
    column as read; fields polars keeps exactly stay typed columns."""
    typed = curate.read([{"instruction": "a", "output": "b", "cat": "x", "n": 1},
                         {"instruction": "c", "output": "d", "cat": "y", "n": 2}]).records
    write_records(typed, tmp_path / "t.parquet")
    t = pl.read_parquet(tmp_path / "t.parquet")
    assert t["n"].dtype == pl.Int64 and t["cat"].to_list() == ["x", "y"] and "system" not in t.columns
    for rows in ([{"instruction": "a", "output": "b", "n": 1}, {"instruction": "c", "output": "d", "n": 1.5}],
                 [{"instruction": "a", "output": "b", "n": 2 ** 70}],
                 [{"instruction": "a", "output": "b", "m": {"k": 1}}, {"instruction": "c", "output": "d", "m": {"j": 2}}]):
        write_records(curate.read(rows).records, tmp_path / "x.parquet")
        back = pl.read_parquet(tmp_path / "x.parquet")
        extras = [json.loads(x) for x in back["extra"].to_list()]
        assert extras == [{k: v for k, v in r.items() if k not in ("instruction", "output")} for r in rows]
        assert [type(e[next(iter(e))]) for e in extras] == [type(r[list(r)[-1]]) for r in rows]
