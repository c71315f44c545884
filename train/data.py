"""Records -> token examples -> batches, for the trainer and evaluation.

Every record is accounted for: it becomes one example, or it is dropped with a code and counted
(``train.too_long`` when prompt + response exceed ``max_len``: a truncated answer would teach the model
to stop mid-sentence or never reach its end-of-turn token). Nothing else is filtered here: an empty
output trains the model to answer with nothing, which is what such data teaches (cleaning is the
recipe's job, and ``curate verify`` measures it). Drops list the record id and lengths, never text.

Two batch layouts:

* padded: each row one example, right-padded to the longest in the batch (labels -100 on padding);
* packed: examples laid end to end in rows of exactly ``max_len`` tokens. Position ids restart at 0
  for every example and no attention mask is passed, which is how transformers recognizes packed
  sequences and builds a block-diagonal causal mask (``masking_utils.find_packed_sequence_indices``):
  no token attends to another example. tests/test_train.py checks packed and padded losses match.
"""
from __future__ import annotations

import random
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from curate.models.render import render

TOO_LONG = "train.too_long"


@dataclass
class Example:
    id: str
    input_ids: list[int]
    labels: list[int]

    def __len__(self) -> int:
        return len(self.input_ids)


@dataclass
class Examples:
    examples: list[Example]
    dropped: list[dict[str, Any]] = field(default_factory=list)  # {id, code, prompt_tokens, response_tokens}
    read: int = 0

    @property
    def dropped_by_code(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for d in self.dropped:
            out[d["code"]] = out.get(d["code"], 0) + 1
        return out

    @property
    def tokens(self) -> int:
        return sum(len(e) for e in self.examples)


def with_extra_fields(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Records with the source fields curate passes through (``_extra``: JSON of fields it does not
    interpret, such as a held-out set's ``task`` and ``check``) lifted back to the top level; a field
    already there wins."""
    import json

    out = []
    for r in records:
        extra = r.get("_extra")
        if isinstance(extra, str) and extra:
            try:
                fields = json.loads(extra)
            except ValueError:
                fields = {}
            r = {**{k: v for k, v in fields.items() if k not in r}, **r}
        out.append(r)
    return out


def record_list(source: Any, read_options: dict | None = None,
                rejects: list[dict] | None = None) -> list[dict[str, Any]]:
    """Records from a path/glob/list of paths (read with curate.read: any supported format, bad rows
    quarantined by the reader and appended to ``rejects`` when given), a polars or pandas frame, or a
    list of dicts."""
    if isinstance(source, list) and (not source or isinstance(source[0], dict)):
        return [dict(r) for r in source]
    try:
        import polars as pl
        if isinstance(source, pl.DataFrame):
            return list(source.iter_rows(named=True))
    except ImportError:  # pragma: no cover - polars is a core dependency
        pass
    if type(source).__name__ == "DataFrame":  # pandas
        return source.to_dict("records")
    import curate

    ds = curate.read(source, **(read_options or {}))
    if rejects is not None:
        rejects.extend(ds.rejects)
    return list(ds.records.iter_rows(named=True))


def build_examples(records: Iterable[dict[str, Any]], tokenizer: Any, max_len: int,
                   template: str = "auto") -> Examples:
    out = Examples([])
    for i, rec in enumerate(records):
        out.read += 1
        rid = str(rec.get("id") or f"record:{i + 1}")
        r = render(rec, tokenizer, template)
        if len(r) > max_len:
            out.dropped.append({"id": rid, "code": TOO_LONG, "prompt_tokens": len(r.prompt_ids),
                                "response_tokens": len(r.response_ids)})
            continue
        out.examples.append(Example(rid, r.input_ids, r.labels))
    return out


def epoch_order(n: int, seed: int) -> Iterator[int]:
    """Endless example indices: a fresh seeded shuffle each epoch (deterministic for a seed)."""
    rng = random.Random(seed)
    while True:
        order = list(range(n))
        rng.shuffle(order)
        yield from order


def _padded(rows: list[Example], pad_id: int) -> dict[str, list[list[int]]]:
    width = max(len(e) for e in rows)
    ids, labels, mask = [], [], []
    for e in rows:
        pad = width - len(e)
        ids.append(e.input_ids + [pad_id] * pad)
        labels.append(e.labels + [-100] * pad)
        mask.append([1] * len(e) + [0] * pad)
    return {"input_ids": ids, "labels": labels, "attention_mask": mask,
            "n_tokens": sum(len(e) for e in rows)}


def _packed(rows: list[list[Example]], max_len: int, pad_id: int) -> dict[str, list[list[int]]]:
    ids, labels, pos = [], [], []
    for row in rows:
        r_ids, r_lab, r_pos = [], [], []
        for e in row:
            r_ids += e.input_ids
            r_lab += e.labels
            r_pos += list(range(len(e)))
        pad = max_len - len(r_ids)
        # Padding is its own "example" (positions restart at 0) so no real token attends to it.
        ids.append(r_ids + [pad_id] * pad)
        labels.append(r_lab + [-100] * pad)
        pos.append(r_pos + list(range(pad)))
    return {"input_ids": ids, "labels": labels, "position_ids": pos,
            "n_tokens": sum(len(e) for row in rows for e in row)}


def batches(examples: list[Example], batch_size: int, *, max_len: int, pad_id: int,
            pack: bool = False, seed: int = 0) -> Iterator[dict[str, list[list[int]]]]:
    """Endless batches (lists of lists; the trainer turns them into tensors) with ``n_tokens``, the
    real (non-padding) tokens in the batch.

    Packed rows are filled greedily in the shuffled order; an example that does not fit the current
    row starts the next one (examples are never split across rows)."""
    if not examples:
        raise ValueError("no training examples left (all records were dropped)")
    order = epoch_order(len(examples), seed)
    if not pack:
        while True:
            yield _padded([examples[next(order)] for _ in range(batch_size)], pad_id)
    carry: Example | None = None
    while True:
        rows: list[list[Example]] = []
        for _ in range(batch_size):
            row: list[Example] = []
            used = 0
            while True:
                e = carry if carry is not None else examples[next(order)]
                carry = None
                if used + len(e) > max_len:
                    carry = e
                    break
                row.append(e)
                used += len(e)
            rows.append(row)
        yield _packed(rows, max_len, pad_id)
