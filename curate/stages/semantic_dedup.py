"""Semantic dedup: sentence embeddings, nearest neighbours (usearch), cosine >= threshold.

The default model (all-MiniLM-L6-v2, packaged) is English-only: most CJK characters are [UNK] to it
and unrelated Chinese pairs score 0.57-0.69, so its cosines on Chinese mean nothing. Records whose
compared text is CJK (the ``lang`` column when the language stage ran, else curate.text.script_of)
are therefore not embedded by an English-only model: they are compared by MinHash near-dup
instead, each carries a ``dedup.semantic_fallback`` finding (flag, info), and the stage's
``notes()`` (copied into the run summary's warnings) say how many. Give a multilingual model (``model: PATH`` with ``multilingual: true``) to embed them.
"""
from __future__ import annotations

import logging
from typing import Any

import numpy as np
import polars as pl

from curate import text as _text
from curate.dedup.codes import NEAR, SEMANTIC, SEMANTIC_FALLBACK
from curate.dedup.ann import partitioned_neighbour_pairs
from curate.dedup.groups import RANK_PREFIX, drops_from_labels, rank_columns, validate_policy
from curate.dedup.lsh import group_labels
from curate.dedup.near import SIG_OK, NearDupConfig, band_names, near_decide, near_keys
from curate.dedup.shingles import compare_text
from curate.models.embed import UsesEmbedder
from curate.schema import field_list
from curate.stage import Findings, GlobalStage, KeyTable

log = logging.getLogger(__name__)
CJK_LANGS = ("zh", "ja", "ko")


class SemanticDedup(UsesEmbedder, GlobalStage):
    """Group records whose embeddings have cosine >= ``threshold``; keep one per group.

    Parameters: ``threshold`` (0.9; see docs/dedup.md for how it was chosen), ``fields``
    (instruction, input), ``model`` (default packaged all-MiniLM-L6-v2; a local folder or cached
    model name), ``multilingual`` (whether the model handles CJK; guessed from the name when not
    given), ``k`` (neighbours searched per record, 10), ``keep``, ``batch_size`` (64), ``cache``
    (on-disk embedding cache, on), ``progress`` (tqdm on stderr; default: when stderr is a
    terminal), ``fallback`` ("near": CJK records an English-only model cannot read get MinHash
    near-dup; "none": they are left alone, still flagged), ``near_threshold`` (0.7),
    ``partition_size`` (above this many embedded records the neighbour search is split into
    partitions around centroids trained on a seeded sample, each record filed under its two
    nearest; the same partitions on every engine, docs/scale.md).
    """

    kind = "semantic_dedup"
    codes = (SEMANTIC, SEMANTIC_FALLBACK, NEAR)
    requires = ("sentence_transformers", "usearch")
    extra = "semantic"
    keyed = True  # keys: the embedding (1.5 KB at 384-d) + near-dup band keys for the fallback

    def __init__(self, threshold: float = 0.9, fields: Any = ("instruction", "input"),
                 model: str | None = None, multilingual: bool | None = None, k: int = 10,
                 keep: str = "first", batch_size: int = 64, cache: bool = True,
                 progress: bool | None = None, fallback: str = "near",
                 near_threshold: float = 0.7, partition_size: int = 2_000_000, **kw: Any) -> None:
        super().__init__(**kw)
        if not 0.0 < float(threshold) <= 1.0:
            raise ValueError("semantic_dedup: threshold must be in (0, 1]")
        if fallback not in ("near", "none"):
            raise ValueError("semantic_dedup: fallback must be 'near' or 'none'")
        fields = field_list(fields)
        self.threshold = float(threshold)
        self.fields = tuple(fields)
        self.use_embedder(model, multilingual, batch_size, cache, progress)
        self.k = int(k)
        self.keep = validate_policy(keep)
        self.fallback = fallback
        self.near_cfg = NearDupConfig(threshold=float(near_threshold), fields=self.fields)
        self._notes: list[str] = []
        self.partition_size = int(partition_size)
        self._embedded_now = 0

    def _cjk_mask(self, batch: pl.DataFrame, texts: list[str]) -> np.ndarray:
        if "lang" in batch.columns:
            lang = batch["lang"].fill_null("und").to_list()
            return np.array([lg in CJK_LANGS or (lg == "und" and _text.script_of(t) != "latin-or-other")
                             for lg, t in zip(lang, texts)], dtype=bool)
        return np.array([_text.script_of(t) != "latin-or-other" for t in texts], dtype=bool)

    def keys(self, batch: pl.DataFrame) -> pl.DataFrame:
        """Per record: its embedding (``_emb``, when the model can read it), whether it was
        embedded, whether it falls back to near-dup, and the near-dup band keys for those. The
        embedding happens here, batch by batch (on Ray: in an actor pool, one model per worker)."""
        texts = compare_text(batch, self.fields).to_list()
        n = batch.height
        emb = self.embedder()
        cjk = self._cjk_mask(batch, texts) if n else np.zeros(0, dtype=bool)
        english_only = not emb.multilingual
        embed = ~cjk if english_only else np.ones(n, dtype=bool)
        other = cjk if english_only else np.zeros(n, dtype=bool)
        out = batch.select("_row", "id", *rank_columns(batch, self.keep)).with_columns(
            pl.Series("_embedded", embed, dtype=pl.Boolean), pl.Series("_fallback", other, dtype=pl.Boolean))
        if self.enabled(SEMANTIC) and embed.any():
            idx = np.flatnonzero(embed)
            vecs = emb.embed([texts[i] for i in idx])
            full = np.zeros((n, vecs.shape[1]), dtype=np.float32)
            full[idx] = vecs
            self._embedded_now += emb.stats["embedded"]
            out = out.with_columns(pl.Series("_emb", full, dtype=pl.Array(pl.Float32, vecs.shape[1])))
        if self.fallback == "near" and self.enabled(NEAR):
            near = near_keys(batch, self.near_cfg, self.keep, only=other)
            out = out.with_columns(near.select(SIG_OK, *band_names(self.near_cfg)))
        return out

    def decide(self, keys: KeyTable) -> pl.DataFrame:
        f = Findings()
        self._notes = []
        n = keys.height
        if n < 2:
            return f.frame()
        emb = self.embedder()
        embed_idx = np.flatnonzero(keys.column("_embedded").to_numpy())
        other_idx = np.flatnonzero(keys.column("_fallback").to_numpy())

        labels = np.full(n, -1, dtype=np.int64)
        sims = {}
        if len(embed_idx) >= 2 and self.enabled(SEMANTIC) and "_emb" in keys.names:
            vecs = keys.column("_emb").to_numpy()[embed_idx]
            a, b, s = partitioned_neighbour_pairs(vecs, self.threshold, self.k,
                                                  partition_size=self.partition_size,
                                                  mapper=getattr(keys, "map", None))
            sub = group_labels(len(embed_idx), a, b)
            labels[embed_idx] = np.where(sub >= 0, embed_idx[np.maximum(sub, 0)], -1)
            names = ["_row", "id"] + [c for c in keys.names if c.startswith(RANK_PREFIX)]
            drops = drops_from_labels(keys.select(names), labels, self.keep)
            # exact cosine of each dropped record to its kept twin (may be < threshold in a chain)
            pos = np.full(n, -1, dtype=np.int64)
            pos[embed_idx] = np.arange(len(embed_idx))
            di, ki = pos[drops["idx"].to_numpy()], pos[drops["kept_idx"].to_numpy()]
            cos = np.einsum("ij,ij->i", vecs[di], vecs[ki]) if drops.height else np.zeros(0)
            self.emit_twins(f, drops.with_columns(pl.Series("similarity", cos, dtype=pl.Float64)), SEMANTIC,
                            field="+".join(self.fields),
                            detail="semantic duplicate of {kept_id} (cosine {similarity:.3f}, " + emb.name
                                   + ", group of {size})")
            sims["embedded"] = len(embed_idx)
            sims["embedded_now"] = self._embedded_now
            sims["semantic_dropped"] = drops.height
        self._embedded_now = 0

        if len(other_idx):
            note = (f"{len(other_idx)} CJK record(s) not embedded: {emb.name} is English-only; "
                    + ("compared by MinHash near-dup instead" if self.fallback == "near"
                       else "left without semantic comparison")
                    + " (give a multilingual model with multilingual: true to embed them)")
            self._notes.append(note)
            log.warning("semantic_dedup: %s", note)
            for row in keys.column("_row").gather(other_idx).to_list():
                self.emit(f, row, SEMANTIC_FALLBACK, detail=note.split(";")[0])
            if self.fallback == "near" and len(other_idx) >= 2 and self.enabled(NEAR):
                drops, _ = near_decide(keys, self.near_cfg, self.keep)
                self.emit_twins(f, drops, NEAR, field="+".join(self.fields),
                                detail="near-duplicate of {kept_id} (Jaccard {similarity:.3f}; semantic "
                                       "stage fallback for CJK, group of {size})")
                sims["fallback_dropped"] = drops.height
        self.stats = sims
        return f.frame()

    def notes(self) -> list[str]:
        return list(self._notes)
