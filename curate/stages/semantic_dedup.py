"""Semantic dedup: sentence embeddings, nearest neighbours (usearch), cosine >= threshold.

One ``embedder`` parameter names the model, the same way recipes and the CLI (``--embedder``) do:
``packaged-minilm`` (default), ``st:/path/to/model``, ``openai:MODEL`` (with ``base_url``), or a map
from language to embedder (``{en: packaged-minilm, zh: openai:bge-m3}``; ``curate.models.embed_routing``).
Each embedder's records are compared among themselves. Records that no embedder takes (Chinese under
the English-only MiniLM, whose cosines on CJK mean nothing: unrelated Chinese pairs score 0.57-0.69;
or a language the map does not name) are compared by MinHash near-dup instead, each carries a
``dedup.semantic_fallback`` finding (flag, info), and the stage's ``notes()`` (copied into the run
summary's warnings) say how many and why.

The threshold travels with the model (a cosine scale is the model's own): by default each embedder's
calibrated value (0.88 for the packaged MiniLM, measured on hand-written paraphrases vs
related-but-different tasks of real Alpaca instructions, docs/dedup.md), the spec's ``threshold``
option for a model the user calibrated with ``curate calibrate-threshold``, else 0.9 with a note.
"""
from __future__ import annotations

import logging
from typing import Any

import numpy as np
import polars as pl

from curate.dedup.codes import NEAR, SEMANTIC, SEMANTIC_FALLBACK
from curate.dedup.ann import partitioned_neighbour_pairs
from curate.dedup.groups import RANK_PREFIX, drops_from_labels, rank_columns, validate_policy
from curate.dedup.lsh import group_labels
from curate.dedup.near import SIG_OK, NearDupConfig, band_names, near_decide, near_keys
from curate.dedup.shingles import compare_text
from curate.models.embed_routing import EmbedderRouting, record_languages
from curate.schema import field_list
from curate.stage import Findings, GlobalStage, KeyTable

log = logging.getLogger(__name__)


class SemanticDedup(GlobalStage):
    """Group records whose embeddings have cosine >= ``threshold``; keep one per group.

    Parameters: ``embedder`` (packaged-minilm; st:PATH; openai:MODEL; a mapping with options such
    as base_url, concurrency, threshold; or a language map), ``threshold`` (default: the embedder's
    calibrated value; a number here applies to every embedder), ``fields`` (instruction, input),
    ``k`` (neighbours searched per record, 10), ``keep``, ``progress`` (a bar on stderr; default:
    when stderr is a terminal), ``fallback`` ("near": records no embedder takes get MinHash
    near-dup; "none": they are left alone, still flagged), ``near_threshold`` (0.7),
    ``partition_size`` (above this many records of one embedder the neighbour search is split into
    partitions around centroids trained on a seeded sample, each record filed under its two
    nearest; the same partitions on every engine, docs/scale.md).
    """

    kind = "semantic_dedup"
    codes = (SEMANTIC, SEMANTIC_FALLBACK, NEAR)
    requires = ("usearch",)  # the embedders declare their own (sentence-transformers, httpx)
    extra = "semantic"
    keyed = True  # keys: the embedding (1.5 KB at 384-d) + near-dup band keys for the fallback

    def __init__(self, embedder: Any = "packaged-minilm", threshold: float | None = None,
                 fields: Any = ("instruction", "input"), k: int = 10, keep: str = "first",
                 progress: bool | None = None, fallback: str = "near", near_threshold: float = 0.7,
                 partition_size: int = 2_000_000, **kw: Any) -> None:
        super().__init__(**kw)
        if threshold is not None and not 0.0 < float(threshold) <= 1.0:
            raise ValueError("semantic_dedup: threshold must be in (0, 1]")
        if fallback not in ("near", "none"):
            raise ValueError("semantic_dedup: fallback must be 'near' or 'none'")
        self.fields = tuple(field_list(fields))
        self.threshold = None if threshold is None else float(threshold)
        self.routing = EmbedderRouting(embedder, progress=progress)
        self.k = int(k)
        self.keep = validate_policy(keep)
        self.fallback = fallback
        self.near_cfg = NearDupConfig(threshold=float(near_threshold), fields=self.fields)
        self._notes: list[str] = []
        self.partition_size = int(partition_size)
        self._activity: dict[str, dict[str, int]] = {}  # per embedder, counted where keys() ran

    def keys(self, batch: pl.DataFrame) -> pl.DataFrame:
        """Per record: its language (``_lang``), which embedder took it (``_grp``: the embedder's
        place in the routing, -1: none), its embedding (``_emb``, a list: embedders differ in
        dimension) and the near-dup band keys of the records no embedder takes. The embedding
        happens here, batch by batch (on Ray: in an actor pool, one model per worker)."""
        texts = compare_text(batch, self.fields).to_list()
        n = batch.height
        langs = record_languages(batch, texts) if n else []
        groups, other_idx, _ = self.routing.split(langs)
        order = {id(e): g for g, e in enumerate(self.routing.embedders)}
        grp = np.full(n, -1, dtype=np.int32)
        vec_rows: list[Any] = [None] * n
        for emb, idx in groups:
            grp[idx] = order[id(emb)]
            if self.enabled(SEMANTIC) and len(idx):
                vecs = emb.embed([texts[i] for i in idx])
                for p, i in enumerate(idx.tolist()):
                    vec_rows[i] = vecs[p]
                act = self._activity.setdefault(emb.name, {})
                for k, v in emb.stats.items():
                    if k in ("embedded", "requests", "retries", "split", "truncated") and isinstance(v, int):
                        act[k] = act.get(k, 0) + v
                if "batch_limit" in emb.stats:
                    act["batch_limit"] = emb.stats["batch_limit"]
        other = np.zeros(n, dtype=bool)
        other[other_idx] = True
        out = batch.select("_row", "id", *rank_columns(batch, self.keep)).with_columns(
            pl.Series("_lang", langs, dtype=pl.Utf8), pl.Series("_grp", grp, dtype=pl.Int32),
            _vector_column("_emb", vec_rows))
        if self.fallback == "near" and self.enabled(NEAR):
            near = near_keys(batch, self.near_cfg, self.keep, only=other)
            out = out.with_columns(near.select(SIG_OK, *band_names(self.near_cfg)))
        return out

    def decide(self, keys: KeyTable) -> pl.DataFrame:
        f = Findings()
        self._notes = []
        self.stats = {}
        n = keys.height
        if n < 2:
            self._activity = {}
            return f.frame()
        field = "+".join(self.fields)
        grp = keys.column("_grp").to_numpy()
        embs = self.routing.embedders
        if self.enabled(SEMANTIC):
            per: dict[str, dict[str, Any]] = {}
            pairs: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
            for g, emb in enumerate(embs):
                idx = np.flatnonzero(grp == g)
                if not len(idx):
                    continue
                threshold, note = self.routing.threshold(emb, self.threshold)
                if note:
                    self._notes.append(note)
                st: dict[str, Any] = {"records": len(idx), "threshold": threshold}
                if len(idx) >= 2:
                    col = keys.column("_emb").gather(idx)
                    vecs = col.explode().to_numpy().astype(np.float32).reshape(len(idx), -1)
                    a, b, _ = partitioned_neighbour_pairs(vecs, threshold, self.k,
                                                          partition_size=self.partition_size,
                                                          mapper=getattr(keys, "map", None))
                    pairs.append((idx, vecs, np.stack([a, b]) if len(a) else np.zeros((2, 0), dtype=np.int64)))
                    st["pairs"] = len(a)
                per[emb.name] = st
            left = [idx[ab[0]] for idx, _, ab in pairs]
            right = [idx[ab[1]] for idx, _, ab in pairs]
            a = np.concatenate(left) if left else np.zeros(0, dtype=np.int64)
            b = np.concatenate(right) if right else np.zeros(0, dtype=np.int64)
            labels = group_labels(n, a, b)
            names = ["_row", "id"] + [c for c in keys.names if c.startswith(RANK_PREFIX)]
            drops = drops_from_labels(keys.select(names), labels, self.keep)
            # exact cosine of each dropped record to its kept twin (may be < threshold in a chain)
            pos = np.full(n, -1, dtype=np.int64)
            vec_of_group = {}
            for idx, vecs, _ in pairs:
                pos[idx] = np.arange(len(idx))
                vec_of_group[int(grp[idx[0]])] = vecs
            di, ki = drops["idx"].to_numpy(), drops["kept_idx"].to_numpy()
            cos = np.array([float(np.dot(vec_of_group[int(grp[d])][pos[d]], vec_of_group[int(grp[k])][pos[k]]))
                            for d, k in zip(di.tolist(), ki.tolist())], dtype=np.float64)
            drops = drops.with_columns(pl.Series("similarity", cos, dtype=pl.Float64))
            dgrp = grp[di] if len(di) else np.zeros(0, dtype=np.int32)
            for g in dict.fromkeys(dgrp.tolist()):
                sub = drops.filter(pl.Series(dgrp == g, dtype=pl.Boolean))
                self.emit_twins(f, sub, SEMANTIC, field=field,
                                detail="semantic duplicate of {kept_id} (cosine {similarity:.3f}, "
                                       + embs[g].name + ", group of {size})")
            self.stats.update(embedded=int((grp >= 0).sum()), semantic_dropped=drops.height, embedders=per)
            # what the embedders did (computed now vs from the cache, requests, retries) is known
            # where keys() ran: here locally, in the actors on Ray (there these stay empty)
            self.stats["embedding"] = {k: dict(v) for k, v in sorted(self._activity.items())}
            self.stats["embedded_now"] = int(sum(v.get("embedded", 0) for v in self._activity.values()))
        self._activity = {}

        other_idx = np.flatnonzero(grp < 0)
        if len(other_idx):
            from collections import Counter

            langs = keys.column("_lang").gather(other_idx).to_list()
            other_langs = Counter(langs)
            instead = ("compared by MinHash near-dup instead" if self.fallback == "near"
                       else "left without semantic comparison")
            note = self.routing.unrouted_note(other_langs, instead)
            self._notes.append(note)
            log.warning("semantic_dedup: %s", note)
            for row, lg in zip(keys.column("_row").gather(other_idx).to_list(), langs):
                self.emit(f, row, SEMANTIC_FALLBACK, detail=f"not embedded ({lg}): {self.routing.why_not(lg)}")
            if self.fallback == "near" and len(other_idx) >= 2 and self.enabled(NEAR):
                drops, _ = near_decide(keys, self.near_cfg, self.keep)
                self.emit_twins(f, drops, NEAR, field=field,
                                detail="near-duplicate of {kept_id} (Jaccard {similarity:.3f}; semantic "
                                       "stage fallback for records without an embedder, group of {size})")
                self.stats["fallback_dropped"] = drops.height
            self.stats["fallback"] = dict(other_langs)
        return f.frame()

    def notes(self) -> list[str]:
        return list(self._notes)


def _vector_column(name: str, rows: list[Any]) -> pl.Series:
    """A List(Float32) column from per-row vectors (None: no vector), built without Python floats."""
    import pyarrow as pa

    lens = np.array([0 if v is None else len(v) for v in rows], dtype=np.int32)
    offsets = np.zeros(len(rows) + 1, dtype=np.int32)
    np.cumsum(lens, out=offsets[1:])
    vecs = [np.asarray(v, dtype=np.float32).ravel() for v in rows if v is not None]
    flat = np.concatenate(vecs) if vecs else np.zeros(0, dtype=np.float32)
    arr = pa.ListArray.from_arrays(pa.array(offsets), pa.array(flat),
                                   mask=pa.array(np.array([v is None for v in rows], dtype=bool)))
    return pl.Series(name, pl.from_arrow(arr), dtype=pl.List(pl.Float32))
