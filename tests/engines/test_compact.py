"""``compact``: a few rows fetched from a spilled segment must not keep the segment's texts alive.

With string views (polars 1.x/2.x) a filtered frame shares the whole segment's string buffers; the
10M-record benchmark held every segment's texts while near dedup verified its candidates (8.9 GB
peak). Measured in a fresh process on real records: slices of 3 rows from 60 segments of 6,000
Alpaca records each."""
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _held_mb(alpaca_en, how: str) -> float:
    code = textwrap.dedent(f"""
        import gc, json, sys
        import polars as pl
        sys.path.insert(0, {str(ROOT)!r})
        from curate.stage import compact
        def anon():
            for line in open("/proc/self/status"):
                if line.startswith("RssAnon"):
                    return int(line.split()[1]) / 1024
        recs = json.loads(open({str(alpaca_en)!r}, encoding="utf-8").read())
        seg = pl.DataFrame({{f: [r[f] for r in recs] * 2 for f in ("instruction", "input", "output")}})
        seg = seg.with_row_index("_row").with_columns(pl.col("_row").cast(pl.Int64))
        want = pl.Series([5, 500, 5000], dtype=pl.Int64).implode()
        keep = []
        gc.collect()
        before = anon()
        for _ in range(60):
            part = seg.clone().with_columns(pl.col("output") + "")  # a fresh buffer, as read_ipc gives
            rows = part.filter(pl.col("_row").is_in(want))
            keep.append(compact(rows) if {how!r} == "compact" else rows)
            del part
        gc.collect()
        print(anon() - before)
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def test_fetched_rows_do_not_hold_their_segments_texts(alpaca_en):
    plain = _held_mb(alpaca_en, "filter")
    owned = _held_mb(alpaca_en, "compact")
    # each segment's outputs are ~2.6 MB: 60 plain slices hold ~160 MB, compacted ones next to nothing
    assert plain > 60, plain
    assert owned < plain / 5, (owned, plain)
