"""Duplicate groups: union-find over candidate pairs, the policy that picks the kept record, and
the drops that follow.

Every dedup stage (exact, near, semantic) ends the same way: rows are put in groups, one row per group
is kept by a policy, and every other row is dropped with the kept twin's id. Expressed as a polars
sort + group-by so it runs unchanged on a distributed engine.
"""
from __future__ import annotations

import numpy as np
import polars as pl

POLICIES = ("first", "longest_output")  # plus "highest:<column>" / "lowest:<column>"


def validate_policy(policy: str) -> str:
    if policy in POLICIES:
        return policy
    if policy.startswith(("highest:", "lowest:")) and policy.split(":", 1)[1]:
        return policy
    raise ValueError(f"keep policy must be one of {POLICIES} or 'highest:<column>' / "
                     f"'lowest:<column>', got {policy!r}")


RANK_PREFIX = "_rk_"


def rank_columns(df: pl.DataFrame, policy: str) -> list[pl.Expr]:
    """Expressions for the values the keep policy ranks a group's records by (columns starting with
    ``_rk_``): ``first`` needs none (``_row`` decides), ``longest_output`` the output's length in
    characters, ``highest:c``/``lowest:c`` the score and, per row, whether the data has that score
    at all. Evaluated batch by batch, so a global stage can keep these few numbers per record
    instead of the records (the keyed path, docs/scale.md)."""
    validate_policy(policy)
    if policy == "first":
        return []
    if policy == "longest_output":
        return [pl.col("output").str.len_chars().cast(pl.Int64).alias(RANK_PREFIX + "len")]
    column = policy.split(":", 1)[1]
    if column in df.columns:
        return [pl.col(column).alias(RANK_PREFIX + "score"), pl.lit(True).alias(RANK_PREFIX + "known")]
    if "_extra" in df.columns:
        # a score written by an earlier run comes back as a passthrough source field
        return [pl.col("_extra").str.json_path_match(f"$.{column}").cast(pl.Float64, strict=False)
                .alias(RANK_PREFIX + "score"),
                pl.col("_extra").str.contains(f'"{column}"', literal=True).fill_null(False)
                .alias(RANK_PREFIX + "known")]
    return [pl.lit(None, pl.Float64).alias(RANK_PREFIX + "score"), pl.lit(False).alias(RANK_PREFIX + "known")]


def _rank_exprs(grouped: pl.DataFrame, policy: str) -> tuple[list[pl.Expr], list[bool]]:
    """Sort keys over ``rank_columns``: best candidate first. `_row` breaks every tie, so the
    choice is deterministic."""
    if policy == "first":
        return [pl.col("_row")], [False]
    if policy == "longest_output":
        return [pl.col(RANK_PREFIX + "len"), pl.col("_row")], [True, False]
    direction, column = policy.split(":", 1)
    if not grouped[RANK_PREFIX + "known"].any():
        raise ValueError(f"keep policy {policy!r}: column {column!r} is not in the data "
                         f"(run the scorer that adds it first)")
    score = pl.col(RANK_PREFIX + "score")
    # nulls rank last whatever the direction
    return ([score.is_null(), score, pl.col("_row")], [False, direction == "highest", False])


def with_rank_columns(df: pl.DataFrame, policy: str) -> pl.DataFrame:
    """``df`` plus its ``rank_columns`` (unless it holds them already)."""
    if any(c.startswith(RANK_PREFIX) for c in df.columns):
        return df
    exprs = rank_columns(df, policy)
    return df.with_columns(exprs) if exprs else df


def pick_kept(df: pl.DataFrame, group_col: str, policy: str = "first") -> pl.DataFrame:
    """For rows with a non-null ``group_col``, return ``_row, kept_row, kept_id`` for every row that
    is not its group's kept row. ``df`` needs ``_row``, ``id`` and the policy's column, or the
    policy's ``rank_columns`` computed earlier (keys kept instead of records)."""
    validate_policy(policy)
    grouped = df.filter(pl.col(group_col).is_not_null())
    if grouped.is_empty():
        return pl.DataFrame(schema={"_row": pl.Int64, "kept_row": pl.Int64, "kept_id": pl.Utf8})
    grouped = with_rank_columns(grouped, policy)
    keys, desc = _rank_exprs(grouped, policy)
    ranked = grouped.sort(keys, descending=desc)
    heads = ranked.group_by(group_col, maintain_order=True).first().select(
        pl.col(group_col), pl.col("_row").alias("kept_row"), pl.col("id").alias("kept_id"))
    return (grouped.select("_row", group_col).join(heads, on=group_col)
            .filter(pl.col("_row") != pl.col("kept_row"))
            .select("_row", "kept_row", "kept_id").sort("_row"))


class UnionFind:
    """Array-backed union-find over 0..n-1 (path halving, union by smaller root id)."""

    def __init__(self, n: int) -> None:
        self.parent = np.arange(n, dtype=np.int64)

    def find(self, x: int) -> int:
        p = self.parent
        while p[x] != x:
            p[x] = p[p[x]]
            x = p[x]
        return int(x)

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            if ra < rb:
                self.parent[rb] = ra
            else:
                self.parent[ra] = rb

    def union_pairs(self, left: np.ndarray, right: np.ndarray) -> None:
        for a, b in zip(left.tolist(), right.tolist()):
            self.union(a, b)

    def roots(self) -> np.ndarray:
        return np.fromiter((self.find(i) for i in range(len(self.parent))), dtype=np.int64,
                           count=len(self.parent))



def drops_from_labels(df: pl.DataFrame, labels: np.ndarray, keep: str) -> pl.DataFrame:
    """One row per record to drop: ``idx`` (position in df), ``kept_idx``, ``_row``, ``kept_id``,
    ``group_size``. ``labels[i]`` is the group of record i, or -1 when it is in no group."""
    cols = ["_row", "id"] + [c for c in df.columns if c not in ("_row", "id")
                             and (c == "output" or keep.endswith(":" + c) or c.startswith(RANK_PREFIX))]
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
              # every key in the sort: groups of one size and twin under two codes keep one order
              .sort(["dropped", "twin_id", "code"], descending=[True, False, False]).head(top))
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
