"""Score columns and the length-confound report shared by the selection stages.

A score written by ``curate score`` comes back, when the file is read again, as a passthrough source
field inside ``_extra`` (curate does not interpret it); ``score_series`` finds it in either place, the
same way ``curate.dedup.groups`` does for ``keep: highest:<column>``.
"""
from __future__ import annotations

from typing import Any

import numpy as np
import polars as pl

from curate.text import length_units


def score_series(df: pl.DataFrame, column: str) -> pl.Series:
    """The numeric score column ``column`` as Float64 (nulls where a record has none)."""
    if column in df.columns:
        s = df[column]
        if s.dtype == pl.Boolean:
            s = s.cast(pl.Int8)
        return s.cast(pl.Float64, strict=False).alias(column)
    if "_extra" in df.columns and df["_extra"].str.contains(f'"{column}"', literal=True).any():
        return (df["_extra"].str.json_path_match(f"$.{column}")
                .cast(pl.Float64, strict=False).alias(column))
    raise ValueError(f"score column {column!r} is not in the data (run the scorer that adds it "
                     f"first, e.g. curate score --ifd)")


def _stats(lengths: np.ndarray) -> dict[str, Any]:
    if not len(lengths):
        return {"n": 0, "mean": None, "median": None, "p90": None}
    return {"n": len(lengths), "mean": round(float(lengths.mean()), 1),
            "median": float(np.median(lengths)), "p90": float(np.percentile(lengths, 90))}


def length_report(df: pl.DataFrame, selected: np.ndarray) -> dict[str, Any]:
    """Length (curate.text.length_units: words, one unit per CJK character) of the output and of the
    prompt (instruction + input) for selected vs not selected records. Judges and IFD favour long
    answers; a selection whose outputs are far longer than what it dropped may be choosing length."""
    selected = np.asarray(selected, dtype=bool)
    out: dict[str, Any] = {}
    for name, cols in (("output", ("output",)), ("prompt", ("instruction", "input"))):
        cols = [c for c in cols if c in df.columns]
        if not cols:
            continue
        texts = df.select(pl.concat_str([pl.col(c).fill_null("") for c in cols], separator=" "))[:, 0]
        lengths = np.fromiter((length_units(t) for t in texts.to_list()), dtype=np.float64,
                              count=df.height)
        sel, rest = _stats(lengths[selected]), _stats(lengths[~selected])
        ratio = (round(sel["mean"] / rest["mean"], 3)
                 if sel["mean"] is not None and rest["mean"] else None)
        out[name] = {"selected": sel, "not_selected": rest, "mean_ratio": ratio}
    return out


def format_length_report(rep: dict[str, Any]) -> str:
    lines = ["length (words; CJK characters count one each)   selected      not selected   ratio"]
    for name, r in rep.items():
        s, n = r["selected"], r["not_selected"]

        def fmt(x: dict) -> str:
            return "-" if x["mean"] is None else f"{x['mean']:.1f} (med {x['median']:.0f})"
        lines.append(f"  {name:<44}{fmt(s):>14}  {fmt(n):>14}  "
                     f"{'-' if r['mean_ratio'] is None else format(r['mean_ratio'], '.2f'):>6}")
    return "\n".join(lines)


def length_note(stats: dict[str, Any]) -> list[str]:
    """One plain line for the run summary: how long the selected outputs are vs the rest."""
    rep = (stats or {}).get("length", {}).get("output")
    if not rep:
        return []
    s, n = rep["selected"], rep["not_selected"]
    if s["mean"] is None or n["mean"] is None:
        return [f"selected {stats['selected']} of {stats['in']}"]
    ratio = rep["mean_ratio"] if rep["mean_ratio"] is not None else "-"
    line = (f"selected {stats['selected']} of {stats['in']}; output length (words, CJK chars) mean "
            f"{s['mean']:.1f} selected vs {n['mean']:.1f} not selected (ratio {ratio}): judges and IFD "
            f"favour length")
    return [line]
