"""From duplicate groups (a label per record) to the records to drop, via curate.grouping."""
from __future__ import annotations

import numpy as np
import polars as pl

from ..grouping import pick_kept


def drops_from_labels(df: pl.DataFrame, labels: np.ndarray, keep: str) -> pl.DataFrame:
    """One row per record to drop: ``idx`` (position in df), ``kept_idx``, ``_row``, ``kept_id``,
    ``group_size``. ``labels[i]`` is the group of record i, or -1 when it is in no group."""
    cols = ["_row", "id"] + [c for c in df.columns if c not in ("_row", "id")
                             and (c == "output" or keep.endswith(":" + c))]
    frame = df.select(cols).with_columns(
        pl.Series("_grp", labels, dtype=pl.Int64).replace(-1, None),
        pl.int_range(pl.len(), dtype=pl.Int64).alias("_idx"))
    out = pick_kept(frame, "_grp", keep)
    if out.is_empty():
        return pl.DataFrame(schema={"idx": pl.Int64, "kept_idx": pl.Int64, "_row": pl.Int64,
                                    "kept_id": pl.Utf8, "group_size": pl.Int64})
    sizes = frame.filter(pl.col("_grp").is_not_null()).group_by("_grp").len("group_size")
    pos = frame.select("_row", "_idx", "_grp")
    return (out.join(pos, on="_row")
            .join(pos.select(pl.col("_row").alias("kept_row"), pl.col("_idx").alias("kept_idx")),
                  on="kept_row")
            .join(sizes, on="_grp")
            .select(pl.col("_idx").alias("idx"), "kept_idx", "_row", "kept_id",
                    pl.col("group_size").cast(pl.Int64))
            .sort("_row"))


def duplicate_groups(findings: pl.DataFrame, records: pl.DataFrame | None = None,
                     codes: tuple[str, ...] = ("dedup.exact", "dedup.near", "dedup.semantic"),
                     top: int = 10, examples: int = 3, width: int = 120) -> list[dict]:
    """The largest duplicate groups of a run, for audit reports: one dict per group with ``code``,
    ``kept_id``, ``size`` (kept + dropped), ``min_similarity``, ``dropped_ids`` and, when the
    records (e.g. ``RunResult.originals``) are given, ``examples``: the kept record's and a few
    dropped records' instructions, cut to ``width`` characters."""
    dups = findings.filter(pl.col("code").is_in(list(codes)) & pl.col("twin_id").is_not_null())
    if dups.is_empty():
        return []
    groups = (dups.group_by("code", "twin_id")
              .agg(pl.len().alias("dropped"), pl.col("similarity").min().alias("min_similarity"),
                   pl.col("_row").sort().alias("rows"))
              .sort(["dropped", "twin_id"], descending=[True, False]).head(top))
    text_of: dict = {}
    row_of_id: dict = {}
    if records is not None and records.height:
        text_of = dict(zip(records["_row"].to_list(), records["instruction"].to_list()))
        row_of_id = dict(zip(records["id"].to_list(), records["_row"].to_list()))
        id_of_row = dict(zip(records["_row"].to_list(), records["id"].to_list()))
    out = []
    for code, kept, n, smin, rows in groups.iter_rows():
        g = {"code": code, "kept_id": kept, "size": n + 1, "min_similarity": smin,
             "dropped_rows": rows}
        if text_of:
            g["dropped_ids"] = [id_of_row.get(r) for r in rows]
            ex = [text_of.get(row_of_id.get(kept))] + [text_of.get(r) for r in rows[: examples - 1]]
            g["examples"] = [(t or "")[:width] for t in ex]
        out.append(g)
    return out
