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
from curate.dedup.groups import drops_from_labels, validate_policy
from curate.dedup.lsh import group_labels
from curate.dedup.near import NearDupConfig, near_drops
from curate.dedup.shingles import compare_text
from curate.models.embed_routing import EmbedderRouting, record_languages
from curate.schema import field_list
from curate.stage import Findings, GlobalStage, StageResult

log = logging.getLogger(__name__)


class SemanticDedup(GlobalStage):
    """Group records whose embeddings have cosine >= ``threshold``; keep one per group.

    Parameters: ``embedder`` (packaged-minilm; st:PATH; openai:MODEL; a mapping with options such
    as base_url, concurrency, threshold; or a language map), ``threshold`` (default: the embedder's
    calibrated value; a number here applies to every embedder), ``fields`` (instruction, input),
    ``k`` (neighbours searched per record, 10), ``keep``, ``progress`` (a bar on stderr; default:
    when stderr is a terminal), ``fallback`` ("near": records no embedder takes get MinHash
    near-dup; "none": they are left alone, still flagged), ``near_threshold`` (0.7).
    """

    kind = "semantic_dedup"
    codes = (SEMANTIC, SEMANTIC_FALLBACK, NEAR)
    requires = ("usearch",)  # the embedders declare their own (sentence-transformers, httpx)
    extra = "semantic"

    def __init__(self, embedder: Any = "packaged-minilm", threshold: float | None = None,
                 fields: Any = ("instruction", "input"), k: int = 10, keep: str = "first",
                 progress: bool | None = None, fallback: str = "near", near_threshold: float = 0.7,
                 **kw: Any) -> None:
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

    def process(self, batch: pl.DataFrame) -> StageResult:
        from curate.dedup.ann import neighbour_pairs

        f = Findings()
        self._notes = []
        self.stats = {}
        n = batch.height
        if n < 2:
            return StageResult(batch, f.frame())
        texts = compare_text(batch, self.fields).to_list()
        langs = record_languages(batch, texts)
        groups, other_idx, other_langs = self.routing.split(langs)
        field = "+".join(self.fields)

        if self.enabled(SEMANTIC):
            left, right = [], []
            vec_of: dict[int, tuple[np.ndarray, int, str]] = {}  # record -> (group vectors, row, name)
            per: dict[str, dict[str, Any]] = {}
            for emb, idx in groups:
                threshold, note = self.routing.threshold(emb, self.threshold)
                if note:
                    self._notes.append(note)
                st = {"records": len(idx), "threshold": threshold}
                if len(idx) >= 2:
                    vecs = emb.embed([texts[i] for i in idx])
                    a, b, _ = neighbour_pairs(vecs, threshold, self.k)
                    left.append(idx[a])
                    right.append(idx[b])
                    for p, i in enumerate(idx.tolist()):
                        vec_of[i] = (vecs, p, emb.name)
                    st.update(embedded_now=emb.stats.get("embedded", 0), pairs=len(a),
                              **{k: v for k, v in emb.stats.items()
                                 if k in ("requests", "retries", "split", "batch_limit", "truncated")})
                per[emb.name] = st
            a = np.concatenate(left) if left else np.zeros(0, dtype=np.int64)
            b = np.concatenate(right) if right else np.zeros(0, dtype=np.int64)
            labels = group_labels(n, a, b)
            drops = drops_from_labels(batch, labels, self.keep)
            # exact cosine of each dropped record to its kept twin (may be < threshold in a chain)
            cos = [float(np.dot(vec_of[d][0][vec_of[d][1]], vec_of[k][0][vec_of[k][1]]))
                   for d, k in zip(drops["idx"].to_list(), drops["kept_idx"].to_list())]
            names = [vec_of[d][2] for d in drops["idx"].to_list()]
            drops = drops.with_columns(pl.Series("similarity", cos, dtype=pl.Float64))
            for name in dict.fromkeys(names):
                sub = drops.filter(pl.Series([x == name for x in names], dtype=pl.Boolean))
                self.emit_twins(f, sub, SEMANTIC, field=field,
                                detail="semantic duplicate of {kept_id} (cosine {similarity:.3f}, "
                                       + name + ", group of {size})")
            self.stats.update(embedded=int(sum(len(i) for _, i in groups)), semantic_dropped=drops.height,
                              embedders=per)
            self.stats["embedded_now"] = int(sum(s.get("embedded_now", 0) for s in per.values()))

        if len(other_idx):
            instead = ("compared by MinHash near-dup instead" if self.fallback == "near"
                       else "left without semantic comparison")
            note = self.routing.unrouted_note(other_langs, instead)
            self._notes.append(note)
            log.warning("semantic_dedup: %s", note)
            for row, i in zip(batch["_row"].gather(other_idx).to_list(), other_idx.tolist()):
                self.emit(f, row, SEMANTIC_FALLBACK,
                          detail=f"not embedded ({langs[i]}): {self.routing.why_not(langs[i])}")
            if self.fallback == "near" and len(other_idx) >= 2 and self.enabled(NEAR):
                drops, _ = near_drops(batch[other_idx.tolist()], self.near_cfg, self.keep)
                self.emit_twins(f, drops, NEAR, field=field,
                                detail="near-duplicate of {kept_id} (Jaccard {similarity:.3f}; semantic "
                                       "stage fallback for records without an embedder, group of {size})")
                self.stats["fallback_dropped"] = drops.height
            self.stats["fallback"] = dict(other_langs)
        return StageResult(batch, f.frame())

    def notes(self) -> list[str]:
        return list(self._notes)
