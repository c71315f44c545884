"""Deita-style diversity selection: greedy by score, skipping near neighbours of what is chosen.

Records are visited best score first (``by``; records without a score last; input order breaks
ties). A record is selected unless its embedding has cosine > ``threshold`` with a record already
selected; then it is dropped ``select.not_diverse`` with the closest selected record as ``twin_id``
and the cosine as ``similarity``. With a ``budget`` the walk stops selecting after that many records
(``select.over_budget``), which is Deita's "best k that are diverse".

The threshold: Deita's 0.9 was set on a 7B model's embeddings; the packaged MiniLM almost never
reaches it between different instructions (1 pair in 2,000 real Alpaca instructions), so 0.9 under
MiniLM removes only near-copies. By default each embedder's calibrated value is used, the same one
semantic dedup uses (0.88 for MiniLM: the lowest cosine at which at most 5% of hand-written
related-but-different pairs of real instructions would be skipped; docs/quality.md); a number given
here applies to every embedder.

Embeddings come through the one embedder interface (``embedder``: packaged-minilm, st:PATH,
openai:MODEL, or a language map; ``curate.models.embed_routing``) on the text semantic dedup compares
(instruction + input by default), so the on-disk cache is shared: a dataset embedded once by
semantic_dedup is not embedded again here. Neighbours come from ``curate.dedup.ann`` (usearch);
each record's ``k`` nearest are checked, which is exact unless a record has more than ``k``
neighbours above the threshold.

Records no embedder takes (Chinese under the English-only MiniLM, whose CJK cosines mean nothing;
a language the map does not name) are compared by hashed character 2-3-gram vectors (cosine >
``fallback_threshold``, 0.8): a lexical, not semantic, diversity measure, said in the stage's notes.

The walk is sequential by nature (each choice depends on the earlier ones); the neighbour search,
the costly part, is not.
"""
from __future__ import annotations

import logging
import unicodedata
from typing import Any

import numpy as np
import polars as pl
import xxhash

from curate.models.embed_routing import EmbedderRouting, record_languages
from curate.quality.columns import length_note, length_report, score_series
from curate.schema import field_list
from curate.stage import Findings, GlobalStage, StageResult, declare

log = logging.getLogger(__name__)

NOT_DIVERSE = declare("select.not_diverse", "drop", "info",
                      "not selected: too similar to a better-scored record already selected (twin_id)")
OVER_BUDGET = declare("select.over_budget", "drop", "info",
                      "not selected: the diversity walk had already selected its budget")
NGRAM_DIM = 2048


def ngram_vectors(texts: list[str], dim: int = NGRAM_DIM) -> np.ndarray:
    """L2-normalized hashed counts of character 2- and 3-grams (spaces removed, NFKC, lower case).
    Chinese has no spaces, so character n-grams are its word-level signal."""
    out = np.zeros((len(texts), dim), dtype=np.float32)
    for r, t in enumerate(texts):
        s = "".join(unicodedata.normalize("NFKC", t).lower().split())
        grams = [s[i:i + n] for n in (2, 3) for i in range(len(s) - n + 1)] or ([s] if s else [])
        for g in grams:
            out[r, xxhash.xxh3_64_intdigest(g.encode("utf-8", "surrogatepass")) % dim] += 1.0
    norm = np.linalg.norm(out, axis=1, keepdims=True)
    np.divide(out, norm, out=out, where=norm > 0)
    return out


class DiversitySelect(GlobalStage):
    """Parameters: ``by`` (score column to walk by; empty: input order), ``order`` ("desc" higher is
    better; "asc"), ``threshold`` (default: the embedder's calibrated value; Deita used 0.9 on a 7B
    model), ``budget`` (max records selected) or ``budget_pct``, ``fields`` (instruction, input),
    ``embedder`` (as in semantic_dedup: packaged-minilm, st:PATH, openai:MODEL, or a language map),
    ``k`` (neighbours checked per record, 32), ``fallback_threshold`` (0.8, character n-gram cosine
    for records no embedder takes), ``progress``.
    """

    kind = "diversity"
    codes = (NOT_DIVERSE, OVER_BUDGET)

    def __init__(self, by: str | None = None, order: str = "desc", threshold: float | None = None,
                 budget: int | None = None, budget_pct: float | None = None,
                 fields: Any = ("instruction", "input"), embedder: Any = "packaged-minilm",
                 k: int = 32, fallback_threshold: float = 0.8, progress: bool | None = None,
                 **kw: Any) -> None:
        super().__init__(**kw)
        if (threshold is not None and not 0.0 < float(threshold) <= 1.0) \
                or not 0.0 < float(fallback_threshold) <= 1.0:
            raise ValueError("diversity: thresholds must be in (0, 1]")
        if order not in ("desc", "asc"):
            raise ValueError("diversity: order must be 'desc' or 'asc'")
        if budget is not None and budget_pct is not None:
            raise ValueError("diversity: give budget or budget_pct, not both")
        fields = field_list(fields)
        self.by = by or None
        self.order = order
        self.threshold = None if threshold is None else float(threshold)
        self.budget = None if budget is None else int(budget)
        self.budget_pct = None if budget_pct is None else float(budget_pct)
        self.fields = tuple(fields)
        self.routing = EmbedderRouting(embedder, progress=progress)
        self.k = int(k)
        self.fallback_threshold = float(fallback_threshold)
        self._notes: list[str] = []

    def _texts(self, batch: pl.DataFrame) -> list[str]:
        missing = [c for c in self.fields if c not in batch.columns]
        if missing:
            raise ValueError(f"diversity: fields {missing} are not columns of the data")
        return batch.select(pl.concat_str([pl.col(c).fill_null("") for c in self.fields],
                                          separator="\n"))[:, 0].to_list()

    def _pairs(self, vecs: np.ndarray, idx: np.ndarray, threshold: float):
        from curate.dedup.ann import neighbour_pairs

        if len(idx) < 2:
            return []
        # small tables: exact search (brute force inside usearch), else HNSW
        a, b, s = neighbour_pairs(vecs, threshold, min(self.k, len(idx) - 1), exact=len(idx) <= 20_000)
        keep = s > threshold  # Deita skips a candidate whose cosine *exceeds* the threshold
        return list(zip(idx[a[keep]].tolist(), idx[b[keep]].tolist(), s[keep].tolist()))

    def process(self, batch: pl.DataFrame) -> StageResult:
        f = Findings()
        self._notes = []
        n = batch.height
        if n == 0:
            return StageResult(batch, f.frame())
        texts = self._texts(batch)
        groups, lex_idx, lex_langs = self.routing.split(record_languages(batch, texts))
        pairs: list[tuple[int, int, float]] = []
        embedded_now = 0
        thresholds = {}
        for emb, idx in groups:
            threshold, note = self.routing.threshold(emb, self.threshold)
            thresholds[emb.name] = threshold
            if note:
                self._notes.append(note)
            if len(idx) >= 2:
                pairs += self._pairs(emb.embed([texts[i] for i in idx]), idx, threshold)
                embedded_now += emb.stats.get("embedded", 0)
        if len(lex_idx):
            note = self.routing.unrouted_note(
                lex_langs, f"compared by character n-gram cosine > {self.fallback_threshold:g} instead")
            self._notes.append(note)
            log.warning("diversity: %s", note)
            if len(lex_idx) >= 2:
                pairs += self._pairs(ngram_vectors([texts[i] for i in lex_idx]), lex_idx,
                                     self.fallback_threshold)
        neighbours: dict[int, list[tuple[int, float]]] = {}
        for a, b, s in pairs:
            neighbours.setdefault(a, []).append((b, s))
            neighbours.setdefault(b, []).append((a, s))

        rows = batch["_row"].to_numpy()
        ids = batch["id"].to_list()
        if self.by:
            scores = score_series(batch, self.by).to_numpy().astype(np.float64)
            key = np.where(np.isnan(scores), np.inf, -scores if self.order == "desc" else scores)
            order = np.lexsort((rows, key))
        else:
            scores = None
            order = np.argsort(rows, kind="stable")
        budget = self._budget(n)
        selected = np.zeros(n, dtype=bool)
        taken = 0
        for i in order.tolist():
            best_j, best_s = -1, -1.0
            for j, s in neighbours.get(i, ()):
                if selected[j] and s > best_s:
                    best_j, best_s = j, s
            if best_j >= 0:
                self.emit(f, int(rows[i]), NOT_DIVERSE, field="+".join(self.fields), twin_id=ids[best_j],
                          similarity=round(best_s, 4),
                          detail=f"cosine {best_s:.3f} to selected {ids[best_j]}"
                                 + (f" ({self.by} {scores[best_j]:.4g} vs {scores[i]:.4g})"
                                    if scores is not None else ""))
                if self.action(NOT_DIVERSE) != "drop":
                    selected[i] = True  # kept (flag/off): it counts as selected for later records
                    taken += 1
                continue
            if budget is not None and taken >= budget:
                self.emit(f, int(rows[i]), OVER_BUDGET, detail=f"budget of {budget} already selected")
                if self.action(OVER_BUDGET) == "drop":
                    continue
            selected[i] = True
            taken += 1
        self.stats = {"stage": self.name, "by": self.by, "in": n, "selected": int(selected.sum()),
                           "not_selected": int(n - selected.sum()), "pairs_above_threshold": len(pairs),
                           "thresholds": thresholds, "embedded_now": embedded_now,
                           "notes": list(self._notes),
                           "length": length_report(batch, selected)}
        return StageResult(batch, f.frame())

    def notes(self) -> list[str]:
        return list(self._notes) + length_note(self.stats)

    def _budget(self, n: int) -> int | None:
        if self.budget is not None:
            return self.budget
        if self.budget_pct is not None:
            return int(self.budget_pct * n / 100 + 0.5)
        return None
