"""Precision and recall per entity type on a labeled span set (tests/data/pii_*.jsonl).

A labeled file has one JSON object per line: ``{"text": ..., "spans": [[ENTITY_TYPE, value], ...]}``,
values listed in text order (offsets are found by searching forward, so repeated values work).
A predicted span counts as a hit when it overlaps a gold span of the same type; a gold span is
recalled when some predicted span of its type overlaps it.
"""
from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

from curate.pii.patterns import Span

STRUCTURED = ("EMAIL_ADDRESS", "PHONE_NUMBER", "CN_RESIDENT_ID", "CREDIT_CARD", "IP_ADDRESS")


def load_labeled(path: str | Path) -> list[tuple[str, list[tuple[int, int, str]]]]:
    out = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        d = json.loads(line)
        text, gold, pos = d["text"], [], 0
        for etype, value in d["spans"]:
            i = text.find(value, pos)
            if i < 0:
                i = text.find(value)
            if i < 0:
                raise ValueError(f"{path}:{n}: labeled value of type {etype} not found in the text")
            gold.append((i, i + len(value), etype))
            pos = i + len(value)
        out.append((text, gold))
    return out


def _overlap(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def score(golds: Sequence[Iterable[tuple[int, int, str]]], preds: Sequence[Iterable[Span]]) -> dict:
    """{type: {tp, fp, fn, precision, recall}} plus "_all" micro-averaged."""
    c: dict[str, dict[str, int]] = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0})
    for gold, pred in zip(golds, preds):
        gold, pred = list(gold), list(pred)
        for s0, s1, t in gold:
            hit = any(p.entity_type == t and _overlap(p.start, p.end, s0, s1) for p in pred)
            c[t]["tp" if hit else "fn"] += 1
        for p in pred:
            if not any(t == p.entity_type and _overlap(p.start, p.end, s0, s1) for s0, s1, t in gold):
                c[p.entity_type]["fp"] += 1
    out = {}
    tot = {"tp": 0, "fp": 0, "fn": 0}
    for t in sorted(c):
        v = c[t]
        for k in tot:
            tot[k] += v[k]
        out[t] = _pr(v)
    out["_all"] = _pr(tot)
    return out


def _pr(v: dict[str, int]) -> dict:
    tp, fp, fn = v["tp"], v["fp"], v["fn"]
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 3), "recall": round(r, 3)}


def table(scores: dict) -> str:
    lines = [f"{'type':<16}{'tp':>5}{'fp':>5}{'fn':>5}{'prec':>8}{'recall':>8}"]
    for t, v in scores.items():
        lines.append(f"{t:<16}{v['tp']:>5}{v['fp']:>5}{v['fn']:>5}{v['precision']:>8.3f}{v['recall']:>8.3f}")
    return "\n".join(lines)


# ----------------------------------------------------------------------------- generated sets
def score_sets(data: Sequence[dict], preds: Sequence[Iterable[Span]]) -> dict:
    """``score`` for sets with offsets (bench.pii_gen: ``{"text", "spans": [[start, end, TYPE]]}``)."""
    return score([[(a, b, t) for a, b, t in d["spans"]] for d in data], preds)


ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"


def pii_free_en() -> list[dict]:
    """Hand-checked PII-free English Alpaca records: tests/data/alpaca_pii_free_en.json (498) plus the
    400 random records of tests/data/labels/alpaca_en.jsonl (read one by one; none holds personal
    data), without repeats."""
    data = json.loads((SHARED / "alpaca_original_sample_30000_34999.json").read_text(encoding="utf-8"))
    free = json.loads((ROOT / "tests" / "data" / "alpaca_pii_free_en.json").read_text())["indices"]
    labels = [json.loads(x) for x in (ROOT / "tests/data/labels/alpaca_en.jsonl").read_text().splitlines() if x]
    rand = [d["index"] for d in labels if d["sample"] == "random"]
    return [dict(data[i], _index=i) for i in sorted(set(free) | set(rand))]


def pii_free_zh() -> list[dict]:
    """Hand-labelled PII-free Chinese records: the 1,000 demo records (tests/data/labels/alpaca_zh.jsonl,
    ``pii: false``) and the 144 Chinese seed instances (seeds_zh_pii.jsonl)."""
    data = json.loads((SHARED / "alpaca_zh_llamafactory_demo_1000.json").read_text(encoding="utf-8"))
    labels = [json.loads(x) for x in (ROOT / "tests/data/labels/alpaca_zh.jsonl").read_text().splitlines() if x]
    out = [dict(data[d["index"]], _index=d["index"]) for d in labels if not d["pii"]]
    seeds: dict[tuple[str, str], dict] = {}
    for lab in (ROOT / "tests/data/labels/seeds_zh_pii.jsonl").read_text().splitlines():
        if not lab:
            continue
        d = json.loads(lab)
        if d["pii"]:
            continue
        key = (d["file"], d["id"])
        if key not in seeds:
            for line in (ROOT / "seeds" / d["file"]).read_text(encoding="utf-8").splitlines():
                if line.strip():
                    s = json.loads(line)
                    seeds[(d["file"], s["id"])] = s
        s = seeds[key]
        inst = s["instances"][d["instance"]]
        out.append({"instruction": s["instruction"], "input": inst.get("input") or "",
                    "output": inst.get("output") or "", "_index": f"{d['file']}:{d['id']}#{d['instance']}"})
    return out


def seed_tasks_outside(label: str = "free") -> list[dict]:
    """Instances of the Self-Instruct and BELLE seed tasks (written by others) with hand label
    ``label`` (``free``, ``pii`` or ``unsure``; tests/data/labels/README_seed_tasks_outside.md),
    as records with ``_index`` = ``file:id#instance``."""
    want: set[tuple[str, str, int]] = set()
    for line in (ROOT / "tests/data/labels/seed_tasks_outside.jsonl").read_text(encoding="utf-8").splitlines():
        if line:
            d = json.loads(line)
            if d["pii"] == label:
                want.add((d["file"], d["id"], d["instance"]))
    out = []
    for name in sorted({w[0] for w in want}):
        for line in (SHARED / name).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            s = json.loads(line)
            for k, inst in enumerate(s["instances"]):
                if (name, s["id"], k) in want:
                    out.append({"instruction": s["instruction"], "input": inst.get("input") or "",
                                "output": inst.get("output") or "", "_index": f"{name}:{s['id']}#{k}"})
    return out


def altered(redactor, records: Sequence[dict], fields=("instruction", "input", "output")) -> list[tuple]:
    """Records the redactor would change: [(index, field, [(type, value), ...])]."""
    out = []
    for f in fields:
        texts = [r.get(f) or "" for r in records]
        for r, t, spans in zip(records, texts, redactor.find(texts, f)):
            if spans:
                out.append((r["_index"], f, [(s.entity_type, t[s.start:s.end]) for s in spans]))
    return out
